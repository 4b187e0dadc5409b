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

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.domain.edits import Op, changes_counts, touches_observations
from app.domain.selection import code_counts
from app.qt.catalogue_model import indicator_display_name
from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.qt.messages import Level
from app.qt.observation_model import ObservationTableModel
from app.qt.settings import DESK_PARTNER, DESK_REPORTER, TABLE_HEADER
from app.qt.tasks import after_repaint
from app.ui.actions import ACTIONS
from app.ui.advice import role_name
from app.ui.analysis_actions import AnalysisActions
from app.ui.catalogue_panel import CataloguePanel
from app.ui.chart_follow import ChartFollower
from app.ui.chart_panel import ChartPanel
from app.ui.claim_actions import ClaimActions
from app.ui.claims_panel import ClaimsPanel
from app.ui.conflicts_panel import ConflictsPanel
from app.ui.edit_actions import EditActions
from app.ui.event_dialog import ChartEvents
from app.ui.export_actions import ExportActions
from app.ui.fetch_actions import FetchActions
from app.ui.history_panel import install_history_panel
from app.ui.live_updates import LiveUpdates
from app.ui.pair_selector import PairSelector
from app.ui.preferences_dialog import PreferencesDialog
from app.ui.project_actions import ProjectsDock
from app.ui.source_panel import SourcePanel
from app.ui.table_panel import TablePanel
from app.ui.view_actions import ViewActions
from app.ui.window_actions import build_actions
from app.ui.window_layout import (
    PaneCycle,
    add_dock,
    restore_layout,
    save_layout,
    toggle_dock,
)
from app.ui.workspace_actions import WorkspaceActions

