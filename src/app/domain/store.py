"""The in-memory tables: observations, sources and the indicator catalogue.

The store executes edit operations (:mod:`app.domain.edits`) and keeps an obs_id -> row
lookup. Views (filters, sorts) never reorder it: they hold row-position arrays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import (
    Delete,
    Edit,
    IndicatorUpsert,
    Insert,
    Op,
    RecordDelete,
    RecordInsert,
    RecordUpdate,
    Update,
    used_codes_message,
)
from app.domain.history import SOURCED_COLUMNS, SourceMarks, same
from app.domain.model import (
    CODED_COLUMNS,
    ID_COLUMNS,
    OBSERVATION_COLUMNS,
    OBSERVATION_DTYPES,
    checked_integers,
    coerced_floats,
    dtype_problems,
    empty_observations,
    empty_sources,
    fitted_ids,
    id_column,
    id_index,
    id_positions,
    normalise_observations,
    normalise_sources,
    source_labels,
    sparse_entries,
    sparse_from_entries,
    text_categories,
    with_categories,
    with_sparse_values,
)
from app.domain.records import (
    empty_record_tables,
    next_record_ids,
    normalise_records,
    record_table,
)
from app.domain.selection import PAIR_COLUMNS, pair_rows


@dataclass
class ObservationStore:
    observations: pd.DataFrame = field(default_factory=empty_observations)
    sources: pd.DataFrame = field(default_factory=empty_sources)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: claims, projects and their rows, events, links (see app.domain.records)
    records: dict[str, pd.DataFrame] = field(default_factory=empty_record_tables)
    #: bumped on every change so that views know to refresh
    generation: int = 0
    #: who the store's edits are by (the workspace's user; the desk sets it)
    user: str = ""
    #: the source's values of figures changed by hand (see app.domain.history)
    marks: SourceMarks = field(default_factory=SourceMarks, repr=False)
    _index: pd.Index | None = field(default=None, repr=False)
    #: (the sources table, its labels): see source_label_by_id
    _labels: tuple[pd.DataFrame, dict[int, str]] | None = field(default=None, repr=False)
    #: (the indicators table, names by code): see indicator_names
    _names: tuple[pd.DataFrame, dict[str, str]] | None = field(default=None, repr=False)
    #: pair -> (frame id, row count, positions): see pair_positions
    _pairs: dict[tuple[str, str], tuple[int, int, np.ndarray]] = field(
        default_factory=dict, repr=False
    )
    _edited: tuple[int, frozenset[int]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # the store holds its figures in the contract's types (app.domain.model), whoever
        # built the frame; a frame already in them is taken as it is
        if dtype_problems(self.observations):
            self.observations = normalise_observations(self.observations)

    # --- lookups ------------------------------------------------------------------------

    def positions(self, obs_ids: Iterable[int]) -> np.ndarray:
        """Row positions of obs_ids; raises KeyError for an unknown id."""
        ids = np.fromiter((int(i) for i in obs_ids), dtype="int64")
        pos = self.positions_or_missing(ids)
        if (pos < 0).any():
            raise KeyError(f"unknown observation ids: {ids[pos < 0].tolist()[:5]}")
        return pos

    def positions_or_missing(self, ids: np.ndarray) -> np.ndarray:
        """Row positions of the ids of an integer array, -1 for an id not held."""
        if self._index is None:
            self._index = id_index(self.observations["obs_id"])
        return id_positions(self._index, ids)

    def pair_positions(self, a: str, b: str) -> np.ndarray:
        """Row positions of the pair's figures (:func:`~app.domain.selection.pair_mask`),
        read-only. Kept until a change adds or deletes rows or changes a row's countries:
        the desk asks after every edit, and an edit of a value must not cost a pass over
        every row of a large workspace."""
        frame = self.observations
        held = self._pairs.get((a, b))
        if held is not None and held[:2] == (id(frame), len(frame)):
            return held[2]
        positions = pair_rows(frame, a, b)
        positions.flags.writeable = False
        self._pairs[(a, b)] = (id(frame), len(frame), positions)
        return positions

    def rows(self, obs_ids: Sequence[int]) -> pd.DataFrame:
        return self.observations.iloc[self.positions(obs_ids)]

    def get(self, obs_id: int, column: str) -> Any:
        return self.observations[column].iat[int(self.positions([obs_id])[0])]

    def source(self, source_id: int) -> dict[str, Any]:
        hit = self.sources[self.sources["source_id"] == source_id]
        return {} if hit.empty else {str(k): v for k, v in hit.iloc[0].items()}

    def source_label_by_id(self) -> dict[int, str]:
        """Each source's label by id (a copy: the labels are made once per sources table,
        which the desk asks for after every edit)."""
        held = self._labels
        if held is None or held[0] is not self.sources:
            labels = dict(zip(self.sources["source_id"], source_labels(self.sources), strict=True))
            held = self._labels = (self.sources, labels)
        return dict(held[1])

    def indicator_names(self) -> dict[str, str]:
        """Each indicator's name by code (a copy: made once per indicators table, which
        the table, conflicts and claims ask for after every edit)."""
        held = self._names
        if held is None or held[0] is not self.indicators:
            ind = self.indicators
            names = {} if ind.empty else dict(zip(ind["code"], ind["name"], strict=True))
            held = self._names = (ind, names)
        return dict(held[1])

    def next_obs_id(self) -> int:
        obs = self.observations["obs_id"]
        return int(obs.max()) + 1 if len(obs) else 1

    def next_record_ids(self, table: str, n: int = 1) -> np.ndarray:
        return next_record_ids(self.records[table], record_table(table).key, n)

    def record_rows(self, table: str, ids: Iterable[int]) -> pd.DataFrame:
        """Rows of a record table by key, in the order of ``ids``; KeyError if one is unknown."""
        frame = self.records[table]
        key = record_table(table).key
        wanted = [int(i) for i in ids]
        index = pd.Index(frame[key].to_numpy())
        pos = index.get_indexer(pd.Index(np.asarray(wanted, dtype="int64")))
        if (pos < 0).any():
            missing = [w for w, p in zip(wanted, pos, strict=True) if p < 0][:5]
            raise KeyError(f"unknown {table} ids: {missing}")
        rows: pd.DataFrame = frame.iloc[pos]
        return rows

    def next_source_id(self) -> int:
        ids = self.sources["source_id"]
        return int(ids.max()) + 1 if len(ids) else 1

    # --- edited by hand ------------------------------------------------------------------

    def edited_ids(self) -> frozenset[int]:
        """The figures whose value, qualifier or period was changed by hand (an edit or a
        restore; not a re-import or a fetch) and no longer match what their source gave.
        Computed once per change of the store (the table asks on every paint)."""
        if self._edited is not None and self._edited[0] == self.generation:
            return self._edited[1]
        ids = list(self.marks.base)
        # one lookup of every position: a workspace with a thousand hand edits must not
        # cost a thousand index lookups after each further edit
        at = self.positions_or_missing(np.asarray(ids, dtype="int64")).tolist()
        edited = frozenset(
            i for i, pos in zip(ids, at, strict=True) if self._differs_from_source(i, pos)
        )
        self._edited = (self.generation, edited)
        return edited

    def source_state(self, obs_id: int) -> dict[str, Any] | None:
        """For an edited figure (see :meth:`edited_ids`): value, unit, qualifier and period
        (period_start, period_end, period_point, period_detail) as its source gave them,
        and ``who``/``when`` (ISO date-time) of the latest manual edit; None otherwise."""
        if int(obs_id) not in self.edited_ids():
            return None
        row = self.rows([int(obs_id)]).iloc[0]
        state: dict[str, Any] = {c: _plain(row[c]) for c in SOURCED_COLUMNS}
        state["unit"] = str(row["unit"])
        state.update(self.marks.source_values(int(obs_id)))
        state["who"], state["when"] = self.marks.last_edit(int(obs_id))
        return state

    def set_marks(self, marks: SourceMarks) -> None:
        """Take the marks rebuilt from the workspace's history (at load, after a pull)."""
        self.marks = marks
        self._edited = None

    def _differs_from_source(self, obs_id: int, pos: int) -> bool:
        """Whether the row at ``pos`` (-1: not held) differs from what its source gave."""
        if pos < 0:
            return False  # deleted (an undo may bring it back, marks and all)
        given = self.marks.source_values(obs_id)
        obs = self.observations
        return any(not same(obs[c].iat[pos], v) for c, v in given.items())

    # --- changes ------------------------------------------------------------------------

    def validate(self, ops: Sequence[Op]) -> None:
        """Raise KeyError/ValueError if ``ops`` cannot apply here; changes nothing.

        Called before anything is written, so that storage and memory never diverge.
        """
        present = _Present(self)
        keys = {t: set(f[record_table(t).key].tolist()) for t, f in self.records.items()}
        for op in ops:
            if isinstance(op, RecordInsert):
                incoming = set(op.rows[record_table(op.table).key].astype("int64").tolist())
                if incoming & keys[op.table]:
                    raise ValueError(
                        f"{op.table} ids already present: {sorted(incoming & keys[op.table])[:5]}"
                    )
                keys[op.table] |= incoming
            elif isinstance(op, RecordUpdate | RecordDelete):
                unknown = set(op.ids) - keys[op.table]
                if unknown:
                    raise KeyError(f"unknown {op.table} ids: {sorted(unknown)[:5]}")
                if isinstance(op, RecordDelete):
                    keys[op.table] -= set(op.ids)
            elif isinstance(op, Update | Delete):
                self.positions(op.obs_ids)
                if isinstance(op, Delete):
                    present.remove(op.obs_ids)
            elif isinstance(op, IndicatorUpsert):
                self._refuse_used_codes(op.remove)
            else:
                new_ids = op.observations["obs_id"].to_numpy().astype(np.int64)
                clash = present.among(new_ids)
                if clash:
                    raise ValueError(f"observation ids already present: {clash[:5]}")
                present.add(new_ids)

    def apply(self, edit: Edit, forward: bool = True) -> None:
        """Apply an edit (or its reversal) and follow what it did to figures' source values."""
        self.apply_ops(edit.forward() if forward else edit.backward())
        self.marks.record_edit(edit, forward, self.user)

    def apply_ops(self, ops: Sequence[Op]) -> None:
        for op in ops:
            if isinstance(op, Update):
                self._update(op)
            elif isinstance(op, Insert):
                self._insert(op)
            elif isinstance(op, Delete):
                self._delete(op)
            elif isinstance(op, IndicatorUpsert):
                self._upsert_indicators(op)
            else:
                self._apply_record_op(op)
        self.generation += 1

    def _apply_record_op(self, op: RecordInsert | RecordDelete | RecordUpdate) -> None:
        frame = self.records[op.table]
        key = record_table(op.table).key
        if isinstance(op, RecordInsert):
            rows = normalise_records(op.table, op.rows)
            parts = [f for f in (frame, rows) if len(f)]
            merged = pd.concat(parts, ignore_index=True) if parts else frame
            self.records[op.table] = normalise_records(op.table, merged)
        elif isinstance(op, RecordDelete):
            keep = ~frame[key].isin([int(i) for i in op.ids])
            self.records[op.table] = frame[keep].reset_index(drop=True)
        else:
            pos = pd.Index(frame[key].to_numpy()).get_indexer(
                pd.Index(np.asarray(op.ids, dtype="int64"))
            )
            frame = frame.copy()
            col = frame[op.column]
            values = pd.Series(list(op.values)).astype(col.dtype).to_numpy()
            frame.iloc[pos, int(frame.columns.get_loc(op.column))] = values  # type: ignore[arg-type]
            self.records[op.table] = frame

    def _update(self, op: Update) -> None:
        """Set one column of some rows, keeping the column's contract type (a categorical
        gains the new texts as categories; the sparse column is rebuilt from its stored
        entries; an integer that does not fit raises ValueError before anything changes)."""
        pos = self.positions(op.obs_ids)
        col = self.observations[op.column]
        if op.column in PAIR_COLUMNS:
            self._pairs.clear()
        if op.column in CODED_COLUMNS:
            new = ["" if _missing(v) else str(v) for v in op.values]
            missing = sorted(set(new) - set(col.cat.categories))
            if missing:
                col = pd.Series(with_categories(op.column, col, missing), copy=False)
                self.observations[op.column] = col.array
            values: Any = pd.Categorical(new, categories=col.cat.categories)
        elif isinstance(col.dtype, pd.SparseDtype):
            dense = coerced_floats(pd.Series(op.values, dtype=object))
            self.observations[op.column] = with_sparse_values(col.array, pos, dense)
            return
        elif OBSERVATION_DTYPES.get(op.column, np.dtype(object)).kind in "iu":
            values = checked_integers(np.asarray(list(op.values)), op.column)
            if values.itemsize > col.to_numpy().itemsize:  # an id outgrew the column's type
                self.observations[op.column] = col.to_numpy().astype(values.dtype)
        else:
            values = pd.Series(op.values).astype(col.dtype).to_numpy()
        # no Series of the column may live across the write: copy-on-write would copy the
        # whole column first (80 MB at 10M figures) instead of setting the rows in place
        del col
        loc = int(self.observations.columns.get_loc(op.column))  # type: ignore[arg-type]
        self.observations.iloc[pos, loc] = values
        if op.column in ID_COLUMNS:
            fitted_ids(self.observations)

    def _insert(self, op: Insert) -> None:
        if len(op.indicators):
            self._add_indicators(op.indicators)
        if len(op.sources):
            known = set(self.sources["source_id"].tolist())
            new_sources = op.sources[~op.sources["source_id"].isin(known)]
            if len(new_sources):
                self.sources = normalise_sources(
                    pd.concat([self.sources, normalise_sources(new_sources)], ignore_index=True)
                )
        incoming = normalise_observations(op.observations)
        clash = incoming["obs_id"].isin(self.observations["obs_id"])
        if clash.any():
            ids = incoming["obs_id"][clash].tolist()[:5]
            raise ValueError(f"observation ids already present: {ids}")
        self.observations = (
            incoming
            if self.observations.empty
            else concat_observations([self.observations, incoming])
        )
        self._index = None
        self._pairs.clear()

    def _add_indicators(self, rows: pd.DataFrame) -> None:
        """Catalogue rows an import brings; codes already in the catalogue are kept as they are."""
        if self.indicators.empty:
            self.indicators = rows.reset_index(drop=True)
            return
        new = rows[~rows["code"].isin(self.indicators["code"])]
        if len(new):
            self.indicators = pd.concat([self.indicators, new], ignore_index=True)

    def _refuse_used_codes(self, codes: Sequence[str]) -> None:
        """ValueError when figures use one of the indicator ``codes`` (it cannot go)."""
        if not codes:
            return
        used = self.observations["indicator"].astype(str)
        counts = used[used.isin(list(codes))].value_counts().sort_index()
        if len(counts):
            raise ValueError(used_codes_message([(str(c), int(n)) for c, n in counts.items()]))

    def _upsert_indicators(self, op: IndicatorUpsert) -> None:
        """Catalogue rows written (new codes added, existing ones replaced) and removed."""
        self._refuse_used_codes(op.remove)
        current = self.indicators
        if current.empty:
            current = pd.DataFrame({c: pd.Series([], dtype=object) for c in op.rows.columns})
        gone = set(op.remove) | {str(c) for c in op.rows["code"]}
        kept = current[~current["code"].astype(str).isin(gone)]
        rows = op.rows.reindex(columns=current.columns, fill_value="")
        parts = [f for f in (kept, rows) if len(f)]
        merged = pd.concat(parts, ignore_index=True) if parts else kept.iloc[:0]
        if "topic" in merged.columns:
            merged = merged.sort_values(["topic", "code"], kind="stable")
        self.indicators = merged.reset_index(drop=True)

    def _delete(self, op: Delete) -> None:
        pos = self.positions(op.obs_ids)
        keep = np.ones(len(self.observations), dtype=bool)
        keep[pos] = False
        self.observations = kept_rows(self.observations, keep)
        self._index = None
        self._pairs.clear()


