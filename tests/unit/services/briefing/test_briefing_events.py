"""The briefing's Events section: the pair's events in the period range, dated, with their
sources, in every format (Markdown, HTML — which the PDF lays out —, DOCX, XLSX), numbered
as the charts mark them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from docx import Document

from app.domain.edits import AddRecords
from app.domain.records import normalise_records
from app.domain.store import ObservationStore
from app.services.briefing import (
    EXPORTERS,
    Briefing,
    BriefingRequest,
    EventChart,
    build_briefing,
    render_markdown,
)
from app.services.briefing.text_formats import render_html
from app.services.bundled import bundled_tables

TODAY = dt.date(2025, 12, 25)
OPENING = "January 8, 2026 — opening: Khizi-Absheron"
AGREEMENTS = (
    "April 22, 2025 — agreement: Memorandum on a 2 GW Caspian offshore wind project",
    "April 23, 2025 — agreement: Three solar agreements signed with Chinese companies",
)
VISIT = "April 24, 2025 — visit: President Aliyev meets the chairman of China Energy Engineering"


def bundled_store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators, t.records)


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    return bundled_store()


@pytest.fixture(scope="module")
def briefing(store: ObservationStore) -> Briefing:
    return build_briefing(store, BriefingRequest(template="dossier"), today=TODAY)


def test_the_bundled_briefing_lists_visits_agreements_and_openings(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    assert "## Events" in text
    for line in (OPENING, *AGREEMENTS, VISIT):
        assert line in text
    # the events come after the figures and before the sources, in date order
    assert text.index("## Events") < text.index("## Sources")
    starts = [e.date_start for e in briefing.events]
    assert starts == sorted(starts)
    assert [e.number for e in briefing.events] == list(range(1, len(starts) + 1))
    assert "Garadagh" not in text  # an AZE–ARE event, not this pair's


def test_each_event_names_and_cites_its_source(store: ObservationStore, briefing) -> None:
    labels = store.source_label_by_id()
    by_number = {c.number: c.source_id for c in briefing.citations}
    opening = next(e for e in briefing.events if e.date_start == "2026-01-08")
    assert opening.source == labels[opening.source_id]
    assert opening.line.text.endswith(f"({opening.source})")
    (note,) = opening.line.notes
    assert by_number[note] == opening.source_id
    # sources cited only by events still get numbers and are listed
    cited = {n for e in briefing.events for n in e.line.notes}
    assert cited <= set(by_number)


def test_the_period_range_narrows_the_events(store: ObservationStore) -> None:
    year_2025 = BriefingRequest(
        first_month=2025 * 12, last_month=2025 * 12 + 11, charts=False, template="dossier"
    )
    events = build_briefing(store, year_2025, today=TODAY).events
    starts = [e.date_start for e in events]
    assert starts
    assert all(s.startswith("2025") for s in starts)
    assert "2024-11" not in starts
    assert "2026-01-08" not in starts


def test_annotations_are_listed_without_a_citation() -> None:
    store = bundled_store()
    note = {
        "event_id": 99,
        "date_start": "2025-06",
        "date_end": "2025-08",
        "event_type": "annotation",
        "title": "Customs <b>reform</b> & rail works",
        "countries": "",
        "source_id": -1,
    }
    store.apply(AddRecords({"events": normalise_records("events", pd.DataFrame([note]))}, "add"))
    b = build_briefing(store, BriefingRequest(charts=False, template="dossier"), today=TODAY)
    mine = next(e for e in b.events if e.date_start == "2025-06")
    assert mine.line.notes == ()
    assert mine.ranged
    assert mine.line.text == "2025-06 to 2025-08 — annotation: Customs <b>reform</b> & rail works"
    assert "Customs &lt;b&gt;reform&lt;/b&gt; &amp; rail works" in render_html(b)
    assert "Customs \\<b\\>reform\\</b\\> & rail works" in render_markdown(b)


def test_every_format_has_the_events(briefing: Briefing, tmp_path: Path) -> None:
    html_path, md_path = tmp_path / "b.html", tmp_path / "b.md"
    EXPORTERS["html"].export(briefing, html_path)
    EXPORTERS["md"].export(briefing, md_path)
    for path in (html_path, md_path):
        text = path.read_text(encoding="utf-8")
        assert OPENING in text
        assert all(a in text for a in AGREEMENTS)
    assert '<h2><a name="toc-' in html_path.read_text(encoding="utf-8")
    assert "Events</h2>" in html_path.read_text(encoding="utf-8")

    docx_path = tmp_path / "b.docx"
    EXPORTERS["docx"].export(briefing, docx_path)
    doc = Document(str(docx_path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Events" in headings
    body = [p.text for p in doc.paragraphs]
    opening = next(e for e in briefing.events if e.date_start == "2026-01-08")
    line = next(t for t in body if OPENING in t)
    assert line.startswith(f"{opening.number}. ")
    assert line.endswith(f"[{opening.line.notes[0]}]")

    xlsx_path = tmp_path / "b.xlsx"
    EXPORTERS["xlsx"].export(briefing, xlsx_path)
    sheet = openpyxl.load_workbook(xlsx_path)["Events"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("No.", "Date", "End", "Type", "Title", "Source", "Source no.")
    assert rows[opening.number][1:4:2] == ("2026-01-08", "opening")
    assert rows[opening.number][6] == opening.line.notes[0]
    assert {r[3] for r in rows[1:]} >= {"visit", "agreement", "opening"}


def test_charts_carry_the_events_numbered_as_listed(store: ObservationStore) -> None:
    b = build_briefing(
        store, BriefingRequest(indicators=("trade_turnover",), template="dossier"), today=TODAY
    )
    chart = b.sections[0].chart
    assert isinstance(chart, EventChart)
    assert [e.number for e in chart.events] == [e.number for e in b.events]
    assert [e.first_month for e in chart.events] == [e.first_month for e in b.events]
    # a chart re-laid out in another mode keeps its events
    assert isinstance(chart.with_mode(chart.mode), EventChart)


def test_no_events_no_section() -> None:
    t = bundled_tables()
    store = ObservationStore(t.observations, t.sources, t.indicators)  # no records
    b = build_briefing(store, BriefingRequest(charts=False, template="dossier"), today=TODAY)
    assert b.events == []
    assert "Events" not in render_markdown(b)
