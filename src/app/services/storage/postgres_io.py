"""Reading and writing a PostgreSQL workspace in bulk: Arrow tables from ``COPY … TO``,
frames into ``COPY … FROM``, and the operations of edits as set-based statements.
:mod:`postgres_backend` calls these inside its connections and transactions.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from typing import Any

import pandas as pd
import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv
from psycopg import conninfo as pg_conninfo
from psycopg import errors as pg_errors

from app.domain.edits import (
    Delete,
    IndicatorUpsert,
    Insert,
    Op,
    RecordDelete,
    RecordInsert,
    RecordUpdate,
    Update,
    used_codes_message,
)
from app.domain.model import (
    INDICATOR_COLUMNS,
    OBSERVATION_COLUMNS,
    SOURCE_COLUMNS,
    normalise_observations,
    normalise_sources,
)
from app.domain.records import RECORD_TABLES, normalise_records, record_table
from app.services.storage import postgres_sql as sql
from app.services.storage import schema
from app.services.storage.errors import (
    ConflictError,
    MissingWorkspaceError,
    ReadOnlyError,
    WorkspaceError,
    first_line,
)
from app.services.storage.history_rows import FIGURE_QUERY, INSERT_QUERY, figure_history


def has_table(con: psycopg.Connection[Any], name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name = %s",
        [name],
    ).fetchone()
    return bool(row and row[0])


def table_names(con: psycopg.Connection[Any]) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {str(r[0]) for r in rows}


def max_seq(con: psycopg.Connection[Any]) -> int:
    row = con.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()
    return int(row[0]) if row else 0


def oldest_running(con: psycopg.Connection[Any]) -> int:
    """Transaction ids below this have ended; own ids below it are no longer needed once
    the change log has been read past them."""
    row = con.execute("SELECT txid_snapshot_xmin(txid_current_snapshot())").fetchone()
    return int(row[0]) if row else 0


@contextlib.contextmanager
def snapshot(con: psycopg.Connection[Any]) -> Iterator[None]:
    """A read-only, repeatable-read transaction: everything read in it is one moment."""
    con.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        yield
    finally:
        if not con.broken and not con.closed:
            con.execute("COMMIT")


def read_arrow(con: psycopg.Connection[Any], query: str, columns: dict[str, str]) -> pa.Table:
    """The rows of ``query`` as an Arrow table: ``COPY … TO STDOUT`` in CSV, parsed by
    Arrow's multi-threaded reader (no Python object per value)."""
    return pacsv.read_csv(_copied(con, query), convert_options=_csv_types(columns))


def read_batches(
    con: psycopg.Connection[Any], query: str, columns: dict[str, str]
) -> Iterator[pa.RecordBatch]:
    """The rows of ``query`` as Arrow record batches parsed one block of the ``COPY`` text
    at a time (the text is held whole, its parsed table never is)."""
    reader = pacsv.open_csv(
        _copied(con, query),
        read_options=pacsv.ReadOptions(block_size=_CSV_BLOCK),
        convert_options=_csv_types(columns),
    )
    yield from reader


#: bytes of CSV text parsed per record batch (about 100,000 observations)
_CSV_BLOCK = 8 << 20


def _copied(con: psycopg.Connection[Any], query: str) -> io.BytesIO:
    buf = io.BytesIO()
    with con.cursor().copy(f"COPY ({query}) TO STDOUT (FORMAT csv, HEADER)") as copy:
        for chunk in copy:
            buf.write(chunk)
    buf.seek(0)
    return buf


def _csv_types(columns: dict[str, str]) -> pacsv.ConvertOptions:
    return pacsv.ConvertOptions(
        column_types={c: _ARROW_TYPES[t] for c, t in columns.items()},
        include_columns=list(columns),
        strings_can_be_null=True,
        quoted_strings_can_be_null=False,
        true_values=["t"],
        false_values=["f"],
    )


_ARROW_TYPES = {
    "BIGINT": pa.int64(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "VARCHAR": pa.string(),
    "TIMESTAMP": pa.timestamp("us"),
}


def frame(con: psycopg.Connection[Any], table: str, order: str) -> pd.DataFrame:
    cur = con.execute(f"SELECT * FROM {table} ORDER BY {order}")
    return pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description or []])


def query_frame(con: psycopg.Connection[Any], query: str, params: Sequence[Any]) -> pd.DataFrame:
    cur = con.execute(query, list(params)) if params else con.execute(query)
    return pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description or []])


#: psycopg's placeholder (a name, so the catalogue extractor does not take it for a message)
PARAMETER = "%s"


