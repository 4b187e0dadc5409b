"""Build a :class:`Briefing` from the store and the analytics.

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
from collections.abc import Callable, Iterable
from dataclasses import replace

import numpy as np
import pandas as pd

from app.domain.analytics import (
    CONFLICTING,
    check_all_claims,
    choose_figures,
    conflict_sentence,
    find_conflicts,
    project_full_year,
    record_statuses,
    yoy_for,
)
from app.domain.chart import chart_spec_of_rows
from app.domain.countries import country_name
from app.domain.derive.lineage import lineage_of
from app.domain.events import event_line, events_for
from app.domain.periods import period_label
from app.domain.selection import claims_pair_mask, indicator_mask, pair_mask, period_mask
from app.domain.store import ObservationStore
from app.services.briefing.locale_format import format_day, format_figure, label
from app.services.briefing.model import (
    Briefing,
    BriefingEvent,
    BriefingRequest,
    Cited,
    EventChart,
    FigureRow,
    Headline,
    IndicatorSection,
)
from app.services.summary import Citation, citation_of, latest_rows

Progress = Callable[[int, int], None]


class CitationBook:
    """Numbers sources in order of first use."""

    def __init__(self, store: ObservationStore) -> None:
        self._store = store
        self._numbers: dict[int, int] = {}

    def number(self, source_id: int) -> int:
        return self._numbers.setdefault(int(source_id), len(self._numbers) + 1)

    def numbers(self, source_ids: Iterable[int]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.number(s) for s in source_ids))

    def citations(self) -> list[Citation]:
        return [citation_of(self._store, n, sid) for sid, n in self._numbers.items()]


def _period_text(request: BriefingRequest) -> str:
    if request.first_month is None and request.last_month is None:
        return "all periods"
    first = (
        period_label(request.first_month, request.first_month)
        if request.first_month is not None
        else "…"
    )
    last = (
        period_label(request.last_month, request.last_month)
        if request.last_month is not None
        else "…"
    )
    return f"{first} – {last}"


def _selection(
    store: ObservationStore, request: BriefingRequest
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows up to the range end: the analytics' history, rows inside the range)."""
    obs = store.observations
    mask = pair_mask(obs, request.a, request.b)
    if request.indicators:
        mask &= indicator_mask(obs, set(request.indicators))
    mask &= period_mask(obs, None, request.last_month)
    upto = obs[mask]
    return upto, upto[period_mask(upto, request.first_month, None)]


def _figure_row(
    row: pd.Series, name: str, info: tuple[str, str], note: int, locale: str
) -> FigureRow:
    """``info``: the observation's (status, note), which the analytics' frames do not carry."""
    return FigureRow(
        indicator=str(row["indicator"]),
        name=name,
        subject=str(row["subject"]),
        period=period_label(
            int(row["period_start"]), int(row["period_end"]), bool(row["period_point"])
        ),
        period_start=int(row["period_start"]),
        period_end=int(row["period_end"]),
        value=float(row["value"]),
        unit=str(row["unit"]),
        qualifier=str(row["qualifier"]),
        value_text=format_figure(
            float(row["value"]), str(row["unit"]), str(row["qualifier"]), locale
        ),
        reporter=str(row["reporter"]),
        partner=str(row["partner"]),
        status=info[0],
        note=note,
        obs_id=int(row["obs_id"]),
        remark=info[1],
    )


def _change_percent(rows: pd.DataFrame, sources: pd.DataFrame, latest: pd.Series) -> float | None:
    if bool(latest["period_point"]):
        return None
    target = rows[rows["obs_id"] == latest["obs_id"]]
    pct = float(yoy_for(target, sources, universe=rows)["yoy_pct"].iloc[0])
    return None if np.isnan(pct) else pct


def pair_events(store: ObservationStore, request: BriefingRequest) -> list[BriefingEvent]:
    """The pair's events (and annotations) overlapping the request's months, numbered in
    date order; their lines carry the source label but no citation number yet."""
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
        out.append(
            BriefingEvent(
                number=number,
                date_start=str(ev["date_start"]),
                date_end=str(ev["date_end"]),
                event_type=str(ev["event_type"]),
                title=str(ev["title"]),
                source=source,
                source_id=int(ev["source_id"]) if source else -1,
                first_month=int(ev["start_month"]),
                last_month=int(ev["end_month"]),
                line=Cited(event_line(ev, source), (), str(ev["event_type"])),
            )
        )
    return out


