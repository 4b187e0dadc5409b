"""Fiscal years and month ranges across two years.

A fiscal year is read with the fiscal-year table of the country the text is about: "FY2023-24"
is July 2023–June 2024 for Pakistan and April 2023–March 2024 for India; "FY24" is the fiscal
year that ends in 2024. Only when the text names countries whose fiscal years start in one
month is that month used; a fiscal year of an unknown or mixed country gets no period rather
than a guess. A bare "2022-23" is a fiscal year in such a text too, and nothing elsewhere.

Month ranges across years need no table: "April 2023–March 2024", "between April 2022 and
March 2023", "July-June (2023-24)".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from app.domain.periods import Period, PeriodError, month_index
from app.services.extraction.languages import joined
from app.services.extraction.parties import countries_named
from app.services.extraction.period_words import MONTH, ZH_DASH, ZH_MONTH, month_number

#: Month in which the government's fiscal year starts, for countries where it is not January.
FISCAL_YEAR_START: dict[str, int] = {
    "PAK": 7,
    "IND": 4,
    "BGD": 7,
    "EGY": 7,
    "AUS": 7,
    "NZL": 7,
    "JPN": 4,
    "GBR": 4,
    "CAN": 4,
    "HKG": 4,
    "USA": 10,
}

_I = re.IGNORECASE
_Y4 = r"(?:19|20)[0-9]{2}"
_FW = joined("fiscal_words")
#: a fiscal-year word or a "2023-24" span somewhere in a text
_ANY_FISCAL = re.compile(rf"{_FW}|(?:19|20)[0-9]{{2}}\s*[-–—/]\s*[0-9]{{2}}(?![0-9])", _I)
_FISCAL_WORD = re.compile(_FW, _I)
_YEARS = re.compile(r"(?:19|20)[0-9]{2}|FY|财年|財年|财政年度|fiscal|financial", _I)
_SPAN = rf"(?P<y1>{_Y4})\s*[-–—/]\s*(?P<y2>[0-9]{{2}}|{_Y4})(?![0-9])"


def fiscal_start(text: str) -> int | None:
    """The month the fiscal years of a text start in, or None (no such country, or several
    with different months)."""
    if not _ANY_FISCAL.search(text):
        return None  # no fiscal year in the text: no need to look for its countries
    months = {FISCAL_YEAR_START[c] for _p, c, _w in countries_named(text) if c in FISCAL_YEAR_START}
    return months.pop() if len(months) == 1 else None


def _end_year(y1: str | None, y2: str) -> int:
    if len(y2) == 4:
        return int(y2)
    century = int(y1[:2]) * 100 if y1 else 2000
    return century + int(y2)


def _fiscal(year_end: int, start_month: int) -> Period | None:
    first = year_end - 1 if start_month > 1 else year_end
    try:
        start = month_index(first, start_month)
    except PeriodError:
        return None
    return Period(start, start + 11)


Builder = Callable[[dict[str, str | None], date | None, int | None], Period | None]


def _span_fiscal(g: dict[str, str | None], published: date | None, fy: int | None) -> Period | None:
    if fy is None:
        return None
    y1, end = int(g["y1"] or 0), _end_year(g["y1"], g["y2"] or "")
    if end != y1 + 1:
        return None
    return _fiscal(end, fy)


def _named_fiscal(
    g: dict[str, str | None], published: date | None, fy: int | None
) -> Period | None:
    if fy is None:
        return None
    return _fiscal(_end_year(None, g["y2"] or ""), fy)


def _relative_fiscal(
    g: dict[str, str | None], published: date | None, fy: int | None
) -> Period | None:
    if fy is None or published is None:
        return None
    current_end = published.year + 1 if (fy > 1 and published.month >= fy) else published.year
    last = (g.get("rel") or "").lower() in ("last", "previous", "past", "上")
    return _fiscal(current_end - 1 if last else current_end, fy)


def _cross_months(
    g: dict[str, str | None], published: date | None, fy: int | None
) -> Period | None:
    a, b = month_number(g["m1"] or ""), month_number(g["m2"] or "")
    if a is None or b is None:
        return None
    y1 = int(g["y1"] or 0)
    y2 = _end_year(g["y1"], g["y2"] or "")
    try:
        start, end = month_index(y1, a), month_index(y2, b)
    except PeriodError:
        return None
    return Period(start, end) if start < end and end - start < 36 else None


_RULES: list[tuple[str, Builder]] = [
    (rf"(?:{_FW})\s*(?:of\s+)?{_SPAN}", _span_fiscal),
    (rf"{_SPAN}\s*(?:{_FW})", _span_fiscal),
    (rf"(?-i:FY)\s*['’]?(?P<y2>[0-9]{{2}}|{_Y4})(?![-–/0-9])", _named_fiscal),
    (rf"(?:fiscal|financial)\s+year\s+(?P<y2>{_Y4})(?![-–/0-9])", _named_fiscal),
    (
        r"(?P<rel>last|previous|past|this|current)\s+(?:fiscal|financial)(?:\s+year)?",
        _relative_fiscal,
    ),
    (r"(?P<rel>本|上)(?:一)?(?:财年|財年|财政年度)", _relative_fiscal),
    (
        rf"(?P<m1>{MONTH})\s*[-–—]\s*(?P<m2>{MONTH})\s*[(（]?\s*{_SPAN}\s*[)）]?",
        _cross_months,
    ),
    (
        rf"(?P<m1>{MONTH})\s+(?P<y1>{_Y4})\s*(?:[-–—]|\s+(?:to|and|through|until|till|по|до|à|au)\s+)"
        rf"\s*(?P<m2>{MONTH})\s+(?P<y2>{_Y4})(?![0-9])",
        _cross_months,
    ),
    (rf"(?<![0-9])(?P<y1>{_Y4})[-–/](?P<y2>[0-9]{{2}})(?![0-9])", _span_fiscal),
    (
        rf"(?P<y1>{_Y4})\s*年\s*(?P<m1>{ZH_MONTH})\s*月份?{ZH_DASH}(?P<y2>{_Y4})\s*年\s*"
        rf"(?P<m2>{ZH_MONTH})\s*月份?",
        _cross_months,
    ),
]
_COMPILED = [(re.compile(r"(?<![^\W_])(?:" + p + r")", _I), b) for p, b in _RULES]


def fiscal_mentions(
    sentence: str, published: date | None, fy: int | None
) -> list[tuple[int, int, Period | None]]:
    """(start, end, period) of fiscal years and cross-year ranges in a sentence. A fiscal
    year of no known country ("in 2019-20", "FY24") is returned with no period, so that it is
    not read as the year 2019."""
    out: list[tuple[int, int, Period | None]] = []
    if not _YEARS.search(sentence):
        return out  # every rule here names a year
    for pattern, build in _COMPILED:
        for m in pattern.finditer(sentence):
            period = build(m.groupdict(), published, fy)
            if period is not None or (build is not _cross_months and _fiscal_shape(m)):
                out.append((m.start(), m.end(), period))
    return out


def _fiscal_shape(m: re.Match[str]) -> bool:
    """A fiscal word, or a year and the next one in two digits ("2019-20")."""
    g = m.groupdict()
    y1, y2 = g.get("y1"), g.get("y2") or ""
    if y1 is None or len(y2) == 4:
        return bool(_FISCAL_WORD.search(m.group()))
    return int(y2) == (int(y1) + 1) % 100
