"""Refresh: ask a stored query again, store revised values as vintages, say what changed.

Which queries a refresh runs: one series (the queries whose source rows gave its figures),
one portal (every query of a connector) or all. Each is planned against the store as it is
when its answer arrives, so the caller applies them one after the other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.edits import CompositeEdit, Edit, SetValues
from app.domain.periods import period_label
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.services.fetch.base import FetchRequest
from app.services.fetch.errors import FetchError
from app.services.fetch.http import Cancel, HttpClient, Progress
from app.services.fetch.registry import get_connector
from app.services.fetch.run import Fetched, fetch, plan
from app.services.importers import PlanSummary


@dataclass(frozen=True)
class Refreshed:
    """One stored query asked again: the plan against the store and what it changes."""

    fetch_id: int
    fetched: Fetched
    edit: Edit
    summary: PlanSummary
    changes: tuple[str, ...]

    def sentence(self) -> str:
        title = self.fetched.result.source.title
        if not self.summary.changes:
            return f"{title}: no change since the last fetch."
        return f"{title}: {self.summary.sentence()}"


def stored_fetches(store: ObservationStore) -> pd.DataFrame:
    frame = store.records.get("fetches")
    return frame if frame is not None else pd.DataFrame(columns=["fetch_id"])


def fetch_ids(
    store: ObservationStore,
    connector: str = "",
    series: tuple[str, str, str] | None = None,
) -> list[int]:
    """The queries to refresh: of one connector, of one series (indicator, reporter,
    partner), or every one when neither is given."""
    rows = stored_fetches(store)
    if rows.empty:
        return []
    if connector:
        rows = rows[rows["connector"] == connector]
    if series is not None:
        rows = rows[rows["url"].isin(_series_urls(store, series))]
    return [int(i) for i in rows["fetch_id"]]


def _series_urls(store: ObservationStore, series: tuple[str, str, str]) -> set[str]:
    indicator, reporter, partner = series
    obs = store.observations
    mask = (
        (obs["indicator"].astype(str) == indicator)
        & (obs["reporter"].astype(str) == reporter)
        & (obs["partner"].astype(str) == partner)
    )
    ids = set(pd.unique(obs.loc[mask, "source_id"]).tolist())
    src = store.sources
    picked = src[src["source_id"].isin(ids) & (src["kind"].astype(str) == "fetch")]
    return set(picked["url"].astype(str))


def refresh_one(
    store: ObservationStore,
    fetch_id: int,
    client: HttpClient | None = None,
    key: str = "",
    base_url: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Refreshed:
    """Ask stored query ``fetch_id`` again and plan its answer (nothing is written)."""
    rows = stored_fetches(store)
    row = rows[rows["fetch_id"] == fetch_id]
    if row.empty:
        raise FetchError(f"there is no stored query {fetch_id} in this workspace")
    request = FetchRequest.from_json(str(row["request"].iloc[0]))
    fetched = fetch(request, client, base_url, key, progress, cancel)
    edit, summary = plan(fetched, store)
    publisher = get_connector(request.source).publisher
    return Refreshed(
        fetch_id, fetched, edit, summary, tuple(revision_lines(edit, store, publisher))
    )


def revision_lines(edit: Edit, store: ObservationStore, publisher: str) -> list[str]:
    """ "UN Comtrade revised Imports, AZE from CHN, 2024 from $1.74 bn to $1.81 bn" for each
    value a plan changes (status-only changes are named as such)."""
    parts = edit.edits if isinstance(edit, CompositeEdit) else [edit]
    # only the revised figures' rows, found by the store's id lookup (not an index of all)
    revised = [
        int(oid)
        for part in parts
        if isinstance(part, SetValues) and "value" in part.columns
        for oid in part.obs_ids
    ]
    at = store.positions_or_missing(np.asarray(revised, dtype=np.int64))
    obs = store.observations.iloc[np.unique(at[at >= 0])]
    obs = obs.set_index(obs["obs_id"].to_numpy(), drop=False)
    names = _indicator_names(store)
    lines: list[str] = []
    for part in parts:
        if not isinstance(part, SetValues) or "value" not in part.columns:
            continue
        old, new = part.columns["value"]
        for oid, a, b in zip(part.obs_ids, old, new, strict=True):
            if oid not in obs.index:
                continue
            row = obs.loc[oid]
            assert isinstance(row, pd.Series)
            what = _series_words(row, names)
            unit = str(row["unit"])
            if _same(a, b):
                status = part.columns.get("status", ((), ()))[1]
                lines.append(
                    f"{publisher} changed the status of {what}"
                    + (f" to {status[part.obs_ids.index(oid)]}" if status else "")
                )
                continue
            lines.append(
                f"{publisher} revised {what} from {_amount(a, unit)} to {_amount(b, unit)}"
            )
    return lines


def _series_words(row: pd.Series, names: dict[str, str]) -> str:
    code = str(row["indicator"])
    who = str(row["reporter"]) or "—"
    if str(row["partner"]):
        who += f" with {row['partner']}"
    period = period_label(
        int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
    )
    return f"{names.get(code, code)}, {who}, {period}"


def _indicator_names(store: ObservationStore) -> dict[str, str]:
    cat = store.indicators
    if cat.empty:
        return {}
    return dict(zip(cat["code"].astype(str), cat["name"].astype(str), strict=True))


def _amount(v: object, unit: str) -> str:
    try:
        x = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(v)
    return "no value" if math.isnan(x) else format_quantity(x, unit)


def _same(a: object, b: object) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-12)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return a == b
