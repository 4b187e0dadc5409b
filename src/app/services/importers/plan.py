"""Turning what was read into one undoable edit against the current store.

Pure: nothing is written here. ``plan_import`` gives new obs_ids/source_ids, decides what
happens to figures already stored (keep both as separate sources, replace them, or skip
the incoming ones) and adds catalogue rows for codes the catalogue lacks. The caller
applies the edit to the workspace (one transaction) and then to the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from app.domain.edits import CompositeEdit, Delete, DeleteObservations, Edit, Insert, Op
from app.domain.model import (
    FIGURE_KEY,
    SOURCE_COLUMNS,
    normalise_observations,
    normalise_sources,
)
from app.domain.store import ObservationStore
from app.services.importers.base import catalogue_rows, kind_of_unit
from app.services.importers.problems import ImportResult


class OnDuplicate(StrEnum):
    KEEP = "keep"  # keep both, as figures from separate sources
    REPLACE = "replace"  # the file's figures replace the stored ones
    SKIP = "skip"  # stored figures win; matching incoming rows are left out


@dataclass(frozen=True)
class PlanSummary:
    added: int
    matching: int  # incoming rows with the same figure key as a stored one
    replaced: int  # stored observations the import deletes
    skipped_existing: int  # incoming rows left out because a stored figure exists
    new_sources: int
    new_indicators: int


class ImportObservations(Edit):
    """Insert imported rows with their sources and any new catalogue rows."""

    action = "import"

    def __init__(
        self, observations: pd.DataFrame, sources: pd.DataFrame, indicators: pd.DataFrame, text: str
    ) -> None:
        self.observations = observations
        self.sources = sources
        self.indicators = indicators
        self.text = text

    def forward(self) -> list[Op]:
        return [Insert(self.observations, self.sources, self.indicators)]

    def backward(self) -> list[Op]:
        return [Delete(tuple(int(i) for i in self.observations["obs_id"]))]


def plan_import(
    result: ImportResult, store: ObservationStore, on_duplicate: str = OnDuplicate.KEEP
) -> Edit:
    return plan_with_summary(result, store, on_duplicate)[0]


def plan_with_summary(
    result: ImportResult, store: ObservationStore, on_duplicate: str = OnDuplicate.KEEP
) -> tuple[Edit, PlanSummary]:
    mode = OnDuplicate(on_duplicate)
    incoming = result.observations
    matches, stored_hits = _matches(incoming, store.observations)
    if mode is OnDuplicate.SKIP:
        incoming = incoming[~matches].reset_index(drop=True)
    obs, sources = _assign_ids(incoming, result, store)
    indicators = _new_indicators(obs, result.indicators, store.indicators)
    text = f"Import {result.source.title}"
    add = ImportObservations(obs, sources, indicators, text)
    replaced = store.observations[stored_hits] if mode is OnDuplicate.REPLACE else None
    edit: Edit = add
    if replaced is not None and len(replaced):
        edit = CompositeEdit([DeleteObservations(replaced.copy(), text), add], text, "import")
    summary = PlanSummary(
        added=len(obs),
        matching=int(matches.sum()),
        replaced=0 if replaced is None else len(replaced),
        skipped_existing=int(matches.sum()) if mode is OnDuplicate.SKIP else 0,
        new_sources=len(sources),
        new_indicators=len(indicators),
    )
    return edit, summary


def _key_index(frame: pd.DataFrame) -> pd.MultiIndex:
    cols = {
        c: (
            frame[c].astype(str)
            if isinstance(frame[c].dtype, pd.CategoricalDtype) or frame[c].dtype == object
            else frame[c]
        )
        for c in FIGURE_KEY
    }
    return pd.MultiIndex.from_frame(pd.DataFrame(cols))


def _matches(incoming: pd.DataFrame, stored: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(incoming rows that match a stored figure, stored rows that match an incoming one)."""
    if incoming.empty or stored.empty:
        return np.zeros(len(incoming), dtype=bool), np.zeros(len(stored), dtype=bool)
    inc, sto = _key_index(incoming), _key_index(stored)
    return np.asarray(inc.isin(sto)), np.asarray(sto.isin(inc))


def _assign_ids(
    incoming: pd.DataFrame, result: ImportResult, store: ObservationStore
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """New obs_ids; source ids for the file's source and any per-row sources."""
    next_source = store.next_source_id()
    local = incoming["source_id"].to_numpy(dtype="int64")
    rows: list[dict[str, object]] = []
    mapping: dict[int, int] = {}
    existing = _existing_sources(store.sources)
    if (local < 0).any():
        own = tuple(str(v) for k, v in result.source.as_row().items() if k != "source_id")
        if own in existing:  # the same file imported again the same day
            mapping[-1] = existing[own]
        else:
            rows.append(result.source.as_row() | {"source_id": next_source})
            mapping[-1] = existing[own] = next_source
            next_source += 1
    rs = result.row_sources
    for lid in sorted(set(local[local >= 0].tolist())):
        row = rs[rs["source_id"] == lid].iloc[0].to_dict() if len(rs) else {}
        fields = tuple(str(row.get(c, "")) for c in SOURCE_COLUMNS if c != "source_id")
        if fields in existing:
            mapping[lid] = existing[fields]
            continue
        rows.append(
            dict(zip([c for c in SOURCE_COLUMNS if c != "source_id"], fields, strict=True))
            | {"source_id": next_source}
        )
        existing[fields] = mapping[lid] = next_source
        next_source += 1
    obs = incoming.copy()
    if len(local):
        ids, inverse = np.unique(local, return_inverse=True)
        obs["source_id"] = np.array([mapping[int(i)] for i in ids], dtype="int64")[inverse]
    first = store.next_obs_id()
    obs["obs_id"] = np.arange(first, first + len(obs), dtype="int64")
    sources = normalise_sources(pd.DataFrame(rows, columns=list(SOURCE_COLUMNS)))
    return normalise_observations(obs), sources


def _existing_sources(sources: pd.DataFrame) -> dict[tuple[str, ...], int]:
    if sources.empty:
        return {}
    cols = [c for c in SOURCE_COLUMNS if c != "source_id"]
    keys = zip(*(sources[c].astype(str) for c in cols), strict=True)
    return {tuple(k): int(i) for k, i in zip(keys, sources["source_id"], strict=True)}


def _new_indicators(
    obs: pd.DataFrame, offered: pd.DataFrame, catalogue: pd.DataFrame
) -> pd.DataFrame:
    """Catalogue rows for every indicator code the catalogue does not hold yet."""
    used = pd.unique(obs["indicator"].astype(str))
    known = set(catalogue["code"].astype(str)) if "code" in catalogue else set()
    missing = [c for c in used if c not in known]
    if not missing:
        return catalogue_rows([])
    by_code = offered.drop_duplicates("code").set_index("code") if len(offered) else pd.DataFrame()
    units = (
        obs.drop_duplicates("indicator")
        .set_index(obs.drop_duplicates("indicator")["indicator"].astype(str))["unit"]
        .astype(str)
    )
    rows = []
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
