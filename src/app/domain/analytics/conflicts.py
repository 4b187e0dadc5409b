"""Conflicts: stored figures that should agree and do not.

Two kinds:

- ``sources``: several rows for one figure key (indicator, reporter, partner, subject,
  period) whose levels disagree by more than ``tolerance`` (relative, default 2 %);
- ``mirror``: the same quantity stated by each side of the pair — reporter and partner
  swapped for a symmetric indicator (``trade_turnover``, or an indicator whose code names
  its direction, such as ``tourist_arrivals_from_CHN``), or A's ``imports_from_partner`` B
  against B's ``exports_to_partner`` A.

Bounds count as bounds: "more than $3 bn" does not conflict with $3.1 bn. Each conflict
says which value the analytics use (the preferred row, else the rule of :mod:`figures`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np
import pandas as pd

from app.domain.analytics.figures import keyed
from app.domain.analytics.intervals import level_bounds
from app.domain.edits import SetValues
from app.domain.model import FIGURE_KEY
from app.domain.periods import period_label

SYMMETRIC_INDICATORS = frozenset({"trade_turnover"})
COUNTERPART_INDICATORS = {"imports_from_partner": "exports_to_partner"}
_NAMES_DIRECTION = re.compile(r"_[A-Z]{3}(?:_|$)")

CONFLICT_COLUMNS = (
    "conflict_id",
    "kind",
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period_start",
    "period_end",
    "period",
    "unit",
    "n",
    "min",
    "max",
    "spread_abs",
    "spread_pct",
    "obs_ids",
    "values",
    "source_ids",
    "preferred_obs_id",
    "used_obs_id",
    "used_rule",
)


def is_symmetric(indicator: str, symmetric: Collection[str] = SYMMETRIC_INDICATORS) -> bool:
    """True when swapping reporter and partner leaves the quantity the same."""
    return indicator in symmetric or bool(_NAMES_DIRECTION.search(indicator))


def find_conflicts(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    tolerance: float = 0.02,
    symmetric: Collection[str] = SYMMETRIC_INDICATORS,
) -> pd.DataFrame:
    """Every disagreement, one row per group (columns CONFLICT_COLUMNS)."""
    k = keyed(observations, sources, months_only=False)
    k = k[np.isfinite(k["value"].to_numpy())]
    rows = [*_source_conflicts(k, tolerance), *_mirror_conflicts(k, tolerance, symmetric)]
    if not rows:
        return pd.DataFrame({c: [] for c in CONFLICT_COLUMNS})
    return pd.DataFrame(rows, columns=list(CONFLICT_COLUMNS))


def _source_conflicts(k: pd.DataFrame, tolerance: float) -> list[dict[str, object]]:
    key = list(FIGURE_KEY)
    dup = k[k.duplicated(key, keep=False)]
    lo, hi = level_bounds(dup["value"].to_numpy(), dup["qualifier"].to_numpy())
    grouped = pd.DataFrame({"lo": lo, "hi": hi}, index=dup.index).groupby(
        [dup[c] for c in key], sort=False, observed=True
    )
    # the test of _disagree, on every group at once: only losers go through Python
    split = (
        grouped["lo"].transform("max") > grouped["hi"].transform("min") * (1.0 + tolerance)
    ).to_numpy()
    bad = dup[split]
    return [_conflict("sources", g) for _, g in bad.groupby(key, sort=True, observed=True)]


def _mirror_conflicts(
    k: pd.DataFrame, tolerance: float, symmetric: Collection[str]
) -> list[dict[str, object]]:
    fig = _chosen(k)
    fig = fig[(fig["reporter"] != "") & (fig["partner"] != "")]
    ind = fig["indicator"].to_numpy(dtype=object)
    sym = np.array([is_symmetric(str(i), symmetric) for i in ind], dtype=bool)
    counter = np.array([COUNTERPART_INDICATORS.get(str(i), "") for i in ind], dtype=object)
    wanted = sym | (counter != "")
    # the indicator the other side's row must have
    left = fig[wanted].assign(target=np.where(sym, ind, counter)[wanted])
    right = fig.rename(
        columns={"indicator": "target", "reporter": "partner", "partner": "reporter"}
    )
    on = ["target", "reporter", "partner", *FIGURE_KEY[3:]]
    pairs = left.merge(right[[*on, "obs_id"]], on=on, suffixes=("", "_m"))
    # a symmetric pair is found from both sides: keep one
    twice = np.array([is_symmetric(str(i), symmetric) for i in pairs["indicator"]], dtype=bool)
    pairs = pairs[~twice | (pairs["reporter"] < pairs["partner"]).to_numpy()]
    by_id = fig.set_index("obs_id")
    a_lo, a_hi = level_bounds(*_value_qual(by_id, pairs["obs_id"].to_numpy()))
    b_lo, b_hi = level_bounds(*_value_qual(by_id, pairs["obs_id_m"].to_numpy()))
    top = np.maximum(a_lo, b_lo)
    split = top > np.minimum(a_hi, b_hi) * (1.0 + tolerance)
    return [
        _conflict("mirror", by_id.loc[[a, b]].reset_index())
        for a, b in zip(pairs["obs_id"][split], pairs["obs_id_m"][split], strict=True)
    ]


def _value_qual(by_id: pd.DataFrame, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows = by_id.loc[ids]
    return rows["value"].to_numpy(), rows["qualifier"].to_numpy()


def _chosen(k: pd.DataFrame) -> pd.DataFrame:
    """The used row of each figure key of already keyed rows (same rule as figures)."""
    ordered = k.sort_values(["preferred", "published", "obs_id"], ascending=False, kind="mergesort")
    return ordered[~ordered.duplicated(list(FIGURE_KEY), keep="first")]


def _conflict(kind: str, g: pd.DataFrame) -> dict[str, object]:
    g = g.sort_values("obs_id")
    used = g.sort_values(
        ["preferred", "published", "obs_id"], ascending=False, kind="mergesort"
    ).iloc[0]
    values = g["value"].to_numpy(dtype="float64")
    first = g.iloc[0]
    pref = g[g["preferred"].to_numpy(dtype=bool)]
    start, end = int(first["period_start"]), int(first["period_end"])
    cid = (
        f"{kind}:{first['indicator']}:{first['reporter']}:{first['partner']}:"
        f"{first['subject']}:{start}-{end}"
    )
    return {
        "conflict_id": cid,
        "kind": kind,
        "indicator": str(first["indicator"]),
        "reporter": str(first["reporter"]),
        "partner": str(first["partner"]),
        "subject": str(first["subject"]),
        "period_start": start,
        "period_end": end,
        "period": period_label(start, end, bool(first["period_point"])),
        "unit": str(first["unit"]),
        "n": len(g),
        "min": float(values.min()),
        "max": float(values.max()),
        "spread_abs": float(values.max() - values.min()),
        "spread_pct": float((values.max() / values.min() - 1.0) * 100.0)
        if values.min() > 0
        else float("nan"),
        "obs_ids": tuple(int(i) for i in g["obs_id"]),
        "values": tuple(float(v) for v in values),
        "source_ids": tuple(int(s) for s in g["source_id"]),
        "preferred_obs_id": int(pref["obs_id"].iloc[0]) if len(pref) else -1,
        "used_obs_id": int(used["obs_id"]),
        "used_rule": "preferred"
        if bool(used["preferred"])
        else ("most recently published" if kind == "sources" else "each side's own figure"),
    }


def prefer(observations: pd.DataFrame, obs_ids: Collection[int], chosen: int) -> SetValues:
    """The undoable edit that marks ``chosen`` preferred among ``obs_ids`` (others unmarked)."""
    ids = [int(i) for i in obs_ids]
    if chosen not in ids:
        raise ValueError(f"observation {chosen} is not part of this conflict")
    rows = observations.set_index("obs_id").loc[ids]
    old = tuple(bool(x) for x in rows["preferred"])
    new = tuple(i == chosen for i in ids)
    return SetValues(ids, {"preferred": (old, new)}, text="Mark preferred value")
