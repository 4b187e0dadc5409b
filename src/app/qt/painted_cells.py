"""What Qt's item delegate asks of every painted cell, made for a block of rows at once.

A random jump of the table shows ~40 rows never painted before, and Qt's delegate asks
each of their cells seven roles. Answered cell by cell, every served role is a Python call
of its :class:`~app.qt.columns.Column` method; here the display texts, alignments, text
and background colours of :data:`BLOCK` rows of one column are made column-wise (one numpy
gather per array, one comprehension per text) the first time one of them is painted, and
kept while the table's arrays, order and analytics stay the same objects. The per-cell
answers are the very methods' (a column this module does not know is read row by row
through them), so what is painted never differs from what :meth:`data` says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt

from app.qt.columns import (
    CLAIM_COLOURS,
    CLAIM_MARKS,
    COLUMNS,
    FORWARD_COLOUR,
    GROUP_TINTS,
    MAX_CELL_TEXT,
    ClaimColumn,
    CodeColumn,
    Column,
    IndicatorColumn,
    NoteColumn,
    PeriodColumn,
    PlaceColumn,
    QualifierColumn,
    SourceColumn,
    StatusColumn,
    TableData,
    ValueColumn,
    YoyColumn,
)

#: rows made at once, from the first one asked: about a screen of the desk's table (22 px
#: rows), so a jump makes few rows it does not show (measured: 16 rows paint slower)
BLOCK = 40
#: rows kept (a few MB of texts) before the kept cells start again
MAX_ROWS = 2_048
#: where each role the item delegate asks sits in a cell's tuple: the painted roles, then
#: the roles no column answers (always None), then a mark for "ask the column" (ASK)
SLOTS: dict[int, int] = {
    int(Qt.ItemDataRole.DisplayRole): 0,
    int(Qt.ItemDataRole.TextAlignmentRole): 1,
    int(Qt.ItemDataRole.ForegroundRole): 2,
    int(Qt.ItemDataRole.BackgroundRole): 3,
    int(Qt.ItemDataRole.FontRole): 4,
    int(Qt.ItemDataRole.CheckStateRole): 4,
    int(Qt.ItemDataRole.DecorationRole): 4,
}
ASK_SLOT = 5
#: a cell's answer to a role it keeps no answer for (tooltips, edit texts, user roles)
ASK = object()
#: (display, alignment, foreground, background, None, ASK) of one cell
Cell = tuple[Any, Any, Any, Any, None, object]
#: what a cell outside the table answers: nothing
BLANK_CELL: Cell = (None, None, None, None, None, None)
Rows = np.ndarray  # store positions of a block's rows
Texts = Callable[[Column, TableData, Rows], list[Any]]
#: a block: the cells of each column (made when first painted), the block's rows, then
#: their background tints (the same in every column; made with the first column painted)
Block = list[Any]
_NO_YOY = ("", "")


class PaintedCells:
    """The painted roles of the cells of one table (``t`` seen in ``order``), kept by
    block of rows and column while the table's arrays, order and analytics are the same
    objects (:meth:`of`)."""

    def __init__(self, t: TableData, order: np.ndarray) -> None:
        self.t, self.order, self.analytics = t, order, t.analytics
        #: view row -> (its block, its place in the block)
        self._rows: dict[int, tuple[Block, int]] = {}

    @classmethod
    def of(cls, kept: PaintedCells | None, t: TableData, order: np.ndarray) -> PaintedCells:
        """``kept`` while it answers for ``t`` in ``order`` (the same arrays, order and
        analytics), else new ones."""
        if kept is None or kept.t is not t or kept.order is not order:
            return cls(t, order)
        return kept if kept.analytics is t.analytics else cls(t, order)

    def cell(self, row: int, column: int) -> Cell:
        """The kept answers of the cell at ``row`` (a row of the view) and ``column``,
        by :data:`SLOTS`."""
        hit = self._rows.get(row)
        block, at = hit if hit is not None else self._block_from(row)
        cells = block[column]
        if cells is None:
            cells = block[column] = _cells(COLUMNS[column], self.t, block)
        return cells[at]  # type: ignore[no-any-return]

    def _block_from(self, row: int) -> tuple[Block, int]:
        """A new block of up to :data:`BLOCK` rows from ``row`` down, ending where a kept
        one starts (Qt paints top to bottom)."""
        rows = self._rows
        if len(rows) >= MAX_ROWS:
            rows.clear()
        stop = min(row + BLOCK, len(self.order))
        end = row + 1
        while end < stop and end not in rows:
            end += 1
        block: Block = [None] * len(COLUMNS)
        block += [self.order[row:end], None]
        for at in range(end - row):
            rows[row + at] = (block, at)
        return block, 0


def _cells(column: Column, t: TableData, block: Block) -> list[Cell]:
    """The answers of ``column`` for the rows of ``block``."""
    rows: Rows = block[-2]
    kind = type(column)
    displays = _DISPLAYS.get(kind, _each_display)(column, t, rows)
    foregrounds = _FOREGROUNDS.get(kind, _each_foreground)(column, t, rows)
    if kind.align is Column.align:  # the class's alignment, whatever the row
        aligns: list[Any] = [column.alignment] * len(rows)
    else:
        aligns = [column.align(t, r) for r in rows.tolist()]
    if kind.background is Column.background:
        if block[-1] is None:
            block[-1] = _tints(t, rows)
        backgrounds = block[-1]
    else:
        backgrounds = [column.background(t, r) for r in rows.tolist()]
    n = len(rows)
    return list(zip(displays, aligns, foregrounds, backgrounds, [None] * n, [ASK] * n, strict=True))


def _tints(t: TableData, rows: Rows) -> list[Any]:
    """:meth:`Column.background` of ``rows``: rows giving the same figure tinted alike."""
    return [
        GROUP_TINTS[g % 2] if n > 1 else None
        for g, n in zip(t.group[rows].tolist(), t.group_size[rows].tolist(), strict=True)
    ]


def _texts(t: TableData, key: str, rows: Rows) -> list[str]:
    """:meth:`TableData.text` of ``rows`` (code -1 reads the '' appended to the labels)."""
    codes, labels = t.cats[key]
    return [str(x) for x in labels[codes[rows]]]


def _each_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return [column.display(t, r) for r in rows.tolist()]


def _each_foreground(column: Column, t: TableData, rows: Rows) -> list[Any]:
    if type(column).foreground is Column.foreground:  # no colour of its own
        return [None] * len(rows)
    return [column.foreground(t, r) for r in rows.tolist()]


def _code_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return _texts(t, column.key, rows)


def _indicator_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    names = t.names
    return [names.get(code, code) for code in _texts(t, "indicator", rows)]


def _period_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return [t.period(r) for r in rows.tolist()]


def _value_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    amount = t.words.amount
    units = _texts(t, "unit", rows)
    return [amount(float(v), u) for v, u in zip(t.value[rows].tolist(), units, strict=True)]


def _qualifier_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return [t.words.qualifier(code) for code in _texts(t, "qualifier", rows)]


def _status_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return [t.words.status(code) for code in _texts(t, "status", rows)]


def _yoy_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    yoy = t.analytics.yoy
    return [yoy.get(r, _NO_YOY)[0] for r in rows.tolist()]


def _claim_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    claims, mark = t.analytics.claims, t.words.claim_mark
    verdicts = [claims.get(r) for r in rows.tolist()]
    return [mark(v[0], CLAIM_MARKS) if v else "" for v in verdicts]


def _source_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    labels = [t.sources.get(int(s), "") for s in t.source_id[rows].tolist()]
    sizes = [int(n) for n in t.group_size[rows].tolist()]
    return [f"{label}  ⧉{n}" if n > 1 else label for label, n in zip(labels, sizes, strict=True)]


def _note_display(column: Column, t: TableData, rows: Rows) -> list[Any]:
    note = t.note
    return [str(note[r])[:MAX_CELL_TEXT] for r in rows.tolist()]


def _value_foreground(column: Column, t: TableData, rows: Rows) -> list[Any]:
    return [FORWARD_COLOUR if f else None for f in t.forward[rows].tolist()]


def _claim_foreground(column: Column, t: TableData, rows: Rows) -> list[Any]:
    claims = t.analytics.claims
    verdicts = [claims.get(r) for r in rows.tolist()]
    return [CLAIM_COLOURS.get(v[0]) if v else None for v in verdicts]


#: column-wise displays of the column classes whose ``display`` they repeat exactly
_DISPLAYS: dict[type[Column], Texts] = {
    Column: _code_display,
    CodeColumn: _code_display,
    PlaceColumn: _code_display,
    IndicatorColumn: _indicator_display,
    PeriodColumn: _period_display,
    ValueColumn: _value_display,
    QualifierColumn: _qualifier_display,
    StatusColumn: _status_display,
    YoyColumn: _yoy_display,
    ClaimColumn: _claim_display,
    SourceColumn: _source_display,
    NoteColumn: _note_display,
}
#: column-wise text colours of the classes that colour their text
_FOREGROUNDS: dict[type[Column], Texts] = {
    ValueColumn: _value_foreground,
    ClaimColumn: _claim_foreground,
}
