"""Reversible edits: the one way data changes.

An edit is a pair of operation lists: ``forward()`` applies it, ``backward()`` reverts it.
Operations are three plain kinds (update some fields, insert rows, delete rows) that both
the in-memory :class:`~app.domain.store.ObservationStore` and the storage backend execute,
so that memory and the workspace file always change in the same way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.model import OBSERVATION_COLUMNS
from app.domain.records import record_table

EDITABLE_FIELDS = frozenset(OBSERVATION_COLUMNS) - {"obs_id"}


@dataclass(frozen=True)
class Update:
    obs_ids: tuple[int, ...]
    column: str
    values: tuple[Any, ...]

    def __post_init__(self) -> None:
        if self.column not in EDITABLE_FIELDS:
            raise ValueError(f"{self.column!r} cannot be edited")
        if len(self.obs_ids) != len(self.values):
            raise ValueError("one value per observation")


@dataclass(frozen=True)
class Insert:
    observations: pd.DataFrame
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: indicator catalogue rows the insert needs (codes already present are left alone)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)


@dataclass(frozen=True)
class Delete:
    obs_ids: tuple[int, ...]


@dataclass(frozen=True)
class RecordInsert:
    """Add rows to a record table (claims, projects, events, links, ...)."""

    table: str
    rows: pd.DataFrame

    def __post_init__(self) -> None:
        record_table(self.table)


@dataclass(frozen=True)
class RecordDelete:
    table: str
    ids: tuple[int, ...]

    def __post_init__(self) -> None:
        record_table(self.table)


@dataclass(frozen=True)
class RecordUpdate:
    table: str
    ids: tuple[int, ...]
    column: str
    values: tuple[Any, ...]

    def __post_init__(self) -> None:
        table = record_table(self.table)
        if self.column not in table.columns or self.column == table.key:
            raise ValueError(f"{self.column!r} of {self.table} cannot be edited")
        if len(self.ids) != len(self.values):
            raise ValueError("one value per row")


RecordOp = RecordInsert | RecordDelete | RecordUpdate
Op = Update | Insert | Delete | RecordInsert | RecordDelete | RecordUpdate


def touches_observations(ops: Sequence[Op]) -> bool:
    """Whether any operation changes observations, sources or the catalogue."""
    return any(isinstance(op, Update | Insert | Delete) for op in ops)


def touched_tables(ops: Sequence[Op]) -> set[str]:
    """The record tables the operations change."""
    return {op.table for op in ops if isinstance(op, RecordInsert | RecordDelete | RecordUpdate)}


class Edit(ABC):
    """Base of all edits (abstract, as glue's commands are: an edit class that forgets
    ``forward`` or ``backward`` fails when it is made, not when the user presses Undo).
    ``text`` is what the undo history shows; ``action`` is the audit trail's verb."""

    text: str = "edit"
    action: str = "edit"

    @abstractmethod
    def forward(self) -> list[Op]:
        """The operations that apply the edit."""

    @abstractmethod
    def backward(self) -> list[Op]:
        """The operations that revert it: ``backward`` after ``forward`` restores the data."""


class SetValues(Edit):
    """Set one column of some observations (value, qualifier, status, period, note, ...)."""

    action = "edit"

    def __init__(
        self,
        obs_ids: Sequence[int],
        columns: dict[str, tuple[Sequence[Any], Sequence[Any]]],
        text: str,
    ) -> None:
        """``columns`` maps a column to (old values, new values), one per observation."""
        self.obs_ids = tuple(int(i) for i in obs_ids)
        self.columns = {c: (tuple(old), tuple(new)) for c, (old, new) in columns.items()}
        self.text = text

    def forward(self) -> list[Op]:
        return [Update(self.obs_ids, c, new) for c, (_old, new) in self.columns.items()]

    def backward(self) -> list[Op]:
        return [Update(self.obs_ids, c, old) for c, (old, _new) in self.columns.items()]


class AddObservations(Edit):
    """Insert figures with their source rows and, where they need them, new catalogue
    rows (undo removes the figures; source and catalogue rows stay, as after an import)."""

    action = "add"

    def __init__(
        self,
        observations: pd.DataFrame,
        sources: pd.DataFrame,
        text: str,
        indicators: pd.DataFrame | None = None,
    ) -> None:
        self.observations = observations
        self.sources = sources
        self.indicators = pd.DataFrame() if indicators is None else indicators
        self.text = text

    def forward(self) -> list[Op]:
        return [Insert(self.observations, self.sources, self.indicators)]

    def backward(self) -> list[Op]:
        return [Delete(tuple(int(i) for i in self.observations["obs_id"]))]


class DeleteObservations(Edit):
    action = "delete"

    def __init__(self, observations: pd.DataFrame, text: str) -> None:
        self.observations = observations
        self.text = text

    def forward(self) -> list[Op]:
        return [Delete(tuple(int(i) for i in self.observations["obs_id"]))]

    def backward(self) -> list[Op]:
        return [Insert(self.observations)]


class CompositeEdit(Edit):
    """Several edits as one undoable step (an import that replaces figures, say)."""

    def __init__(self, edits: Sequence[Edit], text: str, action: str = "edit") -> None:
        self.edits = list(edits)
        self.text = text
        self.action = action

    def forward(self) -> list[Op]:
        return [op for e in self.edits for op in e.forward()]

    def backward(self) -> list[Op]:
        return [op for e in reversed(self.edits) for op in e.backward()]


class AddRecords(Edit):
    """Add rows to one or more record tables (a project with its companies and stages)."""

    action = "add"

    def __init__(self, rows: dict[str, pd.DataFrame], text: str) -> None:
        self.rows = {t: f for t, f in rows.items() if len(f)}
        self.text = text

    def forward(self) -> list[Op]:
        return [RecordInsert(t, f) for t, f in self.rows.items()]

    def backward(self) -> list[Op]:
        return [
            RecordDelete(t, tuple(int(i) for i in f[record_table(t).key]))
            for t, f in reversed(self.rows.items())
        ]


class DeleteRecords(Edit):
    """Remove rows (given whole, so that undo puts them back as they were)."""

    action = "delete"

    def __init__(self, rows: dict[str, pd.DataFrame], text: str) -> None:
        self.rows = {t: f for t, f in rows.items() if len(f)}
        self.text = text

    def forward(self) -> list[Op]:
        return AddRecords(self.rows, self.text).backward()

    def backward(self) -> list[Op]:
        return AddRecords(self.rows, self.text).forward()


class SetRecordValues(Edit):
    """Set columns of some rows of one record table."""

    action = "edit"

    def __init__(
        self,
        table: str,
        ids: Sequence[int],
        columns: dict[str, tuple[Sequence[Any], Sequence[Any]]],
        text: str,
    ) -> None:
        """``columns`` maps a column to (old values, new values), one per row."""
        self.table = table
        self.ids = tuple(int(i) for i in ids)
        self.columns = {c: (tuple(old), tuple(new)) for c, (old, new) in columns.items()}
        self.text = text

    def forward(self) -> list[Op]:
        return [RecordUpdate(self.table, self.ids, c, new) for c, (_o, new) in self.columns.items()]

    def backward(self) -> list[Op]:
        return [RecordUpdate(self.table, self.ids, c, old) for c, (old, _n) in self.columns.items()]
