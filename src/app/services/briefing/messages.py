"""The note's key messages: candidates from the analytics, ranked by importance.

How a message ranks (the score is a sum; the closing note of issue 19 and the README say
the same):

- **Topic**: trade first, then investment, energy, projects, tourism, transport, business,
  others (:data:`TOPIC_WEIGHT`); within a topic the indicator with the most stored figures
  is its headline (up to +10).
- **Recency**: the latest figure's period ends within a year of the pair's newest figure:
  no penalty; each further year costs 6.
- **News**: a record (+10), a large change on a year earlier (|change| >= 25 %: +6), a
  claim that fails or on which the sources disagree (+12; it is stated in the message),
  a claim confirmed (+4).
- **Events and projects**: the latest events and project milestones of the last twelve
  months (25, less 1 per month of age).
- **Variety**: the second message of a topic loses 15, the third 30, so that one topic
  cannot fill the note.

The user's pins come first, whatever their score; dropped messages never print. The note
prints at least :data:`MIN_MESSAGES` and at most :data:`MAX_MESSAGES`, those scoring
:data:`THRESHOLD` or more beyond the minimum.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from app.domain.analytics import CONFLICTING
from app.domain.analytics.claims import CONSISTENT, INCONSISTENT
from app.domain.analytics.records import RECORD, RecordStatus
from app.domain.chart import ChartSpec
from app.domain.model import FORWARD_STATUSES
from app.domain.periods import PeriodKind, period_kind
from app.services.briefing.claim_phrases import ClaimFacts, claim_sentence
from app.services.briefing.figure_texts import format_changes
from app.services.briefing.model import BriefingEvent, Cited, Headline, KeyMessage, copied
from app.services.briefing.phrases import Words, change_clause, topic_name

TOPIC_WEIGHT = {
    "Trade": 60.0,
    "Investment": 45.0,
    "Energy": 40.0,
    "Projects": 38.0,
    "Tourism": 36.0,
    "Transport": 28.0,
    "Business": 22.0,
}
OTHER_TOPIC = 18.0
MIN_MESSAGES, MAX_MESSAGES = 4, 8
THRESHOLD = 30.0
LARGE_CHANGE = 25.0
VARIETY_PENALTY = 15.0


@dataclass(frozen=True)
class ClaimNote:
    """A checked claim about a section's figures, ready to be said."""

    key: str
    facts: ClaimFacts
    notes: tuple[int, ...]

    @property
    def severity(self) -> int:
        """3: fails or the sources disagree; 2: a record, first or streak confirmed, or a
        reported change that cannot be checked (the reader should know it is unverified);
        1: other claims that cannot be checked; 0: a level confirmed (it repeats the
        figure)."""
        verdict, kind = self.facts.verdict, self.facts.claim_type
        if verdict in (INCONSISTENT, CONFLICTING):
            return 3
        if verdict == CONSISTENT:
            return 0 if kind == "level" else 2
        return 2 if kind == "growth" else 1


@dataclass
class SectionFacts:
    """What the builder learned about one indicator that a key message may state."""

    key: str
    name: str
    topic: str
    latest: Headline
    figures: int
    record: RecordStatus | None = None
    record_notes: tuple[int, ...] = ()
    claims: list[ClaimNote] = field(default_factory=list)
    chart: ChartSpec | None = None

    @property
    def lead_claim(self) -> ClaimNote | None:
        """The weightiest claim about the indicator (the headline states it)."""
        return max(self.claims, key=lambda c: c.severity, default=None)


def _topic_weight(topic: str) -> float:
    return TOPIC_WEIGHT.get(topic, OTHER_TOPIC)


def _age_penalty(end_month: int, newest: int) -> float:
    years = max(0, newest - end_month - 11) / 12
    return 6.0 * math.ceil(years)


