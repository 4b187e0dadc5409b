"""The dialog an unexpected error shows instead of a silent exit.

It says what happened in one line, what to do (edits are already saved: each one is
committed when it is made), and offers the details to copy into a report, with the path of
the log file that holds the same traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import QT_TRANSLATE_NOOP, translate

#: the words under an error (marked for the catalogue, translated when the dialog is made)
WHAT_TO_DO = str(
    QT_TRANSLATE_NOOP(
        "crash_dialog",
        "Your edits are safe: Corridor saves each one to the workspace as you make it. "
        "You can keep working; if something looks wrong, restart Corridor. "
        "To report the problem, copy the details below and attach the log file.",
    )
)


AFTER_A_CRASH = str(
    QT_TRANSLATE_NOOP(
        "crash_dialog",
        "Edits made before the crash are in the workspace: Corridor saves each one as you make "
        "it. The details below are what Python wrote as the program stopped (often inside Qt or "
        "another library); please copy them into a report with the log file.",
    )
)
SOMETHING_WENT_WRONG = str(QT_TRANSLATE_NOOP("crash_dialog", "Something went wrong:"))
STOPPED_LAST_TIME = str(
    QT_TRANSLATE_NOOP("crash_dialog", "Corridor stopped unexpectedly the last time it ran:")
)


class CrashDialog(QDialog):
    def __init__(
        self,
        summary: str,
        details: str,
        log_file: Path | None = None,
        parent: QWidget | None = None,
        *,
        headline: str = SOMETHING_WENT_WRONG,
        what_to_do: str = WHAT_TO_DO,
    ) -> None:
        """``headline`` and ``what_to_do``: English marked in context "crash_dialog" (the
        module's constants), translated here."""
        super().__init__(parent)
        headline = translate("crash_dialog", headline)
        what_to_do = translate("crash_dialog", what_to_do)
        self.setWindowTitle(translate("crash_dialog", "Corridor: unexpected error"))
        self.setObjectName("crash_dialog")
        self.details = details
        layout = QVBoxLayout(self)
        self.summary_label = _label(f"<b>{_escape(headline)}</b> {_escape(summary)}")
        layout.addWidget(self.summary_label)
        layout.addWidget(_label(what_to_do))
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumSize(560, 200)
        layout.addWidget(self.details_view)
        log_text = (
            translate("crash_dialog", "Log file: {path}").format(path=log_file)
            if log_file
            else translate("crash_dialog", "No log file (logging is off).")
        )
        self.log_label = _label(_escape(log_text))
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("crash_dialog", "Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("crash_dialog", "Copied"))


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse
    )
    return label


def _escape(text: str) -> str:
    """Exception messages are data: they must not be read as rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CrashReporter:
    """The report callback for :func:`app.qt.crash.install_excepthook`: one dialog at a
    time; errors that follow while it is open are appended to its details."""

    def __init__(self, parent: QWidget | None, log_file: Path | None) -> None:
        self.parent = parent
        self.log_file = log_file
        self.dialog: CrashDialog | None = None

    def __call__(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            then = translate("crash_dialog", "--- and then ---")
            self.dialog.details += f"\n{then}\n{details}"
            self.dialog.details_view.setPlainText(self.dialog.details)
            return
        self.dialog = CrashDialog(summary, details, self.log_file, self.parent)
        self.dialog.show()


def crash_reporter(parent: QWidget | None, log_file: Path | None) -> CrashReporter:
    return CrashReporter(parent, log_file)


def show_previous_crash(parent: QWidget | None, report: str, log_file: Path | None) -> CrashDialog:
    """At start-up: the last session stopped with a fatal error (a crash Python could not
    catch); show what :mod:`app.services.fatal_log` kept of it."""
    first = next((line.strip() for line in report.splitlines() if line.strip()), "")
    dialog = CrashDialog(
        first,
        report,
        log_file,
        parent,
        headline=STOPPED_LAST_TIME,
        what_to_do=AFTER_A_CRASH,
    )
    dialog.show()
    return dialog
