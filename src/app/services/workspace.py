"""The workspace: one DuckDB database file holding observations, sources, the indicator
catalogue, an audit trail and the schema version.

Concurrency: the process that opens a workspace for writing holds an advisory lock on a
sidecar file ``<workspace>.lock`` (released by the OS when the process dies, even on
SIGKILL). A second opener gets read-only access and the holder's name. DuckDB connections
are short-lived (one per load or transaction), so a read-only reader can still read the
file between the writer's commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.domain.edits import Delete, Edit, Insert, Op, Update
from app.domain.model import (
    CATEGORICAL_COLUMNS,
    INDICATOR_COLUMNS,
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    normalise_observations,
    normalise_sources,
)
from app.domain.store import ObservationStore
from app.services import locking

SCHEMA_VERSION = 1
MAGIC = "corridor-workspace"


class WorkspaceError(Exception):
    """Something is wrong with a workspace; the message says what and where."""


class NotAWorkspaceError(WorkspaceError):
    pass


class NewerWorkspaceError(WorkspaceError):
    pass


class MissingWorkspaceError(WorkspaceError):
    pass


class ReadOnlyError(WorkspaceError):
    pass


@dataclass(frozen=True)
class Tables:
    observations: pd.DataFrame
    sources: pd.DataFrame
    indicators: pd.DataFrame


def _ddl(table: str, columns: dict[str, str], key: str | None) -> str:
    cols = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == key else "") for c, t in columns.items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    _ddl("indicators", INDICATOR_COLUMNS, "code"),
    _ddl("sources", SOURCE_COLUMNS, "source_id"),
    _ddl("observations", OBSERVATION_COLUMNS, "obs_id"),
    "CREATE SEQUENCE IF NOT EXISTS audit_seq",
    "CREATE TABLE IF NOT EXISTS audit (audit_id BIGINT DEFAULT nextval('audit_seq'), "
    "changed_at TIMESTAMP, who VARCHAR, action VARCHAR, description VARCHAR, detail VARCHAR)",
]

#: migrations[n] upgrades a version-n workspace to n+1.
MIGRATIONS: dict[int, list[str]] = {}


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Workspace:
    """An open workspace file. Use :meth:`open` or :meth:`create`."""

    def __init__(self, path: Path, read_only: bool, holder: str = "",
                 lock: locking.FileLock | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self.holder = holder
        self._lock = lock

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], indicators: pd.DataFrame | None = None,
               observations: pd.DataFrame | None = None,
               sources: pd.DataFrame | None = None) -> Workspace:
        """A new workspace at a path that does not exist yet (catalogue, maybe data)."""
        p = Path(path)
        if p.exists():
            raise WorkspaceError(f"{p} already exists; open it instead of creating it")
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".creating")
        tmp.unlink(missing_ok=True)
        try:
            con = duckdb.connect(str(tmp))
            try:
                _create_schema(con)
                _bulk_insert(con, "indicators", indicators)
                if sources is not None:
                    _bulk_insert(con, "sources", normalise_sources(sources))
                if observations is not None:
                    _bulk_insert(con, "observations", normalise_observations(observations))
                con.execute("CHECKPOINT")
            finally:
                con.close()
            os.replace(tmp, p)
        except (duckdb.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise WorkspaceError(f"could not create the workspace {p}: {exc}") from exc
        return cls.open(p)

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> Workspace:
        p = Path(path)
        if not p.exists():
            raise MissingWorkspaceError(f"there is no workspace at {p}")
        if p.is_dir():
            raise NotAWorkspaceError(f"{p} is a folder, not a Corridor workspace")
        lock = None
        holder = ""
        if not read_only:
            lock = locking.FileLock(p.with_name(p.name + ".lock"))
            holder = lock.acquire(f"{_user()} on {socket.gethostname()} (process {os.getpid()})")
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
        try:
            with self.connect(read_only=True) as con:
                tables = {r[0] for r in con.execute(
                    "SELECT table_name FROM information_schema.tables").fetchall()}
                if not {"meta", "observations", "sources", "indicators"} <= tables:
                    raise NotAWorkspaceError(f"{self.path} is a database but not a Corridor "
                                             "workspace (its tables are missing)")
                meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        except duckdb.Error as exc:
            raise NotAWorkspaceError(
                f"{self.path} is not a Corridor workspace or is damaged: {_first_line(exc)}"
            ) from exc
        if meta.get("magic") != MAGIC:
            raise NotAWorkspaceError(f"{self.path} is not a Corridor workspace")
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise NewerWorkspaceError(
                f"{self.path} was written by a newer Corridor (workspace version {version}; "
                f"this Corridor reads up to {SCHEMA_VERSION}). Update Corridor to open it; "
                "the file was not changed.")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path} needs an upgrade but is open read-only")
        from app.services.backup import write_backup

        try:
            write_backup(self.path, reason=f"before upgrade from version {version}")
        except OSError as exc:
            raise WorkspaceError(
                f"could not write a backup of {self.path} before upgrading it: {exc}. "
                "Nothing was changed; free some disk space and open it again.") from exc
        with self.transaction("migrate", f"schema {version} -> {SCHEMA_VERSION}") as con:
            for v in range(version, SCHEMA_VERSION):
                for stmt in MIGRATIONS[v]:
                    con.execute(stmt)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                        [str(SCHEMA_VERSION)])

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- connections --------------------------------------------------------------------

    @contextlib.contextmanager
    def connect(self, read_only: bool = True, timeout: float = 10.0) -> Iterator[
            duckdb.DuckDBPyConnection]:
        """A short-lived connection; waits while another process holds DuckDB's own lock."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.IOException as exc:
                if "not a valid duckdb database" in str(exc).lower():
                    raise NotAWorkspaceError(
                        f"{self.path} is not a Corridor workspace (not a database file)"
                    ) from exc
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise WorkspaceError(f"could not open {self.path}: {_first_line(exc)}") from exc
                time.sleep(0.05)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def transaction(self, action: str, description: str, detail: Any = None) -> Iterator[
            duckdb.DuckDBPyConnection]:
        """One transaction with its audit row: all of it is committed or none."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_message())
        try:
            with self.connect(read_only=False) as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                    con.execute(
                        "INSERT INTO audit (changed_at, who, action, description, detail) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [dt.datetime.now(), _user(), action, description,
                         json.dumps(detail, default=str) if detail is not None else ""])
                    con.execute("COMMIT")
                except BaseException:
                    # A failed COMMIT has already ended the transaction: a ROLLBACK error
                    # then would hide the real cause (disk full, say) from the user.
                    with contextlib.suppress(duckdb.Error):
                        con.execute("ROLLBACK")
                    raise
        except duckdb.Error as exc:
            raise WorkspaceError(
                f"could not save to {self.path}: {_first_line(exc)}. Nothing was changed."
            ) from exc
        except OSError as exc:
            raise WorkspaceError(
                f"could not save to {self.path}: {exc}. Nothing was changed.") from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection; a database error while reading (a damaged or truncated
        file) becomes a WorkspaceError that says so, not a crash."""
        try:
            with self.connect() as con:
                yield con
        except duckdb.Error as exc:
            raise WorkspaceError(
                f"could not read {self.path}: {_first_line(exc)}. The file is damaged; open "
                "a backup (File > Restore from backup) or another copy.") from exc

    def read_only_message(self) -> str:
        if self.holder == locking.READ_ONLY_FOLDER:
            return (f"{self.path.name} is open read-only: you cannot write to its folder "
                    "(or to its .lock file). Copy it to a folder you can write to in order "
                    "to edit it.")
        if self.holder:
            return f"{self.path.name} is open in another Corridor ({self.holder}); read-only."
        return f"{self.path.name} is open read-only."

    # --- reading ------------------------------------------------------------------------

    def load(self) -> Tables:
        """All tables in memory, observations in obs_id order and in the contract types.

        Observations come through Arrow and are dictionary-encoded column by column, so a
        10-million-row workspace never exists as 10 million Python strings per dimension
        (DuckDB's own ``.df()`` builds those, then categorising them costs as much again).
        """
        with self.reading() as con:
            con.execute("SET enable_progress_bar = false")
            table = con.sql("SELECT * FROM observations").to_arrow_table()
            src = con.execute("SELECT * FROM sources ORDER BY source_id").df()
            ind = con.execute("SELECT * FROM indicators ORDER BY topic, code").df()
        return Tables(_observations_from_arrow(table), normalise_sources(src), ind)

    def load_store(self) -> ObservationStore:
        t = self.load()
        return ObservationStore(t.observations, t.sources, t.indicators)

    def meta(self) -> dict[str, str]:
        with self.reading() as con:
            return dict(con.execute("SELECT key, value FROM meta").fetchall())

    def audit(self) -> pd.DataFrame:
        with self.reading() as con:
            return con.execute("SELECT * FROM audit ORDER BY audit_id").df()

    def integrity_problems(self) -> list[str]:
        """Checks a reopened workspace must pass; an empty list means sound."""
        problems: list[str] = []
        with self.reading() as con:
            dup = con.execute("SELECT count(*) - count(DISTINCT obs_id) FROM observations"
                              ).fetchone()
            if dup and dup[0]:
                problems.append(f"{dup[0]} duplicate observation ids")
            orphan = con.execute(
                "SELECT count(*) FROM observations o LEFT JOIN sources s USING (source_id) "
                "WHERE s.source_id IS NULL AND o.source_id >= 0").fetchone()
            if orphan and orphan[0]:
                problems.append(f"{orphan[0]} observations whose source is missing")
            bad = con.execute("SELECT count(*) FROM observations WHERE period_end < period_start"
                              ).fetchone()
            if bad and bad[0]:
                problems.append(f"{bad[0]} observations whose period ends before it starts")
        return problems

    # --- writing ------------------------------------------------------------------------

    def apply(self, edit: Edit, forward: bool = True) -> None:
        """Execute an edit (or its reversal) in one transaction with an audit row."""
        ops = edit.forward() if forward else edit.backward()
        action = edit.action if forward else f"undo {edit.action}"
        with self.transaction(action, edit.text, _describe(ops)) as con:
            execute_ops(con, ops)


