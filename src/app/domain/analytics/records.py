"""Records: is the latest figure of a series the highest stored, since when, and the streak.

A series is one window (calendar year, Jan–Oct, Q1, ...) of one indicator and reporter
(or of either side of the pair, when asked). Bounds count as bounds: a year reported as
"more than $3 bn" beats an earlier $2.9 bn for sure, but a later $3.05 bn may or may not
beat it, so its record status is ``uncertain``.

The streak counts consecutive calendar years, ending at the latest, each of which beat
every earlier stored year for sure. The first stored year has nothing to beat and does not
count; a year missing from the store breaks the streak (and the reason says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.domain.analytics.figures import WINDOW_COLUMNS, choose_figures
from app.domain.analytics.intervals import level_bounds
from app.domain.periods import period_label

RECORD, NOT_RECORD, UNCERTAIN, FIRST = "record", "not_record", "uncertain", "first"


def record_history(series: pd.DataFrame) -> pd.DataFrame:
    """Year-by-year record status of one series (rows of one window, one per year).

    Columns: year, value, lo, hi, status (first/record/not_record/uncertain) and
    ``record_level`` — the highest level known for sure up to that year (never decreases).
    """
    s = series.sort_values("year")
    lo, hi = level_bounds(s["value"].to_numpy(), s["qualifier"].to_numpy())
    status, level = _statuses(lo, hi, np.zeros(len(s), dtype=np.int64))
    return pd.DataFrame(
        {
            "year": s["year"].to_numpy(),
            "value": s["value"].to_numpy(),
            "lo": lo,
            "hi": hi,
            "status": status,
            "record_level": level,
            "obs_id": s["obs_id"].to_numpy(),
            "source_id": s["source_id"].to_numpy(),
        }
    )


def record_flags(figures: pd.DataFrame, by: list[str]) -> pd.Series:
    """Record status of every row of many series at once (``by`` names a series; rows are
    one window, one per year), indexed like ``figures``: thousands of series in one pass."""
    if figures.empty:
        return pd.Series([], dtype=object, index=figures.index)
    s = figures.sort_values([*by, "year"], kind="stable")
    group = s.groupby(by, sort=False, observed=True).ngroup().to_numpy()
    lo, hi = level_bounds(s["value"].to_numpy(), s["qualifier"].to_numpy())
    status, _level = _statuses(lo, hi, group)
    return pd.Series(status, index=s.index).reindex(figures.index)


def _previous(running: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The running value up to the year before, per series (-inf before a series' first)."""
    out = np.empty(len(running), dtype=np.float64)
    out[1:] = running[:-1]
    out[first] = -np.inf
    return out


