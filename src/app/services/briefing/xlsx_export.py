"""Excel briefing: the key messages, every figure, the headline summary, the analytics'
sentences, the events, the sources and what the workbook covers.

Values are numbers with number formats ("$"#,##0, … %); the change on a year earlier is a
fraction formatted as a percentage, so a spreadsheet can compute with both. Each sheet has a
bold, frozen header row in the reader's language, a filter and fitted widths
(:func:`app.services.briefing.sheets.write_sheet`). A figure's source number links to its
row on the Sources sheet, and each source's web address is a link. Sheet names stay in
English so that formulas and scripts can refer to them in every language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from app.services.atomic import atomic_path
from app.services.briefing.base import Exporter, marks, safe_url
from app.services.briefing.locale_format import label
from app.services.briefing.model import Briefing
from app.services.briefing.phrases import Words, status_word, topic_name
from app.services.briefing.sheets import (
    MAX_WIDTH,
    PERCENT_CHANGE_FORMAT,
    cell_value,
    value_format,
    write_sheet,
)

#: column headings the document's labels do not (yet) cover, in English
ENGLISH = {
    "no": "No.",
    "subject": "Subject",
    "qualifier": "Qualifier",
    "value_text": "Value as text",
    "partner": "Partner",
    "source_no": "Source no.",
    "indicator_code": "Indicator code",
    "period_start": "Period start (month)",
    "period_end": "Period end (month)",
    "obs_id": "Observation id",
    "kind": "Kind",
    "text": "Text",
    "message": "Message",
    "key": "Key",
    "date": "Date",
    "end": "End",
    "type": "Type",
    "title": "Title",
    "publisher": "Publisher",
    "published": "Published",
    "speaker": "Speaker",
    "url": "URL",
    "quote": "Quote",
    "locale": "Locale",
}
MESSAGE_KEYS = ("no", "message", "sources", "topic", "why", "kind", "key")
FIGURE_KEYS = (
    *("topic", "indicator", "subject", "period", "value", "unit", "qualifier", "value_text"),
    *("reporter", "partner", "status", "source_no", "note", "indicator_code"),
    *("period_start", "period_end", "obs_id"),
)
SUMMARY_KEYS = (
    *("topic", "indicator", "subject", "period", "value", "unit", "qualifier", "value_text"),
    *("reporter", "change", "source_no"),
)
ANALYSIS_KEYS = ("indicator", "subject", "kind", "text", "sources")
EVENT_KEYS = ("no", "date", "end", "type", "title", "source", "source_no")
SOURCE_KEYS = ("no", "publisher", "title", "published", "speaker", "url", "quote")


def heading(key: str, locale: str) -> str:
    """A column heading in the reader's language (English where no label exists)."""
    try:
        return label(key, locale)
    except KeyError:
        return ENGLISH[key]


def headings(keys: Sequence[str], locale: str) -> tuple[str, ...]:
    return tuple(heading(k, locale) for k in keys)


def _value_fmt(value_col: int, unit_col: int) -> Any:
    def fmt(row: Sequence[Any]) -> str:
        return value_format(float(row[value_col]), str(row[unit_col]))

    return fmt


def _message_rows(b: Briefing) -> list[tuple[Any, ...]]:
    w = Words(b.locale)
    return [
        (n, m.text.text, marks(m.text), topic_name(w, m.topic), m.reason, m.kind, m.key)
        for n, m in enumerate(b.messages, 1)
    ]


def _figure_rows(b: Briefing) -> list[tuple[Any, ...]]:
    w = Words(b.locale)
    return [
        (
            *(topic_name(w, s.topic), r.name, r.subject, r.period, r.value, r.unit, r.qualifier),
            *(r.value_text, r.reporter, r.partner, status_word(w, r.status), r.note, r.remark),
            *(r.indicator, r.period_start, r.period_end, r.obs_id),
        )
        for s in b.sections
        for r in s.figures
    ]


def _summary_rows(b: Briefing) -> list[tuple[Any, ...]]:
    w = Words(b.locale)
    rows = []
    for s in b.sections:
        for h in s.headlines:
            f = h.figure
            change = h.change_percent / 100.0 if h.change_percent is not None else None
            rows.append(
                (
                    *(topic_name(w, s.topic), s.name, s.subject, f.period, f.value, f.unit),
                    *(f.qualifier, f.value_text, f.reporter, change, f.note),
                )
            )
    return rows


