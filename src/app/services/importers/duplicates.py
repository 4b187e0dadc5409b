"""Rows that repeat an earlier row's figure key, found in little memory."""

from __future__ import annotations

import numpy as np
import pandas as pd


def duplicated_rows(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    """Rows whose key repeats an earlier row's. A 64-bit hash per row finds the candidates
    in little memory; the few rows it flags are then compared exactly."""
    h = np.zeros(len(frame), dtype="uint64")
    for col in key:
        s = frame[col]
        values = (
            s.cat.codes.to_numpy() if isinstance(s.dtype, pd.CategoricalDtype) else (s.to_numpy())
        )
        h *= np.uint64(1_000_003)
        h ^= pd.util.hash_array(values)
    order = np.argsort(h)
    sorted_h = h[order]
    del h
    same = sorted_h[1:] == sorted_h[:-1]
    del sorted_h
    maybe = np.zeros(len(frame), dtype=bool)
    maybe[order[1:][same]] = True
    maybe[order[:-1][same]] = True
    del order, same
    out = np.zeros(len(frame), dtype=bool)
    if maybe.any():
        rows = np.flatnonzero(maybe)
        out[rows] = frame.iloc[rows].duplicated(subset=key, keep="first").to_numpy()
    return out