def _statuses(lo: np.ndarray, hi: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Status and record level along rows sorted by (series, year); ``group`` numbers the
    series. A year is a record when its lowest possible level beats every earlier year's
    highest; not a record when its highest cannot beat an earlier lowest."""
    first = np.ones(len(group), dtype=bool)
    first[1:] = group[1:] != group[:-1]
    by_group = pd.DataFrame({"g": group, "lo": lo, "hi": hi}).groupby("g", sort=False)
    level = by_group["lo"].cummax().to_numpy()
    prev_lo = _previous(level, first)
    prev_hi = _previous(by_group["hi"].cummax().to_numpy(), first)
    status = np.where(lo > prev_hi, RECORD, np.where(hi <= prev_lo, NOT_RECORD, UNCERTAIN)).astype(
        object
    )
    status[first] = FIRST
    return status, level


@dataclass(frozen=True)
class RecordStatus:
    """Where the latest figure of a series stands against its stored history."""

    indicator: str
    reporter: str
    partner: str
    subject: str
    window: str  # "year", "Jan–Oct", "Q1", ...
    latest_period: str
    latest_value: float
    latest_obs_id: int
    status: str  # first / record / not_record / uncertain
    years_stored: int
    first_year: int
    highest_since: int | None  # latest is the highest since this year (inclusive)
    previous_best: float | None
    previous_best_year: int | None
    streak: int
    streak_years: tuple[int, ...]
    streak_end_reason: str
    reporters: tuple[str, ...] = ()  # whose figures make up the series
    source_ids: tuple[int, ...] = field(default_factory=tuple)

    def explanation(self) -> str:
        """One sentence that says why the status is what it is."""
        what = self.latest_period
        if len(self.reporters) == 1 and self.reporters[0]:
            what += f" ({self.reporters[0]})"
        if self.status == FIRST:
            return f"{what} is the first stored figure of its series ({self.window})."
        # like for like: a Jan–Oct figure is ranked among Jan–Oct figures, never full years
        kind = "year" if self.window == "year" else f"{self.window} figure"
        if self.status == RECORD:
            head = (
                f"{what} is the highest of {self.years_stored} stored {kind}s "
                f"(since {self.first_year}); previous best {self.previous_best_year}"
            )
        elif self.status == NOT_RECORD:
            head = f"{what} is below the best stored {kind}, that of {self.previous_best_year}"
        else:
            head = (
                f"{what} may or may not beat the {kind} of {self.previous_best_year}: "
                "one of them is a bound"
            )
        mixed = f"; figures from {' and '.join(self.reporters)}" if len(self.reporters) > 1 else ""
        return f"{head}; record streak {self.streak} ({self.streak_end_reason}){mixed}."


def _window_name(window_month: int, window_len: int) -> str:
    if window_month == 0 and window_len == 11:
        return "year"
    label = period_label(2000 * 12 + window_month, 2000 * 12 + window_month + window_len)
    return label.removesuffix(" 2000").replace(" 2000", "")


def _streak(hist: pd.DataFrame) -> tuple[tuple[int, ...], str]:
    years: list[int] = []
    expected = int(hist["year"].iloc[-1])
    for year, status in zip(hist["year"][::-1], hist["status"][::-1], strict=True):
        if int(year) != expected:
            return tuple(reversed(years)), f"{expected} not stored"
        if status != RECORD:
            reason = {
                FIRST: f"{year} is the first stored year",
                NOT_RECORD: f"{year} was not a record",
                UNCERTAIN: f"{year} may not have been a record",
            }[str(status)]
            return tuple(reversed(years)), reason
        years.append(int(year))
        expected -= 1
    return tuple(reversed(years)), "history starts"


def series_record_status(series: pd.DataFrame) -> RecordStatus:
    """RecordStatus of one series (chosen figures of one window key, any years)."""
    hist = record_history(series)
    last = hist.iloc[-1]
    earlier = hist.iloc[:-1]
    best_pos = int(np.argmax(earlier["lo"].to_numpy())) if len(earlier) else -1
    higher = earlier[earlier["lo"] >= last["hi"]] if len(earlier) else earlier
    since = int(higher["year"].max()) + 1 if len(higher) else int(hist["year"].iloc[0])
    streak, reason = _streak(hist)
    row = series.sort_values("year").iloc[-1]
    return RecordStatus(
        indicator=str(row["indicator"]),
        reporter=str(row["side_a"]),
        partner=str(row["side_b"]),
        subject=str(row["subject"]),
        window=_window_name(int(row["window_month"]), int(row["window_len"])),
        latest_period=period_label(
            int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
        ),
        latest_value=float(last["value"]),
        latest_obs_id=int(last["obs_id"]),
        status=str(last["status"]),
        years_stored=len(hist),
        first_year=int(hist["year"].iloc[0]),
        highest_since=since,
        previous_best=float(earlier["value"].iloc[best_pos]) if best_pos >= 0 else None,
        previous_best_year=int(earlier["year"].iloc[best_pos]) if best_pos >= 0 else None,
        streak=len(streak),
        streak_years=streak,
        streak_end_reason=reason,
        reporters=tuple(sorted({str(r) for r in series["reporter"]})),
        source_ids=tuple(sorted({int(x) for x in hist["source_id"]})),
    )


def record_statuses(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    windows: str = "all",
) -> list[RecordStatus]:
    """RecordStatus of every series; ``windows="year"`` keeps calendar years only.

    Point-in-time stocks and figures over more than a year (a CAGR 2019–2024) are left
    out: they are not windows that recur each year.
    """
    fig = choose_figures(observations, sources, same_reporter)
    fig = fig[~fig["period_point"] & (fig["window_len"] <= 11)]
    if windows == "year":
        fig = fig[(fig["window_month"] == 0) & (fig["window_len"] == 11)]
    return [
        series_record_status(g)
        for _, g in fig.groupby(list(WINDOW_COLUMNS), sort=True, observed=True)
    ]
