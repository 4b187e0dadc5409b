"""The indicator catalogue as a tree: topic -> indicator, with observation counts.

The catalogue is small (hundreds to a few thousand indicators), so a QStandardItemModel
rebuilt on change is the simplest correct adapter; counts come from one value_counts on
the category codes of the current selection.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(["Indicator", "Figures"])

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
