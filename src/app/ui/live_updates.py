"""Live updates of a team workspace: other users' changes appear as they commit them, and
a change refused because someone else got there first is explained with a way forward.

:class:`LiveUpdates` asks the session's workspace to watch the server
(``Storage.watch``). The watcher calls back from a thread of its own; the callback only
emits an argument-less signal, queued to the GUI thread, where a short timer gathers a
burst of commits into one :meth:`DeskSession.pull`: the pulled operations reach models and
charts through ``session.changed`` (incremental updates, selection and scroll kept), and the
status bar says who changed how much ("2 figures changed by anna"). After another workspace
is opened the watch is armed again on it; a workspace file has one writer and is never
watched. A permanent status-bar label names the server and "user (role)".

:class:`ConflictDialog` shows ``session.conflict``: the server's sentence (who changed
what, the value now there) with "Apply my value again" for a value edit, or "Keep theirs".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app import APP_NAME
from app.domain.edits import Edit, SetValues
from app.domain.records import RECORD_TABLES
from app.domain.remote import RemoteChange
from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.services.storage import Storage, WorkspaceError
from app.ui.advice import role_name

#: commits heard within this many milliseconds are pulled together
COALESCE_MS = 150


class LiveUpdates(QObject):
    """Keeps the session's desk in step with a shared workspace's server."""

    #: the server said something changed (emitted from the watcher's thread)
    heard = Signal()

    def __init__(self, ctx: DeskContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.session = ctx.session
        self.window = window
        self.conflict_dialog: ConflictDialog | None = None
        self.where = QLabel()
        window.statusBar().addPermanentWidget(self.where)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.pull)
        self.heard.connect(self._heard)  # queued: the emitter is another thread
        self.session.replaced.connect(self.arm)
        self.session.pulled.connect(self._announce)
        self.session.conflict.connect(self.show_conflict)
        self._closed = False
        window.installEventFilter(self)
        self.arm()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A closed window pulls no more (its desk is about to be closed)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._closed = True
            self._timer.stop()
        return False

    def arm(self) -> None:
        """Watch the session's workspace when it is on a server (its label in the status
        bar either way). The previous workspace's watcher stopped when it was closed."""
        ws = self.session.desk.workspace
        self.where.setText(server_label(ws))
        self.where.setToolTip(ws.read_only_message() if ws.read_only else "")
        if is_shared(ws):
            ws.watch(self._on_server_change)

    def _on_server_change(self) -> None:
        """Called from the watcher's thread: only a queued, argument-less signal."""
        self.heard.emit()

    @Slot()
    def _heard(self) -> None:
        if not self._closed and not self._timer.isActive():
            self._timer.start()

    def pull(self) -> None:
        """Bring in what others committed (the status bar says what, see _announce)."""
        try:
            self.session.pull()
        except WorkspaceError as exc:
            self.ctx.bus.warning(
                translate(
                    "live_updates", "Could not bring in other users' changes: {reason}"
                ).format(reason=exc)
            )

    def _announce(self, change: RemoteChange) -> None:
        self.ctx.bus.info(changes_text(change))

    # --- conflicts ------------------------------------------------------------------------

    def show_conflict(self, edit: Edit, message: str) -> None:
        dialog = ConflictDialog(edit, message, self.window)
        dialog.reapply.connect(self.apply_again)
        self.conflict_dialog = dialog
        dialog.open()

    def apply_again(self, edit: SetValues) -> bool:
        """Write the user's values over the ones now there (memory shows theirs)."""
        try:
            rows = self.session.store.rows(edit.obs_ids)
        except KeyError:
            self.ctx.bus.warning(
                translate(
                    "live_updates", "Not applied again: a figure of “{edit}” was deleted."
                ).format(edit=edit.text)
            )
            return False
        columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
            c: (rows[c].tolist(), new) for c, (_old, new) in edit.columns.items()
        }
        return self.session.push(SetValues(edit.obs_ids, columns, edit.text))


