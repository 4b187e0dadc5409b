"""The open desk as Qt sees it: one QUndoStack, change notices for models and charts.

Every change is an :class:`~app.domain.edits.Edit` pushed here; the undo command applies
it through :meth:`Desk.apply` (workspace transaction first, memory second). A write that
fails is reported on the message bus and the command is dropped from the stack, so the
workspace, memory and the undo history stay in step.

The command keeps the edit ``Desk.apply`` returns: when an edit changed the inputs of
derived series, that is the edit with the recomputation of their figures, so undo restores
the inputs and the derived figures together and redo replays the same operations.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.edits import Edit, Op
from app.domain.store import ObservationStore
from app.qt.messages import MessageBus
from app.services.desk import Desk
from app.services.storage import WorkspaceError


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
        except (WorkspaceError, ValueError, KeyError) as exc:
            self.failed = True
            self.setObsolete(True)
            verb = "change" if forward else "undo"
            self._session.bus.error(f"Could not {verb} “{self.edit.text}”: {exc}")
            return
        self.edit = applied
        self._session.changed.emit(self.edit.forward() if forward else self.edit.backward())


class DeskSession(QObject):
    #: the operations just applied (list[Op])
    changed = Signal(object)
    #: a different desk (workspace) was opened
    replaced = Signal()

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

    def replace_desk(self, desk: Desk) -> None:
        old = self.desk
        self.desk = desk
        self.undo_stack.clear()
        old.close()
        self.replaced.emit()


__all__ = ["DeskSession", "EditCommand", "Op"]
