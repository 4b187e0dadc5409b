"""Saved views in the window: saved in the workspace, listed in View > Saved views,
reopened after a restart with the same rows and chart; renamed, overwritten, deleted and
undone from the dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.domain.saved_views import view_names
from app.domain.view_filters import ColumnFilter
from app.main import create_main_window
from app.services.desk import Desk
from app.ui.view_dialog import SaveViewDialog


def make_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_ids(w) -> list[int]:
    return sorted(w.model.obs_id_at(r) for r in range(w.model.rowCount()))


def menu_texts(w) -> list[str]:
    return [a.text() for a in w.views.menu.actions()]


class Panel:
    """A panel registered by the window's owner (the pivot, say): state out and back."""

    def __init__(self) -> None:
        self.layout = {"rows": "indicator", "frequency": "year"}

    def state(self) -> dict[str, object]:
        return dict(self.layout)

    def set_state(self, state: dict[str, object]) -> None:
        self.layout = dict(state)


def test_a_saved_view_reopened_after_restart(
    qtbot, tiny_workspace_path: Path, tmp_path: Path
) -> None:
    desk = Desk.open(tiny_workspace_path)
    w = make_window(qtbot, desk, tmp_path)
    assert menu_texts(w) == ["No saved views yet (View > Save view…)"]
    w.pair_box.set_pair("CHN", "AZE")
    w.catalogue.select_code("tourist_arrivals_from_partner")
    assert w.catalogue.select_code("trade_turnover")  # the table shows its six figures
    w.table.filter.setText("2.44 bn")
    w.table.apply_filters()
    w.table.set_column_filter("reporter", ColumnFilter("reporter", ("CHN",)))
    w.chart.same_period.setChecked(True)
    mode = w.chart.mode()
    assert mode.same_period
    w.chart.plot.setXRange(1.6e9, 1.75e9, padding=0)  # zoomed in on the last years
    panel = Panel()
    w.views.register_panel("pivot", panel)
    assert shown_ids(w) == [4, 5]
    assert w.views.save_view("China's Jan–Oct trade")
    assert menu_texts(w) == ["China's Jan–Oct trade"]
    w.close()
    desk.close()

    again = Desk.open(tiny_workspace_path)  # a restart: a new desk, a new window
    w2 = make_window(qtbot, again, tmp_path)
    other = Panel()
    other.layout = {}
    w2.views.register_panel("pivot", other)
    w2.pair_box.set_pair("AZE", "RUS")
    assert w2.model.rowCount() == 1
    assert not w2.chart.same_period.isChecked()
    (entry,) = [a for a in w2.views.menu.actions() if a.text() == "China's Jan–Oct trade"]
    entry.trigger()
    assert w2.pair() == ("CHN", "AZE")
    assert shown_ids(w2) == [4, 5]
    assert w2.table.filter.text() == "2.44 bn"
    assert w2.model.column_filter("reporter") == ColumnFilter("reporter", ("CHN",))
    assert w2.model.column_filter("indicator") == ColumnFilter("indicator", ("trade_turnover",))
    assert w2.indicator[0] == "trade_turnover"
    assert w2.chart.same_period.isChecked()
    assert w2.chart.mode() == mode
    x0, x1 = w2.chart.plot.getPlotItem().viewRange()[0]
    assert (round(x0 / 1e6), round(x1 / 1e6)) == (1600, 1750)
    assert w2.chart.state()["y"] is None  # still fitted to the figures
    assert other.layout == {"rows": "indicator", "frequency": "year"}
    assert set(w2.table.filter_bar.chips) == {"indicator", "reporter"}
    again.close()


def test_save_overwrite_rename_delete_undo(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    w = make_window(qtbot, tiny_desk, tmp_path)
    assert w.actions_by_id["view.save_view"].shortcut().toString() == "Ctrl+Alt+S"
    records = lambda: w.session.store.records  # noqa: E731
    assert w.views.save_view("Trade")
    assert w.actions_by_id["edit.undo"].text() == "&Undo Save view “Trade”"
    w.session.undo_stack.undo()
    assert view_names(records()) == []
    assert menu_texts(w) == ["No saved views yet (View > Save view…)"]
    w.session.undo_stack.redo()
    assert menu_texts(w) == ["Trade"]

    dialog = SaveViewDialog(view_names(records()), "", w)
    dialog.name_box.setEditText("trade")
    assert "exists: saving replaces it" in dialog.hint.text()
    dialog.name_box.setEditText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()

    manage = w.views.manage_views()
    assert manage.selected() == "Trade"
    w.table.filter.setText("xinhua")
    w.table.apply_filters()
    manage.buttons["overwrite"].click()
    assert len(records()["views"]) == 1
    assert manage.rename_selected("Xinhua's figures")
    assert menu_texts(w) == ["Xinhua's figures"]
    assert not manage.rename_selected("")  # refused, said on the status bar
    w.table.show_all()
    assert w.model.rowCount() == 7
    manage.buttons["apply"].click()
    assert shown_ids(w) == [5, 7]
    manage.buttons["delete"].click()
    assert manage.list.count() == 0
    assert view_names(records()) == []
    w.session.undo_stack.undo()  # the delete
    w.session.undo_stack.undo()  # the rename
    assert view_names(records()) == ["Trade"]
    manage.close()
