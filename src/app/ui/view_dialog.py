"""View > Save view… and View > Manage views…: name a view of the desk, and apply,
rename, overwrite or delete the saved ones.

The dialogs only ask; the view controller (:mod:`app.ui.view_actions`) does the work
through the callables it hands them, each one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.saved_views import SavedView
from app.qt.i18n import translate

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SaveViewDialog(QDialog):
    """The name (a new one, or an existing one to overwrite) and a note."""

    def __init__(self, names: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("view_dialog", "Save view"))
        self.names = names
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.addItems(names)
        self.name_box.setEditText(current)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("view_dialog", "What this view is for (optional)"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("view_dialog", "Name"), self.name_box)
        form.addRow(translate("view_dialog", "Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "view_dialog",
                    "Saves the pair, the table's filters and sort, the charted indicator, the "
                    "chart's mode and range, and the comparison and pivot layouts in the "
                    "workspace.",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name_box.editTextChanged.connect(self._check)
        self._check(current)

    def name(self) -> str:
        return " ".join(self.name_box.currentText().split())

    def _check(self, _text: str) -> None:
        name = self.name()
        taken = next((n for n in self.names if n.casefold() == name.casefold()), None)
        self.hint.setText(
            translate(
                "view_dialog",
                "A view called “{name}” exists: saving replaces it (Undo brings it back).",
            ).format(name=taken)
            if taken
            else ""
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(name))


class ManageViewsDialog(QDialog):
    """The saved views with what each selects; apply, rename, overwrite, delete."""

    def __init__(
        self,
        views: Callable[[], list[SavedView]],
        actions: Mapping[str, Callable[..., bool]],
        names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``actions``: "apply", "overwrite", "delete" take a name; "rename" an old and
        a new name; each returns whether it was done."""
        super().__init__(parent)
        self.setWindowTitle(translate("view_dialog", "Saved views"))
        self.views, self.commands, self.names = views, actions, dict(names or {})
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self._run("apply"))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            (
                "apply",
                translate("view_dialog", "Apply"),
                translate("view_dialog", "Show this view"),
            ),
            (
                "rename",
                translate("view_dialog", "Rename…"),
                translate("view_dialog", "Give the view another name"),
            ),
            (
                "overwrite",
                translate("view_dialog", "Overwrite with current"),
                translate("view_dialog", "Save what the desk shows now under this name"),
            ),
            (
                "delete",
                translate("view_dialog", "Delete"),
                translate("view_dialog", "Delete the view (Undo brings it back)"),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=key: self._run(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.refresh()
        self.resize(560, 360)

    def refresh(self) -> None:
        """List the stored views again (after a change), keeping the selection."""
        keep = self.selected()
        self.list.clear()
        for view in self.views():
            item = QListWidgetItem(f"{view.name} — {view.describe(self.names)}")
            item.setData(NAME_ROLE, view.name)
            item.setToolTip(view.note or view.describe(self.names))
            self.list.addItem(item)
            if view.name == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def selected(self) -> str:
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    def select(self, name: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)
                return True
        return False

    def rename_selected(self, new: str) -> bool:
        name = self.selected()
        done = bool(name) and self.commands["rename"](name, new)
        self.refresh()
        if done:
            self.select(" ".join(new.split()))
        return done

    def _run(self, key: str) -> None:
        name = self.selected()
        if not name:
            return
        if key == "rename":
            new, ok = QInputDialog.getText(
                self,
                translate("view_dialog", "Rename view"),
                translate("view_dialog", "New name"),
                text=name,
            )
            if ok and new.strip():
                self.rename_selected(new)
            return
        self.commands[key](name)
        self.refresh()

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(bool(self.selected()))
