"""Change on the same window a year earlier, compound growth, and shares of a total.

A figure is compared only with the *same window* one year earlier (Jan–Oct 2025 with
Jan–Oct 2024, Q1 with Q1, a year with a year), and by default only with a figure from the
same reporter. Jan–Oct is never compared with a full year: the lookup key is the window.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.figures import choose_figures, is_year_window, keyed, lookup
from app.domain.analytics.intervals import (
    bound_kind,
    growth_bounds,
    level_bounds,
    rounded_level_bounds,
)
from app.domain.periods import period_label

YOY_COLUMNS = (
    "prev_obs_id",
    "prev_value",
    "prev_qualifier",
    "prev_source_id",
    "prev_reporter",
    "prev_period_start",
    "prev_period_end",
    "prev_period",
    "prev_choice",
    "prev_n_rows",
    "yoy_abs",
    "yoy_pct",
    "yoy_lo",
    "yoy_hi",
    "yoy_bound",
)


def yoy_for(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    universe: pd.DataFrame | None = None,
    same_reporter: bool = True,
    years: int = 1,
    rounding: bool = False,
) -> pd.DataFrame:
    """Year-on-year change of every row, indexed like ``observations``.

    The earlier figure is looked up in ``universe`` (default: ``observations`` itself, so a
    view can pass only its visible rows plus the whole store). ``yoy_lo``/``yoy_hi`` are
    the change interval when a level is a bound; ``yoy_bound`` says how to read it
    (exact / at_least / at_most / unbounded). No match: NaN and ``prev_obs_id`` -1.
    With ``rounding`` the interval also covers the rounding of both printed levels (used
    by the claim check; the table shows the plain change).
    """
    base = observations if universe is None else universe
    figures = choose_figures(base, sources, same_reporter)
    rows = keyed(observations, sources, same_reporter)
    wanted = rows.assign(year=rows["year"] - years)
    pos = lookup(figures, wanted)
    return _yoy_frame(rows, figures, pos, rounding)


def _take(col: pd.Series, pos: np.ndarray, fill: float | str) -> np.ndarray:
    """``col`` at positions ``pos``; ``fill`` where a position is -1 (no match)."""
    arr = col.to_numpy()
    if len(arr) == 0:
        return np.array([fill] * len(pos))
    out: np.ndarray = np.where(pos >= 0, arr[np.clip(pos, 0, None)], fill)
    return out


def _yoy_frame(
    rows: pd.DataFrame, figures: pd.DataFrame, pos: np.ndarray, rounding: bool
) -> pd.DataFrame:
    hit = pos >= 0
    prev_value = _take(figures["value"], pos, np.nan)
    prev_qual = _take(figures["qualifier"], pos, "")
    bounds = rounded_level_bounds if rounding else level_bounds
    cur_lo, cur_hi = bounds(rows["value"].to_numpy(), rows["qualifier"].to_numpy())
    prev_lo, prev_hi = bounds(prev_value, prev_qual)
    g_lo, g_hi = growth_bounds(cur_lo, cur_hi, prev_lo, prev_hi)
    cur = rows["value"].to_numpy(dtype="float64")
    valid = hit & (cur > 0) & (prev_value > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(valid, (cur / prev_value - 1.0) * 100.0, np.nan)
    g_lo = np.where(valid, g_lo, np.nan)
    g_hi = np.where(valid, g_hi, np.nan)
    starts = _take(figures["period_start"], pos, -1).astype("int64")
    ends = _take(figures["period_end"], pos, -1).astype("int64")
    labels = _labels(starts, ends, hit)
    kinds = np.where(valid, bound_kind(g_lo, g_hi), "")
    idx = rows.index

    def text(arr: np.ndarray) -> pd.Series:
        return pd.Series(arr, index=idx, dtype=object, copy=False)

    return pd.DataFrame(
        {
            "prev_obs_id": _take(figures["obs_id"], pos, -1).astype("int64"),
            "prev_value": prev_value,
            "prev_qualifier": text(prev_qual),
            "prev_source_id": _take(figures["source_id"], pos, -1).astype("int64"),
            "prev_reporter": text(_take(figures["reporter"], pos, "")),
            "prev_period_start": starts,
            "prev_period_end": ends,
            "prev_period": text(labels),
            "prev_choice": text(_take(figures["choice"], pos, "")),
            "prev_n_rows": _take(figures["n_rows"], pos, 0).astype("int64"),
            "yoy_abs": np.where(hit, cur - prev_value, np.nan),
            "yoy_pct": pct,
            "yoy_lo": g_lo,
            "yoy_hi": g_hi,
            "yoy_bound": text(kinds),
        },
        index=idx,
    )


def _labels(starts: np.ndarray, ends: np.ndarray, hit: np.ndarray) -> np.ndarray:
    """Period labels, built once per distinct period (a view may have 100k rows)."""
    codes, uniques = pd.factorize(starts[hit] * 100_000 + ends[hit])
    words = np.asarray(
        [period_label(int(u) // 100_000, int(u) % 100_000) for u in uniques] + [""], dtype=object
    )
    labels = np.full(len(starts), "", dtype=object)
    labels[hit] = words[codes]
    return labels


def cagr(first: float, last: float, years: float) -> float:
    """Compound annual growth rate in percent; NaN unless both levels are positive."""
    if years <= 0 or not (first > 0 and last > 0):
        return float("nan")
    return float(((last / first) ** (1.0 / years) - 1.0) * 100.0)


def cagr_series(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    first_year: int,
    last_year: int,
    same_reporter: bool = True,
) -> pd.DataFrame:
    """CAGR between two calendar years for every annual series that has both years."""
    figures = choose_figures(observations, sources, same_reporter)
    annual = figures[is_year_window(figures)]
    key = ["indicator", "side_a", "side_b", "subject"]
    both = annual[annual["year"] == first_year].merge(
        annual[annual["year"] == last_year], on=key, suffixes=("_first", "_last")
    )
    n = last_year - first_year
    rates = [cagr(f, la, n) for f, la in zip(both["value_first"], both["value_last"], strict=True)]
    out = pd.DataFrame(
        {
            "first_year": first_year,
            "last_year": last_year,
            "first_value": both["value_first"],
            "last_value": both["value_last"],
            "cagr_pct": rates,
            "first_obs_id": both["obs_id_first"],
            "last_obs_id": both["obs_id_last"],
            "source_ids": [
                tuple(sorted({int(x), int(y)}))
                for x, y in zip(both["source_id_first"], both["source_id_last"], strict=True)
            ],
        }
    )
    return pd.concat(
        [both[key].rename(columns={"side_a": "reporter", "side_b": "partner"}), out], axis=1
    )


def share_of_total(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    indicator: str,
    total_indicator: str | None = None,
    total_partner: str = "",
) -> pd.DataFrame:
    """Share (percent) of each bilateral figure of ``indicator`` in its reporter's total.

    The total is the figure of ``total_indicator`` (default: the same indicator) with
    partner ``total_partner`` ('' = the world), same reporter, subject and period. Rows
    whose total is not stored are left out: a share is never guessed.
    """
    figures = choose_figures(observations, sources, same_reporter=True)
    part = figures[(figures["indicator"] == indicator) & (figures["side_b"] != total_partner)]
    tot_code = total_indicator or indicator
    total = figures[(figures["indicator"] == tot_code) & (figures["side_b"] == total_partner)]
    key = ["side_a", "subject", "period_point", "period_start", "period_end"]
    merged = part.merge(total, on=key, suffixes=("", "_total"))
    share = merged["value"] / merged["value_total"] * 100.0
    return pd.DataFrame(
        {
            "indicator": indicator,
            "reporter": merged["side_a"],
            "partner": merged["side_b"],
            "period_start": merged["period_start"],
            "period_end": merged["period_end"],
            "value": merged["value"],
            "total": merged["value_total"],
            "share_pct": share,
            "obs_id": merged["obs_id"],
            "total_obs_id": merged["obs_id_total"],
            "source_ids": [
                tuple(sorted({int(x), int(y)}))
                for x, y in zip(merged["source_id"], merged["source_id_total"], strict=True)
            ],
        }
    )
