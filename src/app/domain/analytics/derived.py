"""Month, quarter or other sub-period values derived by differencing year-to-date figures.

Successive cumulative figures of one reporter and year (Jan–Jul, then Jan–Oct) give the
value of the months in between (Aug–Oct). Such rows are labelled ``status = derived`` and
carry the two rows they came from; they are computed, never stored silently.

The pairing of successive cumulative figures (:func:`ytd_steps`) and the qualifier rules for
values computed from bounds (:func:`combined_qualifier`, :func:`difference_qualifier`) are
shared with the derived series of :mod:`app.domain.derive`, so "Jan–Oct minus Jan–Sep" reads
the same in the table's analytics and in a stored derivation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.domain.analytics.choice import choose_figures
from app.domain.analytics.intervals import (
    LOWER_BOUND_QUALIFIERS,
    UPPER_BOUND_QUALIFIERS,
    qualifier_array,
)
from app.domain.model import Qualifier, Status, normalise_observations
from app.domain.periods import period_code, period_label

_SERIES = ["indicator", "side_a", "side_b", "subject", "year"]

#: Qualifiers read as a point that is not exact: a value computed from one is "about".
APPROXIMATE_QUALIFIERS = frozenset({Qualifier.ABOUT.value, Qualifier.NEARLY.value})


def bound_directions(qualifiers: pd.Series | np.ndarray | list[str]) -> np.ndarray:
    """+1 where a level is a lower bound (more than), -1 an upper bound (less than, up to), else 0.

    The same reading as :func:`app.domain.analytics.intervals.level_bounds`.
    """
    q = qualifier_array(qualifiers)
    out = np.zeros(len(q), dtype="int8")
    out[np.isin(q, list(LOWER_BOUND_QUALIFIERS))] = 1
    out[np.isin(q, list(UPPER_BOUND_QUALIFIERS))] = -1
    return out


def approximate(qualifiers: pd.Series | np.ndarray | list[str]) -> np.ndarray:
    """True where a level is an approximate point ("about", "nearly")."""
    return np.isin(qualifier_array(qualifiers), list(APPROXIMATE_QUALIFIERS))


def combined_qualifier(lower: np.ndarray, upper: np.ndarray, approx: np.ndarray) -> np.ndarray:
    """The qualifier of a value computed from several levels, from counts per result.

    ``lower``/``upper`` count the inputs that make the result a lower/upper bound (for a sum,
    the inputs that are "more than"/"less than"; for ``a − b`` a "less than" ``b`` makes a
    lower bound); ``approx`` counts approximate points. Bounds in both directions leave the
    result unbounded: '' (a gap). A point made from an approximate level is "about".
    """
    lower = np.asarray(lower) > 0
    upper = np.asarray(upper) > 0
    approx = np.asarray(approx) > 0
    return np.select(
        [lower & upper, lower, upper, approx],
        ["", Qualifier.MORE_THAN.value, Qualifier.LESS_THAN.value, Qualifier.ABOUT.value],
        default=Qualifier.EXACT.value,
    ).astype(object)


def difference_qualifier(
    later: pd.Series | np.ndarray | list[str], earlier: pd.Series | np.ndarray | list[str]
) -> np.ndarray:
    """Qualifier of ``later − earlier`` (or of any value rising with ``later`` and falling with
    ``earlier``: a ratio or percent change of positive levels); '' where it has no bound."""
    d_later, d_earlier = bound_directions(later), bound_directions(earlier)
    lower = (d_later == 1).astype(int) + (d_earlier == -1)
    upper = (d_later == -1).astype(int) + (d_earlier == 1)
    approx = approximate(later).astype(int) + approximate(earlier)
    return combined_qualifier(lower, upper, approx)


def ytd_steps(cumulative: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Successive cumulative figures of one series and year, paired: one row per step.

    ``cumulative`` holds figures starting in January, sorted by ``by`` (which must include
    the year) then ``period_end``, with ``value``, ``qualifier``, ``period_end``, ``obs_id``
    and ``source_id``. Each figure after the first of its group gains the earlier one as
    ``p_value``, ``p_qualifier``, ``p_end``, ``p_obs``, ``p_source``, and the difference as
    ``step_value`` and ``step_qualifier`` ('' when the two bounds leave it unbounded).
    """
    prev = cumulative.groupby(by, sort=False, observed=True)[
        ["value", "qualifier", "period_end", "obs_id", "source_id"]
    ].shift(1)
    has_prev = prev["period_end"].notna().to_numpy()
    pairs = cumulative[has_prev].assign(
        p_value=prev["value"][has_prev].astype("float64"),
        p_qualifier=prev["qualifier"][has_prev].astype(str),
        p_end=prev["period_end"][has_prev].astype("int64"),
        p_obs=prev["obs_id"][has_prev].astype("int64"),
        p_source=prev["source_id"][has_prev].astype("int64"),
    )
    return pairs.assign(
        step_value=pairs["value"].astype("float64") - pairs["p_value"],
        step_qualifier=difference_qualifier(pairs["qualifier"], pairs["p_qualifier"]),
    )


def derive_from_ytd(
    observations: pd.DataFrame, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Derived rows for each gap between successive cumulative figures of one year.

    Cumulative means the period starts in January and is not a point (Jan, Q1, H1, Jan–Oct,
    the year). Returns observation-shaped rows (``obs_id`` negative: not stored) plus
    ``from_obs_ids`` and ``source_ids``. A difference involving a bound is itself a bound
    (qualifier ``more_than``/``less_than``); one with bounds in both directions is skipped.
    """
    fig = choose_figures(observations, sources, same_reporter=True)
    ytd = fig[(fig["window_month"] == 0) & ~fig["period_point"]]
    ytd = ytd.sort_values([*_SERIES, "period_end"], kind="mergesort")
    pairs = ytd_steps(ytd, _SERIES)
    return _derived_rows(observations, pairs[pairs["step_qualifier"] != ""])


def _derived_rows(observations: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
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
            "value": pairs["step_value"].to_numpy(),
            "unit": units,
            "qualifier": pairs["step_qualifier"].to_numpy(),
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
