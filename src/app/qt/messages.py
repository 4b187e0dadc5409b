"""One path for what the user must know: errors, warnings and notices.

Everything goes through :class:`MessageBus`, which logs it and emits a signal; the main
window shows notices in the status bar and errors that stop work in a dialog.
"""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("corridor")


class Level(IntEnum):
    INFO = logging.INFO
    WARNING = logging.WARNING
    ERROR = logging.ERROR


class MessageBus(QObject):
    #: (level, text, details)
    message = Signal(int, str, str)

    def info(self, text: str, details: str = "") -> None:
        self._post(Level.INFO, text, details)

    def warning(self, text: str, details: str = "") -> None:
        self._post(Level.WARNING, text, details)

    def error(self, text: str, details: str = "") -> None:
        self._post(Level.ERROR, text, details)

    def _post(self, level: Level, text: str, details: str) -> None:
        log.log(int(level), "%s%s", text, f"\n{details}" if details else "")
        self.message.emit(int(level), text, details)
