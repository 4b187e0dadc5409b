"""The cells of a wide block (a row per series and country, a column per period) laid out
as the rows of its melt: period by period, each period's cells in the block's row order.

What does not vary by period is worked on once per row, what varies only by period once
per period; :class:`Wide` and :class:`Kept` spread those results over the cells (or over
the cells kept) with a few numpy operations, so no per-cell array is made for a column
that is the same in every cell of a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

from app.domain.model import codes_dtype
from app.services.importers.codes import Coded

#: What a per-row array of a wide block is indexed by.
Along = Literal["cell", "period", "row"]


class Wide:
    """``periods`` × ``rows`` cells, period-major (the melt's order)."""

    def __init__(self, periods: int, rows: int) -> None:
        self.periods, self.rows = periods, rows
        self.cells = periods * rows

    def spread(self, values: np.ndarray, along: Along) -> np.ndarray:
        """A per-cell array of ``values`` given per cell, per period or per row."""
        if along == "period":
            return np.repeat(values, self.rows)
        if along == "row":
            return np.tile(values, self.periods)
        return values

    def any_flag(self, errors: Sequence[tuple[str, Coded, Along]]) -> np.ndarray:
        """Per cell: does any of the errors (per cell, period or row) flag it?"""
        bad = np.zeros(self.cells, dtype=bool)
        grid = bad.reshape(self.periods, self.rows)
        for _col, err, along in errors:
            if not err.any_set():
                continue
            flags = err.flags()
            if along == "period":
                grid |= flags[:, None]
            elif along == "row":
                grid |= flags[None, :]
            else:
                bad |= flags
        return bad

    def keep(self, keep: np.ndarray) -> Kept:
        return Kept(self, keep)


class Kept:
    """The kept cells of a wide block: per-row and per-period values spread over them."""

    def __init__(self, wide: Wide, keep: np.ndarray) -> None:
        self.wide = wide
        self.grid = keep.reshape(wide.periods, wide.rows)
        self.counts = self.grid.sum(axis=1)  # kept cells per period
        self.n = int(self.counts.sum())
        self.every = self.n == wide.cells

    def per_row(self, values: np.ndarray) -> np.ndarray | np.generic:
        """The kept cells' values of an array given per row; one value when every row
        has the same (the accumulator fills it in, no per-cell array is made)."""
        same = _one_value(values)
        if same is not None:
            return same
        if self.every:
            return np.tile(values, self.wide.periods)
        out: np.ndarray = np.broadcast_to(values, self.grid.shape)[self.grid]
        return out

    def per_period(self, values: np.ndarray) -> np.ndarray | np.generic:
        """The kept cells' values of an array given per period (the cells come period by
        period: a repeat by each period's count); one value when every period has it."""
        same = _one_value(values)
        return np.repeat(values, self.counts) if same is None else same

    def coded(self, column: Coded, by_period: bool = False) -> tuple[np.ndarray, list[str]]:
        """:meth:`Coded.compact` of the kept cells for a column given per row (or per
        period). Repeated labels are merged first, on the few codes of the rows or
        periods (the accumulator would merge them cell by cell), and the codes narrowed:
        one value in every row needs no codes at all."""
        labels = [str(v) for v in column.values]
        codes = column.codes
        merged = dict.fromkeys(labels)
        if len(merged) < len(labels):
            number = {label: i for i, label in enumerate(merged)}
            codes = np.array([number[label] for label in labels], dtype=np.int64)[codes]
            labels = list(merged)
        if len(labels) == 1:
            return np.zeros(self.n, dtype=np.int8), labels
        codes = codes.astype(codes_dtype(len(labels)), copy=False)
        if by_period:
            return np.repeat(codes, self.counts), labels
        if self.every:
            return np.tile(codes, self.wide.periods), labels
        return np.broadcast_to(codes, self.grid.shape)[self.grid], labels


def _one_value(values: np.ndarray) -> np.generic | None:
    """The value of an array holding one value throughout (NaN included), else None."""
    if not len(values):
        return None
    first = values[0]
    if (values == first).all() or (values.dtype.kind == "f" and np.isnan(values).all()):
        out: np.generic = first
        return out
    return None
