"""Excel briefing: a summary sheet, the figures used, the analytics' sentences, the sources.

Values are numbers with number formats ("$"#,##0, … %); the change on a year earlier is a
fraction formatted as a percentage, so a spreadsheet can compute with both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.services.atomic import atomic_path
from app.services.briefing.base import Exporter, marks
from app.services.briefing.model import Briefing
from app.services.briefing.sheets import (
    PERCENT_CHANGE_FORMAT,
    cell_value,
    value_format,
    write_sheet,
)

SUMMARY_HEADERS = (
    "Topic",
    "Indicator",
    "Subject",
    "Period",
    "Value",
    "Unit",
    "Qualifier",
    "Value as text",
    "Reporter",
    "Change on a year earlier",
    "Source no.",
)
DATA_HEADERS = (
    "Indicator code",
    "Indicator",
    "Subject",
    "Period",
    "Period start (month)",
    "Period end (month)",
    "Value",
    "Unit",
    "Qualifier",
    "Value as text",
    "Reporter",
    "Partner",
    "Status",
    "Source no.",
    "Observation id",
    "Note",
)


def _summary_rows(briefing: Briefing) -> list[tuple[Any, ...]]:
    rows = []
    for s in briefing.sections:
        for h in s.headlines:
            f = h.figure
            change = h.change_percent / 100.0 if h.change_percent is not None else None
            rows.append(
                (
                    s.topic,
                    s.name,
                    s.subject,
                    f.period,
                    f.value,
                    f.unit,
                    f.qualifier,
                    f.value_text,
                    f.reporter,
                    change,
                    f.note,
                )
            )
    return rows


EVENT_HEADERS = ("No.", "Date", "End", "Type", "Title", "Source", "Source no.")


def _event_rows(briefing: Briefing) -> list[tuple[Any, ...]]:
    return [
        (
            e.number,
            e.date_start,
            e.date_end,
            e.event_type,
            e.title,
            e.source,
            e.line.notes[0] if e.line.notes else None,
        )
        for e in briefing.events
    ]


def _value_fmt(value_col: int, unit_col: int) -> Any:
    def fmt(row: Sequence[Any]) -> str:
        return value_format(float(row[value_col]), str(row[unit_col]))

    return fmt


class XlsxExporter(Exporter):
    name = "xlsx"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        wb = Workbook()
        summary = wb.active
        assert summary is not None  # a new workbook always has one sheet
        summary.title = "Summary"
        write_sheet(
            summary,
            SUMMARY_HEADERS,
            _summary_rows(briefing),
            {4: _value_fmt(4, 5), 9: lambda _r: PERCENT_CHANGE_FORMAT},
        )
        data = [
            (
                r.indicator,
                r.name,
                r.subject,
                r.period,
                r.period_start,
                r.period_end,
                r.value,
                r.unit,
                r.qualifier,
                r.value_text,
                r.reporter,
                r.partner,
                r.status,
                r.note,
                r.obs_id,
                r.remark,
            )
            for r in briefing.figure_rows()
        ]
        write_sheet(wb.create_sheet("Data"), DATA_HEADERS, data, {6: _value_fmt(6, 7)})
        notes = [
            (s.name, s.subject, c.kind, c.text, marks(c))
            for s in briefing.sections
            for c in (*(h.text for h in s.headlines), *s.analysis, *s.conflicts)
        ]
        write_sheet(
            wb.create_sheet("Analysis"), ("Indicator", "Subject", "Kind", "Text", "Sources"), notes
        )
        if briefing.events:
            write_sheet(wb.create_sheet("Events"), EVENT_HEADERS, _event_rows(briefing))
        quote = bool(opts["quotes"])
        sources = [
            (
                c.number,
                c.publisher,
                c.title,
                c.published,
                c.speaker,
                c.url,
                c.quote if quote else "",
            )
            for c in briefing.citations
        ]
        write_sheet(
            wb.create_sheet("Sources"),
            ("No.", "Publisher", "Title", "Published", "Speaker", "URL", "Quote"),
            sources,
        )
        info = wb.create_sheet("About")
        for row in (
            ("Title", briefing.title),
            ("As of", briefing.as_of),
            ("Periods", briefing.period_text),
            ("Locale", briefing.locale),
        ):
            info.append([cell_value(v) for v in row])
        with atomic_path(path) as tmp:
            wb.save(tmp)
