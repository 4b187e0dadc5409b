"""A view of the observations: which rows, in which order.

Filtering and sorting act on categorical codes and integer columns and produce an array of
row positions; the DataFrame is never reordered or copied per interaction
(PERFORMANCE.md). The Qt table model is a thin adapter over :attr:`RowView.order`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.domain.model import FIGURE_KEY

SORTABLE = ("indicator", "reporter", "partner", "subject", "period", "value", "qualifier",
            "status", "source_id")

#: Default order: figures of one indicator together, newest period first, sources of one
#: figure next to each other.
DEFAULT_SORT: tuple[tuple[str, bool], ...] = (
    ("indicator", True), ("subject", True), ("period", False), ("reporter", True),
)


@dataclass
class ViewSpec:
    mask: np.ndarray | None = None          # precomputed selection (pair, indicators, ...)
    text: str = ""                          # free-text filter
    sort: tuple[tuple[str, bool], ...] = DEFAULT_SORT
    first_month: int | None = None
    last_month: int | None = None
    extra: dict[str, object] = field(default_factory=dict)


def category_rank(col: pd.Series) -> np.ndarray:
    """Per-row sort key of a categorical column in alphabetical order of its categories."""
    cats = col.cat.categories
    rank = np.empty(len(cats) + 1, dtype=np.int64)
    rank[:-1] = np.argsort(np.argsort(np.asarray(cats, dtype=str)))
    rank[-1] = -1  # code -1 (missing) sorts first
    codes = col.cat.codes.to_numpy()
    return rank[codes]


def sort_key(obs: pd.DataFrame, column: str) -> np.ndarray:
    if column == "period":
        # later end first within equal start when descending; encode both in one int
        return obs["period_end"].to_numpy(np.int64) * 4096 + obs["period_start"].to_numpy(
            np.int64) % 4096
    col = obs[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        return category_rank(col)
    return col.to_numpy()


def text_mask(obs: pd.DataFrame, text: str, extra_columns: dict[str, pd.Series] | None = None
              ) -> np.ndarray:
    """Rows where any dimension contains every word of ``text`` (case-insensitive).

    Matches are computed once per category (a regex over the categories), then mapped to
    rows through the codes.
    """
    words = [w for w in text.lower().split() if w]
    mask = np.ones(len(obs), dtype=bool)
    columns: dict[str, pd.Series] = {c: obs[c] for c in ("indicator", "reporter", "partner",
                                                         "subject", "qualifier", "status",
                                                         "unit")}
    columns.update(extra_columns or {})
    for word in words:
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        hit = np.zeros(len(obs), dtype=bool)
        for col in columns.values():
            if isinstance(col.dtype, pd.CategoricalDtype):
                cats = col.cat.categories
                ok = np.fromiter((bool(pattern.search(str(c))) for c in cats), dtype=bool,
                                 count=len(cats))
                ok = np.append(ok, False)  # code -1
                hit |= ok[col.cat.codes.to_numpy()]
            else:
                hit |= col.astype(str).str.contains(word, case=False, regex=False).to_numpy()
        mask &= hit
    return mask


def compute_order(obs: pd.DataFrame, spec: ViewSpec,
                  text_columns: dict[str, pd.Series] | None = None) -> np.ndarray:
    """Row positions selected by ``spec``, sorted by its keys (stable)."""
    mask = np.ones(len(obs), dtype=bool) if spec.mask is None else spec.mask.copy()
    if spec.first_month is not None:
        mask &= obs["period_end"].to_numpy() >= spec.first_month
    if spec.last_month is not None:
        mask &= obs["period_start"].to_numpy() <= spec.last_month
    if spec.text.strip():
        mask &= text_mask(obs, spec.text, text_columns)
    rows = np.flatnonzero(mask)
    if not spec.sort or len(rows) == 0:
        return rows
    keys = []
    for column, ascending in reversed(spec.sort):  # lexsort: last key is primary
        k = sort_key(obs, column)[rows]
        if not ascending:
            k = -k.astype(np.float64) if k.dtype.kind == "f" else -k.astype(np.int64)
        keys.append(k)
    return rows[np.lexsort(keys)]


def figure_groups(obs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(group id, group size) per row: rows describing the same figure share a group."""
    if obs.empty:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    gid = obs.groupby(list(FIGURE_KEY), observed=True, sort=False).ngroup().to_numpy()
    sizes = np.bincount(gid)
    return gid, sizes[gid]
