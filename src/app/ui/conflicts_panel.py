"""Conflicts view: every disagreement of the pair, the sources side by side, and the
choice of a preferred value (an undoable edit through the session).

The list is small (dozens of groups), so a QStandardItemModel tree is the simple adapter:
a conflict per top row, its observations as children.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.analytics import conflict_sentence, find_conflicts, prefer
from app.domain.edits import SetValues
from app.domain.store import ObservationStore
from app.domain.units import format_quantity

OBS_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ["Conflict / source", "Value", "Reporter", "Preferred"]


def _item(text: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(tip)
    return item


class ConflictsPanel(QWidget):
    #: the user chose a preferred value: the edit to push
    preferred_chosen = Signal(object)
    #: an observation was selected in the list: obs_id
    observation_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(HEADERS)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.prefer_button = QPushButton("Mark preferred")
        self.prefer_button.setToolTip("Use this source's value in charts and summaries "
                                      "(undo with Ctrl+Z)")
        self.prefer_button.setEnabled(False)
        self.prefer_button.clicked.connect(self.mark_current_preferred)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.prefer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self._observations = pd.DataFrame()
        self.conflicts = pd.DataFrame()

    def rebuild(self, store: ObservationStore, mask: np.ndarray) -> None:
        obs = store.observations[mask]
        self._observations = store.observations
        self.conflicts = find_conflicts(obs, store.sources)
        names = store.indicator_names()
        labels = store.source_label_by_id()
        self.model.removeRows(0, self.model.rowCount())
        for c in self.conflicts.itertuples(index=False):
            text = conflict_sentence(pd.Series(c._asdict()), names)
            top = [_item(text, text), _item(f"{c.spread_pct:.1f} % apart"), _item(""),
                   _item("")]
            for obs_id, value, sid in zip(c.obs_ids, c.values, c.source_ids, strict=True):
                row = store.rows([int(obs_id)]).iloc[0]
                child = _item(labels.get(int(sid), "unknown source"),
                              str(store.source(int(sid)).get("quote", "")))
                child.setData(int(obs_id), OBS_ROLE)
                child.setData(list(c.obs_ids), GROUP_ROLE)
                pref = "✓" if bool(row["preferred"]) else ""
                top[0].appendRow([child, _item(format_quantity(float(value), str(c.unit))),
                                  _item(str(row["reporter"])), _item(pref)])
            self.model.appendRow(top)
        self.tree.expandAll()
        open_ = int((self.conflicts["preferred_obs_id"] < 0).sum()) if len(self.conflicts) \
            else 0
        self.summary.setText(f"{len(self.conflicts)} disagreements, {open_} without a "
                             "preferred value. Select a source and mark it preferred.")

    def _current(self, *_: object) -> None:
        obs_id = self.tree.currentIndex().siblingAtColumn(0).data(OBS_ROLE)
        self.prefer_button.setEnabled(obs_id is not None)
        if obs_id is not None:
            self.observation_selected.emit(int(obs_id))

    def select_obs(self, obs_id: int) -> bool:
        for r in range(self.model.rowCount()):
            top = self.model.item(r, 0)
            for c in range(top.rowCount()):
                if top.child(c, 0).data(OBS_ROLE) == obs_id:
                    self.tree.setCurrentIndex(top.child(c, 0).index())
                    return True
        return False

    def mark_current_preferred(self) -> SetValues | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        obs_id, group = index.data(OBS_ROLE), index.data(GROUP_ROLE)
        if obs_id is None or not group:
            return None
        edit = prefer(self._observations, [int(i) for i in group], int(obs_id))
        self.preferred_chosen.emit(edit)
        return edit
