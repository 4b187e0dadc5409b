"""Growing column arrays for the rows an import keeps.

Blocks are appended into preallocated numpy arrays (text columns as small integer codes
into one dictionary per column), so a 10-million-row import never holds a list of block
frames and their concatenation at the same time: the peak stays near the result's size.
A column that has held one value in every row so far (no note, no change, not preferred)
is kept as that value and written out only if a block brings another.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import codes_dtype, counts_up

GROWTH = 1.3
FIRST_CAPACITY = 1 << 16
#: The result keeps its arrays (as views) when at most this share of them is unused room.
_SLACK = 1.125


class Accumulator:
    """Columns of a growing table; text columns are categoricals built at the end."""

    def __init__(self) -> None:
        self.n = 0
        self.capacity = 0
        self.arrays: dict[str, np.ndarray] = {}
        self.order: list[str] = []
        self.lookups: dict[str, dict[str, int]] = {}
        #: columns with one value in every row so far: that value (a label for text)
        self.constants: dict[str, Any] = {}

    def append(self, columns: dict[str, Any], n: int) -> None:
        """``columns``: name -> array of n values, one value (a numpy scalar) for all n
        rows, or (codes, labels) for a text column."""
        if self.n + n > self.capacity:
            self._grow(max(int((self.n + n) * GROWTH), FIRST_CAPACITY))
        for name, col in columns.items():
            if self._still_constant(name, col):
                continue
            if isinstance(col, tuple):
                self._append_codes(name, *col)
            else:
                self._target(name, np.asarray(col).dtype)[self.n : self.n + n] = col
        self.n += n

    def _still_constant(self, name: str, col: Any) -> bool:
        """Does ``col`` hold the one value its column has held in every row so far (a
        column's first block with one value starts one)? A column that stops being one
        value is written out here, its rows so far filled with it."""
        one: Any
        if isinstance(col, tuple):
            one = (col[1][0],) if len(col[1]) == 1 else None  # a text: (label,)
        else:
            one = col if isinstance(col, np.generic) else None
        if name in self.constants:
            if one is not None and _same(self.constants[name], one):
                return True
            self._write_out(name)
            return False
        if one is None or name in self.arrays or self.n:
            return False
        self.constants[name] = one
        self.order.append(name)
        return True

    def _write_out(self, name: str) -> None:
        value = self.constants.pop(name)
        if isinstance(value, tuple):  # a text: its code, the first of its column's
            self.lookups.setdefault(name, {})[value[0]] = 0
            self._target(name, codes_dtype(1))
        elif value:  # zeros need no writing (the new array is zeros)
            self._target(name, value.dtype)[: self.n] = value
        else:
            self._target(name, value.dtype)

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows at once (an estimate from the file size)."""
        if rows > self.capacity:
            self._grow(rows)

    def _target(self, name: str, dtype: Any) -> np.ndarray:
        if name not in self.arrays:
            if name not in self.order:
                self.order.append(name)
            self.arrays[name] = np.zeros(self.capacity, dtype=dtype)
        return self.arrays[name]

    def _append_codes(self, name: str, codes: np.ndarray, labels: list[str]) -> None:
        lookup = self.lookups.setdefault(name, {})
        remap = np.fromiter(
            (lookup.setdefault(lab, len(lookup)) for lab in labels),
            dtype=np.int64,
            count=len(labels),
        )
        width = codes_dtype(len(lookup))
        target = self._target(name, width)
        if width.itemsize > target.dtype.itemsize:
            target = self.arrays[name] = target.astype(width)
        if len(codes) and len(remap) == 1:
            target[self.n : self.n + len(codes)] = remap[0]  # one label: no gather
        elif len(codes) and remap[-1] == len(remap) - 1 and counts_up(remap):
            target[self.n : self.n + len(codes)] = codes  # the labels in the same order
        elif len(codes):
            target[self.n : self.n + len(codes)] = remap[codes]

    def _grow(self, capacity: int) -> None:
        """Move each column into a larger array, one column at a time."""
        for name in self.arrays:
            old = self.arrays[name]
            new = np.zeros(capacity, dtype=old.dtype)
            new[: self.n] = old[: self.n]
            self.arrays[name] = new
            del old
        self.capacity = capacity

    def frame(self) -> pd.DataFrame:
        """The rows as a DataFrame (text columns categorical); empties the accumulator."""
        out: dict[str, Any] = {}
        for name in self.order:
            if name in self.constants:
                out[name] = _filled(self.constants.pop(name), self.n)
                continue
            arr = self.arrays.pop(name)
            # the rows as a view when the room reserved but not filled is small (the
            # reservation is the file's estimated size): no copy of every column
            col = arr[: self.n].copy() if self.capacity > self.n * _SLACK else arr[: self.n]
            del arr
            if name in self.lookups:
                cats = pd.Index(list(self.lookups[name]), dtype=object)
                # the codes index the lookup's labels by construction: not checked again
                out[name] = pd.Categorical.from_codes(col, categories=cats, validate=False)
            else:
                out[name] = col
        self.capacity = self.n = 0
        self.order = []
        return pd.DataFrame(out, copy=False)


def _same(a: Any, b: Any) -> bool:
    """One value and another the same (NaN the same as NaN; a text's label)?"""
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and a == b
    return bool(a == b) or bool(a != a and b != b)


def _filled(value: Any, n: int) -> Any:
    """A column of ``n`` rows that all hold ``value`` (a text's: one category)."""
    if isinstance(value, tuple):
        cats = pd.Index([value[0]], dtype=object)
        return pd.Categorical.from_codes(
            np.zeros(n, dtype=codes_dtype(1)), categories=cats, validate=False
        )
    if not value:
        return np.zeros(n, dtype=value.dtype)
    return np.full(n, value, dtype=value.dtype)
