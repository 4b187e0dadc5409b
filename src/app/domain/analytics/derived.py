"""Month, quarter or other sub-period values derived by differencing year-to-date figures.

Successive cumulative figures of one reporter and year (Jan–Jul, then Jan–Oct) give the
value of the months in between (Aug–Oct). Such rows are labelled ``status = derived`` and
carry the two rows they came from; they are computed, never stored silently.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.figures import choose_figures
from app.domain.analytics.intervals import level_bounds
from app.domain.model import Status, normalise_observations
from app.domain.periods import period_code, period_label

_SERIES = ["indicator", "side_a", "side_b", "subject", "year"]


def derive_from_ytd(
    observations: pd.DataFrame, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Derived rows for each gap between successive cumulative figures of one year.

    Cumulative means the period starts in January and is not a point (Jan, Q1, H1, Jan–Oct,
    the year). Returns observation-shaped rows (``obs_id`` negative: not stored) plus
    ``from_obs_ids`` and ``source_ids``. A difference involving a bound is itself a bound
    (qualifier ``more_than``/``less_than``); one with no bound on either side is skipped.
    """
    fig = choose_figures(observations, sources, same_reporter=True)
    ytd = fig[(fig["window_month"] == 0) & ~fig["period_point"]]
    ytd = ytd.sort_values([*_SERIES, "period_end"], kind="mergesort")
    prev = ytd.groupby(_SERIES, sort=False, observed=True).shift(1)
    pairs = ytd.assign(
        p_value=prev["value"],
        p_qualifier=prev["qualifier"],
        p_end=prev["period_end"],
        p_obs=prev["obs_id"],
        p_source=prev["source_id"],
    ).dropna(subset=["p_value"])
    return _derived_rows(observations, pairs)


def _derived_rows(observations: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    cur_lo, cur_hi = level_bounds(pairs["value"].to_numpy(), pairs["qualifier"].to_numpy())
    p_lo, p_hi = level_bounds(pairs["p_value"].to_numpy(), pairs["p_qualifier"].to_numpy())
    lo, hi = cur_lo - p_hi, cur_hi - p_lo
    qual = np.where(
        np.isfinite(lo) & np.isfinite(hi),
        "exact",
        np.where(np.isfinite(lo), "more_than", np.where(np.isfinite(hi), "less_than", "")),
    )
    keep = qual != ""
    pairs = pairs[keep]
    qual = qual[keep]
    value = (pairs["value"] - pairs["p_value"]).to_numpy()
    starts = pairs["p_end"].to_numpy(dtype="int64") + 1
    ends = pairs["period_end"].to_numpy(dtype="int64")
    units = _units_of(observations, pairs["obs_id"].to_numpy())
    notes = [
        f"derived: {period_label(int(s0), int(e))} minus {period_label(int(s0), int(pe))}"
        for s0, e, pe in zip(pairs["period_start"], ends, pairs["p_end"], strict=True)
    ]
    frame = pd.DataFrame(
        {
            "obs_id": -np.arange(1, len(pairs) + 1, dtype="int64"),
            "indicator": pairs["indicator"].to_numpy(),
            "reporter": pairs["side_a"].to_numpy(),
            "partner": pairs["side_b"].to_numpy(),
            "subject": pairs["subject"].to_numpy(),
            "period_start": starts,
            "period_end": ends,
            "period_point": False,
            "period_text": [period_code(int(s), int(e)) for s, e in zip(starts, ends, strict=True)],
            "value": value,
            "unit": units,
            "qualifier": qual,
            "status": str(Status.DERIVED),
            "source_id": pairs["source_id"].to_numpy(),
            "note": notes,
        }
    )
    out = normalise_observations(frame)
    out["from_obs_ids"] = [
        (int(a), int(b)) for a, b in zip(pairs["p_obs"], pairs["obs_id"], strict=True)
    ]
    out["source_ids"] = [
        tuple(sorted({int(a), int(b)}))
        for a, b in zip(pairs["p_source"], pairs["source_id"], strict=True)
    ]
    return out


def _units_of(observations: pd.DataFrame, obs_ids: np.ndarray) -> np.ndarray:
    units = pd.Series(
        observations["unit"].astype(str).to_numpy(), index=observations["obs_id"].to_numpy()
    )
    units = units[~units.index.duplicated()]
    return units.reindex(obs_ids).fillna("").to_numpy(dtype=object)
