"""Marks of pivot cells: the choice rule's order, conflicts between sources and mirror
statistics, and claims, computed for every cell at once (``find_conflicts`` costs about
10 ms per conflict, too much for a grid of 1M figures; tests check that both agree)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.conflicts import COUNTERPART_INDICATORS, is_symmetric
from app.domain.analytics.intervals import level_bounds
from app.domain.periods import period_label
from app.domain.selection import pair_mask
from app.domain.units import format_quantity

# --- marks: the choice rule's order, conflicts and claims ----------------------------------
# (what the grid says about its cells; self-contained, so that it can become a module of its
# own: app.domain.pivot_marks)

#: how far apart (relative) levels may be before they conflict: find_conflicts' default
TOLERANCE = 0.02
VERDICT_WORDS = {
    "consistent": "consistent",
    "inconsistent": "inconsistent",
    "cannot_check": "cannot check",
    "conflicting_sources": "sources disagree",
}


def published_rank(sources: pd.DataFrame | None, source_id: np.ndarray) -> np.ndarray:
    """Order of each source's publication date ('' and unknown sources: -1, the oldest)."""
    if sources is None or sources.empty:
        return np.full(len(source_id), -1, dtype=np.int64)
    first = sources.drop_duplicates("source_id")
    dates = first["published"].astype(str).to_numpy()
    known = dates != ""
    rank = np.where(known, np.searchsorted(np.unique(dates[known]), dates), -1)
    where = pd.Index(first["source_id"].to_numpy()).get_indexer(source_id)
    return np.where(where >= 0, rank[np.maximum(where, 0)], -1)


@dataclass(frozen=True)
class Ranked:
    """Rows grouped, each group's in the rule's order (the chosen row first)."""

    pos: np.ndarray  # row positions, by group then rule
    cells: np.ndarray  # the group of each group's first row, one per group
    ptr: np.ndarray  # offsets of the groups in ``pos`` (one more than groups)


def rank_rows(
    obs: pd.DataFrame, sources: pd.DataFrame | None, pos: np.ndarray, group: np.ndarray
) -> Ranked:
    """Sort rows by group, then by the rule of choose_figures: preferred, most recently
    published, highest obs_id."""
    ids = obs["obs_id"].to_numpy(dtype=np.int64)[pos]
    pub = published_rank(sources, obs["source_id"].to_numpy(dtype=np.int64)[pos])
    preferred = obs["preferred"].to_numpy(dtype=bool)[pos]
    order = np.lexsort((-ids, -pub, ~preferred, group))
    pos, group = pos[order], group[order]
    first = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else pos[:0]
    return Ranked(pos, group[first], np.r_[first, len(pos)].astype(np.int64))


