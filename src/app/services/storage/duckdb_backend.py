"""A workspace in one DuckDB database file: the :class:`~app.services.storage.base.Storage`
of a single analyst (columnar, transactional, fast bulk reads into Arrow).

Concurrency: the process that opens a workspace for writing holds an advisory lock on a
sidecar file ``<workspace>.lock`` (released by the OS when the process dies, even on
SIGKILL). A second opener gets read-only access and the holder's name. The file is used
for one load or transaction at a time, attached to the process's one DuckDB instance and
detached after (:mod:`~app.services.storage.duckdb_files`: 1–2 ms where opening the file
afresh cost 25–40 ms), so a read-only reader in another process can still read the file
between the writer's commits. Detaching checkpoints the file; after a commit that runs in
a thread while the edit returns, and any later use of the file, and :meth:`close` before
it lets the lock go, wait for it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from app.domain.edits import Edit
from app.domain.model import normalise_sources
from app.domain.remote import RemoteChange
from app.domain.store import ObservationStore
from app.services import locking
from app.services.storage import duckdb_files, schema
from app.services.storage.arrow import STREAM_BATCH_ROWS, observations_from_batches
from app.services.storage.base import ChangeNotice, Listener, Tables, current_user
from app.services.storage.duckdb_sql import (
    describe_ops,
    execute_ops,
    fill_new,
    load_records,
    scalar_count,
    write_audit,
)
from app.services.storage.errors import (
    DamagedWorkspaceError,
    MissingWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyError,
    WorkspaceError,
    first_line,
)
from app.services.storage.history_rows import (
    FIGURE_QUERY,
    INSERT_QUERY,
    MANUAL_QUERY,
    figure_history,
    history_frame,
    manual_frame,
)

Connection = duckdb.DuckDBPyConnection
log = logging.getLogger(__name__)


class DuckDBStorage:
    """An open workspace file. Use :meth:`open` or :meth:`create`."""

    def __init__(
        self, path: Path, read_only: bool, holder: str = "", lock: locking.FileLock | None = None
    ) -> None:
        self.path: Path = path
        self.read_only = read_only
        self.holder = holder
        self._lock = lock
        self._listeners: list[Listener] = []

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        indicators: pd.DataFrame | None = None,
        observations: pd.DataFrame | None = None,
        sources: pd.DataFrame | None = None,
        records: dict[str, pd.DataFrame] | None = None,
        audit: pd.DataFrame | None = None,
        meta: dict[str, str] | None = None,
        history: pd.DataFrame | None = None,
    ) -> DuckDBStorage:
        """A new workspace at a path that does not exist yet (catalogue, maybe data; the
        audit trail, figures' history and creation facts of the workspace it copies)."""
        p = Path(path)
        if p.exists():
            raise WorkspaceError(f"{p} already exists; open it instead of creating it")
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".creating")
        tmp.unlink(missing_ok=True)
        try:
            with duckdb_files.use(tmp, read_only=False) as con:
                fill_new(con, indicators, observations, sources, records, audit, meta, history)
            os.replace(tmp, p)
        except (duckdb.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise WorkspaceError(f"could not create the workspace {p}: {exc}") from exc
        return cls.open(p)

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> DuckDBStorage:
        p = Path(path)
        if not p.exists():
            raise MissingWorkspaceError(f"there is no workspace at {p}")
        if p.is_dir():
            raise NotAWorkspaceError(f"{p} is a folder, not a Corridor workspace")
        lock = None
        holder = ""
        if not read_only:
            lock = locking.FileLock(p.with_name(p.name + ".lock"))
            holder = lock.acquire(
                f"{current_user()} on {socket.gethostname()} (process {os.getpid()})"
            )
            read_only = bool(holder)
            if read_only:
                lock = None
        ws = cls(p, read_only, holder, lock)
        try:
            ws._check()
        except WorkspaceError:
            ws.close()
            raise
        return ws

    def _check(self) -> None:
        meta = self._checked_meta()
        version = schema.checked_version(meta, str(self.path), "the file was not changed")
        if version < schema.SCHEMA_VERSION:
            self._migrate(version)

    def _checked_meta(self) -> dict[str, str]:
        try:
            with self._connect(read_only=True) as con:
                tables = {
                    r[0]
                    for r in con.execute(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_catalog = current_database()"
                    ).fetchall()
                }
                if not tables >= schema.REQUIRED_TABLES:
                    raise NotAWorkspaceError(
                        f"{self.path} is a database but not a Corridor "
                        "workspace (its tables are missing)"
                    )
                return dict(con.execute("SELECT key, value FROM meta").fetchall())
        except duckdb.Error as exc:
            raise NotAWorkspaceError(
                f"{self.path} is not a Corridor workspace or is damaged: {first_line(exc)}"
            ) from exc

    def _migrate(self, version: int) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} needs an upgrade but is open read-only")
        from app.services.backup import write_backup

        try:
            write_backup(self.path, reason=f"before upgrade from version {version}")
        except OSError as exc:
            raise WorkspaceError(
                f"could not write a backup of {self.path} before upgrading it: {exc}. "
                "Nothing was changed; free some disk space and open it again."
            ) from exc
        target = schema.SCHEMA_VERSION
        with self._transaction("migrate", f"schema {version} -> {target}") as con:
            for stmt in schema.migration_steps(version):
                con.execute(stmt)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(target)])

    def close(self) -> None:
        duckdb_files.settle(self.path)  # the last commit's checkpoint ends before the lock goes
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> DuckDBStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- connections (private: nothing above services sees a DuckDB object) ----------

    @contextlib.contextmanager
    def _connect(
        self, read_only: bool = True, timeout: float = 10.0, close_later: bool = False
    ) -> Iterator[Connection]:
        """The file attached for the block (see the module); waits while another process
        holds DuckDB's own lock. ``close_later``: detached in a thread once the block ended
        without an error."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                con = duckdb_files.enter(self.path, read_only)
                break
            except duckdb.IOException as exc:
                if "not a valid duckdb database" in str(exc).lower():
                    raise NotAWorkspaceError(
                        f"{self.path} is not a Corridor workspace (not a database file)"
                    ) from exc
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise WorkspaceError(f"could not open {self.path}: {first_line(exc)}") from exc
                time.sleep(0.05)
        ok = False
        try:
            yield con
            ok = True
        finally:
            duckdb_files.leave(self.path, con, later=close_later and ok)

    @contextlib.contextmanager
    def _transaction(
        self,
        action: str,
        description: str,
        detail: Any = None,
        history: pd.DataFrame | None = None,
    ) -> Iterator[Connection]:
        """One transaction with its audit row (and the figures' history rows): all of it
        is committed or none."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_message())
        try:
            with self._connect(read_only=False, close_later=True) as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                    write_audit(con, action, description, detail, history)
                    con.execute("COMMIT")
                except BaseException:
                    # A failed COMMIT has already ended the transaction: a ROLLBACK error
                    # then would hide the real cause (disk full, say) from the user.
                    with contextlib.suppress(duckdb.Error):
                        con.execute("ROLLBACK")
                    raise
        except duckdb.Error as exc:
            raise WorkspaceError(
                f"could not save to {self.path}: {first_line(exc)}. Nothing was changed."
            ) from exc
        except OSError as exc:
            raise WorkspaceError(
                f"could not save to {self.path}: {exc}. Nothing was changed."
            ) from exc

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A read-only connection; a database error while reading (a damaged or truncated
        file) becomes a DamagedWorkspaceError that says so, not a crash."""
        try:
            with self._connect() as con:
                yield con
        except duckdb.Error as exc:
            raise DamagedWorkspaceError(
                f"could not read {self.path}: {first_line(exc)}. The file is damaged; open "
                "a backup or another copy."
            ) from exc

    def read_only_message(self) -> str:
        if self.holder == locking.READ_ONLY_FOLDER:
            return (
                f"{self.path.name} is open read-only: you cannot write to its folder "
                "(or to its .lock file). Copy it to a folder you can write to in order "
                "to edit it."
            )
        if self.holder:
            return f"{self.path.name} is open in another Corridor ({self.holder}); read-only."
        return f"{self.path.name} is open read-only."

    # --- reading ------------------------------------------------------------------------

    def load(self) -> Tables:
        """All tables in memory, observations in obs_id order and in the contract types."""
        with self._reading() as con:
            con.execute("SET enable_progress_bar = false")
            obs = self._load_observations(con)
            src = con.execute("SELECT * FROM sources ORDER BY source_id").df()
            ind = con.execute("SELECT * FROM indicators ORDER BY topic, code").df()
            records = load_records(con)
        return Tables(obs, normalise_sources(src), ind, records)

    @staticmethod
    def _load_observations(con: Connection) -> pd.DataFrame:
        """The observations streamed in small record batches into the final arrays: no
        Arrow table, no frame of Python strings, of the whole table at any time.

        DuckDB queues at most ~1 MB of the result ahead of the reader, and scans with one
        thread (each scanning thread holds buffers of its own: about 5 MB at 1M rows, a
        tenth of the frame; the Python side encodes one batch at a time anyway). The
        thread count is the database's: it is reset at once for any other connection."""
        rows = scalar_count(con, "SELECT count(*) FROM observations")
        con.execute("SET streaming_buffer_size = '1MB'")
        con.execute("SET threads = 1")
        reader = None
        try:
            reader = con.sql("SELECT * FROM observations").to_arrow_reader(STREAM_BATCH_ROWS)
            return observations_from_batches(reader, rows)
        finally:
            if reader is not None:
                reader.close()  # (an unfinished result would refuse the next statement)
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET threads")

    def load_store(self) -> ObservationStore:
        return self.load().store()

    def meta(self) -> dict[str, str]:
        with self._reading() as con:
            return dict(con.execute("SELECT key, value FROM meta").fetchall())

    def schema_version(self) -> int:
        return int(self.meta().get("schema_version", "0"))

    def audit(self) -> pd.DataFrame:
        with self._reading() as con:
            return con.execute("SELECT * FROM audit ORDER BY audit_id").df()

    def history(self, obs_id: int) -> pd.DataFrame:
        """Every change of one figure, oldest first, with its audit row (when, who,
        action, description); the row that inserted it has column ''."""
        with self._reading() as con:
            changes = con.execute(FIGURE_QUERY.format(p="?"), [int(obs_id)]).df()
            inserts = con.execute(INSERT_QUERY).df()
        return figure_history(changes, inserts, int(obs_id))

    def manual_history(self) -> pd.DataFrame:
        """The changes of the source's columns of every figure ever changed by hand,
        oldest first (what the store's edited marks are rebuilt from)."""
        with self._reading() as con:
            return manual_frame(con.execute(MANUAL_QUERY).df())

    def history_table(self) -> pd.DataFrame:
        """The whole history table (for a copy of the workspace)."""
        with self._reading() as con:
            return con.execute("SELECT * FROM history ORDER BY audit_id, seq").df()

    def integrity_problems(self) -> list[str]:
        """Checks a reopened workspace must pass; an empty list means sound."""
        with self._reading() as con:
            counts = [(scalar_count(con, sql), what) for sql, what in schema.INTEGRITY_CHECKS]
        return [f"{n} {what}" for n, what in counts if n]

    # --- writing ------------------------------------------------------------------------

    def apply(self, edit: Edit, forward: bool = True) -> None:
        """Execute an edit (or its reversal) in one transaction with an audit row."""
        ops = edit.forward() if forward else edit.backward()
        action = edit.action if forward else f"undo {edit.action}"
        history = history_frame(edit, forward)
        with self._transaction(action, edit.text, describe_ops(ops), history) as con:
            execute_ops(con, ops)
        notice = ChangeNotice(action, edit.text, ops, current_user())
        for listener in list(self._listeners):
            listener(notice)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def user(self) -> str:
        return current_user()

    @property
    def role(self) -> str:
        return "viewer" if self.read_only else "editor"

    def watch(self, callback: Callable[[], None]) -> None:
        """One writer at a time: nobody else commits while this one is open for writing."""

    def pull(self) -> RemoteChange | None:
        return None

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Checkpoint (so the file holds every commit), then copy it whole to ``target``
        under a temporary name renamed when complete."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        tmp = target.with_name(target.name + ".part")
        try:
            with self._connect(read_only=self.read_only) as con:
                if not self.read_only:
                    con.execute("CHECKPOINT")
            shutil.copyfile(self.path, tmp)
            tmp.replace(target)
        except (OSError, duckdb.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise WorkspaceError(
                f"could not copy {self.path.name} to {target}: {first_line(exc)}"
            ) from exc
