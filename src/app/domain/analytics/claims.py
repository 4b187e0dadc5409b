"""Claim check: does the growth a source claimed follow from the stored figures?

Each observation with a reported change ("+20 %, more_than", "3.5 times") is compared with
the change computed from the stored figure for the same window a year earlier (see
:mod:`growth`). Both sides are intervals:

- the claim: exact x ± tol; ``more_than`` x → [x − tol, ∞); ``less_than``/``up_to`` →
  (−∞, x + tol]; ``about`` → x ± max(tol, 10 % of x); ``nearly`` → [x − max(tol, 10 % of x),
  x + tol]. ``tol`` is half a unit of the claim's last printed decimal ("+21.9 %" → 0.05 pp,
  "+20 %" → 0.5 pp, "9.2 times" → 5 pp), at least ``tolerance_pp``.
- the computed change: the interval the stored levels allow, given their bounds ("more
  than $3 bn") and the rounding of print ($2.44 bn is 2.435–2.445 bn).

Verdicts: ``consistent`` (the intervals meet), ``inconsistent`` (they do not; both numbers
are given), ``cannot_check`` (with the reason: no comparable figure, different reporter,
both levels bounds, a level not positive).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.growth import yoy_for
from app.domain.analytics.intervals import (
    AT_LEAST,
    AT_MOST,
    EXACT,
    UNBOUNDED,
    bound_words,
    decimals_halfwidth,
    pct_text,
)
from app.domain.model import qualified_quantity, qualifier_words
from app.domain.periods import period_label

CONSISTENT, INCONSISTENT, CANNOT_CHECK = "consistent", "inconsistent", "cannot_check"
PERCENT_UNITS = frozenset({"%", "percent", "pct", "percent y/y"})

CLAIM_COLUMNS = (
    "obs_id",
    "indicator",
    "reporter",
    "partner",
    "period",
    "value",
    "unit",
    "claimed",
    "claimed_pct",
    "claim_lo",
    "claim_hi",
    "computed_pct",
    "computed_lo",
    "computed_hi",
    "computed_bound",
    "compared_obs_id",
    "compared_value",
    "compared_period",
    "compared_reporter",
    "compared_source_id",
    "verdict",
    "explanation",
    "source_ids",
)


def claimed_percent(change_value: np.ndarray, change_unit: np.ndarray) -> np.ndarray:
    """Claimed change in percent: '%' as is, 'times' x as (x − 1) × 100; else NaN."""
    v = np.asarray(change_value, dtype="float64")
    u = np.asarray(change_unit, dtype=object).astype(str)
    return np.where(
        np.isin(u, list(PERCENT_UNITS)), v, np.where(u == "times", (v - 1.0) * 100.0, np.nan)
    )


def claim_bounds(
    change_value: np.ndarray,
    change_unit: np.ndarray,
    qualifier: np.ndarray,
    tolerance_pp: float = 0.1,
) -> tuple[np.ndarray, np.ndarray]:
    """Interval of percent changes a claim allows (see module doc)."""
    pct = claimed_percent(change_value, change_unit)
    q = np.asarray(qualifier, dtype=object).astype(str)
    scale = np.where(np.asarray(change_unit, dtype=object).astype(str) == "times", 100.0, 1.0)
    tol = np.maximum(tolerance_pp, decimals_halfwidth(change_value) * scale)
    loose = np.maximum(tol, 0.1 * np.abs(pct))
    lo = np.where(np.isin(q, ["about", "nearly"]), pct - loose, pct - tol)
    hi = np.where(q == "about", pct + loose, pct + tol)
    lo = np.where(np.isin(q, ["less_than", "up_to"]), -np.inf, lo)
    hi = np.where(q == "more_than", np.inf, hi)
    return lo, hi


def check_claims(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    tolerance_pp: float = 0.1,
) -> pd.DataFrame:
    """One verdict per observation that carries a reported change (columns CLAIM_COLUMNS)."""
    claims = observations[np.isfinite(observations["change_value"].to_numpy())]
    if claims.empty:
        return pd.DataFrame({c: [] for c in CLAIM_COLUMNS})
    yoy = yoy_for(
        claims, sources, universe=observations, same_reporter=same_reporter, rounding=True
    )
    other = (
        yoy_for(claims, sources, universe=observations, same_reporter=False, rounding=True)
        if same_reporter
        else yoy
    )
    units = claims["change_unit"].astype(str).to_numpy()
    pct = claimed_percent(claims["change_value"].to_numpy(), units)
    c_lo, c_hi = claim_bounds(
        claims["change_value"].to_numpy(),
        units,
        claims["change_qualifier"].astype(str).to_numpy(),
        tolerance_pp,
    )
    verdicts = _verdicts(yoy, pct, c_lo, c_hi)
    texts = [
        _explain(r, y, o, v, p)
        for r, y, o, v, p in zip(
            claims.to_dict("records"),
            yoy.to_dict("records"),
            other.to_dict("records"),
            verdicts.tolist(),
            pct.tolist(),
            strict=True,
        )
    ]
    return _claim_frame(claims, yoy, pct, c_lo, c_hi, verdicts, texts)


def _verdicts(yoy: pd.DataFrame, pct: np.ndarray, c_lo: np.ndarray, c_hi: np.ndarray) -> np.ndarray:
    g_lo, g_hi = yoy["yoy_lo"].to_numpy(), yoy["yoy_hi"].to_numpy()
    checkable = (
        np.isfinite(pct)
        & np.isfinite(yoy["yoy_pct"].to_numpy())
        & (yoy["yoy_bound"].to_numpy() != UNBOUNDED)
    )
    meet = (g_lo <= c_hi) & (c_lo <= g_hi)
    return np.where(~checkable, CANNOT_CHECK, np.where(meet, CONSISTENT, INCONSISTENT))


def claim_text(pct: float, qualifier: str, change_value: float, change_unit: str) -> str:
    """ "more than +20.0 %" or "3.5 times" — the claim in words."""
    words = qualifier_words(qualifier)
    number = f"{change_value:g} times" if change_unit == "times" else pct_text(pct)
    return f"{words} {number}".strip()


def _explain(
    row: Mapping[Any, Any],
    yoy: Mapping[Any, Any],
    other: Mapping[Any, Any],
    verdict: str,
    pct: float,
) -> str:
    claim = claim_text(
        pct, str(row["change_qualifier"]), float(row["change_value"]), str(row["change_unit"])
    )
    unit = str(row["unit"])
    prior = period_label(
        int(row["period_start"]) - 12, int(row["period_end"]) - 12, bool(row["period_point"])
    )
    if not np.isfinite(pct):
        return f"Cannot check: the change unit {row['change_unit']!r} is not % or times."
    if int(yoy["prev_obs_id"]) < 0:
        return "Cannot check: " + _no_comparable(row, other, prior, unit)
    this = qualified_quantity(float(row["value"]), unit, str(row["qualifier"]))
    then = qualified_quantity(float(yoy["prev_value"]), unit, str(yoy["prev_qualifier"]))
    basis = f"{this} against {then} for {yoy['prev_period']} ({yoy['prev_reporter']})"
    if int(yoy["prev_n_rows"]) > 1:
        basis += (
            f", the {yoy['prev_choice']} of {yoy['prev_n_rows']} stored figures; "
            "mark one preferred to compare with another"
        )
    if verdict == CANNOT_CHECK:
        why = (
            "both levels are bounds, so the change could be anything"
            if yoy["yoy_bound"] == UNBOUNDED
            else "a level is zero or negative"
        )
        return f"Cannot check the claimed {claim}: {why} ({basis})."
    computed = computed_text(yoy)
    word = "consistent" if verdict == CONSISTENT else "inconsistent"
    return f"Claimed {claim}; the stored figures give {computed} ({basis}): {word}."


def computed_text(yoy: Mapping[Any, Any] | pd.Series) -> str:
    """The computed change of one ``yoy_for`` row in words: "at most -18.7 %"."""
    kind = str(yoy["yoy_bound"])
    if kind == UNBOUNDED:
        return "an unknown change (both levels are bounds)"
    value = (
        yoy["yoy_hi"] if kind == AT_MOST else yoy["yoy_lo"] if kind == AT_LEAST else yoy["yoy_pct"]
    )
    text = bound_words(kind) + pct_text(float(value))
    lo, hi = float(yoy["yoy_lo"]), float(yoy["yoy_hi"])
    if kind == EXACT and hi - lo >= 0.05:
        text += f" ({lo:+.1f} to {hi:+.1f} % allowing for rounding)"
    return text


def _no_comparable(row: Mapping[Any, Any], other: Mapping[Any, Any], prior: str, unit: str) -> str:
    who = str(row["reporter"]) or "this reporter"
    head = f"no {prior} figure from {who} is stored"
    if int(other["prev_obs_id"]) >= 0 and str(other["prev_reporter"]) != str(row["reporter"]):
        then = qualified_quantity(float(other["prev_value"]), unit, str(other["prev_qualifier"]))
        return (
            f"{head}; {other['prev_reporter']} gives {then} for {other['prev_period']}, "
            f"a different reporter ({computed_text(other)} if compared)."
        )
    return head + " (no comparable figure)."


def _claim_frame(
    claims: pd.DataFrame,
    yoy: pd.DataFrame,
    pct: np.ndarray,
    c_lo: np.ndarray,
    c_hi: np.ndarray,
    verdicts: np.ndarray,
    texts: list[str],
) -> pd.DataFrame:
    periods = [
        period_label(int(s), int(e), bool(p))
        for s, e, p in zip(
            claims["period_start"], claims["period_end"], claims["period_point"], strict=True
        )
    ]
    claimed = [
        claim_text(p, str(q), float(v), str(u))
        for p, q, v, u in zip(
            pct,
            claims["change_qualifier"],
            claims["change_value"],
            claims["change_unit"],
            strict=True,
        )
    ]
    # the claim's own source first, then the one of the figure it was compared with
    sids = [
        tuple(dict.fromkeys(x for x in (int(a), int(b)) if x >= 0))
        for a, b in zip(claims["source_id"], yoy["prev_source_id"], strict=True)
    ]
    return pd.DataFrame(
        {
            "obs_id": claims["obs_id"].to_numpy(),
            "indicator": claims["indicator"].astype(str),
            "reporter": claims["reporter"].astype(str),
            "partner": claims["partner"].astype(str),
            "period": periods,
            "value": claims["value"].to_numpy(),
            "unit": claims["unit"].astype(str),
            "claimed": claimed,
            "claimed_pct": pct,
            "claim_lo": c_lo,
            "claim_hi": c_hi,
            "computed_pct": yoy["yoy_pct"].to_numpy(),
            "computed_lo": yoy["yoy_lo"].to_numpy(),
            "computed_hi": yoy["yoy_hi"].to_numpy(),
            "computed_bound": yoy["yoy_bound"].to_numpy(),
            "compared_obs_id": yoy["prev_obs_id"].to_numpy(),
            "compared_value": yoy["prev_value"].to_numpy(),
            "compared_period": yoy["prev_period"].to_numpy(),
            "compared_reporter": yoy["prev_reporter"].to_numpy(),
            "compared_source_id": yoy["prev_source_id"].to_numpy(),
            "verdict": verdicts,
            "explanation": texts,
            "source_ids": sids,
        },
        index=claims.index,
    )
