"""One row per claim, each checked by the checker of its type."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from app.domain.analytics import plain
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
from app.domain.analytics.claim_checks.frames import Data, ScopedData, mirror_indicator
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
    return checks_frame(check_rows(observations, sources, claims, records, options))


def check_rows(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    claims: pd.DataFrame,
    records: dict[str, pd.DataFrame],
    options: CheckOptions = _DEFAULT_OPTIONS,
) -> list[dict[str, Any]]:
    """The rows of :func:`check_all_claims` as dicts, before they are a frame (a report
    reads its pair's few checks as rows: a frame of them costs more than checking them)."""
    stored = normalise_records("claims", claims)
    data = Data(observations, sources, {**records, "claims": stored}, options.tolerance_pp)
    rows = cast(list[dict[Hashable, Any]], plain.records(stored))
    return _check_rows(data, rows, options)


def checks_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Check rows (:func:`check_by_scope`) as the frame :func:`check_all_claims` returns."""
    if not rows:
        return pd.DataFrame({c: [] for c in CHECK_COLUMNS})
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS))


@dataclass(frozen=True)
class Scope:
    """The claims of one indicator and subject, checked against that series' rows only
    (as :func:`check_all_claims` on those rows would check them)."""

    indicator: str
    subject: str
    #: the stored claims (rows of the normalised ``claims`` table)
    claims: pd.DataFrame
    #: obs ids whose reported change is checked as an implicit claim (None: every one)
    implicit: Collection[int] | None = None
    #: ``claims``' rows as plain dicts when the caller read them already (None: read here)
    rows: list[dict[Hashable, Any]] | None = None


def check_by_scope(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    records: dict[str, pd.DataFrame],
    scopes: Sequence[Scope],
    options: CheckOptions = _DEFAULT_OPTIONS,
) -> list[list[dict[str, Any]]]:
    """The check rows of each scope: the result of :func:`check_all_claims` on the rows of
    its indicator and subject (with ``scope.claims`` as the claims table), implicit claims
    kept to ``scope.implicit``, for many scopes in one pass over ``observations``."""
    data = Data(observations, sources, records, options.tolerance_pp)
    views = [ScopedData(data, s.indicator, s.subject, s.claims) for s in scopes]
    # a column at a time (to_dict boxes cell by cell: 2 ms for a scope's few claims)
    stored = [
        s.rows if s.rows is not None else cast(list[dict[Hashable, Any]], plain.records(s.claims))
        for s in scopes
    ]
    data.prefetch_obs([int(r["obs_id"]) for rows in stored for r in rows])
    bare = [
        _claims_of(v, rows, s.implicit) for v, rows, s in zip(views, stored, scopes, strict=True)
    ]
    # every scope's intervals in one pass (a few claims each: numpy's cost is per call)
    every = iter(with_intervals([c for claims in bare for c in claims], options.tolerance_pp))
    listed = [[next(every) for _c in claims] for claims in bare]
    data.prefetch([k for claims in listed for c in claims for k in _series_keys(c)])
    return [
        [_row(c, _check(c, v, options)) for c in claims]
        for v, claims in zip(views, listed, strict=True)
    ]


def _claims_of(
    data: Data, stored: list[dict[Hashable, Any]], implicit: Collection[int] | None
) -> list[Claim]:
    """The stored claims (their blanks filled) and the implicit growth claims, their
    intervals not set yet (:func:`with_intervals`)."""
    listed = [claim_from_row(r, data) for r in stored]
    # a stored growth claim stands for its figure's reported change; a record or rank
    # claim on the same figure does not
    referred = {c.obs_id for c in listed if c.obs_id >= 0 and c.claim_type == "growth"}
    extra = implicit_claims(data, referred)
    if implicit is not None:
        wanted = set(implicit)
        extra = [c for c in extra if c.obs_id in wanted]
    return listed + extra


def _series_keys(c: Claim) -> tuple[tuple[str, str, str, str], ...]:
    """The series a claim's check reads first: its own, and the other side's."""
    own = (c.indicator, c.reporter, c.partner, c.subject)
    mirror = mirror_indicator(c.indicator)
    if mirror and c.reporter and c.partner:
        return own, (mirror, c.partner, c.reporter, c.subject)
    return (own,)


def _check_rows(
    data: Data, stored: list[dict[Hashable, Any]], options: CheckOptions
) -> list[dict[str, Any]]:
    data.prefetch_obs([int(r["obs_id"]) for r in stored])
    listed = with_intervals(_claims_of(data, stored, None), options.tolerance_pp)
    data.prefetch([k for c in listed for k in _series_keys(c)])
    return [_row(c, _check(c, data, options)) for c in listed]


def _check(c: Claim, d: Data, opt: CheckOptions) -> Check:
    checker = _CHECKERS.get(c.claim_type)
    if checker is None:
        return cannot(c, f"the claim type {c.claim_type!r} is unknown")
    return checker(c, d, opt)


def _row(c: Claim, check: Check) -> dict[str, Any]:
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
