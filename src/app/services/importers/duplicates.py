"""Rows that repeat an earlier row's figure key, found in little memory."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

#: Key columns are packed into one integer while their combinations stay below this.
_PACKED = 2**62
#: A packed key of at most this many values per row (plus a little) is counted, not sorted.
_COUNTED = 4
#: Candidate rows beyond this many are narrowed by a hash before they are compared.
_FEW = 4096


def duplicated_rows(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    """Rows whose key repeats an earlier row's. Columns of codes, integers and flags are
    packed into one integer key (exact); the rows whose packed key repeats are the only
    candidates (usually none: a figure's key names one row), and only they are told apart
    by the other columns (a float value) and compared exactly. One count or sort of the
    packed key finds them in little memory.

    The key's leading columns are checked first, as soon as they could tell every row
    apart (their combinations outnumber the rows): when no leading key repeats (a
    figure's identity names one row) the rest of the key is never read; when few rows
    repeat it, only those rows are checked on the whole key."""
    n = len(frame)
    packed = np.zeros(n, dtype=np.int64)
    radix = 1
    h: np.ndarray | None = None  # the hash of packed parts that outgrew one integer
    other: list[str] = []
    leading = True  # the leading columns not yet checked on their own
    for i, (name, col) in enumerate(zip(key, _as_spans(frame, key), strict=True)):
        part = _small_ints(col)
        if part is None:  # not packable: compared among the candidates
            other.append(name)
            continue
        values, low, size = part
        if size <= 1:
            continue  # one value in every row: tells no rows apart
        if radix * size >= _PACKED:
            h = _mix(h, pd.util.hash_array(packed))
            packed[:] = 0
            radix = 1
        packed *= size
        packed += values  # the part's values less its lowest: 0 .. size - 1
        if low:
            packed -= low
        radix *= size
        if leading and h is None and radix >= n and i + 1 < len(key):
            leading = False
            maybe = _repeated(packed, radix)
            if not maybe.any():
                return np.zeros(n, dtype=bool)  # no two rows share even the leading key
            rows = np.flatnonzero(maybe)
            if len(rows) <= n // 4:  # few candidates: the whole key on them only
                out = np.zeros(n, dtype=bool)
                out[rows] = duplicated_rows(frame.iloc[rows], key)
                return out
    exact = h is None  # else a hash of the packed parts: candidates, compared below
    if h is not None:
        packed = _mix(h, pd.util.hash_array(packed)) if radix > 1 else h
    del h
    maybe = _repeated(packed, radix if exact else 0)
    out = np.zeros(n, dtype=bool)
    if not maybe.any():
        return out
    rows = np.flatnonzero(maybe)
    if exact and not other:  # the exact packed key is the whole key
        out[rows] = pd.Series(packed[rows]).duplicated(keep="first").to_numpy()
        return out
    if len(rows) > _FEW:  # many candidates: narrowed by a hash of the other columns too
        mixed = np.asarray(pd.util.hash_array(packed[rows]), dtype=np.uint64)
        for name in other:
            values = frame[name].to_numpy()[rows]
            if not (values.dtype.kind == "f" and np.isnan(values).all()):
                mixed = _mix(mixed, pd.util.hash_array(values))
        rows = rows[_repeated(mixed)]
    out[rows] = frame.iloc[rows].duplicated(subset=key, keep="first").to_numpy()
    return out


def _as_spans(frame: pd.DataFrame, key: list[str]) -> Iterator[pd.Series]:
    """The key's columns, one at a time, an integer column that follows another (a
    period's end after its start) as its difference from that one when this spans fewer
    values: the pair is told apart exactly the same, and a key of fewer combinations is
    counted, not sorted."""
    before: pd.Series | None = None
    for col in key:
        s = frame[col]
        if _is_int(s) and before is not None and _is_int(before):
            span = s - before
            if _range(span) < _range(s):
                s = span
        before = s
        yield s


def _is_int(s: pd.Series) -> bool:
    return isinstance(s.dtype, np.dtype) and s.dtype.kind in "iu"


def _range(s: pd.Series) -> int:
    values = s.to_numpy()
    return int(values.max()) - int(values.min()) if len(values) else 0


def _small_ints(s: pd.Series) -> tuple[np.ndarray, int, int] | None:
    """(values, lowest, size) of a categorical, flag or integer column of a small range,
    where ``values - lowest`` numbers the values ``0..size-1``; None for anything else."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        values = np.asarray(s.array.codes)  # -1 (missing) included
    elif isinstance(s.dtype, np.dtype) and s.dtype.kind in "biu":
        values = s.to_numpy()
    else:
        return None
    if len(values) == 0:
        return values, 0, 1
    lo, hi = int(values.min()), int(values.max())
    if hi - lo >= _PACKED:
        return None
    if hi == lo:
        return values, lo, 1  # the same in every row
    if isinstance(s.dtype, pd.CategoricalDtype):
        return values, lo, hi - lo + 1
    return _dense(values, lo, hi - lo + 1)


def _dense(values: np.ndarray, low: int, size: int) -> tuple[np.ndarray, int, int]:
    """Integers ``low..low+size-1`` of which few occur (months of yearly figures: one
    in twelve) renumbered to those that occur, in the same order: a smaller packed key,
    the same rows told apart."""
    if size > _COUNTED * len(values) + 1024 or values.dtype.kind == "b":
        return values, low, size
    # months (int32) in their own width, half the traffic of int64: 0 .. size - 1 fits
    int32 = values.dtype == np.int32
    codes = values - np.int32(low) if int32 else values.astype(np.int64) - low
    present = np.bincount(codes, minlength=size) > 0  # a count: faster than a scatter
    used = int(np.count_nonzero(present))
    if used == size:
        return values, low, size
    number = np.cumsum(present, dtype=np.int32) - 1
    return np.take(number, codes), 0, used


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
