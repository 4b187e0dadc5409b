"""An advisory, crash-safe lock on a sidecar file.

The operating system releases the lock when the holding process ends, however it ends
(SIGKILL included), so a stale lock file never blocks anyone. The file keeps the holder's
description so that a second opener can say who has the workspace.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


#: What :meth:`FileLock.acquire` returns when the lock file cannot be opened for writing
#: (a read-only folder or file system, or a lock file another user owns).
READ_ONLY_FOLDER = "nobody (the folder is read-only)"


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, holder: str) -> str:
        """Take the lock; return '' on success or the current holder's description."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            # A read-only folder: nobody can write here, so nobody holds it for writing.
            return READ_ONLY_FOLDER
        if not _try_lock(fd):
            try:
                text = os.read(fd, 4096).decode("utf-8", "replace").strip()
            except OSError:  # Windows refuses to read a locked byte range
                text = ""
            finally:
                os.close(fd)
            return text or "another process"
        os.ftruncate(fd, 0)
        os.write(fd, holder.encode("utf-8"))
        os.fsync(fd)
        self._fd = fd
        return ""

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
