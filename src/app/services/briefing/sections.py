"""One section of a briefing: an indicator's latest figures, their change like for like,
record, projection, claims and conflicts, its figures and charts, in the reader's
language, with the facts a key message may state (:class:`SectionFacts`).

English keeps the analytics' own explanations (the fullest wording, with every reason);
other languages say the same results through the catalogue's sentences
(:mod:`app.services.briefing.phrases`).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from app.domain.analytics import (
    CONFLICTING,
    check_all_claims,
    choose_figures,
    conflict_sentence,
    project_full_year,
    record_statuses,
    yoy_for,
)
from app.domain.analytics.records import RecordStatus
from app.domain.chart import ChartSpec, chart_spec_of_rows, plotted_points
from app.domain.derive.lineage import lineage_of
from app.domain.model import FORWARD_STATUSES
from app.domain.periods import PeriodKind, period_kind
from app.domain.selection import claims_pair_mask
from app.domain.store import ObservationStore
from app.services.briefing.citations import CitationBook
from app.services.briefing.claim_phrases import claim_sentence
from app.services.briefing.facts import claim_notes
from app.services.briefing.locale_format import format_figure
from app.services.briefing.messages import ClaimNote, SectionFacts
from app.services.briefing.model import (
    MIN_CHART_POINTS,
    SMALL_CHART,
    BriefingEvent,
    BriefingRequest,
    Cited,
    EventChart,
    FigureRow,
    Headline,
    IndicatorSection,
)
from app.services.briefing.phrases import (
    Words,
    figure_line,
    indicator_name,
    projection_sentence,
    record_sentence,
)
from app.services.briefing.phrases import conflict_sentence as localised_conflict
from app.services.i18n import language
from app.services.summary import latest_rows


def _figure_row(row: pd.Series, name: str, info: tuple[str, str], note: int, w: Words) -> FigureRow:
    """``info``: the observation's (status, note), which the analytics' frames do not carry."""
    locale = w.locale
    return FigureRow(
        indicator=str(row["indicator"]),
        name=name,
        subject=str(row["subject"]),
        period=w.period(
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
        point=bool(row["period_point"]),
    )


def _change_percent(rows: pd.DataFrame, sources: pd.DataFrame, latest: pd.Series) -> float | None:
    if bool(latest["period_point"]):
        return None
    target = rows[rows["obs_id"] == latest["obs_id"]]
    pct = float(yoy_for(target, sources, universe=rows)["yoy_pct"].iloc[0])
    return None if np.isnan(pct) else pct


class SectionBuilder:
    def __init__(
        self,
        store: ObservationStore,
        request: BriefingRequest,
        events: tuple[BriefingEvent, ...] = (),
    ) -> None:
        self.store = store
        self.request = request
        self.events = events
        self.words = Words(request.locale)
        self.english = language(request.locale) == "en"
        self.book = CitationBook(store)
        self.names = store.indicator_names()
        ind = store.indicators
        self.topics = dict(zip(ind.get("code", []), ind.get("topic", []), strict=False))
        self.units = dict(zip(ind.get("code", []), ind.get("unit", []), strict=False))
        self.labels = store.source_label_by_id()
        self.facts: list[SectionFacts] = []

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
        name = indicator_name(self.words, self.names.get(code, code))
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
        claims = claim_notes(self.words, checks, rows, self.store, self.book.numbers)
        records = self._records(rows, latest)
        section.analysis = self._analysis(rows, latest, name, checks, claims, records)
        for _, c in conflicts.iterrows():
            text = (
                conflict_sentence(c, self.names)
                if self.english
                else localised_conflict(self.words, c, name)
            )
            section.conflicts.append(
                Cited(text, self.book.numbers(sorted(set(c["source_ids"]))), "conflict")
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
                self.words,
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
        if section.headlines:
            first = lead_headline(section.headlines)
            record = records.get(first.figure.obs_id)
            small = (
                self._message_chart(section, shown, first.figure)
                if self._wants_chart(code)
                else None
            )
            self.facts.append(
                SectionFacts(
                    key=section.key,
                    name=section.title,
                    topic=section.topic,
                    latest=first,
                    figures=len(rows),
                    record=record[0] if record else None,
                    record_notes=record[1] if record else (),
                    claims=claims,
                    chart=small,
                )
            )
        return section

    def _message_chart(
        self, section: IndicatorSection, shown: pd.DataFrame, lead: FigureRow
    ) -> ChartSpec | None:
        """A key message's small chart over the last ten years: the lead figure's own kind
        of period (Jan–Oct with Jan–Oct, stocks with stocks), else the full years, when
        that makes at least MIN_CHART_POINTS points; no events (the dossier's carry them)."""
        recent = shown[shown["period_end"] > lead.period_end - 120]
        point = recent["period_point"].astype(bool)
        length = recent["period_end"] - recent["period_start"]
        same = (point == lead.point) & (
            point
            | (
                (length == lead.period_end - lead.period_start)
                & (recent["period_start"] % 12 == lead.period_start % 12)
            )
        )
        years = ~point & (length == 11) & (recent["period_start"] % 12 == 0)
        for rows in (recent[same], recent[years]):
            if rows.empty:
                continue
            spec = chart_spec_of_rows(
                rows.copy(),
                self.store.sources,
                self.labels,
                section.indicator,
                section.title,
                section.unit,
                key=section.key + SMALL_CHART,
            )
            if plotted_points(spec) >= MIN_CHART_POINTS:
                return spec
        return None

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

    def _records(
        self, rows: pd.DataFrame, latest: pd.DataFrame
    ) -> dict[int, tuple[RecordStatus, tuple[int, ...]]]:
        """The record standing of each headline figure, with its citation numbers."""
        headline_ids = set(latest["obs_id"].astype(int))
        return {
            status.latest_obs_id: (status, self.book.numbers(status.source_ids))
            for status in record_statuses(rows, self.store.sources)
            if status.latest_obs_id in headline_ids
        }

    def _analysis(
        self,
        rows: pd.DataFrame,
        latest: pd.DataFrame,
        name: str,
        claims_frame: pd.DataFrame,
        claims: list[ClaimNote],
        records: dict[int, tuple[RecordStatus, tuple[int, ...]]],
    ) -> list[Cited]:
        """Record status, projection and claim verdict of each headline figure: in English
        the analytics' own explanations, in other languages the catalogue's sentences."""
        sources, out, w = self.store.sources, [], self.words
        periods = {
            int(r["obs_id"]): w.period(
                int(r["period_start"]), int(r["period_end"]), bool(r["period_point"])
            )
            for _, r in latest.iterrows()
        }
        for obs_id, (status, notes) in records.items():
            text = (
                status.explanation()
                if self.english
                else record_sentence(w, status, periods.get(obs_id, status.latest_period))
            )
            out.append(Cited(text, notes, "record"))
        start, end = latest["period_start"], latest["period_end"]
        ytd = latest[
            (start % 12 == 0)
            & (end - start > 0)
            & (end - start < 11)
            & ~latest["period_point"].astype(bool)
        ]
        for obs_id in ytd["obs_id"].astype(int):
            proj = project_full_year(rows, obs_id, sources)
            text = (
                proj.explanation()
                if self.english
                else projection_sentence(w, proj, periods.get(obs_id, proj.window))
            )
            out.append(Cited(text, self.book.numbers(proj.source_ids), "projection"))
        if self.english:
            for _, c in claims_frame.iterrows():
                out.append(
                    Cited(
                        f"{name}, {c['period']}: {c['explanation']}",
                        self.book.numbers(c["source_ids"]),
                        "claim",
                    )
                )
        else:
            out += [Cited(claim_sentence(w, c.facts), c.notes, "claim") for c in claims]
        return out

    def _headline(
        self, row: pd.Series, rows: pd.DataFrame, name: str, statuses: dict[int, tuple[str, str]]
    ) -> Headline:
        note = self.book.number(int(row["source_id"]))
        fig = _figure_row(row, name, statuses[int(row["obs_id"])], note, self.words)
        status = "" if fig.status == "derived" else fig.status
        line = figure_line(self.words, fig.value_text, fig.period, fig.reporter, status)
        text = Cited(line, (note,), "latest")
        if fig.status == "derived":
            text = self._derived(text, fig.obs_id)
        return Headline(fig, text, _change_percent(rows, self.store.sources, row))

    def _derived(self, text: Cited, obs_id: int) -> Cited:
        """A derived headline says so, shows its derivation and cites its inputs' sources
        ("derived: $120 m, Oct 2025 (AZE) — Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025")."""
        tr = self.words.tr
        lin = lineage_of(self.store, obs_id)
        if lin is None:
            return replace(text, text=tr.format("derived: {figure}", figure=text.text))
        notes = tuple(dict.fromkeys((*text.notes, *self.book.numbers(lin.source_ids))))
        shown = tr.format("derived: {figure} — {formula}", figure=text.text, formula=lin.shown)
        return replace(text, text=shown, notes=notes)

    def _wants_chart(self, code: str) -> bool:
        chosen = self.request.chart_indicators
        return self.request.charts and (not chosen or code in chosen)


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


def lead_headline(headlines: list[Headline]) -> Headline:
    """The figure a key message states: an outcome (not a target or plan) of the last
    twelve months of the indicator, a full year or a year to date before a month or a
    quarter ("2025: $4.87 billion" rather than "Jan 2026: $417.8 million"), the newest
    year first ("Jan–Oct 2025" rather than "2024")."""
    forward = {str(s) for s in FORWARD_STATUSES}
    outcomes = [h for h in headlines if h.figure.status not in forward] or headlines
    newest = max(h.figure.period_end for h in outcomes)
    recent = [h for h in outcomes if newest - h.figure.period_end < 12]

    def rank(h: Headline) -> tuple[int, int, int]:
        f = h.figure
        kind = _KIND_RANK.get(period_kind(f.period_start, f.period_end, f.point), 2)
        # a year or a year to date first, the newest year first, a full year before its
        # year to date: "Jan–Oct 2025" before "2024", "2025" before "Jan 2026"
        return (0 if kind <= 1 else 1), -(f.period_end // 12), kind

    return min(recent, key=rank)
