"""The pivot grid: series (by indicator, pair or reporter) × periods, one figure per cell.

Each cell holds the figure the analytics use for its key: the rule of
:func:`app.domain.analytics.choice.choose_figures` (preferred, else most recently published,
else last entered; reporter and partner kept apart), applied here on category codes so that
a million observations pivot in a fraction of a second (``choose_figures`` itself takes
seconds there; a test holds the two to the same choice). Columns are like for like: a column
holds only figures of exactly its period (a calendar year, a quarter, a month, or the same
Jan–m window of each year), never a window of another length. Points in time (stocks "as
of") and figures finer than a month are not periods of this kind and are left out.

A cell is *conflicting* when one of its rows is in a conflict of
:func:`~app.domain.analytics.conflicts.find_conflicts` (sources, or the two sides of a pair,
disagree beyond its tolerance, bounds counting as bounds): its test, applied here to every
cell at once (``find_conflicts`` builds each conflict's record in Python, 10 ms apiece; a
test holds the two to the same cells). A cell is *claimed* when a stored claim or a reported
change is checked against its figure. Texts (one scale per row, qualifiers and status labels
kept) are :mod:`app.services.pivot_export`'s.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import source_labels
from app.domain.periods import EN_DASH, period_label
from app.domain.pivot_marks import (
    Ranked,
    claim_marks,
    country_ranks,
    mirror_conflicts,
    rank_rows,
    shown_sides,
    source_conflicts,
)
from app.domain.pivot_table import (
    FREQUENCIES,
    MAX_CELLS,
    ROW_DIMENSIONS,
    CellWords,
    PivotSpec,
    PivotTable,
)
from app.domain.selection import indicator_mask, pair_mask

__all__ = [
    "FREQUENCIES",
    "MAX_CELLS",
    "ROW_DIMENSIONS",
    "CellWords",
    "PivotSpec",
    "PivotTable",
    "pivot",
]

_SERIES = ("indicator", "reporter", "partner", "subject")
_CELL_COLUMNS = ("qualifier", "status", "unit")


# --- the computation ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Rows:
    labels: tuple[str, ...]
    keys: pd.DataFrame
    of_obs: np.ndarray  # grid row of each selected observation


@dataclass(frozen=True)
class _Columns:
    periods: tuple[tuple[int, int], ...]
    first: int  # column key of column 0
    step: int


def pivot(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    spec: PivotSpec,
    claims: pd.DataFrame | None = None,
    *,
    names: Mapping[str, str] | None = None,
) -> PivotTable:
    """The grid of ``spec`` over the observations (vectorised on category codes).

    ``claims`` is the claims record table, or the frame of ``check_all_claims`` (then the
    claim notes carry each claim's verdict). ``names`` maps indicator codes to names.
    Raises ValueError when the grid would exceed :data:`MAX_CELLS`.
    """
    obs = observations
    base, colkey = _period_mask(obs, spec)
    pos = np.flatnonzero(base & _selection(obs, spec))
    cols = _columns(colkey[pos], spec)
    codes = {c: _codes(obs[c]) for c in (*_SERIES, *_CELL_COLUMNS)}
    rows = _rows(codes, pos, spec, names or {})
    nrows, ncols = len(rows.labels), len(cols.periods)
    if nrows * ncols > MAX_CELLS:
        raise ValueError(
            f"the grid would have {nrows:,} rows × {ncols:,} columns; "
            "choose fewer indicators, a pair or a coarser frequency"
        )
    cell = rows.of_obs * ncols + (colkey[pos] - cols.first) // cols.step
    count = np.bincount(cell, minlength=nrows * ncols)
    chosen, many = _choose(obs, sources, pos, cell, count)
    conflict_notes = source_conflicts(obs, codes, many)
    mirrored = mirror_conflicts(obs, sources, spec.indicators, spec.pair, base, codes)
    for flat, note in shown_sides(mirrored, pos, cell):
        conflict_notes[flat] = f"{conflict_notes[flat]}; {note}" if flat in conflict_notes else note
    changes, notes = claim_marks(obs, claims, pos, cell, len(count), rows.keys, cols.periods)
    claim_notes = {k: v for k, v in notes.items() if count[k]}  # a figure to check against
    has = chosen >= 0
    at = np.where(has, chosen, 0)

    def cells(values: np.ndarray, empty: Any) -> np.ndarray:
        return np.where(has, values[at], empty).reshape(nrows, ncols)

    def words(column: str) -> CellWords:
        codes_, labels = codes[column]
        at_ = np.where(has, codes_[at], len(labels)).reshape(nrows, ncols)
        return CellWords(at_, np.append(labels, "").astype(object))

    return PivotTable(
        spec=spec,
        row_labels=rows.labels,
        row_keys=rows.keys,
        row_units=_row_units(codes["unit"], chosen, nrows, ncols),
        columns=tuple(period_label(a, b) for a, b in cols.periods),
        periods=cols.periods,
        values=cells(obs["value"].to_numpy(dtype="float64"), np.nan),
        obs_id=cells(obs["obs_id"].to_numpy(dtype="int64"), -1),
        source_id=cells(obs["source_id"].to_numpy(dtype="int64"), -1),
        n_rows=count.astype(np.int32).reshape(nrows, ncols),
        preferred=cells(obs["preferred"].to_numpy(dtype=bool), False),
        qualifier=words("qualifier"),
        status=words("status"),
        unit=words("unit"),
        conflict=_flags(conflict_notes, nrows, ncols),
        claimed=_flags(claim_notes, nrows, ncols) | (changes > 0).reshape(nrows, ncols),
        changes=changes.astype(np.int32).reshape(nrows, ncols),
        conflict_notes=conflict_notes,
        claim_notes=claim_notes,
        many_cells=many.cells,
        many_ptr=many.ptr,
        many_ids=obs["obs_id"].to_numpy(dtype=np.int64)[many.pos],
        source_names=_source_names(sources),
        caption=_caption(spec, names or {}),
    )


def _flags(notes: Mapping[int, object], nrows: int, ncols: int) -> np.ndarray:
    flags = np.zeros(nrows * ncols, dtype=bool)
    flags[list(notes)] = True
    return flags.reshape(nrows, ncols)


def _codes(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(int codes, labels as an object array of str) of a text column; '' for missing."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        labels = np.asarray([str(c) for c in col.cat.categories] + [""], dtype=object)
        codes = col.cat.codes.to_numpy().astype(np.int64)
        return np.where(codes < 0, len(labels) - 1, codes), labels
    codes, uniques = pd.factorize(col.fillna("").astype(str))
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


def _period_mask(obs: pd.DataFrame, spec: PivotSpec) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose period is exactly a column's kind of period, and each row's column key
    (the year, or the month index of a quarter's or month's start)."""
    start = obs["period_start"].to_numpy(dtype=np.int64)
    span = obs["period_end"].to_numpy(dtype=np.int64) - start
    if spec.frequency == "quarter":
        shape, key = (start % 3 == 0) & (span == 2), start
    elif spec.frequency == "month":
        shape, key = span == 0, start
    else:
        a, b = spec.months
        shape, key = (start % 12 == a - 1) & (span == b - a), start // 12
    detail, labels = _codes(obs["period_detail"])
    mask = (
        shape
        & ~obs["period_point"].to_numpy(dtype=bool)
        & np.isfinite(obs["value"].to_numpy(dtype="float64"))
        & np.isin(detail, np.flatnonzero(labels == ""))
    )
    if spec.first_year is not None:
        mask &= start // 12 >= spec.first_year
    if spec.last_year is not None:
        mask &= start // 12 <= spec.last_year
    return mask, key


def _selection(obs: pd.DataFrame, spec: PivotSpec) -> np.ndarray:
    mask = np.ones(len(obs), dtype=bool)
    if spec.pair is not None:
        mask &= pair_mask(obs, *spec.pair)
    if spec.indicators:
        mask &= indicator_mask(obs, set(spec.indicators))
    return mask


def _columns(keys: np.ndarray, spec: PivotSpec) -> _Columns:
    """Every period from the first to the last (or the years asked for): a gap stays visible."""
    step = 3 if spec.frequency == "quarter" else 1
    by_month = spec.frequency in ("quarter", "month")
    lo = [int(keys.min())] if len(keys) else []
    hi = [int(keys.max())] if len(keys) else []
    if spec.first_year is not None:
        lo = [spec.first_year * 12 if by_month else spec.first_year]
    if spec.last_year is not None:
        hi = [spec.last_year * 12 + 12 - step if by_month else spec.last_year]
    if not lo or not hi or hi[0] < lo[0]:
        return _Columns((), 0, step)
    if by_month:
        width = step - 1
        return _Columns(tuple((k, k + width) for k in range(lo[0], hi[0] + 1, step)), lo[0], step)
    a, b = spec.months
    years = range(lo[0], hi[0] + 1)
    return _Columns(tuple((y * 12 + a - 1, y * 12 + b - 1) for y in years), lo[0], 1)


def _rows(
    codes: dict[str, tuple[np.ndarray, np.ndarray]],
    pos: np.ndarray,
    spec: PivotSpec,
    names: Mapping[str, str],
) -> _Rows:
    """One grid row per series (indicator, reporter, partner, subject), labelled and
    ordered by the row dimension."""
    if math.prod(len(codes[c][1]) for c in _SERIES) >= 2**62:
        raise ValueError("too many distinct indicators, countries and subjects to pivot at once")
    composite = np.zeros(len(pos), dtype=np.int64)  # one integer per series
    for c in _SERIES:
        composite = composite * len(codes[c][1]) + codes[c][0][pos]
    of_obs, uniques = pd.factorize(composite)
    part: dict[str, np.ndarray] = {}  # category code of each grid row (unsorted)
    rest = np.asarray(uniques, dtype=np.int64)
    for c in reversed(_SERIES):
        rest, part[c] = np.divmod(rest, len(codes[c][1]))
    named = np.asarray([names.get(str(i), str(i)) for i in codes["indicator"][1]], dtype=object)
    rank = (
        _alphabetical(named)[part["indicator"]],
        _alphabetical(codes["subject"][1])[part["subject"]],
    )
    rep, par = country_ranks(codes["reporter"], codes["partner"], part["reporter"], part["partner"])
    order = np.lexsort(_sort_keys(spec.rows, *rank, rep, par)[::-1])
    final = np.empty(len(order), dtype=np.int64)
    final[order] = np.arange(len(order))
    text = {c: codes[c][1][part[c][order]] for c in _SERIES}
    labels = _labels(spec.rows, named[part["indicator"][order]], *(text[c] for c in _SERIES[1:]))
    keys = pd.DataFrame({c: pd.Series(text[c], dtype=object) for c in _SERIES})
    return _Rows(labels, keys, final[of_obs] if len(pos) else np.zeros(0, dtype=np.int64))


def _alphabetical(labels: np.ndarray) -> np.ndarray:
    """The alphabetical rank of each label, case aside (ties by position)."""
    folded = np.asarray([str(x).casefold() for x in labels], dtype=str)
    rank = np.empty(len(labels), dtype=np.int64)
    rank[np.argsort(folded, kind="stable")] = np.arange(len(labels))
    return rank


def _sort_keys(
    dim: str, name: np.ndarray, sub: np.ndarray, rep: np.ndarray, par: np.ndarray
) -> tuple[np.ndarray, ...]:
    """Sort keys (alphabetical ranks), most significant first: the row dimension leads."""
    if dim == "pair":  # both directions of a pair side by side
        return np.minimum(rep, par), np.maximum(rep, par), name, sub, rep
    if dim == "reporter":
        return rep, name, par, sub
    return name, sub, rep, par


def _labels(
    dim: str, name: np.ndarray, rep: np.ndarray, par: np.ndarray, sub: np.ndarray
) -> tuple[str, ...]:
    """ "Trade turnover · CHN → AZE", "CHN → AZE · Trade turnover", "CHN · Trade turnover ·
    with AZE" (a subject after the indicator); on object arrays, not row by row."""

    def join(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.where(a == "", b, np.where(b == "", a, a + " · " + b))

    both = (rep != "") & (par != "")
    flow = np.where(both, rep + " → " + par, np.where(par == "", rep, "→ " + par))
    what = join(name, sub)
    if dim == "pair":
        out = join(flow, what)
    elif dim == "reporter":
        out = join(
            join(np.where(rep == "", "no reporter", rep), what),
            np.where(par == "", "", "with " + par),
        )
    else:
        out = join(what, flow)
    return tuple(out.tolist())


def _choose(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    pos: np.ndarray,
    cell: np.ndarray,
    count: np.ndarray,
) -> tuple[np.ndarray, Ranked]:
    """The row position chosen for each cell (-1: none), and the cells of several rows
    ranked (only those are sorted)."""
    chosen = np.full(len(count), -1, dtype=np.int64)
    single = count[cell] == 1
    chosen[cell[single]] = pos[single]
    many = rank_rows(obs, sources, pos[~single], cell[~single])
    chosen[many.cells] = many.pos[many.ptr[:-1]]
    return chosen, many


def _row_units(
    unit: tuple[np.ndarray, np.ndarray], chosen: np.ndarray, nrows: int, ncols: int
) -> tuple[str, ...]:
    codes, labels = unit
    flat = np.flatnonzero(chosen >= 0)
    pairs = (flat // max(ncols, 1)) * len(labels) + codes[chosen[flat]]
    counts = np.bincount(pairs, minlength=nrows * len(labels)).reshape(nrows, len(labels))
    return tuple(labels[counts.argmax(axis=1)].tolist()) if nrows else ()


def _source_names(sources: pd.DataFrame | None) -> dict[int, str]:
    if sources is None or sources.empty:
        return {}
    return dict(zip(sources["source_id"].astype(int), source_labels(sources), strict=True))


def _caption(spec: PivotSpec, names: Mapping[str, str]) -> str:
    """ "AZE–CHN, Jan–Oct of each year" (with the indicators when a few were chosen)."""
    who = f"{spec.pair[0]}{EN_DASH}{spec.pair[1]}" if spec.pair else "all pairs"
    what = ", ".join(names.get(i, i) for i in spec.indicators[:3])
    more = f" and {len(spec.indicators) - 3} more" if len(spec.indicators) > 3 else ""
    return (
        f"{what}{more} — {who}, {spec.frequency_words()}"
        if what
        else (f"{who}, {spec.frequency_words()}")
    )
