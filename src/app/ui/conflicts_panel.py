"""Conflicts view: every disagreement of the pair, the sources side by side, and the
choice of a preferred value (an undoable edit through the session).

Each conflict is named by what it is about, short enough to read in a narrow dock:
indicator, period and pair ("Trade turnover · 2024 · CHN–AZE"); the columns are sized to
their contents after each fill (a horizontal scroll bar rather than "…"), and every cell's
tooltip carries the whole text: how many sources disagree, how far apart, which figure
charts and summaries use.

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

from app.domain.analytics import find_conflicts, prefer
from app.domain.edits import SetValues
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.tasks import TaskRunner, TaskSlot, after_repaint

OBS_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = (
    str(QT_TRANSLATE_NOOP("conflicts_panel", "Conflict / source")),
    str(QT_TRANSLATE_NOOP("conflicts_panel", "Value")),
    str(QT_TRANSLATE_NOOP("conflicts_panel", "Reporter")),
    str(QT_TRANSLATE_NOOP("conflicts_panel", "Preferred")),
)
#: why the analytics use the figure they use (app.domain.analytics.conflicts "used_rule")
RULE_WORDS = {
    "preferred": str(QT_TRANSLATE_NOOP("conflicts_panel", "marked preferred")),
    "most recently published": str(QT_TRANSLATE_NOOP("conflicts_panel", "the latest published")),
    "each side's own figure": str(QT_TRANSLATE_NOOP("conflicts_panel", "each side's own figure")),
}
#: the widest a source's label opens the first column (pixels); a longer one is shortened
#: in the middle ("Ministry of … (Global Times)") and whole in its tooltip. A conflict's
#: own label is never shortened: the first column is always as wide as the widest.
SOURCE_LABEL_WIDTH = 300


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
    """One disagreement: its short label, the whole explanation (tooltip), how far apart
    the figures are, its sources."""

    text: str
    tip: str
    spread: str
    group: list[int]
    sources: list[SourceRow]


def conflict_label(c: dict[Any, Any], names: dict[str, str]) -> str:
    """What a conflict is about, short: "Trade turnover · 2024 · CHN–AZE" (the subject, if
    any, after the pair). Names and codes are data: not translated."""
    name = names.get(str(c["indicator"]), str(c["indicator"]))
    pair = "–".join(p for p in (str(c["reporter"]), str(c["partner"])) if p)
    parts = [name, str(c["period"]), pair, str(c.get("subject", "") or "")]
    return " · ".join(p for p in parts if p)


def spread_text(spread_pct: float) -> str:
    """ "13.0 % apart" (or "—" when the figures have no ratio: a zero or negative one)."""
    if not np.isfinite(spread_pct):
        return "—"
    return translate("conflicts_panel", "{spread} % apart").format(spread=f"{spread_pct:.1f}")


def conflict_tip(c: dict[Any, Any], label: str, used_source: str) -> str:
    """The tooltip of a conflict: its label, who disagrees, the range, the figure used."""
    unit = str(c["unit"])
    if c["kind"] == "sources":
        n = int(c["n"])  # a plain name: pyside6-lupdate skips a call with an expression here
        who = translate("conflicts_panel", "%n sources disagree", "", n)
    else:
        who = translate("conflicts_panel", "The two sides' statistics disagree (mirror figures)")
    low, high = format_quantity(float(c["min"]), unit), format_quantity(float(c["max"]), unit)
    pct = float(c["spread_pct"])
    if np.isfinite(pct):
        span = translate("conflicts_panel", "From {low} to {high}, {spread} % apart").format(
            low=low, high=high, spread=f"{pct:.1f}"
        )
    else:
        span = translate("conflicts_panel", "From {low} to {high}").format(low=low, high=high)
    rule = str(c["used_rule"])
    used_value = dict(zip(c["obs_ids"], c["values"], strict=True)).get(c["used_obs_id"])
    used = translate("conflicts_panel", "Charts and summaries use {value} ({source}): {rule}")
    lines = [label, who, span]
    if used_value is not None:
        rule_words = translate("conflicts_panel", RULE_WORDS[rule]) if rule in RULE_WORDS else rule
        lines.append(
            used.format(
                value=format_quantity(float(used_value), unit),
                source=used_source,
                rule=rule_words,
            )
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class Listing:
    conflicts: pd.DataFrame
    rows: list[ConflictRow]


def conflict_listing(
    observations: pd.DataFrame,
    at: np.ndarray,
    sources: pd.DataFrame,
    names: dict[str, str],
    labels: dict[int, str],
) -> Listing:
    """The conflicts among the rows ``at`` (positions or a mask) as texts for the tree;
    runs on any thread (it reads the frames it is given, not the store)."""
    obs = observations.iloc[at]
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
    unknown = translate("conflicts_panel", "unknown source")
    rows = []
    for c in records:
        children = [
            SourceRow(
                int(o),
                labels.get(int(s), unknown),
                quotes.get(int(s), ""),
                format_quantity(float(v), str(c["unit"])),
                *facts[int(o)],
            )
            for o, v, s in zip(c["obs_ids"], c["values"], c["source_ids"], strict=True)
        ]
        label = conflict_label(c, names)
        by_obs = dict(zip(c["obs_ids"], c["source_ids"], strict=True))
        used_source = labels.get(int(by_obs.get(c["used_obs_id"], -1)), unknown)
        rows.append(
            ConflictRow(
                label,
                conflict_tip(c, label, used_source),
                spread_text(float(c["spread_pct"])),
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
        self.model.setHorizontalHeaderLabels([translate("conflicts_panel", h) for h in HEADERS])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        # sized to the contents after each fill (see _fit_columns), then the user's to drag;
        # the last column takes what is left, so nothing is squeezed into "…"
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.prefer_button = QPushButton(translate("conflicts_panel", "Mark preferred"))
        self.prefer_button.setToolTip(
            translate(
                "conflicts_panel",
                "Use this source's value in charts and summaries (undo with Ctrl+Z)",
            )
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
        #: the store listed last: "Mark preferred" reads the figures' flags as they are now
        self._store: ObservationStore | None = None
        self.conflicts = pd.DataFrame()
        #: the listing describes an earlier store while a rebuild runs: nothing to act on
        self._stale = False

    def rebuild(self, store: ObservationStore, rows: np.ndarray) -> None:
        """List the conflicts among ``rows`` (positions or a mask; at once, or when the
        worker is done: a later rebuild supersedes an earlier one still running)."""
        # a shallow copy: copy-on-write keeps what the worker reads as it is now, whatever
        # an edit made meanwhile writes
        observations, sources = store.observations.copy(deep=False), store.sources
        names, labels = store.indicator_names(), store.source_label_by_id()
        rows = rows.copy()  # the caller may reuse its array while the worker reads this one

        def work(*_: object) -> Listing:
            return conflict_listing(observations, rows, sources, names, labels)

        self._store = store
        if self._task is None:
            self._show(work())
            return
        self.summary.setText(translate("conflicts_panel", "Looking for disagreements…"))
        self._stale = True
        self.prefer_button.setEnabled(False)

        with after_repaint():  # a dock behind Source: the window repaints first
            self._task.start(work, on_done=self._show, on_error=self._failed)

    def _show(self, listing: Listing) -> None:
        # no reference to the worker's copy of the observations is kept: an edit would
        # then copy the whole column it writes (copy-on-write), 80 MB at 10M figures
        self._stale = False
        self.conflicts = listing.conflicts
        self.model.removeRows(0, self.model.rowCount())
        for c in listing.rows:
            top = [_item(c.text, c.tip), _item(c.spread, c.tip), _item(""), _item("")]
            for s in c.sources:
                tip = f"{s.label}\n“{s.quote}”" if s.quote else s.label
                child = _item(s.label, tip)
                child.setData(s.obs_id, OBS_ROLE)
                child.setData(c.group, GROUP_ROLE)
                top[0].appendRow(
                    [
                        child,
                        _item(s.value, tip),
                        _item(s.reporter),
                        _item("✓" if s.preferred else ""),
                    ]
                )
            self.model.appendRow(top)
        self.tree.expandAll()
        self._fit_columns()
        open_ = int((self.conflicts["preferred_obs_id"] < 0).sum()) if len(self.conflicts) else 0
        total = len(self.conflicts)
        text = translate("conflicts_panel", "Disagreements: %n.", "", total)
        if open_:
            text += " " + translate(
                "conflicts_panel",
                "Without a preferred value: %n. Select a source and mark it preferred.",
                "",
                open_,
            )
        self.summary.setText(text)

    def _fit_columns(self) -> None:
        """The first column as wide as the widest conflict label (and source labels up to
        SOURCE_LABEL_WIDTH), the others as wide as their contents; the header's titles
        count too. A narrow dock scrolls sideways rather than cut a label to "…"."""
        header = self.tree.header()
        metrics = self.tree.fontMetrics()
        indent = self.tree.indentation()
        margin = (
            2 * self.tree.style().pixelMetric(self.tree.style().PixelMetric.PM_FocusFrameHMargin)
            + 8
        )
        top = [self.model.item(r, 0) for r in range(self.model.rowCount())]
        conflicts = [metrics.horizontalAdvance(t.text()) + indent for t in top]
        sources = [
            min(metrics.horizontalAdvance(t.child(c, 0).text()), SOURCE_LABEL_WIDTH) + 2 * indent
            for t in top
            for c in range(t.rowCount())
        ]
        first = max([*conflicts, *sources, 0]) + margin
        self.tree.setColumnWidth(0, max(first, header.sectionSizeHint(0)))
        for column in range(1, self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
            wide = max(self.tree.columnWidth(column), header.sectionSizeHint(column))
            self.tree.setColumnWidth(column, wide)

    def _failed(self, message: str, _trace: str) -> None:
        self.model.removeRows(0, self.model.rowCount())  # nothing stale left to act on
        self._stale = False
        self.summary.setText(
            translate("conflicts_panel", "The disagreements could not be listed: {error}").format(
                error=message
            )
        )

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
        if obs_id is None or not group or self._stale or self._store is None:
            return None  # nothing chosen, or the list is being rebuilt after a change
        edit = prefer(self._store.observations, [int(i) for i in group], int(obs_id))
        self.preferred_chosen.emit(edit)
        return edit
