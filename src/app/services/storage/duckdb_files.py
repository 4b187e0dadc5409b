"""Workspace files attached to one DuckDB instance of the process while they are used.

Opening a DuckDB database with ``duckdb.connect(path)`` builds a database instance (its
catalogue of built-in functions, its thread pool) before it reads the file: 25–40 ms of
CPU, most of a one-figure edit's write when every short-lived connection opened the file
afresh. Here one in-memory instance is made once per process, and a workspace file is
``ATTACH``-ed to it for each use (1–2 ms) and ``DETACH``-ed when its last user is done.
Detaching closes the file: it checkpoints (folds the WAL into the file) and releases
DuckDB's file lock, so another process can open the file between this one's operations,
as with a connection per operation.

- Uses of one file share its attachment, each through a cursor of its own (cursors are
  DuckDB's thread-safe connections). An attachment has one mode: a read-write one serves
  reads too, and a read-write use waits until the read-only uses of the file end.
- A committed transaction's use ends with its detach in a thread (the checkpoint, 25–60 ms,
  runs while the edit returns; the commit is already durable in the WAL, which the next
  attach replays after a crash). Any later use of the file waits for that detach first,
  and so does :func:`settle`, which a workspace's ``close()`` calls before it lets its lock
  go.
- :func:`held` keeps the attachments of a file made during a block (``Desk.open``: the
  open check, the tables and the edit history from one attach).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb

from app.services.storage.errors import first_line

Connection = duckdb.DuckDBPyConnection
log = logging.getLogger(__name__)


@dataclass
class _Attached:
    alias: str
    read_only: bool
    users: int = 0


_state = threading.Condition()
_engine: list[Connection] = []  # the process's in-memory instance, made on first use
_attached: dict[str, _Attached] = {}
_holds: dict[str, int] = {}
_detaching: dict[str, threading.Thread] = {}
_names = itertools.count(1)


def _forget_after_fork() -> None:
    """A forked child cannot use its parent's instance (its threads did not fork)."""
    _engine.clear()
    _attached.clear()
    _holds.clear()
    _detaching.clear()


os.register_at_fork(after_in_child=_forget_after_fork)


def file_key(path: str | os.PathLike[str]) -> str:
    """One text per file, however its path is spelled (DuckDB refuses a file attached
    twice)."""
    return os.path.realpath(path)


def _cursor() -> Connection:
    if not _engine:
        _engine.append(duckdb.connect(":memory:"))
    return _engine[0].cursor()


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextlib.contextmanager
def use(
    path: str | os.PathLike[str], read_only: bool, detach_later: bool = False
) -> Iterator[Connection]:
    """A connection whose default database is the file at ``path``, attached for the
    block. ``detach_later``: when the block ends without an error and nobody else uses the
    file, it is detached in a thread (see the module). Raises ``duckdb.Error`` when the
    file cannot be attached (another process's lock, not a database)."""
    cursor = enter(path, read_only)
    ok = False
    try:
        yield cursor
        ok = True
    finally:
        leave(path, cursor, later=detach_later and ok)


@contextlib.contextmanager
def held(path: str | os.PathLike[str]) -> Iterator[None]:
    """The file at ``path`` stays attached between the uses of the block (if a use
    attaches it); detached when the block ends and nobody uses it."""
    key = file_key(path)
    with _state:
        _holds[key] = _holds.get(key, 0) + 1
    try:
        yield
    finally:
        with _state:
            _holds[key] -= 1
            if not _holds[key]:
                del _holds[key]
            entry = _attached.get(key)
            if entry is not None and not entry.users and key not in _holds:
                _detach(key, entry)


def settle(path: str | os.PathLike[str]) -> None:
    """Wait until the file at ``path`` is no longer being detached (checkpointed) by a
    thread of this process."""
    key = file_key(path)
    with _state:
        thread = _detaching.get(key)
    if thread is not None:
        thread.join()
        with _state:
            if _detaching.get(key) is thread:
                del _detaching[key]


def enter(path: str | os.PathLike[str], read_only: bool) -> Connection:
    """The file attached (or its attachment shared) and a cursor on it; :func:`leave`
    ends the use. Raises ``duckdb.Error`` when the file cannot be attached."""
    key = file_key(path)
    while True:
        settle(key)
        with _state:
            if key in _detaching:  # another thread began a detach since
                continue
            entry = _attached.get(key)
            if entry is not None and entry.read_only and not read_only:
                if entry.users:
                    _state.wait()
                    continue
                _detach(key, entry)  # only held: attached again, writable
                entry = None
            if entry is None:
                entry = _attach(key, read_only)
            entry.users += 1
            try:
                cursor = _cursor()
                cursor.execute(f'USE "{entry.alias}"')
            except BaseException:
                entry.users -= 1
                _release_if_idle(key, entry, later=False)
                raise
            return cursor


def _attach(key: str, read_only: bool) -> _Attached:
    entry = _Attached(f"workspace_{next(_names)}", read_only)
    mode = " (READ_ONLY)" if read_only else ""
    cursor = _cursor()
    try:
        cursor.execute(f'ATTACH {_quoted(key)} AS "{entry.alias}"{mode}')
    finally:
        cursor.close()
    _attached[key] = entry
    return entry


def leave(path: str | os.PathLike[str], cursor: Connection, later: bool = False) -> None:
    """End a use begun by :func:`enter`; ``later``: detach in a thread (see the module)."""
    key = file_key(path)
    with contextlib.suppress(duckdb.Error):
        cursor.close()
    with _state:
        entry = _attached[key]
        entry.users -= 1
        _release_if_idle(key, entry, later)
        _state.notify_all()


def _release_if_idle(key: str, entry: _Attached, later: bool) -> None:
    """(Holding ``_state``.) Detach the file when nobody uses or holds it."""
    if entry.users or key in _holds:
        return
    if not later:
        _detach(key, entry)
        return
    del _attached[key]
    thread = threading.Thread(
        target=_detach_quietly, args=(key, entry.alias), name=f"detach {os.path.basename(key)}"
    )
    _detaching[key] = thread
    thread.start()


def _detach(key: str, entry: _Attached) -> None:
    """(Holding ``_state``.) Detach at once: the checkpoint runs in the caller."""
    del _attached[key]
    _detach_quietly(key, entry.alias)


def _detach_quietly(key: str, alias: str) -> None:
    """DETACH, a failure logged: DuckDB detaches the file even when the checkpoint fails
    (a full disk, say), and what was committed is in the WAL, which the next attach
    replays, so nothing is lost; the caller's own error, if any, is the one to report."""
    try:
        cursor = _cursor()
        try:
            cursor.execute(f'DETACH "{alias}"')
        finally:
            cursor.close()
    except (duckdb.Error, OSError) as exc:
        log.warning("closing %s: %s", key, first_line(exc))