def headline_message(
    w: Words, f: SectionFacts, bulk: float, newest: int, change: str | None = None
) -> KeyMessage:
    """The latest figure of an indicator, its change like for like, its record standing
    and the weightiest claim about it, in one message; ``change``: its change clause when
    the caller made it already (:func:`change_clauses`)."""
    tr = w.tr
    fig = f.latest.figure
    parts = [tr.format("{name}: {figure}", name=f.name, figure=f.latest.text.text)]
    notes = list(f.latest.text.notes)
    reasons = [tr.format("latest figure of {topic}", topic=topic_name(w, f.topic))]
    score = _topic_weight(f.topic) + bulk - _age_penalty(fig.period_end, newest)
    if change is None:
        change = change_clause(w, f.latest.change_percent, fig.period_start, fig.period_end)
    if change:
        parts.append(change)
        if abs(f.latest.change_percent or 0.0) >= LARGE_CHANGE:
            score += 6
            reasons.append(tr.gettext("large change on a year earlier"))
    if f.record is not None and f.record.status == RECORD:
        parts.append(
            tr.nformat(
                "the highest of {n} stored year",
                "the highest of {n} stored years",
                f.record.years_stored,
            )
            if f.record.window == "year"
            else tr.gettext("the highest stored figure for these months")
        )
        # the record is Corridor's reading of the stored series (the dossier cites each
        # year); the message cites the figure it states
        score += 10
        reasons.append(tr.gettext("a record"))
    text = "; ".join(parts) + "."
    claim = f.lead_claim
    if claim is not None and claim.severity >= 2:
        text += " " + claim_sentence(w, claim.facts)
        notes += claim.notes
        score += 12 if claim.severity == 3 else 4
        if claim.severity == 3:
            reasons.append(tr.gettext("a claim about it fails or the sources disagree"))
        elif claim.facts.verdict == CONSISTENT:
            reasons.append(tr.gettext("a claim about it is confirmed"))
        else:
            reasons.append(tr.gettext("a reported change cannot be checked"))
    return KeyMessage(
        key=f"headline:{f.key}",
        kind="headline",
        topic=f.topic,
        score=score,
        reason="; ".join(reasons),
        text=Cited(text, tuple(dict.fromkeys(notes)), "headline"),
        chart=f.chart,
    )


def change_clauses(w: Words, facts: Sequence[SectionFacts]) -> list[str]:
    """:func:`change_clause` of each fact's lead figure: the changes formatted a column at
    once, each prior period worded once (a dossier's 400 headlines share a few)."""
    heads = [f.latest for f in facts]
    changes = format_changes([h.change_percent for h in heads], w.locale)
    priors: dict[tuple[int, int], str] = {}
    out = []
    for h, change in zip(heads, changes, strict=True):
        start, end = h.figure.period_start, h.figure.period_end
        prior = priors.get((start, end))
        if prior is None:
            prior = priors[start, end] = w.prior(start, end)
        out.append(change_clause(w, h.change_percent, start, end, change, prior))
    return out


def claim_messages(w: Words, f: SectionFacts) -> list[KeyMessage]:
    """Claims that fail or conflict, other than the one the headline already states."""
    tr = w.tr
    out = []
    for claim in f.claims:
        if claim.severity < 3 or claim is f.lead_claim:
            continue
        out.append(
            KeyMessage(
                key=claim.key,
                kind="claim",
                topic=f.topic,
                score=_topic_weight(f.topic) / 2 + 12,
                reason=tr.gettext("a claim fails or the sources disagree"),
                text=Cited(
                    tr.format("{name}: ", name=f.name) + claim_sentence(w, claim.facts),
                    claim.notes,
                    "claim",
                ),
            )
        )
    return out


def event_messages(w: Words, events: Sequence[BriefingEvent], today: dt.date) -> list[KeyMessage]:
    """Events of the last twelve months (the newest scores highest)."""
    tr = w.tr
    now = today.year * 12 + today.month - 1
    out = []
    for ev in events:
        age = now - ev.last_month
        if not 0 <= age <= 12:
            continue
        out.append(
            KeyMessage(
                key=f"event:{ev.number}:{ev.date_start}",
                kind="event",
                topic="Events",
                score=25.0 - age,
                reason=tr.gettext("a recent event"),
                text=ev.line,
            )
        )
    return out


