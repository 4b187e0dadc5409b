"""Turn an unexpected exception into a log entry and a dialog, not a silent exit.

:func:`install_excepthook` replaces ``sys.excepthook`` and ``threading.excepthook``. The
hook logs the traceback, then hands (summary, details) to a QObject that lives on the GUI
thread through a queued signal, so an exception in a worker thread also ends in a dialog
shown by the GUI thread. The app keeps running: Qt only reaches the excepthook for an
exception escaping a slot or virtual method, after which the event loop goes on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot

from app.qt.i18n import translate

log = logging.getLogger("corridor")

Report = Callable[[str, str], None]
SUMMARY_CHARS = 300


class CrashHook(QObject):
    """Receives every unhandled exception and reports it on the GUI thread."""

    #: (summary, details): emitted from any thread, delivered on the GUI thread
    crashed = Signal(str, str)

    def __init__(self, report: Report, log_file: Path | None = None) -> None:
        super().__init__()
        self.log_file = log_file
        self.count = 0
        self._report = report
        self._previous = (sys.excepthook, threading.excepthook)
        self.crashed.connect(self._deliver)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous[1]

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.count += 1
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}".strip().rstrip(":")
        if len(summary) > SUMMARY_CHARS:  # the whole message is in the details
            summary = summary[:SUMMARY_CHARS] + "…"
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self.crashed.emit(summary, details)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _deliver(self, summary: str, details: str) -> None:
        try:
            self._report(summary, details)
        except Exception:  # the reporter itself failed: the log has it, go on
            log.exception("Could not show the error report")


def install_excepthook(
    target: QObject | Report | None = None, log_file: Path | None = None
) -> CrashHook:
    """Install the hook; keep the returned object alive (parent it or hold it).

    ``target`` is a callback ``(summary, details)`` run on the GUI thread (for the full
    dialog pass :func:`app.ui.crash_dialog.crash_reporter`) or a message bus (its
    ``error(text, details)``); with neither, the error is logged only.
    """
    hook = CrashHook(_as_report(target), log_file)
    if isinstance(target, QObject):
        hook.setParent(target)
    hook.install()
    return hook


def _as_report(target: QObject | Report | None) -> Report:
    if target is not None and not isinstance(target, QObject):
        return target
    error = getattr(target, "error", None)
    if callable(error):
        return lambda summary, details: error(
            translate("crash", "Unexpected error: {summary}").format(summary=summary), details
        )
    return lambda _summary, _details: None  # logged by the hook already
