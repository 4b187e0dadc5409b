"""Analytics that answer a briefing's questions, on the observations frame.

Comparable periods and year-on-year change (:mod:`growth`), figures derived from
year-to-date data (:mod:`derived`), records and streaks (:mod:`records`), full-year
projections (:mod:`projection`), claim checks (:mod:`claims` for reported growth,
:mod:`claim_checks` for every claim type), source conflicts (:mod:`conflicts`) and the
generated sentences (:mod:`narrative`). All pure pandas; every result carries the source
ids behind its numbers.

The names below load their module on first use (PEP 562): the desk's window needs a few of
them to open, and importing every analysis (claim checks, narrative) before it can answer
costs start-up time (PERFORMANCE.md: fully interactive ≤ 1.5 s).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.analytics.choice import choose_figures
    from app.domain.analytics.claim_checks import (
        CONFLICTING,
        CheckOptions,
        check_all_claims,
    )
    from app.domain.analytics.claims import (
        CANNOT_CHECK,
        CONSISTENT,
        INCONSISTENT,
        check_claims,
        claim_bounds,
        claimed_percent,
    )
    from app.domain.analytics.conflicts import find_conflicts, is_symmetric, prefer
    from app.domain.analytics.derived import derive_from_ytd
    from app.domain.analytics.growth import cagr, cagr_series, share_of_total, yoy_for
    from app.domain.analytics.narrative import (
        Sentence,
        conflict_sentence,
        indicator_sentences,
        pair_narrative,
        render_text,
    )
    from app.domain.analytics.projection import Projection, project_full_year
    from app.domain.analytics.records import (
        RecordMarks,
        RecordStatus,
        record_flags,
        record_history,
        record_marks,
        record_statuses,
        series_record_status,
    )

#: where each name lives (module of this package)
_HOMES = {
    "CONFLICTING": "claim_checks",
    "CheckOptions": "claim_checks",
    "check_all_claims": "claim_checks",
    "CANNOT_CHECK": "claims",
    "CONSISTENT": "claims",
    "INCONSISTENT": "claims",
    "check_claims": "claims",
    "claim_bounds": "claims",
    "claimed_percent": "claims",
    "find_conflicts": "conflicts",
    "is_symmetric": "conflicts",
    "prefer": "conflicts",
    "derive_from_ytd": "derived",
    "choose_figures": "choice",
    "cagr": "growth",
    "cagr_series": "growth",
    "share_of_total": "growth",
    "yoy_for": "growth",
    "Sentence": "narrative",
    "conflict_sentence": "narrative",
    "indicator_sentences": "narrative",
    "pair_narrative": "narrative",
    "render_text": "narrative",
    "Projection": "projection",
    "project_full_year": "projection",
    "RecordMarks": "records",
    "RecordStatus": "records",
    "record_flags": "records",
    "record_history": "records",
    "record_marks": "records",
    "record_statuses": "records",
    "series_record_status": "records",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


__all__ = [
    "CANNOT_CHECK",
    "CONFLICTING",
    "CONSISTENT",
    "INCONSISTENT",
    "CheckOptions",
    "Projection",
    "RecordMarks",
    "RecordStatus",
    "Sentence",
    "cagr",
    "cagr_series",
    "check_all_claims",
    "check_claims",
    "choose_figures",
    "claim_bounds",
    "claimed_percent",
    "conflict_sentence",
    "derive_from_ytd",
    "find_conflicts",
    "indicator_sentences",
    "is_symmetric",
    "pair_narrative",
    "prefer",
    "project_full_year",
    "record_flags",
    "record_history",
    "record_marks",
    "record_statuses",
    "render_text",
    "series_record_status",
    "share_of_total",
    "yoy_for",
]
