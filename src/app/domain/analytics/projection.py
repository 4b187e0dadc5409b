"""Full-year projection from a year-to-date figure, and whether it would be a record.

Method ("seasonal share"): in earlier years where both the same window (e.g. Jan–Oct) and
the full year are stored for the same series, the window held a share ``s = ytd / year`` of
the annual total. The projection is ``ytd / mean(s)``; the low and high ends use the
largest and smallest share seen. Without at least one such year there is no projection:
the app does not extrapolate pro rata, because trade and tourism are seasonal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.choice import chosen_order
from app.domain.analytics.figures import (
    WINDOW_COLUMNS,
    Part,
    fine_rows,
    keyed_parts,
    part_values,
)
from app.domain.analytics.intervals import LOWER_BOUND_QUALIFIERS, UPPER_BOUND_QUALIFIERS
from app.domain.analytics.passes import frame_column
from app.domain.analytics.records import RECORD, UNCERTAIN
from app.domain.periods import period_label
from app.domain.units import format_quantity

NOT_EXPECTED = "not_expected"


@dataclass(frozen=True)
class Projection:
    obs_id: int
    indicator: str
    reporter: str
    partner: str
    year: int
    window: str  # "Jan–Oct 2025"
    value: float  # the year-to-date figure
    unit: str
    projected: float | None  # None when there is no history
    low: float | None
    high: float | None
    method: str
    years_used: tuple[int, ...]
    shares: tuple[float, ...]
    record_value: float | None = None
    record_year: int | None = None
    record_verdict: str = ""  # record / not_expected / uncertain / '' (nothing to compare)
    reason: str = ""  # why there is no projection, or what it assumed
    source_ids: tuple[int, ...] = field(default_factory=tuple)

    def explanation(self) -> str:
        if self.projected is None:
            return f"No full-year projection for {self.year}: {self.reason}."
        low, high = _q(self.low, self.unit), _q(self.high, self.unit)
        head = (
            f"Projected {self.year} total {_q(self.projected, self.unit)} "
            f"(range {low}–{high}) from {self.window}; {self.method}"
        )
        if self.record_value is None:
            return head + "; no earlier full year stored to compare with."
        verdict = {
            RECORD: "would be a record",
            NOT_EXPECTED: "would not be a record",
            UNCERTAIN: "may or may not be a record",
        }[self.record_verdict]
        return (
            f"{head}; it {verdict} (best stored year {self.record_year}: "
            f"{_q(self.record_value, self.unit)})."
        )


def _q(value: float | None, unit: str) -> str:
    return "" if value is None else format_quantity(value, unit)


def project_full_year(
    observations: pd.DataFrame,
    obs_id: int,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> Projection:
    """Projection of the full year of the year-to-date observation ``obs_id``."""
    return project_full_years(observations, [obs_id], sources, same_reporter)[0]


def project_full_years(
    observations: pd.DataFrame,
    obs_ids: Sequence[int],
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> list[Projection]:
    """:func:`project_full_year` of each of ``obs_ids``, the figures chosen once for all
    (a chart projects each series of its indicator).

    The chosen figures and the projected rows are read as plain column arrays
    (:func:`keyed_parts`), never as frames: a chart's few dozen rows cost pandas more in
    frame building and per-series masks than the projections themselves."""
    used = chosen_order(observations, sources, same_reporter).rows
    fig = _Columns(keyed_parts(observations, used, sources, same_reporter))
    rows = _Columns(
        keyed_parts(observations, _rows_of(observations, obs_ids), sources, same_reporter)
    )
    return [_project(fig, rows.row(i), same_reporter) for i in range(len(obs_ids))]


class _Columns:
    """Keyed columns as arrays (texts as object arrays of str), by name."""

    def __init__(self, parts: list[Part]) -> None:
        self.cols = {name: part_values(part) for name, part in parts}

    def __getitem__(self, name: str) -> np.ndarray:
        return self.cols[name]

    def row(self, i: int) -> dict[str, Any]:
        """Row ``i`` as plain values."""
        return {name: col[i] for name, col in self.cols.items()}


def _project(fig: _Columns, row: dict[str, Any], same_reporter: bool) -> Projection:
    """The projection of the keyed ``row`` from the chosen figures ``fig``."""
    year = int(row["year"])
    base = _empty_projection(row, year)
    if not (row["window_month"] == 0 and 0 < row["window_len"] < 11 and not row["period_point"]):
        return replace(base, reason="the figure is not a year-to-date window")
    years = fig["year"]
    series = np.flatnonzero(_same_series(fig, row))
    earlier = series[years[series] < year]
    earlier = earlier[np.argsort(years[earlier], kind="stable")]
    annual = np.flatnonzero(_same_series(fig, row, annual=True))
    # the annual figure of each earlier year (of equal keys the last, as a dict keeps it)
    at_year = {int(y): i for i, y in zip(annual.tolist(), years[annual].tolist(), strict=True)}
    pos = np.asarray([at_year.get(int(y), -1) for y in years[earlier]], dtype="int64")
    qualifiers = fig["qualifier"]
    usable = (pos >= 0) & _is_point(qualifiers[earlier])
    if usable.any():  # then ``annual`` has rows: a missing year reads its first (unused)
        usable &= _is_point(qualifiers[np.where(pos >= 0, pos, annual[0])])
    if not usable.any():
        return replace(base, reason=_missing_reason(row, len(earlier), same_reporter))
    ytd_hist, years_hist = earlier[usable], pos[usable]
    values, source_ids = fig["value"], fig["source_id"]
    shares = values[ytd_hist] / values[years_hist]
    projected = float(row["value"] / shares.mean())
    low, high = float(row["value"] / shares.max()), float(row["value"] / shares.min())
    used_years = tuple(int(y) for y in years[ytd_hist])
    method = (
        f"{base.window.rsplit(' ', 1)[0]} share of the annual total in "
        f"{', '.join(map(str, used_years))} (mean {shares.mean():.3f})"
    )
    sids = {
        int(row["source_id"]),
        *map(int, source_ids[ytd_hist]),
        *map(int, source_ids[years_hist]),
    }
    proj = replace(
        base,
        projected=projected,
        low=low,
        high=high,
        method=method,
        years_used=used_years,
        shares=tuple(float(s) for s in shares),
        source_ids=tuple(sorted(sids)),
    )
    return _against_record(proj, fig, annual[years[annual] < year])


def _rows_of(observations: pd.DataFrame, obs_ids: Sequence[int]) -> np.ndarray:
    """Positions of ``obs_ids`` among the rows the analytics key (months, not days)."""
    ids = frame_column(observations, "obs_id").to_numpy()
    fine = fine_rows(observations)
    out = []
    for obs_id in obs_ids:
        hit = ids == obs_id
        if fine is not None:
            hit &= ~fine
        found = np.flatnonzero(hit)
        if not len(found):
            raise KeyError(f"unknown observation id {obs_id}")
        out.append(int(found[0]))
    return np.asarray(out, dtype=np.int64)


def _empty_projection(row: dict[str, Any], year: int) -> Projection:
    return Projection(
        obs_id=int(row["obs_id"]),
        indicator=str(row["indicator"]),
        reporter=str(row["reporter"]),
        partner=str(row["partner"]),
        year=year,
        window=period_label(int(row["period_start"]), int(row["period_end"])),
        value=float(row["value"]),
        unit=str(row["unit"]),
        projected=None,
        low=None,
        high=None,
        method="",
        years_used=(),
        shares=(),
        source_ids=(int(row["source_id"]),),
    )


def _same_series(fig: _Columns, row: dict[str, Any], annual: bool = False) -> np.ndarray:
    mask = np.ones(len(fig["year"]), dtype=bool)
    for col in WINDOW_COLUMNS:
        want = 11 if (annual and col == "window_len") else row[col]
        mask &= fig[col] == want
    return mask


def _is_point(qualifiers: np.ndarray) -> np.ndarray:
    bounds = list(LOWER_BOUND_QUALIFIERS | UPPER_BOUND_QUALIFIERS)
    return ~np.isin(np.asarray(qualifiers, dtype=object).astype(str), bounds)


def _missing_reason(row: dict[str, Any], n_earlier: int, same_reporter: bool) -> str:
    who = f"from {row['side_a']}" if row["side_a"] and same_reporter else ""
    window = period_label(int(row["period_start"]), int(row["period_end"])).rsplit(" ", 1)[0]
    if n_earlier == 0:
        return f"no earlier {window} figure {who} is stored".replace("  ", " ")
    return (
        (
            f"no earlier year has both a {window} figure and a full-year figure {who} "
            "stored as exact values"
        )
        .replace("  ", " ")
        .strip()
    )


def _against_record(proj: Projection, fig: _Columns, earlier_years: np.ndarray) -> Projection:
    """``proj`` against the best of the annual figures at ``earlier_years`` (positions)."""
    if not len(earlier_years) or proj.low is None or proj.high is None:
        return proj
    best = int(earlier_years[int(np.argmax(fig["value"][earlier_years]))])
    best_value = float(fig["value"][best])
    verdict = (
        RECORD if proj.low > best_value else NOT_EXPECTED if proj.high < best_value else UNCERTAIN
    )
    sids = tuple(sorted({*proj.source_ids, int(fig["source_id"][best])}))
    return replace(
        proj,
        record_value=best_value,
        record_year=int(fig["year"][best]),
        record_verdict=verdict,
        source_ids=sids,
    )
