"""Rows that repeat an earlier row's figure key, found in little memory."""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Key columns are packed into one integer while their combinations stay below this.
_PACKED = 2**62


def duplicated_rows(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    """Rows whose key repeats an earlier row's. Columns of codes, integers and flags are
    packed into one integer key (exact); a column of another kind (a float value) adds
    a 64-bit hash. One sort of that one key finds the candidates in little memory; the
    few rows it flags are then compared exactly."""
    n = len(frame)
    packed = np.zeros(n, dtype=np.int64)
    radix = 1
    h: np.ndarray | None = None
    for col in key:
        part = _small_ints(frame[col])
        if part is None:  # not packable: hashed, unless it is empty in every row
            values = frame[col].to_numpy()
            if values.dtype.kind == "f" and np.isnan(values).all():
                continue
            h = _mix(h, pd.util.hash_array(values))
            continue
        codes, size = part
        if size <= 1:
            continue  # one value in every row: tells no rows apart
        if radix * size >= _PACKED:
            h = _mix(h, pd.util.hash_array(packed))
            packed[:] = 0
            radix = 1
        packed *= size
        packed += codes
        radix *= size
    if h is None:  # the packed key is the whole key: exact
        out = np.zeros(n, dtype=bool)
        rows = np.flatnonzero(_repeated(packed))
        if len(rows):
            out[rows] = pd.Series(packed[rows]).duplicated(keep="first").to_numpy()
        return out
    if radix > 1:
        h = _mix(h, pd.util.hash_array(packed))
    del packed
    maybe = _repeated(h)
    del h
    out = np.zeros(n, dtype=bool)
    if maybe.any():
        rows = np.flatnonzero(maybe)
        out[rows] = frame.iloc[rows].duplicated(subset=key, keep="first").to_numpy()
    return out


def _small_ints(s: pd.Series) -> tuple[np.ndarray, int] | None:
    """(codes 0..size-1, size) of a categorical, flag or integer column of a small
    range; None for anything else."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        values = s.cat.codes.to_numpy()  # -1 (missing) included
    elif isinstance(s.dtype, np.dtype) and s.dtype.kind in "biu":
        values = s.to_numpy()
    else:
        return None
    if len(values) == 0:
        return np.zeros(0, dtype=np.int64), 1
    lo, hi = int(values.min()), int(values.max())
    if hi - lo >= _PACKED:
        return None
    if hi == lo:
        return np.zeros(0, dtype=np.int64), 1  # the same in every row
    return values.astype(np.int64) - lo, hi - lo + 1


def _repeated(values: np.ndarray) -> np.ndarray:
    """Rows whose value occurs more than once: one sort finds the repeated values (few,
    usually none), then only those are looked up."""
    ordered = np.sort(values)
    again = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    if len(again) == 0:
        return np.zeros(len(values), dtype=bool)
    found = pd.Series(values, copy=False).isin(np.unique(again))
    return np.asarray(found.to_numpy(), dtype=bool)


def _mix(h: np.ndarray | None, more: np.ndarray) -> np.ndarray:
    if h is None:
        return np.asarray(more, dtype=np.uint64)
    h *= np.uint64(1_000_003)
    h ^= more
    return h
