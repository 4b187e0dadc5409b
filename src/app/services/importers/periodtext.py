"""Periods as portals and spreadsheets write them, read into month ranges.

:func:`app.domain.periods.parse_period` reads Corridor's canonical texts; files add
Comtrade's ``202405``, SDMX ``2025-M01``/``2024M01``/``2024-S1``, ECB ``2002Jan``, DataBank
``2000 [YR2000]``, dates (``2024-05-31``, ``31.05.2024``, ``05/2024``, ``May 2024``) and Excel
date cells.

Weeks (``2024-W01``, SSB's ``2014U30``) and the dates of a daily series (frequency ``D`` or
``B``) are finer than a month: :func:`read_period_detail` gives their month and the day or
week as a detail (:mod:`app.domain.periods`, "finer than a month"). A date without a daily
frequency stands for its month (a monthly series dated by day), or for its year, quarter or
half when the frequency says so.
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain.periods import (
    MONTH_ABBR,
    Period,
    PeriodError,
    day_detail,
    month_index,
    parse_period,
    week_detail,
)

_YR = re.compile(r"^(?:(\d{4})\s*\[YR(\d{4})\]|YR(\d{4}))$", re.IGNORECASE)
_YYYYMM = re.compile(r"^(\d{4})(0[1-9]|1[0-2])$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YM_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})$")
_MONTH_NAME = re.compile(r"^([A-Za-z]{3,9})\.?[ -](\d{4})$")
_YEAR_MONTH_NAME = re.compile(r"^(\d{4})\s*([A-Za-z]{3})$")  # ECB portal: 2002Jan
# 2024M01, 2024Q1, 2024S1; SSB's quarters are K (kvartal): 2014K1
_SDMX_PART = re.compile(r"^(\d{4})-?([MQSK])(\d{1,2})$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-?[WU](\d{1,2})$", re.IGNORECASE)  # 2024-W01, SSB 2014U30
_DAILY = frozenset({"D", "B"})
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
    return read_period_detail(text, freq)[0]


def read_period_detail(text: str, freq: str = "") -> tuple[Period, str]:
    """(period, detail): the detail names the day or ISO week of a figure finer than a
    month ('' otherwise). Raises PeriodError."""
    t = " ".join(str(text).split())
    if not t:
        raise PeriodError("the period is empty")
    f = freq.strip().upper()[:1]
    m = _WEEK.match(t)
    if m:
        month, detail = week_detail(int(m.group(1)), int(m.group(2)))
        return Period(month, month), detail
    if f in _DAILY or f == "W":
        day = _day_of_date(t)
        if day is not None:
            if f == "W":
                iso = dt.date(*day).isocalendar()
                month, detail = week_detail(iso.year, iso.week)
            else:
                month, detail = day_detail(*day)
            return Period(month, month), detail
    return _month_period(t, freq), ""


def _month_period(t: str, freq: str) -> Period:
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
    m = _SDMX_PART.match(t)
    if m:
        return _sdmx_part(int(m.group(1)), m.group(2).upper(), int(m.group(3)))
    m = _YEAR_MONTH_NAME.match(t)
    if m and m.group(2).lower() in _MONTHS:
        mi = month_index(int(m.group(1)), _MONTHS[m.group(2).lower()])
        return Period(mi, mi)
    month = _month_of_date(t)
    if month is None:
        raise PeriodError(f"cannot read period {t!r}")
    return _widen(month, freq)


def _sdmx_part(year: int, kind: str, n: int) -> Period:
    size = {"M": 1, "Q": 3, "K": 3, "S": 6}[kind]
    if not 1 <= n <= 12 // size:
        raise PeriodError(f"{year}{kind}{n} is not a period ({kind}1..{kind}{12 // size})")
    start = month_index(year, (n - 1) * size + 1)
    return Period(start, start + size - 1)


def _day_of_date(t: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO or day-first date text; None for other texts."""
    m = _ISO_DATE.match(t)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _DMY.match(t)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12 >= day:  # 05/31/2024: month first
            day, month = month, day
        return int(m.group(3)), month, day
    return None


def _month_of_date(t: str) -> int | None:
    """Month index of a date-like text, None if it is not one."""
    day = _day_of_date(t)
    if day is not None:
        return _checked(*day)
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


def date_detail(text: str) -> str:
    """The day detail ('2024-01-15') of a date text, '' for any other text."""
    day = _day_of_date(" ".join(str(text).split()))
    if day is None:
        return ""
    try:
        return day_detail(*day)[1]
    except PeriodError:
        return ""
