"""Derived figures as stored: their observation rows, their ``links`` rows (lineage) and the
edit types that carry them, shared by :mod:`app.domain.derive.lineage` (adding, removing,
citing) and :mod:`app.domain.derive.refresh` (recomputing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from app.domain.derive.derivations import Derivation
from app.domain.edits import AddObservations, CompositeEdit
from app.domain.model import Status
from app.domain.periods import period_code
from app.domain.records import normalise_records
from app.domain.store import ObservationStore


class DerivedEdit(CompositeEdit):
    """An edit whose derived figures are up to date: adding or removing a derivation, a
    recomputation, or an edit together with the recomputation it caused. ``Desk.apply``
    applies it as it is, so a redo replays the same operations and never recomputes."""


class AddDerivedFigures(AddObservations):
    """Derived figures with their source row and, for a new output, its catalogue row
    (undo removes the figures; the source and catalogue rows stay, as after an import)."""

    action = "derive"

    def __init__(
        self, observations: pd.DataFrame, sources: pd.DataFrame, indicators: pd.DataFrame, text: str
    ) -> None:
        super().__init__(observations, sources, text, indicators)


class FreshIds:
    """Fresh observation and link ids for several parts of one edit."""

    def __init__(self, store: ObservationStore) -> None:
        self.obs = store.next_obs_id()
        self.link = int(store.next_record_ids("links", 1)[0])

    def take_obs(self, n: int) -> int:
        first, self.obs = self.obs, self.obs + n
        return first

    def take_links(self, n: int) -> int:
        first, self.link = self.link, self.link + n
        return first


# --- rows -----------------------------------------------------------------------------------


def derived_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a derived frame that are figures (gaps are not stored)."""
    out: pd.DataFrame = frame[np.isfinite(frame["value"].to_numpy(dtype="float64"))]
    return out


def figure_rows(d: Derivation, figures: pd.DataFrame, first_obs_id: int) -> pd.DataFrame:
    """Observation rows of the derived figures (one per row of ``figures``)."""
    n = len(figures)
    starts = figures["period_start"].to_numpy(dtype="int64")
    ends = figures["period_end"].to_numpy(dtype="int64")
    points = figures["period_point"].to_numpy(dtype=bool)
    qualifiers = [str(q) or "exact" for q in figures["qualifier"]]
    return pd.DataFrame(
        {
            "obs_id": np.arange(first_obs_id, first_obs_id + n, dtype="int64"),
            "indicator": [d.indicator] * n,
            "reporter": [d.reporter] * n,
            "partner": [d.partner] * n,
            "subject": [d.subject] * n,
            "period_start": starts,
            "period_end": ends,
            "period_point": points,
            "period_detail": [""] * n,
            "period_text": [
                period_code(int(a), int(b), bool(p))
                for a, b, p in zip(starts, ends, points, strict=True)
            ],
            "value": figures["value"].to_numpy(dtype="float64"),
            "unit": [d.unit] * n,
            "qualifier": qualifiers,
            "status": [str(Status.DERIVED)] * n,
            "change_value": np.full(n, np.nan),
            "change_unit": [""] * n,
            "change_qualifier": [""] * n,
            "source_id": np.full(n, d.source_id, dtype="int64"),
            "preferred": np.zeros(n, dtype=bool),
            "note": [str(x) for x in figures["note"]],
        }
    )


def link_rows(
    d: Derivation, obs_ids: Sequence[int], inputs: Sequence[Iterable[int]], first: int
) -> pd.DataFrame:
    """Link rows: each figure → the derivation and → each input figure it was computed from."""
    rows: list[tuple[int, str, str]] = []
    for obs_id, used in zip(obs_ids, inputs, strict=True):
        rows.append((int(obs_id), "derivations", str(d.derivation_id)))
        rows.extend((int(obs_id), "observations", str(int(i))) for i in sorted(set(used)))
    return link_frame(rows, first)


def link_frame(rows: Sequence[tuple[int, str, str]], first: int) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "link_id": np.arange(first, first + len(rows), dtype="int64"),
            "from_table": ["observations"] * len(rows),
            "from_id": [r[0] for r in rows],
            "to_table": [r[1] for r in rows],
            "to_id": [r[2] for r in rows],
            "note": ["lineage"] * len(rows),
        }
    )
    return normalise_records("links", frame)


def gap_note(frame: pd.DataFrame, most: int = 3) -> str:
    """ "2 gaps: 2025 has 10 of 12 months; 2019 has 11 of 12 months" ('' without gaps)."""
    gaps = frame[~np.isfinite(frame["value"].to_numpy(dtype="float64"))]
    if gaps.empty:
        return ""
    notes = [str(n).removeprefix("gap: ") for n in gaps["note"]]
    shown = "; ".join(notes[:most]) + (f"; {len(notes) - most} more" if len(notes) > most else "")
    return f"{len(notes)} gap{'s' * (len(notes) != 1)}: {shown}"


def links_of(store: ObservationStore, obs_ids: Iterable[int]) -> pd.DataFrame:
    links = store.records["links"]
    mask = (links["from_table"] == "observations") & links["from_id"].isin(
        [int(i) for i in obs_ids]
    )
    return links[mask]


def input_links(store: ObservationStore, obs_ids: list[int]) -> pd.DataFrame:
    links = links_of(store, obs_ids)
    return links[links["to_table"] == "observations"]


__all__ = [
    "AddDerivedFigures",
    "DerivedEdit",
    "FreshIds",
    "derived_figures",
    "figure_rows",
    "gap_note",
    "input_links",
    "link_frame",
    "link_rows",
    "links_of",
]
