"""Rolling windows, running totals and year-to-date accumulation of single months.

"12-month rolling trade" is the sum of the twelve months ending in each month; a running
total adds every month since the start (or since each January). Both need every month of
their window: one missing month makes the window a gap (a running total stays a gap until it
restarts), because a sum with a month left out would read as a smaller figure.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.derive.aggregation import Aggregation, Windows, fixed_windows, window_frame
from app.domain.derive.frames import empty_derived, month_grid, monthly, series_arrays

_SUM_OR_MEAN = (Aggregation.SUM, Aggregation.MEAN)


def rolling(series: pd.DataFrame, window: int, how: Aggregation) -> pd.DataFrame:
    """Sum or mean of the ``window`` months ending in each month of the series.

    One row per month from the first complete-length window to the last month; a window
    with a month missing is a gap row ("gap: Nov 2024–Oct 2025 has 11 of 12 months").
    """
    how = _sum_or_mean(how, "rolling")
    if window < 1:
        raise ValueError(f"a rolling window needs at least one month, not {window}")
    months = monthly(series_arrays(series))
    if len(months) == 0:
        return empty_derived()
    first, last = int(months.start.min()), int(months.start.max())
    if last - first + 1 < window:
        return empty_derived()
    grid = month_grid(months, first, last)
    starts = np.arange(0, last - first + 2 - window)
    return window_frame(grid, fixed_windows(grid, starts, window), how)


def cumulative(
    series: pd.DataFrame, how: Aggregation, restart_yearly: bool = False
) -> pd.DataFrame:
    """Running sum or mean of the single months: since the first month, or since each January.

    With ``restart_yearly`` each row's period runs from January (so a year whose January is
    missing, or the first year of a series starting in March, is a gap). One row per month
    from the series' first to its last month.
    """
    how = _sum_or_mean(how, "a running total")
    months = monthly(series_arrays(series))
    if len(months) == 0:
        return empty_derived()
    first, last = int(months.start.min()), int(months.start.max())
    lo = first // 12 * 12 if restart_yearly else first
    hi = last // 12 * 12 + 11 if restart_yearly else last
    grid = month_grid(months, lo, hi)
    run = 12 if restart_yearly else hi - lo + 1
    pos = np.arange(first - lo, last - lo + 1)
    run_start = pos // run * run

    def running(arr: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.cumsum(arr.reshape(-1, run), axis=1).ravel()[pos]
        return out

    count = running(grid.present.astype("int64"))
    size = pos - run_start + 1
    complete = count == size
    ids = grid.obs_id.tolist()
    srcs = grid.source_id.tolist()
    windows = Windows(
        start=lo + run_start,
        end=lo + pos,
        count=count,
        total=running(grid.value),
        lower=running(grid.lower),
        upper=running(grid.upper),
        approx=running(grid.approx),
        ids=_slices(ids, run_start, pos, complete, distinct=False),
        sources=_slices(srcs, run_start, pos, complete, distinct=True),
        last=pos,
    )
    return window_frame(grid, windows, how)


def ytd_accumulate(series: pd.DataFrame) -> pd.DataFrame:
    """Year-to-date sums (Jan, Jan–Feb, …, Jan–Dec) of single months, each only while every
    month from January is present; afterwards that year's rows are gaps."""
    return cumulative(series, Aggregation.SUM, restart_yearly=True)


def _slices(
    items: list[int], starts: np.ndarray, ends: np.ndarray, keep: np.ndarray, distinct: bool
) -> list[tuple[int, ...]]:
    """``items[start..end]`` of each kept run as a tuple (sorted distinct ids if asked)."""
    out: list[tuple[int, ...]] = []
    for a, b, ok in zip(starts.tolist(), ends.tolist(), keep.tolist(), strict=True):
        part = items[a : b + 1] if ok else []
        out.append(tuple(sorted(set(part))) if distinct else tuple(part))
    return out


def _sum_or_mean(how: Aggregation | str, what: str) -> Aggregation:
    agg = Aggregation(how)
    if agg not in _SUM_OR_MEAN:
        raise ValueError(f"{what} is a sum or a mean, not {agg.value!r}")
    return agg
