"""Periods as month ranges.

A period is a closed range of months ``[start, end]`` where a month is an integer
``year * 12 + (month - 1)``. Years, quarters, halves, single months and year-to-date
windows are all ranges; a stock "as of July 2019" is a *point* (start == end, point=True).

Canonical text (used in storage, files and the CLI):

====================  =====================================
``2025``              the year 2025 (Jan..Dec)
``2025-Q1``           a quarter          (also ``Q1 2025``)
``2025-H1``           a half-year        (also ``2025-S1``)
``2025-10``           a month            (also ``2025-M10``)
``2025-01/2025-10``   a range, e.g. year to date (also ``..``)
``@2019-07``          a point in time    (also ``as of 2019-07``)
====================  =====================================
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EN_DASH = "\u2013"


class PeriodError(ValueError):
    """A period text that cannot be read."""


class PeriodKind(StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    YTD = "ytd"
    RANGE = "range"
    POINT = "point"


#: the years a period can fall in (the store holds month indices as int16)
FIRST_YEAR, LAST_YEAR = 1800, 2200


def month_index(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise PeriodError(f"month {month} is not between 1 and 12")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(f"year {year} is outside {FIRST_YEAR}..{LAST_YEAR}")
    return year * 12 + month - 1


def year_of(m: int) -> int:
    return m // 12


def month_of(m: int) -> int:
    """Calendar month 1..12 of a month index."""
    return m % 12 + 1


@dataclass(frozen=True, slots=True)
class Period:
    start: int
    end: int
    point: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("a period cannot end before it starts")
        if self.point and self.start != self.end:
            raise PeriodError("a point in time has one month")

    @property
    def months(self) -> int:
        return self.end - self.start + 1

    @property
    def kind(self) -> PeriodKind:
        return period_kind(self.start, self.end, self.point)

    def shifted(self, years: int) -> Period:
        return Period(self.start + 12 * years, self.end + 12 * years, self.point)

    def code(self) -> str:
        return period_code(self.start, self.end, self.point)

    def label(self) -> str:
        return period_label(self.start, self.end, self.point)


def period_kind(start: int, end: int, point: bool = False) -> PeriodKind:
    if point:
        return PeriodKind.POINT
    n = end - start + 1
    same_year = year_of(start) == year_of(end)
    first = month_of(start)
    if same_year and n == 12:
        return PeriodKind.YEAR
    if same_year and n == 6 and first in (1, 7):
        return PeriodKind.HALF
    if same_year and n == 3 and first in (1, 4, 7, 10):
        return PeriodKind.QUARTER
    if n == 1:
        return PeriodKind.MONTH
    if same_year and first == 1:
        return PeriodKind.YTD
    return PeriodKind.RANGE


def _ym(m: int) -> str:
    return f"{year_of(m):04d}-{month_of(m):02d}"


def period_code(start: int, end: int, point: bool = False) -> str:
    kind = period_kind(start, end, point)
    y = year_of(start)
    if kind is PeriodKind.POINT:
        return "@" + _ym(start)
    if kind is PeriodKind.YEAR:
        return str(y)
    if kind is PeriodKind.HALF:
        return f"{y}-H{(month_of(start) - 1) // 6 + 1}"
    if kind is PeriodKind.QUARTER:
        return f"{y}-Q{(month_of(start) - 1) // 3 + 1}"
    if kind is PeriodKind.MONTH:
        return _ym(start)
    return f"{_ym(start)}/{_ym(end)}"


def period_label(start: int, end: int, point: bool = False) -> str:
    """Period in words: "Jan–Oct 2025", "2024", "Q1 2023", "as of Jul 2019"."""
    kind = period_kind(start, end, point)
    y, y2 = year_of(start), year_of(end)
    a, b = MONTH_ABBR[month_of(start) - 1], MONTH_ABBR[month_of(end) - 1]
    if kind is PeriodKind.POINT:
        return f"as of {a} {y}"
    if kind is PeriodKind.YEAR:
        return str(y)
    if kind is PeriodKind.HALF:
        return f"H{(month_of(start) - 1) // 6 + 1} {y}"
    if kind is PeriodKind.QUARTER:
        return f"Q{(month_of(start) - 1) // 3 + 1} {y}"
    if kind is PeriodKind.MONTH:
        return f"{a} {y}"
    if y == y2:
        return f"{a}{EN_DASH}{b} {y}"
    return f"{a} {y}{EN_DASH}{b} {y2}"


_YEAR = r"(?P<y>\d{4})"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_YEAR}$"), "year"),
    (re.compile(rf"^{_YEAR}-?Q(?P<q>[1-4])$"), "quarter"),
    (re.compile(r"^Q(?P<q>[1-4])[ -]?(?P<y>\d{4})$"), "quarter"),
    (re.compile(rf"^{_YEAR}-?[HS](?P<h>[12])$"), "half"),
    (re.compile(r"^H(?P<h>[12])[ -]?(?P<y>\d{4})$"), "half"),
    (re.compile(rf"^{_YEAR}-M?(?P<m>\d{{1,2}})$"), "month"),
    (re.compile(rf"^{_YEAR}M(?P<m>\d{{1,2}})$"), "month"),
    (
        re.compile(
            r"^(?P<y>\d{4})-(?P<m>\d{1,2})\s*(?:/|\.\.|–|—)\s*(?P<y2>\d{4})-(?P<m2>\d{1,2})$"
        ),
        "range",
    ),
    (re.compile(r"^(?:@|as of\s+)(?P<y>\d{4})-(?P<m>\d{1,2})$", re.IGNORECASE), "point"),
    (re.compile(r"^(?:@|as of\s+)(?P<y>\d{4})$", re.IGNORECASE), "point_year"),
]


def parse_period(text: str) -> Period:
    """Read a canonical period text (see module doc). Raises PeriodError."""
    t = " ".join(str(text).split())
    for pattern, kind in _PATTERNS:
        m = pattern.match(t)
        if m:
            return _build(kind, m.groupdict())
    raise PeriodError(
        f"cannot read period {text!r} (expected e.g. 2025, 2025-Q1, 2025-H1, "
        "2025-10, 2025-01/2025-10 or @2019-07)"
    )


def _build(kind: str, g: dict[str, str]) -> Period:
    y = int(g["y"])
    if kind == "year":
        return Period(month_index(y, 1), month_index(y, 12))
    if kind == "quarter":
        q = int(g["q"])
        return Period(month_index(y, 3 * q - 2), month_index(y, 3 * q))
    if kind == "half":
        h = int(g["h"])
        return Period(month_index(y, 6 * h - 5), month_index(y, 6 * h))
    if kind == "month":
        m = month_index(y, int(g["m"]))
        return Period(m, m)
    if kind == "range":
        return Period(month_index(y, int(g["m"])), month_index(int(g["y2"]), int(g["m2"])))
    if kind == "point":
        m = month_index(y, int(g["m"]))
        return Period(m, m, point=True)
    m = month_index(y, 12)  # "as of 2019": end of that year
    return Period(m, m, point=True)


def same_window_earlier(period: Period, years: int = 1) -> Period:
    """The comparable window ``years`` earlier: Jan–Oct 2025 -> Jan–Oct 2024."""
    return period.shifted(-years)


def period_kinds(start: np.ndarray, end: np.ndarray, point: np.ndarray) -> np.ndarray:
    """Vectorised :func:`period_kind` over arrays of month indices (values: PeriodKind)."""
    start = np.asarray(start, dtype=np.int64)
    end = np.asarray(end, dtype=np.int64)
    n = end - start + 1
    same_year = start // 12 == end // 12
    first = start % 12 + 1
    conditions = [
        np.asarray(point, dtype=bool),
        same_year & (n == 12),
        same_year & (n == 6) & np.isin(first, (1, 7)),
        same_year & (n == 3) & np.isin(first, (1, 4, 7, 10)),
        n == 1,
        same_year & (first == 1),
    ]
    choices = [
        PeriodKind.POINT.value,
        PeriodKind.YEAR.value,
        PeriodKind.HALF.value,
        PeriodKind.QUARTER.value,
        PeriodKind.MONTH.value,
        PeriodKind.YTD.value,
    ]
    return np.select(conditions, choices, default=PeriodKind.RANGE.value)


# --- finer than a month -------------------------------------------------------------------
# A daily or weekly figure keeps its month as the period (so month-level views place it) and
# names the day or ISO week in ``period_detail``: '2024-01-15' or '2024-W03'. Month-level
# analytics (growth, windows, claims) leave such figures out; charts place them by day.

_DAY_DETAIL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK_DETAIL = re.compile(r"^(\d{4})-W(\d{2})$")


def day_detail(year: int, month: int, day: int) -> tuple[int, str]:
    """(month index, detail text) of a calendar day. Raises PeriodError."""
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise PeriodError(f"{year}-{month:02d}-{day:02d} is not a date") from exc
    return month_index(year, month), f"{year:04d}-{month:02d}-{day:02d}"


def week_detail(year: int, week: int) -> tuple[int, str]:
    """(month index of the week's Thursday, 'YYYY-Www') of an ISO week. Raises PeriodError."""
    try:
        thursday = dt.date.fromisocalendar(year, week, 4)
    except ValueError as exc:
        raise PeriodError(f"week {week} of {year} does not exist") from exc
    return month_index(thursday.year, thursday.month), f"{year:04d}-W{week:02d}"


def detail_position(detail: str) -> float | None:
    """A chart position in months for a day or week detail (None if there is none)."""
    m = _DAY_DETAIL.match(detail)
    if m:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    else:
        w = _WEEK_DETAIL.match(detail)
        if not w:
            return None
        day = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 4)
    days = calendar.monthrange(day.year, day.month)[1]
    return month_index(day.year, day.month) + (day.day - 0.5) / days
