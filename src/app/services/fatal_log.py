"""A crash inside Qt or a C extension leaves a report too (qutebrowser's way).

Python's excepthook never sees a segmentation fault or an abort. While the app runs,
:mod:`faulthandler` writes the traceback of every thread to ``fatal.<pid>.log`` in the log
folder when such a crash happens; a clean exit removes that file. At the next start a
non-empty file of a process that is no longer running means that session died:
:func:`previous_fatal_error` returns its text (for the crash dialog) and keeps it as
``crash-<date>.log``. One file per process, so two Corridors running side by side (the
second opens the workspace read-only) never read or remove each other's report.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
from pathlib import Path
from typing import TextIO

KEPT = 5


def fatal_path(folder: Path, pid: int | None = None) -> Path:
    """The fatal-error file of process ``pid`` (this process by default)."""
    return Path(folder) / f"fatal.{os.getpid() if pid is None else pid}.log"


class FatalLog:
    """The open fatal-error file of this session; :meth:`close` on a clean exit."""

    def __init__(self, path: Path, handle: TextIO, was_enabled: bool) -> None:
        self.path = path
        self._handle: TextIO | None = handle
        self._was_enabled = was_enabled

    def close(self) -> None:
        """A clean exit: stop writing and remove this process's (empty) file."""
        if self._handle is None:
            return
        faulthandler.disable()
        if self._was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)  # as it was before
        self._handle.close()
        self._handle = None
        self.path.unlink(missing_ok=True)


def enable_fatal_log(folder: Path) -> FatalLog | None:
    """Start writing this process's fatal errors to ``folder/fatal.<pid>.log``; None if
    the folder is unwritable (a crash then leaves no report, but Corridor still starts)."""
    path = fatal_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("w", encoding="utf-8")
    except OSError:
        return None
    was_enabled = faulthandler.is_enabled()
    faulthandler.enable(handle, all_threads=True)
    return FatalLog(path, handle, was_enabled)


def previous_fatal_error(folder: Path) -> str | None:
    """The reports that crashed sessions left (newest first, joined), or None. Files of
    processes still running are left alone; each report is kept once as ``crash-*.log``."""
    reports: list[tuple[float, str]] = []
    for path in Path(folder).glob("fatal.*.log"):
        pid = path.name.split(".")[1]
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            when = path.stat().st_mtime
        except OSError:
            continue
        if text:
            reports.append((when, text))
            _keep(path, when)
        path.unlink(missing_ok=True)
    if not reports:
        return None
    return "\n\n".join(text for _when, text in sorted(reports, reverse=True))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, owned by someone else
    return True


def _keep(path: Path, when: float) -> None:
    stamp = dt.datetime.fromtimestamp(when).strftime("%Y%m%d-%H%M%S")
    try:
        path.replace(path.with_name(f"crash-{stamp}-{path.name.split('.')[1]}.log"))
    except OSError:
        return
    for old in sorted(path.parent.glob("crash-*.log"), reverse=True)[KEPT:]:
        old.unlink(missing_ok=True)
