"""Turning what was read into one undoable edit against the current store.

Pure: nothing is written here. ``plan_import`` gives new obs_ids/source_ids, leaves out
what the same source already holds (an identical re-import stores nothing) and turns its
changed values into revisions with vintages (:mod:`.revisions`), decides what happens to
figures other sources already gave (keep both as separate sources, replace them, or skip
the incoming ones) and adds catalogue rows for codes the catalogue lacks and entity rows
for non-ISO reporters and partners. The caller applies the edit to the workspace (one
transaction) and then to the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from app.domain.edits import (
    AddObservations,
    AddRecords,
    CompositeEdit,
    DeleteObservations,
    Edit,
)
from app.domain.model import (
    FIGURE_KEY,
    SOURCE_COLUMNS,
    normalise_observations,
    normalise_sources,
)
from app.domain.records import normalise_records
from app.domain.store import ObservationStore
from app.services.importers.base import catalogue_rows, kind_of_unit
from app.services.importers.formats.distinct import coded_texts
from app.services.importers.problems import ImportResult
from app.services.importers.revisions import (
    existing_sources,
    find_revisions,
    identity,
    key_index,
    revision_edits,
)


class OnDuplicate(StrEnum):
    KEEP = "keep"  # keep both, as figures from separate sources
    REPLACE = "replace"  # the file's figures replace the stored ones
    SKIP = "skip"  # stored figures win; matching incoming rows are left out


#: the choices the import and fetch dialogs offer, in their order, with their words
DUPLICATE_CHOICES = (
    ("Keep both, as separate sources", OnDuplicate.KEEP),
    ("Replace the stored figures", OnDuplicate.REPLACE),
    ("Skip figures already stored", OnDuplicate.SKIP),
)


@dataclass(frozen=True)
class PlanSummary:
    added: int
    matching: int  # incoming rows with the same figure key as another source's stored one
    replaced: int  # stored observations the import deletes
    skipped_existing: int  # incoming rows left out because a stored figure exists
    new_sources: int
    new_indicators: int
    unchanged: int = 0  # rows the same source already holds with the same value: not stored
    revised: int = 0  # rows the same source holds with another value: a new vintage
    new_entities: int = 0  # reporters/partners that are not ISO countries, first seen

    @property
    def changes(self) -> int:
        """How many rows the workspace would change: 0 means there is nothing to store."""
        return self.added + self.replaced + self.revised + self.new_entities

    def sentence(self) -> str:
        """What the import does, in one line for the CLI and the dialog."""
        if not self.changes and self.unchanged and not self.matching:
            return (
                f"Nothing new: the workspace already holds all {self.unchanged:,} figures of "
                "this file from the same source, with the same values."
            )
        parts = [f"{self.added:,} new figures"]
        if self.revised:
            parts.append(
                f"{self.revised:,} revised (new values from the same source; the earlier "
                "values are kept as vintages)"
            )
        if self.unchanged:
            parts.append(f"{self.unchanged:,} unchanged (already stored from this source)")
        if self.matching:
            parts.append(
                f"{self.matching:,} match other sources' figures ({self.replaced:,} replaced, "
                f"{self.skipped_existing:,} skipped)"
            )
        parts.append(f"{self.new_sources} new sources, {self.new_indicators} new indicators")
        if self.new_entities:
            parts.append(f"{self.new_entities} new non-ISO reporters/partners")
        return "; ".join(parts) + "."


class ImportObservations(AddObservations):
    """Insert imported rows with their sources and any new catalogue rows."""

    action = "import"

    def __init__(
        self, observations: pd.DataFrame, sources: pd.DataFrame, indicators: pd.DataFrame, text: str
    ) -> None:
        super().__init__(observations, sources, text, indicators)


def plan_import(
    result: ImportResult, store: ObservationStore, on_duplicate: str = OnDuplicate.KEEP
) -> Edit:
    return plan_with_summary(result, store, on_duplicate)[0]


def plan_with_summary(
    result: ImportResult, store: ObservationStore, on_duplicate: str = OnDuplicate.KEEP
) -> tuple[Edit, PlanSummary]:
    mode = OnDuplicate(on_duplicate)
    text = f"Import {result.source.title}"
    incoming, sources, own_id = _assign_sources(result.observations, result, store)
    rev = find_revisions(incoming, store.observations)
    revise = revision_edits(incoming, store, rev, result.source, text)
    incoming = incoming[~rev.held].reset_index(drop=True)
    matches, stored_hits = _matches(incoming, store.observations)
    if mode is OnDuplicate.SKIP:
        incoming = incoming[~matches].reset_index(drop=True)
    obs = _with_obs_ids(incoming, store)
    used = set(pd.unique(obs["source_id"].to_numpy(dtype="int64")).tolist()) | (
        {own_id} if revise else set()
    )
    sources = sources[sources["source_id"].isin(used)].reset_index(drop=True)
    indicators = _new_indicators(obs, result.indicators, store.indicators)
    entities = _new_entities(result.entities, store, own_id)
    edits: list[Edit] = []
    replaced = store.observations[stored_hits] if mode is OnDuplicate.REPLACE else None
    if replaced is not None and len(replaced):
        edits.append(DeleteObservations(replaced.copy(), text))
    if len(obs) or len(sources) or len(indicators):
        edits.append(ImportObservations(obs, sources, indicators, text))
    edits += revise
    if len(entities):
        edits.append(AddRecords({"entities": entities}, text))
    edit: Edit = edits[0] if len(edits) == 1 else CompositeEdit(edits, text, "import")
    summary = PlanSummary(
        added=len(obs),
        matching=int(matches.sum()),
        replaced=0 if replaced is None else len(replaced),
        skipped_existing=int(matches.sum()) if mode is OnDuplicate.SKIP else 0,
        new_sources=len(sources),
        new_indicators=len(indicators),
        unchanged=rev.unchanged,
        revised=int(rev.revised.sum()),
        new_entities=len(entities),
    )
    return edit, summary


def _matches(incoming: pd.DataFrame, stored: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(incoming rows that match a stored figure, stored rows that match an incoming one)."""
    if incoming.empty or stored.empty:
        return np.zeros(len(incoming), dtype=bool), np.zeros(len(stored), dtype=bool)
    key = list(FIGURE_KEY)
    inc, sto = key_index(incoming, key), key_index(stored, key)
    return np.asarray(inc.isin(sto)), np.asarray(sto.isin(inc))


