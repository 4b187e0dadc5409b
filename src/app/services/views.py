"""Saved views without a screen: which view a name means, and which figures it selects.

``corridor summary --view`` and ``corridor brief --view`` hand the summary and the
briefing a store cut down to what the view selects (its pair, indicators, text and column
filters), so they cover what the analyst saw in the table, built by the same code as
without a view. Claims go with the figures: only claims about the indicators left are
kept, so a view of tourism never reports a verdict on a trade claim.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from app.domain.saved_views import (
    SavedView,
    ViewNotFound,
    missing_view_message,
    stored_view,
    view_names,
)
from app.domain.store import ObservationStore
from app.domain.view import ColumnFilter, ViewSpec, row_mask
from app.domain.view_filters import search_columns

__all__ = [
    "ViewNotFound",
    "ViewSelection",
    "apply_view",
    "find_view",
    "select_view",
    "view_first_month",
    "view_last_month",
    "view_mask",
]


@dataclass(frozen=True)
class ViewSelection:
    """What a command run with ``--view`` works on: the view, its pair, the store cut to
    its figures, the first month it shows and a note saying so for the reader."""

    view: SavedView
    pair: tuple[str, str]
    store: ObservationStore
    first_month: int | None
    last_month: int | None
    note: str


def select_view(
    store: ObservationStore, name: str, pair: tuple[str, str], history: bool = False
) -> ViewSelection:
    """The view called ``name`` applied to ``store``; its own pair wins over ``pair``."""
    view = find_view(store, name)
    chosen = view.pair or pair
    cut = apply_view(store, view, history, chosen)
    what = view.describe(store.indicator_names())
    scope = (
        "earlier figures of the same selection serve only as the base of comparisons"
        if history
        else "records, firsts and comparisons count these figures only"
    )
    note = f"Only the figures of the saved view “{view.name}” ({what}); {scope}."
    return ViewSelection(view, chosen, cut, view_first_month(view), view_last_month(view), note)


def find_view(store: ObservationStore, name: str) -> SavedView:
    """The saved view called ``name`` (case-insensitively); ViewNotFound listing the saved
    names otherwise."""
    view = stored_view(store.records, name)
    if view is None:
        raise ViewNotFound(missing_view_message(name, view_names(store.records)))
    return view


def view_mask(
    store: ObservationStore,
    view: SavedView,
    history: bool = False,
    pair: tuple[str, str] | None = None,
) -> np.ndarray:
    """The rows ``view`` selects (of ``pair`` if the view names none). With ``history``,
    rows before its first period are kept too (a briefing compares the first year shown
    with the year before it, and is told the first period by :func:`view_first_month`)."""
    spec = view.spec(ViewSpec(pair=pair))
    if history:
        spec = _without_lower_bounds(spec)
    obs = store.observations
    columns = search_columns(obs, store.sources, store.indicator_names())
    return row_mask(obs, spec, columns)


def view_first_month(view: SavedView) -> int | None:
    """The first month the view shows (its year box or its period filter), None if open."""
    return _period_bound(view, "low")


def view_last_month(view: SavedView) -> int | None:
    """The last month the view shows (its year box or its period filter), None if open."""
    return _period_bound(view, "high")


def _period_bound(view: SavedView, side: str) -> int | None:
    """The tightest of the year box and the period filters on one side."""
    spec = view.spec()
    first = side == "low"
    bounds = [spec.first_month if first else spec.last_month] + [
        int(getattr(f, side))
        for f in spec.column_filters
        if f.column == "period" and getattr(f, side) is not None
    ]
    known = [m for m in bounds if m is not None]
    if not known:
        return None
    return max(known) if first else min(known)


def apply_view(
    store: ObservationStore,
    view: SavedView,
    history: bool = False,
    pair: tuple[str, str] | None = None,
) -> ObservationStore:
    """A store holding the figures ``view`` selects (see :func:`view_mask`), their sources,
    the catalogue, and the records; claims only of the indicators left."""
    mask = view_mask(store, view, history, pair)
    obs = store.observations[mask].reset_index(drop=True)
    records = dict(store.records)
    claims = records.get("claims")
    if claims is not None:
        kept = set(obs["indicator"].astype(str))
        whole = not view.spec().column_filters and not view.spec().text.strip()
        about = claims["indicator"].astype(str)
        records["claims"] = claims[about.isin(kept) | ((about == "") & whole)].reset_index(
            drop=True
        )
    return ObservationStore(
        observations=obs, sources=store.sources, indicators=store.indicators, records=records
    )


def _without_lower_bounds(spec: ViewSpec) -> ViewSpec:
    filters = tuple(
        dataclasses.replace(f, low=None) if f.column == "period" else f for f in spec.column_filters
    )
    return dataclasses.replace(spec, first_month=None, column_filters=_kept(filters))


def _kept(filters: tuple[ColumnFilter, ...]) -> tuple[ColumnFilter, ...]:
    """Filters that still filter (a period filter whose only bound was the lower one goes)."""
    return tuple(
        f for f in filters if f.values is not None or f.low is not None or f.high is not None
    )
