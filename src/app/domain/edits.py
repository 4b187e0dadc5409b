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

from app.domain.model import INDICATOR_COLUMNS, OBSERVATION_COLUMNS, empty_observations
from app.domain.records import record_table

EDITABLE_FIELDS = frozenset(OBSERVATION_COLUMNS) - {"obs_id"}

#: Audit actions of edits made by hand (a figure they change no longer says what its
#: source said); imports, fetches and recomputations are the sources' own word.
MANUAL_ACTIONS = frozenset({"edit", "restore"})


@dataclass(frozen=True)
class Update:
    """Set ``column`` of some figures to ``values``; ``old`` (when the edit knows it) is
    what they held before, kept in the audit trail and the figures' history."""

    obs_ids: tuple[int, ...]
    column: str
    values: tuple[Any, ...]
    old: tuple[Any, ...] | None = None

    def __post_init__(self) -> None:
        if self.column not in EDITABLE_FIELDS:
            raise ValueError(f"{self.column!r} cannot be edited")
        if len(self.obs_ids) != len(self.values):
            raise ValueError("one value per observation")
        if self.old is not None and len(self.old) != len(self.values):
            raise ValueError("one old value per observation")


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


@dataclass(frozen=True)
class IndicatorUpsert:
    """Write indicator catalogue rows (``rows``: INDICATOR_COLUMNS; a code already in the
    catalogue has its other columns replaced) and remove the catalogue rows ``remove``.
    Removing a code that figures still use is refused (ValueError) by every executor."""

    rows: pd.DataFrame
    remove: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if "code" not in self.rows.columns:
            raise ValueError("indicator rows need a code column")
        if set(self.remove) & {str(c) for c in self.rows["code"]}:
            raise ValueError("an indicator cannot be written and removed at once")


def used_codes_message(used: Sequence[tuple[str, int]]) -> str:
    """Why indicator codes cannot be removed: (code, figures using it) pairs."""
    named = ", ".join(f"{code} ({n:,} figure{'s' * (n != 1)})" for code, n in used)
    return (
        f"cannot remove the indicator {named}: figures still use it; delete them or give "
        "them another indicator first"
    )


RecordOp = RecordInsert | RecordDelete | RecordUpdate
Op = Update | Insert | Delete | RecordInsert | RecordDelete | RecordUpdate | IndicatorUpsert


def touches_observations(ops: Sequence[Op]) -> bool:
    """Whether any operation changes observations, sources or the catalogue."""
    return any(isinstance(op, Update | Insert | Delete | IndicatorUpsert) for op in ops)


#: the columns whose change moves a figure between indicators or pairs
PLACING_COLUMNS = ("indicator", "reporter", "partner")


def changes_counts(ops: Sequence[Op]) -> bool:
    """Whether the operations may change how many figures an indicator has for a pair
    (rows added or deleted, the catalogue changed, a figure moved), not only values."""
    return any(
        isinstance(op, Insert | Delete | IndicatorUpsert)
        or (isinstance(op, Update) and op.column in PLACING_COLUMNS)
        for op in ops
    )


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
        action: str = "edit",
    ) -> None:
        """``columns`` maps a column to (old values, new values), one per observation;
        ``action``: "restore" when the values bring back an earlier state."""
        self.obs_ids = tuple(int(i) for i in obs_ids)
        self.columns = {c: (tuple(old), tuple(new)) for c, (old, new) in columns.items()}
        self.text = text
        self.action = action

    def forward(self) -> list[Op]:
        return [Update(self.obs_ids, c, new, old) for c, (old, new) in self.columns.items()]

    def backward(self) -> list[Op]:
        return [Update(self.obs_ids, c, old, new) for c, (old, new) in self.columns.items()]


class SaveIndicators(Edit):
    """Create or change indicator catalogue rows (the catalogue's own editor).

    ``before`` holds the rows as they were (none for a new code), ``after`` as they become:
    forward writes ``after``; backward writes ``before`` back and removes the codes that
    ``before`` lacks (a created indicator goes away again, refused while figures use it)."""

    action = "edit"

    def __init__(self, before: pd.DataFrame, after: pd.DataFrame, text: str) -> None:
        self.before = _indicator_rows(before)
        self.after = _indicator_rows(after)
        self.text = text

    def forward(self) -> list[Op]:
        return [IndicatorUpsert(self.after)]

    def backward(self) -> list[Op]:
        kept = set(self.before["code"])
        created = tuple(c for c in self.after["code"] if c not in kept)
        return [IndicatorUpsert(self.before, created)]


def _indicator_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Catalogue rows with every catalogue column, as text."""
    return pd.DataFrame(
        {
            c: (rows[c].fillna("").astype(str).to_numpy() if c in rows.columns else "")
            for c in INDICATOR_COLUMNS
        },
        index=pd.RangeIndex(len(rows)),
    )


class AddSource(Edit):
    """Add source rows on their own, so that a figure can then cite a new source:
    ``CompositeEdit([AddSource(...), SetValues(ids, {"source_id": ...})])``. Undo leaves
    the rows (as undoing an import does): a source row nothing cites does no harm, and
    redo finds it already there."""

    action = "add"

    def __init__(self, sources: pd.DataFrame, text: str) -> None:
        self.sources = sources
        self.text = text

    def forward(self) -> list[Op]:
        return [Insert(empty_observations(), self.sources)]

    def backward(self) -> list[Op]:
        return []


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


def op_actions(edit: Edit, forward: bool = True) -> list[tuple[Op, str]]:
    """The operations of ``edit`` (or of its reversal), each with the action of the part
    of the edit it comes from: a re-import's value changes are "import" although they are
    a SetValues, and the recomputation an edit caused is "derive". A part whose action is
    the generic "edit" takes its parent's; undo prefixes "undo "."""
    prefix = "" if forward else "undo "
    return [(op, prefix + action) for op, action in _parts(edit, forward, edit.action)]


def _parts(edit: Edit, forward: bool, inherited: str) -> list[tuple[Op, str]]:
    action = inherited if edit.action == "edit" else edit.action
    if isinstance(edit, CompositeEdit) and type(edit).forward is CompositeEdit.forward:
        children = edit.edits if forward else list(reversed(edit.edits))
        return [pair for child in children for pair in _parts(child, forward, action)]
    return [(op, action) for op in (edit.forward() if forward else edit.backward())]


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
