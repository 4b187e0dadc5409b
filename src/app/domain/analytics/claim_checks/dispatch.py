"""One row per claim, each checked by the checker of its type."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

from app.domain.analytics.claim_checks.claim_rows import (
    claim_from_row,
    implicit_claims,
    with_intervals,
)
from app.domain.analytics.claim_checks.common import (
    CHECK_COLUMNS,
    Check,
    CheckOptions,
    Claim,
    as_float,
    as_int,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.growth import check_growth
from app.domain.analytics.claim_checks.level import check_level
from app.domain.analytics.claim_checks.rank_share import (
    among_text,
    check_rank,
    check_share,
    ordinal,
)
from app.domain.analytics.claim_checks.records import check_record, check_streak, record_period
from app.domain.analytics.claim_checks.registry import check_first, check_sum_count
from app.domain.analytics.claim_checks.sentences import cannot
from app.domain.model import change_words, qualified_quantity
from app.domain.periods import period_label
from app.domain.records import normalise_records
from app.domain.units import format_quantity

_DEFAULT_OPTIONS = CheckOptions()


def check_all_claims(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    claims: pd.DataFrame,
    records: dict[str, pd.DataFrame],
    options: CheckOptions = _DEFAULT_OPTIONS,
) -> pd.DataFrame:
    """One row per claim (columns :data:`CHECK_COLUMNS`): stored claims, then implicit ones."""
    stored = normalise_records("claims", claims)
    data = Data(observations, sources, {**records, "claims": stored}, options.tolerance_pp)
    listed = [claim_from_row(r, data) for r in stored.to_dict("records")]
    # a stored growth claim stands for its figure's reported change; a record or rank
    # claim on the same figure does not
    referred = {c.obs_id for c in listed if c.obs_id >= 0 and c.claim_type == "growth"}
    listed = with_intervals(listed + implicit_claims(data, referred), options.tolerance_pp)
    rows = [_row(c, _check(c, data, options)) for c in listed]
    if not rows:
        return pd.DataFrame({c: [] for c in CHECK_COLUMNS})
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS))


def _check(c: Claim, d: Data, opt: CheckOptions) -> Check:
    checker = _CHECKERS.get(c.claim_type)
    if checker is None:
        return cannot(c, f"the claim type {c.claim_type!r} is unknown")
    return checker(c, d, opt)


def _row(c: Claim, check: Check) -> dict[str, object]:
    own = (c.obs_id,) if c.obs_id >= 0 else ()
    return {
        "claim_id": c.claim_id,
        "claim_type": c.claim_type,
        "source_id": c.source_id,
        "status": c.status,
        "obs_id": c.obs_id,
        "indicator": c.indicator,
        "reporter": c.reporter,
        "partner": c.partner,
        "period": c.period,
        "claimed": _claimed(c),
        "verdict": check.verdict,
        "explanation": check.explanation,
        "obs_ids": _unique(own + check.obs_ids),
        "source_ids": _unique((c.source_id, *check.source_ids)),
        "project_ids": _unique(check.project_ids),
        "implied_lo": check.implied_lo,
        "implied_hi": check.implied_hi,
        "series_reporter": check.series_reporter,
    }


def _unique(ids: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(i) for i in ids if int(i) >= 0))


def _claimed(c: Claim) -> str:
    """The claim in words."""
    p = c.params
    kind = c.claim_type
    if kind == "growth":
        return f"{change_words(c.change, c.change_unit, c.change_qualifier)} ({c.level})"
    if kind == "record":
        start, end = record_period(c)
        return f"a record {period_label(start, end)}" if c.has_period else "a record"
    if kind == "record_streak":
        return f"{as_int(p.get('length', p.get('n')))} consecutive records ending {c.period}"
    if kind == "first":
        return f"the {p.get('kind', 'first')} {p.get('of', '')} in {p.get('scope', c.partner)}"
    if kind == "rank":
        return f"{c.partner} {ordinal(as_int(p.get('rank')))} among {among_text(c)}"
    if kind == "sum_count":
        total = format_quantity(as_float(p.get("total")), str(p.get("total_unit", "MW")))
        return f"{as_int(p.get('count'))} {p.get('members') or 'projects'} totalling {total}"
    if kind == "share" and math.isfinite(as_float(p.get("share"))):
        return qualified_quantity(as_float(p.get("share")), "percent", c.qualifier)
    return c.level


_CHECKERS: dict[str, Callable[[Claim, Data, CheckOptions], Check]] = {
    "growth": check_growth,
    "level": check_level,
    "record": check_record,
    "record_streak": check_streak,
    "first": check_first,
    "rank": check_rank,
    "sum_count": check_sum_count,
    "share": check_share,
}
