"""The main window's layout memory and keyboard path through its panes.

Layout memory: geometry, docks and toolbars, the two splitters and the table's columns are
saved when the window closes and restored when it opens (the table panel sizes the columns
to their contents the first time, when nothing is saved yet).

Keyboard path: the analyst's way through the desk is catalogue → table → chart → source.
F6 / Shift+F6 move to the next / previous of those panes, Ctrl+1…4 go to one directly
(View menu), each pane's dock raised first when it is tabbed behind another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QWidget

from app.qt.settings import (
    SPLITTER_CENTRE,
    SPLITTER_MAIN,
    TABLE_HEADER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)


def add_dock(
    window: QMainWindow,
    title: str,
    name: str,
    widget: QWidget,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
) -> QDockWidget:
    """A dock named ``name`` (for the saved state) holding ``widget``."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def toggle_dock(dock: QDockWidget | None, focus: QWidget) -> None:
    """Show a dock (raised in front of the docks tabbed with it, ``focus`` given the
    keyboard), or hide it when it is already in front."""
    if dock is None:
        return
    dock.setVisible(not dock.isVisible() or dock.visibleRegion().isEmpty())
    if dock.isVisible():
        dock.raise_()
        focus.setFocus()


def restore_layout(
    window: QMainWindow,
    settings: Settings,
    splitters: Sequence[QSplitter],
    table_header: Callable[[], object],
) -> None:
    """Geometry, docks, splitters (main, centre) and the table's columns as last saved."""
    if not settings.get(WINDOW_GEOMETRY).isEmpty():
        window.restoreGeometry(settings.get(WINDOW_GEOMETRY))
    else:
        window.resize(1400, 860)
    if not settings.get(WINDOW_STATE).isEmpty():
        window.restoreState(settings.get(WINDOW_STATE))
    for key, splitter in zip((SPLITTER_MAIN, SPLITTER_CENTRE), splitters, strict=True):
        if not settings.get(key).isEmpty():
            splitter.restoreState(settings.get(key))
    if not settings.get(TABLE_HEADER).isEmpty():
        table_header().restoreState(settings.get(TABLE_HEADER))  # type: ignore[attr-defined]


def save_layout(
    window: QMainWindow,
    settings: Settings,
    splitters: Sequence[QSplitter],
    table_header: Callable[[], object],
) -> None:
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(WINDOW_STATE, window.saveState())
    for key, splitter in zip((SPLITTER_MAIN, SPLITTER_CENTRE), splitters, strict=True):
        settings.set(key, splitter.saveState())
    settings.set(TABLE_HEADER, table_header().saveState())  # type: ignore[attr-defined]


class PaneCycle:
    """Focus moves through ``panes`` (each a widget to focus, or a callable returning one,
    with the dock holding it, if any) in order; hidden docks are shown first."""

    def __init__(self, panes: Sequence[tuple[Callable[[], QWidget], QDockWidget | None]]) -> None:
        self.panes = list(panes)

    def focus(self, index: int) -> None:
        """Give pane ``index`` the keyboard focus (showing and raising its dock)."""
        target, dock = self.panes[index]
        if dock is not None:
            dock.show()
            dock.raise_()
        widget = target()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current(self) -> int:
        """The pane holding the focus (-1: none of them)."""
        first = self.panes[0][0]()
        # the window's focus widget, not the application's: the same while the window is
        # active, and still known while a dialog or another program is in front
        focused = first.window().focusWidget() or QApplication.focusWidget()
        for i, (target, _dock) in enumerate(self.panes):
            pane = target()
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                return i
        return -1

    def step(self, delta: int) -> None:
        """The next (``delta`` 1) or previous (-1) pane after the focused one."""
        here = self.current()
        if here < 0:
            self.focus(0 if delta > 0 else len(self.panes) - 1)
        else:
            self.focus((here + delta) % len(self.panes))

    # the View menu's commands ("panes.next" and so on in app.ui.actions)
    def next(self) -> None:
        self.step(1)

    def previous(self) -> None:
        self.step(-1)

    def catalogue(self) -> None:
        self.focus(0)

    def table(self) -> None:
        self.focus(1)

    def chart(self) -> None:
        self.focus(2)

    def source(self) -> None:
        self.focus(3)
