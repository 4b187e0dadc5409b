"""The History panel: the values the current figure has had, newest first, and a way back.

It follows the current figure (:meth:`HistoryPanel.show_figure`) and lists its states from
the workspace's history (:func:`app.domain.history.figure_states`): when, who, how
(import, fetch, accepted from text, edit, restore, undo), the value as the table shows it,
qualifier, period and status. "Restore this state" (or a double-click) pushes
:func:`~app.domain.history.restore_edit` on the session's undo stack: a new edit, undone
like any other. The list is read again after every change and when another workspace is
opened; while the panel is hidden it waits until it is shown.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import Op, touches_observations
from app.domain.history import FigureState, figure_states, restore_edit
from app.qt.catalogue_model import indicator_display_name
from app.qt.i18n import QT_TRANSLATE_NOOP, current_language, translate
from app.qt.session import DeskSession
from app.qt.table_text import CellText
from app.services.storage import WorkspaceError

#: the columns of the list (English, translated where shown)
HEADERS = (
    QT_TRANSLATE_NOOP("history_panel", "When"),
    QT_TRANSLATE_NOOP("history_panel", "Who"),
    QT_TRANSLATE_NOOP("history_panel", "Action"),
    QT_TRANSLATE_NOOP("history_panel", "Value"),
    QT_TRANSLATE_NOOP("history_panel", "Qualifier"),
    QT_TRANSLATE_NOOP("history_panel", "Period"),
    QT_TRANSLATE_NOOP("history_panel", "Status"),
)
#: how a state came about (keys of app.domain.history.ACTION_WORDS)
ACTIONS = {
    "edit": QT_TRANSLATE_NOOP("history_panel", "edit"),
    "import": QT_TRANSLATE_NOOP("history_panel", "import"),
    "fetch": QT_TRANSLATE_NOOP("history_panel", "fetch"),
    "text": QT_TRANSLATE_NOOP("history_panel", "accepted from text"),
    "restore": QT_TRANSLATE_NOOP("history_panel", "restore"),
    "undo": QT_TRANSLATE_NOOP("history_panel", "undo"),
    "add": QT_TRANSLATE_NOOP("history_panel", "added by hand"),
    "derive": QT_TRANSLATE_NOOP("history_panel", "derived"),
}


class HistoryPanel(QWidget):
    """The states of one figure (see the module's docstring)."""

    #: a state was restored (the obs_id)
    restored = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.obs_id = -1
        self.states: list[FigureState] = []
        #: the dock it sits in, once installed (install_history_panel)
        self.dock: QDockWidget | None = None
        self._stale = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTableWidget(0, len(HEADERS))
        self.list.setHorizontalHeaderLabels([translate("history_panel", str(h)) for h in HEADERS])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.list.cellDoubleClicked.connect(lambda row, _col: self.restore_row(row))
        self.restore_button = QPushButton(translate("history_panel", "Restore this state"))
        self.restore_button.setToolTip(
            translate(
                "history_panel",
                "Bring back the selected state's values as a new edit (Undo takes it back)",
            )
        )
        self.restore_button.clicked.connect(lambda: self.restore_row(self.list.currentRow()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        session.replaced.connect(lambda: self.show_figure(-1))
        self.show_figure(-1)

    # --- following the current figure ---------------------------------------------------

    def show_figure(self, obs_id: int) -> None:
        """Show the states of figure ``obs_id`` (-1: none)."""
        self.obs_id = int(obs_id)
        self.refresh()

    def refresh(self) -> None:
        """Read the figure's history again (later, when shown, if the panel is hidden)."""
        if not self.isVisible() and self.obs_id >= 0:
            self._stale = True
            return
        self._stale = False
        self.states = []
        if self.obs_id < 0 or not self._known(self.obs_id):
            self._fill(translate("history_panel", "Select a figure to see its history."))
            return
        store = self.session.store
        try:
            history = self.session.desk.workspace.history(self.obs_id)
        except WorkspaceError as exc:
            self._fill(
                translate("history_panel", "The history could not be read: {error}").format(
                    error=exc
                )
            )
            return
        self.states = figure_states(store, self.obs_id, history)
        self._fill(self._heading_text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _known(self, obs_id: int) -> bool:
        try:
            self.session.store.positions([obs_id])
        except KeyError:
            return False
        return True

    def _on_changed(self, ops: list[Op]) -> None:
        if touches_observations(ops):
            self.refresh()

    # --- showing ------------------------------------------------------------------------

    def _heading_text(self) -> str:
        store = self.session.store
        row = store.rows([self.obs_id]).iloc[0]
        words = CellText(current_language())
        code = str(row["indicator"])
        pair = "–".join(p for p in (str(row["reporter"]), str(row["partner"])) if p)
        period = words.period(
            int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
        )
        name = indicator_display_name(store.indicator_names().get(code, code))
        text = translate("history_panel", "Figure {id}: {name}, {pair}, {period}").format(
            id=self.obs_id, name=name, pair=pair, period=period
        )
        n = len(self.states)  # a plain name: lupdate reads no expression as the count
        count = translate("history_panel", "%n states, newest first", "", n)
        return f"{text}\n{count}"

    def _fill(self, heading: str) -> None:
        self.heading.setText(heading)
        words = CellText(current_language())
        self.list.setRowCount(len(self.states))
        for r, state in enumerate(self.states):
            v = state.values
            action = translate("history_panel", str(ACTIONS.get(state.action, state.action)))
            if state.current:
                action = translate("history_panel", "{action} (current)").format(action=action)
            cells = (
                state.when.replace("T", " ")[:16],
                state.who or "—",
                action,
                words.amount(float(v["value"]), str(v["unit"])),
                words.qualifier(str(v["qualifier"])),
                words.period(int(v["period_start"]), int(v["period_end"]), bool(v["period_point"])),
                words.status(str(v["status"])),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(state.description)
                if state.current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.list.setItem(r, c, item)
        self._update_button()

    def _update_button(self) -> None:
        row = self.list.currentRow()
        selected = bool(self.list.selectedItems())
        can = selected and 0 <= row < len(self.states) and not self.states[row].current
        self.restore_button.setEnabled(can and not self.session.desk.read_only)

    # --- restoring ----------------------------------------------------------------------

    def restore_row(self, row: int) -> bool:
        """Bring back the state in ``row`` as a new undoable edit; False when there is
        nothing to bring back (the current state, no row) or the edit failed."""
        if not 0 <= row < len(self.states) or self.states[row].current:
            return False
        obs_id = self.obs_id
        try:
            edit = restore_edit(self.session.store, obs_id, self.states[row])
        except (KeyError, ValueError) as exc:
            self.session.bus.warning(
                translate("history_panel", "Not restored: {reason}").format(reason=exc)
            )
            return False
        done = self.session.push(edit)
        if done:
            self.restored.emit(obs_id)
        return done


class _Table(Protocol):
    @property
    def current_changed(self) -> SignalInstance: ...


class HistoryHost(Protocol):
    """What :func:`install_history_panel` needs of the main window (besides being one)."""

    @property
    def session(self) -> DeskSession: ...

    @property
    def source_dock(self) -> QDockWidget: ...

    @property
    def table(self) -> _Table: ...

    def current_obs_id(self) -> int | None: ...


def install_history_panel(window: QMainWindow) -> HistoryPanel:
    """A History panel in a dock tabbed with the Source panel's, following the table's
    current figure. ``window`` is the main window (a :class:`HistoryHost`)."""
    host = cast(HistoryHost, window)
    panel = HistoryPanel(host.session)
    dock = QDockWidget(translate("history_panel", "History"), window)
    dock.setObjectName("history_dock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(host.source_dock, dock)
    host.source_dock.raise_()
    host.table.current_changed.connect(panel.show_figure)
    current = host.current_obs_id()
    panel.show_figure(-1 if current is None else current)
    panel.dock = dock
    return panel
