"""The main window: composes the panels and wires their signals, in one place.

Layout: catalogue (left) | observations table over the chart (centre) | source (right dock).
Menus and the toolbar are built from :mod:`app.ui.actions`. File and edit work lives in
:mod:`app.ui.file_actions` so this module stays a composition.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.domain.selection import pair_mask
from app.qt.messages import Level, MessageBus
from app.qt.observation_model import ObservationTableModel
from app.qt.session import DeskSession
from app.qt.settings import Settings
from app.qt.tasks import TaskRunner
from app.ui.actions import ACTIONS
from app.ui.catalogue_panel import CataloguePanel
from app.ui.chart_panel import ChartPanel
from app.ui.conflicts_panel import ConflictsPanel
from app.ui.file_actions import FileActions
from app.ui.pair_selector import PairSelector
from app.ui.source_panel import SourcePanel
from app.ui.table_panel import TablePanel


class MainWindow(QMainWindow, FileActions):
    def __init__(self, session: DeskSession, settings: Settings, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bus: MessageBus = session.bus
        self.settings = settings
        self.runner = runner
        self.indicator = ("", "")
        self.pair_box = PairSelector(settings.get("desk/reporter"), settings.get("desk/partner"))
        self.catalogue = CataloguePanel()
        self.model = ObservationTableModel(session, self, runner)
        self.table = TablePanel(self.model)
        self.chart = ChartPanel()
        self.source = SourcePanel()
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(self.table)
        self.centre.addWidget(self.chart)
        self.centre.setSizes([420, 320])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.catalogue)
        self.splitter.addWidget(self.centre)
        self.splitter.setSizes([320, 900])
        self.setCentralWidget(self.splitter)
        dock = QDockWidget("Source", self)
        dock.setObjectName("source_dock")
        dock.setWidget(self.source)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.conflicts = ConflictsPanel()
        conflicts_dock = QDockWidget("Conflicts", self)
        conflicts_dock.setObjectName("conflicts_dock")
        conflicts_dock.setWidget(self.conflicts)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, conflicts_dock)
        self.tabifyDockWidget(dock, conflicts_dock)
        dock.raise_()
        self.actions_by_id = self._build_actions()
        self._wire()
        self.setAcceptDrops(True)
        self._restore_layout()
        self.refresh_all()

    # --- construction ---------------------------------------------------------------------

    def _build_actions(self) -> dict[str, QAction]:
        menus: dict[str, object] = {}
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            if spec.id == "edit.undo":
                act = self.session.undo_stack.createUndoAction(self, "&Undo")
            elif spec.id == "edit.redo":
                act = self.session.undo_stack.createRedoAction(self, "&Redo")
            else:
                act = QAction(spec.text, self)
                act.triggered.connect(getattr(self, spec.handler))
            if spec.icon:
                act.setIcon(QIcon.fromTheme(spec.icon))
            if spec.shortcut is not None:
                act.setShortcut(QKeySequence(spec.shortcut))
            if spec.id == "edit.redo":
                act.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            if spec.tip:
                act.setStatusTip(spec.tip)
            menu = menus.get(spec.menu) or self.menuBar().addMenu(spec.menu)
            menus[spec.menu] = menu
            menu.addAction(act)  # type: ignore[attr-defined]
            if spec.toolbar:
                toolbar.addAction(act)
            actions[spec.id] = act
        toolbar.addSeparator()
        toolbar.addWidget(self.pair_box)
        return actions

    def _wire(self) -> None:
        self.bus.message.connect(self._show_message)
        self.session.changed.connect(lambda _ops: self.refresh_views())
        self.session.replaced.connect(self.refresh_all)
        self.pair_box.pair_changed.connect(lambda _a, _b: self.refresh_all())
        self.catalogue.indicator_chosen.connect(self.choose_indicator)
        self.table.current_changed.connect(self.show_observation)
        self.chart.point_clicked.connect(self.table.select_obs)
        self.model.edit_rejected.connect(lambda msg: self.bus.warning(f"Not changed: {msg}"))
        self.source.link_refused.connect(self.bus.warning)
        self.conflicts.preferred_chosen.connect(self.session.push)
        self.conflicts.observation_selected.connect(self.table.select_obs)

    # --- views ----------------------------------------------------------------------------

    def pair(self) -> tuple[str, str]:
        return self.pair_box.pair()

    def pair_selection(self) -> np.ndarray:
        return pair_mask(self.session.store.observations, *self.pair())

    def refresh_all(self) -> None:
        """After a pair change or a new workspace: catalogue, table and chart."""
        mask = self.pair_selection()
        self._rebuild_panels(mask)
        self.model.spec.pair = self.pair()
        self.model.refresh()
        if not self.indicator[0] or not self.catalogue.select_code(self.indicator[0]):
            self._choose_busiest_indicator(mask)
        self._update_chart()
        self._update_title()

    def _choose_busiest_indicator(self, mask: np.ndarray) -> None:
        """Open on the indicator with the most figures for the pair (trade turnover here)."""
        counts = self.session.store.observations["indicator"][mask].astype(str).value_counts()
        if len(counts):
            code = str(counts.index[0])
            self.indicator = (code, self.session.store.indicator_names().get(code, code))
            self.catalogue.select_code(code)

    def refresh_views(self) -> None:
        """After an edit (the table model follows the session by itself): counts,
        conflicts and chart."""
        self._rebuild_panels(self.pair_selection())
        if self.indicator[0]:
            self.catalogue.select_code(self.indicator[0])
        self._update_chart()

    def _rebuild_panels(self, mask: np.ndarray) -> None:
        store = self.session.store
        self.catalogue.model.rebuild(store.indicators, store.observations, mask)
        self.catalogue.tree.expandAll()
        self.conflicts.rebuild(store, mask)

    def choose_indicator(self, code: str, name: str) -> None:
        self.indicator = (code, name)
        self._update_chart()

    def chart_inputs(self) -> tuple[str, str, pd.DataFrame, dict[int, str], str, pd.DataFrame]:
        """What ChartPanel.show_indicator needs to draw the current indicator and pair."""
        store = self.session.store
        code, name = self.indicator
        obs = store.observations[self.pair_selection()]
        units = dict(zip(store.indicators.get("code", []), store.indicators.get("unit", []),
                         strict=False))
        return (name, code, obs, store.source_label_by_id(), str(units.get(code, "")),
                store.sources)

    def _update_chart(self) -> None:
        self.chart.show_indicator(*self.chart_inputs())

    def show_observation(self, obs_id: int) -> None:
        if obs_id < 0:
            self.source.show_source(None)
            return
        store = self.session.store
        row = store.rows([obs_id]).iloc[0]
        self.source.show_source(store.source(int(row["source_id"])), str(row["note"]),
                                str(row["period_text"]), self.model.claim_of(obs_id))
        code = str(row["indicator"])
        if code != self.indicator[0]:
            self.indicator = (code, store.indicator_names().get(code, code))
            self._update_chart()

    def _update_title(self) -> None:
        ws = self.session.desk.workspace
        ro = " [read-only]" if ws.read_only else ""
        self.setWindowTitle(f"{ws.path.name}{ro} — {APP_NAME}")
        if ws.read_only:
            self.bus.warning(ws.read_only_message())

    def _show_message(self, level: int, text: str, details: str) -> None:
        self.statusBar().showMessage(text, 10000)
        if level >= Level.ERROR:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, parent=self)
            if details:
                box.setDetailedText(details)
            box.open()

    # --- simple handlers ------------------------------------------------------------------

    def undo(self) -> None:  # the actions come from the undo stack; kept for completeness
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()

    def focus_filter(self) -> None:
        self.table.filter.setFocus()
        self.table.filter.selectAll()

    def reset_chart(self) -> None:
        self.chart.reset_view()

    def export_briefing(self) -> None:
        from app.ui.export_dialog import run_export_dialog

        run_export_dialog(self)

    def export_table(self) -> None:
        from app.ui.export_dialog import export_table_data

        export_table_data(self)

    def export_chart(self) -> None:
        from app.ui.chart_export import export_chart

        export_chart(self)

    def copy_chart(self) -> None:
        from app.ui.chart_export import copy_chart

        copy_chart(self)

    def copy_cells(self) -> None:
        text = self.table.copy_selection()
        if text:
            self.bus.info(f"Copied {text.count(chr(10))} rows as tab-separated text.")

    def about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<b>{APP_NAME} {__version__}</b><p>A sourced desk for bilateral-"
                          "relations indicators: browse, correct, chart, check claims and "
                          "brief.</p>")

    # --- layout memory --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = self.settings
        if not s.get("window/geometry").isEmpty():
            self.restoreGeometry(s.get("window/geometry"))
        else:
            self.resize(1400, 860)
        if not s.get("window/state").isEmpty():
            self.restoreState(s.get("window/state"))
        for key, widget in (("window/splitter_main", self.splitter),
                            ("window/splitter_centre", self.centre)):
            if not s.get(key).isEmpty():
                widget.restoreState(s.get(key))
        if not s.get("window/header").isEmpty():
            self.table.view.horizontalHeader().restoreState(s.get("window/header"))

    def save_layout(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/splitter_main", self.splitter.saveState())
        s.set("window/splitter_centre", self.centre.saveState())
        s.set("window/header", self.table.view.horizontalHeader().saveState())
        a, b = self.pair()
        s.set("desk/reporter", a)
        s.set("desk/partner", b)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