def _observations_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The observations frame of :func:`normalise_observations`, built from Arrow columns.

    Dimensions become categoricals straight from Arrow's dictionary encoding (categories
    sorted, as ``astype("category")`` sorts them); other text columns share one Python
    string per distinct value. Rows are put in obs_id order with a permutation only when
    the file does not already hold them in that order.
    """
    if table.num_rows == 0:
        return normalise_observations(table.to_pandas())
    ids = table.column("obs_id").to_numpy()
    if len(ids) > 1 and not bool(np.all(ids[1:] >= ids[:-1])):
        table = table.take(pa.array(np.argsort(ids, kind="stable")))
    out: dict[str, Any] = {}
    for name, sql in OBSERVATION_COLUMNS.items():
        column = table.column(name)
        if sql == "VARCHAR":
            codes, labels = _dictionary(column)
            out[name] = (pd.Categorical.from_codes(codes, categories=pd.Index(labels))
                         if name in CATEGORICAL_COLUMNS
                         else pd.Series(np.asarray(labels, dtype=object)[codes], dtype=object))
        elif sql == "BOOLEAN":
            out[name] = pc.fill_null(column, False).to_numpy()
        elif sql != "DOUBLE" and column.null_count:
            raise WorkspaceError(f"{column.null_count} observations have no {name}")
        else:
            out[name] = column.to_numpy()  # DOUBLE NULL reads as NaN
    return _typed(pd.DataFrame(out))


def _dictionary(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """(codes, sorted distinct texts) of a text column; NULL reads as ''."""
    encoded = pc.fill_null(column, "").combine_chunks().dictionary_encode()
    labels = encoded.dictionary.to_pylist()
    rank = np.argsort(np.asarray(labels, dtype=object)) if labels else np.zeros(0, np.int64)
    where = np.empty(len(labels), dtype=np.int64)
    where[rank] = np.arange(len(labels))
    codes = where[encoded.indices.to_numpy(zero_copy_only=False)] if len(labels) else \
        np.zeros(len(encoded), dtype=np.int64)
    return codes, [labels[i] for i in rank]


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Numeric and boolean columns in the contract's numpy types (DuckDB's are equal or
    wider); text columns are already categorical or object."""
    for name, sql in OBSERVATION_COLUMNS.items():
        if sql in ("BIGINT", "INTEGER", "DOUBLE", "BOOLEAN"):
            frame[name] = frame[name].to_numpy().astype(_NUMPY[sql], copy=False)
    return frame


