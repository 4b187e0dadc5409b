"""File and edit commands of the main window (a mixin, so main_window.py stays a composition).

Each handler asks for what it needs (a path, a dialog), builds an Edit or calls a service,
and reports through the message bus. Nothing here writes to the workspace directly: edits
go through the session's undo stack.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.domain.edits import DeleteObservations
from app.services.atomic import write_text_atomic
from app.services.desk import Desk
from app.services.summary import RENDERERS, build_summary
from app.services.workspace import WorkspaceError
from app.ui.add_dialog import AddObservationDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

WORKSPACE_FILTER = "Corridor workspace (*.duckdb);;All files (*)"
SUMMARY_FILTERS = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "csv": "CSV (*.csv)"}
TEXT_SUFFIXES = {".txt", ".text"}


class FileActions:
    """Mixed into MainWindow; ``self`` is the window."""

    # --- workspaces ---------------------------------------------------------------------

    def new_workspace(self: MainWindow) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New workspace", "", WORKSPACE_FILTER)
        if path:
            self._open_desk(path, write=True, must_be_new=True)

    def open_workspace(self: MainWindow) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open workspace", "", WORKSPACE_FILTER)
        if path:
            self._open_desk(path, write=True)

    def _open_desk(self: MainWindow, path: str, write: bool, must_be_new: bool = False) -> bool:
        if must_be_new and Path(path).exists():
            self.bus.error(f"{path} already exists; choose a new name or open it instead.")
            return False
        try:
            desk = Desk.open(path, write=write)
        except WorkspaceError as exc:
            self.bus.error(f"Could not open the workspace: {exc}",
                           "The workspace you had open is unchanged and still open.")
            return False
        self.session.replace_desk(desk)
        self.bus.info(f"Opened {path}")
        return True

    def save_workspace_as(self: MainWindow) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save workspace as", "", WORKSPACE_FILTER)
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self: MainWindow, target: Path) -> bool:
        """Copy the current workspace to ``target`` and continue working on the copy."""
        ws = self.session.desk.workspace
        if target.resolve() == ws.path.resolve():
            return True
        try:
            with ws.connect(read_only=ws.read_only) as con:
                if not ws.read_only:
                    con.execute("CHECKPOINT")
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(ws.path, tmp)
            tmp.replace(target)
        except (OSError, WorkspaceError) as exc:
            self.bus.error(f"Could not save a copy to {target}: {exc}")
            return False
        return self._open_desk(str(target), write=True)

    def restore_backup(self: MainWindow) -> None:
        from app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.session.desk.workspace.path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored_path():
            self._open_desk(str(dialog.restored_path()), write=True)

    # --- import, export -----------------------------------------------------------------

    def import_file(self: MainWindow, path: str = "") -> None:
        from app.ui.import_dialog import ImportDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Import figures", "",
                                                  "Data files (*.csv *.tsv *.txt *.xlsx "
                                                  "*.parquet);;All files (*)")
        if not path:
            return
        dialog = ImportDialog(path, self.session.store, self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.planned_edit()
            if edit is not None and self.session.push(edit):
                self.bus.info(f"Imported from {Path(path).name}: {edit.text}")

    def export_summary(self: MainWindow) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export summary", self.settings.get("export/last_dir"),
            ";;".join(SUMMARY_FILTERS.values()))
        if not path:
            return
        fmt = next((k for k, v in SUMMARY_FILTERS.items() if v == chosen),
                   Path(path).suffix.lstrip(".") or "md")
        fmt = fmt if fmt in RENDERERS else "md"
        text = RENDERERS[fmt](build_summary(self.session.store, *self.pair()))
        try:
            write_text_atomic(Path(path), text)
        except OSError as exc:
            self.bus.error(f"Could not write {path}: {exc}")
            return
        self.settings.set("export/last_dir", str(Path(path).parent))
        self.bus.info(f"Summary written to {path}")

    # --- edits --------------------------------------------------------------------------

    def add_observation(self: MainWindow) -> None:
        dialog = AddObservationDialog(self.session.store, self.pair(), self.indicator[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.edit is not None:
            self.session.push(dialog.edit)

    def add_from_text(self: MainWindow, text: str = "") -> None:
        from app.ui.extract_dialog import ExtractDialog

        dialog = ExtractDialog(self.session.store, runner=self.runner, parent=self)
        if text:
            dialog.set_text(text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.accepted_edit()
            if edit is not None:
                self.session.push(edit)

    def delete_observations(self: MainWindow) -> None:
        ids = self.table.selected_obs_ids()
        if not ids:
            self.bus.info("Select the rows to delete first.")
            return
        answer = QMessageBox.question(self, "Delete observations",
                                      f"Delete {len(ids)} observation(s)? (Undo restores them.)")
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_ids(ids)

    def delete_ids(self: MainWindow, ids: list[int]) -> None:
        rows = self.session.store.rows(ids).copy()
        self.session.push(DeleteObservations(rows, f"Delete {len(ids)} observation(s)"))

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self: Any, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self: Any, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            path = mime.urls()[0].toLocalFile()
            if Path(path).suffix.lower() in TEXT_SUFFIXES:
                self.add_from_text(Path(path).read_text(encoding="utf-8", errors="replace"))
            else:
                self.import_file(path)
        elif mime.hasText():
            self.add_from_text(mime.text())
        event.acceptProposedAction()