if TYPE_CHECKING:
    from app.ui.projects_panel import ProjectsPanel


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
        self.catalogue = CataloguePanel(ctx.session)
        self.model = ObservationTableModel(self.session, self, ctx.runner)
        self.table = TablePanel(self.model, fit=self.settings.get(TABLE_HEADER).isEmpty())
        self.chart = ChartPanel()
        #: the chart of the indicator and pair; after an edit, from a worker
        self.charting = ChartFollower(ctx.session, ctx.runner, self.chart, self._chart_failed)
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
        dock = add_dock(self, translate("main_window", "Source"), "source_dock", self.source)
        self.conflicts = ConflictsPanel(ctx.runner)
        conflicts_dock = add_dock(
            self, translate("main_window", "Conflicts"), "conflicts_dock", self.conflicts
        )
        self.tabifyDockWidget(dock, conflicts_dock)
        dock.raise_()
        self.source_dock = dock
        title = translate("main_window", "Projects")  # View > Projects; panel made when shown
        self.projects_holder = ProjectsDock(
            ctx, self, title, self.current_obs_id, self.table.select_obs
        )
        self.projects_dock = self.projects_holder.dock
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.claims = ClaimsPanel(self.session, ctx.runner, self.pair, check_now=False)
        self.claims_dock = add_dock(
            self, translate("main_window", "Claims"), "claims_dock", self.claims, bottom
        )
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
        self.views.register_panel("compare", self.analysis.compare_state)
        self.views.register_panel("pivot", self.analysis.pivot_state)
        self.live = LiveUpdates(ctx, self)
        self.menus: dict[str, QMenu] = {}
        self.panes = PaneCycle(  # F6 and Ctrl+1…4: catalogue → table → chart → source
            [
                (lambda: self.catalogue.tree, None),
                (lambda: self.table.view, None),
                (lambda: self.chart, None),
                (lambda: self.source, self.source_dock),
            ]
        )
        self.actions_by_id = self._build_actions()
        self.menus["&View"].insertMenu(self.actions_by_id["view.manage_views"], self.views.menu)
        self._wire()
        self.history = install_history_panel(self)
        self.setAcceptDrops(True)
        restore_layout(self, self.settings, self._splitters(), self._header)  # as last closed
        self.refresh_all()
        with after_repaint():  # the hidden Claims dock's first check: after the table's work
            self.claims.model.refresh()

    # --- construction ---------------------------------------------------------------------

    def _build_actions(self) -> dict[str, QAction]:
        # the pair first, in a toolbar of its own: where the window is too narrow for every
        # button, the buttons fold behind the toolbar's » and the pair stays in sight
        pair_bar = QToolBar(translate("main_window", "Country pair"), self)
        pair_bar.setObjectName("pair_toolbar")
        pair_bar.addWidget(self.pair_box)
        self.addToolBar(pair_bar)
        toolbar = QToolBar(translate("main_window", "Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        return build_actions(self, self.menus, toolbar, self.session.undo_stack, self.handler)

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
            lambda ops: self.refresh_views(ops) if touches_observations(ops) else None
        )
        self.session.replaced.connect(self.refresh_all)
        self.pair_box.pair_changed.connect(lambda _a, _b: self.refresh_all())
        self.catalogue.indicator_chosen.connect(self.choose_indicator)
        self.catalogue.indicator_chosen.connect(self.table.filter_indicator)
        self.table.current_changed.connect(self.show_observation)
        self.model.analytics_changed.connect(self._claim_arrived)
        self.chart.point_clicked.connect(self.table.select_obs)
        self.model.edit_rejected.connect(lambda msg: self.bus.warning(f"Not changed: {msg}"))
        self.source.link_refused.connect(self.bus.warning)
        self.conflicts.preferred_chosen.connect(self.session.push)
        self.conflicts.observation_selected.connect(self.table.select_obs)
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
        """Row positions of the pair's figures (kept by the store while rows stay put)."""
        return self.session.store.pair_positions(*self.pair())

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
        counts = code_counts(self.session.store.observations["indicator"], mask)
        if counts:
            code = max(counts, key=lambda c: counts[c])
            self.indicator = (code, self._indicator_name(code))
            self._select_quietly(code)

    def refresh_views(self, ops: Sequence[Op] = ()) -> None:
        """After an edit, own or another user's (the table model follows the session by
        itself): counts (when ``ops`` may change them: all when not given), conflicts,
        chart, and the source panel of the current figure."""
        counts = not ops or changes_counts(ops)
        self._rebuild_panels(self.pair_selection(), counts=counts)
        if counts and self.indicator[0]:  # the catalogue was made anew: its current item too
            self._select_quietly(self.indicator[0])
        self._update_chart(ops)
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

    def _rebuild_panels(self, rows: np.ndarray, counts: bool = True) -> None:
        """The catalogue's counts (unless ``counts`` is False) and the conflicts of the
        pair's ``rows`` (positions)."""
        store = self.session.store
        if counts:
            self.catalogue.model.rebuild(store.indicators, store.observations, rows)
            self.catalogue.tree.expandAll()
        self.conflicts.rebuild(store, rows)

    def _indicator_name(self, code: str) -> str:
        """The indicator's name as the catalogue shows it (the desk's language)."""
        return indicator_display_name(self.session.store.indicator_names().get(code, code))

    def choose_indicator(self, code: str, name: str) -> None:
        self.indicator = (code, name)
        self._update_chart()

    def show_indicator(self, code: str) -> None:
        """Chart ``code`` (a claim's indicator) unless it is charted already."""
        if code != self.indicator[0] and code in self.session.store.indicator_names():
            self._select_quietly(code)
            self.choose_indicator(code, self._indicator_name(code))
            self.table.follow_indicator(*self.indicator)

    def show_figures(self, obs_ids: list[int]) -> None:
        """Select the first of ``obs_ids`` in the table and ring them all on the chart."""
        if obs_ids:
            self.table.select_obs(obs_ids[0])
        self.chart.highlight_obs(obs_ids)

    def _update_chart(self, ops: Sequence[Op] | None = None) -> None:
        """The chart of the current indicator and pair (the panel keeps its mode); after
        the edit of ``ops``, from a worker once the window has repainted
        (:class:`~app.ui.chart_follow.ChartFollower`)."""
        self.charting.update(self.indicator, self.pair(), ops)

    @property
    def chart_pending(self) -> bool:
        """A chart is being made in a worker (the panel still shows the one before)."""
        return self.charting.busy

    def _chart_failed(self, message: str, _trace: str) -> None:
        self.bus.warning(
            translate("main_window", "The chart could not be redrawn: {error}").format(
                error=message
            )
        )

    def _update_events(self) -> None:
        """The pair's events on the chart (edits of events refresh them by themselves)."""
        self.chart_events.refresh()

    def show_observation(self, obs_id: int) -> None:
        store = self.session.store
        self.source.show_figure(store, obs_id, self.model.claim_of(obs_id) if obs_id >= 0 else None)
        if obs_id < 0:
            return
        code = str(store.get(obs_id, "indicator"))
        if code != self.indicator[0]:
            self.indicator = (code, self._indicator_name(code))
            self._update_chart()

    def _claim_arrived(self) -> None:
        """The table's claim checks landed (from a worker): the Source panel shows the
        current figure's verdict once it is known or when it changed."""
        obs_id, claim = self.source.figure
        if obs_id >= 0 and self.model.claim_of(obs_id) != claim:
            self.show_observation(obs_id)

    def _update_title(self) -> None:
        """The workspace (on a server: who is signed in, in which role) in the title; the
        actions that change it are disabled where it is read-only."""
        ws = self.session.desk.workspace
        ro = translate("main_window", " [read-only]") if ws.read_only else ""
        who = f" — {ws.user} ({role_name(ws.role)})" if ws.path is None else ""
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

    @property
    def projects(self) -> ProjectsPanel:  # the Projects dock's panel, made on first use
        return self.projects_holder.panel

    def toggle_projects(self) -> None:
        toggle_dock(self.projects_dock, self.projects.view)

    def toggle_claims(self) -> None:
        toggle_dock(self.claims_dock, self.claims.view)

    def toggle_history(self) -> None:
        toggle_dock(self.history.dock, self.history)

    def reset_chart(self) -> None:
        self.chart.reset_view()

    def copy_cells(self) -> None:
        text = self.table.copy_selection()
        if text:
            rows = text.count("\n")
            self.bus.info(
                translate("main_window", "Copied %n rows as tab-separated text.", "", rows)
            )

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("main_window", "About {name}").format(name=APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><p>"
            + translate(
                "main_window",
                "A sourced desk for bilateral-relations indicators: browse, correct, chart, "
                "check claims and brief.",
            )
            + "</p>",
        )

    def preferences(self) -> None:
        """Edit > Preferences…: the desk's language."""
        self.preferences_dialog = PreferencesDialog(self.settings, self)
        self.preferences_dialog.open()

    # --- layout memory --------------------------------------------------------------------

    def _splitters(self) -> tuple[QSplitter, QSplitter]:
        return self.splitter, self.centre

    def _header(self) -> object:
        return self.table.view.horizontalHeader()

    def save_layout(self) -> None:
        s = self.settings
        save_layout(self, s, self._splitters(), self._header)
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