def _split(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Levels that cannot all be true (find_conflicts' test: bounds count as bounds)."""
    out: np.ndarray = lo > hi * (1.0 + TOLERANCE)
    return out


def source_conflicts(
    obs: pd.DataFrame, codes: dict[str, tuple[np.ndarray, np.ndarray]], many: Ranked
) -> dict[int, str]:
    """What disagrees in each cell whose stored rows disagree (the sources conflicts of
    :func:`find_conflicts`, computed on every cell at once)."""
    if not len(many.cells):
        return {}
    value = obs["value"].to_numpy(dtype="float64")[many.pos]
    qualifier = codes["qualifier"][1][codes["qualifier"][0][many.pos]]
    lo, hi = level_bounds(value, qualifier)
    starts = many.ptr[:-1]
    split = _split(np.maximum.reduceat(lo, starts), np.minimum.reduceat(hi, starts))
    unit = codes["unit"][1][codes["unit"][0][many.pos[starts]]]
    low, high = np.minimum.reduceat(value, starts), np.maximum.reduceat(value, starts)
    sizes = np.diff(many.ptr)
    return {
        int(many.cells[i]): f"{sizes[i]} sources disagree ({_span(low[i], high[i], unit[i])})"
        for i in np.flatnonzero(split)
    }


def _span(low: float, high: float, unit: str) -> str:
    return f"{format_quantity(float(low), unit)} to {format_quantity(float(high), unit)}"


def mirror_conflicts(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    indicators: tuple[str, ...],
    pair: tuple[str, str] | None,
    base: np.ndarray,
    codes: dict[str, tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Row positions of the two sides' figures that disagree, and what disagrees: the
    mirror conflicts of :func:`find_conflicts` (a symmetric indicator stated by each side,
    or A's imports from B against B's exports to A), computed on every pair at once. The
    other side's figure need not be in the grid (its indicator need not be chosen)."""
    figures = _mirror_figures(obs, sources, indicators, pair, base, codes)
    right = figures.drop(columns="target").rename(
        columns={
            "indicator": "target",
            "reporter": "partner",
            "partner": "reporter",
            "pos": "other",
        }
    )
    on = ["target", "reporter", "partner", "subject", "start", "end"]
    pairs = figures[figures["target"] >= 0].merge(right[[*on, "other"]], on=on)
    # a symmetric pair is found from both sides: keep one
    pairs = pairs[(pairs["target"] != pairs["indicator"]) | (pairs["reporter"] < pairs["partner"])]
    a, b = pairs["pos"].to_numpy(), pairs["other"].to_numpy()
    value = obs["value"].to_numpy(dtype="float64")
    qualifier_codes, qualifiers = codes["qualifier"]
    a_lo, a_hi = level_bounds(value[a], qualifiers[qualifier_codes[a]])
    b_lo, b_hi = level_bounds(value[b], qualifiers[qualifier_codes[b]])
    split = _split(np.maximum(a_lo, b_lo), np.minimum(a_hi, b_hi))
    a, b = a[split], b[split]
    rep, par = (codes[c][1][codes[c][0][a]] for c in ("reporter", "partner"))
    unit = codes["unit"][1][codes["unit"][0][a]]
    notes = [
        f"{r}'s and {p}'s figures disagree ({_span(min(x, y), max(x, y), u)})"
        for r, p, x, y, u in zip(rep, par, value[a], value[b], unit, strict=True)
    ]
    return a, b, notes


def _mirror_figures(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    indicators: tuple[str, ...],
    pair: tuple[str, str] | None,
    base: np.ndarray,
    codes: dict[str, tuple[np.ndarray, np.ndarray]],
) -> pd.DataFrame:
    """The chosen figure of each key of a symmetric or counterpart indicator (counterparts
    of the chosen indicators included), with the indicator its other side must have
    (``target``: -1 when the figure is only ever the other side)."""
    ind, labels = codes["indicator"]
    where = {str(label): i for i, label in enumerate(labels)}
    wanted = set(indicators) if indicators else set(where)
    wanted |= {b for a, b in COUNTERPART_INDICATORS.items() if a in wanted}
    wanted |= {a for a, b in COUNTERPART_INDICATORS.items() if b in wanted}
    target = np.full(len(labels), -1, dtype=np.int64)
    eligible = np.zeros(len(labels), dtype=bool)
    for i, label in enumerate(labels.astype(str)):
        counter = (
            where.get(COUNTERPART_INDICATORS[label], -1) if label in COUNTERPART_INDICATORS else -1
        )
        target[i] = i if is_symmetric(label) else counter
        eligible[i] = label in wanted and (target[i] >= 0 or label in _COUNTERPARTS)
    mask = base & eligible[ind]
    if pair is not None:
        mask &= pair_mask(obs, *pair)
    rows = np.flatnonzero(mask)
    rep_codes, par_codes = codes["reporter"][0][rows], codes["partner"][0][rows]
    both = (codes["reporter"][1][rep_codes] != "") & (codes["partner"][1][par_codes] != "")
    rows = rows[both]
    rep, par = country_ranks(codes["reporter"], codes["partner"], rep_codes[both], par_codes[both])
    key = pd.DataFrame(
        {
            "indicator": ind[rows],
            "reporter": rep,
            "partner": par,
            "subject": codes["subject"][0][rows],
            "start": obs["period_start"].to_numpy(dtype=np.int64)[rows],
            "end": obs["period_end"].to_numpy(dtype=np.int64)[rows],
        }
    )
    group = key.groupby(list(key.columns), sort=False).ngroup().to_numpy()
    ranked = rank_rows(obs, sources, rows, group)
    chosen = ranked.pos[ranked.ptr[:-1]]
    figures: pd.DataFrame = key.iloc[np.searchsorted(rows, chosen)].assign(pos=chosen)
    return figures.assign(target=target[figures["indicator"].to_numpy()])


_COUNTERPARTS = frozenset({*COUNTERPART_INDICATORS, *COUNTERPART_INDICATORS.values()})


def shown_sides(
    mirrored: tuple[np.ndarray, np.ndarray, list[str]], pos: np.ndarray, cell: np.ndarray
) -> list[tuple[int, str]]:
    """(cell, note) of each side of each mirror conflict that the grid shows."""
    a, b, notes = mirrored
    out = []
    for side in (a, b):
        at = np.minimum(np.searchsorted(pos, side), max(len(pos) - 1, 0))
        shown = (pos[at] == side) if len(pos) else np.zeros(len(side), dtype=bool)
        out += [(int(cell[at[i]]), notes[i]) for i in np.flatnonzero(shown)]
    return out


def country_ranks(
    reporter: tuple[np.ndarray, np.ndarray],
    partner: tuple[np.ndarray, np.ndarray],
    rep: np.ndarray,
    par: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Reporter and partner category codes as ranks in one alphabet (a pair can be sorted;
    '' ranks first, so a one-country row leads its country's rows)."""
    union = pd.Index(np.union1d(reporter[1].astype(str), partner[1].astype(str)))
    return (
        union.get_indexer(pd.Index(reporter[1].astype(str)))[rep],
        union.get_indexer(pd.Index(partner[1].astype(str)))[par],
    )


def claim_marks(
    obs: pd.DataFrame,
    claims: pd.DataFrame | None,
    pos: np.ndarray,
    cell: np.ndarray,
    ncells: int,
    row_keys: pd.DataFrame,
    periods: tuple[tuple[int, int], ...],
) -> tuple[np.ndarray, dict[int, tuple[str, ...]]]:
    """Reported changes per cell (those no listed claim stands for) and the claims checked
    against each cell's figure: a claim on one of its rows, or on exactly its key."""
    ids = obs["obs_id"].to_numpy(dtype=np.int64)[pos]
    changed = np.isfinite(obs["change_value"].to_numpy(dtype="float64")[pos])
    notes: dict[int, list[str]] = {}
    if claims is not None and len(claims):
        checked = "verdict" in claims.columns
        where = _claim_cells(claims, pd.Index(ids), cell, row_keys, periods)
        for r, flat in zip(claims.to_dict("records"), where, strict=True):
            if flat >= 0:
                notes.setdefault(int(flat), []).append(_claim_words(r, checked))
        # a growth claim stands for its figure's reported change (as check_all_claims has it)
        kinds = claims["claim_type"].astype(str).to_numpy()
        listed = claims["obs_id"].to_numpy()[(kinds == "growth") | (claims["claim_id"] < 0)]
        changed &= ~np.isin(ids, listed)
    changes = np.bincount(cell[changed], minlength=ncells)
    return changes, {k: tuple(v) for k, v in notes.items()}


def _claim_cells(
    claims: pd.DataFrame,
    ids: pd.Index,
    cell: np.ndarray,
    row_keys: pd.DataFrame,
    periods: tuple[tuple[int, int], ...],
) -> np.ndarray:
    """The flat cell of each claim (-1: not in the grid): through its figure, else through
    its indicator, reporter, partner and period (start and end, or the period's label)."""
    at = ids.get_indexer(pd.Index(claims["obs_id"].to_numpy(dtype=np.int64)))
    out = np.where(at >= 0, cell[np.maximum(at, 0)] if len(cell) else -1, -1)
    lost = np.flatnonzero(out < 0)
    if not len(lost) or not periods:
        return out
    row_of = {
        (ind, rep, par): i
        for i, (ind, rep, par, sub) in enumerate(row_keys.itertuples(index=False))
        if sub == ""
    }
    by_period = {p: i for i, p in enumerate(periods)}
    by_label = {period_label(a, b): i for i, (a, b) in enumerate(periods)}
    for i in lost:
        r = claims.iloc[i]
        row = row_of.get((str(r["indicator"]), str(r["reporter"]), str(r["partner"])))
        if "period_start" in claims.columns:
            col = by_period.get((int(r["period_start"]), int(r["period_end"])))
        else:
            col = by_label.get(str(r.get("period", "")))
        if row is not None and col is not None:
            out[i] = row * len(periods) + col
    return out


def _claim_words(r: Mapping[Any, Any], checked: bool) -> str:
    """ "growth claim 3: sources disagree", "reported change of figure 26: consistent"."""
    cid = int(r["claim_id"])
    what = (
        f"reported change of figure {int(r['obs_id'])}"
        if cid < 0
        else f"{str(r['claim_type']).replace('_', ' ')} claim {cid}"
    )
    if not checked:
        return what
    verdict = str(r["verdict"])
    return f"{what}: {VERDICT_WORDS.get(verdict, verdict)}"
