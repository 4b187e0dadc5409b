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

from app.domain.edits import Delete, Insert, Op, Update
from app.domain.model import INDICATOR_COLUMNS, normalise_observations, normalise_sources
from app.services.storage import schema
from app.services.storage.arrow import plain_frame
from app.services.storage.base import current_user

Connection = duckdb.DuckDBPyConnection


INTEGRITY_CHECKS = (
    ("SELECT count(*) - count(DISTINCT obs_id) FROM observations", "duplicate observation ids"),
    (
        "SELECT count(*) FROM observations o LEFT JOIN sources s USING (source_id) "
        "WHERE s.source_id IS NULL AND o.source_id >= 0",
        "observations whose source is missing",
    ),
    (
        "SELECT count(*) FROM observations WHERE period_end < period_start",
        "observations whose period ends before it starts",
    ),
)


def scalar_count(con: Connection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] else 0


def write_audit(con: Connection, action: str, description: str, detail: Any) -> None:
    con.execute(
        f"INSERT INTO audit ({', '.join(schema.AUDIT_COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
        [
            dt.datetime.now(),
            current_user(),
            action,
            description,
            json.dumps(detail, default=str) if detail is not None else "",
        ],
    )


def describe_ops(ops: Sequence[Op]) -> list[dict[str, Any]]:
    """What the audit row's detail says about each operation (ids and values, capped)."""
    out: list[dict[str, Any]] = []
    for op in ops:
        if isinstance(op, Update):
            out.append(
                {
                    "update": op.column,
                    "obs_ids": list(op.obs_ids)[:1000],
                    "new": [str(v) for v in op.values][:1000],
                }
            )
        elif isinstance(op, Insert):
            out.append({"insert": len(op.observations)})
        else:
            out.append({"delete": list(op.obs_ids)[:1000]})
    return out


def execute_ops(con: Connection, ops: Sequence[Op]) -> None:
    for op in ops:
        if isinstance(op, Update):
            rows = [(_sql_value(v), i) for i, v in zip(op.obs_ids, op.values, strict=True)]
            con.executemany(f"UPDATE observations SET {op.column} = ? WHERE obs_id = ?", rows)
        elif isinstance(op, Insert):
            _insert(con, op)
        elif isinstance(op, Delete):
            with _registered(con, pd.DataFrame({"obs_id": list(op.obs_ids)})) as ids:
                con.execute(f"DELETE FROM observations WHERE obs_id IN (SELECT obs_id FROM {ids})")


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
def _registered(con: Connection, frame: pd.DataFrame) -> Iterator[str]:
    """A DataFrame visible to SQL under a temporary name for the length of the block."""
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


def _sql_value(v: Any) -> Any:
    return v.item() if hasattr(v, "item") else v


def _bulk_insert(con: Connection, table: str, frame: pd.DataFrame | None) -> None:
    if frame is None or frame.empty:
        return
    cols = ", ".join(frame.columns)
    with _registered(con, plain_frame(frame)) as incoming:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {incoming}")


def fill_new(
    con: Connection,
    indicators: pd.DataFrame | None,
    observations: pd.DataFrame | None,
    sources: pd.DataFrame | None,
) -> None:
    """Schema, meta rows and the initial tables of a new workspace file, checkpointed."""
    from app import __version__

    for stmt in schema.schema_statements():
        con.execute(stmt)
    now = dt.datetime.now().isoformat(timespec="seconds")
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)", schema.initial_meta(now, f"Corridor {__version__}")
    )
    _bulk_insert(con, "indicators", indicators)
    if sources is not None:
        _bulk_insert(con, "sources", normalise_sources(sources))
    if observations is not None:
        _bulk_insert(con, "observations", normalise_observations(observations))
    con.execute("CHECKPOINT")
