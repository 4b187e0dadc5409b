"""The Word briefing read back: real styles, repeating header rows that never split, a
running header and "Page n of N" fields, a TOC field in the dossier only, embedded charts;
and, where LibreOffice is installed, the note of the bundled pair laid out in at most two
pages in each language."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.shared import Cm

from app.services.briefing import (
    EXPORTERS,
    Briefing,
    BriefingRequest,
    RenderChart,
    build_briefing,
)
from app.services.briefing.charts import render_charts
from app.services.briefing.locale_format import label
from app.services.briefing.outline import Chart, KeyPoint, Table, outline
from app.services.bundled import bundled_tables

TODAY = dt.date(2026, 12, 1)
LANGUAGES = ("en", "ru", "az", "zh")


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


PNG = _png(80, 40)


def briefing(
    template: str, locale: str = "en", charts: bool = True, render: RenderChart | None = None
) -> Briefing:
    store = bundled_tables().store()
    request = BriefingRequest(template=template, locale=locale, charts=charts)
    b = build_briefing(store, request, today=TODAY)
    if charts:
        render_charts(b, render or (lambda _spec: PNG))
    return b


def exported(b: Briefing, path: Path, **options: object) -> DocumentObject:
    EXPORTERS["docx"].export(b, path, options)
    return Document(str(path))


def body_xml(doc: DocumentObject) -> str:
    return str(doc.element.xml)


@pytest.fixture(scope="module")
def note() -> Briefing:
    return briefing("note")


@pytest.fixture(scope="module")
def dossier() -> Briefing:
    return briefing("dossier")


def test_note_uses_word_styles_and_numbers_its_messages(note: Briefing, tmp_path: Path) -> None:
    doc = exported(note, tmp_path / "note.docx")
    paragraphs = [p for p in doc.paragraphs]
    cell_paragraphs = [p for t in doc.tables for c in t._cells for p in c.paragraphs]
    styles = {p.style.name for p in (*paragraphs, *cell_paragraphs)}
    assert {"Title", "Heading 1", "Caption", "List Number", "Small"} <= styles
    assert paragraphs[0].text == note.title
    assert doc.core_properties.title == note.title
    numbered = [p for p in (*paragraphs, *cell_paragraphs) if p.style.name == "List Number"]
    assert len(numbered) == len(note.messages)
    first = note.messages[0].text
    assert any(p.text.startswith(first.text) for p in numbered)
    # citation marks are superscript "[n]" linked to the source list's bookmarks
    xml = body_xml(doc)
    assert re.search(r'w:anchor="src_\d+"', xml)
    assert 'w:vertAlign w:val="superscript"' in xml
    assert all(f'w:name="src_{c.number}"' in xml for c in note.citations)
    assert "TOC" not in xml  # a note has no contents
    assert doc.settings.element.find(qn("w:updateFields")) is None


def test_note_embeds_each_message_chart_small(note: Briefing, tmp_path: Path) -> None:
    doc = exported(note, tmp_path / "note.docx")
    charts = [b.chart for b in outline(note) if isinstance(b, KeyPoint) and b.chart]
    assert charts
    assert len(doc.inline_shapes) == len(charts)
    assert all(abs(s.width - Cm(8.1)) < Cm(0.05) for s in doc.inline_shapes)
    captions = [p.text for t in doc.tables for c in t._cells for p in c.paragraphs]
    assert label("chart_of", "en").format(name="Trade turnover") in captions
    plain = exported(briefing("note", charts=False), tmp_path / "plain.docx")
    assert len(plain.inline_shapes) == 0


def test_page_set_up_header_and_footer_fields(tmp_path: Path) -> None:
    b = briefing("note", "ru", charts=False)
    doc = exported(b, tmp_path / "ru.docx")
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert all(
        round(getattr(section, f"{side}_margin").cm, 1) == 2.0
        for side in ("left", "right", "top", "bottom")
    )
    assert b.running_header
    assert section.header.paragraphs[0].text == b.running_header
    footer = section.footer.paragraphs[0]
    footer_xml = str(footer._p.xml)
    assert " PAGE " in footer_xml
    assert " NUMPAGES " in footer_xml
    words = [w for w in re.split(r"\{pages?\}", label("page_of", "ru")) if w]
    assert words
    assert all(w in footer.text for w in words)
    lang = doc.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}")
    assert lang is not None
    assert lang.get(qn("w:val")) == "ru-RU"
    assert doc.core_properties.language == "ru-RU"


def test_dossier_has_a_toc_field_bookmarks_and_repeating_rows(
    dossier: Briefing, tmp_path: Path
) -> None:
    doc = exported(dossier, tmp_path / "dossier.docx", chart_width_cm=12)
    xml = body_xml(doc)
    assert 'TOC \\o "1-2" \\h \\z \\u' in xml
    assert doc.settings.element.find(qn("w:updateFields")) is not None
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Heading 1", "Heading 2", "TOC Heading", "toc 1", "toc 2", "Caption"} <= styles
    # every heading the contents link to is bookmarked
    assert 'w:name="toc_1"' in xml
    assert 'w:anchor="toc_1"' in xml
    figure_tables = [t for t in doc.tables if t.style is not None and t.style.name == "Table Grid"]
    blocks = [b for b in outline(dossier) if isinstance(b, Table)]
    assert len(figure_tables) == len(blocks) > 0
    for table, block in zip(figure_tables, blocks, strict=True):
        rows = [r._tr for r in table.rows]
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(r.trPr.find(qn("w:cantSplit")) is not None for r in rows)
        assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
        value = table.rows[1].cells[block.numeric[0]].paragraphs[0]
        assert value.alignment is not None
        assert value.alignment.name == "RIGHT"
        assert value.style.name == "Table Text Small"
    charts = [b for b in outline(dossier) if isinstance(b, Chart) and b.key in dossier.images]
    wide = [s for s in doc.inline_shapes if abs(s.width - Cm(12)) < Cm(0.05)]
    assert len(wide) == len(charts) > 0


def test_table_template_and_hostile_text(tmp_path: Path) -> None:
    b = briefing("table", "zh", charts=False)
    b.title = "China\x07 – Azerbaijan\x00"
    doc = exported(b, tmp_path / "table.docx", quotes=False)
    assert doc.paragraphs[0].text == "China – Azerbaijan"
    (table,) = [t for t in doc.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(table.rows) == len(b.figure_rows()) + 1
    lang = doc.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}")
    assert lang is not None
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


# --- page count through LibreOffice -------------------------------------------------------


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)[1])  # type: ignore[index]
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


@pytest.fixture(scope="module")
def note_pdfs(qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled pair's note in each language, charts drawn by the Qt renderer, laid out
    by LibreOffice (one conversion run for all four)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: no DOCX page count to measure")
    from app.qt.chart_render import briefing_chart_renderer

    out = tmp_path_factory.mktemp("note_pdf")
    render = briefing_chart_renderer()
    for loc in LANGUAGES:
        EXPORTERS["docx"].export(briefing("note", loc, render=render), out / f"note_{loc}.docx")
    profile = (out / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            *("--headless", "--convert-to", "pdf", "--outdir", str(out)),
            *(str(out / f"note_{loc}.docx") for loc in LANGUAGES),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return {loc: out / f"note_{loc}.pdf" for loc in LANGUAGES}


@pytest.mark.parametrize("loc", LANGUAGES)
def test_the_note_fits_in_two_pages(note_pdfs: dict[str, Path], loc: str) -> None:
    pdf = note_pdfs[loc]
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {loc}"
    assert 1 <= _pages(pdf) <= 2
