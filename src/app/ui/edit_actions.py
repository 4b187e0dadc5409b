"""Edit commands: add an observation, add figures from a press text, delete, import a file.

Each command asks for what it needs (a dialog, a confirmation), turns the answer into an
:class:`~app.domain.edits.Edit` and pushes it on the session's undo stack; nothing here
writes to the workspace itself. Dropped files and text are routed here too. Takes the desk
context, a parent widget and a few callables (the pair, the current indicator, the selected
rows), never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.domain.derive.lineage import stored_by_derivations
from app.domain.edits import DeleteObservations
from app.qt.context import DeskContext
from app.qt.i18n import QT_TRANSLATE_NOOP, translate

# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
IMPORT_FILTER = str(
    QT_TRANSLATE_NOOP(
        "edit_actions", "Data files (*.csv *.tsv *.txt *.xlsx *.parquet);;All files (*)"
    )
)
TEXT_SUFFIXES = {".txt", ".text"}


class EditActions:
    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        *,
        pair: Callable[[], tuple[str, str]],
        indicator: Callable[[], str],
        selected_ids: Callable[[], list[int]],
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.pair = pair
        self.indicator = indicator
        self.selected_ids = selected_ids

    def add_observation(self) -> None:
        from app.ui.add_dialog import AddObservationDialog

        dialog = AddObservationDialog(
            self.ctx.session.store, self.pair(), self.indicator(), self.parent
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.edit is not None:
            self.ctx.session.push(dialog.edit)

    def add_from_text(self, text: str = "") -> None:
        """Review the figures found in ``text`` (empty: the user pastes one)."""
        from app.ui.extract_dialog import ExtractDialog

        dialog = ExtractDialog(
            self.ctx.session.store, runner=self.ctx.runner, parent=self.parent, pair=self.pair()
        )
        if text:
            dialog.set_text(text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.accepted_edit()
            if edit is not None:
                self.ctx.session.push(edit)

    def delete_observations(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.ctx.bus.info(translate("edit_actions", "Select the rows to delete first."))
            return
        count = len(ids)
        question = translate(
            "edit_actions", "Delete %n observation(s)? (Undo restores them.)", "", count
        )
        derived = stored_by_derivations(self.ctx.session.store, ids)
        if derived == 1:
            question += "\n\n" + translate(
                "edit_actions",
                "1 of them is a figure of a derived series: recomputing the series puts it "
                "back. Edit > Derived series… removes a series with its figures.",
            )
        elif derived:
            question += "\n\n" + translate(
                "edit_actions",
                "%n of them are figures of a derived series: recomputing the series puts them "
                "back. Edit > Derived series… removes a series with its figures.",
                "",
                derived,
            )
        answer = QMessageBox.question(
            self.parent, translate("edit_actions", "Delete observations"), question
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_ids(ids)

    def delete_ids(self, ids: list[int]) -> None:
        rows = self.ctx.session.store.rows(ids).copy()
        self.ctx.session.push(DeleteObservations(rows, f"Delete {len(ids)} observation(s)"))

    def import_file(self, path: str = "") -> None:
        """Import figures from ``path`` (empty: ask for a file) after the import dialog."""
        from app.ui.import_dialog import ImportDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.parent,
                translate("edit_actions", "Import figures"),
                "",
                translate("edit_actions", IMPORT_FILTER),
            )
        if not path:
            return
        dialog = ImportDialog(path, self.ctx.session.store, self.ctx.runner, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.planned_edit()
            if edit is not None and self.ctx.session.push(edit):
                self.ctx.bus.info(
                    translate("edit_actions", "Imported from {file}: {change}").format(
                        file=Path(path).name, change=edit.text
                    )
                )

    # --- drag and drop ------------------------------------------------------------------

    @staticmethod
    def accepts(mime: QMimeData) -> bool:
        return mime.hasUrls() or mime.hasText()

    def drop(self, mime: QMimeData) -> None:
        """A dropped text file or text goes to the press-text dialog; any other local file
        to the import dialog."""
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            path = mime.urls()[0].toLocalFile()
            if Path(path).suffix.lower() in TEXT_SUFFIXES:
                self.add_from_text(Path(path).read_text(encoding="utf-8", errors="replace"))
            else:
                self.import_file(path)
        elif mime.hasText():
            self.add_from_text(mime.text())
