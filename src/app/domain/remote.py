"""Changes other users committed to a shared workspace, as the operations that bring the
in-memory store up to date.

A server backend reports what others changed since this client last looked as a
:class:`RemoteChange` (the current rows of what was added or changed, the keys of what was
removed); :func:`remote_ops` compares it with memory and returns the plain operations of
:mod:`app.domain.edits` that make memory equal: an update per changed column of the rows
that differ, inserts for new rows, deletes for removed ones. Applying them goes through the
same path as an edit, so tables, charts and panels update incrementally (no full reload),
and applying the same change twice yields no operations the second time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import Delete, Insert, Op, RecordDelete, RecordInsert, RecordUpdate, Update
from app.domain.model import OBSERVATION_COLUMNS, normalise_observations
from app.domain.records import RECORD_TABLES, normalise_records
from app.domain.store import ObservationStore


@dataclass(frozen=True)
class RemoteChange:
    #: current rows of the figures others added or changed
    observations: pd.DataFrame
    #: ids of figures others deleted
    removed: tuple[int, ...] = ()
    #: table -> current rows others added or changed
    records: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: table -> keys others deleted
    removed_records: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: source and catalogue rows the new figures need
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: who changed how many rows (figures and records)
    who: Counter[str] = field(default_factory=Counter)

    @property
    def empty(self) -> bool:
        return (
            not len(self.observations)
            and not self.removed
            and not any(len(f) for f in self.records.values())
            and not any(self.removed_records.values())
        )


def remote_ops(store: ObservationStore, change: RemoteChange) -> list[Op]:
    """The operations that make ``store`` hold what the server holds for the changed rows."""
    ops: list[Op] = []
    present = store.observations["obs_id"].to_numpy()
    removed = tuple(int(i) for i in np.intersect1d(present, np.asarray(change.removed, "int64")))
    if removed:
        ops.append(Delete(removed))
    if len(change.observations):
        incoming = normalise_observations(change.observations)
        known = np.isin(incoming["obs_id"].to_numpy(), present)
        ops += _observation_updates(store, incoming[known])
        new = incoming[~known].reset_index(drop=True)
        if len(new):
            ops.append(Insert(new, change.sources, change.indicators))
    for table in RECORD_TABLES:
        ops += _record_ops(store, table, change)
    return ops


def _observation_updates(store: ObservationStore, rows: pd.DataFrame) -> list[Op]:
    if not len(rows):
        return []
    ids = rows["obs_id"].to_numpy()
    current = store.observations.iloc[store.positions(tuple(int(i) for i in ids))]
    ops: list[Op] = []
    for col in OBSERVATION_COLUMNS:
        if col == "obs_id":
            continue
        differs = _differs(current[col].to_numpy(), rows[col].to_numpy())
        if differs.any():
            ops.append(
                Update(
                    tuple(int(i) for i in ids[differs]),
                    col,
                    tuple(_plain(v) for v in rows[col].to_numpy()[differs]),
                )
            )
    return ops


def _record_ops(store: ObservationStore, table: str, change: RemoteChange) -> list[Op]:
    key = RECORD_TABLES[table].key
    frame = store.records[table]
    present = frame[key].to_numpy()
    ops: list[Op] = []
    gone = np.intersect1d(present, np.asarray(change.removed_records.get(table, ()), "int64"))
    if len(gone):
        ops.append(RecordDelete(table, tuple(int(i) for i in gone)))
    rows = change.records.get(table)
    if rows is None or not len(rows):
        return ops
    rows = normalise_records(table, rows)
    known = np.isin(rows[key].to_numpy(), present)
    new = rows[~known].reset_index(drop=True)
    changed = rows[known]
    if len(changed):
        pos = pd.Index(present).get_indexer(changed[key].to_numpy())
        current = frame.iloc[pos]
        for col in RECORD_TABLES[table].columns:
            if col == key:
                continue
            differs = _differs(current[col].to_numpy(), changed[col].to_numpy())
            if differs.any():
                ops.append(
                    RecordUpdate(
                        table,
                        tuple(int(i) for i in changed[key].to_numpy()[differs]),
                        col,
                        tuple(_plain(v) for v in changed[col].to_numpy()[differs]),
                    )
                )
    if len(new):
        ops.append(RecordInsert(table, new))
    return ops


def _differs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Element-wise "not the same value" (as :func:`same_value`), vectorised: numbers by
    value with NaN equal to NaN, text as text."""
    if a.dtype.kind in "biuf" and b.dtype.kind in "biuf":
        x, y = a.astype("float64"), b.astype("float64")
        same: np.ndarray = (x == y) | (np.isnan(x) & np.isnan(y))
        return ~same
    out = np.empty(len(a), dtype=bool)
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        out[i] = not same_value(x, y)
    return out


def same_value(x: Any, y: Any) -> bool:
    """Whether two cell values are the same figure value: NaN and None equal, numbers by
    value, everything else by its text."""
    x, y = _plain(x), _plain(y)
    if _missing(x) or _missing(y):
        return _missing(x) and _missing(y)
    if isinstance(x, bool | np.bool_) or isinstance(y, bool | np.bool_):
        return bool(x) == bool(y)
    if isinstance(x, int | float) and isinstance(y, int | float):
        return float(x) == float(y)
    return str(x) == str(y)


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def _plain(v: Any) -> Any:
    return v.item() if hasattr(v, "item") else v
