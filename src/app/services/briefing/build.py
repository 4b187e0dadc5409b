"""Build a :class:`Briefing` from the store and the analytics, in the reader's language.

The note's key messages are chosen from the sections (:mod:`.messages`); the dossier
prints them, then the sections; the table prints the figures.

One section per (indicator, subject) of the pair with figures in the period range:

- the headline: the latest figure the analytics use (one row per figure key, chosen by
  :func:`app.domain.analytics.choose_figures`), its number in the reader's locale;
- the analytics' own sentences for the change on the same window a year earlier, the
  record status and the full-year projection (not re-derived here);
- open conflicts between sources, stated as the analytics state them;
- the table of figures used and, when asked, a chart of every stored figure.

Beside the sections, the pair's events in the period range (visits, agreements, openings,
annotations…) are listed in date order, numbered as the charts mark them, each with its
source's label and citation number (cited after the figures: the list comes after them).

History before the range still counts for the change and the records (a 2024 briefing
compares with 2023 even when the range starts in 2024); figures after the range do not.
Citation numbers follow first use, like :func:`app.services.summary.build_summary`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pandas as pd

from app.domain.analytics import (
    find_conflicts,
)
from app.domain.analytics.bulk import collector_paused
from app.domain.analytics.column_texts import str_texts
from app.domain.analytics.passes import one_pass
from app.domain.chart import assign_colours, plotted_points
from app.domain.events import events_for
from app.domain.model import FORWARD_STATUSES
from app.domain.selection import holds_any, period_mask, rows_in
from app.domain.store import ObservationStore
from app.services.briefing.citations import CitationBook, renumber
from app.services.briefing.facts import milestones, pair_projects, rollup_sentences
from app.services.briefing.locale_format import format_day, label
from app.services.briefing.messages import candidates, choose
from app.services.briefing.model import (
    MIN_CHART_POINTS,
    Briefing,
    BriefingEvent,
    BriefingRequest,
    Cited,
)
from app.services.briefing.phrases import (
    Words,
    country,
    event_sentence,
    no_chart_sentence,
)
from app.services.briefing.sections import SectionBuilder

Progress = Callable[[int, int], None]


def _period_text(request: BriefingRequest, w: Words, shown: pd.DataFrame) -> str:
    """The months the briefing covers: the request's range, else its reported figures'
    own (targets and plans for later years are not a period covered)."""
    forward = holds_any(shown["status"], {str(s) for s in FORWARD_STATUSES})
    reported = ~forward if (~forward).any() else np.ones(len(shown), dtype=bool)
    first, last = request.first_month, request.last_month
    if first is None and reported.any():
        first = int(shown["period_start"].to_numpy()[reported].min())
    if last is None and reported.any():
        last = int(shown["period_end"].to_numpy()[reported].max())
    if first is None or last is None:
        return w.tr.gettext("all periods")
    if first % 12 == 0 and last % 12 == 11:
        first_year, last_year = w.period(first, first + 11), w.period(last - 11, last)
        if first_year == last_year:
            return first_year
        return w.tr.format("{first} to {last}", first=first_year, last=last_year)
    return w.tr.format("{first} to {last}", first=w.period(first, first), last=w.period(last, last))


def _selection(
    store: ObservationStore, request: BriefingRequest
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows up to the range end: the analytics' history, rows inside the range)."""
    obs = store.observations
    at = store.pair_positions(request.a, request.b)  # kept by the store (the desk's pair)
    if request.indicators:
        at = rows_in(obs["indicator"], set(request.indicators), at)
    pair = obs.iloc[at]
    upto = _kept(pair, period_mask(pair, None, request.last_month))
    return upto, _kept(upto, period_mask(upto, request.first_month, None))


