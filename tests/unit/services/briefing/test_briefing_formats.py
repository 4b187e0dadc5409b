"""Every briefing format read back: DOCX (python-docx), HTML (parsed), Markdown, XLSX
(openpyxl); hostile text stays text; a failed export leaves nothing at the target."""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from docx import Document
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.model import normalise_observations, normalise_sources
from app.domain.store import ObservationStore
from app.services.briefing import EXPORTERS, Briefing, BriefingRequest, build_briefing
from app.services.briefing.charts import render_charts
from app.services.bundled import bundled_tables

TODAY = dt.date(2025, 12, 25)
HOSTILE = "<script>alert('x')</script>"


def _png(width: int, height: int) -> bytes:
    """A small grey PNG: the exporters embed whatever the Qt renderer drew."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PNG = _png(40, 20)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    t = bundled_tables()
    store = ObservationStore(t.observations, t.sources, t.indicators)
    request = BriefingRequest(
        indicators=("trade_turnover", "tourist_arrivals_from_partner"), template="dossier"
    )
    b = build_briefing(store, request, today=TODAY)
    render_charts(b, lambda spec: PNG)
    return b


@pytest.fixture(scope="module")
def hostile() -> Briefing:
    obs, src = tiny_tables()
    obs.loc[obs["obs_id"] == 3, "note"] = f"{HOSTILE} =1+1"
    src.loc[src["source_id"] == 3, "publisher"] = '=HYPERLINK("http://evil")'
    src.loc[src["source_id"] == 3, "url"] = "javascript:alert(1)"
    store = ObservationStore(
        normalise_observations(obs), normalise_sources(src), TINY_INDICATORS.copy()
    )
    return build_briefing(store, BriefingRequest(charts=False, template="dossier"), today=TODAY)


def test_docx_headings_figures_and_citations(briefing: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    EXPORTERS["docx"].export(briefing, path)
    doc = Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == briefing.title == "China – Azerbaijan: dossier"
    assert {"Trade", "Trade turnover", "Tourism", "Sources"} <= set(headings)
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "$2.44 billion, Jan–Oct 2025 (CHN)" in body
    assert "more than 57,000 people" in body
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert "$2.44 billion" in cells
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    cited |= {int(c[1:-1]) for c in cells if re.fullmatch(r"\[\d+\]", c)}
    listed = [int(m) for m in re.findall(r"^\[(\d+)\] ", body, flags=re.M)]
    assert listed == [c.number for c in briefing.citations]
    assert cited == set(listed)
    # the key messages' small charts and the sections' charts
    assert len(doc.inline_shapes) == len(briefing.images) == 3


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Collect:
    parser = _Collect()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_html_is_self_contained_and_complete(briefing: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "b.html"
    EXPORTERS["html"].export(briefing, path)
    page = _parse(path)
    text = "".join(page.text)
    assert "$2.44 billion, Jan–Oct 2025 (CHN)" in text
    # the key message's small chart of trade and the two sections' charts
    assert page.tags.count("img") == 3
    assert "data:image/png;base64," in path.read_text(encoding="utf-8")
    assert sum(1 for h in page.hrefs if h.startswith("#src")) > 0


def test_html_keeps_hostile_text_as_text(hostile: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "h.html"
    EXPORTERS["html"].export(hostile, path)
    page = _parse(path)
    assert "script" not in page.tags
    assert HOSTILE in "".join(page.text)
    assert not any(h.lower().startswith("javascript:") for h in page.hrefs)


def test_markdown_writes_image_files_and_escapes(
    hostile: Briefing, briefing: Briefing, tmp_path: Path
) -> None:
    path = tmp_path / "b.md"
    EXPORTERS["md"].export(briefing, path)
    text = path.read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) == 3
    assert all((tmp_path / i).read_bytes() == PNG for i in images)
    assert "$2.44 billion, Jan–Oct 2025 (CHN) [" in text
    EXPORTERS["md"].export(hostile, tmp_path / "h.md")
    hostile_text = (tmp_path / "h.md").read_text(encoding="utf-8")
    assert "<script>" not in hostile_text
    assert "\\<script\\>" in hostile_text


def test_xlsx_numbers_formats_filters(
    briefing: Briefing, hostile: Briefing, tmp_path: Path
) -> None:
    path = tmp_path / "b.xlsx"
    EXPORTERS["xlsx"].export(briefing, path)
    wb = openpyxl.load_workbook(path)
    names = ["Key messages", "Figures", "Summary", "Analysis", "Events", "Sources", "About"]
    assert wb.sheetnames == [n for n in names if n != "Events" or briefing.events]
    summary = wb["Summary"]
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    seed = next(r for r in rows if r[3] == "Jan–Oct 2025" and r[1] == "Trade turnover")
    assert seed[4] == pytest.approx(2.44e9)
    assert isinstance(seed[4], int | float)
    cell = next(c for c in summary["E"] if c.value == seed[4])
    assert cell.number_format == '"$"#,##0'
    # the sources disagree about the Jan–Oct 2024 base: no computed change is stated
    assert summary.cell(row=cell.row, column=10).value is None
    # a computed change, where one is stated, is a number with a percent format
    import copy
    import dataclasses

    changed = copy.deepcopy(briefing)
    section = next(s for s in changed.sections if s.indicator == "trade_turnover")
    section.headlines[0] = dataclasses.replace(section.headlines[0], change_percent=12.5)
    EXPORTERS["xlsx"].export(changed, tmp_path / "c.xlsx")
    again = openpyxl.load_workbook(tmp_path / "c.xlsx")["Summary"]
    changes = [c for c in again["J"][1:] if isinstance(c.value, float)]
    assert [c.value for c in changes] == [pytest.approx(0.125)]
    assert changes[0].number_format == "+0.0%;-0.0%;0.0%"
    for ws in (summary, wb["Figures"]):
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
    frame = pd.read_excel(path, sheet_name="Figures")
    assert pd.api.types.is_numeric_dtype(frame["Value"])
    assert len(frame) == len(briefing.figure_rows())
    EXPORTERS["xlsx"].export(hostile, tmp_path / "h.xlsx")
    sources = openpyxl.load_workbook(tmp_path / "h.xlsx")["Sources"]
    publishers = [c.value for c in sources["B"]]
    assert '\'=HYPERLINK("http://evil")' in publishers


def test_failed_export_leaves_no_file(
    briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "b.docx"
    target.write_bytes(b"previous")

    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", boom)
    with pytest.raises(OSError, match="disk full"):
        EXPORTERS["docx"].export(briefing, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["b.docx"]


def test_unknown_option_is_refused(briefing: Briefing, tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="colour"):
        EXPORTERS["html"].export(briefing, tmp_path / "x.html", {"colour": "red"})
