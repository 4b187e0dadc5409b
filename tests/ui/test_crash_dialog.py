"""An unexpected exception becomes a log entry and a dialog with copyable details; the
app keeps running. The hook is called directly (pytest-qt keeps its own excepthook during
tests), and for worker threads through ``threading.excepthook``."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app.qt.crash import CrashHook, install_excepthook
from app.qt.messages import MessageBus
from app.services.logs import BACKUP_COUNT, LOG_NAME, setup_logging, shutdown_logging
from app.ui.crash_dialog import CrashReporter, crash_reporter


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs")
    yield path
    shutdown_logging()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    return win


@pytest.fixture
def hook(window: QMainWindow, log_file: Path) -> Iterator[tuple[CrashHook, CrashReporter]]:
    reporter = crash_reporter(window, log_file)
    installed = install_excepthook(reporter, log_file)
    yield installed, reporter
    installed.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def raise_in_slot(hook: CrashHook) -> None:
    """What Qt does with an exception escaping a slot: hand it to sys.excepthook."""
    try:
        {}["missing figure"]
    except KeyError:
        hook.handle(*sys.exc_info())  # type: ignore[arg-type]


def test_exception_in_a_slot_shows_the_dialog_and_logs_it(
    qtbot: QtBot, hook: tuple[CrashHook, CrashReporter], log_file: Path
) -> None:
    installed, reporter = hook
    assert sys.excepthook == installed.handle
    QTimer.singleShot(0, lambda: raise_in_slot(installed))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "KeyError" in dialog.summary_label.text()
    assert "missing figure" in dialog.details_view.toPlainText()
    assert "raise_in_slot" in dialog.details_view.toPlainText()
    assert dialog.details_view.isReadOnly()
    assert str(log_file) in dialog.log_label.text()
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in text
    assert "raise_in_slot" in text
    # the app keeps running: the event loop still delivers timers
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


def test_copy_details_puts_the_traceback_on_the_clipboard(
    qtbot: QtBot, hook: tuple[CrashHook, CrashReporter]
) -> None:
    installed, reporter = hook
    raise_in_slot(installed)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    reporter.dialog.copy_button.click()
    assert "missing figure" in QGuiApplication.clipboard().text()


def test_exception_in_a_worker_thread_reaches_the_gui_thread(
    qtbot: QtBot, hook: tuple[CrashHook, CrashReporter]
) -> None:
    installed, reporter = hook

    def work() -> None:
        raise RuntimeError("worker <b>failed</b>")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert "&lt;b&gt;failed" in reporter.dialog.summary_label.text()  # data, not markup
    assert installed.count == 1
    raise_in_slot(installed)  # a second error while the dialog is open: appended
    qtbot.waitUntil(lambda: "missing figure" in reporter.dialog.details_view.toPlainText())


def test_a_bus_target_gets_the_error(qtbot: QtBot) -> None:
    bus = MessageBus()
    installed = install_excepthook(bus)
    try:
        with qtbot.waitSignal(bus.message) as signal:
            raise_in_slot(installed)
        level, text, details = signal.args
        assert level == logging.ERROR
        assert "KeyError" in text
        assert "missing figure" in details
    finally:
        installed.uninstall()


def test_without_a_target_the_error_is_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    installed = install_excepthook(None)
    try:
        with caplog.at_level(logging.CRITICAL, logger="corridor"):
            raise_in_slot(installed)
        assert installed.count == 1
        assert "missing figure" in caplog.text
    finally:
        installed.uninstall()


def test_uninstall_puts_the_previous_hooks_back(window: QMainWindow) -> None:
    before = (sys.excepthook, threading.excepthook)
    installed = install_excepthook(crash_reporter(window, None))
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_log_file_rotates_and_keeps_five(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    try:
        assert path == tmp_path / "logs" / LOG_NAME
        chunk = "x" * 10_000
        for _ in range(700):  # about 7 MB through a 1 MB file
            logging.getLogger("corridor").info(chunk)
        files = sorted(p.name for p in path.parent.iterdir())
        assert len(files) == 1 + BACKUP_COUNT
        assert all(p.stat().st_size <= 1_100_000 for p in path.parent.iterdir())
    finally:
        shutdown_logging()


def test_unwritable_log_folder_falls_back(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    path = setup_logging(blocker / "logs")
    try:
        logging.getLogger("corridor").warning("still logged")
        assert "still logged" in path.read_text(encoding="utf-8")
        assert blocker not in path.parents
    finally:
        shutdown_logging()


def test_the_previous_crash_is_shown_with_its_report(
    qtbot: QtBot, window: QMainWindow, log_file: Path
) -> None:
    from app.ui.crash_dialog import show_previous_crash

    report = "Fatal Python error: Aborted\n\nThread 0x01 (most recent call first):\n  ..."
    dialog = show_previous_crash(window, report, log_file)
    qtbot.addWidget(dialog)
    assert "stopped unexpectedly" in dialog.summary_label.text()
    assert "Fatal Python error: Aborted" in dialog.summary_label.text()
    assert dialog.details_view.toPlainText() == report
    assert str(log_file) in dialog.log_label.text()
