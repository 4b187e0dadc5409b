"""Level claims: a figure against the other sources' figures for the same window."""

from __future__ import annotations

import math

from app.domain.analytics.claim_checks.common import (
    CONFLICTING,
    Check,
    CheckOptions,
    Claim,
    Rows,
    window_rows,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.sentences import (
    cannot,
    figs_text,
    ids_of,
    indicator_words,
    sentence,
)
from app.domain.analytics.claims import CONSISTENT


def check_level(c: Claim, d: Data, opt: CheckOptions) -> Check:
    if not (math.isfinite(c.value) and c.has_period):
        return cannot(c, "a level claim needs a level and a period to be checked")
    rows = window_rows(
        d.rows(c.indicator, c.reporter, c.partner, c.subject), c.start, c.end, c.point
    )
    head = f"{c.reporter}'s {c.level} for {c.period} ({d.src.cite(c.source_id)})"
    others = other_sources(c, d, rows)
    if not others:
        pair = ", ".join(x for x in (c.reporter, c.partner) if x)
        body = (
            f"no other source gives {indicator_words(c.indicator)} ({pair}) for {c.period}, so "
            f"{head} is not checked"
        )
        return cannot(c, body)
    return level_verdict(c, d, others, head)


def other_sources(c: Claim, d: Data, rows: Rows) -> Rows:
    """Rows of other sources than the claim's; other speakers first."""
    others = [r for r in rows if r["obs_id"] != c.obs_id and r["source_id"] != c.source_id]
    return sorted(others, key=lambda r: d.src.same_speaker(c.source_id, int(r["source_id"])))


def level_verdict(c: Claim, d: Data, others: Rows, head: str) -> Check:
    lo, hi = c.lo, c.hi
    agree = [r for r in others if r["lo"] <= hi and r["hi"] >= lo]
    disagree = [r for r in others if not (r["lo"] <= hi and r["hi"] >= lo)]
    ids, sids = ids_of(others), ids_of(others, "source_id")
    if not disagree:
        body = (
            f"{head} agrees with {figs_text(d, agree, period=False)} within the qualifiers and the "
            "rounding of print: consistent"
        )
        return Check(CONSISTENT, sentence(body, c), ids, sids)
    body = f"{head} is not met by {figs_text(d, disagree, period=False)}"
    if agree:
        verb = "agrees" if len(agree) == 1 else "agree"
        body += f", while {figs_text(d, agree, period=False)} {verb}"
    return Check(CONFLICTING, sentence(body + ": the sources conflict", c), ids, sids)
