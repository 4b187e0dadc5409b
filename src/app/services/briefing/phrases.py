"""The briefing's sentences in the reader's language, from the analytics' structured results.

Every sentence here is a catalogue message (:mod:`app.services.i18n`): the English text is
the message id, the numbers, periods and names are placeholders filled in the reader's
locale (:mod:`app.services.briefing.locale_format`). Only stored text stays as stored:
quotes, titles and names of sources, projects and events. Nothing is computed here: the
analytics decide (record, conflict, claim verdict, projection); a phrase only says it, and
says when a value is a target, plan, projection or derived.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import pycountry
from babel import Locale, UnknownLocaleError

from app.domain.analytics.projection import NOT_EXPECTED, Projection
from app.domain.analytics.records import FIRST, NOT_RECORD, RECORD, RecordStatus
from app.domain.countries import country_name
from app.services.briefing.locale_format import (
    format_amount,
    format_change,
    format_day,
    format_figure,
    format_period,
)
from app.services.i18n import N_, Translator, translator

if TYPE_CHECKING:  # the model loads the summary and its analyses: not for topic names
    from app.services.briefing.model import BriefingEvent

#: statuses of a figure that is not an outcome: the sentence labels them
NOT_OUTCOME = ("target", "planned", "plan", "projection", "forecast", "estimate", "derived")


#: the vocabularies the briefing prints (marked for the catalogue, translated when used)
TOPIC_WORDS = {
    "Trade": N_("Trade"),
    "Investment": N_("Investment"),
    "Energy": N_("Energy"),
    "Projects": N_("Projects"),
    "Tourism": N_("Tourism"),
    "Transport": N_("Transport"),
    "Business": N_("Business"),
    "Events": N_("Events"),
    "Other": N_("Other"),
}
EVENT_TYPE_WORDS = {
    "visit": N_("visit"),
    "agreement": N_("agreement"),
    "forum": N_("forum"),
    "opening": N_("opening"),
    "sanction": N_("sanction"),
    "tariff": N_("tariff"),
    "crisis": N_("crisis"),
    "annotation": N_("annotation"),
}
STATUS_WORDS = {
    "actual": N_("actual"),
    "planned": N_("plan"),
    "plan": N_("plan"),
    "target": N_("target"),
    "projection": N_("projection"),
    "forecast": N_("forecast"),
    "estimate": N_("estimate"),
    "derived": N_("derived"),
    "preliminary": N_("preliminary"),
    "revised": N_("revised"),
}
#: a project's stage, as the roll-up and the milestones say it
STAGE_WORDS = {
    "announced": N_("announced"),
    "agreement": N_("agreement signed"),
    "financing": N_("financing secured"),
    "construction": N_("construction started"),
    "commissioned": N_("commissioned"),
    "cancelled": N_("cancelled"),
    "unknown": N_("status unknown"),
}


@dataclass(frozen=True)
class Words:
    """The reader's locale: its catalogue and its number and period formats."""

    locale: str

    @property
    def tr(self) -> Translator:
        return translator(self.locale)

    def period(self, start: int, end: int, point: bool = False) -> str:
        return format_period(int(start), int(end), bool(point), self.locale)

    def prior(self, start: int, end: int) -> str:
        """The same window a year earlier ("Jan–Oct 2024" for Jan–Oct 2025)."""
        return self.period(int(start) - 12, int(end) - 12)

    def amount(self, value: float, unit: str) -> str:
        return format_amount(value, unit, self.locale)

    def figure(self, value: float, unit: str, qualifier: str = "") -> str:
        return format_figure(value, unit, qualifier, self.locale)

    def change(self, percent: float | None, as_printed: bool = False) -> str:
        return format_change(percent, self.locale, as_printed)

    def word(self, table: Mapping[str, str], key: str) -> str:
        """``key``'s word from one of the vocabularies below, in the reader's language
        (``key`` as stored when the vocabulary has no word for it)."""
        return self.tr.gettext(table[key]) if key in table else key

    def status(self, status: str) -> str:
        """ "target" / "plan" … as a label in brackets ('' for an actual figure)."""
        if status == "actual" or status not in STATUS_WORDS:
            return ""
        return " " + self.tr.format("({status})", status=self.word(STATUS_WORDS, status))


def country(w: Words, code: str) -> str:
    """A country in the reader's language (CLDR through Babel), e.g. "Китай" for CHN."""
    found = pycountry.countries.get(alpha_3=code)
    if found is not None:
        try:
            name = Locale.parse(w.locale.replace("-", "_")).territories.get(found.alpha_2)
        except (UnknownLocaleError, ValueError):
            name = None
        if name:
            return str(name)
    return country_name(code)


def indicator_name(w: Words, name: str) -> str:
    """An indicator's name in the reader's language: the bundled catalogue's names are
    in the message catalogue (context "indicator"); a name the user gave stays as given."""
    return w.tr.pgettext("indicator", name)


def topic_name(w: Words, topic: str) -> str:
    """A topic of the indicator catalogue in the reader's language (as stored if unknown)."""
    return w.word(TOPIC_WORDS, topic)


def event_type_name(w: Words, kind: str) -> str:
    return w.word(EVENT_TYPE_WORDS, kind)


def event_sentence(w: Words, ev: BriefingEvent) -> str:
    """ "8 January 2026 — opening: Khizi-Absheron … (News.az)" (the title as stored)."""
    when = format_day(ev.date_start, w.locale)
    if ev.date_end and ev.date_end != ev.date_start:
        when = w.tr.format("{start} to {end}", start=when, end=format_day(ev.date_end, w.locale))
    text = w.tr.format(
        "{date} — {kind}: {title}",
        date=when,
        kind=event_type_name(w, ev.event_type),
        title=ev.title,
    )
    return f"{text} ({ev.source})" if ev.source else text


