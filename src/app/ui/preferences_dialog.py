"""Preferences: the desk's language (numbers and dates in the table follow it).

The language is installed before the first widget is built (app.main), so a change takes
effect at the next start; the dialog offers to restart at once. The restart happens after
the window has closed and the workspace is released (:func:`restart_requested`, read by
app.main), so the new process never finds the workspace in use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import LANGUAGES, current_language, desk_language, translate
from app.qt.settings import UI_LANGUAGE, Settings

#: QCoreApplication property set when the user asked to restart in another language
RESTART_PROPERTY = "corridor_restart"


class PreferencesDialog(QDialog):
    """Edit > Preferences…: the language of the desk."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("preferences_dialog", "Preferences"))
        self.language = QComboBox()
        system = LANGUAGES[desk_language("")][0]
        self.language.addItem(
            translate("preferences_dialog", "System language ({name})").format(name=system), ""
        )
        for code, (name, _locale, _suffix) in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = settings.get(UI_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form = QFormLayout()
        form.addRow(translate("preferences_dialog", "&Language:"), self.language)
        note = QLabel(
            translate(
                "preferences_dialog",
                "Menus, dialogs and the numbers and dates in the table follow the language. "
                "Briefings choose their own language when they are exported.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The stored choice: a key of LANGUAGES, or "" for the system's language."""
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        choice = self.chosen_language()
        self.settings.set(UI_LANGUAGE, choice)
        self.settings.sync()
        super().accept()
        if desk_language(choice) != current_language():
            self.ask_restart(desk_language(choice))

    def ask_restart(self, language: str) -> None:
        """Offer to restart now in ``language`` (else it applies at the next start)."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("preferences_dialog", "Language"))
        box.setText(
            translate(
                "preferences_dialog", "Corridor will use {language} from its next start."
            ).format(language=LANGUAGES[language][0])
        )
        now = box.addButton(
            translate("preferences_dialog", "Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("preferences_dialog", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self._restart() if box.clickedButton() is now else None)
        self.restart_box = box
        box.open()

    def _restart(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.setProperty(RESTART_PROPERTY, True)
        window = self.parentWidget()
        if window is not None:
            window.window().close()  # saves the layout; app.main restarts after the exit


def restart_requested() -> bool:
    """Whether the user asked to restart (read once the event loop has ended)."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(RESTART_PROPERTY))
