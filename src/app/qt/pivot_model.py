"""The pivot grid as a Qt table: :class:`PivotModel` adapts a :class:`PivotView`.

A :class:`PivotView` is a :class:`~app.domain.pivot.PivotTable` with its row scales, row
headers and a style code per cell (conflict, claim, forward status, derived), prepared once
per pivot off the GUI thread (:func:`pivot_view`). Cell texts are formatted a block of rows
at a time, when a block is first shown, and kept: a million-cell grid costs a second of
formatting only if every row is scrolled to, and ``data()`` checks the role, then reads one
list item. Tooltips (source, how the figure was chosen, what disagrees, which claims are
checked against it) are written when first asked for. The model decides nothing: the domain
chose the figures and the marks, :mod:`app.services.pivot_export` writes the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.model import FORWARD_STATUSES, empty_observations
from app.domain.pivot import PivotSpec, PivotTable, pivot
from app.qt.columns import FORWARD_COLOUR, RIGHT
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.pivot_export import RowScale, cell_texts, cell_tooltip, row_scales

Index = QModelIndex | QPersistentModelIndex
#: the obs ids of a cell (list[int]: the chosen figure first, then the other rows of its key)
OBS_IDS_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_GLYPH = " ⇄"
CLAIM_GLYPH = " ※"
CONFLICT_TINT = QColor(255, 224, 178)
DERIVED_COLOUR = QColor(96, 96, 96)
#: rows formatted together (a screenful or a few)
BLOCK = 128
#: style bits of a cell
CONFLICT, CLAIMED, FORWARD, DERIVED = 1, 2, 4, 8
# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
#: what the marks mean, in English (shown through :func:`legend`, in the desk's language)
LEGEND = str(
    QT_TRANSLATE_NOOP(
        "pivot_model",
        "⇄ sources disagree (tinted) · ※ a claim is checked against the figure · "
        "blue: target, plan or forecast · grey italics: derived",
    )
)


def legend() -> str:
    """:data:`LEGEND` in the desk's language (asked for when shown, after the translator
    is installed, not when the module is imported)."""
    return translate("pivot_model", LEGEND)


@dataclass(frozen=True, eq=False)
class PivotView:
    """A grid and how each cell is drawn; texts are filled in by blocks of rows."""

    table: PivotTable
    scales: list[RowScale]
    style: np.ndarray  # int8 bits per cell: CONFLICT | CLAIMED | FORWARD | DERIVED
    row_headers: list[str]
    #: display texts of each formatted block of BLOCK rows, by block number
    blocks: dict[int, list[list[str]]] = field(default_factory=dict)
    tooltips: dict[tuple[int, int], str] = field(default_factory=dict)

    def texts(self, row: int) -> list[str]:
        """The display texts of ``row`` (its block is formatted on first use)."""
        block = self.blocks.get(row // BLOCK)
        if block is None:
            block = self.blocks[row // BLOCK] = self._format(row // BLOCK)
        return block[row % BLOCK]

    def _format(self, block: int) -> list[list[str]]:
        rows = np.arange(block * BLOCK, min((block + 1) * BLOCK, self.table.shape[0]))
        out = cell_texts(self.table, self.scales, rows)
        conflict, claimed = self.table.conflict[rows], self.table.claimed[rows]
        out[conflict] = out[conflict] + CONFLICT_GLYPH
        out[claimed] = out[claimed] + CLAIM_GLYPH
        texts: list[list[str]] = out.tolist()
        return texts


def pivot_view(table: PivotTable) -> PivotView:
    """The scales, headers and cell styles of ``table`` (runs on any thread)."""
    scales = row_scales(table)
    style = (
        table.conflict * CONFLICT
        + table.claimed * CLAIMED
        + table.status.isin({str(s) for s in FORWARD_STATUSES}) * FORWARD
        + table.status.isin({"derived"}) * DERIVED
    ).astype(np.int8)
    headers = [
        f"{label} ({scale.text})" if scale.text else label
        for label, scale in zip(table.row_labels, scales, strict=True)
    ]
    view = PivotView(table, scales, style, headers)
    if table.shape[0]:
        view.texts(0)  # the first screen, formatted off the GUI thread too
    return view


def empty_view() -> PivotView:
    """The view of an empty grid (before any data)."""
    return pivot_view(pivot(empty_observations(), None, PivotSpec()))


class PivotModel(QAbstractTableModel):
    """Rows are the grid's series, columns its periods."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view = empty_view()
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_view(self, view: PivotView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    @property
    def table(self) -> PivotTable:
        return self.view.table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.view.row_headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.view.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        style = self.view.style.item(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFLICT_TINT if style & CONFLICT else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                FORWARD_COLOUR if style & FORWARD else DERIVED_COLOUR if style & DERIVED else None
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if style & DERIVED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row(), index.column())
        if role == OBS_IDS_ROLE:
            return self.view.table.obs_ids(index.row(), index.column())
        return None

    def tooltip(self, row: int, column: int) -> str:
        """The cell in full (written once, when first asked for)."""
        key = (row, column)
        text = self.view.tooltips.get(key)
        if text is None:
            text = self.view.tooltips[key] = cell_tooltip(self.view.table, row, column)
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self.view.table.columns
            return columns[section] if 0 <= section < len(columns) else None
        headers = self.view.row_headers
        return headers[section] if 0 <= section < len(headers) else None

    def obs_ids_at(self, row: int, column: int) -> list[int]:
        return self.view.table.obs_ids(row, column)
