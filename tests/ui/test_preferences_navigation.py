"""Preferences (the desk's language) and the keyboard path through the window's panes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.main import create_main_window
from app.qt.i18n import LANGUAGES, desk_language
from app.qt.settings import UI_LANGUAGE, Settings
from app.services.desk import Desk
from app.ui.preferences_dialog import RESTART_PROPERTY, PreferencesDialog, restart_requested


def make_window(qtbot, desk: Desk, tmp_path: Path):
    window = create_main_window(desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_language_choice_is_kept_and_a_restart_offered(qtbot, tmp_path: Path) -> None:
    settings = Settings.at(str(tmp_path / "settings.ini"))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == [name for name, _locale, _suffix in LANGUAGES.values()]
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    assert Settings.at(str(tmp_path / "settings.ini")).get(UI_LANGUAGE) == "ru"
    box = dialog.restart_box
    assert "Русский" in box.text()
    later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    later.click()
    assert not restart_requested()


def test_restart_now_closes_the_window_and_asks_main_to_start_again(
    qtbot, tiny_desk: Desk, tmp_path: Path
) -> None:
    window = make_window(qtbot, tiny_desk, tmp_path)
    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.accept()
    now = next(
        b
        for b in dialog.restart_box.buttons()
        if dialog.restart_box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    try:
        now.click()
        qtbot.waitUntil(lambda: not window.isVisible())
        assert restart_requested()
        assert window.settings.get(UI_LANGUAGE) == "zh"
    finally:
        QCoreApplication.instance().setProperty(RESTART_PROPERTY, False)


def test_system_language_is_followed_when_nothing_is_chosen() -> None:
    assert desk_language("az") == "az"
    assert desk_language("") in LANGUAGES  # the system's when the desk has it, else English
    assert desk_language("xx") in LANGUAGES


def test_f6_walks_catalogue_table_chart_source(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window = make_window(qtbot, tiny_desk, tmp_path)
    window.activateWindow()
    window.actions_by_id["view.focus_catalogue"].trigger()
    assert window.focusWidget() is window.catalogue.tree
    visited = []
    for _ in range(4):
        window.actions_by_id["view.next_pane"].trigger()
        visited.append(window.panes.current())
    assert visited == [1, 2, 3, 0]  # table, chart, source, back to the catalogue
    window.actions_by_id["view.previous_pane"].trigger()
    assert window.panes.current() == 3
    assert window.source_dock.isVisible()


def test_ctrl_digits_go_to_each_pane(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window = make_window(qtbot, tiny_desk, tmp_path)
    shortcuts = {
        "view.focus_catalogue": "Ctrl+1",
        "view.focus_table": "Ctrl+2",
        "view.focus_chart": "Ctrl+3",
        "view.focus_source": "Ctrl+4",
    }
    for index, (action_id, keys) in enumerate(shortcuts.items()):
        action = window.actions_by_id[action_id]
        assert action.shortcut().toString() == keys
        action.trigger()
        assert window.panes.current() == index


def test_history_toggles_and_comes_to_the_front(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    window = make_window(qtbot, tiny_desk, tmp_path)
    dock = window.history.dock
    window.source_dock.raise_()  # History is tabbed behind Source
    window.actions_by_id["view.history"].trigger()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    window.actions_by_id["view.history"].trigger()
    assert not dock.isVisible()
    assert window.actions_by_id["view.history"].shortcut().toString() == "Ctrl+H"
    assert window.actions_by_id["view.next_pane"].shortcut().toString() == "F6"
