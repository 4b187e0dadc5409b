"""Figures in press text: value, unit, period, bound, guesses and the quote they came from.

``extract(text, published)`` walks sentence by sentence: numbers with their units
(:mod:`numbers`), periods (:mod:`periods`), bounds (:mod:`bounds`), growth rates attached to
their level (:mod:`figures`), indicator and country guesses. Work per sentence is bounded,
so time grows linearly with the text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from app.domain.periods import Period, period_code
from app.services.extraction.binding import paragraph_break
from app.services.extraction.bounds import bound_of
from app.services.extraction.figure_periods import (
    Context,
    converts,
    implied_period,
    later,
    open_year,
    periods_of,
    year_with_unit,
)
from app.services.extraction.figures import (
    Figure,
    attach_changes,
    is_growth,
    is_growth_text,
    move_changes,
    with_units,
)
from app.services.extraction.fiscal import fiscal_start
from app.services.extraction.indicators import guess_indicator
from app.services.extraction.languages import fragments
from app.services.extraction.numbers import scan_numbers
from app.services.extraction.parties import document_parties, guess_parties
from app.services.extraction.periods import Mention, find_periods
from app.services.extraction.scope import scope_of
from app.services.extraction.sentences import detect_language, sentence_spans
from app.services.extraction.status import figure_status


@dataclass(frozen=True, slots=True)
class Change:
    """The growth a source claims for a figure: +21.9 %, or 2.5 times."""

    value: float
    unit: str  # "%" or "times"
    qualifier: str = "exact"

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "qualifier": self.qualifier}


@dataclass(slots=True)
class Candidate:
    """One figure found in a text, editable before it becomes an observation."""

    value: float
    unit: str
    period: Period | None
    period_text: str
    qualifier: str
    reported_change: Change | None
    indicator: str | None
    reporter: str | None
    partner: str | None
    quote: str
    span: tuple[int, int]
    sentence_span: tuple[int, int]
    language: str
    status: str = "actual"
    url: str = ""
    #: "" for a figure between the two parties; else the words that make it a total with the
    #: world or a region ("to 50 countries", "Central Asia", "全球")
    scope: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "unit": self.unit,
            "period": self._period_json(),
            "qualifier": self.qualifier,
            "reported_change": self.reported_change.to_json() if self.reported_change else None,
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "quote": self.quote,
            "span": list(self.span),
            "language": self.language,
            "status": self.status,
            "bilateral": not self.scope,
            "scope": self.scope,
        }

    def _period_json(self) -> dict[str, Any] | None:
        p = self.period
        if p is None:
            return None
        return {
            "start": _ym(p.start),
            "end": _ym(p.end),
            "text": self.period_text,
            "point": p.point,
            "code": p.code(),
        }

    def to_observation_row(self, obs_id: int, source_id: int) -> dict[str, Any]:
        """A row of the observations table; raises ValueError without a period."""
        if self.period is None:
            raise ValueError("a figure needs a period before it can be stored")
        change = self.reported_change
        return {
            "obs_id": obs_id,
            "indicator": self.indicator or "",
            "reporter": self.reporter or "",
            "partner": self.partner or "",
            "subject": "",
            "period_start": self.period.start,
            "period_end": self.period.end,
            "period_point": self.period.point,
            "period_detail": "",  # press figures name months, quarters and years
            "period_text": self.period_text
            or period_code(self.period.start, self.period.end, self.period.point),
            "value": float(self.value),
            "unit": "percent" if self.unit == "%" else self.unit,
            "qualifier": self.qualifier,
            "status": self.status,
            "change_value": change.value if change else math.nan,
            "change_unit": change.unit if change else "",
            "change_qualifier": change.qualifier if change else "",
            "source_id": source_id,
            "preferred": False,
            "note": "",
        }


_DEMONSTRATIVE = re.compile(
    r"^(?:[^,.;:\d]{0,160},\s*)?(?:" + "|".join(fragments("demonstratives")) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def _continues_previous(sentence: str, found: list[Candidate], previous: Candidate) -> bool:
    """ "...reached $3.1 billion. This means a 43 percent increase.": the growth belongs to
    the figure of the sentence before."""
    return (
        len(found) == 1
        and found[0].unit in ("%", "times")
        and found[0].indicator is None
        and previous.reported_change is None
        and previous.unit not in ("%", "times")
        and _DEMONSTRATIVE.match(sentence) is not None
        and is_growth_text(sentence)
    )


_CLOSE = re.compile(r"[)）]")


def _narrowest(usable: list[Mention]) -> Mention:
    """ "this year, in the 9-month period": of periods within one another, the narrowest is
    the one the text goes on speaking of; of unrelated ones, the first."""
    first = usable[0].period
    assert first is not None
    nested = all(
        m.period is not None and m.period.start <= first.end and first.start <= m.period.end
        for m in usable
    )
    return min(usable, key=lambda m: m.period.months if m.period else 99) if nested else usable[0]


def _ym(m: int) -> str:
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def extract(text: str, published: date | None = None, url: str = "") -> list[Candidate]:
    """Every figure in ``text``; relative periods are resolved against ``published``."""
    out: list[Candidate] = []
    carry: Mention | None = None
    prev_end = 0
    default_parties = document_parties(text)
    fy = fiscal_start(text)
    last_main: Mention | None = None
    previous_count = 0
    for start, end in sentence_spans(text):
        if paragraph_break(text, prev_end, start):
            carry = last_main = None
        if carry is None and last_main is not None:
            carry = last_main  # a sentence naming no period goes on in the one before
        context = Context(published, carry, url, fy, out[-1].period if out else None)
        found, mentions, loose = _sentence(text, start, end, context)
        implied = mentions[-1] if mentions and not mentions[-1].comparison else None
        if implied is not None and implied.period and _DEMONSTRATIVE.match(text[start:end]):
            for c in out[len(out) - previous_count :]:
                if c.period is None:  # "1.7 million. This is 10.4 % less than in Q1 2018."
                    c.period, c.period_text = implied.period, implied.text
        if loose is not None and out and out[-1].reported_change is None:
            out[-1].reported_change = loose  # "This is 34 % more than last year ($1.3 bn)."
        for c in found:
            if c.reporter is None and c.partner is None:
                c.reporter, c.partner = default_parties
        if out and _continues_previous(text[start:end], found, out[-1]):
            out[-1].reported_change = Change(found[0].value, found[0].unit, found[0].qualifier)
            found = []
        out.extend(found)
        previous_count = len(found)
        usable = [m for m in mentions if m.period is not None and not m.comparison]
        carry = usable[0] if len(usable) == 1 and not found else None
        if usable:
            last_main = _narrowest(usable)
        prev_end = end
    return out


def _sentence(
    text: str, start: int, end: int, ctx: Context
) -> tuple[list[Candidate], list[Mention], Change | None]:
    sentence = text[start:end]
    lang = detect_language(sentence)
    mentions = find_periods(sentence, ctx.published, ctx.fiscal_start)
    numbers = scan_numbers(sentence, 0, lang)
    # "a capacity of 2000 MW": a year-like number with a unit is a figure, not the year 2000
    mentions = [m for m in mentions if not any(year_with_unit(m, r) for r in numbers)]
    implied = implied_period(mentions)
    if implied is not None and ctx.carry is None:
        ctx = replace(ctx, carry=implied)
    raws = [
        r
        for r in numbers
        if not any(m.start <= r.start < m.end or r.start <= m.start < r.end for m in mentions)
    ]
    spans = [(m.start, m.end) for m in mentions if m.period is not None and not m.comparison]
    figures, changes = attach_changes(sentence, with_units(sentence, raws), spans)
    reporter, partner = guess_parties(sentence)
    periods, bases = periods_of(sentence, figures, mentions, ctx)
    loose = move_changes(changes, bases, figures)
    out = []
    for i, fig in enumerate(figures):
        out.append(
            _candidate(
                sentence,
                start,
                fig,
                changes.get(i),
                figures,
                i,
                periods[i],
                lang,
                (reporter, partner),
                ctx,
            )
        )
    for prev, cur in pairwise(out):
        if prev.status == "target" and cur.status == "actual" and later(cur.period, prev.period):
            cur.status = "target"  # "by plan $4.24 bn in 2025, and $6.5 bn in 2030"
        if converts(sentence, prev.span[1] - start, cur.span[0] - start):
            cur.status = prev.status
            close = _CLOSE.search(sentence, cur.span[1] - start)
            bracket = sentence[prev.span[1] - start : close.end() if close else len(sentence)]
            if not (cur.period_text and cur.period_text in bracket):
                cur.period, cur.period_text = prev.period, prev.period_text
    if loose is not None and not _DEMONSTRATIVE.match(sentence):
        loose = None
    if implied is not None:
        mentions = [*mentions, implied]  # the period the text goes on speaking of
    return out, mentions, _change(sentence, loose)


def _candidate(
    sentence: str,
    offset: int,
    fig: Figure,
    change: Figure | None,
    figures: list[Figure],
    i: int,
    period: tuple[Period | None, str],
    lang: str,
    parties: tuple[str | None, str | None],
    ctx: Context,
) -> Candidate:
    raw = fig.raw
    near = sentence[figures[i - 1].raw.end if i else 0 : raw.end]
    status = figure_status(
        sentence,
        (raw.start, raw.end),
        (
            figures[i - 1].raw.end if i else 0,
            figures[i + 1].raw.start if i + 1 < len(figures) else len(sentence),
        ),
        ctx.published,
        lang,
    )
    if open_year(period, status, ctx.published) or (
        status == "target" and period[0] is not None and period[0].point
    ):
        period = (None, "")  # a goal is for its deadline, never "now"
    if status == "target" and period[1] and period[1] not in sentence:
        period = (None, "")  # nor the period of the sentence before
    if status == "target" and _past(period[0], ctx.published):
        period = (None, "")  # nor a past one ("…, as trade reached $1.4 bn last year")
    growth_only = fig.unit in ("%", "times") and change is None and is_growth(sentence, fig)
    return Candidate(
        value=float(f"{raw.value:.12g}"),
        unit=fig.unit,
        period=period[0],
        period_text=period[1],
        qualifier=bound_of(sentence, raw.start, raw.end, raw.core_end),
        reported_change=_change(sentence, change),
        indicator=guess_indicator(fig.unit, near, sentence, growth_only),
        reporter=parties[0],
        partner=parties[1],
        quote=sentence,
        span=(offset + raw.start, offset + raw.end),
        sentence_span=(offset, offset + len(sentence)),
        language=lang,
        status=status,
        url=ctx.url,
        scope=scope_of(sentence, raw.start, raw.end),
    )


def _past(period: Period | None, published: date | None) -> bool:
    return (
        period is not None
        and published is not None
        and period.end < published.year * 12 + published.month - 1
    )


def _change(sentence: str, fig: Figure | None) -> Change | None:
    if fig is None:
        return None
    return Change(
        float(f"{fig.raw.value:.12g}"),
        fig.unit,
        bound_of(sentence, fig.raw.start, fig.raw.end, fig.raw.core_end),
    )
