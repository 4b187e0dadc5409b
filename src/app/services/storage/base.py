"""The contract every workspace backend keeps (a DuckDB file today; a PostgreSQL server is
the second implementation), and what the layers above may rely on.

Nothing above ``app.services`` sees a backend's own objects (a DuckDB connection, a
PostgreSQL cursor): the desk, the Qt session, the CLI and the dialogs talk to a
:class:`Storage` only.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import pandas as pd

from app.domain.edits import Edit, Op
from app.domain.records import empty_record_tables
from app.domain.remote import RemoteChange
from app.domain.store import ObservationStore


@dataclass(frozen=True)
class Tables:
    """Everything a workspace holds, in memory, in the types of :mod:`app.domain.model`."""

    observations: pd.DataFrame
    sources: pd.DataFrame
    indicators: pd.DataFrame
    #: claims, projects, events, links (app.domain.records)
    records: dict[str, pd.DataFrame] = field(default_factory=empty_record_tables)

    def store(self) -> ObservationStore:
        return ObservationStore(
            self.observations, self.sources, self.indicators, dict(self.records)
        )


@dataclass(frozen=True)
class ChangeNotice:
    """A change committed to a workspace: what a listener learns after the commit."""

    action: str
    description: str
    ops: Sequence[Op]
    who: str


Listener = Callable[[ChangeNotice], None]


@runtime_checkable
class Storage(Protocol):
    """An open workspace. Open one with :func:`app.services.storage.open_storage`."""

    @property
    def location(self) -> str:
        """Where it is (a file path, a server address without password)."""

    @property
    def name(self) -> str:
        """A short name for titles and messages."""

    @property
    def path(self) -> Path | None:
        """The file of a file-backed workspace (backups live beside it), else None."""

    @property
    def read_only(self) -> bool: ...

    @property
    def holder(self) -> str:
        """Who holds the write lock when this one is read-only ('' when nobody does)."""

    def read_only_message(self) -> str: ...

    def schema_version(self) -> int: ...

    def meta(self) -> dict[str, str]: ...

    def load(self) -> Tables:
        """All tables in memory, observations in obs_id order and in the contract types."""

    def load_store(self) -> ObservationStore: ...

    def audit(self) -> pd.DataFrame: ...

    def history(self, obs_id: int) -> pd.DataFrame:
        """Every change of one figure, oldest first: audit_id, changed_at, who, action
        (of the part of the edit that made it: edit, restore, import, fetch, derive,
        "undo …"), description, column, old, new (as text). The audit row that inserted
        the figure is a row with column '' (and no old or new value); a figure inserted
        before schema version 6 has none (its source tells when it came)."""

    def manual_history(self) -> pd.DataFrame:
        """The changes of value, qualifier and period of every figure ever changed by
        hand, oldest first (obs_id, column, old, new, action, who, changed_at, audit_id):
        what :meth:`ObservationStore.edited_ids` is rebuilt from at load."""

    def history_table(self) -> pd.DataFrame:
        """The whole history table as stored (a copy of the workspace carries it)."""

    def integrity_problems(self) -> list[str]:
        """Checks a reopened workspace must pass; an empty list means sound."""

    def apply(self, edit: Edit, forward: bool = True) -> None:
        """Execute an edit (or its reversal) in one transaction with an audit row."""

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Write a complete, consistent copy to ``target`` (a new DuckDB file)."""

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener`` after each change this client committed."""

    @property
    def user(self) -> str:
        """Who the audit trail names for this client's changes (OS or database user)."""

    @property
    def role(self) -> str:
        """'viewer', 'editor' or 'admin' (a file: 'editor', or 'viewer' when read-only)."""

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback``, from any thread, soon after another client commits (a server;
        a file has one writer, so never)."""

    def pull(self) -> RemoteChange | None:
        """What other clients committed since the last load or pull, or None."""

    def close(self) -> None:
        """Release the workspace (its lock, its connections)."""

    def __enter__(self) -> Storage: ...

    def __exit__(self, *exc: object) -> None: ...


def current_user() -> str:
    """The operating-system user, as the audit trail names them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
