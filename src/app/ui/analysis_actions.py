"""Analysis commands: the comparison chart and the pivot grid (bottom docks), the derive
dialog and the list of derived series.

The controller owns the two panels and their docks, keeps them in step with the session
(a new workspace, a pair change, an edit that touches observations) and answers the
catalogue's "Add to comparison". A panel is made when its dock is first shown, and a
hidden one is not recomputed until it is shown, so neither start-up nor an edit in a large
workspace pays for views nobody looks at. Takes the desk context, the main window as the
docks' home and the callables it needs, never the window's other members.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow

from app.domain.edits import Op, touched_tables, touches_observations
from app.qt.context import DeskContext
from app.qt.i18n import translate

if TYPE_CHECKING:
    from app.ui.compare_panel import ComparePanel
    from app.ui.pivot_panel import PivotPanel


class AnalysisActions:
    def __init__(
        self,
        ctx: DeskContext,
        window: QMainWindow,
        *,
        pair: Callable[[], tuple[str, str]],
        indicator: Callable[[], str],
        show_figures: Callable[[list[int]], None],
        select_obs: Callable[[int], object],
    ) -> None:
        self.ctx = ctx
        self.window = window
        self.pair = pair
        self.indicator = indicator
        self._show_figures = show_figures
        self._select_obs = select_obs
        self._compare: ComparePanel | None = None
        self._pivot: PivotPanel | None = None
        self.compare_dock = self._dock(translate("analysis_actions", "Compare"), "compare_dock")
        self.pivot_dock = self._dock(translate("analysis_actions", "Pivot"), "pivot_dock")
        window.tabifyDockWidget(self.compare_dock, self.pivot_dock)
        self.compare_dock.hide()  # View > Compare; the saved window state may show it
        self.pivot_dock.hide()  # View > Pivot
        self._stale = {"compare": True, "pivot": True}
        #: the panels' state for saved views (the panel is made if it was not yet)
        self.compare_state = PanelState(lambda: self.compare)
        self.pivot_state = PanelState(lambda: self.pivot)
        ctx.session.changed.connect(self._changed)
        ctx.session.replaced.connect(self.refresh)

    def _dock(self, title: str, name: str) -> QDockWidget:
        """An empty dock: its panel is made when it is first shown (start-up does not pay
        for panels that are hidden until View > Compare / Pivot)."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.visibilityChanged.connect(lambda visible: self._shown() if visible else None)
        return dock

    @property
    def compare(self) -> ComparePanel:
        """The comparison panel in its dock, made on first use."""
        if self._compare is None:
            from app.ui.compare_panel import ComparePanel

            self._compare = ComparePanel()
            self._compare.point_clicked.connect(self._select_obs)
            self.compare_dock.setWidget(self._compare)
        return self._compare

    @property
    def pivot(self) -> PivotPanel:
        """The pivot panel in its dock, made on first use."""
        if self._pivot is None:
            from app.ui.pivot_panel import PivotPanel

            self._pivot = PivotPanel(self.ctx.runner)
            self._pivot.figures_chosen.connect(self._show_figures)
            self.pivot_dock.setWidget(self._pivot)
        return self._pivot

    # --- keeping the panels current ---------------------------------------------------------

    def refresh(self) -> None:
        """After a new workspace or a pair change: visible panels now, hidden ones when shown."""
        self._stale = {"compare": True, "pivot": True}
        self._shown()

    def _changed(self, ops: Sequence[Op]) -> None:
        if touches_observations(ops) or "claims" in touched_tables(ops):
            self.refresh()

    def _shown(self) -> None:
        store, pair = self.ctx.session.store, self.pair()
        if self._stale["compare"] and self.compare_dock.isVisible():
            self._stale["compare"] = False
            self.compare.set_pair(pair)
            self.compare.set_store(store)  # redraws once, figures chosen anew
        if self._stale["pivot"] and self.pivot_dock.isVisible():
            self._stale["pivot"] = False
            self.pivot.set_data(store, pair)

    # --- commands -----------------------------------------------------------------------------

    def toggle_compare(self) -> None:
        self._toggle(self.compare_dock)
        if self.compare_dock.isVisible() and not self.compare.spec.series:
            self.add_to_comparison(self.indicator())

    def toggle_pivot(self) -> None:
        self._toggle(self.pivot_dock)

    def _toggle(self, dock: QDockWidget) -> None:
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()

    def add_to_comparison(self, code: str) -> None:
        """The catalogue's "Add to comparison": the indicator for the desk's pair."""
        if not code:
            return
        if not self.compare_dock.isVisible():
            self.compare_dock.show()
            self.compare_dock.raise_()
        self._shown()
        self.compare.add_indicator(code, self.pair())  # the panel says when there is none

    def derive(self) -> None:
        """Data > Derive series…: the dialog builds one edit; the session applies it."""
        from app.ui.derive_dialog import DeriveDialog

        dialog = DeriveDialog(self.ctx.session.store, self.pair(), self.window, self.indicator())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edit = dialog.result_edit()
        if edit is not None and self.ctx.session.push(edit):
            self.ctx.bus.info(edit.text)

    def manage_derived(self) -> None:
        """Edit > Derived series…: list, remove (undoable) or recompute derived series."""
        from app.ui.derived_series_dialog import DerivedSeriesDialog

        DerivedSeriesDialog(self.ctx.session, self.window).exec()


class PanelState:
    """A saved view's access to a panel made on first use (a
    :class:`~app.ui.view_actions.StatefulPanel`): asking for its state makes it."""

    def __init__(self, panel: Callable[[], Any]) -> None:
        self._panel = panel

    def state(self) -> dict[str, Any]:
        return self._panel().state()  # type: ignore[no-any-return]

    def set_state(self, state: dict[str, Any]) -> None:
        self._panel().set_state(state)