def _event_rows(b: Briefing) -> list[tuple[Any, ...]]:
    return [
        (
            *(e.number, e.date_start, e.date_end, e.event_type, e.title, e.source),
            e.line.notes[0] if e.line.notes else None,
        )
        for e in b.events
    ]


def _source_rows(b: Briefing, quotes: bool) -> list[tuple[Any, ...]]:
    return [
        (c.number, c.publisher, c.title, c.published, c.speaker, c.url, c.quote if quotes else "")
        for c in b.citations
    ]


def text_width(text: str) -> int:
    """Width of ``text`` in Latin characters (CJK ideographs count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def widen_for_wide_characters(ws: Worksheet) -> None:
    """Chinese characters take two columns of width: widen the columns that hold them
    (:func:`write_sheet` counts characters)."""
    for column in ws.iter_cols():
        wide = max((text_width(str(c.value)) for c in column if c.value is not None), default=0)
        dims = ws.column_dimensions[column[0].column_letter]
        dims.width = max(dims.width or 0, min(wide + 2, MAX_WIDTH))


def link_sources(ws: Worksheet, column: int, rows: Mapping[int, int]) -> None:
    """Turn the source numbers in ``column`` (0-based) into links to their Sources row."""
    for (cell,) in ws.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
        if isinstance(cell.value, int) and cell.value in rows:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"Sources!A{rows[cell.value]}")
            cell.style = "Hyperlink"


def link_urls(ws: Worksheet, column: int) -> None:
    """Web addresses in ``column`` (0-based) as links (no javascript: or file: links)."""
    for (cell,) in ws.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
        url = safe_url(str(cell.value or ""))
        if url:
            cell.hyperlink = url
            cell.style = "Hyperlink"


class XlsxExporter(Exporter):
    name = "xlsx"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        loc = briefing.locale
        wb = Workbook()
        first = wb.active
        assert first is not None  # a new workbook always has one sheet
        wb.remove(first)
        if briefing.messages:
            write_sheet(
                wb.create_sheet("Key messages"),
                headings(MESSAGE_KEYS, loc),
                _message_rows(briefing),
            )
        source_rows = {c.number: row for row, c in enumerate(briefing.citations, start=2)}
        figures = wb.create_sheet("Figures")
        write_sheet(
            figures, headings(FIGURE_KEYS, loc), _figure_rows(briefing), {4: _value_fmt(4, 5)}
        )
        link_sources(figures, FIGURE_KEYS.index("source_no"), source_rows)
        summary = wb.create_sheet("Summary")
        write_sheet(
            summary,
            headings(SUMMARY_KEYS, loc),
            _summary_rows(briefing),
            {4: _value_fmt(4, 5), 9: lambda _r: PERCENT_CHANGE_FORMAT},
        )
        link_sources(summary, SUMMARY_KEYS.index("source_no"), source_rows)
        notes = [
            (s.name, s.subject, c.kind, c.text, marks(c))
            for s in briefing.sections
            for c in (*(h.text for h in s.headlines), *s.analysis, *s.conflicts)
        ]
        write_sheet(wb.create_sheet("Analysis"), headings(ANALYSIS_KEYS, loc), notes)
        if briefing.events:
            events = wb.create_sheet("Events")
            write_sheet(events, headings(EVENT_KEYS, loc), _event_rows(briefing))
            link_sources(events, EVENT_KEYS.index("source_no"), source_rows)
        sources = wb.create_sheet("Sources")
        rows = _source_rows(briefing, bool(opts["quotes"]))
        write_sheet(sources, headings(SOURCE_KEYS, loc), rows)
        link_urls(sources, SOURCE_KEYS.index("url"))
        info = wb.create_sheet("About")
        for row in (
            (heading("title", loc), briefing.title),
            (label("as_of", loc), briefing.as_of),
            (label("period_covered", loc), briefing.period_text),
            (heading("locale", loc), loc),
        ):
            info.append([cell_value(v) for v in row])
        info.column_dimensions["A"].width = 24
        info.column_dimensions["B"].width = 60
        for ws in wb.worksheets:
            widen_for_wide_characters(ws)
        with atomic_path(path) as tmp:
            wb.save(tmp)
