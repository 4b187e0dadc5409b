"""Frequency conversion: single months into quarters, halves or years.

Flows and counts are summed, stocks read at the end of the period, rates averaged
(:func:`aggregation_for_kind`). Only a window with every month present gets a value; a window
with a month missing is a row with a NaN value and a note ("gap: 2025 has 10 of 12 months"),
so the gap is visible and never a partial sum. Figures that are not single months (a year
published as such, Jan–Oct) are left out: they are published figures, not months to add up.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pandas as pd

from app.domain.derive.aggregation import (
    Aggregation,
    aggregation_for_kind,
    fixed_windows,
    window_frame,
)
from app.domain.derive.frames import empty_derived, month_grid, monthly, series_arrays

__all__ = ["Aggregation", "Frequency", "aggregation_for_kind", "convert_frequency", "months_in"]


class Frequency(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


_MONTHS = {Frequency.QUARTER: 3, Frequency.HALF: 6, Frequency.YEAR: 12}


def months_in(target: Frequency | str) -> int:
    """Months in one period of ``target`` (3, 6 or 12)."""
    return _MONTHS[Frequency(target)]


def convert_frequency(series: pd.DataFrame, target: Frequency, how: Aggregation) -> pd.DataFrame:
    """Quarters, halves or years from the single-month figures of ``series``.

    Every calendar window from the first to the last one holding a month gets a row: a value
    when all its months are present, else a gap row saying how many months it has.
    """
    n = months_in(target)
    months = monthly(series_arrays(series))
    if len(months) == 0:
        return empty_derived()
    first = int(months.start.min()) // n * n
    last = (int(months.start.max()) // n + 1) * n - 1
    grid = month_grid(months, first, last)
    starts = np.arange(0, last - first + 1, n)
    return window_frame(grid, fixed_windows(grid, starts, n), Aggregation(how))
