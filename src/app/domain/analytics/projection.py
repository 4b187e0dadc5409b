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

import numpy as np
import pandas as pd

from app.domain.analytics.choice import choose_figures
from app.domain.analytics.figures import WINDOW_COLUMNS, keyed, lookup
from app.domain.analytics.intervals import LOWER_BOUND_QUALIFIERS, UPPER_BOUND_QUALIFIERS
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
    (a chart projects each series of its indicator)."""
    fig = choose_figures(observations, sources, same_reporter)
    k = keyed(observations, sources, same_reporter)
    return [_project(fig, _row_of(k, obs_id), same_reporter) for obs_id in obs_ids]


def _project(fig: pd.DataFrame, row: pd.Series, same_reporter: bool) -> Projection:
    """The projection of the keyed ``row`` from the chosen figures ``fig``."""
    year = int(row["year"])
    base = _empty_projection(row, year)
    if not (row["window_month"] == 0 and 0 < row["window_len"] < 11 and not row["period_point"]):
        return replace(base, reason="the figure is not a year-to-date window")
    series = fig[_same_series(fig, row)]
    earlier = series[series["year"] < year].sort_values("year")
    annual = fig[_same_series(fig, row, annual=True)]
    pos = lookup(annual, earlier.assign(window_len=11))
    usable = (pos >= 0) & _is_point(earlier["qualifier"].to_numpy())
    if usable.any():
        annual_point = _is_point(annual["qualifier"].to_numpy()[np.clip(pos, 0, None)])
        usable &= annual_point
    if not usable.any():
        return replace(base, reason=_missing_reason(row, len(earlier), same_reporter))
    ytd_hist = earlier[usable]
    years_hist = annual.iloc[pos[usable]]
    shares = ytd_hist["value"].to_numpy() / years_hist["value"].to_numpy()
    projected = float(row["value"] / shares.mean())
    low, high = float(row["value"] / shares.max()), float(row["value"] / shares.min())
    years = tuple(int(y) for y in ytd_hist["year"])
    method = (
        f"{base.window.rsplit(' ', 1)[0]} share of the annual total in "
        f"{', '.join(map(str, years))} (mean {shares.mean():.3f})"
    )
    sids = {
        int(row["source_id"]),
        *map(int, ytd_hist["source_id"]),
        *map(int, years_hist["source_id"]),
    }
    proj = replace(
        base,
        projected=projected,
        low=low,
        high=high,
        method=method,
        years_used=years,
        shares=tuple(float(s) for s in shares),
        source_ids=tuple(sorted(sids)),
    )
    return _against_record(proj, annual[annual["year"] < year])


def _row_of(k: pd.DataFrame, obs_id: int) -> pd.Series:
    hit = k[k["obs_id"] == obs_id]
    if hit.empty:
        raise KeyError(f"unknown observation id {obs_id}")
    return hit.iloc[0]


def _empty_projection(row: pd.Series, year: int) -> Projection:
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


def _same_series(fig: pd.DataFrame, row: pd.Series, annual: bool = False) -> np.ndarray:
    mask = np.ones(len(fig), dtype=bool)
    for col in WINDOW_COLUMNS:
        want = 11 if (annual and col == "window_len") else row[col]
        mask &= (fig[col] == want).to_numpy()
    return mask


def _is_point(qualifiers: np.ndarray) -> np.ndarray:
    bounds = list(LOWER_BOUND_QUALIFIERS | UPPER_BOUND_QUALIFIERS)
    return ~np.isin(np.asarray(qualifiers, dtype=object).astype(str), bounds)


def _missing_reason(row: pd.Series, n_earlier: int, same_reporter: bool) -> str:
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


def _against_record(proj: Projection, earlier_years: pd.DataFrame) -> Projection:
    if earlier_years.empty or proj.low is None or proj.high is None:
        return proj
    best = earlier_years.iloc[int(np.argmax(earlier_years["value"].to_numpy()))]
    best_value = float(best["value"])
    verdict = (
        RECORD if proj.low > best_value else NOT_EXPECTED if proj.high < best_value else UNCERTAIN
    )
    sids = tuple(sorted({*proj.source_ids, int(best["source_id"])}))
    return replace(
        proj,
        record_value=best_value,
        record_year=int(best["year"]),
        record_verdict=verdict,
        source_ids=sids,
    )