def _kept(frame: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    """``frame[mask]``; ``frame`` itself when the mask keeps every row (an open range: a
    copy of the pair's 40 columns would hold the same rows)."""
    return frame if mask.all() else frame[mask]


def pair_events(
    store: ObservationStore, request: BriefingRequest, w: Words | None = None
) -> list[BriefingEvent]:
    """The pair's events (and annotations) overlapping the request's months, numbered in
    date order; their lines (in the reader's language) carry the source label but no
    citation number yet."""
    w = w or Words(request.locale)
    frame = events_for(store.records, (request.a, request.b))
    first, last = request.first_month, request.last_month
    dated = frame["start_month"] >= 0
    if first is not None:
        dated &= frame["end_month"] >= first
    if last is not None:
        dated &= frame["start_month"] <= last
    labels = store.source_label_by_id()
    out = []
    for number, (_, ev) in enumerate(frame[dated].iterrows(), 1):
        source = labels.get(int(ev["source_id"]), "")
        event = BriefingEvent(
            number=number,
            date_start=str(ev["date_start"]),
            date_end=str(ev["date_end"]),
            event_type=str(ev["event_type"]),
            title=str(ev["title"]),
            source=source,
            source_id=int(ev["source_id"]) if source else -1,
            first_month=int(ev["start_month"]),
            last_month=int(ev["end_month"]),
            line=Cited("", (), str(ev["event_type"])),
        )
        out.append(replace(event, line=replace(event.line, text=event_sentence(w, event))))
    return out


def _cite_events(events: list[BriefingEvent], book: CitationBook) -> list[BriefingEvent]:
    """The events with their sources' citation numbers (annotations have none)."""
    return [
        replace(ev, line=replace(ev.line, notes=(book.number(ev.source_id),))) if ev.source else ev
        for ev in events
    ]


def _keys(shown: pd.DataFrame, topics: dict[str, str]) -> list[tuple[str, str]]:
    ind, subj = (str_texts(shown[c]).tolist() for c in ("indicator", "subject"))
    pairs = set(zip(ind, subj, strict=True))
    return sorted(pairs, key=lambda k: (str(topics.get(k[0], "Other")), k[0], k[1]))


def _print_charts(briefing: Briefing, w: Words) -> None:
    """Charts only where a series has at least MIN_CHART_POINTS points (a sentence says
    why there is none), each reporter in one colour across the whole document, their words
    in the reader's language."""
    for s in briefing.sections:
        if s.chart is None:
            continue
        points = plotted_points(s.chart)
        if points < MIN_CHART_POINTS:
            s.chart = None
            s.analysis.append(Cited(no_chart_sentence(w, points), (), "chart"))
    charted = [s.chart for s in briefing.sections if s.chart is not None]
    charted += [m.chart for m in briefing.candidates if m.chart is not None]
    names = sorted({str(n) for spec in charted for n in spec.points["series"]})
    colours = tuple(assign_colours(dict.fromkeys(names)).items())
    loc = briefing.locale
    for s in briefing.sections:
        if s.chart is not None:
            s.chart = replace(s.chart, series_colours=colours, locale=loc)
    for group in (briefing.candidates, briefing.messages):
        group[:] = [
            replace(m, chart=replace(m.chart, series_colours=colours, locale=loc)) if m.chart else m
            for m in group
        ]


@collector_paused()  # thousands of rows, sentences and cells: see bulk
@one_pass()  # the pair's analytics share their texts and figures chosen
def build_briefing(
    store: ObservationStore,
    request: BriefingRequest,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Briefing:
    """The briefing of ``request``; ``progress(done, total)`` is called per section."""
    a, b, locale = request.a, request.b, request.locale
    w = Words(locale)
    day = today or dt.date.today()
    pair = w.tr.format("{a} – {b}", a=country(w, a), b=country(w, b))
    upto, shown = _selection(store, request)
    document = {
        "note": w.tr.gettext("briefing note"),
        "dossier": w.tr.gettext("dossier"),
        "table": w.tr.gettext("table of figures"),
    }.get(request.template, "")
    briefing = Briefing(
        title=w.tr.format("{pair}: {document}", pair=pair, document=document),
        as_of=format_day(day.isoformat(), locale),
        period_text=_period_text(request, w, shown),
        request=request,
    )
    briefing.running_header = f"{pair} · {briefing.as_of}"
    events = pair_events(store, request, w)
    builder = SectionBuilder(store, request, tuple(events))
    conflicts = find_conflicts(shown, store.sources)
    conflicts = conflicts[conflicts["preferred_obs_id"] < 0]
    keys = _keys(shown, builder.topics)
    plan = builder.plan(upto, shown, conflicts, keys)
    for done, (code, subject) in enumerate(keys, 1):
        section = builder.section_of(plan, code, subject)
        if section is not None:
            briefing.sections.append(section)
        if progress is not None:
            progress(done, len(keys))
    if not briefing.sections:
        briefing.notes.append(label("none", locale))
    briefing.events = _cite_events(events, builder.book)
    projects = pair_projects(store, a, b)
    briefing.projects = rollup_sentences(w, projects, builder.book.numbers)
    steps = milestones(w, store, projects, builder.book.numbers)
    briefing.candidates = candidates(w, builder.facts, briefing.events, steps, day)
    briefing.messages = choose(briefing.candidates, request.pinned, request.dropped)
    _print_charts(briefing, w)
    briefing.citations = builder.book.citations()
    renumber(briefing)
    return briefing