def read_figure_history(con: psycopg.Connection[Any], obs_id: int) -> pd.DataFrame:
    """One figure's changes and the audit rows that inserted it, in one snapshot."""
    with snapshot(con):
        changes = query_frame(con, FIGURE_QUERY.format(p=PARAMETER), [obs_id])
        inserts = query_frame(con, INSERT_QUERY, [])
    return figure_history(changes, inserts, obs_id)


def read_history_table(con: psycopg.Connection[Any]) -> pd.DataFrame:
    """The history table as stored (empty where it does not exist yet)."""
    if "history" not in table_names(con):
        return pd.DataFrame({c: [] for c in schema.HISTORY_COLUMNS})
    return frame(con, "history", "audit_id, seq")


def copy_in(
    cur: psycopg.Cursor[Any], table: str, frame: pd.DataFrame | None, columns: dict[str, str]
) -> None:
    if frame is None or not len(frame):
        return
    with cur.copy(sql.copy_statement(table, list(columns))) as copy:
        copy.write(sql.copy_csv(frame, columns))


def copy_audit(cur: psycopg.Cursor[Any], audit: pd.DataFrame) -> None:
    cols = {"audit_id": "BIGINT", **{c: "VARCHAR" for c in schema.AUDIT_COLUMNS}}
    frame = audit.copy()
    frame["changed_at"] = pd.to_datetime(frame["changed_at"]).dt.strftime("%Y-%m-%d %H:%M:%S.%f")
    with cur.copy(sql.copy_statement("audit", list(cols))) as copy:
        copy.write(sql.copy_csv(frame, cols))
    cur.execute("SELECT setval('audit_seq', (SELECT coalesce(max(audit_id), 0) + 1 FROM audit))")


def copy_history(cur: psycopg.Cursor[Any], history: pd.DataFrame) -> None:
    """History rows (with their audit_id) into the history table."""
    copy_in(cur, "history", history, schema.HISTORY_COLUMNS)


def target(op: Op) -> tuple[str, Sequence[int]]:
    """The table and keys an operation changes (the catalogue's are codes: none here)."""
    if isinstance(op, IndicatorUpsert):
        return "", ()
    if isinstance(op, Update | Delete):
        return "observations", op.obs_ids
    if isinstance(op, Insert):
        return "observations", tuple(int(i) for i in op.observations["obs_id"])
    if isinstance(op, RecordInsert):
        return op.table, tuple(int(i) for i in op.rows[record_table(op.table).key])
    return op.table, op.ids


def execute_ops(cur: psycopg.Cursor[Any], ops: Sequence[Op]) -> None:
    """Run the operations of an edit as set-based statements (one per column updated)."""
    for op in ops:
        if isinstance(op, Update | RecordUpdate):
            table, ids = target(op)
            key = "obs_id" if table == "observations" else record_table(table).key
            kind = sql.column_type(table, op.column)
            cur.execute(
                sql.update_statement(table, key, op.column, kind),
                [[int(i) for i in ids], [sql.plain(v) for v in op.values]],
            )
        elif isinstance(op, Insert):
            _insert(cur, op)
        elif isinstance(op, Delete | RecordDelete):
            table, ids = target(op)
            key = "obs_id" if table == "observations" else record_table(table).key
            cur.execute(f"DELETE FROM {table} WHERE {key} = ANY(%s)", [[int(i) for i in ids]])
        elif isinstance(op, IndicatorUpsert):
            _upsert_indicators(cur, op)
        else:
            rows = normalise_records(op.table, op.rows)
            copy_in(cur, op.table, rows, RECORD_TABLES[op.table].columns)


def _insert(cur: psycopg.Cursor[Any], op: Insert) -> None:
    """Figures, and the source and catalogue rows they need that are not there yet."""
    for table, frame, columns, key in (
        ("indicators", op.indicators, INDICATOR_COLUMNS, "code"),
        ("sources", op.sources, SOURCE_COLUMNS, "source_id"),
    ):
        if not len(frame):
            continue
        if table == "sources":
            frame = normalise_sources(frame)
        else:
            frame = pd.DataFrame(
                {c: frame[c].fillna("").astype(str) if c in frame else "" for c in columns},
                index=range(len(frame)),
            )
        cur.execute(f"CREATE TEMP TABLE incoming (LIKE {table}) ON COMMIT DROP")
        copy_in(cur, "incoming", frame, columns)
        cur.execute(
            f"INSERT INTO {table} SELECT * FROM incoming WHERE {key} NOT IN "
            f"(SELECT {key} FROM {table}) ON CONFLICT DO NOTHING"
        )
        cur.execute("DROP TABLE incoming")
    copy_in(cur, "observations", normalise_observations(op.observations), OBSERVATION_COLUMNS)