def project_messages(
    w: Words, milestones: Iterable[tuple[str, Cited, int]], today: dt.date
) -> list[KeyMessage]:
    """Project milestones of the last twelve months: (key, sentence, month index)."""
    tr = w.tr
    now = today.year * 12 + today.month - 1
    out = []
    for key, text, month in milestones:
        age = now - month
        if not 0 <= age <= 12:
            continue
        out.append(
            KeyMessage(
                key=key,
                kind="project",
                topic="Projects",
                score=25.0 - age,
                reason=tr.gettext("a recent project milestone"),
                text=text,
            )
        )
    return out


def candidates(
    w: Words,
    facts: Sequence[SectionFacts],
    events: Sequence[BriefingEvent],
    milestones: Iterable[tuple[str, Cited, int]],
    today: dt.date,
) -> list[KeyMessage]:
    """Every candidate message, best first (variety applied)."""
    newest = max((f.latest.figure.period_end for f in facts), default=0)
    most = Counter[str]()
    for f in facts:
        most[f.topic] = max(most[f.topic], f.figures)
    out: list[KeyMessage] = []
    for f, change in zip(facts, change_clauses(w, facts), strict=True):
        bulk = 10.0 * f.figures / max(most[f.topic], 1)
        out.append(headline_message(w, f, bulk, newest, change))
        out += claim_messages(w, f)
    out += event_messages(w, events, today)
    out += project_messages(w, milestones, today)
    out.sort(key=lambda m: -m.score)
    seen = Counter[str]()
    varied = []
    for m in out:
        varied.append(copied(m, score=m.score - VARIETY_PENALTY * seen[m.topic]))
        seen[m.topic] += 1
    varied.sort(key=lambda m: -m.score)
    return varied


def choose(
    ranked: Sequence[KeyMessage], pinned: Sequence[str], dropped: Sequence[str]
) -> list[KeyMessage]:
    """The note's messages: the pins first (in the user's order), then the best of the
    rest down to the threshold, between MIN_MESSAGES and MAX_MESSAGES in all."""
    by_key = {m.key: m for m in ranked}
    out = [replace(by_key[k], pinned=True) for k in pinned if k in by_key and k not in dropped]
    taken = {m.key for m in out}
    for m in ranked:
        if len(out) >= MAX_MESSAGES:
            break
        if m.key in taken or m.key in dropped:
            continue
        if len(out) >= MIN_MESSAGES and m.score < THRESHOLD:
            break
        out.append(m)
        taken.add(m.key)
    return out


#: the kind of period a key message prefers: a full year, then a year to date, then parts
_KIND_RANK = {
    PeriodKind.YEAR: 0,
    PeriodKind.YTD: 1,
    PeriodKind.HALF: 2,
    PeriodKind.QUARTER: 2,
    PeriodKind.RANGE: 2,
    PeriodKind.POINT: 2,
    PeriodKind.MONTH: 3,
}


#: the statuses of targets and plans (not outcomes), as the figures' texts
_FORWARD = frozenset(str(s) for s in FORWARD_STATUSES)


def lead_headline(headlines: list[Headline]) -> Headline:
    """The figure a key message states: an outcome (not a target or plan) of the last
    twelve months of the indicator, a full year or a year to date before a month or a
    quarter ("2025: $4.87 billion" rather than "Jan 2026: $417.8 million"), the newest
    year first ("Jan–Oct 2025" rather than "2024")."""
    outcomes = [h for h in headlines if h.figure.status not in _FORWARD] or headlines
    newest = max(h.figure.period_end for h in outcomes)
    recent = [h for h in outcomes if newest - h.figure.period_end < 12]

    def rank(h: Headline) -> tuple[int, int, int]:
        f = h.figure
        kind = _KIND_RANK.get(period_kind(f.period_start, f.period_end, f.point), 2)
        # a year or a year to date first, the newest year first, a full year before its
        # year to date: "Jan–Oct 2025" before "2024", "2025" before "Jan 2026"
        return (0 if kind <= 1 else 1), -(f.period_end // 12), kind

    return min(recent, key=rank)
