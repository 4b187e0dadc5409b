"""Workspace commands: new, open, connect to a server, save a copy, restore from a backup.

Adapts file dialogs and the restore dialog to the session: whatever is opened replaces the
session's desk (:meth:`DeskSession.replace_desk`), and every outcome is reported on the
message bus. Takes the desk context and a parent widget for its dialogs, never the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.services.desk import Desk
from app.services.storage import WorkspaceError
from app.ui.advice import advice, role_name


def workspace_filter() -> str:
    """The file dialogs' filter, in the desk's language (the patterns stay)."""
    return translate("workspace_actions", "Corridor workspace (*.duckdb);;All files (*)")


class WorkspaceActions:
    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, translate("workspace_actions", "New workspace"), "", workspace_filter()
        )
        if path:
            self.open_desk(path, must_be_new=True)

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, translate("workspace_actions", "Open workspace"), "", workspace_filter()
        )
        if path:
            self.open_desk(path)

    def connect_server(self) -> None:
        """File > Connect to Server…: a team workspace in place of the current one."""
        from app.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self.ctx, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.desk is not None:
            self.use_desk(dialog.desk)

    def use_desk(self, desk: Desk) -> None:
        """Work on ``desk`` (opened by a dialog) from now on; the current one is closed."""
        self.ctx.session.replace_desk(desk)
        ws = desk.workspace
        self.ctx.bus.info(
            translate("workspace_actions", "Connected to {server} as {user} ({role})").format(
                server=ws.location, user=ws.user, role=role_name(ws.role)
            )
        )

    def open_desk(self, path: str, must_be_new: bool = False) -> bool:
        """Open ``path`` for writing in place of the current workspace (kept open on failure)."""
        bus = self.ctx.bus
        if must_be_new and Path(path).exists():
            bus.error(
                translate(
                    "workspace_actions",
                    "{path} already exists; choose a new name or open it instead.",
                ).format(path=path)
            )
            return False
        try:
            desk = Desk.open(path, write=True)
        except WorkspaceError as exc:
            failed = translate("workspace_actions", "Could not open the workspace: {reason}")
            bus.error(
                " ".join(filter(None, (failed.format(reason=exc), advice(exc)))),
                translate(
                    "workspace_actions", "The workspace you had open is unchanged and still open."
                ),
            )
            return False
        self.ctx.session.replace_desk(desk)
        bus.info(translate("workspace_actions", "Opened {path}").format(path=path))
        return True

    def save_workspace_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, translate("workspace_actions", "Save workspace as"), "", workspace_filter()
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, target: Path) -> bool:
        """Copy the current workspace to ``target`` and continue working on the copy."""
        desk = self.ctx.session.desk
        current = desk.workspace.path
        if current is not None and target.resolve() == current.resolve():
            return True
        try:
            desk.save_copy(target)
        except WorkspaceError as exc:
            self.ctx.bus.error(
                translate("workspace_actions", "Could not save a copy: {reason}").format(reason=exc)
            )
            return False
        return self.open_desk(str(target))

    def restore_backup(self) -> None:
        from app.ui.restore_dialog import RestoreDialog

        current = self.ctx.session.desk.workspace
        if current.path is None:
            self.ctx.bus.info(
                translate(
                    "workspace_actions", "{workspace} is not a file: it has no backups to restore."
                ).format(workspace=current.name)
            )
            return
        dialog = RestoreDialog(current.path, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored_path():
            self.open_desk(str(dialog.restored_path()))
