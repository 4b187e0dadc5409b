"""A workspace file held open while a desk opens it: DuckDB's database instance is kept
for the open check and the load, which then connect to it instead of opening the file
again.

Every connection of :class:`~app.services.storage.duckdb_backend.DuckDBStorage` is
short-lived. A fresh one to a file that no connection of this process holds opens DuckDB's
database anew (25–40 ms: the header, the catalogue, the WAL); one to a file held open
reuses that instance (a fraction of a millisecond). :func:`file_held` holds one read-only
connection for a block: ``Desk.open`` opens the file once where it opened it twice.

A write in this process cannot connect while a read-only connection holds the file
(DuckDB refuses a second configuration of one database), so nothing is held for a file
that is not a workspace at the current schema version (its check reports it or upgrades
it) or that cannot be opened now; the block's caller writes only after it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb

from app.services.storage import schema


@contextlib.contextmanager
def file_held(path: str | os.PathLike[str]) -> Iterator[None]:
    """The workspace file at ``path`` held open (read-only) while the block runs, when it
    is one at the current schema version; otherwise the block runs as it would."""
    con = _held_connection(Path(path))
    try:
        yield
    finally:
        if con is not None:
            con.close()


def _held_connection(path: Path) -> duckdb.DuckDBPyConnection | None:
    if not path.is_file():
        return None
    try:  # the same text of the path as the storage's connections (one instance for all)
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None  # not a database, or a writer's lock: the open says why or waits
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error:
        row = None
    if row is None or row[0] != str(schema.SCHEMA_VERSION):
        con.close()
        return None
    return con
