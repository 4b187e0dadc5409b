"""Word briefing (python-docx): real headings, tables and embedded chart images.

Citation marks are superscript runs "[n]"; the source list is a numbered list written as
"[n] …" paragraphs so that the numbers survive any Word list restyling.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from app.services.atomic import atomic_path
from app.services.briefing.base import (
    Exporter,
    change_suffix,
    citation_text,
    dateline,
    safe_url,
)
from app.services.briefing.locale_format import format_day, label
from app.services.briefing.model import Briefing, Cited, IndicatorSection
from app.services.briefing.text_formats import by_topic

TABLE_KEYS = ("period", "value", "reporter", "status", "source", "note")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text without the control characters XML (and so Word) cannot hold."""
    return _NOT_XML.sub("", text)


def _cited(paragraph: Paragraph, cited: Cited) -> None:
    paragraph.add_run(xml_safe(cited.text))
    for n in cited.notes:
        paragraph.add_run(f"[{n}]").font.superscript = True


def _figures_table(doc: DocumentObject, s: IndicatorSection, loc: str) -> None:
    table = doc.add_table(rows=1, cols=len(TABLE_KEYS))
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, TABLE_KEYS, strict=True):
        cell.text = label(key, loc)
        cell.paragraphs[0].runs[0].font.bold = True
    for r in s.figures:
        cells = table.add_row().cells
        for cell, text in zip(
            cells,
            (r.period, r.value_text, r.reporter, r.status, f"[{r.note}]", r.remark),
            strict=True,
        ):
            cell.text = xml_safe(text)


def _section(
    doc: DocumentObject, s: IndicatorSection, png: bytes | None, loc: str, width_cm: int
) -> None:
    doc.add_heading(xml_safe(s.title), level=3)
    doc.add_paragraph().add_run(f"{label('latest', loc)}:").bold = True
    for h in s.headlines:
        p = doc.add_paragraph(style="List Bullet")
        _cited(p, h.text)
        p.add_run(change_suffix(h, loc))
    for c in s.analysis:
        _cited(doc.add_paragraph(style="List Bullet"), c)
    if s.conflicts:
        doc.add_paragraph().add_run(f"{label('conflicts', loc)}:").bold = True
        for c in s.conflicts:
            _cited(doc.add_paragraph(style="List Bullet"), c)
    if png:
        doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
    _figures_table(doc, s, loc)


def _events(doc: DocumentObject, briefing: Briefing) -> None:
    """The numbered events, "1. 2026-01-08 — opening: …[n]" (numbers as on the charts,
    written out so that they survive any list restyling)."""
    if not briefing.events:
        return
    doc.add_heading(label("events", briefing.locale), level=1)
    for ev in briefing.events:
        p = doc.add_paragraph()
        p.add_run(f"{ev.number}. ").bold = True
        _cited(p, ev.line)


def _sources(doc: DocumentObject, briefing: Briefing, quotes: bool) -> None:
    loc = briefing.locale
    doc.add_heading(label("sources", loc), level=1)
    for c in briefing.citations:
        p = doc.add_paragraph()
        p.add_run(f"[{c.number}] ").bold = True
        p.add_run(xml_safe(citation_text(c, format_day(c.published, loc))) + ".")
        url = safe_url(c.url)
        if url:
            p.add_run(f" {xml_safe(url)}")
        if quotes and c.quote:
            p.add_run(f" “{xml_safe(c.quote)}”").italic = True


class DocxExporter(Exporter):
    name = "docx"

    def export(
        self, briefing: Briefing, path: Path, options: Mapping[str, Any] | None = None
    ) -> None:
        opts = self.resolved(options)
        loc = briefing.locale
        doc = Document()
        doc.core_properties.title = briefing.title
        doc.styles["Normal"].font.size = Pt(10.5)
        doc.add_heading(briefing.title, level=0)
        doc.add_paragraph(xml_safe(dateline(briefing)))
        for topic, sections in by_topic(briefing):
            doc.add_heading(xml_safe(topic), level=1)
            for s in sections:
                _section(doc, s, briefing.images.get(s.key), loc, int(opts["chart_width_cm"]))
        _events(doc, briefing)
        for note in briefing.notes:
            doc.add_paragraph(xml_safe(note))
        _sources(doc, briefing, bool(opts["quotes"]))
        with atomic_path(path) as tmp:
            doc.save(str(tmp))
