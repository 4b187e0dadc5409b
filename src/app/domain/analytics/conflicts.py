"""Conflicts: stored figures that should agree and do not.

Two kinds:

- ``sources``: several rows for one figure key (indicator, reporter, partner, subject,
  period) whose levels disagree by more than ``tolerance`` (relative, default 2 %);
- ``mirror``: the same quantity stated by each side of the pair — reporter and partner
  swapped for a symmetric indicator (``trade_turnover``, or an indicator whose code names
  its direction, such as ``tourist_arrivals_from_CHN``), or A's ``imports_from_partner`` B
  against B's ``exports_to_partner`` A.

Bounds count as bounds: "more than $3 bn" does not conflict with $3.1 bn. Each conflict
says which value the analytics use (the preferred row, else the rule of :mod:`figures`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.choice import best_first, choose, subset_rows
from app.domain.analytics.column_texts import published_rank, text_codes
from app.domain.analytics.figures import (
    CodedRows,
    Vocab,
    coded_rows,
    keyed_at,
    keyed_parts,
    pack,
    part_values,
)
from app.domain.analytics.intervals import coded_level_bounds, level_bounds
from app.domain.analytics.passes import frame_column
from app.domain.edits import SetValues
from app.domain.model import FIGURE_KEY
from app.domain.periods import period_label

SYMMETRIC_INDICATORS = frozenset({"trade_turnover"})
COUNTERPART_INDICATORS = {"imports_from_partner": "exports_to_partner"}
_NAMES_DIRECTION = re.compile(r"_[A-Z]{3}(?:_|$)")

CONFLICT_COLUMNS = (
    "conflict_id",
    "kind",
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_start",
    "period_end",
    "period",
    "unit",
    "n",
    "min",
    "max",
    "spread_abs",
    "spread_pct",
    "obs_ids",
    "values",
    "source_ids",
    "preferred_obs_id",
    "used_obs_id",
    "used_rule",
)


def is_symmetric(indicator: str, symmetric: Collection[str] = SYMMETRIC_INDICATORS) -> bool:
    """True when swapping reporter and partner leaves the quantity the same."""
    return indicator in symmetric or bool(_NAMES_DIRECTION.search(indicator))


def find_conflicts(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    tolerance: float = 0.02,
    symmetric: Collection[str] = SYMMETRIC_INDICATORS,
) -> pd.DataFrame:
    """Every disagreement, one row per group (columns CONFLICT_COLUMNS).

    On numbers (issue 21): one int64 figure key per row, one sort of the keys; only rows
    of keys stated more than once are tested, and the rows of the conflicts found are
    turned into the result's columns all at once.
    """
    both = _conflicts(observations, sources, tolerance, symmetric)
    if not both["kind"]:
        return pd.DataFrame({c: [] for c in CONFLICT_COLUMNS})
    return pd.DataFrame(both, columns=list(CONFLICT_COLUMNS))


def conflict_records(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    tolerance: float = 0.02,
    symmetric: Collection[str] = SYMMETRIC_INDICATORS,
) -> list[dict[str, Any]]:
    """``plain.records(find_conflicts(...))``, made from the columns without the frame (a
    report reads its pair's conflicts as rows)."""
    both = _conflicts(observations, sources, tolerance, symmetric)
    rows = zip(*[both[name] for name in CONFLICT_COLUMNS], strict=True)
    return [dict(zip(CONFLICT_COLUMNS, row, strict=True)) for row in rows]


def _conflicts(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    tolerance: float,
    symmetric: Collection[str],
) -> dict[str, list[Any]]:
    """The columns of :func:`find_conflicts`: the sources' conflicts, then the sides'."""
    (c,), vocab = coded_rows([observations], same_reporter=True, months_only=False)
    finite = np.isfinite(c.value())
    if not finite.all():
        c = subset_rows(c, np.flatnonzero(finite))
    columns = [
        _source_conflicts(c, sources, tolerance),
        _mirror_conflicts(c, vocab, sources, tolerance, symmetric),
    ]
    return {name: [*columns[0][name], *columns[1][name]] for name in CONFLICT_COLUMNS}


def _figure_key(c: CodedRows) -> np.ndarray:
    """FIGURE_KEY of coded rows as one int64, ordered like the key's columns."""
    return pack([c.indicator, c.reporter, c.partner, c.subject, c.start, c.end, c.point, c.detail])


def _source_conflicts(
    c: CodedRows, sources: pd.DataFrame | None, tolerance: float
) -> dict[str, list[Any]]:
    key = _figure_key(c)
    order = np.argsort(key, kind="stable")
    sk = key[order]
    n = len(sk)
    fresh = np.ones(n, dtype=bool)
    fresh[1:] = sk[1:] != sk[:-1]
    run = np.cumsum(fresh) - 1
    sizes = np.bincount(run) if n else np.zeros(0, dtype=np.int64)
    # rows of keys stated more than once, by key, in row order within a key
    members = order[(sizes > 1)[run]] if n else order
    group = run[(sizes > 1)[run]] if n else run
    if len(members) == 0:
        return _conflict_columns("sources", None, np.zeros(0, dtype=np.int64))
    frame = c.frame
    codes, words = text_codes(frame_column(frame, "qualifier"))
    rows = c.rows[members]
    lo, hi = coded_level_bounds(
        frame_column(frame, "value").to_numpy(dtype="float64")[rows], codes[rows], words
    )
    starts = np.flatnonzero(np.append(True, group[1:] != group[:-1]))
    # the test of _disagree, on every key at once
    split = np.maximum.reduceat(lo, starts) > np.minimum.reduceat(hi, starts) * (1.0 + tolerance)
    sizes = np.diff(np.append(starts, len(group)))
    bad = np.repeat(split, sizes)
    number = np.repeat(np.cumsum(split) - 1, sizes)[bad]
    keyed = {name: part_values(p) for name, p in keyed_parts(frame, rows[bad], sources)}
    return _conflict_columns("sources", keyed, number)


def _mirror_conflicts(
    c: CodedRows,
    vocab: Vocab,
    sources: pd.DataFrame | None,
    tolerance: float,
    symmetric: Collection[str],
) -> dict[str, list[Any]]:
    words = [str(w) for w in vocab.indicator]
    sym_word = np.array([is_symmetric(w, symmetric) for w in words], dtype=bool)
    counter_word = [COUNTERPART_INDICATORS.get(w, "") for w in words]
    wanted_word = sym_word | np.array([w != "" for w in counter_word], dtype=bool)
    if not wanted_word[c.indicator].any():
        return _conflict_columns("mirror", None, np.zeros(0, dtype=np.int64))
    # the rows that can take part: a wanted indicator or the one the other side needs
    targets = {w for w, ok in zip(words, sym_word, strict=True) if ok} | set(counter_word)
    relevant = wanted_word | np.array([w in targets for w in words], dtype=bool)
    c = subset_rows(c, np.flatnonzero(relevant[c.indicator]))
    frame = c.frame
    preferred = frame_column(frame, "preferred").to_numpy(dtype=bool)[c.rows]
    rank = published_rank(frame_column(frame, "source_id").to_numpy()[c.rows], sources)
    obs_id = frame_column(frame, "obs_id").to_numpy()[c.rows]
    pick = choose(_figure_key(c), preferred, rank, obs_id).rows
    rows = c.rows[pick]
    # the rule's order (its ties by row position: one order, whatever the rows' order)
    o = best_first(preferred[pick], rank[pick], obs_id[pick], rows)
    fig = keyed_at(frame, rows[o], sources)
    fig = fig[(fig["reporter"] != "") & (fig["partner"] != "")]
    ind = fig["indicator"].to_numpy(dtype=object)
    sym = np.array([is_symmetric(str(i), symmetric) for i in ind], dtype=bool)
    counter = np.array([COUNTERPART_INDICATORS.get(str(i), "") for i in ind], dtype=object)
    wanted = sym | (counter != "")
    # the indicator the other side's row must have
    left = fig[wanted].assign(target=np.where(sym, ind, counter)[wanted])
    right = fig.rename(
        columns={"indicator": "target", "reporter": "partner", "partner": "reporter"}
    )
    on = ["target", "reporter", "partner", *FIGURE_KEY[3:]]
    pairs = left.merge(right[[*on, "obs_id"]], on=on, suffixes=("", "_m"))
    # a symmetric pair is found from both sides: keep one
    twice = np.array([is_symmetric(str(i), symmetric) for i in pairs["indicator"]], dtype=bool)
    pairs = pairs[~twice | (pairs["reporter"] < pairs["partner"]).to_numpy()]
    by_id = fig.set_index("obs_id")
    a_lo, a_hi = level_bounds(*_value_qual(by_id, pairs["obs_id"].to_numpy()))
    b_lo, b_hi = level_bounds(*_value_qual(by_id, pairs["obs_id_m"].to_numpy()))
    top = np.maximum(a_lo, b_lo)
    split = top > np.minimum(a_hi, b_hi) * (1.0 + tolerance)
    a_ids = pairs["obs_id"].to_numpy()[split]
    b_ids = pairs["obs_id_m"].to_numpy()[split]
    both = np.column_stack([a_ids, b_ids]).reshape(-1)
    members = by_id.loc[both].reset_index()
    columns = {name: members[name].to_numpy() for name in _MEMBER_COLUMNS}
    return _conflict_columns("mirror", columns, np.repeat(np.arange(len(a_ids)), 2))


def _value_qual(by_id: pd.DataFrame, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows = by_id.loc[ids]
    return rows["value"].to_numpy(), rows["qualifier"].to_numpy()


#: the keyed columns a conflict is made of (:func:`_conflict_columns`)
_MEMBER_COLUMNS = (
    "obs_id",
    "value",
    "source_id",
    "preferred",
    "published",
    "period_start",
    "period_end",
    "period_point",
    "indicator",
    "reporter",
    "partner",
    "subject",
    "unit",
)


def _conflict_columns(
    kind: str, g: Mapping[str, np.ndarray] | None, group: np.ndarray
) -> dict[str, list[Any]]:
    """The columns of the conflicts made of the keyed rows ``g`` (their columns, at least
    _MEMBER_COLUMNS: a frame of them costs more than the rest); ``group`` numbers the
    conflict of each row (0, 1, ... in the result's order). Each conflict lists its rows
    by obs_id and says which value the analytics use (the rule of :mod:`figures`)."""
    out: dict[str, list[Any]] = {name: [] for name in CONFLICT_COLUMNS}
    if g is None or len(g["obs_id"]) == 0:
        return out
    obs_id = np.asarray(g["obs_id"], dtype="int64")
    order = np.lexsort((np.arange(len(obs_id)), obs_id, group))
    gr = group[order]
    ids = obs_id[order]
    values = np.asarray(g["value"], dtype="float64")[order]
    sources = np.asarray(g["source_id"], dtype="int64")[order]
    pref = np.asarray(g["preferred"], dtype=bool)[order]
    pub = np.asarray(g["published"], dtype=object)[order]
    is_text = np.array([isinstance(p, str) for p in pub], dtype=bool)
    dates = {d: i for i, d in enumerate(sorted({str(p) for p in pub[is_text]}))}
    rank = np.array([dates[p] if t else -1 for p, t in zip(pub, is_text, strict=True)])
    starts = np.flatnonzero(np.append(True, gr[1:] != gr[:-1]))
    sizes = np.diff(np.append(starts, len(gr)))
    # the used row: preferred, latest published, highest obs_id; ties: the lower obs_id
    o = np.lexsort((np.arange(len(gr)), -ids, -rank.astype(np.int64), ~pref, gr))
    used = o[starts]
    first_pref = np.full(len(starts), -1, dtype=np.int64)
    at = np.flatnonzero(pref)
    grp, first = np.unique(gr[at], return_index=True)
    first_pref[grp] = ids[at[first]]
    low = np.minimum.reduceat(values, starts)
    high = np.maximum.reduceat(values, starts)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(low > 0, (high / low - 1.0) * 100.0, np.nan)
    head = order[starts]
    start = np.asarray(g["period_start"], dtype="int64")[head].tolist()
    end = np.asarray(g["period_end"], dtype="int64")[head].tolist()
    point = np.asarray(g["period_point"], dtype=bool)[head].tolist()
    text = {
        c: [str(x) for x in g[c][head].tolist()]
        for c in ("indicator", "reporter", "partner", "subject")
    }
    labels: dict[tuple[int, int, bool], str] = {}
    for key in zip(start, end, point, strict=True):
        if key not in labels:
            labels[key] = period_label(*key)
    cuts = np.append(starts, len(gr)).tolist()
    id_list, value_list, source_list = ids.tolist(), values.tolist(), sources.tolist()
    spans = list(itertools.pairwise(cuts))
    other = "most recently published" if kind == "sources" else "each side's own figure"
    out["conflict_id"] = [
        f"{kind}:{i}:{r}:{p}:{s}:{a}-{b}"
        for i, r, p, s, a, b in zip(
            text["indicator"],
            text["reporter"],
            text["partner"],
            text["subject"],
            start,
            end,
            strict=True,
        )
    ]
    out["kind"] = [kind] * len(starts)
    for c in ("indicator", "reporter", "partner", "subject"):
        out[c] = list(text[c])
    out["period_start"] = list(start)
    out["period_end"] = list(end)
    out["period"] = [labels[k] for k in zip(start, end, point, strict=True)]
    out["unit"] = [str(u) for u in g["unit"][head].tolist()]
    out["n"] = sizes.tolist()
    out["min"] = low.tolist()
    out["max"] = high.tolist()
    out["spread_abs"] = (high - low).tolist()
    out["spread_pct"] = pct.tolist()
    out["obs_ids"] = [tuple(id_list[a:b]) for a, b in spans]
    out["values"] = [tuple(value_list[a:b]) for a, b in spans]
    out["source_ids"] = [tuple(source_list[a:b]) for a, b in spans]
    out["preferred_obs_id"] = first_pref.tolist()
    out["used_obs_id"] = ids[used].tolist()
    out["used_rule"] = ["preferred" if p else other for p in pref[used].tolist()]
    return out


def prefer(observations: pd.DataFrame, obs_ids: Collection[int], chosen: int) -> SetValues:
    """The undoable edit that marks ``chosen`` preferred among ``obs_ids`` (others unmarked)."""
    ids = [int(i) for i in obs_ids]
    if chosen not in ids:
        raise ValueError(f"observation {chosen} is not part of this conflict")
    rows = observations.set_index("obs_id").loc[ids]
    old = tuple(bool(x) for x in rows["preferred"])
    new = tuple(i == chosen for i in ids)
    return SetValues(ids, {"preferred": (old, new)}, text="Mark preferred value")