def _cite_events(events: list[BriefingEvent], book: CitationBook) -> list[BriefingEvent]:
    """The events with their sources' citation numbers (annotations have none)."""
    return [
        replace(ev, line=replace(ev.line, notes=(book.number(ev.source_id),))) if ev.source else ev
        for ev in events
    ]


class _Builder:
    def __init__(
        self,
        store: ObservationStore,
        request: BriefingRequest,
        events: tuple[BriefingEvent, ...] = (),
    ) -> None:
        self.store = store
        self.request = request
        self.events = events
        self.book = CitationBook(store)
        self.names = store.indicator_names()
        ind = store.indicators
        self.topics = dict(zip(ind.get("code", []), ind.get("topic", []), strict=False))
        self.units = dict(zip(ind.get("code", []), ind.get("unit", []), strict=False))
        self.labels = store.source_label_by_id()

    def section(
        self,
        code: str,
        subject: str,
        rows: pd.DataFrame,
        shown: pd.DataFrame,
        conflicts: pd.DataFrame,
    ) -> IndicatorSection | None:
        sources = self.store.sources
        fig = choose_figures(rows, sources)
        in_range = fig[fig["obs_id"].isin(shown["obs_id"])]
        if in_range.empty:
            return None
        name = self.names.get(code, code)
        statuses = dict(
            zip(
                rows["obs_id"].astype(int),
                zip(rows["status"].astype(str), rows["note"].astype(str), strict=True),
                strict=True,
            )
        )
        section = IndicatorSection(
            key=f"{code}·{subject}" if subject else code,
            indicator=code,
            name=name,
            subject=subject,
            topic=str(self.topics.get(code, "Other")),
            unit=str(self.units.get(code, rows["unit"].iloc[0])),
        )
        # the summary's choice of latest figures (one per kind of period), among the
        # figures the analytics use, so the headline and the table cite the same row
        latest = latest_rows(shown[shown["obs_id"].isin(in_range["obs_id"])]).sort_values(
            ["period_end", "period_start"], ascending=[False, True], kind="stable"
        )
        checks = self._claim_checks(code, rows, latest)
        disputed = set(
            checks.loc[
                (checks["claim_type"] == "growth") & (checks["verdict"] == CONFLICTING), "obs_id"
            ].astype(int)
        )
        for _, row in latest.iterrows():
            headline = self._headline(row, rows, name, statuses)
            if int(row["obs_id"]) in disputed:
                # the sources disagree about the base: no computed change is stated as fact
                headline = replace(headline, change_percent=None)
            section.headlines.append(headline)
        section.analysis = self._analysis(rows, latest, name, checks)
        for _, c in conflicts.iterrows():
            section.conflicts.append(
                Cited(
                    conflict_sentence(c, self.names),
                    self.book.numbers(sorted(set(c["source_ids"]))),
                    "conflict",
                )
            )
        in_range = in_range.sort_values(
            ["period_start", "period_end", "reporter"], kind="mergesort"
        )
        section.figures = [
            _figure_row(
                r,
                name,
                statuses[int(r["obs_id"])],
                self.book.number(int(r["source_id"])),
                self.request.locale,
            )
            for _, r in in_range.iterrows()
        ]
        if self._wants_chart(code):
            # the screen's chart of the same rows: the same figures chosen (preferred, else
            # most recently published), so the document shows what the desk shows; the
            # pair's events are marked on it, numbered as the list of events
            spec = chart_spec_of_rows(
                shown.copy(),
                self.store.sources,
                self.labels,
                code,
                section.title,
                section.unit,
                key=section.key,
            )
            section.chart = EventChart.of(spec, self.events)
        return section

    def _claim_checks(self, code: str, rows: pd.DataFrame, latest: pd.DataFrame) -> pd.DataFrame:
        """The checks of the claims about the section's headline figures: their reported
        changes and the stored claims tied to them or about the indicator in the range
        (records, streaks, firsts, ranks, sums, shares)."""
        stored = self.store.records["claims"]
        stored = stored[
            claims_pair_mask(stored, self.request.a, self.request.b)
            & (stored["indicator"] == code).to_numpy()
        ]
        last = self.request.last_month
        first = self.request.first_month
        if last is not None:
            stored = stored[stored["period_start"] <= last]
        if first is not None:
            stored = stored[(stored["period_end"] >= first) | (stored["period_end"] < 0)]
        checks = check_all_claims(rows, self.store.sources, stored, self.store.records)
        headline_ids = set(latest["obs_id"].astype(int))
        keep = checks["obs_id"].isin(headline_ids) | (checks["claim_id"] > 0)
        return checks[keep]

    def _analysis(
        self, rows: pd.DataFrame, latest: pd.DataFrame, name: str, claims: pd.DataFrame
    ) -> list[Cited]:
        """Record status, projection and claim verdict of each headline figure."""
        sources, out = self.store.sources, []
        headline_ids = set(latest["obs_id"].astype(int))
        for status in record_statuses(rows, sources):
            if status.latest_obs_id in headline_ids:
                out.append(
                    Cited(status.explanation(), self.book.numbers(status.source_ids), "record")
                )
        start, end = latest["period_start"], latest["period_end"]
        ytd = latest[
            (start % 12 == 0)
            & (end - start > 0)
            & (end - start < 11)
            & ~latest["period_point"].astype(bool)
        ]
        for obs_id in ytd["obs_id"].astype(int):
            proj = project_full_year(rows, obs_id, sources)
            out.append(Cited(proj.explanation(), self.book.numbers(proj.source_ids), "projection"))
        for _, c in claims.iterrows():
            out.append(
                Cited(
                    f"{name}, {c['period']}: {c['explanation']}",
                    self.book.numbers(c["source_ids"]),
                    "claim",
                )
            )
        return out

    def _headline(
        self, row: pd.Series, rows: pd.DataFrame, name: str, statuses: dict[int, tuple[str, str]]
    ) -> Headline:
        note = self.book.number(int(row["source_id"]))
        fig = _figure_row(row, name, statuses[int(row["obs_id"])], note, self.request.locale)
        who = f" ({fig.reporter})" if fig.reporter else ""
        text = Cited(f"{fig.value_text}, {fig.period}{who}", (note,), "latest")
        if fig.status == "derived":
            text = self._derived(text, fig.obs_id)
        return Headline(fig, text, _change_percent(rows, self.store.sources, row))

    def _derived(self, text: Cited, obs_id: int) -> Cited:
        """A derived headline says so, shows its derivation and cites its inputs' sources
        ("derived: $120 m, Oct 2025 (AZE) — Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025")."""
        lin = lineage_of(self.store, obs_id)
        if lin is None:
            return replace(text, text=f"derived: {text.text}")
        notes = tuple(dict.fromkeys((*text.notes, *self.book.numbers(lin.source_ids))))
        return replace(text, text=f"derived: {text.text} — {lin.shown}", notes=notes)

    def _wants_chart(self, code: str) -> bool:
        chosen = self.request.chart_indicators
        return self.request.charts and (not chosen or code in chosen)


