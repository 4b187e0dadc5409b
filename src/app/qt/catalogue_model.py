"""The indicator catalogue as a tree: topic -> indicator, with observation counts.

The catalogue is small (hundreds to a few thousand indicators), so a QStandardItemModel
rebuilt on change is the simplest correct adapter; counts come from one value_counts on
the category codes of the current selection. Indicator rows can be dragged (onto the
comparison chart): they carry their codes as :data:`INDICATOR_MIME`, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: what a dragged catalogue entry carries: indicator codes, UTF-8, one per line
INDICATOR_MIME = "application/x-corridor-indicator"
_NO_DRAG = ~(Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)


def indicator_mime(codes: list[str]) -> QMimeData:
    """Drag data of indicator ``codes`` (also plain text, for other applications)."""
    data = QMimeData()
    data.setData(INDICATOR_MIME, "\n".join(codes).encode("utf-8"))
    data.setText("\n".join(codes))
    return data


def indicator_codes(data: QMimeData) -> list[str]:
    """The indicator codes a drop carries ([] when it is not a catalogue drag)."""
    if not data.hasFormat(INDICATOR_MIME):
        return []
    text = bytes(data.data(INDICATOR_MIME).data()).decode("utf-8")
    return [code for code in text.split("\n") if code]


class CatalogueModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(["Indicator", "Figures"])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Indicator rows drag; topics do not; nothing is dropped onto the catalogue."""
        flags = super().flags(index) & _NO_DRAG
        if index.isValid() and self.index(index.row(), 0, index.parent()).data(CODE_ROLE):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [INDICATOR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The codes of the dragged indicator rows, each once, in order."""
        codes = [str(i.siblingAtColumn(0).data(CODE_ROLE) or "") for i in indexes]
        return indicator_mime([c for c in dict.fromkeys(codes) if c])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def rebuild(
        self, indicators: pd.DataFrame, observations: pd.DataFrame, mask: np.ndarray | None = None
    ) -> None:
        sel = observations if mask is None else observations[mask]
        counts = sel["indicator"].astype(str).value_counts().to_dict()
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        known = set(indicators["code"]) if len(indicators) else set()
        extra = sorted(str(c) for c in set(counts) - known)
        rows = (
            indicators[["code", "name", "topic", "unit", "kind", "description"]].copy()
            if len(indicators)
            else pd.DataFrame(columns=["code", "name", "topic", "unit", "kind", "description"])
        )
        if extra:
            rows = pd.concat(
                [
                    rows,
                    pd.DataFrame(
                        {
                            "code": extra,
                            "name": extra,
                            "topic": "Other",
                            "unit": "",
                            "kind": "",
                            "description": "",
                        }
                    ),
                ],
                ignore_index=True,
            )
        for topic, group in rows.groupby("topic", sort=True):
            total = sum(counts.get(c, 0) for c in group["code"])
            top = QStandardItem(str(topic))
            top.setEditable(False)
            top_count = QStandardItem(str(total))
            top_count.setEditable(False)
            for r in group.sort_values("name").itertuples(index=False):
                item = QStandardItem(str(r.name))
                item.setData(str(r.code), CODE_ROLE)
                item.setToolTip(f"{r.code} — {r.kind}, {r.unit}\n{r.description}".strip())
                item.setEditable(False)
                n = QStandardItem(str(counts.get(r.code, 0)))
                n.setEditable(False)
                n.setData(str(r.code), CODE_ROLE)
                if not counts.get(r.code):
                    item.setForeground(Qt.GlobalColor.gray)
                top.appendRow([item, n])
            self.appendRow([top, top_count])
        self.blockSignals(False)
        self.endResetModel()


class CatalogueFilter(QSortFilterProxyModel):
    """Search box filter: keeps topics whose indicators match (small tree only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
