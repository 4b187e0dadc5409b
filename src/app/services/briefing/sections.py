"""One section of a briefing: an indicator's latest figures, their change like for like,
record, projection, claims and conflicts, its figures and charts, in the reader's
language, with the facts a key message may state (:class:`SectionFacts`).

English keeps the analytics' own explanations (the fullest wording, with every reason);
other languages say the same results through the catalogue's sentences
(:mod:`app.services.briefing.phrases`).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Any, cast

import numpy as np
import pandas as pd

from app.domain.analytics import (
    CONFLICTING,
    conflict_sentence,
    plain,
    project_full_year,
    record_statuses,
)
from app.domain.analytics.choice import chosen_order
from app.domain.analytics.claim_checks.dispatch import Scope, check_by_scope
from app.domain.analytics.column_texts import str_texts
from app.domain.analytics.growth import yoy_of_ids
from app.domain.analytics.passes import once_per_pass
from app.domain.analytics.records import RecordStatus
from app.domain.chart import ChartSpec, chart_spec_of_rows, plotted_points
from app.domain.derive.lineage import lineage_of
from app.domain.records import normalise_records
from app.domain.selection import claims_pair_mask
from app.domain.store import ObservationStore
from app.services.briefing.citations import CitationBook
from app.services.briefing.claim_phrases import claim_sentence
from app.services.briefing.facts import claim_notes, claim_rows
from app.services.briefing.figure_texts import format_figures
from app.services.briefing.grouping import grouped as _grouped
from app.services.briefing.locale_format import format_figure
from app.services.briefing.messages import ClaimNote, SectionFacts, lead_headline
from app.services.briefing.model import (
    FIGURE_FIELDS,
    MIN_CHART_POINTS,
    SMALL_CHART,
    BriefingEvent,
    BriefingRequest,
    Cited,
    EventChart,
    FigureRow,
    FigureTable,
    Headline,
    IndicatorSection,
    figure_row,
)
from app.services.briefing.phrases import (
    Words,
    figure_line,
    indicator_name,
    projection_sentence,
    record_sentence,
)
from app.services.briefing.phrases import conflict_sentence as localised_conflict
from app.services.briefing.plan_rows import (
    FIGURE_COLUMNS,
    PairPlan,
    figure_columns,
    headline_texts,
    latest_used,
    observation_statuses,
    records_by,
)
from app.services.i18n import language
from app.services.summary import Citation, citations_of, column_values


class _Book(CitationBook):
    """The citation book, its citations built from one pass over the sources table."""

    def citations(self) -> list[Citation]:
        return citations_of(self._store, self._numbers)


def _change_percent(plan: PairPlan, latest: dict[str, Any]) -> float | None:
    if bool(latest["period_point"]):
        return None
    pct = plan.change.get(int(latest["obs_id"]), float("nan"))
    return None if pct != pct else pct  # NaN: a plain float's test, not numpy's per call


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
        self.book = _Book(store)
        self.names = store.indicator_names()
        ind = store.indicators
        codes = column_values(ind, "code")
        self.topics = dict(zip(codes, column_values(ind, "topic"), strict=False))
        self.units = dict(zip(codes, column_values(ind, "unit"), strict=False))
        self.labels = store.source_label_by_id()
        self.facts: list[SectionFacts] = []
        self._periods: dict[tuple[int, int, bool], str] = {}

    def _period(self, start: int, end: int, point: bool) -> str:
        key = (int(start), int(end), bool(point))
        text = self._periods.get(key)
        if text is None:
            text = self._periods[key] = self.words.period(*key)
        return text

    # -- the pair's analytics, once ----------------------------------------------------

    def plan(
        self,
        upto: pd.DataFrame,
        shown: pd.DataFrame,
        conflicts: pd.DataFrame,
        keys: list[tuple[str, str]],
    ) -> PairPlan:
        """Everything the sections of ``keys`` state, computed over all their rows at once."""
        sources = self.store.sources
        rows = _grouped((str_texts(upto["indicator"]), str_texts(upto["subject"])))
        # the charts' rows (none to find when the briefing has no charts)
        shown_rows = (
            _grouped((str_texts(shown["indicator"]), str_texts(shown["subject"])))
            if self.request.charts
            else {}
        )
        used = chosen_order(upto, sources)
        upto_ids = upto["obs_id"].to_numpy()
        # shown is a filter of upto: as long, it holds every row (nothing before the range)
        everything = len(shown) == len(upto)
        in_range = (
            used
            if everything
            else used.at(np.isin(upto_ids[used.rows], shown["obs_id"].to_numpy()))
        )
        figures, spans, at = figure_columns(upto, in_range, sources)
        latest_all = latest_used(shown, upto_ids, in_range.rows, everything)
        # as dicts of the columns a section reads (a figure row's, not all 40 of the frame)
        latest = records_by(latest_all, FIGURE_COLUMNS)
        statuses = observation_statuses(upto, latest_all["obs_id"].to_numpy())
        flows = latest_all[~latest_all["period_point"].astype(bool).to_numpy()]
        change: dict[int, float] = {}
        if len(flows):
            yoy = yoy_of_ids(upto, flows["obs_id"].to_numpy(), sources)
            pct = yoy["yoy_pct"].to_numpy(dtype="float64")
            change = dict(zip(flows["obs_id"].astype(int).tolist(), pct.tolist(), strict=True))
        records: dict[tuple[str, ...], list[RecordStatus]] = {}
        for status in record_statuses(upto, sources):
            records.setdefault((status.indicator, status.subject), []).append(status)
        mine: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        if len(conflicts):
            for c in plain.records(conflicts):
                mine.setdefault((str(c["indicator"]), str(c["subject"])), []).append(c)
        self._figure_texts(figures, upto, at)
        # every figure's source numbered at once: numbers only name sources until
        # :func:`renumber` numbers them in reading order, so the order of first use here
        # does not show in any document
        figures["note"] = self.book.column(figures["source_id"])
        figures["point"] = figures["period_point"]
        plan = PairPlan(
            upto,
            shown,
            rows,
            shown_rows,
            figures,
            spans,
            latest,
            statuses,
            change,
            records,
            mine,
            {},
        )
        plan.checks = self._claim_checks(plan, keys)
        plan.claim_rows = claim_rows(
            upto, {key: (rows[key], checks) for key, checks in plan.checks.items() if checks}
        )
        # the latest figures are figures used in the range: the table's texts are theirs
        # (a headline missing here is formatted on its own, :meth:`_headline`)
        plan.headline_texts = headline_texts(figures, latest)
        return plan

    def _figure_texts(
        self, figures: dict[str, list[Any]], upto: pd.DataFrame, at: np.ndarray
    ) -> None:
        """Adds the columns the tables print to ``figures``: the period and the value in
        the reader's words (each period worded once, the values a column at a time), the
        observation's status and remark."""
        columns = (figures[c] for c in ("period_start", "period_end", "period_point"))
        periods = list(zip(*columns, strict=True))
        words = {key: self._period(*key) for key in dict.fromkeys(periods)}
        figures["period"] = [words[key] for key in periods]
        figures["value_text"] = format_figures(
            figures["value"], figures["unit"], figures["qualifier"], self.words.locale
        )
        # the whole column's texts taken at ``at`` (a categorical's codes), not a Series
        # taken first
        figures["status"] = str_texts(upto["status"])[at].tolist()
        figures["remark"] = str_texts(upto["note"])[at].tolist()

    def _claim_checks(
        self, plan: PairPlan, keys: list[tuple[str, str]]
    ) -> dict[tuple[str, ...], list[dict[str, Any]]]:
        """The checks of the claims about each section's headline figures: their reported
        changes and the stored claims tied to them or about the indicator in the range
        (records, streaks, firsts, ranks, sums, shares), each section checked against its
        own rows."""
        stored = self.store.records["claims"]
        stored = stored[claims_pair_mask(stored, self.request.a, self.request.b)]
        last = self.request.last_month
        first = self.request.first_month
        if last is not None:
            stored = stored[stored["period_start"] <= last]
        if first is not None:
            stored = stored[(stored["period_end"] >= first) | (stored["period_end"] < 0)]
        stored = normalise_records("claims", stored)
        by_code = _grouped((str_texts(stored["indicator"]),)) if len(stored) else {}
        # the claims as plain rows, read once for every scope (a column at a time)
        rows = cast(list[dict[Hashable, Any]], plain.records(stored))
        change = plan.upto["change_value"].to_numpy(dtype="float64")
        changed = set(plan.upto["obs_id"].to_numpy()[np.isfinite(change)].tolist())
        scopes, wanted = [], []
        none = stored.iloc[:0]  # one empty frame for the sections without stored claims
        for key in keys:
            headline_ids = {int(r["obs_id"]) for r in plan.latest.get(key, [])}
            own = by_code.get((key[0],))
            if own is None and not headline_ids & changed:
                continue
            claims = stored.iloc[own] if own is not None else none
            mine = [rows[i] for i in own.tolist()] if own is not None else []
            scopes.append(Scope(key[0], key[1], claims, frozenset(headline_ids), mine))
            wanted.append((key, headline_ids))
        if not scopes:
            return {}
        # a scope sees only its own (indicator, subject) rows (ScopedData): checked on
        # those rows alone, not on the pair's 10,000 (keyed once per check pass)
        none_at = np.array([], dtype=np.int64)
        at = np.sort(np.concatenate([plan.rows.get(key, none_at) for key, _ids in wanted]))
        # every row wanted (each section has a headline or a claim): the frame itself, not
        # a copy of its 40 columns
        scoped = plan.upto if len(at) == len(plan.upto) else plan.upto.iloc[at]
        found = check_by_scope(scoped, self.store.sources, self.store.records, scopes)
        return {
            key: [c for c in checks if c["obs_id"] in ids or c["claim_id"] > 0]
            for (key, ids), checks in zip(wanted, found, strict=True)
        }

    # -- one section -------------------------------------------------------------------

    def section_of(self, plan: PairPlan, code: str, subject: str) -> IndicatorSection | None:
        key = (code, subject)
        start, stop = plan.spans.get(key, (0, 0))
        if start == stop:
            return None
        at = plan.rows[key]
        name = indicator_name(self.words, self.names.get(code, code))
        statuses = plan.statuses
        unit = self.units[code] if code in self.units else self._unit_texts(plan)[at[0]]
        section = IndicatorSection(
            key=f"{code}·{subject}" if subject else code,
            indicator=code,
            name=name,
            subject=subject,
            topic=str(self.topics.get(code, "Other")),
            unit=str(unit),
            # given, not the default's empty table (17 lists per section) replaced later
            figures=self._figure_table(plan, start, stop, name),
        )
        # the summary's choice of latest figures (one per kind of period), among the
        # figures the analytics use, so the headline and the table cite the same row
        latest = plan.latest.get(key, [])
        checks = plan.checks.get(key, [])
        disputed = {
            int(c["obs_id"])
            for c in checks
            if c["claim_type"] == "growth" and c["verdict"] == CONFLICTING
        }
        for row in latest:
            headline = self._headline(row, plan, name, statuses)
            if int(row["obs_id"]) in disputed:
                # the sources disagree about the base: no computed change is stated as fact
                headline = replace(headline, change_percent=None)
            section.headlines.append(headline)
        claims = (
            claim_notes(self.words, checks, plan.claim_rows[key], self.store, self.book.numbers)
            if checks
            else []
        )
        records = self._records(plan, key, latest)
        section.analysis = self._analysis(plan, at, latest, name, checks, claims, records)
        for c in plan.conflicts.get(key, []):
            text = (
                conflict_sentence(c, self.names)
                if self.english
                else localised_conflict(self.words, cast(pd.Series, c), name)
            )
            section.conflicts.append(
                Cited(text, self.book.numbers(sorted(set(c["source_ids"]))), "conflict")
            )
        wants_chart = self._wants_chart(code)
        shown = (
            plan.shown.iloc[plan.shown_rows.get(key, np.array([], dtype=np.int64))]
            if wants_chart
            else None
        )
        if shown is not None:
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
            small = self._message_chart(section, shown, first.figure) if shown is not None else None
            self.facts.append(
                SectionFacts(
                    key=section.key,
                    name=section.title,
                    topic=section.topic,
                    latest=first,
                    figures=len(at),
                    record=record[0] if record else None,
                    record_notes=record[1] if record else (),
                    claims=claims,
                    chart=small,
                )
            )
        return section

    def _figure_table(self, plan: PairPlan, start: int, stop: int, name: str) -> FigureTable:
        """The section's share of the plan's figure columns (its sources numbered with
        every figure's, :meth:`plan`)."""
        figures = plan.figures
        return FigureTable(
            {
                c: [name] * (stop - start) if c == "name" else figures[c][start:stop]
                for c in FIGURE_FIELDS
            }
        )

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

    def _records(
        self, plan: PairPlan, key: tuple[str, str], latest: list[dict[str, Any]]
    ) -> dict[int, tuple[RecordStatus, tuple[int, ...]]]:
        """The record standing of each headline figure, with its citation numbers."""
        headline_ids = {int(r["obs_id"]) for r in latest}
        return {
            status.latest_obs_id: (status, self.book.numbers(status.source_ids))
            for status in plan.records.get(key, [])
            if status.latest_obs_id in headline_ids
        }

    def _analysis(
        self,
        plan: PairPlan,
        at: np.ndarray,
        latest: list[dict[str, Any]],
        name: str,
        checks: list[dict[str, Any]],
        claims: list[ClaimNote],
        records: dict[int, tuple[RecordStatus, tuple[int, ...]]],
    ) -> list[Cited]:
        """Record status, projection and claim verdict of each headline figure: in English
        the analytics' own explanations, in other languages the catalogue's sentences."""
        sources, out, w = self.store.sources, [], self.words
        periods = {
            int(r["obs_id"]): self._period(r["period_start"], r["period_end"], r["period_point"])
            for r in latest
        }
        for obs_id, (status, notes) in records.items():
            text = (
                status.explanation()
                if self.english
                else record_sentence(w, status, periods.get(obs_id, status.latest_period))
            )
            out.append(Cited(text, notes, "record"))
        ytd = [
            int(r["obs_id"])
            for r in latest
            if int(r["period_start"]) % 12 == 0
            and 0 < int(r["period_end"]) - int(r["period_start"]) < 11
            and not bool(r["period_point"])
        ]
        rows = plan.upto.iloc[at] if ytd else None
        for obs_id in ytd:
            assert rows is not None
            proj = project_full_year(rows, obs_id, sources)
            text = (
                proj.explanation()
                if self.english
                else projection_sentence(w, proj, periods.get(obs_id, proj.window))
            )
            out.append(Cited(text, self.book.numbers(proj.source_ids), "projection"))
        if self.english:
            for c in checks:
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
        self,
        row: dict[str, Any],
        plan: PairPlan,
        name: str,
        statuses: dict[int, tuple[str, str]],
    ) -> Headline:
        note = self.book.number(int(row["source_id"]))
        start, end, point = (
            int(row["period_start"]),
            int(row["period_end"]),
            bool(row["period_point"]),
        )
        value, unit, qualifier = float(row["value"]), str(row["unit"]), str(row["qualifier"])
        # ``statuses``: the observation's (status, note), which the analytics' frames lack
        obs_id = int(row["obs_id"])
        status_, remark = statuses[obs_id]
        shown = plan.headline_texts.get(obs_id)
        fig = figure_row(
            {
                "indicator": str(row["indicator"]),
                "name": name,
                "subject": str(row["subject"]),
                "period": self._period(start, end, point),
                "period_start": start,
                "period_end": end,
                "value": value,
                "unit": unit,
                "qualifier": qualifier,
                "value_text": shown
                if shown is not None
                else format_figure(value, unit, qualifier, self.words.locale),
                "reporter": str(row["reporter"]),
                "partner": str(row["partner"]),
                "status": status_,
                "note": note,
                "obs_id": obs_id,
                "remark": remark,
                "point": point,
            }
        )
        status = "" if fig.status == "derived" else fig.status
        line = figure_line(self.words, fig.value_text, fig.period, fig.reporter, status)
        text = Cited(line, (note,), "latest")
        if fig.status == "derived":
            text = self._derived(text, fig.obs_id)
        return Headline(fig, text, _change_percent(plan, row))

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

    def _unit_texts(self, plan: PairPlan) -> np.ndarray:
        """The unit of each row of ``plan.upto`` (read once, for the indicators the
        catalogue lacks)."""
        return once_per_pass("briefing.units", (plan.upto,), lambda: str_texts(plan.upto["unit"]))

    def _wants_chart(self, code: str) -> bool:
        chosen = self.request.chart_indicators
        return self.request.charts and (not chosen or code in chosen)
