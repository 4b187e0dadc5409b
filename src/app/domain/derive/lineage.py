"""A derivation's figures as stored: the edits that add, recompute and remove them, and the
lineage a derived figure is cited with.

Adding a derivation is one edit (action ``derive``): its ``derivations`` row, its source row
(publisher "Corridor (derived)", kind ``derived``, no publication date, so that a reported
figure of the same key wins :func:`~app.domain.analytics.choice.choose_figures`), the
derived figures (status ``derived``, note = the derivation shown: "Oct 2025 = Jan–Oct 2025 −
Jan–Sep 2025") and ``links`` rows from each figure to the derivation and to every input
figure it was computed from. A gap (an incomplete window, a missing input) is not stored:
there is no figure, and the derivation's note counts the gaps ("1 gap: 2025 has 10 of 12
months").

All these edits are :class:`DerivedEdit`\\s: their derived figures are up to date by
construction, so :meth:`app.services.desk.Desk.apply` never recomputes after them.

Recomputing lives in :mod:`app.domain.derive.refresh`, and the rows and edit types both
share in :mod:`app.domain.derive.stored`; this module re-exports what callers import from
it (:func:`refresh_edit`, :func:`touched_inputs`, :func:`touches_inputs`,
:class:`DerivedEdit`, :class:`AddDerivedFigures`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from app.domain.derive.builder import output_kind
from app.domain.derive.derivations import (
    DERIVED_PUBLISHER,
    SAME_SERIES,
    Derivation,
    catalogue_column,
    compute,
    stored_derivation,
    stored_derivations,
)
from app.domain.derive.refresh import refresh_edit, touched_inputs, touches_inputs
from app.domain.derive.stored import (
    AddDerivedFigures,
    DerivedEdit,
    FreshIds,
    derived_figures,
    figure_rows,
    gap_note,
    input_links,
    link_rows,
    links_of,
)
from app.domain.edits import AddRecords, DeleteObservations, DeleteRecords, Edit
from app.domain.model import Source, Status, source_labels
from app.domain.store import ObservationStore

# --- adding and removing --------------------------------------------------------------------


def add_derivation_edit(store: ObservationStore, derivation: Derivation) -> Edit:
    """One edit storing ``derivation`` (from
    :func:`~app.domain.derive.builder.new_derivation`) with its figures and their lineage.
    Raises ValueError when it cannot be computed (a unit error, say)."""
    _refuse_twin(store, derivation)
    d = replace(
        derivation,
        derivation_id=int(store.next_record_ids("derivations", 1)[0]),
        source_id=store.next_source_id(),
    )
    frame = compute(store, d)
    d = replace(d, note=gap_note(frame))
    figures = derived_figures(frame)
    ids = FreshIds(store)
    rows = figure_rows(d, figures, ids.take_obs(len(figures)))
    links = link_rows(d, rows["obs_id"].tolist(), list(figures["from_obs_ids"]), ids.link)
    text = f"Derive “{d.name}”: {_count(len(rows), 'figure')}" + (f" ({d.note})" if d.note else "")
    add = AddDerivedFigures(rows, _source_row(d), _catalogue_row(store, d), text)
    parts: list[Edit] = [AddRecords({"derivations": pd.DataFrame([d.to_row()])}, text), add]
    if len(links):
        parts.append(AddRecords({"links": links}, text))
    return DerivedEdit(parts, text, action="derive")


def _refuse_twin(store: ObservationStore, d: Derivation) -> None:
    """The same rule over the same inputs into the same series is stored once."""
    for other in stored_derivations(store):
        if _rule(other) == _rule(d):
            raise ValueError(
                f"this derivation is already stored as {other.derivation_id} (“{other.name}”)"
            )


def _rule(d: Derivation) -> tuple[object, ...]:
    params = sorted((k, str(v)) for k, v in d.params.items())
    return (d.kind, d.inputs, d.formula, params, d.indicator, d.reporter, d.partner)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def _source_row(d: Derivation) -> pd.DataFrame:
    source = Source(
        publisher=DERIVED_PUBLISHER,
        title=f"{d.name}: {d.rule()}",
        published="",  # a reported figure of the same key is chosen before a derived one
        retrieved=d.created,
        dataset="derivations",
        kind="derived",
        source_id=d.source_id,
    )
    return pd.DataFrame([source.as_row()])


def _catalogue_row(store: ObservationStore, d: Derivation) -> pd.DataFrame:
    """The output's catalogue row when the catalogue does not hold it yet."""
    if d.kind in SAME_SERIES or d.indicator in catalogue_column(store, "unit"):
        return pd.DataFrame()
    topic = catalogue_column(store, "topic").get(d.inputs[0].indicator, "") or "Derived"
    row = {
        "code": d.indicator,
        "name": d.name[:1].upper() + d.name[1:],
        "topic": topic,
        "unit": d.unit,
        "kind": output_kind(store, d),
        "description": f"Derived by Corridor: {d.rule()}",
    }
    return pd.DataFrame([row])


