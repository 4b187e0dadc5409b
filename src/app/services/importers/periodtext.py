"""Periods as portals and spreadsheets write them, read into month ranges.

:func:`app.domain.periods.parse_period` reads Corridor's canonical texts; files add
Comtrade's ``202405``, SDMX ``2025-M01``/``2024-W01``, DataBank ``2000 [YR2000]``, dates
(``2024-05-31``, ``31.05.2024``, ``05/2024``, ``May 2024``) and Excel date cells.
"""

from __future__ import annotations

import re

from app.domain.periods import MONTH_ABBR, Period, PeriodError, month_index, parse_period

_YR = re.compile(r"^(?:(\d{4})\s*\[YR(\d{4})\]|YR(\d{4}))$", re.IGNORECASE)
_YYYYMM = re.compile(r"^(\d{4})(0[1-9]|1[0-2])$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YM_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})$")
_MONTH_NAME = re.compile(r"^([A-Za-z]{3,9})\.?[ -](\d{4})$")
_MONTHS = {m.lower(): i + 1 for i, m in enumerate(MONTH_ABBR)}


def year_column(text: str) -> int | None:
    """The year of a wide-table column header ("2023", "2000 [YR2000]", "YR2000"), or None."""
    t = text.strip()
    m = _YR.match(t)
    if m:
        return int(m.group(2) or m.group(3))
    if re.fullmatch(r"\d{4}", t) and 1800 <= int(t) <= 2200:
        return int(t)
    return None


def is_period_column(text: str) -> bool:
    """True for headers a wide table uses for periods (years, quarters, months)."""
    if year_column(text) is not None:
        return True
    t = text.strip()
    if not re.match(r"^\d{4}|^Q[1-4]|^H[12]", t):
        return False
    try:
        parse_period(t)
    except PeriodError:
        return False
    return True


def read_period(text: str, freq: str = "") -> Period:
    """A period from any form listed in the module doc. Raises PeriodError."""
    t = " ".join(str(text).split())
    if not t:
        raise PeriodError("the period is empty")
    year = year_column(t)
    if year is not None:
        return Period(month_index(year, 1), month_index(year, 12))
    try:
        return parse_period(t)
    except PeriodError:
        pass
    m = _YYYYMM.match(t)
    if m:
        mi = month_index(int(m.group(1)), int(m.group(2)))
        return Period(mi, mi)
    month = _month_of_date(t)
    if month is None:
        raise PeriodError(f"cannot read period {text!r}")
    return _widen(month, freq)


def _month_of_date(t: str) -> int | None:
    """Month index of a date-like text, None if it is not one."""
    m = _ISO_DATE.match(t)
    if m:
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(t)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12 >= day:  # 05/31/2024: month first
            day, month = month, day
        return _checked(int(m.group(3)), month, day)
    for pattern, order in ((_MY, (2, 1)), (_YM_SLASH, (1, 2))):
        m = pattern.match(t)
        if m:
            return month_index(int(m.group(order[0])), int(m.group(order[1])))
    m = _MONTH_NAME.match(t)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return month_index(int(m.group(2)), _MONTHS[m.group(1)[:3].lower()])
    return None


def _checked(year: int, month: int, day: int) -> int:
    if not 1 <= day <= 31:
        raise PeriodError(f"day {day} is not a day of the month")
    return month_index(year, month)


def _widen(month: int, freq: str) -> Period:
    """A date in an annual or quarterly series stands for its whole year or quarter."""
    f = freq.strip().upper()[:1]
    if f == "A":
        start = month - month % 12
        return Period(start, start + 11)
    if f == "Q":
        start = month - month % 3
        return Period(start, start + 2)
    if f in ("S", "H"):
        start = month - month % 6
        return Period(start, start + 5)
    return Period(month, month)
