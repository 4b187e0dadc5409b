"""Series frames in, derived frames out: the shapes every derivation shares.

A *series* is one chosen figure per period of one indicator and pair, sorted by period, with
``SERIES_COLUMNS`` (and optionally ``period_point``). A *derived frame* (``DERIVED_COLUMNS``)
is what every transform returns: a NaN ``value`` with qualifier '' is a visible gap, and
``note`` says in words how the value was made ("Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025"), so
a derived figure never reads as a published one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from app.domain.analytics.derived import approximate, bound_directions
from app.domain.periods import period_label

SERIES_COLUMNS = ("period_start", "period_end", "value", "qualifier", "obs_id", "source_id")
DERIVED_COLUMNS = (
    "period_start",
    "period_end",
    "period_point",
    "value",
    "qualifier",
    "from_obs_ids",
    "source_ids",
    "note",
)
#: Period keys: start * KEY + end fits an int64 for any month index of periods.py.
KEY = 100_000


@dataclass(frozen=True)
class SeriesArrays:
    """The columns of a series as numpy arrays (qualifiers as str)."""

    start: np.ndarray
    end: np.ndarray
    point: np.ndarray
    value: np.ndarray
    qualifier: np.ndarray
    obs_id: np.ndarray
    source_id: np.ndarray

    def __len__(self) -> int:
        return len(self.start)

    def take(self, mask_or_index: np.ndarray) -> SeriesArrays:
        """The rows selected by a boolean mask or an index array."""
        return SeriesArrays(
            *(getattr(self, name)[mask_or_index] for name in self.__dataclass_fields__)
        )

    def keys(self) -> np.ndarray:
        """One integer per period (points apart from ranges of the same months)."""
        out: np.ndarray = (self.start * KEY + self.end) * 2 + self.point
        return out


def series_arrays(series: pd.DataFrame) -> SeriesArrays:
    """Validated arrays of a series frame. Raises ValueError on missing columns or a period
    given twice (a series holds one chosen figure per period)."""
    missing = [c for c in SERIES_COLUMNS if c not in series.columns]
    if missing:
        raise ValueError(f"a series needs the columns {', '.join(missing)}")
    n = len(series)
    point = (
        series["period_point"].to_numpy(dtype=bool)
        if "period_point" in series.columns
        else np.zeros(n, dtype=bool)
    )
    arrays = SeriesArrays(
        start=series["period_start"].to_numpy(dtype="int64"),
        end=series["period_end"].to_numpy(dtype="int64"),
        point=point,
        value=series["value"].to_numpy(dtype="float64"),
        qualifier=series["qualifier"].astype(str).to_numpy(dtype=object),
        obs_id=series["obs_id"].to_numpy(dtype="int64"),
        source_id=series["source_id"].to_numpy(dtype="int64"),
    )
    keys = arrays.keys()
    if len(np.unique(keys)) != n:
        dup = pd.Series(keys).duplicated().to_numpy()
        i = int(np.flatnonzero(dup)[0])
        label = period_label(int(arrays.start[i]), int(arrays.end[i]), bool(arrays.point[i]))
        raise ValueError(f"the series has more than one figure for {label}")
    return arrays


def monthly(arrays: SeriesArrays) -> SeriesArrays:
    """The single-month figures of a series (a stock as of a month counts as that month)."""
    return arrays.take(arrays.start == arrays.end)


@dataclass(frozen=True)
class MonthGrid:
    """Single-month figures laid out on consecutive months from ``first`` (missing: NaN/-1).

    Windows of months (quarters, rolling 12 months, year to date) become slices or reshapes
    of these arrays, so every transform over months is vectorised.
    """

    first: int
    value: np.ndarray
    present: np.ndarray
    lower: np.ndarray  # 1 where the month's figure is a lower bound
    upper: np.ndarray  # 1 where it is an upper bound
    approx: np.ndarray  # 1 where it is an approximate point
    obs_id: np.ndarray
    source_id: np.ndarray


def month_grid(months: SeriesArrays, first: int, last: int) -> MonthGrid:
    """The grid of months ``first..last`` filled from single-month figures."""
    n = max(last - first + 1, 0)
    pos = months.start - first
    inside = (pos >= 0) & (pos < n)
    pos = pos[inside]
    value = np.full(n, np.nan)
    value[pos] = months.value[inside]
    present = np.zeros(n, dtype=bool)
    present[pos] = True
    direction = bound_directions(months.qualifier[inside])
    lower, upper, approx = (np.zeros(n, dtype="int64") for _ in range(3))
    lower[pos] = direction == 1
    upper[pos] = direction == -1
    approx[pos] = approximate(months.qualifier[inside])
    obs_id = np.full(n, -1, dtype="int64")
    obs_id[pos] = months.obs_id[inside]
    source_id = np.full(n, -1, dtype="int64")
    source_id[pos] = months.source_id[inside]
    return MonthGrid(first, value, present, lower, upper, approx, obs_id, source_id)


def id_tuples(ids: np.ndarray) -> list[tuple[int, ...]]:
    """Each row of a 2-D array of obs ids as a tuple, leaving out -1 (no figure)."""
    arr = np.asarray(ids)
    holed: list[bool] = np.any(arr < 0, axis=1).tolist()
    return [
        tuple(i for i in row if i >= 0) if hole else tuple(row)
        for row, hole in zip(arr.tolist(), holed, strict=True)
    ]


def source_tuples(ids: np.ndarray) -> list[tuple[int, ...]]:
    """Each row of a 2-D array of source ids as a sorted tuple of distinct ids (-1 left out)."""
    return [tuple(sorted({i for i in row if i >= 0})) for row in np.asarray(ids).tolist()]


def derived_frame(
    start: ArrayLike,
    end: ArrayLike,
    value: ArrayLike,
    qualifier: ArrayLike,
    from_obs_ids: Sequence[tuple[int, ...]],
    source_ids: Sequence[tuple[int, ...]],
    note: Sequence[str] | np.ndarray,
    point: ArrayLike | None = None,
) -> pd.DataFrame:
    """A derived frame sorted by period. Rows with a NaN value get the qualifier ''."""
    value = np.asarray(value, dtype="float64")
    qual = np.where(np.isnan(value), "", np.asarray(qualifier, dtype=object)).astype(object)
    frame = pd.DataFrame(
        {
            "period_start": np.asarray(start, dtype="int64"),
            "period_end": np.asarray(end, dtype="int64"),
            "period_point": (
                np.zeros(len(value), dtype=bool) if point is None else np.asarray(point, bool)
            ),
            "value": value,
            "qualifier": qual,
            "from_obs_ids": _object_column(from_obs_ids),
            "source_ids": _object_column(source_ids),
            "note": np.asarray(note, dtype=object),
        }
    )
    frame = frame.sort_values(["period_start", "period_end"], kind="mergesort")
    return frame.reset_index(drop=True)


def empty_derived() -> pd.DataFrame:
    """A derived frame without rows (typed columns)."""
    none = np.zeros(0, dtype="int64")
    return derived_frame(none, none, np.zeros(0), np.zeros(0, dtype=object), [], [], [])


def _object_column(items: Sequence[tuple[int, ...]]) -> np.ndarray:
    """Tuples as a 1-D object array (numpy would otherwise build a 2-D array)."""
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out
