"""The SQL side of the DuckDB workspace: operations of edits as statements, the audit row,
the integrity checks and the contents of a new file. :mod:`duckdb_backend` holds the
connections and transactions and calls these inside them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from app.domain.edits import (
    Delete,
    IndicatorUpsert,
    Insert,
    Op,
    RecordDelete,
    RecordInsert,
    Update,
    used_codes_message,
)
from app.domain.model import INDICATOR_COLUMNS, normalise_observations, normalise_sources
from app.domain.records import RECORD_TABLES, normalise_records, record_table
from app.services.storage import schema
from app.services.storage.arrow import insert_table
from app.services.storage.base import current_user
from app.services.storage.history_rows import id_ranges, with_audit_id

Connection = duckdb.DuckDBPyConnection

#: at most this many rows go in as one ``INSERT … VALUES`` statement: registering an
#: Arrow table costs ~3 ms, a few parameters ~1 ms (an edit of one figure writes one row)
FEW_ROWS = 16


def scalar_count(con: Connection, sql: str) -> int:
    rows = con.execute(sql).fetchall()  # fetched to the end: the connection is free again
    return int(rows[0][0]) if rows and rows[0][0] else 0


def write_audit(
    con: Connection,
    action: str,
    description: str,
    detail: Any,
    history: pd.DataFrame | None = None,
) -> None:
    """The audit row of a transaction, and the history rows (figures' old and new values)
    numbered with it."""
    row = con.execute(
        f"INSERT INTO audit ({', '.join(schema.AUDIT_COLUMNS)}) VALUES (?, ?, ?, ?, ?) "
        "RETURNING audit_id",
        [
            dt.datetime.now(),
            current_user(),
            action,
            description,
            json.dumps(detail, default=str) if detail is not None else "",
        ],
    ).fetchone()
    if history is not None and len(history) and row is not None:
        rows = with_audit_id(history, int(row[0]))
        if len(rows) <= FEW_ROWS:
            _insert_few(con, "history", rows)
        else:
            _bulk_insert(con, "history", rows)


def describe_ops(ops: Sequence[Op]) -> list[dict[str, Any]]:
    """What the audit row's detail says about each operation (ids and values, capped)."""
    out: list[dict[str, Any]] = []
    for op in ops:
        if isinstance(op, Update):
            described: dict[str, Any] = {
                "update": op.column,
                "obs_ids": list(op.obs_ids)[:1000],
                "new": [str(v) for v in op.values][:1000],
            }
            if op.old is not None:
                described["old"] = [str(v) for v in op.old][:1000]
            out.append(described)
        elif isinstance(op, Insert):
            inserted = op.observations["obs_id"].to_numpy() if len(op.observations) else ()
            out.append({"insert": len(op.observations), "inserted": id_ranges(inserted)})
            if len(op.sources):
                out[-1]["sources"] = [int(i) for i in op.sources["source_id"]][:1000]
        elif isinstance(op, IndicatorUpsert):
            out.append(
                {
                    "indicators": [str(c) for c in op.rows["code"]][:1000],
                    "removed": list(op.remove)[:1000],
                }
            )
        elif isinstance(op, Delete):
            out.append({"delete": list(op.obs_ids)[:1000]})
        elif isinstance(op, RecordInsert):
            key = record_table(op.table).key
            out.append({"insert": op.table, "ids": [int(i) for i in op.rows[key]][:1000]})
        elif isinstance(op, RecordDelete):
            out.append({"delete": op.table, "ids": list(op.ids)[:1000]})
        else:
            out.append(
                {
                    "update": f"{op.table}.{op.column}",
                    "ids": list(op.ids)[:1000],
                    "new": [str(v) for v in op.values][:1000],
                }
            )
    return out


def execute_ops(con: Connection, ops: Sequence[Op]) -> None:
    for op in ops:
        if isinstance(op, Update):
            rows = [(_sql_value(v), i) for i, v in zip(op.obs_ids, op.values, strict=True)]
            con.executemany(f"UPDATE observations SET {op.column} = ? WHERE obs_id = ?", rows)
        elif isinstance(op, Insert):
            _insert(con, op)
        elif isinstance(op, Delete):
            _delete_keys(con, "observations", "obs_id", op.obs_ids)
        elif isinstance(op, RecordInsert):
            _bulk_insert(con, op.table, normalise_records(op.table, op.rows))
        elif isinstance(op, RecordDelete):
            _delete_keys(con, op.table, record_table(op.table).key, op.ids)
        elif isinstance(op, IndicatorUpsert):
            _upsert_indicators(con, op)
        else:
            key = record_table(op.table).key
            rows = [(_sql_value(v), i) for i, v in zip(op.ids, op.values, strict=True)]
            con.executemany(f"UPDATE {op.table} SET {op.column} = ? WHERE {key} = ?", rows)


def _delete_keys(con: Connection, table: str, key: str, ids: Sequence[int]) -> None:
    with _registered(con, pd.DataFrame({"k": [int(i) for i in ids]}, dtype="int64")) as frame:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT k FROM {frame})")


