"""The main window's menus and toolbar built from :data:`app.ui.actions.ACTIONS`.

Each action's words are translated where they are shown (the table marks them with
QT_TRANSLATE_NOOP in context "actions"); the action's object name is its id, so tests and
the translation walk can name it. Undo and Redo come from the undo stack, their toolbar
buttons short ("Undo") with the whole text ("Undo Edit value …") in the menu and tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar
from shiboken6 import isValid

from app.qt.i18n import translate
from app.ui.actions import ACTIONS
from app.ui.icons import action_icon


def build_actions(
    window: QMainWindow,
    menus: dict[str, QMenu],
    toolbar: QToolBar,
    undo_stack: QUndoStack,
    handler: Callable[[str], Callable[[], object]],
) -> dict[str, QAction]:
    """Every declared action, in its menu (created on first use) and on the toolbar when
    the spec says so; ``handler`` resolves a spec's handler name to a callable."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = translate("actions", spec.text)
        if spec.id == "edit.undo":
            act = undo_stack.createUndoAction(window, text)
        elif spec.id == "edit.redo":
            act = undo_stack.createRedoAction(window, text)
        else:
            act = QAction(text, window)
            run = handler(spec.handler)
            act.triggered.connect(lambda _checked=False, run=run: run())
        if spec.icon:
            act.setIcon(action_icon(spec.icon))
        if spec.shortcut is not None:
            act.setShortcut(QKeySequence(spec.shortcut))
        if spec.id == "edit.redo":
            act.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        if spec.id in ("edit.undo", "edit.redo"):
            _short_on_toolbar(act, text.replace("&", ""))
        if spec.tip:
            act.setStatusTip(translate("actions", spec.tip))
        act.setObjectName(spec.id)
        menu = menus.get(spec.menu) or window.menuBar().addMenu(translate("actions", spec.menu))
        menus[spec.menu] = menu
        menu.addAction(act)
        if spec.toolbar:
            toolbar.addAction(act)
        actions[spec.id] = act
    return actions


def _short_on_toolbar(act: QAction, word: str) -> None:
    """The toolbar button says "Undo"/"Redo" and its tooltip what will be undone; the Edit
    menu keeps the whole text ("Undo Fetch World Bank Indicators API: …"), which on the
    toolbar would push the pair selector out of sight."""
    act.setIconText(word)

    def follow() -> None:
        if not isValid(act):  # the undo stack outlived the window that held the action
            return
        act.setToolTip(act.text().replace("&", "") or word)

    act.changed.connect(follow)
    follow()
