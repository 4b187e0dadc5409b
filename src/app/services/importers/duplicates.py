"""Rows that repeat an earlier row's figure key, found in little memory."""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Key columns are packed into one integer while their combinations stay below this.
_PACKED = 2**62
#: A packed key of at most this many values per row (plus a little) is counted, not sorted.
_COUNTED = 4


def duplicated_rows(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    """Rows whose key repeats an earlier row's. Columns of codes, integers and flags are
    packed into one integer key (exact); a column of another kind (a float value) adds
    a 64-bit hash. One sort of that one key finds the candidates in little memory; the
    few rows it flags are then compared exactly."""
    n = len(frame)
    packed = np.zeros(n, dtype=np.int64)
    radix = 1
    h: np.ndarray | None = None
    for col in _as_spans(frame, key):
        part = _small_ints(col)
        if part is None:  # not packable: hashed, unless it is empty in every row
            values = col.to_numpy()
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
        rows = np.flatnonzero(_repeated(packed, radix))
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


def _as_spans(frame: pd.DataFrame, key: list[str]) -> list[pd.Series]:
    """The key's columns, an integer column that follows another (a period's end after
    its start) as its difference from that one when this spans fewer values: the pair is
    told apart exactly the same, and a key of fewer combinations is counted, not sorted."""
    out: list[pd.Series] = []
    for col in key:
        s = frame[col]
        before = out[-1] if out else None
        if _is_int(s) and before is not None and _is_int(before):
            span = s - before
            if _range(span) < _range(s):
                s = span
        out.append(s)
    return out


def _is_int(s: pd.Series) -> bool:
    return isinstance(s.dtype, np.dtype) and s.dtype.kind in "iu"


def _range(s: pd.Series) -> int:
    values = s.to_numpy()
    return int(values.max()) - int(values.min()) if len(values) else 0


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
    codes = values.astype(np.int64) - lo
    if isinstance(s.dtype, pd.CategoricalDtype):
        return codes, hi - lo + 1
    return _dense(codes, hi - lo + 1)


def _dense(codes: np.ndarray, size: int) -> tuple[np.ndarray, int]:
    """Integers ``0..size-1`` of which few occur (months of yearly figures: one in
    twelve) renumbered to those that occur, in the same order: a smaller packed key, the
    same rows told apart."""
    if size > _COUNTED * len(codes) + 1024:
        return codes, size
    present = np.zeros(size, dtype=bool)
    present[codes] = True
    used = int(np.count_nonzero(present))
    if used == size:
        return codes, size
    number = np.cumsum(present, dtype=np.int64) - 1
    return number[codes], used


def _repeated(values: np.ndarray, size: int = 0) -> np.ndarray:
    """Rows whose value occurs more than once: the repeated values (few, usually none)
    are found by counting when the values are known to lie in ``0..size-1`` for a
    ``size`` near the row count (a pass, no sort), else by one sort; then only those are
    looked up."""
    if 0 < size <= _COUNTED * len(values) + 1024:
        again = np.flatnonzero(np.bincount(values, minlength=size) > 1)
    else:
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
