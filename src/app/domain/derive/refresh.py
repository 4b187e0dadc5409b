"""Recomputing derived series: :func:`refresh_edit` diffs each derivation's figures, computed
afresh, against those stored; :func:`touched_inputs` says when an edit calls for it.

Like every edit on derived figures, a recomputation is a :class:`DerivedEdit`
(:mod:`app.domain.derive.stored`): :meth:`app.services.desk.Desk.apply` never recomputes
after it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

from app.domain.derive.derivations import Derivation, compute, stored_derivations
from app.domain.derive.stored import (
    AddDerivedFigures,
    DerivedEdit,
    FreshIds,
    derived_figures,
    figure_rows,
    gap_note,
    input_links,
    link_frame,
    link_rows,
    links_of,
)
from app.domain.edits import (
    AddRecords,
    Delete,
    DeleteObservations,
    DeleteRecords,
    Edit,
    Insert,
    Op,
    SetRecordValues,
    SetValues,
    Update,
)
from app.domain.store import ObservationStore


def refresh_edit(store: ObservationStore, indicators: Collection[str] | None = None) -> Edit | None:
    """Recompute the derivations and diff against their stored figures: new figures added,
    changed ones updated (value, qualifier, note, lineage), vanished ones removed; None when
    nothing changes. ``indicators``: only the derivations reading one of them (and those
    reading their outputs); all when None. A derivation whose input is another's output is
    computed after it, on that output as it will be."""
    order = _dependency_order(stored_derivations(store))
    if indicators is not None:
        order = _affected(order, set(indicators))
    ids = FreshIds(store)
    parts: list[Edit] = []
    applied: list[Edit] = []
    try:
        for n, d in enumerate(order):
            part = _refresh_one(store, d, ids)
            if part is None:
                continue
            parts.append(part)
            if any(_depends(later, d) for later in order[n + 1 :]):
                store.apply(part)  # the next derivations read this output; undone below
                applied.append(part)
    finally:
        for part in reversed(applied):
            store.apply(part, forward=False)
    if not parts:
        return None
    names = ", ".join(f"“{p.text}”" for p in parts[:3]) + (" …" * (len(parts) > 3))
    return DerivedEdit(parts, f"Recompute derived series {names}", action="derive")


def _affected(order: list[Derivation], indicators: set[str]) -> list[Derivation]:
    """The derivations reading ``indicators``, and those reading their outputs (in order)."""
    chosen = [d for d in order if any(r.indicator in indicators for r in d.inputs)]
    for d in order:  # dependency order: a reader comes after what it reads
        if d not in chosen and any(_depends(d, c) for c in chosen):
            chosen.append(d)
    return [d for d in order if d in chosen]


def _depends(d: Derivation, on: Derivation) -> bool:
    return any(
        (r.indicator, r.reporter, r.partner) == (on.indicator, on.reporter, on.partner)
        for r in d.inputs
    )


def _dependency_order(ds: list[Derivation]) -> list[Derivation]:
    """Derivations after those whose output they read (a cycle keeps id order)."""
    left, out = list(ds), []
    while left:
        ready = [d for d in left if not any(_depends(d, o) for o in left if o is not d)]
        nxt = ready[0] if ready else left[0]
        out.append(nxt)
        left.remove(nxt)
    return out


_COMPARED = ("value", "qualifier", "note")


def _refresh_one(store: ObservationStore, d: Derivation, ids: FreshIds) -> Edit | None:
    try:
        frame = compute(store, d)
    except ValueError as exc:
        # its figures stay as they were, and its note says why (an edit elsewhere is never
        # refused because a derivation no longer computes)
        return _note_edit(d, f"{NOT_RECOMPUTED}: {exc}")
    new = derived_figures(frame)
    obs = store.observations
    old = obs[obs["source_id"].to_numpy() == d.source_id]
    old_pos, new_pos = _positions(old), _positions(new)
    gone = [i for k, i in old_pos.items() if k not in new_pos]
    added = [i for k, i in new_pos.items() if k not in old_pos]
    kept = [(old_pos[k], i) for k, i in new_pos.items() if k in old_pos]
    text = d.name
    parts: list[Edit] = []
    old_ids = old["obs_id"].to_numpy(dtype="int64")
    stale, fresh = _relinked(store, old_ids, new["from_obs_ids"].to_numpy(dtype=object), kept)
    stale = pd.concat([stale, links_of(store, old_ids[gone].tolist())], ignore_index=True)
    if len(stale):
        parts.append(DeleteRecords({"links": stale}, text))
    if gone:
        parts.append(DeleteObservations(old.iloc[gone].copy(), text))
    changed = _changed_values(old, new, kept, text)
    if changed is not None:
        parts.append(changed)
    if added:
        rows = figure_rows(d, new.iloc[added], ids.take_obs(len(added)))
        parts.append(AddDerivedFigures(rows, pd.DataFrame(), pd.DataFrame(), text))
        used = list(new["from_obs_ids"].iloc[added])
        fresh.append(link_rows(d, rows["obs_id"].tolist(), used, 0))
    fresh_links = pd.concat(fresh, ignore_index=True) if fresh else pd.DataFrame()
    if len(fresh_links):
        first = ids.take_links(len(fresh_links))
        fresh_links["link_id"] = np.arange(first, first + len(fresh_links), dtype="int64")
        parts.append(AddRecords({"links": fresh_links}, text))
    note = _note_edit(d, gap_note(frame))
    if note is not None:
        parts.append(note)
    return DerivedEdit(parts, text, action="derive") if parts else None


#: the start of a derivation's note when its last recomputation failed
NOT_RECOMPUTED = "not recomputed"


def _note_edit(d: Derivation, note: str) -> Edit | None:
    if note == d.note:
        return None
    return SetRecordValues("derivations", [d.derivation_id], {"note": ([d.note], [note])}, d.name)


def _positions(frame: pd.DataFrame) -> dict[tuple[int, int, bool], int]:
    """Row position of each period key (start, end, point)."""
    keys = zip(
        frame["period_start"].tolist(),
        frame["period_end"].tolist(),
        frame["period_point"].tolist(),
        strict=True,
    )
    return {(int(a), int(b), bool(p)): i for i, (a, b, p) in enumerate(keys)}


def _relinked(
    store: ObservationStore,
    old_ids: np.ndarray,
    used: np.ndarray,
    kept: list[tuple[int, int]],
) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """(links to input figures no longer used, new link rows) of the figures kept; ``used``:
    the input obs ids of each new figure."""
    inputs_of = input_links(store, old_ids.tolist())
    have: dict[int, dict[int, int]] = {}  # figure -> input -> link id
    for link, f, t in zip(
        inputs_of["link_id"].tolist(),
        inputs_of["from_id"].tolist(),
        inputs_of["to_id"].tolist(),
        strict=True,
    ):
        have.setdefault(int(f), {})[int(t)] = int(link)
    stale: list[int] = []
    rows: list[tuple[int, str, str]] = []
    for o, n in kept:
        obs_id = int(old_ids[o])
        linked = have.get(obs_id, {})
        want = {int(i) for i in used[n]}
        stale.extend(link for i, link in linked.items() if i not in want)
        rows.extend((obs_id, "observations", str(i)) for i in sorted(want - set(linked)))
    fresh = [link_frame(rows, 0)] if rows else []
    return inputs_of[inputs_of["link_id"].isin(stale)], fresh


def _changed_values(
    old: pd.DataFrame, new: pd.DataFrame, kept: list[tuple[int, int]], text: str
) -> Edit | None:
    """One SetValues for the kept figures whose value, qualifier or note changed."""
    if not kept:
        return None
    o = old.iloc[[k[0] for k in kept]]
    n = new.iloc[[k[1] for k in kept]]
    before = {c: o[c].astype(object if c != "value" else "float64").to_numpy() for c in _COMPARED}
    after = {
        "value": n["value"].to_numpy(dtype="float64"),
        "qualifier": np.asarray([str(q) or "exact" for q in n["qualifier"]], dtype=object),
        "note": np.asarray([str(x) for x in n["note"]], dtype=object),
    }
    before["qualifier"] = np.asarray([str(q) for q in before["qualifier"]], dtype=object)
    before["note"] = np.asarray([str(x) for x in before["note"]], dtype=object)
    differs = np.zeros(len(kept), dtype=bool)
    for c in _COMPARED:
        differs |= before[c] != after[c]
    if not differs.any():
        return None
    obs_ids = o["obs_id"].to_numpy()[differs].tolist()
    columns = {c: (before[c][differs].tolist(), after[c][differs].tolist()) for c in _COMPARED}
    return SetValues(obs_ids, columns, text)


# --- when to recompute ----------------------------------------------------------------------


def input_indicators(store: ObservationStore) -> set[str]:
    """The indicators any stored derivation reads."""
    return {r.indicator for d in stored_derivations(store) for r in d.inputs}


def touched_indicators(store: ObservationStore, ops: Sequence[Op]) -> set[str]:
    """Indicators of the figures ``ops`` insert, change or delete (read before applying)."""
    out: set[str] = set()
    for op in ops:
        if isinstance(op, Insert) and len(op.observations):
            out |= {str(x) for x in op.observations["indicator"].unique()}
        elif isinstance(op, Update | Delete) and op.obs_ids:
            pos = store.positions(op.obs_ids)
            out |= {str(x) for x in store.observations["indicator"].iloc[pos].unique()}
            if isinstance(op, Update) and op.column == "indicator":
                out |= {str(v) for v in op.values}
    return out


def touched_inputs(store: ObservationStore, edit: Edit, ops: Sequence[Op]) -> set[str]:
    """The indicators some derivation reads whose figures ``edit`` changes (``ops``: its
    operations, read before they apply). Free when the store holds no derivation; empty
    for a :class:`DerivedEdit`, whose derived figures are up to date."""
    if isinstance(edit, DerivedEdit) or store.records["derivations"].empty:
        return set()
    wanted = input_indicators(store)
    return touched_indicators(store, ops) & wanted if wanted else set()


def touches_inputs(store: ObservationStore, edit: Edit, ops: Sequence[Op]) -> bool:
    """Whether ``edit`` changes figures some derivation reads."""
    return bool(touched_inputs(store, edit, ops))


__all__ = [
    "NOT_RECOMPUTED",
    "input_indicators",
    "refresh_edit",
    "touched_indicators",
    "touched_inputs",
    "touches_inputs",
]
