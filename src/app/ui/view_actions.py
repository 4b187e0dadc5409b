"""Saved views: save what the desk shows under a name, list the views in View > Saved
views, apply one, rename, overwrite or delete them (View > Manage views…).

Like the other controllers it gets the :class:`~app.qt.context.DeskContext`, the window
as a dialogs' parent, and the panels and callables it needs, never the window itself. A
view holds the pair, the table (text, sort, years, column filters), the charted
indicator, the chart's mode and range, and the state of every panel registered with
:meth:`ViewActions.register_panel` (any object with ``state()`` and ``set_state()``:
the comparison and pivot panels, say). Every change of the stored views is one undoable
edit (:mod:`app.domain.saved_views`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.domain.edits import Edit, Op, touched_tables
from app.domain.saved_views import (
    SavedView,
    delete_view,
    rename_view,
    save_view,
    saved_views,
    stored_view,
    view_names,
)
from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.ui.chart_panel import ChartPanel
from app.ui.table_panel import TablePanel
from app.ui.view_dialog import ManageViewsDialog, SaveViewDialog


class StatefulPanel(Protocol):
    """A panel whose layout a saved view keeps: JSON-able state out, and back in."""

    def state(self) -> dict[str, Any]: ...

    def set_state(self, state: dict[str, Any]) -> None: ...


class ViewActions:
    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        *,
        table: TablePanel,
        chart: ChartPanel,
        pair: Callable[[], tuple[str, str]],
        set_pair: Callable[[str, str], None],
        indicator: Callable[[], str],
        show_indicator: Callable[[str], None],
        panels: Mapping[str, StatefulPanel] | None = None,
    ) -> None:
        self.ctx, self.parent = ctx, parent
        self.table, self.chart = table, chart
        self.pair, self.set_pair = pair, set_pair
        self.indicator, self.show_indicator = indicator, show_indicator
        self.panels: dict[str, StatefulPanel] = dict(panels or {})
        self.last_name = ""
        #: View > Saved views: one entry per stored view (click = apply)
        self.menu = QMenu(translate("view_actions", "Saved &views"), parent)
        ctx.session.changed.connect(self._on_changed)
        ctx.session.replaced.connect(self.rebuild_menu)
        self.rebuild_menu()

    def register_panel(self, name: str, panel: StatefulPanel) -> None:
        """Keep ``panel``'s state in the views saved from now on, under ``name``."""
        self.panels[name] = panel

    # --- what a view holds ----------------------------------------------------------------

    def current_view(self, name: str, note: str = "") -> SavedView:
        """What the desk shows now, as a view called ``name``."""
        return SavedView(
            name=name,
            pair=self.pair(),
            table=self.table.table_state(self.indicator()),
            chart=self.chart.state(),
            panels={key: panel.state() for key, panel in self.panels.items()},
            note=note,
        )

    def apply_view(self, name: str) -> bool:
        """Show the saved view ``name``: pair, charted indicator, table, chart, panels."""
        try:
            view = stored_view(self._records(), name)
            if view is None:
                self.ctx.bus.warning(
                    translate("view_actions", "There is no saved view called “{name}”.").format(
                        name=name
                    )
                )
                return False
            spec = view.spec(self.table.model.spec)
        except ValueError as exc:
            self.ctx.bus.error(
                translate("view_actions", "Could not apply the view “{name}”: {error}").format(
                    name=name, error=exc
                )
            )
            return False
        if view.pair and view.pair != self.pair():
            self.set_pair(*view.pair)
        if view.indicator:
            self.show_indicator(view.indicator)
        self.table.show_spec(spec)
        self.chart.set_state(view.chart)
        for key, state in view.panels.items():
            panel = self.panels.get(key)
            if panel is not None:
                panel.set_state(state)
        self.last_name = view.name
        self.ctx.bus.info(
            translate("view_actions", "Showing the view “{name}”.").format(name=view.name)
        )
        return True

    # --- changes (each one undoable edit) -------------------------------------------------

    def save_view(self, name: str, note: str = "") -> bool:
        return self._push(lambda: save_view(self._records(), self.current_view(name, note)))

    def overwrite_view(self, name: str) -> bool:
        old = stored_view(self._records(), name)
        return self.save_view(name, old.note if old is not None else "")

    def rename_view(self, old: str, new: str) -> bool:
        return self._push(lambda: rename_view(self._records(), old, new))

    def delete_view(self, name: str) -> bool:
        return self._push(lambda: delete_view(self._records(), name))

    def _push(self, make: Callable[[], Edit]) -> bool:
        try:
            edit = make()
        except (ValueError, LookupError) as exc:
            self.ctx.bus.warning(translate("view_actions", "Not done: {error}").format(error=exc))
            return False
        return self.ctx.session.push(edit)

    # --- dialogs and the menu -------------------------------------------------------------

    def save_view_dialog(self) -> None:
        dialog = SaveViewDialog(view_names(self._records()), self.last_name, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.save_view(
            dialog.name(), dialog.note.text().strip()
        ):
            self.last_name = dialog.name()
            self.ctx.bus.info(
                translate("view_actions", "View “{name}” saved in the workspace.").format(
                    name=dialog.name()
                )
            )

    def manage_views(self) -> ManageViewsDialog:
        dialog = ManageViewsDialog(
            lambda: saved_views(self._records()),
            {
                "apply": self.apply_view,
                "rename": self.rename_view,
                "overwrite": self.overwrite_view,
                "delete": self.delete_view,
            },
            self.ctx.session.store.indicator_names(),
            self.parent,
        )
        dialog.open()
        return dialog

    def rebuild_menu(self) -> None:
        """One entry per stored view; a placeholder when there are none."""
        self.menu.clear()
        views = saved_views(self._records())
        for view in views:
            action = self.menu.addAction(view.name)
            action.setStatusTip(view.note or view.describe())
            action.triggered.connect(lambda _c=False, n=view.name: self.apply_view(n))
        if not views:
            none = translate("view_actions", "No saved views yet (View > Save view…)")
            self.menu.addAction(none).setEnabled(False)

    def _on_changed(self, ops: list[Op]) -> None:
        if "views" in touched_tables(ops):
            self.rebuild_menu()

    def _records(self) -> dict[str, Any]:
        return self.ctx.session.store.records
