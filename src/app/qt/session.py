"""The open desk as Qt sees it: one QUndoStack, change notices for models and charts.

Every change is an :class:`~app.domain.edits.Edit` pushed here; the undo command applies
it through :meth:`Desk.apply` (workspace transaction first, memory second). A write that
fails is reported on the message bus and the command is dropped from the stack, so the
workspace, memory and the undo history stay in step.

The command keeps the edit ``Desk.apply`` returns: when an edit changed the inputs of
derived series, that is the edit with the recomputation of their figures, so undo restores
the inputs and the derived figures together and redo replays the same operations.

On a shared workspace, :meth:`DeskSession.pull` brings in what other users committed (the
live-update controller calls it when the server says something changed). A write the server
refuses because someone else changed the same figure first (:class:`ConflictError`) is
followed by a pull, so memory shows their value, and by :attr:`DeskSession.conflict`, which
carries the edit the user wanted in effect and the server's sentence.

The panels follow ``changed`` at once; the background work they start for it (conflicts,
claim checks, the table's YoY) begins once the window has repainted
(:func:`app.qt.tasks.after_repaint`), so the edit shows without workers slowing the paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.edits import Edit, Op, SetValues
from app.domain.remote import RemoteChange
from app.domain.store import ObservationStore
from app.qt.i18n import translate
from app.qt.messages import MessageBus
from app.qt.tasks import after_repaint
from app.services.desk import Desk
from app.services.storage import ConflictError, WorkspaceError


class EditCommand(QUndoCommand):
    def __init__(self, session: DeskSession, edit: Edit) -> None:
        super().__init__(edit.text)
        self._session = session
        self.edit = edit
        self.failed = False

    def redo(self) -> None:
        self._run(forward=True)

    def undo(self) -> None:
        self._run(forward=False)

    def _run(self, forward: bool) -> None:
        try:
            applied = self._session.desk.apply(self.edit, forward)
        except ConflictError as exc:
            self._drop()
            self._session.report_conflict(self.edit if forward else undone(self.edit), str(exc))
            return
        except (WorkspaceError, ValueError, KeyError) as exc:
            self._drop()
            text = (
                translate("session", "Could not change “{edit}”: {error}")
                if forward
                else translate("session", "Could not undo “{edit}”: {error}")
            )
            self._session.bus.error(text.format(edit=self.edit.text, error=exc))
            return
        self.edit = applied
        self._session.announce(self.edit.forward() if forward else self.edit.backward())

    def _drop(self) -> None:
        """The write failed: the command leaves the stack (workspace and memory unchanged)."""
        self.failed = True
        self.setObsolete(True)


def undone(edit: Edit) -> Edit:
    """What undoing ``edit`` would have put in effect, as an edit of its own where it can
    be one (the values of a :class:`SetValues` swapped), else ``edit`` itself."""
    if isinstance(edit, SetValues):
        swapped: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
            c: (new, old) for c, (old, new) in edit.columns.items()
        }
        return SetValues(edit.obs_ids, swapped, f"Undo {edit.text}")
    return edit


class DeskSession(QObject):
    #: the operations just applied (list[Op])
    changed = Signal(object)
    #: a different desk (workspace) was opened
    replaced = Signal()
    #: other users' changes were brought in (RemoteChange; after ``changed`` with their ops)
    pulled = Signal(object)
    #: a write was refused because someone else changed it first: (the edit the user
    #: wanted in effect, the server's sentence naming who and the value now there)
    conflict = Signal(object, str)

    def __init__(
        self, desk: Desk, bus: MessageBus, parent: QObject | None = None, read_only_hint: str = ""
    ) -> None:
        """``read_only_hint``: what the user can do when an edit meets a read-only
        workspace, worded by the UI (app.main passes :func:`app.ui.advice.read_only_hint`)."""
        super().__init__(parent)
        self.read_only_hint = read_only_hint
        self.desk = desk
        self.bus = bus
        self.undo_stack = QUndoStack(self)

    @property
    def store(self) -> ObservationStore:
        return self.desk.store

    def push(self, edit: Edit) -> bool:
        """Apply an edit as one undoable step; False (and a message) if it failed."""
        if self.desk.read_only:
            self.bus.warning(
                " ".join(
                    filter(None, (self.desk.workspace.read_only_message(), self.read_only_hint))
                )
            )
            return False
        cmd = EditCommand(self, edit)
        self.undo_stack.push(cmd)
        return not cmd.failed

    def pull(self) -> RemoteChange | None:
        """Bring in what other users committed since the last look; models follow through
        ``changed``. WorkspaceError when the server cannot be read."""
        ops, change = self.desk.pull()
        if ops:
            self.announce(ops)
            self.pulled.emit(change)
        return change

    def announce(self, ops: Sequence[Op]) -> None:
        """Emit ``changed``; the tasks its receivers start wait for the repaint."""
        with after_repaint():
            self.changed.emit(ops)

    def report_conflict(self, edit: Edit, message: str) -> None:
        """After a refused write: memory catches up with the server, then ``conflict``."""
        try:
            self.pull()
        except WorkspaceError as exc:
            message = translate(
                "session", "{message} Their change could not be shown: {error}"
            ).format(message=message, error=exc)
        self.bus.warning(message)
        self.conflict.emit(edit, message)

    def replace_desk(self, desk: Desk) -> None:
        old = self.desk
        self.desk = desk
        self.undo_stack.clear()
        old.close()
        self.replaced.emit()


__all__ = ["DeskSession", "EditCommand", "Op"]
