"""How months add up into a longer window (sum, end of period, mean) and the words for it.

Every window transform (quarters from months, rolling 12 months, year to date, running
totals) reduces to the same question per window: are all its months there, and what do they
give? :class:`Windows` holds the answer as arrays; :func:`window_frame` turns it into a
derived frame whose notes say what was added up, or why a window is a gap. A window with a
month missing is a gap, never a partial sum.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from app.domain.analytics.derived import combined_qualifier
from app.domain.derive.frames import MonthGrid, derived_frame, id_tuples, source_tuples
from app.domain.derive.words import labels, months_labels
from app.domain.model import IndicatorKind


class Aggregation(StrEnum):
    SUM = "sum"
    LAST = "last"  # the value of the window's last month: a stock at the end of the period
    MEAN = "mean"


_BY_KIND = {
    IndicatorKind.FLOW.value: Aggregation.SUM,
    IndicatorKind.COUNT.value: Aggregation.SUM,
    IndicatorKind.STOCK.value: Aggregation.LAST,
    IndicatorKind.RATE.value: Aggregation.MEAN,
}


def aggregation_for_kind(kind: str) -> Aggregation:
    """Flows and counts add up, a stock is read at the end of the period, a rate is averaged.

    Raises ValueError for a kind that is not an IndicatorKind: guessing would put a sum of
    stocks on the screen.
    """
    try:
        return _BY_KIND[str(kind)]
    except KeyError:
        known = ", ".join(_BY_KIND)
        raise ValueError(f"no aggregation for indicator kind {kind!r} (known: {known})") from None


@dataclass(frozen=True)
class Windows:
    """Windows of consecutive months over a :class:`MonthGrid`, as parallel arrays.

    ``total`` is NaN as soon as one month of the window is missing; ``lower``/``upper``/
    ``approx`` count the months that are bounds or approximate; ``ids``/``sources`` are the
    obs and source ids of every month of each window (-1 where missing); ``last`` is the
    grid position of each window's last month.
    """

    start: np.ndarray
    end: np.ndarray
    count: np.ndarray
    total: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    approx: np.ndarray
    ids: list[tuple[int, ...]]
    sources: list[tuple[int, ...]]
    last: np.ndarray

    @property
    def size(self) -> np.ndarray:
        out: np.ndarray = self.end - self.start + 1
        return out


def fixed_windows(grid: MonthGrid, first_pos: np.ndarray, size: int) -> Windows:
    """Windows of ``size`` months starting at grid positions ``first_pos`` (inside the grid)."""
    first_pos = np.asarray(first_pos, dtype="int64")
    idx = first_pos[:, None] + np.arange(size)
    start = grid.first + first_pos
    return Windows(
        start=start,
        end=start + size - 1,
        count=grid.present[idx].sum(axis=1),
        total=grid.value[idx].sum(axis=1),
        lower=grid.lower[idx].sum(axis=1),
        upper=grid.upper[idx].sum(axis=1),
        approx=grid.approx[idx].sum(axis=1),
        ids=id_tuples(grid.obs_id[idx]),
        sources=source_tuples(grid.source_id[idx]),
        last=idx[:, -1],
    )


def window_frame(grid: MonthGrid, windows: Windows, how: Aggregation) -> pd.DataFrame:
    """The derived frame of ``windows``: the aggregate where every month is present, else a gap.

    A sum or mean mixing "more than" and "less than" months has no bound and is a gap too.
    """
    how = Aggregation(how)
    size = windows.size
    complete = windows.count == size
    ids: list[tuple[int, ...]]
    sources: list[tuple[int, ...]]
    if how is Aggregation.LAST:
        pos = windows.last
        value = grid.value[pos]
        qual = combined_qualifier(grid.lower[pos], grid.upper[pos], grid.approx[pos])
        ids = [(int(i),) for i in grid.obs_id[pos]]
        sources = [(int(s),) for s in grid.source_id[pos]]
    else:
        value = windows.total / size if how is Aggregation.MEAN else windows.total
        qual = combined_qualifier(windows.lower, windows.upper, windows.approx)
        ids, sources = windows.ids, windows.sources
    bounded = qual != ""
    ok = complete & bounded
    notes = _notes(windows, how, complete, bounded)
    return derived_frame(
        windows.start,
        windows.end,
        np.where(ok, value, np.nan),
        qual,
        [ids[i] if ok[i] else () for i in range(len(ok))],
        [sources[i] if ok[i] else () for i in range(len(ok))],
        notes,
    )


def _notes(
    windows: Windows, how: Aggregation, complete: np.ndarray, bounded: np.ndarray
) -> np.ndarray:
    """ "2025 = sum of Jan–Dec 2025 (12 months)", "Q1 2025 = Mar 2025 (end of period)",
    "Nov 2024–Oct 2025 = sum of 12 months", "gap: 2025 has 10 of 12 months"."""
    label = labels(windows.start, windows.end)
    months = months_labels(windows.start, windows.end)
    size = windows.size
    n = _text(size)
    if how is Aggregation.LAST:
        done = label + " = " + months_labels(windows.end, windows.end) + " (end of period)"
    else:
        named = label + f" = {how.value} of " + months + " (" + n + " months)"
        plain = label + f" = {how.value} of " + n + " months"
        one = label + " = " + months + " (one month)"
        done = np.where(size == 1, one, np.where(months == label, plain, named))
    gap = "gap: " + label + " has " + _text(windows.count) + " of " + n + " months"
    mixed = "gap: " + label + " mixes 'more than' and 'less than' figures"
    out: np.ndarray = np.where(complete, np.where(bounded, done, mixed), gap)
    return out


def _text(numbers: np.ndarray) -> np.ndarray:
    """Integers as an object array of their decimal text."""
    out: np.ndarray = np.asarray(numbers, dtype="int64").astype(str).astype(object)
    return out