class ConflictDialog(QMessageBox):
    """Someone else changed it first: the server's sentence; for a value edit, the choice
    between the user's value and theirs (now shown)."""

    #: "Apply my value again" was chosen (the SetValues to write again)
    reapply = Signal(object)

    def __init__(self, edit: Edit, message: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
        self.edit = edit
        self.setInformativeText(translate("live_updates", "The table now shows their value."))
        self.apply_button = None
        if isinstance(edit, SetValues):
            self.apply_button = self.addButton(
                translate("live_updates", "&Apply my value again"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.keep_button = self.addButton(
                translate("live_updates", "&Keep theirs"), QMessageBox.ButtonRole.RejectRole
            )
        else:
            self.keep_button = self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(self.keep_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.apply_button and self.apply_button is not None:
            self.reapply.emit(self.edit)


# --- words --------------------------------------------------------------------------------


def is_shared(ws: Storage) -> bool:
    """Whether the workspace is on a server (other users may change it)."""
    return ws.path is None


def server_label(ws: Storage) -> str:
    """'postgresql://anna@db.example.org/team — anna (editor)' for a server, '' for a file."""
    return f"{ws.location} — {ws.user} ({role_name(ws.role)})" if is_shared(ws) else ""


def changes_text(change: RemoteChange) -> str:
    """'2 figures changed by anna', '1 claim changed by bob', '3 figures changed by anna,
    1 by bob': grouped by user, most first."""
    one, many = CHANGED_BY.get(_noun(change), CHANGED_BY["item"])
    parts = []
    for i, (user, n) in enumerate(change.who.most_common()):
        if i:
            text = translate("live_updates", "%n by {user}", "", n)
        else:
            text = one() if n == 1 else many(n)
        parts.append(text.format(user=user))
    return ", ".join(parts) or translate("live_updates", "Other users' changes were brought in")


def _noun(change: RemoteChange) -> str:
    """'figure' when only figures changed, a record's noun when one kind, else 'item'."""
    nouns = {"figure"} if len(change.observations) or change.removed else set()
    for name, table in RECORD_TABLES.items():
        if len(change.records.get(name, ())) or change.removed_records.get(name):
            nouns.add(table.noun)
    return nouns.pop() if len(nouns) == 1 else "item"


_Words = tuple[Callable[[], str], Callable[[int], str]]

#: "n <nouns> changed by {user}" for the first user, by noun (a record table's ``noun``, or
#: 'figure', or 'item' for several kinds): the sentence for one (Qt has no English catalogue
#: to choose the singular) and the plural one. Whole sentences, so each language agrees the
#: noun and the verb with the number.
CHANGED_BY: dict[str, _Words] = {
    "figure": (
        lambda: translate("live_updates", "1 figure changed by {user}"),
        lambda n: translate("live_updates", "%n figures changed by {user}", "", n),
    ),
    "item": (
        lambda: translate("live_updates", "1 item changed by {user}"),
        lambda n: translate("live_updates", "%n items changed by {user}", "", n),
    ),
    "claim": (
        lambda: translate("live_updates", "1 claim changed by {user}"),
        lambda n: translate("live_updates", "%n claims changed by {user}", "", n),
    ),
    "project": (
        lambda: translate("live_updates", "1 project changed by {user}"),
        lambda n: translate("live_updates", "%n projects changed by {user}", "", n),
    ),
    "company role": (
        lambda: translate("live_updates", "1 company role changed by {user}"),
        lambda n: translate("live_updates", "%n company roles changed by {user}", "", n),
    ),
    "project stage": (
        lambda: translate("live_updates", "1 project stage changed by {user}"),
        lambda n: translate("live_updates", "%n project stages changed by {user}", "", n),
    ),
    "project fact": (
        lambda: translate("live_updates", "1 project fact changed by {user}"),
        lambda n: translate("live_updates", "%n project facts changed by {user}", "", n),
    ),
    "event": (
        lambda: translate("live_updates", "1 event changed by {user}"),
        lambda n: translate("live_updates", "%n events changed by {user}", "", n),
    ),
    "link": (
        lambda: translate("live_updates", "1 link changed by {user}"),
        lambda n: translate("live_updates", "%n links changed by {user}", "", n),
    ),
    "earlier value": (
        lambda: translate("live_updates", "1 earlier value changed by {user}"),
        lambda n: translate("live_updates", "%n earlier values changed by {user}", "", n),
    ),
    "entity": (
        lambda: translate("live_updates", "1 entity changed by {user}"),
        lambda n: translate("live_updates", "%n entities changed by {user}", "", n),
    ),
    "derived series": (
        lambda: translate("live_updates", "1 derived series changed by {user}"),
        lambda n: translate("live_updates", "%n derived series changed by {user}", "", n),
    ),
    "saved view": (
        lambda: translate("live_updates", "1 saved view changed by {user}"),
        lambda n: translate("live_updates", "%n saved views changed by {user}", "", n),
    ),
    "fetch query": (
        lambda: translate("live_updates", "1 fetch query changed by {user}"),
        lambda n: translate("live_updates", "%n fetch queries changed by {user}", "", n),
    ),
}
