"""A view of the observations: which rows, in which order.

Filtering and sorting act on categorical codes and integer columns and produce an array of
row positions; the DataFrame is never reordered or copied per interaction
(PERFORMANCE.md). The Qt table model is a thin adapter over :attr:`RowView.order`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.float_sort import stable_argsort
from app.domain.model import FIGURE_KEY
from app.domain.selection import category_codes, pair_mask
from app.domain.view_filters import ColumnFilter, TextColumns, filters_mask, text_mask

__all__ = [
    "DEFAULT_SORT",
    "SORTABLE",
    "ColumnFilter",
    "ViewSpec",
    "compute_order",
    "figure_groups",
    "is_unfiltered",
    "row_mask",
    "selection",
    "stable_argsort",
    "text_mask",
]

SORTABLE = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period",
    "value",
    "qualifier",
    "status",
    "source_id",
)

#: Default order: figures of one indicator together, newest period first, sources of one
#: figure next to each other.
DEFAULT_SORT: tuple[tuple[str, bool], ...] = (
    ("indicator", True),
    ("subject", True),
    ("period", False),
    ("reporter", True),
)


@dataclass(frozen=True, eq=False)
class ViewSpec:
    """Which rows a view shows and in which order; immutable, so a worker computing an
    order from it never sees it change: a new filter or sort is a new spec
    (``dataclasses.replace``).

    The selection mask is kept as a read-only copy (an array is mutable even in a frozen
    dataclass). Specs compare by identity: a mask has no single truth value to compare.
    """

    pair: tuple[str, str] | None = None  # a country pair, both directions (see selection)
    mask: np.ndarray | None = None  # or a precomputed selection of these very rows
    text: str = ""  # free-text filter
    sort: tuple[tuple[str, bool], ...] = DEFAULT_SORT
    first_month: int | None = None
    last_month: int | None = None
    #: per-column filters (the catalogue's indicator is one on "indicator")
    column_filters: tuple[ColumnFilter, ...] = ()

    def __post_init__(self) -> None:
        if self.mask is not None and self.mask.flags.writeable:
            frozen = np.array(self.mask, dtype=bool)
            frozen.flags.writeable = False
            object.__setattr__(self, "mask", frozen)


def category_rank(col: pd.Series, rows: np.ndarray | None = None) -> np.ndarray:
    """Per-row sort key of a categorical column in alphabetical order of its categories,
    for the rows at ``rows`` (None: every row).

    The key is the smallest integer type that holds the ranks (int16 for up to 32k
    categories), so a lexsort over several dimensions moves a few bytes per row.
    """
    cats = col.cat.categories
    codes = _at(category_codes(col), rows)
    if cats.is_monotonic_increasing:  # astype("category") sorts them: the codes are ranks
        return np.asarray(codes)
    dtype = np.int16 if len(cats) < 2**15 - 1 else np.int32 if len(cats) < 2**31 - 1 else np.int64
    rank = np.empty(len(cats) + 1, dtype=dtype)
    rank[:-1] = np.argsort(np.argsort(np.asarray(cats, dtype=str)))
    rank[-1] = -1  # code -1 (missing) sorts first
    ranks: np.ndarray = rank[codes]
    return ranks


def sort_key(obs: pd.DataFrame, column: str, rows: np.ndarray | None = None) -> np.ndarray:
    """The sort key of ``column`` for the rows at ``rows`` (None: every row): a filter
    that leaves few rows reads the columns at those rows only, not all of them."""
    if column == "period":
        # later end first within equal start when descending; encode both in one int
        return np.asarray(
            _at(obs["period_end"].to_numpy(), rows).astype(np.int64) * 4096
            + _at(obs["period_start"].to_numpy(), rows).astype(np.int64) % 4096
        )
    col = obs[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        return category_rank(col, rows)
    return _at(col.to_numpy(), rows)


def _at(values: np.ndarray, rows: np.ndarray | None) -> np.ndarray:
    return values if rows is None else np.asarray(values[rows])


def selection(obs: pd.DataFrame, spec: ViewSpec) -> np.ndarray | None:
    """The rows ``spec`` selects before text and period filters; None for all rows.

    A pair is evaluated against the rows as they are now, so the selection follows
    inserts and deletes; a fixed mask must be as long as ``obs``.
    """
    if spec.pair is not None:
        return pair_mask(obs, *spec.pair)
    if spec.mask is not None and len(spec.mask) != len(obs):
        raise ValueError(f"a selection of {len(spec.mask)} rows for {len(obs)} rows")
    return spec.mask


def row_mask(
    obs: pd.DataFrame,
    spec: ViewSpec,
    text_columns: TextColumns | None = None,
    skip_column: str | None = None,
) -> np.ndarray:
    """The rows ``spec`` shows, in store order; ``skip_column`` leaves that column's
    filter out (a column's filter lists the values the other filters leave)."""
    base = selection(obs, spec)
    mask = np.ones(len(obs), dtype=bool) if base is None else base.copy()
    if spec.first_month is not None:
        mask &= obs["period_end"].to_numpy() >= spec.first_month
    if spec.last_month is not None:
        mask &= obs["period_start"].to_numpy() <= spec.last_month
    filters = [f for f in spec.column_filters if f.column != skip_column]
    if filters:
        mask &= filters_mask(obs, filters, text_columns)
    if spec.text.strip():
        mask &= text_mask(obs, spec.text, text_columns)
    return mask


def is_unfiltered(spec: ViewSpec) -> bool:
    """Whether ``spec`` shows every row (only its sort matters)."""
    return (
        spec.pair is None
        and spec.mask is None
        and not spec.text.strip()
        and spec.first_month is None
        and spec.last_month is None
        and not spec.column_filters
    )


#: a filter keeping more than this share of the rows reads them out of the cached sorted
#: order of all rows (one gather) instead of sorting them again
SORTED_REUSE_SHARE = 1 / 8


def compute_order(
    obs: pd.DataFrame,
    spec: ViewSpec,
    text_columns: TextColumns | None = None,
    sorted_all: np.ndarray | None = None,
) -> np.ndarray:
    """Row positions selected by ``spec``, sorted by its keys (stable), as int32 (a view
    holds its order while it shows it: 4 bytes a row, not 8) below 2**31 rows.

    ``sorted_all`` is the order of all rows of ``obs`` under ``spec.sort``, when the caller
    has one cached: showing all rows then returns it as is, and a broad filter keeps its
    rows in that order instead of sorting them again (a stable sort of a subset is the
    subsequence of the stable sort of the whole).
    """
    order = _order(obs, spec, text_columns, sorted_all)
    if order.dtype == np.int32 or len(obs) >= 2**31:
        return order
    return order.astype(np.int32)


def _order(
    obs: pd.DataFrame,
    spec: ViewSpec,
    text_columns: TextColumns | None,
    sorted_all: np.ndarray | None,
) -> np.ndarray:
    if sorted_all is not None and len(sorted_all) != len(obs):
        raise ValueError(f"a cached order of {len(sorted_all)} rows for {len(obs)} rows")
    mask = None if is_unfiltered(spec) else row_mask(obs, spec, text_columns)
    everything = mask is None or bool(mask.all())
    if sorted_all is not None and spec.sort:
        if everything:
            return sorted_all
        assert mask is not None
        if np.count_nonzero(mask) > len(obs) * SORTED_REUSE_SHARE:
            return np.asarray(sorted_all[mask[sorted_all]])
    # None: all rows, whose sorted positions are the sort's order itself (no gather)
    rows = None if mask is None or everything else np.flatnonzero(mask)
    if not spec.sort or (rows is not None and len(rows) == 0):
        return np.arange(len(obs)) if rows is None else rows
    keys = []
    for column, ascending in reversed(spec.sort):  # lexsort: last key is primary
        k = sort_key(obs, column, rows)
        keys.append(k if ascending else _descending(k))
    if len(keys) == 1 and keys[0].dtype.kind == "f":
        order = stable_argsort(keys[0])
    else:
        order = np.lexsort(keys)
    return order if rows is None else np.asarray(rows[order])


def _descending(k: np.ndarray) -> np.ndarray:
    """A key that sorts ``k`` in reverse, in the narrowest type that cannot overflow."""
    if k.dtype.kind == "f":
        return np.asarray(np.negative(k))  # NaN stays NaN: missing values stay last
    if k.dtype.kind == "b":
        return np.asarray(~k)
    return np.asarray(np.negative(k.astype(np.int32 if k.dtype.itemsize < 4 else np.int64)))


def figure_groups(obs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(group id, group size) per row as int32: rows describing the same figure share a
    group.

    Group ids number the figures in order of first appearance. The key columns are packed
    into one integer per row (category codes and month numbers are small), which one
    ``pd.factorize`` groups far faster than a seven-column groupby.
    """
    if obs.empty:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    packed = _packed_key(obs)
    if packed is None:
        gid = obs.groupby(list(FIGURE_KEY), observed=True, sort=False).ngroup().to_numpy()
    else:
        gid = pd.factorize(packed)[0]
    sizes = np.bincount(gid).astype(np.int32)  # per figure: few, then spread to the rows
    return gid.astype(np.int32), sizes[gid]


def _packed_key(obs: pd.DataFrame) -> np.ndarray | None:
    """FIGURE_KEY as one int64 per row (mixed radix), or None if it would not fit."""
    key = np.zeros(len(obs), dtype=np.int64)
    span = 1
    for column in FIGURE_KEY:
        col = obs[column]
        if isinstance(col.dtype, pd.CategoricalDtype):
            part = category_codes(col).astype(np.int64) + 1
            size = len(col.cat.categories) + 1
        else:
            values = col.to_numpy().astype(np.int64)
            low = int(values.min())
            part = values - low
            size = int(values.max()) - low + 1
        if span * size >= 2**62:
            return None
        key += part * span
        span *= size
    return key
