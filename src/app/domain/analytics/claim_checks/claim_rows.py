"""The claims to check: stored rows with their blanks filled, implicit growth claims, intervals."""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import replace
from typing import Any

import numpy as np

from app.domain.analytics.claim_checks.common import (
    Claim,
    as_float,
    change_interval,
    level_interval,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.records import claim_params


def claim_from_row(r: dict[Hashable, Any], d: Data) -> Claim:
    obs = d.obs(int(r["obs_id"]))
    params = claim_params(str(r["params"]))
    value, unit, qual = float(r["value"]), str(r["unit"]), str(r["qualifier"])
    if not math.isfinite(value) and obs is not None:
        value, unit, qual = float(obs["value"]), str(obs["unit"]), str(obs["qualifier"])
    start, end, point = int(r["period_start"]), int(r["period_end"]), False
    if obs is not None and (start < 0 or (start, end) == (obs["period_start"], obs["period_end"])):
        start, end = int(obs["period_start"]), int(obs["period_end"])
        point = bool(obs["period_point"])

    def text(key: str) -> str:
        own = str(r[key])
        return own if own or obs is None else str(obs[key])

    change = as_float(params.get("change", params.get("change_value")))
    c_unit = str(params.get("change_unit", "%"))
    c_qual = str(params.get("change_qualifier", "exact"))
    if not math.isfinite(change) and obs is not None:
        change = float(obs["change_value"])
        c_unit, c_qual = str(obs["change_unit"]), str(obs["change_qualifier"])
    sid = int(r["source_id"])
    return Claim(
        claim_id=int(r["claim_id"]),
        claim_type=str(r["claim_type"]),
        source_id=sid if sid >= 0 or obs is None else int(obs["source_id"]),
        obs_id=int(r["obs_id"]),
        indicator=text("indicator"),
        reporter=text("reporter"),
        partner=text("partner"),
        subject=str(obs["subject"]) if obs is not None else str(params.get("subject", "")),
        start=start,
        end=end,
        point=point,
        value=value,
        unit=unit,
        qualifier=qual or "exact",
        status=text("status"),
        params=params,
        change=change,
        change_unit=c_unit,
        change_qualifier=c_qual or "exact",
    )


def with_intervals(claims: list[Claim], tolerance_pp: float) -> list[Claim]:
    """The claims with their level and change intervals, computed in one pass."""
    if not claims:
        return claims
    value = np.array([c.value for c in claims], dtype="float64")
    lo, hi = level_interval(value, np.array([c.qualifier for c in claims], dtype=object))
    pct, c_lo, c_hi = change_interval(
        np.array([c.change for c in claims], dtype="float64"),
        np.array([c.change_unit for c in claims], dtype=object),
        np.array([c.change_qualifier for c in claims], dtype=object),
        tolerance_pp,
    )
    return [
        replace(c, lo=a, hi=b, change_pct=p, change_lo=x, change_hi=y)
        for c, a, b, p, x, y in zip(
            claims,
            lo.tolist(),
            hi.tolist(),
            pct.tolist(),
            c_lo.tolist(),
            c_hi.tolist(),
            strict=True,
        )
    ]


def implicit_claims(d: Data, referred: set[int]) -> list[Claim]:
    """Observations with a reported change that no stored claim refers to: growth claims."""
    a = d.with_change(referred)
    return [
        Claim(
            claim_id=-int(r["obs_id"]),
            claim_type="growth",
            source_id=int(r["source_id"]),
            obs_id=int(r["obs_id"]),
            indicator=str(r["indicator"]),
            reporter=str(r["reporter"]),
            partner=str(r["partner"]),
            subject=str(r["subject"]),
            start=int(r["period_start"]),
            end=int(r["period_end"]),
            point=bool(r["period_point"]),
            value=float(r["value"]),
            unit=str(r["unit"]),
            qualifier=str(r["qualifier"]) or "exact",
            status=str(r["status"]),
            change=float(r["change_value"]),
            change_unit=str(r["change_unit"]),
            change_qualifier=str(r["change_qualifier"]) or "exact",
        )
        for r in a
    ]
