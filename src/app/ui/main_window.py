"""The main window: composes the panels and wires their signals, in one place.

Layout: catalogue (left) | observations table over the chart (centre) | source (right dock);
the project registry and the claims in bottom docks, hidden until View > Projects / Claims.
Menus and the toolbar are built from :mod:`app.ui.actions`. The window is handed a
:class:`~app.qt.context.DeskContext` by :mod:`app.main` and passes it on to its controllers
(:mod:`app.ui.workspace_actions`, :mod:`app.ui.edit_actions`, :mod:`app.ui.export_actions`,
:mod:`app.ui.view_actions`), which get the panels and callables they need, never the window,
so this module stays a composition.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.domain.chart import chart_spec
from app.domain.derive.lineage import derivation_text
from app.domain.edits import touches_observations
from app.domain.selection import pair_mask
from app.domain.vintages import figure_vintages, source_retrievals
from app.qt.context import DeskContext
from app.qt.messages import Level
from app.qt.observation_model import ObservationTableModel
from app.qt.settings import (
    DESK_PARTNER,
    DESK_REPORTER,
    SPLITTER_CENTRE,
    SPLITTER_MAIN,
    TABLE_HEADER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
)
from app.ui.actions import ACTIONS
from app.ui.analysis_actions import AnalysisActions
from app.ui.catalogue_panel import CataloguePanel
from app.ui.chart_panel import ChartPanel
from app.ui.claim_actions import ClaimActions
from app.ui.claims_panel import ClaimsPanel
from app.ui.conflicts_panel import ConflictsPanel
from app.ui.edit_actions import EditActions
from app.ui.event_dialog import ChartEvents
from app.ui.export_actions import ExportActions
from app.ui.fetch_actions import FetchActions
from app.ui.live_updates import LiveUpdates
from app.ui.pair_selector import PairSelector
from app.ui.project_actions import ProjectActions
from app.ui.projects_panel import ProjectsPanel
from app.ui.source_panel import SourcePanel
from app.ui.table_panel import TablePanel
from app.ui.view_actions import ViewActions
from app.ui.workspace_actions import WorkspaceActions


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.bus = ctx.bus
        self.settings = ctx.settings
        self.runner = ctx.runner
        self.indicator = ("", "")
        self.pair_box = PairSelector(
            self.settings.get(DESK_REPORTER), self.settings.get(DESK_PARTNER)
        )
        self.catalogue = CataloguePanel()
        self.model = ObservationTableModel(self.session, self, ctx.runner)
        self.table = TablePanel(self.model)
        self.chart = ChartPanel()
        self.chart_events = ChartEvents(ctx, self.chart, self.pair)
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
        self.conflicts = ConflictsPanel(ctx.runner)
        conflicts_dock = QDockWidget("Conflicts", self)
        conflicts_dock.setObjectName("conflicts_dock")
        conflicts_dock.setWidget(self.conflicts)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, conflicts_dock)
        self.tabifyDockWidget(dock, conflicts_dock)
        dock.raise_()
        self.projects = ProjectsPanel(self.session)
        self.projects_dock = QDockWidget("Projects", self)
        self.projects_dock.setObjectName("projects_dock")
        self.projects_dock.setWidget(self.projects)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.projects_dock)
        self.projects_dock.hide()  # View > Projects; the saved window state may show it
        self.claims = ClaimsPanel(self.session, ctx.runner, self.pair)
        self.claims_dock = QDockWidget("Claims", self)
        self.claims_dock.setObjectName("claims_dock")
        self.claims_dock.setWidget(self.claims)
        self.tabifyDockWidget(self.projects_dock, self.claims_dock)
        self.claims_dock.hide()  # View > Claims
        self.workspaces = WorkspaceActions(ctx, self)
        self.edits = EditActions(
            ctx,
            self,
            pair=self.pair,
            indicator=lambda: self.indicator[0],
            selected_ids=self.table.selected_obs_ids,
        )
        self.exports = ExportActions(
            ctx, self, chart=self.chart, pair=self.pair, table_order=lambda: self.model.order
        )
        self.project_actions = ProjectActions(
            ctx, self, self.projects, current_obs_id=self.current_obs_id
        )
        self.claim_actions = ClaimActions(ctx, self, self.claims)
        self.views = ViewActions(
            ctx,
            self,
            table=self.table,
            chart=self.chart,
            pair=self.pair,
            set_pair=self.pair_box.set_pair,
            indicator=lambda: self.indicator[0],
            show_indicator=self.show_indicator,
        )
        self.analysis = AnalysisActions(
            ctx,
            self,
            pair=self.pair,
            indicator=lambda: self.indicator[0],
            show_figures=self.show_figures,
            select_obs=self.table.select_obs,
        )
        self.fetches = FetchActions(ctx, self, pair=self.pair, indicator=lambda: self.indicator[0])
        self.views.register_panel("compare", self.analysis.compare)
        self.views.register_panel("pivot", self.analysis.pivot)
        self.live = LiveUpdates(ctx, self)
        self.menus: dict[str, QMenu] = {}
        self.actions_by_id = self._build_actions()
        self.menus["&View"].insertMenu(self.actions_by_id["view.manage_views"], self.views.menu)
        self._wire()
        self.setAcceptDrops(True)
        self._restore_layout()
        self.refresh_all()

    # --- construction ---------------------------------------------------------------------

    def _build_actions(self) -> dict[str, QAction]:
        menus = self.menus
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
                handler = self.handler(spec.handler)
                act.triggered.connect(lambda _checked=False, run=handler: run())
            if spec.icon:
                act.setIcon(QIcon.fromTheme(spec.icon))
            if spec.shortcut is not None:
                act.setShortcut(QKeySequence(spec.shortcut))
            if spec.id == "edit.redo":
                act.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            if spec.id in ("edit.undo", "edit.redo"):
                _short_on_toolbar(act, "Undo" if spec.id == "edit.undo" else "Redo")
            if spec.tip:
                act.setStatusTip(spec.tip)
            menu = menus.get(spec.menu) or self.menuBar().addMenu(spec.menu)
            menus[spec.menu] = menu
            menu.addAction(act)
            if spec.toolbar:
                toolbar.addAction(act)
            actions[spec.id] = act
        toolbar.addSeparator()
        toolbar.addWidget(self.pair_box)
        return actions

    def handler(self, name: str) -> Callable[[], object]:
        """What an action's handler names: "controller.method" or a method of the window."""
        target: object = self
        for part in name.split("."):
            target = getattr(target, part)
        if not callable(target):
            raise TypeError(f"action handler {name!r} is not callable")
        return target

    def _wire(self) -> None:
        self.bus.message.connect(self._show_message)
        # counts, conflicts and the chart's figures follow observations only; claims,
        # projects and events have their own listeners (their panels, the event strip)
        self.session.changed.connect(
            lambda ops: self.refresh_views() if touches_observations(ops) else None
        )
        self.session.replaced.connect(self.refresh_all)
        self.pair_box.pair_changed.connect(lambda _a, _b: self.refresh_all())
        self.catalogue.indicator_chosen.connect(self.choose_indicator)
        self.catalogue.indicator_chosen.connect(self.table.filter_indicator)
        self.table.current_changed.connect(self.show_observation)
        self.chart.point_clicked.connect(self.table.select_obs)
        self.model.edit_rejected.connect(lambda msg: self.bus.warning(f"Not changed: {msg}"))
        self.source.link_refused.connect(self.bus.warning)
        self.conflicts.preferred_chosen.connect(self.session.push)
        self.conflicts.observation_selected.connect(self.table.select_obs)
        self.projects.observation_selected.connect(self.table.select_obs)
        self.pair_box.pair_changed.connect(lambda _a, _b: self.claims.model.refresh())
        self.pair_box.pair_changed.connect(lambda _a, _b: self.analysis.refresh())
        self.catalogue.compare_requested.connect(self.analysis.add_to_comparison)
        self.table.current_changed.connect(self.claims.set_current_obs)
        self.claims.indicator_requested.connect(self.show_indicator)
        self.claims.figures_requested.connect(self.show_figures)
        for action_id, dock in (
            ("view.projects", self.projects_dock),
            ("view.claims", self.claims_dock),
            ("view.compare", self.analysis.compare_dock),
            ("view.pivot", self.analysis.pivot_dock),
        ):
            action = self.actions_by_id[action_id]
            action.setCheckable(True)
            dock.visibilityChanged.connect(action.setChecked)

    # --- views ----------------------------------------------------------------------------

    def pair(self) -> tuple[str, str]:
        return self.pair_box.pair()

    def pair_selection(self) -> np.ndarray:
        return pair_mask(self.session.store.observations, *self.pair())

    def refresh_all(self) -> None:
        """After a pair change or a new workspace: catalogue, table and chart."""
        mask = self.pair_selection()
        self._rebuild_panels(mask)
        self.model.update_spec(pair=self.pair())
        if not self.indicator[0] or not self._select_quietly(self.indicator[0]):
            self._choose_busiest_indicator(mask)
            self.table.follow_indicator(*self.indicator)
        self._update_chart()
        self._update_events()
        self._update_title()

    def _choose_busiest_indicator(self, mask: np.ndarray) -> None:
        """Open on the indicator with the most figures for the pair (trade turnover here)."""
        counts = self.session.store.observations["indicator"][mask].astype(str).value_counts()
        if len(counts):
            code = str(counts.index[0])
            self.indicator = (code, self.session.store.indicator_names().get(code, code))
            self._select_quietly(code)

    def refresh_views(self) -> None:
        """After an edit, own or another user's (the table model follows the session by
        itself): counts, conflicts, chart, and the source panel of the current figure."""
        self._rebuild_panels(self.pair_selection())
        if self.indicator[0]:
            self._select_quietly(self.indicator[0])
        self._update_chart()
        current = self.current_obs_id()
        if current is not None:
            self.show_observation(current)

    def _select_quietly(self, code: str) -> bool:
        """Show ``code`` as current in the catalogue without redrawing the chart (the
        caller draws it once; a catalogue click still draws through indicator_chosen)."""
        was_blocked = self.catalogue.blockSignals(True)
        try:
            return self.catalogue.select_code(code)
        finally:
            self.catalogue.blockSignals(was_blocked)

    def _rebuild_panels(self, mask: np.ndarray) -> None:
        store = self.session.store
        self.catalogue.model.rebuild(store.indicators, store.observations, mask)
        self.catalogue.tree.expandAll()
        self.conflicts.rebuild(store, mask)

    def choose_indicator(self, code: str, name: str) -> None:
        self.indicator = (code, name)
        self._update_chart()

    def show_indicator(self, code: str) -> None:
        """Chart ``code`` (a claim's indicator) unless it is charted already."""
        if code != self.indicator[0] and code in self.session.store.indicator_names():
            self._select_quietly(code)
            self.choose_indicator(code, self.session.store.indicator_names()[code])
            self.table.follow_indicator(*self.indicator)

    def show_figures(self, obs_ids: list[int]) -> None:
        """Select the first of ``obs_ids`` in the table and ring them all on the chart."""
        if obs_ids:
            self.table.select_obs(obs_ids[0])
        self.chart.highlight_obs(obs_ids)

    def _update_chart(self) -> None:
        """The chart of the current indicator and pair (the panel keeps its mode)."""
        if not self.indicator[0]:
            self.chart.show_spec(chart_spec(self.session.store, "", self.pair()))
            return
        self.chart.show_spec(
            chart_spec(self.session.store, self.indicator[0], self.pair(), name=self.indicator[1])
        )

    def _update_events(self) -> None:
        """The pair's events on the chart (edits of events refresh them by themselves)."""
        self.chart_events.refresh()

    def show_observation(self, obs_id: int) -> None:
        if obs_id < 0:
            self.source.show_source(None)
            return
        store = self.session.store
        row = store.rows([obs_id]).iloc[0]
        source = store.source(int(row["source_id"]))
        vintages = store.records.get("vintages")
        self.source.show_source(
            source,
            str(row["note"]),
            str(row["period_text"]),
            self.model.claim_of(obs_id),
            source_retrievals(
                vintages, int(row["source_id"]), str((source or {}).get("retrieved") or "")
            ),
            figure_vintages(vintages, obs_id),
            derivation=derivation_text(store, obs_id),
        )
        code = str(row["indicator"])
        if code != self.indicator[0]:
            self.indicator = (code, store.indicator_names().get(code, code))
            self._update_chart()

    def _update_title(self) -> None:
        """The workspace (on a server: who is signed in, in which role) in the title; the
        actions that change it are disabled where it is read-only."""
        ws = self.session.desk.workspace
        ro = " [read-only]" if ws.read_only else ""
        who = f" — {ws.user} ({ws.role})" if ws.path is None else ""
        self.setWindowTitle(f"{ws.name}{who}{ro} — {APP_NAME}")
        for spec in ACTIONS:
            if spec.writes:
                self.actions_by_id[spec.id].setEnabled(not ws.read_only)
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

    def current_obs_id(self) -> int | None:
        """The figure selected in the main table (None when none is)."""
        row = self.table.view.currentIndex().row()
        return self.model.obs_id_at(row) if row >= 0 else None

    def toggle_projects(self) -> None:
        dock = self.projects_dock
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()
            self.projects.view.setFocus()

    def toggle_claims(self) -> None:
        dock = self.claims_dock
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()
            self.claims.view.setFocus()

    def reset_chart(self) -> None:
        self.chart.reset_view()

    def copy_cells(self) -> None:
        text = self.table.copy_selection()
        if text:
            self.bus.info(f"Copied {text.count(chr(10))} rows as tab-separated text.")

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><p>A sourced desk for bilateral-"
            "relations indicators: browse, correct, chart, check claims and "
            "brief.</p>",
        )

    # --- layout memory --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = self.settings
        if not s.get(WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(s.get(WINDOW_GEOMETRY))
        else:
            self.resize(1400, 860)
        if not s.get(WINDOW_STATE).isEmpty():
            self.restoreState(s.get(WINDOW_STATE))
        for key, widget in ((SPLITTER_MAIN, self.splitter), (SPLITTER_CENTRE, self.centre)):
            if not s.get(key).isEmpty():
                widget.restoreState(s.get(key))
        if not s.get(TABLE_HEADER).isEmpty():
            self.table.view.horizontalHeader().restoreState(s.get(TABLE_HEADER))

    def save_layout(self) -> None:
        s = self.settings
        s.set(WINDOW_GEOMETRY, self.saveGeometry())
        s.set(WINDOW_STATE, self.saveState())
        s.set(SPLITTER_MAIN, self.splitter.saveState())
        s.set(SPLITTER_CENTRE, self.centre.saveState())
        s.set(TABLE_HEADER, self.table.view.horizontalHeader().saveState())
        a, b = self.pair()
        s.set(DESK_REPORTER, a)
        s.set(DESK_PARTNER, b)
        s.sync()

    # --- drag and drop (files to import, press texts) -------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.edits.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.edits.drop(event.mimeData())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


def _short_on_toolbar(act: QAction, word: str) -> None:
    """The toolbar button says "Undo"/"Redo" and its tooltip what will be undone; the Edit
    menu keeps the whole text ("Undo Fetch World Bank Indicators API: …"), which on the
    toolbar would push the pair selector out of sight."""
    act.setIconText(word)

    def follow() -> None:
        act.setToolTip(act.text().replace("&", "") or word)

    act.changed.connect(follow)
    follow()
