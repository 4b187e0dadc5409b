"""The claims of a text, sentence by sentence: every type's finder, then each claim finished."""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

from app.domain.periods import period_code
from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import ClaimCandidate, Found
from app.services.extraction.claims.carry import Carry, remember
from app.services.extraction.claims.figure_claims import figure_claims
from app.services.extraction.claims.first import first_claims
from app.services.extraction.claims.rank import rank_claims
from app.services.extraction.claims.records import record_claims, streak_claims, streak_matches
from app.services.extraction.claims.sentence import (
    Sentence,
    base_indicator,
    read_sentence,
    sentence_units,
)
from app.services.extraction.claims.sums import sum_claims
from app.services.extraction.extract import extract
from app.services.extraction.indicators import guess_indicator
from app.services.extraction.parties import document_parties


def extract_claims(text: str, published: date | None = None, url: str = "") -> list[ClaimCandidate]:
    """Every claim in ``text``; relative periods are resolved against ``published``."""
    figures = sorted(extract(text, published, url), key=lambda c: c.span[0])
    defaults = document_parties(text)
    carry = Carry()
    out: list[ClaimCandidate] = []
    for start, end in sentence_units(text):
        s = read_sentence(text, start, end, figures, published)
        found = _claims(s, carry)
        out.extend(_finish(s, f, carry, defaults, url) for f in found)
        remember(carry, s, found)
    return _dedupe(out)


def _claims(s: Sentence, carry: Carry) -> list[Found]:
    found: list[Found] = []
    found += first_claims(s)
    found += sum_claims(s)
    streaks = streak_matches(s)
    found += record_claims(s, streaks, carry)
    found += streak_claims(s, streaks, carry)
    found += rank_claims(s, carry)
    found += figure_claims(s)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _finish(
    s: Sentence,
    f: Found,
    carry: Carry,
    defaults: tuple[str | None, str | None],
    url: str,
) -> ClaimCandidate:
    indicator = f.indicator
    if indicator is None and f.type in (ClaimType.RECORD, ClaimType.RECORD_STREAK):
        indicator = guess_indicator("USD", s.text, s.text, False) or carry.indicator
    reporter, partner = f.reporter, f.partner
    if f.type is not ClaimType.RANK and reporter is None and partner is None:
        reporter, partner = s.parties
        if reporter is None and partner is None:
            reporter, partner = carry.reporter or defaults[0], carry.partner or defaults[1]
    text = f.period_text
    if not text and f.period is not None:
        text = period_code(f.period.start, f.period.end, f.period.point)
    return ClaimCandidate(
        type=f.type,
        indicator=base_indicator(indicator),
        reporter=reporter,
        partner=partner,
        period=f.period,
        period_text=text,
        value=float(f.value),
        unit=f.unit,
        qualifier=f.qualifier,
        status=f.status or s.status,
        params=f.params,
        quote=s.text,
        language=s.lang,
        url=url,
        span=(s.offset + f.start, s.offset + f.end),
    )


def _dedupe(claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The same claim restated (a headline and its lead) is kept once, in its first place."""
    seen: set[tuple[Any, ...]] = set()
    out: list[ClaimCandidate] = []
    for c in claims:
        key = (
            c.type,
            c.period.code() if c.period else None,
            None if math.isnan(c.value) else round(c.value, 6),
            c.unit,
            json.dumps(c.params, sort_keys=True, ensure_ascii=False),
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
