"""A workspace on a PostgreSQL server: the :class:`~app.services.storage.base.Storage` of a
team. Same schema as a DuckDB file (:mod:`schema`), plus the change log of
:mod:`postgres_sql` that gives every figure a row version, tells clients what others
changed, and lets a write be refused when it would overwrite a change its author has not
seen.

Opened like a file: ``open_storage("postgresql://host/db")`` — any libpq connection string
(URIs, ``service=name``, ``.pgpass``, ``sslmode``). Nothing here stores a password; the
location shown to users never carries one.

Connections: one psycopg connection for reads and transactions (re-made when the server
drops it; a write that fails on a dropped connection before its COMMIT is retried once on a
new one), and, once somebody watches, one more that LISTENs for other clients' commits in a
thread of its own. Bulk data goes through ``COPY`` in CSV written and read by Arrow in C++.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import psycopg
from psycopg import conninfo as pg_conninfo

from app.domain.edits import Edit
from app.domain.model import (
    OBSERVATION_COLUMNS,
    normalise_sources,
)
from app.domain.records import RECORD_TABLES, empty_record_tables, normalise_records
from app.domain.remote import RemoteChange
from app.domain.store import ObservationStore
from app.services.storage import postgres_sql as sql
from app.services.storage import schema
from app.services.storage.arrow import observations_from_batches
from app.services.storage.base import ChangeNotice, Listener, Tables
from app.services.storage.duckdb_sql import describe_ops
from app.services.storage.errors import (
    DamagedWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyError,
    WorkspaceError,
    first_line,
)
from app.services.storage.history_rows import (
    MANUAL_QUERY,
    history_frame,
    manual_frame,
    with_audit_id,
)
from app.services.storage.postgres_changes import (
    CONNECT_TIMEOUT,
    Watcher,
    pull_change,
    refuse_conflicts,
)
from app.services.storage.postgres_io import (
    connect_error,
    copy_history,
    display_location,
    execute_ops,
    fill_new,
    frame,
    has_table,
    max_seq,
    oldest_running,
    query_frame,
    read_batches,
    read_figure_history,
    read_history_table,
    snapshot,
    table_names,
    write_errors,
)


class PostgresStorage:
    """An open workspace on a server. Use :meth:`open` or :meth:`create`."""

    def __init__(self, conninfo: str, read_only: bool) -> None:
        self._conninfo = conninfo
        self.location = display_location(conninfo)
        parts = pg_conninfo.conninfo_to_dict(conninfo)
        self.name = f"{parts.get('dbname') or parts.get('service') or 'workspace'} on " + str(
            parts.get("host") or "localhost"
        )
        self.path: Path | None = None
        self.holder = ""
        self.read_only = read_only
        self._asked_read_only = read_only
        self.user = ""
        self.role = "viewer"
        self._con: psycopg.Connection[Any] | None = None
        self._listeners: list[Listener] = []
        self._seen = 0
        self._own: set[int] = set()
        self._committing = 0  # the transaction id of a write while it commits
        self._closed = False
        self._watch: Watcher | None = None
        self._lock = threading.RLock()

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, location: str, read_only: bool = False) -> PostgresStorage:
        ws = cls(location, read_only)
        try:
            ws._check()
        except BaseException:
            ws.close()
            raise
        return ws

    @classmethod
    def create(
        cls,
        location: str,
        indicators: pd.DataFrame | None = None,
        observations: pd.DataFrame | None = None,
        sources: pd.DataFrame | None = None,
        records: dict[str, pd.DataFrame] | None = None,
        audit: pd.DataFrame | None = None,
        meta: dict[str, str] | None = None,
        history: pd.DataFrame | None = None,
    ) -> PostgresStorage:
        """A new workspace in an empty database: schema, data, change log, roles, in one
        transaction (a failure leaves the database as it was)."""
        ws = cls(location, False)
        try:
            con = ws._connection()
            if has_table(con, "meta"):
                raise WorkspaceError(
                    f"{ws.location} already holds a Corridor workspace; open it instead"
                )
            with ws._writing(f"could not create the workspace {ws.location}"), con.transaction():
                fill_new(
                    con.cursor(), indicators, observations, sources, records, audit, meta, history
                )
        except BaseException:
            ws.close()
            raise
        ws.close()
        return cls.open(location)

    def _check(self) -> None:
        con = self._connection()
        if not has_table(con, "meta") or not has_table(con, "observations"):
            row = con.execute("SELECT session_user, to_regclass('meta') IS NOT NULL").fetchone()
            if row and row[1]:
                raise ReadOnlyError(
                    f"{row[0]} has no role in the workspace at {self.location}: an admin of "
                    f"it can give you one (corridor workspace grant {row[0]} viewer)."
                )
            raise NotAWorkspaceError(
                f"{self.location} holds no Corridor workspace (no meta table). Copy one there "
                "with 'corridor workspace copy FILE " + self.location + "'."
            )
        version = schema.checked_version(self.meta(), self.location, "the database was not changed")
        self.user, can_write, admin = con.execute(
            "SELECT session_user, has_table_privilege('observations', 'UPDATE'), "
            "pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'meta'), 'MEMBER')"
        ).fetchone()  # type: ignore[misc]
        self.role = "admin" if admin else "editor" if can_write else "viewer"
        self.read_only = self._asked_read_only or not can_write
        if version < schema.SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Upgrade the schema: admins only, after a backup copy to a workspace file."""
        if self.role != "admin":
            raise ReadOnlyError(
                f"{self.location} needs an upgrade from workspace version {version} to "
                f"{schema.SCHEMA_VERSION}, which only an admin of it may run (you are "
                f"{self.user}, {self.role}). Nothing was changed."
            )
        from app.services import paths

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = paths.data_dir() / "server-backups" / f"{self.name}-{stamp}.duckdb"
        try:
            backup.parent.mkdir(parents=True, exist_ok=True)
            self.save_copy(backup)
        except (OSError, WorkspaceError) as exc:
            raise WorkspaceError(
                f"could not write a backup of {self.location} before upgrading it: {exc}. "
                "Nothing was changed."
            ) from exc
        target = schema.SCHEMA_VERSION
        with self._transaction("migrate", f"schema {version} -> {target}", None) as cur:
            for stmt in sql.migration_ddl(version):
                cur.execute(stmt)
            cur.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", [str(target)])

    def close(self) -> None:
        self._closed = True
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if self._con is not None:
            with contextlib.suppress(psycopg.Error):
                self._con.close()
            self._con = None

    def __enter__(self) -> PostgresStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read_only_message(self) -> str:
        if self.role == "viewer":
            return (
                f"You are signed in to {self.name} as {self.user}, a viewer: you can read "
                "the figures but not change them. An admin of the workspace can make you "
                "an editor."
            )
        return f"{self.name} is open read-only."

    # --- connections (private: nothing above services sees a psycopg object) ----------

    def _connection(self) -> psycopg.Connection[Any]:
        """The live connection, made again when the server dropped the last one."""
        con = self._con
        if con is not None and not con.closed and not con.broken:
            return con
        if self._closed:
            raise WorkspaceError(f"{self.name} was closed; open it again to read or write")
        if con is not None:
            with contextlib.suppress(psycopg.Error):
                con.close()  # dropped by the server: closed here too
        self._con = None
        try:
            con = psycopg.connect(
                self._conninfo,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT,
                application_name="Corridor",
            )
        except psycopg.OperationalError as exc:
            raise connect_error(self.location, exc) from exc
        self._con = con
        return con

    def _writing(self, what: str) -> contextlib.AbstractContextManager[None]:
        return write_errors(what, f"You are {self.user}, {self.role}.", self.location)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[psycopg.Connection[Any]]:
        try:
            yield self._connection()
        except WorkspaceError:
            raise
        except psycopg.OperationalError as exc:
            raise WorkspaceError(
                f"could not read {self.location}: the connection was lost "
                f"({first_line(exc)}). Corridor connects again on your next action."
            ) from exc
        except psycopg.Error as exc:
            raise DamagedWorkspaceError(
                f"could not read {self.location}: {first_line(exc)}"
            ) from exc

    def _read(self, fn: Callable[[psycopg.Connection[Any]], Any]) -> Any:
        """A read, tried once more on a new connection when the server dropped the old
        one (restarted, or an idle connection cut by a firewall)."""
        with self._lock:
            try:
                with self._reading() as con:
                    return fn(con)
            except WorkspaceError:
                if self._con is not None and not self._con.broken:
                    raise
            with self._reading() as con:
                return fn(con)

    @contextlib.contextmanager
    def _transaction(
        self, action: str, description: str, detail: Any, history: pd.DataFrame | None = None
    ) -> Iterator[psycopg.Cursor[Any]]:
        """One transaction holding the write lock, with its audit row naming the
        database user (and the figures' history rows): all of it is committed or none."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_message())
        con = self._connection()
        with self._writing(f"could not save to {self.name}"), con.transaction():
            cur = con.cursor()
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [sql.WRITE_LOCK])
            yield cur
            audit = cur.execute(
                "INSERT INTO audit (changed_at, who, action, description, detail) "
                "VALUES (now()::timestamp, session_user, %s, %s, %s) RETURNING audit_id",
                [action, description, json.dumps(detail, default=str) if detail else ""],
            ).fetchone()
            if history is not None and len(history) and audit is not None:
                copy_history(cur, with_audit_id(history, int(audit[0])))
            row = cur.execute("SELECT txid_current()").fetchone()
            self._own.add(int(row[0]) if row else 0)
            self._committing = int(row[0]) if row else 0

    # --- reading ------------------------------------------------------------------------

    def load(self) -> Tables:
        """Every table in memory in one snapshot; the change log's position is read in the
        same snapshot, so nothing committed later is taken as seen."""

        def read(con: psycopg.Connection[Any]) -> Tables:
            with snapshot(con):
                seen = max_seq(con)
                present = table_names(con)
                obs = observations_from_batches(
                    read_batches(con, "SELECT * FROM observations", OBSERVATION_COLUMNS)
                )
                src = normalise_sources(frame(con, "sources", "source_id"))
                ind = frame(con, "indicators", "topic, code")
                # (a workspace read for its backup before an upgrade lacks the newer tables)
                records = empty_record_tables() | {
                    name: normalise_records(name, frame(con, name, t.key))
                    for name, t in RECORD_TABLES.items()
                    if name in present
                }
            self._seen = seen
            return Tables(obs, src, ind, records)

        result: Tables = self._read(read)
        return result

    def load_store(self) -> ObservationStore:
        return self.load().store()

    def meta(self) -> dict[str, str]:
        return dict(self._read(lambda c: c.execute("SELECT key, value FROM meta").fetchall()))

    def schema_version(self) -> int:
        return int(self.meta().get("schema_version", "0"))

    def audit(self) -> pd.DataFrame:
        trail: pd.DataFrame = self._read(lambda con: frame(con, "audit", "audit_id"))
        return trail

    def history(self, obs_id: int) -> pd.DataFrame:
        """Every change of one figure, oldest first, with its audit row (when, who,
        action, description); the row that inserted it has column ''."""
        found: pd.DataFrame = self._read(lambda con: read_figure_history(con, int(obs_id)))
        return found

    def manual_history(self) -> pd.DataFrame:
        """The changes of the source's columns of every figure ever changed by hand,
        oldest first (what the store's edited marks are rebuilt from)."""
        rows: pd.DataFrame = self._read(lambda con: query_frame(con, MANUAL_QUERY, []))
        return manual_frame(rows)

    def history_table(self) -> pd.DataFrame:
        """The whole history table (for a copy; none in a workspace read for its backup
        before the upgrade that makes it)."""
        rows: pd.DataFrame = self._read(read_history_table)
        return rows

    def integrity_problems(self) -> list[str]:
        def read(con: psycopg.Connection[Any]) -> list[str]:
            out = []
            for query, what in schema.INTEGRITY_CHECKS:
                row = con.execute(query).fetchone()
                if row and row[0]:
                    out.append(f"{row[0]} {what}")
            return out

        problems: list[str] = self._read(read)
        return problems

    # --- writing ------------------------------------------------------------------------

    def apply(self, edit: Edit, forward: bool = True) -> None:
        """Execute an edit (or its reversal) in one transaction with an audit row, after
        checking that nobody changed what it changes since this client last looked:
        otherwise :class:`ConflictError` names who changed what, and nothing is written."""
        ops = edit.forward() if forward else edit.backward()
        expected = edit.backward() if forward else edit.forward()
        action = edit.action if forward else f"undo {edit.action}"
        with self._lock:
            for attempt in (1, 2):
                self._committing = 0
                try:
                    history = history_frame(edit, forward)
                    with self._transaction(action, edit.text, describe_ops(ops), history) as cur:
                        refuse_conflicts(cur, edit.text, ops, expected, self._seen, self._own)
                        execute_ops(cur, ops)
                    break
                except WorkspaceError as exc:
                    lost = isinstance(exc.__cause__, psycopg.OperationalError)
                    if attempt == 2 or not lost or self._con is None or not self._con.broken:
                        raise
                    # lost during COMMIT: the server may have committed it (then it is done)
                    if self._committing and self._committed(self._committing):
                        break
        notice = ChangeNotice(action, edit.text, ops, self.user)
        for listener in list(self._listeners):
            listener(notice)

    def _committed(self, txid: int) -> bool:
        row = self._read(lambda c: c.execute("SELECT txid_status(%s)", [txid]).fetchone())
        return bool(row and row[0] == "committed")

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from a thread of its own) soon after any client commits;
        :meth:`pull` then says what changed."""
        if self._watch is None:
            self._watch = Watcher(self._conninfo)
            self._watch.callbacks.append(callback)
            self._watch.start()
        else:
            self._watch.callbacks.append(callback)

    def pull(self) -> RemoteChange | None:
        """What other clients committed since the last load or pull (their rows as they
        are now), in one snapshot; None when nothing."""

        def read(con: psycopg.Connection[Any]) -> RemoteChange | None:
            change, self._seen = pull_change(con, self._seen, self._own)
            self._own = {t for t in self._own if t >= oldest_running(con)}
            return change

        change: RemoteChange | None = self._read(read)
        return change

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """A complete copy (every table and the audit trail) as a new workspace file."""
        from app.services.storage.copying import copy_workspace

        seen = self._seen  # the copy's reading is not this client's look at the data
        try:
            copy_workspace(self, target)
        finally:
            self._seen = seen
