"""The History panel and the Source panel's "edited" line, as a user meets them: an edit made
in one session is still there, with the value it replaced, after the window and the desk are
closed and the workspace is opened again; restoring it is one more undoable edit."""

from __future__ import annotations

from pathlib import Path

from app.domain.edits import SetValues
from app.main import create_main_window
from app.qt.observation_model import COLUMN_INDEX
from app.services.desk import Desk
from app.ui.history_panel import HistoryPanel, install_history_panel
from app.ui.source_panel import edited_text


def open_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(panel: HistoryPanel, column: int) -> list[str]:
    return [panel.list.item(r, column).text() for r in range(panel.list.rowCount())]


def test_an_edit_survives_a_restart_and_is_restored_as_an_undoable_edit(
    qtbot, tiny_workspace_path: Path, tmp_path: Path
) -> None:
    # session 1: edit the value of figure 4 in the table, then close everything
    desk = Desk.open(tiny_workspace_path)
    window = open_window(qtbot, desk, tmp_path)
    idx = window.model.index(window.model.row_of(4), COLUMN_INDEX["value"])
    assert window.model.setData(idx, "2.6 bn")
    assert window.model.data(idx).startswith("$2.6 bn")
    window.close()
    desk.close()

    # session 2: a new desk and window on the same workspace; its undo history is empty
    desk = Desk.open(tiny_workspace_path)
    try:
        window = open_window(qtbot, desk, tmp_path)
        assert not window.session.undo_stack.canUndo()
        panel = install_history_panel(window)
        assert panel.dock is not None
        panel.dock.raise_()  # the user picks the History tab beside Source
        window.table.select_obs(4)
        qtbot.waitUntil(lambda: panel.list.rowCount() == 2)
        assert shown(panel, 3) == ["$2.6 bn", "$2.44 bn"]
        assert shown(panel, 2)[0] == "edit (current)"
        assert shown(panel, 2)[1] == "accepted from text"
        assert "Figure 4" in panel.heading.text()
        assert 4 in window.session.store.edited_ids()
        assert "the source gave $2.44 bn" in edited_text(window.session.store, 4)

        panel.list.selectRow(0)
        assert not panel.restore_button.isEnabled()  # the current state is not restored
        panel.list.selectRow(1)
        assert panel.restore_button.isEnabled()
        panel.restore_button.click()
        assert window.model.data(idx).startswith("$2.44 bn")
        assert window.session.store.get(4, "value") == 2.44e9
        assert 4 not in window.session.store.edited_ids()
        undo = window.actions_by_id["edit.undo"]
        assert undo.toolTip().startswith("Undo Restore trade turnover Jan–Oct 2025")
        qtbot.waitUntil(lambda: panel.list.rowCount() == 3)
        assert shown(panel, 2)[0] == "restore (current)"

        undo.trigger()
        assert window.session.store.get(4, "value") == 2.6e9
        assert 4 in window.session.store.edited_ids()
        qtbot.waitUntil(lambda: shown(panel, 2)[0] == "undo (current)")
        assert shown(panel, 3)[0] == "$2.6 bn"
        window.close()
    finally:
        desk.close()


def test_double_click_restores_and_a_hidden_panel_waits(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    window = open_window(qtbot, tiny_desk, tmp_path)
    panel = install_history_panel(window)
    window.session.push(SetValues([5], {"qualifier": (["exact"], ["about"])}, "Set qualifier"))
    window.table.select_obs(5)
    assert panel.list.rowCount() == 0  # behind the Source tab: read when shown
    assert panel.dock is not None
    panel.dock.raise_()
    qtbot.waitUntil(lambda: panel.list.rowCount() == 2)
    assert shown(panel, 4) == ["about", ""]
    assert panel.restore_row(1)
    assert window.session.store.get(5, "qualifier") == "exact"
    assert not panel.restore_row(0)  # the current state: nothing to bring back


def test_the_panel_says_when_no_figure_is_chosen(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window = open_window(qtbot, tiny_desk, tmp_path)
    panel = install_history_panel(window)
    assert panel.dock is not None
    panel.dock.raise_()
    panel.show_figure(-1)
    assert panel.list.rowCount() == 0
    assert "Select a figure" in panel.heading.text()
    assert not panel.restore_button.isEnabled()


def test_the_source_panel_says_a_figure_was_edited(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window = open_window(qtbot, tiny_desk, tmp_path)
    store = window.session.store
    assert edited_text(store, 4) == ""
    window.session.push(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value"))
    text = edited_text(store, 4)
    assert text.startswith("Edited — the source gave $2.44 bn; this figure now says $2.5 bn")
    assert f"(edited by {tiny_desk.workspace.user} on " in text
    row = store.rows([4]).iloc[0]
    window.source.show_source(store.source(int(row["source_id"])), edited=text)
    assert "the source gave $2.44 bn" in window.source.view.toPlainText()
    assert "quote 4" in window.source.view.toPlainText()
