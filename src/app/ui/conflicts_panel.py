"""Conflicts view: every disagreement of the pair, the sources side by side, and the
choice of a preferred value (an undoable edit through the session).

The list is small (dozens of groups), so a QStandardItemModel tree is the simple adapter:
a conflict per top row, its observations as children. Finding the conflicts reads the
whole selection, so with a task runner it runs in a worker (a :class:`TaskSlot`: a newer
rebuild drops an older one) and the tree is filled from plain :class:`ConflictRow` texts
when they arrive; without one it runs at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
from app.qt.tasks import TaskRunner, TaskSlot

OBS_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ["Conflict / source", "Value", "Reporter", "Preferred"]


@dataclass(frozen=True)
class SourceRow:
    """One observation of a conflict, as the tree shows it."""

    obs_id: int
    label: str
    quote: str
    value: str
    reporter: str
    preferred: bool


@dataclass(frozen=True)
class ConflictRow:
    """One disagreement: its sentence, how far apart the figures are, its sources."""

    text: str
    spread: str
    group: list[int]
    sources: list[SourceRow]


@dataclass(frozen=True)
class Listing:
    conflicts: pd.DataFrame
    rows: list[ConflictRow]


def conflict_listing(
    observations: pd.DataFrame,
    mask: np.ndarray,
    sources: pd.DataFrame,
    names: dict[str, str],
    labels: dict[int, str],
) -> Listing:
    """The conflicts among the rows of ``mask`` as texts for the tree; runs on any thread
    (it reads the frames it is given, not the store)."""
    obs = observations[mask]
    conflicts = find_conflicts(obs, sources)
    records: list[dict[Any, Any]] = conflicts.to_dict("records")
    hit = obs[obs["obs_id"].isin({int(i) for c in records for i in c["obs_ids"]})]
    facts = dict(
        zip(
            hit["obs_id"].astype(int),
            zip(hit["reporter"].astype(str), hit["preferred"].astype(bool), strict=True),
            strict=True,
        )
    )
    quotes = dict(zip(sources["source_id"].astype(int), sources["quote"].astype(str), strict=True))
    rows = []
    for c in records:
        children = [
            SourceRow(
                int(o),
                labels.get(int(s), "unknown source"),
                quotes.get(int(s), ""),
                format_quantity(float(v), str(c["unit"])),
                *facts[int(o)],
            )
            for o, v, s in zip(c["obs_ids"], c["values"], c["source_ids"], strict=True)
        ]
        rows.append(
            ConflictRow(
                conflict_sentence(pd.Series(c), names),
                f"{c['spread_pct']:.1f} % apart",
                [int(i) for i in c["obs_ids"]],
                children,
            )
        )
    return Listing(conflicts, rows)


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

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: TaskSlot[Listing] | None = TaskSlot(runner) if runner else None
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
        self.prefer_button.setToolTip(
            "Use this source's value in charts and summaries (undo with Ctrl+Z)"
        )
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
        #: the listing describes an earlier store while a rebuild runs: nothing to act on
        self._stale = False

    def rebuild(self, store: ObservationStore, mask: np.ndarray) -> None:
        """List the conflicts among the rows of ``mask`` (at once, or when the worker is
        done: a later rebuild supersedes an earlier one still running)."""
        observations, sources = store.observations, store.sources
        names, labels = store.indicator_names(), store.source_label_by_id()
        mask = mask.copy()  # the caller may reuse its array while the worker reads this one

        def work(*_: object) -> Listing:
            return conflict_listing(observations, mask, sources, names, labels)

        if self._task is None:
            self._show(observations, work())
            return
        self.summary.setText("Looking for disagreements…")
        self._stale = True
        self.prefer_button.setEnabled(False)

        def show(listing: Listing) -> None:
            self._show(observations, listing)

        self._task.start(work, on_done=show, on_error=self._failed)

    def _show(self, observations: pd.DataFrame, listing: Listing) -> None:
        self._observations = observations
        self._stale = False
        self.conflicts = listing.conflicts
        self.model.removeRows(0, self.model.rowCount())
        for c in listing.rows:
            top = [_item(c.text, c.text), _item(c.spread), _item(""), _item("")]
            for s in c.sources:
                child = _item(s.label, s.quote)
                child.setData(s.obs_id, OBS_ROLE)
                child.setData(c.group, GROUP_ROLE)
                top[0].appendRow(
                    [child, _item(s.value), _item(s.reporter), _item("✓" if s.preferred else "")]
                )
            self.model.appendRow(top)
        self.tree.expandAll()
        open_ = int((self.conflicts["preferred_obs_id"] < 0).sum()) if len(self.conflicts) else 0
        self.summary.setText(
            f"{len(self.conflicts)} disagreements, {open_} without a "
            "preferred value. Select a source and mark it preferred."
        )

    def _failed(self, message: str, _trace: str) -> None:
        self.model.removeRows(0, self.model.rowCount())  # nothing stale left to act on
        self._stale = False
        self.summary.setText(f"The disagreements could not be listed: {message}")

    def _current(self, *_: object) -> None:
        obs_id = self.tree.currentIndex().siblingAtColumn(0).data(OBS_ROLE)
        self.prefer_button.setEnabled(obs_id is not None and not self._stale)
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
        if obs_id is None or not group or self._stale:
            return None  # nothing chosen, or the list is being rebuilt after a change
        edit = prefer(self._observations, [int(i) for i in group], int(obs_id))
        self.preferred_chosen.emit(edit)
        return edit
