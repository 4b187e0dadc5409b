"""A checked claim in the reader's language: who said what, for which period, and the
verdict of the claim check, with the numbers behind a disputed base (catalogue messages,
like :mod:`app.services.briefing.phrases`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain.analytics import CONFLICTING
from app.domain.analytics.claims import CONSISTENT, INCONSISTENT
from app.services.briefing.phrases import Words


@dataclass(frozen=True)
class ClaimFacts:
    """What a claim check needs to be said: the claim (as quoted or as a figure), who
    made it, the verdict and, for a growth claim whose base is disputed, the numbers."""

    claim_type: str
    verdict: str
    claimed: str  # the claim in the reader's words, or the quote as published
    period: str
    who: str  # speaker or publisher
    expectation: bool = False  # stated before the outcome was known
    prior: str = ""  # growth: the base window
    implied: str = ""  # growth: the base the claim implies ("below $2.05 billion")
    other: str = ""  # growth: another source's base figure


def claim_sentence(w: Words, f: ClaimFacts) -> str:
    tr = w.tr
    if f.verdict == CONFLICTING and f.claim_type == "growth" and f.other:
        text = tr.format(
            "{who} reported {claimed} for {period}; that cannot be confirmed: it implies "
            "{prior} {implied}, while another source gives {other} for {prior}, so the "
            "sources disagree about the base.",
            who=f.who,
            claimed=f.claimed,
            period=f.period,
            prior=f.prior,
            implied=f.implied,
            other=f.other,
        )
    else:
        said = {
            CONFLICTING: tr.gettext(
                "{who} reported {claimed} for {period}; the stored sources disagree, so it is "
                "neither confirmed nor contradicted."
            ),
            CONSISTENT: tr.gettext(
                "{who}: {claimed} ({period}) — consistent with the stored figures."
            ),
            INCONSISTENT: tr.gettext(
                "{who}: {claimed} ({period}) — contradicted by the stored figures."
            ),
        }.get(
            f.verdict,
            tr.gettext("{who}: {claimed} ({period}) — cannot be checked with the stored figures."),
        )
        text = said.format(who=f.who, claimed=f.claimed, period=f.period)
    if f.expectation:
        text += " " + tr.gettext("It was stated as an expectation, before the outcome.")
    return text


def claimed_words(w: Words, claim_type: str, row: dict[str, object]) -> str:
    """A claim in the reader's words, from the claim's own fields (growth, level, record
    and streak claims); '' for other kinds (the caller quotes the source instead)."""
    tr = w.tr
    if claim_type == "growth":
        pct = _float(row.get("change_value"))
        if not math.isfinite(pct):
            return ""
        unit = str(row.get("change_unit", ""))
        if unit == "times":
            return tr.format("{n} times as much", n=w.amount(pct, "count"))
        change = w.change(pct, as_printed=True)
        qualifier = str(row.get("change_qualifier", ""))
        if qualifier == "more_than":
            return tr.format("a change of more than {change}", change=change)
        if qualifier == "less_than":
            return tr.format("a change of less than {change}", change=change)
        if qualifier == "about":
            return tr.format("a change of about {change}", change=change)
        if qualifier == "nearly":
            return tr.format("a change of nearly {change}", change=change)
        if qualifier == "up_to":
            return tr.format("a change of up to {change}", change=change)
        return tr.format("a change of {change}", change=change)
    if claim_type == "level":
        value = _float(row.get("value"))
        if not math.isfinite(value):
            return ""
        return w.figure(value, str(row.get("unit", "")), str(row.get("qualifier", "")))
    if claim_type == "record":
        return tr.gettext("a record")
    if claim_type == "record_streak":
        n = int(_float(row.get("length")) if math.isfinite(_float(row.get("length"))) else 0)
        if n:
            return tr.nformat("{n} record in a row", "{n} records in a row", n)
        return tr.gettext("records in a row")
    return ""


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