def remove_derivation_edit(store: ObservationStore, derivation_id: int) -> Edit:
    """One edit removing a derivation, its figures and their links (undo restores them;
    the source row stays, as sources always do).

    Raises ValueError when another derivation reads the series this one writes: removing
    it would leave that one's figures computed from figures that are gone."""
    d = stored_derivation(store, derivation_id)
    readers = [
        f"“{other.name}”"
        for other in stored_derivations(store)
        if other.derivation_id != derivation_id
        and any(
            (r.indicator, r.reporter, r.partner) == (d.indicator, d.reporter, d.partner)
            for r in other.inputs
        )
    ]
    if readers:
        which = "that one" if len(readers) == 1 else "those"
        raise ValueError(
            f"“{d.name}” writes {d.indicator} {d.reporter}–{d.partner}, which "
            f"{', '.join(readers)} read{'s' * (len(readers) == 1)}: remove {which} first"
        )
    obs = store.observations
    figures = obs[obs["source_id"].to_numpy() == d.source_id]
    text = f"Remove derived series “{d.name}” ({_count(len(figures), 'figure')})"
    links = links_of(store, figures["obs_id"].tolist())
    links = pd.concat(
        [links, _to_derivation(store, derivation_id)], ignore_index=True
    ).drop_duplicates("link_id")
    row = store.record_rows("derivations", [derivation_id])
    parts: list[Edit] = [DeleteRecords({"links": links}, text)]
    if len(figures):
        parts.append(DeleteObservations(figures.copy(), text))
    parts.append(DeleteRecords({"derivations": row}, text))
    return DerivedEdit(parts, text, action="derive")


def stored_by_derivations(store: ObservationStore, obs_ids: Sequence[int]) -> int:
    """How many of ``obs_ids`` a stored derivation computed (deleting such a figure does not
    remove the series: its next recomputation puts the figure back)."""
    derived_sources = store.records["derivations"]["source_id"].to_numpy()
    if not len(derived_sources) or not len(obs_ids):
        return 0
    sources = store.rows(list(obs_ids))["source_id"].to_numpy()
    return int(pd.Series(sources).isin(derived_sources).sum())


def _to_derivation(store: ObservationStore, derivation_id: int) -> pd.DataFrame:
    links = store.records["links"]
    return links[(links["to_table"] == "derivations") & (links["to_id"] == str(derivation_id))]


# --- citing a derived figure ----------------------------------------------------------------


@dataclass(frozen=True)
class Lineage:
    """Where a derived figure comes from: its derivation and the input figures' sources."""

    derivation_id: int
    name: str
    shown: str  # the derivation shown: "Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025"
    input_obs_ids: tuple[int, ...]
    source_ids: tuple[int, ...]  # the input figures' sources, sorted


def lineage_of(store: ObservationStore, obs_id: int) -> Lineage | None:
    """The lineage of a figure stored by a derivation; None for any other figure."""
    try:
        row = store.rows([obs_id]).iloc[0]
    except KeyError:
        return None
    if str(row["status"]) != Status.DERIVED:
        return None
    ders = store.records["derivations"]
    hit = ders[ders["source_id"] == int(row["source_id"])]
    if hit.empty:
        return None  # derived otherwise (a registry roll-up): its note says how
    links = input_links(store, [obs_id])
    inputs = tuple(int(i) for i in links["to_id"])
    obs = store.observations
    present = obs[obs["obs_id"].isin(inputs)]
    sources = tuple(sorted({int(s) for s in present["source_id"]}))
    return Lineage(
        int(hit["derivation_id"].iloc[0]),
        str(hit["name"].iloc[0]),
        str(row["note"]),
        inputs,
        sources,
    )


def derivation_text(store: ObservationStore, obs_id: int) -> str:
    """ "Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025 (Trade turnover, months from year-to-date
    figures), derived from sources [3] Trend, 2025-12-25 and [5] Xinhua, 2025-12-25";
    '' for a figure that no derivation stored."""
    lin = lineage_of(store, obs_id)
    if lin is None:
        return ""
    return f"{lin.shown} ({lin.name}), derived from {sources_text(store, lin.source_ids)}"


def sources_text(store: ObservationStore, source_ids: Sequence[int]) -> str:
    """ "sources [3] Trend, 2025-12-25 and [5] Xinhua" (numbered by source id)."""
    if not source_ids:
        return "no stored source (its inputs were removed)"
    srcs = store.sources[store.sources["source_id"].isin(list(source_ids))]
    labels = dict(zip(srcs["source_id"].astype(int), source_labels(srcs), strict=True))
    items = [f"[{s}] {labels.get(s, 'unknown source')}" for s in source_ids]
    head = "source" if len(items) == 1 else "sources"
    body = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f"{head} {body}"


__all__ = [
    "AddDerivedFigures",
    "DerivedEdit",
    "Lineage",
    "add_derivation_edit",
    "derivation_text",
    "lineage_of",
    "refresh_edit",
    "remove_derivation_edit",
    "touched_inputs",
    "touches_inputs",
]
