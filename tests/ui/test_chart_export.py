"""Chart pictures and the Qt-side briefing formats: PNG size and DPI, SVG, clipboard, the
briefing chart renderer, the PDF (text read back, a page rendered), ``corridor brief``."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QImage

from app.cli.main import main as corridor
from app.main import create_main_window
from app.qt.chart_render import briefing_chart_renderer
from app.qt.pdf_export import PdfExporter
from app.services.briefing import BriefingRequest, build_briefing, render_charts
from app.services.desk import Desk
from app.ui.chart_export import chart_bytes, copy_chart


@pytest.fixture
def window(qtbot, tiny_desk: Desk, tmp_path: Path):
    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.catalogue.select_code("trade_turnover")
    return w


def test_png_has_chosen_size_and_dpi(window) -> None:
    png = chart_bytes(window.chart, "PNG", 1200, 600, 200)
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (1200, 600)
    assert round(image.dotsPerMeterX() * 0.0254) == 200
    assert window.chart.plot.width() != 1200  # the window's chart was not resized


def test_svg_is_vector_text(window) -> None:
    svg = chart_bytes(window.chart, "SVG", 800, 400, 96)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert b"<path" in svg or b"<polyline" in svg


def test_copy_chart_puts_an_image_on_the_clipboard(window) -> None:
    image = copy_chart(window.chart, window.bus)
    clip = QGuiApplication.clipboard().image()
    assert not clip.isNull()
    assert clip.size() == image.size()


def _briefing(desk: Desk, locale: str = "en"):
    b = build_briefing(desk.store, BriefingRequest(locale=locale, template="dossier"))
    render_charts(b, briefing_chart_renderer(dpi=96))
    return b


def test_briefing_charts_and_pdf_text(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    b = _briefing(tiny_desk)
    assert set(b.images) == set(b.chart_specs())
    assert "trade_turnover" in b.images  # tourism: too few points for a chart here
    assert QImage.fromData(b.images["trade_turnover"]).width() == 605  # 16 cm at 96 dpi
    path = tmp_path / "b.pdf"
    PdfExporter().export(b, path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    flat = "".join(text.split())  # the extractor breaks lines inside words
    assert "$2.44billion" in flat
    for c in b.citations:
        assert "".join(c.publisher.split()) + "," in flat
        assert c.url in flat
    assert "Sources" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_page_renders_with_ink(qtbot, tiny_desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    PdfExporter().export(_briefing(tiny_desk, "ru"), path)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "page")],
        check=True,
    )
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    dark = sum(
        1
        for y in range(0, page.height(), 4)
        for x in range(0, page.width(), 4)
        if page.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # text and a chart, not a blank page


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_corridor_brief_writes_each_format(
    qtbot, tiny_workspace_path: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"brief.{fmt}"
    code = corridor(
        [
            "brief",
            "--workspace",
            str(tiny_workspace_path),
            "-o",
            str(out),
            "--indicators",
            "trade_turnover",
            "--from",
            "2023",
            "--to",
            "2025-10",
        ]
    )
    assert code == 0
    assert out.stat().st_size > 1000
    assert "wrote" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_corridor_brief_refuses_bad_locale(tiny_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    assert (
        corridor(
            [
                "brief",
                "--workspace",
                str(tiny_workspace_path),
                "-o",
                str(out),
                "--locale",
                "xx-nowhere",
            ]
        )
        == 2
    )
    assert not out.exists()
