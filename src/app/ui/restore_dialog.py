"""File > Restore from backup: pick one of the workspace's backups and restore it as a new
file beside the workspace (the current workspace is never overwritten or deleted)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services import backup

HEADERS = (
    str(QT_TRANSLATE_NOOP("restore_dialog", "Written")),
    str(QT_TRANSLATE_NOOP("restore_dialog", "Reason")),
    str(QT_TRANSLATE_NOOP("restore_dialog", "Size")),
)


class RestoreDialog(QDialog):
    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("restore_dialog", "Restore from backup"))
        self.workspace = Path(workspace)
        self.backups = [p for p, _reason in backup.list_backups(self.workspace)]
        self._restored: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = self._build_table()
        layout.addWidget(self.table)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("restore_dialog", "Restore as a copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _intro_text(self) -> str:
        if not self.backups:
            text = translate(
                "restore_dialog",
                "There are no backups of {workspace} yet. Corridor writes one "
                "before it upgrades a workspace to a new version.",
            )
        else:
            text = translate(
                "restore_dialog",
                "Backups of {workspace}, newest first. Restoring writes the backup "
                "to a new file next to the workspace and opens it; the current workspace "
                "stays as it is.",
            )
        return text.format(workspace=self.workspace.name)

    def _build_table(self) -> QTableWidget:
        rows = backup.list_backups(self.workspace)
        table = QTableWidget(len(rows), len(HEADERS))
        table.setHorizontalHeaderLabels([translate("restore_dialog", h) for h in HEADERS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (path, reason) in enumerate(rows):
            written = dt.datetime.fromtimestamp(backup.backup_created(path))
            cells = (
                written.strftime("%Y-%m-%d %H:%M:%S"),
                reason or path.name,
                _size_text(path.stat().st_size),
            )
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        if rows:
            table.selectRow(0)
        table.resizeColumnsToContents()
        return table

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            self.error_label.setText(translate("restore_dialog", "Choose a backup first."))
            return
        try:
            self._restored = backup.restore_backup(chosen, self.workspace)
        except OSError as exc:
            self.error_label.setText(
                translate(
                    "restore_dialog",
                    "Could not restore {backup}: {reason}. The current workspace was not changed.",
                ).format(backup=chosen.name, reason=exc)
            )
            return
        self.accept()

    def restored_path(self) -> Path | None:
        """The new file the backup was restored to, once the dialog was accepted."""
        return self._restored


def _size_text(size: int) -> str:
    if size < 1024:
        return translate("restore_dialog", "%n bytes", "", size)
    if size < 1024**2:
        return translate("restore_dialog", "{size} KB").format(size=f"{size / 1024:.1f}")
    return translate("restore_dialog", "{size} MB").format(size=f"{size / 1024**2:.1f}")