_NUMPY = {"BIGINT": "int64", "INTEGER": "int32", "DOUBLE": "float64", "BOOLEAN": "bool"}


def _describe(ops: Sequence[Op]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for op in ops:
        if isinstance(op, Update):
            out.append({"update": op.column, "obs_ids": list(op.obs_ids)[:1000],
                        "new": [str(v) for v in op.values][:1000]})
        elif isinstance(op, Insert):
            out.append({"insert": len(op.observations)})
        else:
            out.append({"delete": list(op.obs_ids)[:1000]})
    return out


def execute_ops(con: duckdb.DuckDBPyConnection, ops: Sequence[Op]) -> None:
    for op in ops:
        if isinstance(op, Update):
            rows = [(_sql_value(v), i) for i, v in zip(op.obs_ids, op.values, strict=True)]
            con.executemany(f"UPDATE observations SET {op.column} = ? WHERE obs_id = ?", rows)
        elif isinstance(op, Insert):
            if len(op.indicators):
                _insert_indicators(con, op.indicators)
            if len(op.sources):
                with _registered(con, normalise_sources(op.sources)) as src:
                    con.execute(f"INSERT INTO sources SELECT * FROM {src} WHERE source_id NOT IN "
                                "(SELECT source_id FROM sources)")
            _bulk_insert(con, "observations", normalise_observations(op.observations))
        elif isinstance(op, Delete):
            with _registered(con, pd.DataFrame({"obs_id": list(op.obs_ids)})) as ids:
                con.execute(f"DELETE FROM observations WHERE obs_id IN (SELECT obs_id FROM {ids})")


@contextlib.contextmanager
def _registered(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> Iterator[str]:
    """A DataFrame visible to SQL under a temporary name for the length of the block."""
    name = "_frame"
    con.register(name, frame)
    try:
        yield name
    finally:
        con.unregister(name)


def _insert_indicators(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> None:
    """Add catalogue rows whose code is not in the catalogue yet."""
    frame = pd.DataFrame({c: rows[c].fillna("").astype(str).to_numpy() if c in rows.columns else ""
                          for c in INDICATOR_COLUMNS}, index=range(len(rows)))
    with _registered(con, frame) as ind:
        con.execute(f"INSERT INTO indicators SELECT {', '.join(INDICATOR_COLUMNS)} FROM {ind} "
                    "WHERE code NOT IN (SELECT code FROM indicators)")


def _sql_value(v: Any) -> Any:
    if hasattr(v, "item"):
        return v.item()
    return v


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame | None) -> None:
    if frame is None or frame.empty:
        return
    cols = list(frame.columns)
    plain = frame.copy()
    for c in cols:
        if isinstance(plain[c].dtype, pd.CategoricalDtype):
            plain[c] = plain[c].astype(str)
    with _registered(con, plain) as incoming:
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} "
                    f"FROM {incoming}")


def _create_schema(con: duckdb.DuckDBPyConnection) -> None:
    for stmt in SCHEMA:
        con.execute(stmt)
    now = dt.datetime.now().isoformat(timespec="seconds")
    from app import __version__

    con.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("magic", MAGIC), ("schema_version", str(SCHEMA_VERSION)), ("created", now),
        ("created_by", f"Corridor {__version__}")])


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
