"""A file imported again: which rows are figures its source already gave, and which changed.

A source is the same source when everything but its retrieval date is the same (publisher,
title, dataset, url, ...): re-importing a file, or the same download fetched again, never
makes a second copy of its figures. Incoming rows whose figure key that source already
holds are either *unchanged* (same value, status and qualifier: nothing is stored) or
*revised*: the stored figure takes the new value and the value it had is kept as a vintage
(``records["vintages"]``) with the day it was retrieved and the day it was superseded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import AddRecords, Edit, SetValues
from app.domain.model import FIGURE_KEY, SOURCE_COLUMNS, Source
from app.domain.records import normalise_records
from app.domain.store import ObservationStore

#: What makes two source rows the same source: every field but the id and retrieval day.
IDENTITY_COLUMNS = tuple(c for c in SOURCE_COLUMNS if c not in ("source_id", "retrieved"))
#: Columns a revision may change; a difference in any of them is a new vintage.
REVISED_COLUMNS = ("value", "status", "qualifier")


def identity(row: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(row.get(c, "")) for c in IDENTITY_COLUMNS)


def existing_sources(sources: pd.DataFrame) -> dict[tuple[str, ...], int]:
    """Identity -> source id of the stored sources (the first id where several share one)."""
    if sources.empty:
        return {}
    keys = zip(*(sources[c].astype(str) for c in IDENTITY_COLUMNS), strict=True)
    out: dict[tuple[str, ...], int] = {}
    for k, i in zip(keys, sources["source_id"], strict=True):
        out.setdefault(tuple(k), int(i))
    return out


@dataclass(frozen=True)
class Revisions:
    """Incoming rows already held by their source: unchanged ones and revised ones."""

    held: np.ndarray  # incoming rows whose source already holds the figure (bool mask)
    revised: np.ndarray  # of those, the ones whose value, status or qualifier changed
    stored_rows: np.ndarray  # for each held row, the stored row (position) it matches

    @property
    def unchanged(self) -> int:
        return int(self.held.sum() - self.revised.sum())


def find_revisions(obs: pd.DataFrame, stored: pd.DataFrame) -> Revisions:
    """``obs`` carries the store's source ids already (see plan)."""
    n = len(obs)
    none = Revisions(np.zeros(n, bool), np.zeros(n, bool), np.zeros(0, dtype=np.int64))
    if n == 0 or stored.empty:
        return none
    key = [*FIGURE_KEY, "source_id"]
    stored_key = key_index(stored, key)
    first = ~stored_key.duplicated()
    positions = np.flatnonzero(first)
    hit = stored_key[first].get_indexer(key_index(obs, key))
    held = hit >= 0
    if not held.any():
        return none
    stored_rows = positions[hit[held]]
    changed = np.zeros(int(held.sum()), dtype=bool)
    for col in REVISED_COLUMNS:
        new = obs[col].to_numpy()[held]
        old = stored[col].to_numpy()[stored_rows]
        if col == "value":
            same = np.isclose(new.astype(float), old.astype(float), rtol=1e-12, atol=0.0)
            changed |= ~same
        else:
            changed |= new.astype(str) != old.astype(str)
    revised = np.zeros(n, dtype=bool)
    revised[np.flatnonzero(held)[changed]] = True
    return Revisions(held, revised, stored_rows)


def revision_edits(
    obs: pd.DataFrame, store: ObservationStore, rev: Revisions, source: Source, text: str
) -> list[Edit]:
    """The stored figures take the revised values; the values they had become vintages."""
    if not rev.revised.any():
        return []
    pick = rev.revised[rev.held]
    stored = store.observations.iloc[rev.stored_rows[pick]]
    new = obs[rev.revised]
    ids = stored["obs_id"].to_numpy(dtype="int64")
    columns: dict[str, tuple[Sequence[Any], Sequence[Any]]] = {
        c: (stored[c].astype(object).tolist(), new[c].astype(object).tolist())
        for c in REVISED_COLUMNS
    }
    set_values = SetValues(ids.tolist(), columns, text)
    earlier = _retrieved_before(store, stored["source_id"].to_numpy(dtype="int64"))
    vintages = pd.DataFrame(
        {
            "vintage_id": store.next_record_ids("vintages", len(stored)),
            "obs_id": ids,
            "source_id": stored["source_id"].to_numpy(dtype="int64"),
            "value": stored["value"].to_numpy(dtype="float64"),
            "unit": stored["unit"].astype(str).to_numpy(),
            "status": stored["status"].astype(str).to_numpy(),
            "note": stored["note"].astype(str).to_numpy(),
            "retrieved": earlier,
            "superseded": source.retrieved,
        }
    )
    return [set_values, AddRecords({"vintages": normalise_records("vintages", vintages)}, text)]


def _retrieved_before(store: ObservationStore, source_ids: np.ndarray) -> list[str]:
    """The day each source's current values were retrieved: its last re-import, else the
    day the source itself records."""
    src = store.sources
    latest = {int(i): str(r) for i, r in zip(src["source_id"], src["retrieved"], strict=True)}
    vintages = store.records.get("vintages")
    if vintages is not None and len(vintages):
        for sid, day in zip(vintages["source_id"], vintages["superseded"], strict=True):
            latest[int(sid)] = max(latest.get(int(sid), ""), str(day))
    return [latest.get(int(s), "") for s in source_ids]


def key_index(frame: pd.DataFrame, key: list[str]) -> pd.MultiIndex:
    cols = {
        c: (
            frame[c].astype(str)
            if isinstance(frame[c].dtype, pd.CategoricalDtype) or frame[c].dtype == object
            else frame[c]
        )
        for c in key
    }
    return pd.MultiIndex.from_frame(pd.DataFrame(cols))
