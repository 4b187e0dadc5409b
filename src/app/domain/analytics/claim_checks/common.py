"""What every claim check shares: verdicts, the claim and check records, intervals, windows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.claims import (
    CANNOT_CHECK,
    CONSISTENT,
    INCONSISTENT,
    claim_bounds,
    claimed_percent,
)
from app.domain.analytics.intervals import qualifier_array, rounded_level_bounds
from app.domain.model import qualified_quantity
from app.domain.periods import period_label

CONFLICTING = "conflicting_sources"
VERDICTS = (CONSISTENT, INCONSISTENT, CANNOT_CHECK, CONFLICTING)

CHECK_COLUMNS = (
    "claim_id",
    "claim_type",
    "source_id",
    "status",
    "obs_id",
    "indicator",
    "reporter",
    "partner",
    "period",
    "claimed",
    "verdict",
    "explanation",
    "obs_ids",
    "source_ids",
    "project_ids",
    "implied_lo",
    "implied_hi",
    "series_reporter",
)

NAN = float("nan")
INF = float("inf")

#: stored figures as plain rows (the columns of :meth:`frames.Data.rows`)
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class CheckOptions:
    #: records and streaks may fill a year missing from the reporter's series with the other
    #: side's figure (the explanation says so)
    allow_other_reporter: bool = False
    #: least tolerance of a claimed change, in percentage points
    tolerance_pp: float = 0.1


@dataclass(frozen=True)
class Claim:
    """One claim, its blanks filled from the observation it links."""

    claim_id: int
    claim_type: str
    source_id: int
    obs_id: int
    indicator: str
    reporter: str
    partner: str
    subject: str
    start: int
    end: int
    point: bool
    value: float
    unit: str
    qualifier: str
    status: str
    params: dict[str, Any] = field(default_factory=dict)
    change: float = NAN
    change_unit: str = ""
    change_qualifier: str = ""
    #: the level and the change as intervals (:func:`claim_rows.with_intervals`)
    lo: float = NAN
    hi: float = NAN
    change_pct: float = NAN
    change_lo: float = NAN
    change_hi: float = NAN

    @property
    def has_period(self) -> bool:
        return 0 <= self.start <= self.end

    @property
    def period(self) -> str:
        return period_label(self.start, self.end, self.point) if self.has_period else ""

    @property
    def level(self) -> str:
        return qualified_quantity(self.value, self.unit, self.qualifier)


@dataclass(frozen=True)
class Check:
    verdict: str
    explanation: str
    obs_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    project_ids: tuple[int, ...] = ()
    implied_lo: float = NAN
    implied_hi: float = NAN
    series_reporter: str = ""


def level_interval(values: np.ndarray, qualifiers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Interval of each level: bounds as printed, points widened by the rounding of print,
    "about" ± max(rounding, 10 %), "nearly" down to − max(rounding, 10 %)."""
    v = np.asarray(values, dtype="float64")
    q = qualifier_array(qualifiers)
    lo, hi = rounded_level_bounds(v, q)
    loose = np.maximum(hi - v, 0.1 * np.abs(v))
    lo = np.where(np.isin(q, ["about", "nearly"]), v - loose, lo)
    hi = np.where(q == "about", v + loose, hi)
    return lo, hi


def interval(value: float, qualifier: str) -> tuple[float, float]:
    lo, hi = level_interval(np.array([value]), np.array([qualifier], dtype=object))
    return float(lo[0]), float(hi[0])


def window_rows(rows: Rows, start: int, end: int, point: bool) -> Rows:
    """Rows of exactly this period."""
    return [
        r
        for r in rows
        if r["period_start"] == start
        and r["period_end"] == end
        and bool(r["period_point"]) == point
    ]


def year_rows(rows: pd.DataFrame, year: int) -> pd.DataFrame:
    out: pd.DataFrame = rows[(rows["year"] == year).to_numpy()]
    return out


def as_float(x: object) -> float:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return NAN


def as_int(x: object) -> int:
    v = as_float(x)
    return int(v) if math.isfinite(v) else 0


def change_interval(
    value: np.ndarray, unit: np.ndarray, qualifier: np.ndarray, tolerance_pp: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Claimed changes in percent and the interval each allows (as :func:`claim_bounds`)."""
    pct = claimed_percent(value, unit)
    lo, hi = claim_bounds(value, unit, qualifier, tolerance_pp)
    bad = ~np.isfinite(pct)
    return pct, np.where(bad, np.nan, lo), np.where(bad, np.nan, hi)
