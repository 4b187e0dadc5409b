"""A crash inside Qt or a C extension leaves a report too (qutebrowser's way).

Python's excepthook never sees a segmentation fault or an abort. While the app runs,
:mod:`faulthandler` writes the traceback of every thread to ``fatal.log`` in the log folder
when such a crash happens; a clean exit removes the file. At the next start a non-empty
``fatal.log`` means the last session died: :func:`previous_fatal_error` returns its text
(for the crash dialog) and keeps it under a dated name.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import sys
from pathlib import Path
from typing import TextIO

FATAL_NAME = "fatal.log"
KEPT = 5


class FatalLog:
    """The open fatal-error file of this session; :meth:`close` on a clean exit."""

    def __init__(self, path: Path, handle: TextIO, was_enabled: bool) -> None:
        self.path = path
        self._handle: TextIO | None = handle
        self._was_enabled = was_enabled

    def close(self) -> None:
        """A clean exit: stop writing and remove the (empty) file."""
        if self._handle is None:
            return
        faulthandler.disable()
        if self._was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)  # as it was before
        self._handle.close()
        self._handle = None
        self.path.unlink(missing_ok=True)


def enable_fatal_log(folder: Path) -> FatalLog | None:
    """Start writing fatal errors to ``folder/fatal.log``; None if the folder is unwritable
    (a crash then leaves no report, but Corridor still starts)."""
    path = Path(folder) / FATAL_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("w", encoding="utf-8")
    except OSError:
        return None
    was_enabled = faulthandler.is_enabled()
    faulthandler.enable(handle, all_threads=True)
    return FatalLog(path, handle, was_enabled)


def previous_fatal_error(folder: Path) -> str | None:
    """The report a crashed last session left, or None; the report is kept as
    ``fatal-<date>.log`` (the newest few) so that it is shown once."""
    path = Path(folder) / FATAL_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        path.unlink(missing_ok=True)
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        path.replace(path.with_name(f"fatal-{stamp}.log"))
        _prune(path.parent)
    except OSError:
        path.unlink(missing_ok=True)
    return text


def _prune(folder: Path) -> None:
    for old in sorted(folder.glob("fatal-*.log"), reverse=True)[KEPT:]:
        old.unlink(missing_ok=True)
