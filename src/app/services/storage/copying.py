"""A whole workspace copied from one place to another — a DuckDB file to a PostgreSQL
database and back — and verified after.

"Whole" is every table of the schema, the audit trail and the creation facts; "verified" is
the copy opened again and compared table by table with what was read (row counts and
every value), so a copy that reports success is one that holds the same figures.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from app.domain.model import OBSERVATION_COLUMNS
from app.services.storage.base import Storage, Tables
from app.services.storage.errors import (
    MissingWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    #: table -> rows copied (observations, sources, indicators, record tables, audit)
    rows: dict[str, int]

    def lines(self) -> list[str]:
        counted = ", ".join(f"{n:,} {t}" for t, n in self.rows.items() if n)
        return [f"Copied {self.source} to {self.target}: {counted}.", "Verified: identical."]


def copy_workspace(
    source: Storage, target: str | os.PathLike[str], progress: Progress | None = None
) -> CopyReport:
    """Copy the open workspace ``source`` to ``target`` (a new workspace file, or an
    empty PostgreSQL database), then open the copy and compare it with what was read."""
    from app.services.storage import scheme_of, shown_location
    from app.services.storage.duckdb_backend import DuckDBStorage

    say = progress or (lambda _text: None)
    shown = shown_location(target)
    check_target(target)  # before the long read
    say(f"Reading {source.location}")
    tables = source.load()
    audit = source.audit()
    history = source.history_table()
    parts = (tables.indicators, tables.observations, tables.sources, tables.records)
    say(f"Writing {shown}")
    copy: Storage
    meta = source.meta()
    if scheme_of(target):
        from app.services.storage.postgres_backend import PostgresStorage

        copy = PostgresStorage.create(str(target), *parts, audit, meta, history)
    else:  # DuckDBStorage.create writes under a temporary name, renamed when complete
        copy = DuckDBStorage.create(target, *parts, audit, meta, history)
    try:
        say("Verifying the copy")
        problems = differences(tables, copy.load())
        for name, read, copied in (
            ("audit", len(audit), len(copy.audit())),
            ("history", len(history), len(copy.history_table())),
        ):
            if copied != read:
                problems.append(f"{name}: {read} rows read, {copied} in the copy")
    finally:
        copy.close()
    if problems:
        raise WorkspaceError(
            f"the copy at {shown} does not match {source.location}: " + "; ".join(problems)
        )
    rows = {
        "observations": len(tables.observations),
        "sources": len(tables.sources),
        "indicators": len(tables.indicators),
        **{name: len(frame) for name, frame in tables.records.items()},
        "audit rows": len(audit),
        "history rows": len(history),
    }
    return CopyReport(source.location, shown, rows)


def check_target(target: str | os.PathLike[str]) -> None:
    """Refuse a place a copy may not go (WorkspaceError saying why): an existing file or a
    missing folder, a database that already holds a workspace, or no database at all. A
    copy never overwrites."""
    from app.services.storage import open_storage, scheme_of, shown_location

    if not scheme_of(target):
        path = Path(target)
        if path.exists():
            raise WorkspaceError(
                f"could not copy to {path}: it already exists; copy to a new file name "
                "(a copy never overwrites)"
            )
        if not path.parent.is_dir():
            raise WorkspaceError(f"could not copy to {path}: there is no folder {path.parent}")
        return
    try:
        existing = open_storage(target, read_only=True)
    except NotAWorkspaceError:
        return  # an empty database: the copy's place
    except MissingWorkspaceError as exc:
        raise WorkspaceError(
            f"{exc}. Create an empty database first (createdb, or CREATE DATABASE in psql) "
            "and copy to it."
        ) from exc
    existing.close()
    raise WorkspaceError(
        f"{shown_location(target)} already holds a Corridor workspace; copy to an empty "
        "database (a copy never overwrites)"
    )


def differences(a: Tables, b: Tables) -> list[str]:
    """What differs between two workspaces' tables (empty when they hold the same)."""
    out: list[str] = []
    pairs: list[tuple[str, pd.DataFrame, pd.DataFrame, str]] = [
        ("observations", a.observations, b.observations, "obs_id"),
        ("sources", a.sources, b.sources, "source_id"),
        ("indicators", a.indicators, b.indicators, "code"),
    ]
    from app.domain.records import RECORD_TABLES

    pairs += [(n, a.records[n], b.records[n], t.key) for n, t in RECORD_TABLES.items()]
    for name, x, y, key in pairs:
        if len(x) != len(y):
            out.append(f"{name}: {len(x)} rows read, {len(y)} in the copy")
            continue
        if not len(x):
            continue
        cols = [c for c in x.columns if c in y.columns]
        left = _comparable(x[cols].sort_values(key).reset_index(drop=True), name)
        right = _comparable(y[cols].sort_values(key).reset_index(drop=True), name)
        bad = [c for c in cols if not left[c].equals(right[c])]
        if bad:
            out.append(f"{name}: values differ in {', '.join(bad)}")
    return out


def _comparable(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    out = {}
    for col in frame.columns:
        s = frame[col]
        if name == "observations" and OBSERVATION_COLUMNS.get(col) == "VARCHAR":
            s = s.astype(str)
        elif s.dtype == object:
            s = s.fillna("").astype(str)
        out[col] = s.reset_index(drop=True)
    return pd.DataFrame(out)