def _plain(v: Any) -> Any:
    """A numpy scalar as the Python value (dicts handed to callers hold plain values)."""
    return v.item() if hasattr(v, "item") else v


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def kept_rows(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """The rows of ``frame`` where ``keep`` is True, renumbered from 0. A sparse column is
    filtered through its stored entries (pandas' own boolean take of a sparse array looks
    up every kept row: seconds at 10M rows). The ids are put in their at-rest form
    (:func:`~app.domain.model.fitted_ids`)."""
    sparse = [c for c in frame.columns if isinstance(frame[c].dtype, pd.SparseDtype)]
    out = frame.drop(columns=sparse)[keep].reset_index(drop=True)
    removed = np.flatnonzero(~keep)
    for name in sparse:
        at, stored = sparse_entries(frame[name].array)
        kept = keep[at]
        moved = at[kept] - np.searchsorted(removed, at[kept])
        values = sparse_from_entries(len(out), moved, stored[kept])
        out.insert(int(frame.columns.get_loc(name)), name, values)  # type: ignore[arg-type]
    if "obs_id" in out.columns:
        fitted_ids(out)
    return out


def concat_observations(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate observation frames keeping categorical dimensions categorical."""
    frames = [f for f in frames if len(f)] or [frames[0]]
    out = {}
    for col in OBSERVATION_COLUMNS:
        parts = [f[col] for f in frames]
        if col in CODED_COLUMNS:
            cats = pd.api.types.union_categoricals(
                [_text_categories(p) for p in parts], ignore_order=True
            )
            out[col] = pd.Series(
                pd.Categorical.from_codes(
                    cats.codes, categories=text_categories(col, cats.categories)
                )
            )
        elif col == "obs_id":  # ids held as a range while they run on (model.id_column)
            ids = np.concatenate([p.to_numpy() for p in parts])
            out[col] = pd.Series(id_column(checked_integers(ids, col)), copy=False)
        else:
            out[col] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(out)


def _text_categories(part: pd.Series) -> pd.Categorical:
    """A categorical whose categories are in pandas' text dtype (object-typed categories
    from an importer and str-typed ones from storage cannot be united otherwise)."""
    cat = part.astype("category").array
    assert isinstance(cat, pd.Categorical)
    cats = cat.categories
    if cats.dtype == pd.Index([""]).astype(str).dtype:
        return cat
    return pd.Categorical.from_codes(cat.codes, categories=cats.astype(str))


class _Present:
    """The observation ids a sequence of operations would leave, followed without a set of
    every id (validating one edit of a 10M workspace, or an import of 1M rows, must not
    cost a Python object per row): the store's ids, less those deleted so far, plus those
    inserted so far."""

    def __init__(self, store: ObservationStore) -> None:
        self._store = store
        self._added = np.zeros(0, dtype=np.int64)
        self._removed = np.zeros(0, dtype=np.int64)

    def among(self, ids: np.ndarray) -> list[int]:
        """The ids of ``ids`` present now, sorted."""
        held = self._store.positions_or_missing(ids) >= 0
        if len(self._removed):
            held &= ~np.isin(ids, self._removed)
        if len(self._added):
            held |= np.isin(ids, self._added)
        return sorted(ids[held].tolist())

    def add(self, ids: np.ndarray) -> None:
        self._added = np.concatenate([self._added, ids.astype(np.int64)])
        if len(self._removed):
            self._removed = self._removed[~np.isin(self._removed, ids)]

    def remove(self, ids: Iterable[int]) -> None:
        gone = np.fromiter((int(i) for i in ids), dtype=np.int64)
        self._removed = np.concatenate([self._removed, gone])
        if len(self._added):
            self._added = self._added[~np.isin(self._added, gone)]
