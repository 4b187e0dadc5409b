"""The log file: every message the user sees and every unexpected error, with its traceback.

One rotating file (about 1 MB, five old ones kept) in the per-user log folder, so a report
can say "send us the log" without the log ever filling the disk. Logging must never stop
Corridor from starting: if the folder cannot be written, the log goes to the temp folder.
"""

from __future__ import annotations

import logging
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.services import paths

LOG_NAME = "corridor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"
#: Loggers of our own code, logged from INFO up; other libraries from WARNING up.
OWN_LOGGERS = ("corridor", "app")


class CorridorLogHandler(RotatingFileHandler):
    """Marks the handler as ours so that a second setup replaces it instead of doubling it."""


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send log records to ``<log_dir>/corridor.log`` (rotating); returns the file's path."""
    folder = paths.log_dir() if log_dir is None else Path(log_dir)
    try:
        handler = _handler(folder)
    except OSError:
        folder = Path(tempfile.gettempdir()) / "Corridor-logs"
        handler = _handler(folder)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, CorridorLogHandler)]:
        root.removeHandler(old)
        old.close()
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(level)
    return Path(handler.baseFilename)


def _handler(folder: Path) -> CorridorLogHandler:
    folder.mkdir(parents=True, exist_ok=True)
    handler = CorridorLogHandler(
        folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, if it was called."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, CorridorLogHandler):
            return Path(handler.baseFilename)
    return None


def shutdown_logging() -> None:
    """Close and remove our handler (tests, and the end of the app)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, CorridorLogHandler)]:
        root.removeHandler(handler)
        handler.close()