def status_word(w: Words, status: str) -> str:
    """A figure's status in a table cell ("actual", "plan", "target" …)."""
    return w.word(STATUS_WORDS, status)


def figure_line(w: Words, value_text: str, period: str, reporter: str, status: str) -> str:
    """ "$2.44 billion, Jan–Oct 2025 (CHN)" (", target" and the like where it is one)."""
    tr = w.tr
    text = (
        tr.format(
            "{value}, {period} ({reporter})", value=value_text, period=period, reporter=reporter
        )
        if reporter
        else tr.format("{value}, {period}", value=value_text, period=period)
    )
    return text + w.status(status)


def change_clause(
    w: Words,
    percent: float | None,
    start: int,
    end: int,
    change: str | None = None,
    prior: str | None = None,
) -> str:
    """ "+30.2 % on 2024" (computed like for like), or ''; ``change`` and ``prior``: the
    change and the prior period in words when the caller made them already."""
    if percent is None or not math.isfinite(percent):
        return ""
    return w.tr.format(
        "{change} on {prior}",
        change=w.change(percent) if change is None else change,
        prior=w.prior(start, end) if prior is None else prior,
    )


def record_sentence(w: Words, s: RecordStatus, period: str) -> str:
    """Where the latest figure stands among the stored figures of the same window."""
    tr = w.tr
    year_window = s.window == "year"
    if s.status == FIRST:
        return tr.format("{period} is the first stored figure of its series.", period=period)
    if s.status == RECORD:
        if year_window:
            text = tr.nformat(
                "{period} is the highest of {n} stored year (since {first}).",
                "{period} is the highest of {n} stored years (since {first}).",
                s.years_stored,
                period=period,
                first=s.first_year,
            )
        else:
            text = tr.nformat(
                "{period} is the highest of {n} stored figure for the same months (since {first}).",
                "{period} is the highest of {n} stored figures for the same months (since "
                "{first}).",
                s.years_stored,
                period=period,
                first=s.first_year,
            )
        if s.streak >= 2:
            text += " " + tr.nformat(
                "That makes {n} record in a row.", "That makes {n} records in a row.", s.streak
            )
        return text
    if s.status == NOT_RECORD:
        return tr.format(
            "{period} is below the best stored figure of the same window, that of {best}.",
            period=period,
            best=s.previous_best_year,
        )
    return tr.format(
        "Whether {period} beats {best} cannot be told: one of the two figures is a bound.",
        period=period,
        best=s.previous_best_year,
    )


def projection_sentence(w: Words, p: Projection, window: str) -> str:
    """The full-year projection, labelled as one, or why there is none."""
    tr = w.tr
    if p.projected is None or p.low is None or p.high is None:
        return tr.format(
            "No full-year projection for {year}: no earlier year holds both the same months "
            "and the full year.",
            year=p.year,
        )
    head = tr.format(
        "Projection, not a reported figure: {year} would total about {value} "
        "(range {low} to {high}), from {window} and the share these months held in "
        "earlier years.",
        year=p.year,
        value=w.amount(p.projected, p.unit),
        low=w.amount(p.low, p.unit),
        high=w.amount(p.high, p.unit),
        window=window,
    )
    if p.record_value is None or p.record_year is None:
        return head
    if p.record_verdict == RECORD:
        tail = tr.format(
            "That would be a record (best stored year {best}: {value}).",
            best=p.record_year,
            value=w.amount(p.record_value, p.unit),
        )
    elif p.record_verdict == NOT_EXPECTED:
        tail = tr.format(
            "That would not be a record (best stored year {best}: {value}).",
            best=p.record_year,
            value=w.amount(p.record_value, p.unit),
        )
    else:
        tail = tr.format(
            "That may or may not be a record (best stored year {best}: {value}).",
            best=p.record_year,
            value=w.amount(p.record_value, p.unit),
        )
    return f"{head} {tail}"


def conflict_sentence(w: Words, c: pd.Series, name: str) -> str:
    """ "Trade turnover, 2021 (AZE–CHN): 3 sources disagree, from $1.4 billion to …"."""
    tr = w.tr
    period = w.period(int(c["period_start"]), int(c["period_end"]))
    low, high = w.amount(float(c["min"]), str(c["unit"])), w.amount(float(c["max"]), str(c["unit"]))
    if str(c["kind"]) == "sources":
        return tr.nformat(
            "{name}, {period} ({reporter}): {n} source disagrees, from {low} to {high}; "
            "no single figure is stated.",
            "{name}, {period} ({reporter}): {n} sources disagree, from {low} to {high}; "
            "no single figure is stated.",
            int(c["n"]),
            name=name,
            period=period,
            reporter=c["reporter"],
            low=low,
            high=high,
        )
    return tr.format(
        "{name}, {period}: the two sides' figures disagree ({reporter} and {partner}), from "
        "{low} to {high}.",
        name=name,
        period=period,
        reporter=c["reporter"],
        partner=c["partner"],
        low=low,
        high=high,
    )


def no_chart_sentence(w: Words, points: int) -> str:
    return w.tr.nformat(
        "Only {n} figure is stored for this series: too few for a chart.",
        "Only {n} figures are stored for this series: too few for a chart.",
        points,
    )


__all__ = [
    "Words",
    "change_clause",
    "conflict_sentence",
    "figure_line",
    "no_chart_sentence",
    "projection_sentence",
    "record_sentence",
]