def _assign_sources(
    incoming: pd.DataFrame, result: ImportResult, store: ObservationStore
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Store source ids for the file's source and any per-row sources: a source the store
    already holds (same but for the retrieval day) keeps its id. Also the file's own id."""
    next_source = store.next_source_id()
    local = incoming["source_id"].to_numpy(dtype="int64")
    rows: list[dict[str, object]] = []
    mapping: dict[int, int] = {}
    existing = existing_sources(store.sources)

    def source_id(row: dict[str, object]) -> int:
        nonlocal next_source
        key = identity(row)
        if key not in existing:
            rows.append({**{c: row.get(c, "") for c in SOURCE_COLUMNS}, "source_id": next_source})
            existing[key] = next_source
            next_source += 1
        return existing[key]

    own = result.source.as_row()
    mapping[-1] = source_id(own)
    rs = result.row_sources
    for lid in sorted(set(local[local >= 0].tolist())):
        row = rs[rs["source_id"] == lid].iloc[0].to_dict() if len(rs) else {}
        mapping[lid] = source_id({c: str(row.get(c, "")) for c in SOURCE_COLUMNS})
    obs = incoming.copy(deep=False)  # the new column only; the other columns are shared
    if len(local) and local.min() == local.max():  # one source (a portal file): no hashing
        obs["source_id"] = np.full(len(local), mapping[int(local[0])], dtype="int64")
    elif len(local):
        inverse, ids = pd.factorize(local)
        obs["source_id"] = np.array([mapping[int(i)] for i in ids], dtype="int64")[inverse]
    sources = normalise_sources(pd.DataFrame(rows, columns=list(SOURCE_COLUMNS)))
    return obs, sources, mapping[-1]


def _with_obs_ids(incoming: pd.DataFrame, store: ObservationStore) -> pd.DataFrame:
    obs = incoming.copy(deep=False)  # normalise_observations copies once
    first = store.next_obs_id()
    obs["obs_id"] = np.arange(first, first + len(obs), dtype="int64")
    return normalise_observations(obs)


def _new_entities(offered: pd.DataFrame, store: ObservationStore, source_id: int) -> pd.DataFrame:
    """Entity rows for the non-ISO codes the workspace has not recorded yet."""
    if offered is None or offered.empty:
        return normalise_records("entities", pd.DataFrame())
    known = (
        set(store.records["entities"]["code"].astype(str)) if "entities" in store.records else set()
    )
    new = offered[~offered["code"].astype(str).isin(known)].drop_duplicates("code")
    frame = new.assign(
        entity_id=store.next_record_ids("entities", len(new)) if len(new) else [],
        source_id=source_id,
    )
    return normalise_records("entities", frame.reset_index(drop=True))


def _new_indicators(
    obs: pd.DataFrame, offered: pd.DataFrame, catalogue: pd.DataFrame
) -> pd.DataFrame:
    """Catalogue rows for every indicator code the catalogue does not hold yet."""
    used = _distinct_text(obs["indicator"])
    known = set(catalogue["code"].astype(str)) if "code" in catalogue else set()
    missing = [c for c in used if c not in known]
    if not missing:
        return catalogue_rows([])
    by_code = offered.drop_duplicates("code").set_index("code") if len(offered) else pd.DataFrame()
    units = _first_units(obs)
    rows: list[Any] = []  # dicts of catalogue fields
    for code in missing:
        if code in by_code.index:
            rows.append({"code": code, **by_code.loc[code].to_dict()})
        else:
            unit = str(units.get(code, ""))
            rows.append(
                {
                    "code": code,
                    "name": code,
                    "topic": "imported",
                    "unit": unit,
                    "kind": kind_of_unit(unit),
                }
            )
    return catalogue_rows(rows)


def _first_units(obs: pd.DataFrame) -> dict[str, str]:
    """Indicator code -> the unit of its first row, from the codes (no text per row)."""
    codes, labels = coded_texts(obs["indicator"])
    _distinct, first = np.unique(codes, return_index=True)
    units = obs["unit"].iloc[first].astype(str).tolist()
    return {labels[c]: u for c, u in zip(codes[first].tolist(), units, strict=True)}


def _distinct_text(s: pd.Series) -> list[str]:
    """``pd.unique(s.astype(str))`` without a string per row when ``s`` is categorical."""
    if not isinstance(s.dtype, pd.CategoricalDtype):
        return [str(v) for v in pd.unique(s.astype(str))]
    labels = [str(c) for c in s.cat.categories.astype(object)]
    return [labels[c] if c >= 0 else "nan" for c in pd.unique(s.cat.codes.to_numpy()).tolist()]
