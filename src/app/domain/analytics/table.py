"""The analytics columns of the observations table: year-on-year change and claim checks.

A pure function over the observations, the sources and the row positions a view selects,
computable on any thread; it returns, per row position, the cell text and its tooltip.
The table model only decides when and where to run it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks import check_all_claims
from app.domain.analytics.column_texts import str_texts
from app.domain.analytics.figures import fine_rows
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
) -> CellTexts:
    near = could_match(obs, rows)
    y = yoy_for(rows, sources, universe=obs if near.all() else obs[near])
    fine = fine_rows(rows)  # yoy_for leaves out figures finer than a month
    kept = np.asarray(positions if fine is None else positions[~fine], dtype=np.int64)
    pct = y["yoy_pct"].to_numpy(dtype="float64")
    has = np.isfinite(pct)
    units = str_texts(rows["unit"])  # as the table prints them
    units = units if fine is None else units[~fine]
    return YoyCells(
        kept[has],
        pct[has],
        y["prev_period"].to_numpy(dtype=object)[has],
        y["prev_value"].to_numpy(dtype="float64")[has],
        units[has],
        len(obs),
    )


class YoyCells(Mapping[int, tuple[str, str]]):
    """YoY cell texts by row position, formatted when a cell asks for them: a view of a
    million rows shows a few dozen at a time (issue 21). Iterates in selection order; the
    texts are those a dict made for every row would hold."""

    def __init__(
        self,
        positions: np.ndarray,
        pct: np.ndarray,
        prev_period: np.ndarray,
        prev_value: np.ndarray,
        units: np.ndarray,
        size: int,
    ) -> None:
        slot = np.full(max(size, int(positions.max()) + 1 if len(positions) else 0), -1)
        slot[positions] = np.arange(len(positions))
        if np.count_nonzero(slot >= 0) != len(positions):  # a row selected twice: once
            first = np.sort(np.unique(positions, return_index=True)[1])
            positions, pct, prev_period = positions[first], pct[first], prev_period[first]
            prev_value, units = prev_value[first], units[first]
            slot[positions] = np.arange(len(positions))
        self._slot = slot
        self._positions = positions
        self._pct = pct
        self._prev = prev_period
        self._value = prev_value
        self._units = units

    def __getitem__(self, position: int) -> tuple[str, str]:
        ok = isinstance(position, int | np.integer) and 0 <= position < len(self._slot)
        i = int(self._slot[position]) if ok else -1
        if i < 0:
            raise KeyError(position)
        value = format_quantity(float(self._value[i]), str(self._units[i]))
        return f"{self._pct[i]:+.1f} %", f"Compared with {self._prev[i]}: {value}"

    def __iter__(self) -> Iterator[int]:
        return iter(self._positions.tolist())

    def __len__(self) -> int:
        return len(self._positions)


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