def _keys(shown: pd.DataFrame, topics: dict[str, str]) -> list[tuple[str, str]]:
    pairs = {(str(i), str(s)) for i, s in zip(shown["indicator"], shown["subject"], strict=True)}
    return sorted(pairs, key=lambda k: (str(topics.get(k[0], "Other")), k[0], k[1]))


def build_briefing(
    store: ObservationStore,
    request: BriefingRequest,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Briefing:
    """The briefing of ``request``; ``progress(done, total)`` is called per section."""
    a, b, locale = request.a, request.b, request.locale
    briefing = Briefing(
        title=f"{country_name(a)} – {country_name(b)}: briefing",
        as_of=format_day((today or dt.date.today()).isoformat(), locale),
        period_text=_period_text(request),
        request=request,
    )
    upto, shown = _selection(store, request)
    events = pair_events(store, request)
    builder = _Builder(store, request, tuple(events))
    conflicts = find_conflicts(shown, store.sources)
    conflicts = conflicts[conflicts["preferred_obs_id"] < 0]
    keys = _keys(shown, builder.topics)
    for done, (code, subject) in enumerate(keys, 1):
        rows = upto[
            (upto["indicator"].astype(str) == code) & (upto["subject"].astype(str) == subject)
        ]
        mine = conflicts[(conflicts["indicator"] == code) & (conflicts["subject"] == subject)]
        section = builder.section(
            code, subject, rows, shown[shown["obs_id"].isin(rows["obs_id"])], mine
        )
        if section is not None:
            briefing.sections.append(section)
        if progress is not None:
            progress(done, len(keys))
    if not briefing.sections:
        briefing.notes.append(label("none", locale))
    briefing.events = _cite_events(events, builder.book)
    briefing.citations = builder.book.citations()
    return briefing
