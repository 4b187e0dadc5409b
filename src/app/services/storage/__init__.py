"""Workspaces behind one interface: :class:`Storage` (the contract), its backends, the
schema they share and the Arrow conversion they share.

``open_storage(location)`` picks the backend from the location: a file path is a DuckDB
workspace; a server URL names a server backend. Adding a backend is one module
implementing :class:`Storage` plus one line in :data:`BACKENDS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from app.services.storage.base import ChangeNotice, Listener, Storage, Tables, current_user
from app.services.storage.duckdb_backend import DuckDBStorage
from app.services.storage.errors import (
    ConflictError,
    DamagedWorkspaceError,
    MissingWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyError,
    WorkspaceError,
)


#: URL scheme -> opener of a workspace on a server, (location, read_only) -> Storage
def _open_postgres(location: str, read_only: bool) -> Storage:
    # imported when first used: a desk on a file never loads libpq
    from app.services.storage.postgres_backend import PostgresStorage

    return PostgresStorage.open(location, read_only)


BACKENDS: dict[str, Callable[[str, bool], Storage]] = {
    "postgresql": _open_postgres,
    "postgres": _open_postgres,
}


def scheme_of(location: str | os.PathLike[str]) -> str:
    """'postgresql' for 'postgresql://host/db', '' for a file path (Windows drives too)."""
    text = str(location)
    head, sep, _rest = text.partition("://")
    return head.lower() if sep and head.isalpha() and len(head) > 1 else ""


def shown_location(location: str | os.PathLike[str]) -> str:
    """A location as messages may show it: a server address never with its password."""
    text = str(location)
    if not scheme_of(text):
        return text
    from app.services.storage.postgres_io import display_location

    try:
        return display_location(text)
    except WorkspaceError:  # not a connection string: show none of it
        return f"{scheme_of(text)}://…"


def open_storage(location: str | os.PathLike[str], read_only: bool = False) -> Storage:
    """Open the workspace at ``location`` (a DuckDB file, or a server URL)."""
    scheme = scheme_of(location)
    if not scheme:
        return DuckDBStorage.open(Path(location), read_only=read_only)
    if scheme not in BACKENDS:
        raise WorkspaceError(
            f"this Corridor cannot open {scheme}:// workspaces (it opens workspace files{_also()})"
        )
    return BACKENDS[scheme](str(location), read_only)


def create_storage(
    location: str | os.PathLike[str],
    indicators: pd.DataFrame | None = None,
    observations: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    records: dict[str, pd.DataFrame] | None = None,
) -> Storage:
    """A new workspace file at ``location`` with the given tables."""
    if scheme_of(location):
        raise WorkspaceError(f"{location} is not a file path; a new workspace is a file")
    return DuckDBStorage.create(location, indicators, observations, sources, records)


def _also() -> str:
    return "".join(f" and {s}:// servers" for s in sorted(BACKENDS))


__all__ = [
    "BACKENDS",
    "ChangeNotice",
    "ConflictError",
    "DamagedWorkspaceError",
    "DuckDBStorage",
    "Listener",
    "MissingWorkspaceError",
    "NewerWorkspaceError",
    "NotAWorkspaceError",
    "ReadOnlyError",
    "Storage",
    "Tables",
    "WorkspaceError",
    "create_storage",
    "current_user",
    "open_storage",
    "scheme_of",
    "shown_location",
]
