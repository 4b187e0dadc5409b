"""Growth claims: the base a claimed change implies, against the figures of a year earlier."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np

from app.domain.analytics.claim_checks.common import (
    CONFLICTING,
    INF,
    Check,
    CheckOptions,
    Claim,
    Rows,
    window_rows,
)
from app.domain.analytics.claim_checks.frames import Data
from app.domain.analytics.claim_checks.sentences import (
    cannot,
    change_text,
    fig_text,
    figs_text,
    ids_of,
    indicator_words,
    is_are,
    range_words,
    sentence,
    windows_of_year,
)
from app.domain.analytics.claims import CONSISTENT, INCONSISTENT
from app.domain.analytics.intervals import growth_bounds
from app.domain.model import change_words
from app.domain.periods import period_label


def check_growth(c: Claim, d: Data, opt: CheckOptions) -> Check:
    change = change_words(c.change, c.change_unit, c.change_qualifier)
    if not c.has_period or not math.isfinite(c.change_pct):
        why = "no period" if not c.has_period else "no change in % or times"
        return cannot(c, f"cannot check {change or 'the claim'}: it gives {why}")
    if not (math.isfinite(c.value) and c.value > 0):
        return cannot(c, f"{change} for {c.period} states no level, so it implies no base")
    c_lo, c_hi, v_lo, v_hi = c.change_lo, c.change_hi, c.lo, c.hi
    base_lo = v_lo / (1.0 + c_hi / 100.0) if math.isfinite(c_hi) else 0.0
    base_hi = v_hi / (1.0 + c_lo / 100.0) if math.isfinite(v_hi) and c_lo > -100.0 else INF
    prior = period_label(c.start - 12, c.end - 12, c.point)
    who = f"{c.reporter}'s " if c.reporter else ""
    head = (
        f"{who}{c.level} for {c.period} and {change} ({d.src.cite(c.source_id)}) imply "
        f"{prior} {range_words(base_lo, base_hi, c.unit)}"
    )
    bases = _bases(c, d, base_lo, base_hi)
    if not bases:
        check = _growth_missing(c, d, head, prior)
    else:
        check = _growth_verdict(c, d, bases, head, prior, (v_lo, v_hi))
    return replace(check, implied_lo=base_lo, implied_hi=base_hi)


def _bases(c: Claim, d: Data, lo: float, hi: float) -> Rows:
    """Stored figures for the same window a year earlier: the claimant's statistics first,
    then its reporter, then the other side. Flags ``inside``, ``own``, ``same_rep``."""
    both = d.rows(c.indicator, c.reporter, c.partner, c.subject) + d.other_side(
        c.indicator, c.reporter, c.partner, c.subject
    )
    bases = [
        {
            **r,
            "inside": r["lo"] <= hi and r["hi"] >= lo,
            "own": d.src.same_statistics(c.source_id, int(r["source_id"])),
            "same_rep": r["reporter"] == c.reporter,
        }
        for r in window_rows(both, c.start - 12, c.end - 12, c.point)
    ]
    bases.sort(key=lambda r: str(r["published"]), reverse=True)
    bases.sort(key=lambda r: (not r["own"], not r["same_rep"]))
    return bases


def _growth_verdict(
    c: Claim,
    d: Data,
    bases: Rows,
    head: str,
    prior: str,
    level: tuple[float, float],
) -> Check:
    ins = [b for b in bases if b["inside"]]
    outs = [b for b in bases if not b["inside"]]
    ids, sids = ids_of(bases), ids_of(bases, "source_id")
    if ins and outs:
        body = (
            f"{head}; {figs_text(d, outs)} {is_are(len(outs))} outside that, while "
            f"{figs_text(d, ins)} {is_are(len(ins))} within it: the sources disagree about the "
            f"{prior} base"
        )
        return Check(CONFLICTING, sentence(body, c), ids, sids)
    if not ins:
        return _growth_all_outside(c, d, bases, head, prior, level)
    same = [b for b in bases if b["same_rep"] or b["own"]]
    if not same:
        body = (
            f"{head}; only the other side's figure is stored, {figs_text(d, bases)}, within it, "
            f"but not {c.reporter}'s own {prior} figure, so the claim is not checked against "
            "its own series"
        )
        return cannot(c, body, obs_ids=ids, source_ids=sids)
    basis = same[0]
    body = f"{head}; {fig_text(d, basis)} is within it, a change of {_change_of(level, basis)}"
    return Check(CONSISTENT, sentence(body + ": consistent", c), ids, sids)


def _change_of(level: tuple[float, float], base: dict[str, Any]) -> str:
    lo, hi = growth_bounds(
        np.array([level[0]]), np.array([level[1]]), np.array([base["lo"]]), np.array([base["hi"]])
    )
    return change_text(float(lo[0]), float(hi[0]))


def _growth_all_outside(
    c: Claim,
    d: Data,
    bases: Rows,
    head: str,
    prior: str,
    level: tuple[float, float],
) -> Check:
    """Every stored base is outside the implied range: refuted only by the claimant's own
    series (its statistics, or several agreeing sources of its reporter)."""
    ids, sids = ids_of(bases), ids_of(bases, "source_id")
    own = [b for b in bases if b["own"]]
    same = [b for b in bases if b["same_rep"]]
    n_same = len({int(b["source_id"]) for b in same})
    agreeing = n_same >= 2 and max(b["lo"] for b in same) <= min(b["hi"] for b in same)
    if own or agreeing:
        basis = own[0] if own else same[0]
        why = (
            "the claimant's own statistics"
            if own
            else f"{n_same} sources of {c.reporter} agree on it"
        )
        body = (
            f"{head}; {fig_text(d, basis)} is outside that, a change of "
            f"{_change_of(level, basis)} ({why}): inconsistent"
        )
        return Check(INCONSISTENT, sentence(body, c), ids, sids)
    body = (
        f"{head}; {figs_text(d, bases)} {is_are(len(bases))} outside that: the sources disagree "
        f"about the {prior} base, so no change is computed"
    )
    return Check(CONFLICTING, sentence(body, c), ids, sids)


def _growth_missing(c: Claim, d: Data, head: str, prior: str) -> Check:
    """No base for the same window: say so, with what else is stored for that year."""
    rows = d.rows(c.indicator, c.reporter, c.partner, c.subject)
    pair = ", ".join(x for x in (c.reporter, c.partner) if x)
    body = f"{head}, but no {prior} figure of {indicator_words(c.indicator)} ({pair}) is stored"
    near, n = windows_of_year(rows, (c.start - 12) // 12)
    if n:
        body += f"; only {near} {is_are(n)} stored, not the same window"
    extra, ids, sids = _corroboration(c, d, rows)
    return cannot(c, body + extra, obs_ids=ids, source_ids=sids)


def _corroboration(c: Claim, d: Data, rows: Rows) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Another speaker's reported change for the same figure: a claim too, not a base."""
    other = [
        r
        for r in window_rows(rows, c.start, c.end, c.point)
        if math.isfinite(r["change_value"])
        and r["obs_id"] != c.obs_id
        and not d.src.same_speaker(c.source_id, int(r["source_id"]))
    ]
    if not other:
        return "", (), ()
    agree = [r["change_lo"] <= c.change_hi and r["change_hi"] >= c.change_lo for r in other]
    first = other[agree.index(True)] if any(agree) else other[0]
    said = change_words(
        float(first["change_value"]), str(first["change_unit"]), str(first["change_qualifier"])
    )
    word = "agrees with" if any(agree) else "differs from"
    text = (
        f"; {said} for the same window from {d.src.by(int(first['source_id']))} {word} the "
        "claimed change, but that is another claim, not a base"
    )
    return text, (int(first["obs_id"]),), (int(first["source_id"]),)
