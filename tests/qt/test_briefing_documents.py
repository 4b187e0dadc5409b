"""The bundled pair's briefings as printed: each template's PDF rendered to page images
with pdftoppm (page counts, ink on every page), every chart with three points or more and
year ticks only on year axes, and the translated notes free of English template text."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from tests.briefing_text import english_templates, without_stored_text

from app.domain.chart import ChartSpec, plotted_points
from app.domain.store import ObservationStore
from app.qt.chart_painter import ChartPainter
from app.qt.pdf_export import PdfExporter
from app.services.briefing import Briefing, BriefingRequest, build_briefing
from app.services.briefing.model import MIN_CHART_POINTS
from app.services.bundled import bundled_tables

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

TODAY = dt.date(2026, 12, 1)
#: the most pages each template may take for the bundled pair
MOST_PAGES = {"note": 2, "dossier": 40, "table": 8}


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    return bundled_tables().store()


def _briefing(store: ObservationStore, template: str, locale: str) -> Briefing:
    return build_briefing(store, BriefingRequest(template=template, locale=locale), today=TODAY)


def _pages(pdf: Path, folder: Path) -> list[QImage]:
    """The PDF's pages as images (pdftoppm at 30 dpi)."""
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(folder / "p")], check=True)
    return [QImage(str(p)) for p in sorted(folder.glob("p-*.png"))]


def _ink(page: QImage) -> int:
    return sum(
        1
        for y in range(0, page.height(), 3)
        for x in range(0, page.width(), 3)
        if page.pixelColor(x, y).lightness() < 140
    )


def _export(b: Briefing, path: Path) -> str:
    PdfExporter().export(b, path)
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.mark.parametrize("template", ["note", "dossier", "table"])
def test_each_template_prints_within_its_page_budget(
    qapp, store: ObservationStore, tmp_path: Path, template: str
) -> None:
    b = _briefing(store, template, "en")
    _export(b, tmp_path / "b.pdf")
    pages = _pages(tmp_path / "b.pdf", tmp_path)
    assert 1 <= len(pages) <= MOST_PAGES[template]
    assert all(_ink(p) > 30 for p in pages)  # no blank page
    if template == "dossier":
        assert len(pages) > MOST_PAGES["note"]


@pytest.mark.parametrize("locale", ["en", "ru", "az", "zh"])
def test_the_note_is_at_most_two_pages_in_each_language(
    qapp, store: ObservationStore, tmp_path: Path, locale: str
) -> None:
    b = _briefing(store, "note", locale)
    text = _export(b, tmp_path / "note.pdf")
    assert len(_pages(tmp_path / "note.pdf", tmp_path)) <= 2
    # the first message is the trade headline, with the claim and the disputed base
    assert b.messages[0].key == "headline:trade_turnover"
    assert "4.87" in text or "4,87" in text or "48.7" in text
    if locale != "en":
        assert english_templates(without_stored_text(text, b)) == []


@pytest.mark.parametrize("locale", ["ru", "az", "zh"])
def test_the_translated_dossier_has_no_english_template_text(
    qapp, store: ObservationStore, tmp_path: Path, locale: str
) -> None:
    b = _briefing(store, "dossier", locale)
    text = _export(b, tmp_path / "dossier.pdf")
    # quotes stay in the language they were published in
    for c in b.citations:
        text = text.replace(c.quote, "")
    flat = " ".join(without_stored_text(text, b).split())
    for c in b.citations:
        flat = flat.replace(" ".join(c.quote.split()), "")
    assert english_templates(flat) == []


def _ticks(spec: ChartSpec) -> list[str]:
    image = QImage(1200, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        chart = ChartPainter(painter, spec, QRectF(0, 0, 1200, 600), 1.0)
        chart.paint()
    finally:
        painter.end()
    return [t.text for t in chart.x_ticks]


def test_every_chart_has_three_points_and_year_axes_only_years(
    qapp, store: ObservationStore
) -> None:
    specs: dict[str, ChartSpec] = {}
    for template in ("note", "dossier"):
        specs.update(_briefing(store, template, "en").chart_specs())
    assert len(specs) > 5
    year_axes = 0
    for key, spec in specs.items():
        assert plotted_points(spec) >= MIN_CHART_POINTS, key
        marks = set(spec.points["mark"])
        if marks == {"year"}:
            year_axes += 1
            ticks = _ticks(spec)
            assert ticks, key
            assert all(re.fullmatch(r"\d{4}", t) for t in ticks), (key, ticks)
    assert year_axes >= 1
