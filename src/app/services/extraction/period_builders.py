"""The builders of period phrases: from a rule's named groups to a month range.

Each takes the groups of one rule of :mod:`periods` (``y<tag>``/``this<tag>``/``last<tag>``
for a year, ``m1``/``m2`` for months, ``n`` for a count, ``o``/``q``/``h`` for ordinals) and
the publication date, and returns a :class:`~app.domain.periods.Period` or None.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain.periods import Period, PeriodError, month_index
from app.services.extraction.period_words import (
    CARDINALS,
    ZH_CARDINALS,
    month_number,
    ordinal_number,
)

Builder = Callable[[dict[str, str | None], date | None], Period | None]


def year(g: dict[str, str | None], tag: str, published: date | None) -> int | None:
    if g.get("y" + tag):
        return int(g["y" + tag] or 0)
    if published is None:
        return None
    if g.get("this" + tag):
        return published.year
    if g.get("last" + tag):
        return published.year - 1
    return None


def any_year(g: dict[str, str | None], published: date | None) -> tuple[int | None, bool]:
    """(year, whether the text named one); a missing year is the publication year."""
    for tag in ("a", "b"):
        if any(g.get(k + tag) for k in ("y", "this", "last")):
            return year(g, tag, published), True
    return (published.year if published else None), False


def span(
    g: dict[str, str | None], published: date | None, first: int, last: int, point: bool = False
) -> Period | None:
    """Months first..last of the year in g; without a year, the latest such window that
    ends by the publication month (a January text about "January–October" means last year)."""
    year, named = any_year(g, published)
    if year is None:
        return None
    if not named and published is not None and last > published.month and first > 0:
        year -= 1
    try:
        return Period(month_index(year, first), month_index(year, last), point)
    except PeriodError:
        return None


def month_range(g: dict[str, str | None], published: date | None) -> Period | None:
    a, b = month_number(g["m1"] or ""), month_number(g["m2"] or "")
    if a is None or b is None:
        return None
    if b < a:  # "September–March": across the turn of the year, ending by publication
        end = span(g, published, b, b)
        return None if end is None else Period(end.start - 12 + (a - b), end.end)
    return span(g, published, a, b)


def to_month_end(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "à fin juillet 2022": the year to the end of July (French year-to-date)."""
    m = month_number(g["m2"] or "")
    return None if m is None else span(g, published, 1, m)


def first_or_last_month(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "the first month of 2023" (January), "the last month of last year" (December)."""
    m = 1 if (g.get("o") or "").lower() in ("first", "premier") else 12
    if not any(g.get(k + "a") for k in ("y", "this", "last")):
        g = {**g, "thisa": "this"}  # "of the year": the publication year
    return span(g, published, m, m)


def single_month(g: dict[str, str | None], published: date | None) -> Period | None:
    m = month_number(g["m1"] or "")
    return None if m is None else span(g, published, m, m)


def first_months(g: dict[str, str | None], published: date | None) -> Period | None:
    n = g["n"] or ""
    months = int(n) if n.isdigit() else CARDINALS.get(n.lower(), ZH_CARDINALS.get(n, 0))
    return span(g, published, 1, months) if 1 <= months <= 12 else None


def quarter(g: dict[str, str | None], published: date | None) -> Period | None:
    q = int(g["q"] or 0) if g.get("q") else ordinal_number(g.get("o") or "")
    if q is None or not 1 <= q <= 4:
        return None
    return span(g, published, 3 * q - 2, 3 * q)


def first_quarters(g: dict[str, str | None], published: date | None) -> Period | None:
    n = g["n"] or ""
    q = int(n) if n.isdigit() else CARDINALS.get(n.lower(), ZH_CARDINALS.get(n, 0))
    return span(g, published, 1, 3 * q) if 1 <= q <= 4 else None


def quarters(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "the first and second quarters": from the first to the last named."""
    a, b = ordinal_number(g.get("o") or ""), ordinal_number(g.get("o2") or "")
    if a is None or b is None or not 1 <= a < b <= 4:
        return None
    return span(g, published, 3 * a - 2, 3 * b)


def first_month(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "bu yıl ilk ayda" (in the first month of this year): January."""
    if not any(g.get(k + "b") for k in ("y", "this", "last")):
        g = {**g, "thisb": "this"}
    return span({**g, **{k + "a": g.get(k + "b") for k in ("y", "this", "last")}}, published, 1, 1)


def half(g: dict[str, str | None], published: date | None) -> Period | None:
    word = g.get("h") or ""
    h = int(word) if word.isdigit() else ordinal_number(word)
    if h not in (1, 2):
        return None
    return span(g, published, 6 * h - 5, 6 * h)


def year_only(g: dict[str, str | None], published: date | None) -> Period | None:
    return span(g, published, 1, 12) if any(g.get(k + "a") for k in ("y", "this", "last")) else None


def year_range(g: dict[str, str | None], published: date | None) -> Period | None:
    a, b = int(g["y1"] or 0), int(g["y2"] or 0)
    if not 1900 <= a < b <= 2100:
        return None
    return Period(month_index(a, 1), month_index(b, 12))


def point_end(g: dict[str, str | None], published: date | None) -> Period | None:
    m = month_number(g.get("m1") or "") or 12
    p = span(g, published, m, m, point=True)
    if p is None or g.get("m1") or any_year(g, published)[1]:
        return p
    return None


def now(g: dict[str, str | None], published: date | None) -> Period | None:
    if published is None:
        return None
    m = month_index(published.year, published.month)
    return Period(m, m, point=True)


def day(g: dict[str, str | None], published: date | None) -> Period | None:
    """A day of a month ("25 December"): a date, not a period of figures."""
    return None


def open_ended(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "今年以来", "since 2020", "2020-ci ildən bəri": the end is not given, so no period."""
    return None


def relative_month(g: dict[str, str | None], published: date | None) -> Period | None:
    """ "本月" (this month), "上月" (last month), from the publication date."""
    if published is None:
        return None
    m = month_index(published.year, published.month) - (1 if g.get("prev") else 0)
    return Period(m, m)
