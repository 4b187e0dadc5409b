"""The analytics columns of the observations table: year-on-year change and claim checks.

A pure function over the observations, the sources and the row positions a view selects,
computable on any thread; it returns, per row position, the cell text and its tooltip.
The table model only decides when and where to run it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks import check_all_claims
from app.domain.analytics.growth import yoy_for
from app.domain.records import empty_record_tables, empty_records
from app.domain.units import format_quantity

#: the columns are computed for selections up to this many rows (larger: left blank)
ANALYTICS_LIMIT = 2_000_000

#: row position -> (cell text, tooltip)
CellTexts = Mapping[int, tuple[str, str]]


@dataclass(frozen=True)
class TableAnalytics:
    """YoY and claim-verdict texts of the selected rows, by row position."""

    yoy: CellTexts = field(default_factory=dict)
    claims: CellTexts = field(default_factory=dict)


def table_analytics(
    observations: pd.DataFrame, sources: pd.DataFrame, positions: np.ndarray
) -> TableAnalytics:
    """YoY ("+22.0 %", "Compared with Jan–Oct 2024: $2 bn") and claim verdicts
    ("consistent", its explanation) of the rows at ``positions`` of ``observations``."""
    rows = observations.iloc[positions]
    if rows.empty:
        return TableAnalytics()
    return TableAnalytics(
        _yoy_texts(observations, rows, sources, positions),
        _claim_texts(observations, rows, sources, positions),
    )


def _yoy_texts(
    obs: pd.DataFrame, rows: pd.DataFrame, sources: pd.DataFrame, positions: np.ndarray
) -> dict[int, tuple[str, str]]:
    y = yoy_for(rows, sources, universe=obs[could_match(obs, rows)])
    texts: dict[int, tuple[str, str]] = {}
    for p, pct, prev, prev_val, unit in zip(
        positions, y["yoy_pct"], y["prev_period"], y["prev_value"], rows["unit"], strict=True
    ):
        if np.isfinite(pct):
            texts[int(p)] = (
                f"{pct:+.1f} %",
                f"Compared with {prev}: {format_quantity(float(prev_val), str(unit))}",
            )
    return texts


def _claim_texts(
    obs: pd.DataFrame, rows: pd.DataFrame, sources: pd.DataFrame, positions: np.ndarray
) -> dict[int, tuple[str, str]]:
    claimed = rows[np.isfinite(rows["change_value"].to_numpy())]
    if claimed.empty:
        return {}
    universe = obs[could_match(obs, claimed)]
    checks = check_all_claims(universe, sources, empty_records("claims"), empty_record_tables())
    verdicts = checks[checks["obs_id"].isin(claimed["obs_id"])]
    where = dict(zip(obs["obs_id"].to_numpy()[positions], positions, strict=True))
    return {
        int(where[int(obs_id)]): (str(verdict), str(text))
        for obs_id, verdict, text in zip(
            verdicts["obs_id"], verdicts["verdict"], verdicts["explanation"], strict=True
        )
    }


def could_match(obs: pd.DataFrame, rows: pd.DataFrame) -> np.ndarray:
    """Rows of ``obs`` that can hold an earlier figure of ``rows``: same indicator, both
    sides among the countries of ``rows`` (a figure key never crosses those), so a YoY
    lookup for 50k selected rows reads ~100k rows, not the whole 10M store."""

    def among(column: str, values: set[str]) -> np.ndarray:
        col = obs[column]
        wanted = np.flatnonzero(col.cat.categories.isin(list(values)))
        return np.isin(col.cat.codes.to_numpy(), wanted)

    def used(column: str) -> set[str]:
        col = rows[column]
        codes = np.unique(col.cat.codes.to_numpy())
        return {str(c) for c in col.cat.categories[codes[codes >= 0]]}

    sides = used("reporter") | used("partner")
    mask: np.ndarray = (
        among("indicator", used("indicator")) & among("reporter", sides) & among("partner", sides)
    )
    return mask