def _insert(con: Connection, op: Insert) -> None:
    if len(op.indicators):
        _insert_indicators(con, op.indicators)
    if len(op.sources):
        with _registered(con, normalise_sources(op.sources)) as src:
            con.execute(
                f"INSERT INTO sources SELECT * FROM {src} WHERE source_id NOT IN "
                "(SELECT source_id FROM sources)"
            )
    _bulk_insert(con, "observations", normalise_observations(op.observations))


@contextlib.contextmanager
def _registered(con: Connection, frame: pd.DataFrame | pa.Table) -> Iterator[str]:
    """A DataFrame or Arrow table visible to SQL under a temporary name for the block."""
    name = "_frame"
    con.register(name, frame)
    try:
        yield name
    finally:
        con.unregister(name)


def _insert_indicators(con: Connection, rows: pd.DataFrame) -> None:
    """Add catalogue rows whose code is not in the catalogue yet."""
    frame = pd.DataFrame(
        {
            c: rows[c].fillna("").astype(str).to_numpy() if c in rows.columns else ""
            for c in INDICATOR_COLUMNS
        },
        index=range(len(rows)),
    )
    with _registered(con, frame) as ind:
        con.execute(
            f"INSERT INTO indicators SELECT {', '.join(INDICATOR_COLUMNS)} FROM {ind} "
            "WHERE code NOT IN (SELECT code FROM indicators)"
        )


def _upsert_indicators(con: Connection, op: IndicatorUpsert) -> None:
    """Catalogue rows replaced or added, and removed (refused while figures use them)."""
    if op.remove:
        codes = list(op.remove)
        used = con.execute(
            "SELECT indicator, count(*) FROM observations WHERE indicator IN "
            f"({', '.join('?' * len(codes))}) GROUP BY indicator ORDER BY indicator",
            codes,
        ).fetchall()
        if used:
            raise ValueError(used_codes_message([(str(c), int(n)) for c, n in used]))
        _delete_text_keys(con, "indicators", "code", codes)
    if len(op.rows):
        _delete_text_keys(con, "indicators", "code", [str(c) for c in op.rows["code"]])
        _insert_indicators(con, op.rows)


def _delete_text_keys(con: Connection, table: str, key: str, keys: Sequence[str]) -> None:
    with _registered(con, pd.DataFrame({"k": pd.Series(list(keys), dtype=object)})) as frame:
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT k FROM {frame})")


def _sql_value(v: Any) -> Any:
    return v.item() if hasattr(v, "item") else v


def _insert_few(con: Connection, table: str, frame: pd.DataFrame) -> None:
    """A few rows of plain columns (numbers, text, None) as one parameterised statement;
    a float NaN is NULL, as the Arrow path stores it."""
    row = "(" + ", ".join("?" * len(frame.columns)) + ")"
    values = [
        None if isinstance(v, float) and v != v else v
        for r in zip(*(frame[c].tolist() for c in frame.columns), strict=True)
        for v in r
    ]
    con.execute(
        f"INSERT INTO {table} ({', '.join(frame.columns)}) VALUES " + ", ".join([row] * len(frame)),
        values,
    )


def _bulk_insert(con: Connection, table: str, frame: pd.DataFrame | None) -> None:
    if frame is None or frame.empty:
        return
    cols = ", ".join(frame.columns)
    with _registered(con, insert_table(frame)) as incoming:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {incoming}")


def fill_new(
    con: Connection,
    indicators: pd.DataFrame | None,
    observations: pd.DataFrame | None,
    sources: pd.DataFrame | None,
    records: dict[str, pd.DataFrame] | None = None,
    audit: pd.DataFrame | None = None,
    meta: dict[str, str] | None = None,
    history: pd.DataFrame | None = None,
) -> None:
    """Schema, meta rows and the initial tables of a new workspace file, checkpointed
    (``audit``, ``history`` and ``meta``: the trail, the figures' history and the
    creation facts of a workspace being copied)."""
    for stmt in schema.schema_statements():
        con.execute(stmt)
    con.executemany("INSERT INTO meta VALUES (?, ?)", schema.initial_meta(meta))
    if audit is not None and len(audit):
        trail = audit[["audit_id", *schema.AUDIT_COLUMNS]].copy()
        trail["changed_at"] = pd.to_datetime(trail["changed_at"]).dt.tz_localize(None)
        with _registered(con, trail) as name:
            con.execute(f"INSERT INTO audit SELECT * FROM {name}")
        # the next audit row numbers after the copied ones
        con.execute(
            f"SELECT max(nextval('audit_seq')) FROM range({int(trail['audit_id'].max())})"
        ).fetchall()
    _bulk_insert(con, "indicators", indicators)
    if sources is not None:
        _bulk_insert(con, "sources", normalise_sources(sources))
    if observations is not None:
        _bulk_insert(con, "observations", normalise_observations(observations))
    for name, frame in (records or {}).items():
        _bulk_insert(con, name, normalise_records(name, frame))
    if history is not None and len(history):
        _bulk_insert(con, "history", history[list(schema.HISTORY_COLUMNS)])
    con.execute("CHECKPOINT")


def load_records(con: Connection) -> dict[str, pd.DataFrame]:
    """Every record table, ordered by key, in the in-memory types."""
    return {
        name: normalise_records(name, con.execute(f"SELECT * FROM {name} ORDER BY {t.key}").df())
        for name, t in RECORD_TABLES.items()
    }