def _upsert_indicators(cur: psycopg.Cursor[Any], op: IndicatorUpsert) -> None:
    """Catalogue rows replaced or added, and removed (refused while figures use them)."""
    if op.remove:
        used = cur.execute(
            "SELECT indicator, count(*) FROM observations WHERE indicator = ANY(%s) "
            "GROUP BY indicator ORDER BY indicator",
            [list(op.remove)],
        ).fetchall()
        if used:
            raise ValueError(used_codes_message([(str(c), int(n)) for c, n in used]))
        cur.execute("DELETE FROM indicators WHERE code = ANY(%s)", [list(op.remove)])
    if len(op.rows):
        rows = op.rows
        cur.execute("DELETE FROM indicators WHERE code = ANY(%s)", [[str(c) for c in rows["code"]]])
        frame = pd.DataFrame(
            {c: rows[c].fillna("").astype(str) if c in rows else "" for c in INDICATOR_COLUMNS},
            index=range(len(rows)),
        )
        copy_in(cur, "indicators", frame, INDICATOR_COLUMNS)


def fill_new(
    cur: psycopg.Cursor[Any],
    indicators: pd.DataFrame | None,
    observations: pd.DataFrame | None,
    sources: pd.DataFrame | None,
    records: dict[str, pd.DataFrame] | None,
    audit: pd.DataFrame | None,
    meta: dict[str, str] | None,
    history: pd.DataFrame | None = None,
) -> None:
    """Schema, meta rows, the initial tables, then the change log's triggers (the initial
    rows are not changes) and the roles of a new workspace, inside the caller's
    transaction (``audit`` and ``meta``: the trail and creation facts of a copied one)."""
    for stmt in sql.schema_ddl():
        cur.execute(stmt)
    cur.executemany("INSERT INTO meta VALUES (%s, %s)", schema.initial_meta(meta))
    copy_in(cur, "indicators", indicators, INDICATOR_COLUMNS)
    if sources is not None:
        copy_in(cur, "sources", normalise_sources(sources), SOURCE_COLUMNS)
    if observations is not None:
        copy_in(cur, "observations", normalise_observations(observations), OBSERVATION_COLUMNS)
    for name, rows_of in (records or {}).items():
        copy_in(cur, name, normalise_records(name, rows_of), RECORD_TABLES[name].columns)
    if audit is not None and len(audit):
        copy_audit(cur, audit)
    if history is not None and len(history):
        copy_history(cur, history)
    for stmt in sql.all_trigger_ddl() + sql.role_ddl():
        cur.execute(stmt)


@contextlib.contextmanager
def write_errors(what: str, who: str, location: str) -> Iterator[None]:
    """Database errors of a write as WorkspaceErrors that say what and that nothing
    was changed."""
    try:
        yield
    except ConflictError:
        raise
    except pg_errors.InsufficientPrivilege as exc:
        raise ReadOnlyError(
            f"{what}: the server refused it ({first_line(exc)}). {who} Nothing was changed."
        ) from exc
    except pg_errors.QueryCanceled as exc:
        raise WorkspaceError(
            f"{what}: the server cancelled it (statement timeout). Nothing was changed."
        ) from exc
    except pg_errors.DiskFull as exc:
        raise WorkspaceError(
            f"{what}: the server's disk is full. Nothing was changed; ask the server's "
            "administrator to free space."
        ) from exc
    except pg_errors.UniqueViolation as exc:
        raise ConflictError(
            f"{what}: another user added rows with the same numbers at the same time "
            "(they appear in a moment). Nothing was changed; try again."
        ) from exc
    except psycopg.OperationalError as exc:
        raise WorkspaceError(
            f"{what}: the connection to {location} was lost ({first_line(exc)}). "
            "Nothing was changed; Corridor connects again on your next action."
        ) from exc
    except psycopg.Error as exc:
        raise WorkspaceError(f"{what}: {first_line(exc)}. Nothing was changed.") from exc


def connect_error(location: str, exc: psycopg.OperationalError) -> WorkspaceError:
    """Why a connection could not be made, in words (no database: MissingWorkspaceError)."""
    text = first_line(exc)
    low = str(exc).lower()
    if "does not exist" in low and "database" in low:
        return MissingWorkspaceError(f"there is no database at {location}: {text}")
    if "password" in low or "authentication" in low:
        return WorkspaceError(
            f"the server at {location} did not accept the sign-in: {text}. Check the user "
            "name and password (or your .pgpass file)."
        )
    return WorkspaceError(
        f"could not connect to {location}: {text}. Check that the server is running and "
        "reachable from this computer."
    )


def display_location(conninfo: str) -> str:
    """The connection string as users see it: a URI without password."""
    try:
        parts = pg_conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        raise WorkspaceError(f"not a PostgreSQL connection string: {first_line(exc)}") from exc
    if "service" in parts and "host" not in parts:
        return f"postgresql:///?service={parts['service']}"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"
