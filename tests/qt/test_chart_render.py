"""The widget-free chart renderer: a ChartSpec painted with QPainter, as documents get it.

Pixels are checked loosely (size, DPI, ink in the series' colours), not against a golden
picture; the figures drawn are checked on the ChartSpec the screen draws too.
"""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from PySide6.QtGui import QColor, QImage
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.chart import PALETTE, ChartMode, chart_spec, year_lines
from app.domain.edits import AddObservations
from app.domain.model import Observation, Source, normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.store import ObservationStore
from app.qt.chart_painter import nice_step, tick_text
from app.qt.chart_render import briefing_chart_renderer, chart_image
from app.services.briefing import BriefingRequest, build_briefing, render_charts


@pytest.fixture
def store() -> ObservationStore:
    obs, src = tiny_tables()
    return ObservationStore(
        normalise_observations(obs), normalise_sources(src), TINY_INDICATORS.copy()
    )


def _pixels_like(image: QImage, colour: str, tolerance: int = 40) -> int:
    want = QColor(colour)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if abs(image.pixelColor(x, y).red() - want.red())
        + abs(image.pixelColor(x, y).green() - want.green())
        + abs(image.pixelColor(x, y).blue() - want.blue())
        < tolerance
    )


def test_picture_has_the_asked_size_dpi_and_series_colours(qapp, store) -> None:
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    image = chart_image(spec, 1200, 600, 200)
    assert (image.width(), image.height()) == (1200, 600)
    assert round(image.dotsPerMeterX() * 0.0254) == 200
    colours = spec.colours()
    assert set(colours) == {"AZE", "CHN"}
    for colour in colours.values():
        assert _pixels_like(image, colour) > 50, colour


def test_same_period_mode_draws_bars(qapp, store) -> None:
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"), ChartMode((1, 10)))
    assert spec.window_label() == "Jan–Oct"
    assert not spec.bars.empty
    image = chart_image(spec, 800, 400)
    assert _pixels_like(image, PALETTE[0]) + _pixels_like(image, PALETTE[1]) > 100


def test_an_empty_chart_still_draws(qapp, store) -> None:
    image = chart_image(chart_spec(store, "no_such_indicator", ("CHN", "AZE")), 400, 200)
    assert not image.isNull()


def test_renderer_returns_png_for_every_briefing_chart(qapp, store) -> None:
    briefing = build_briefing(store, BriefingRequest())
    assert render_charts(briefing, briefing_chart_renderer((640, 320), 96)) == 2
    assert QImage.fromData(briefing.images["trade_turnover"]).width() == 640


def test_document_charts_the_figures_the_screen_charts(store) -> None:
    """A later-published source wins on screen (preferred else most recent), and in the
    briefing's chart spec too (documents once drew without the sources' dates)."""
    later = Observation(
        "trade_turnover", parse_period("2024"), 3.5e9, "USD", "AZE", "CHN", obs_id=60, source_id=60
    ).as_row()
    source = Source(publisher="Later outlet", published="2026-01-05", source_id=60).as_row()
    store.apply(AddObservations(pd.DataFrame([later]), pd.DataFrame([source]), "add"))
    screen = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    assert 3.5e9 in year_lines(screen.points)["AZE"][1]
    section = build_briefing(store, BriefingRequest(indicators=("trade_turnover",))).sections[0]
    assert section.chart is not None
    shown = year_lines(screen.points)
    drawn = year_lines(section.chart.points)
    assert {k: v[1].tolist() for k, v in drawn.items()} == {
        k: v[1].tolist() for k, v in shown.items()
    }


def test_ticks_are_round() -> None:
    assert nice_step(4.9) == 1.0
    assert nice_step(0.42) == 0.1
    assert nice_step(37_000) == 10_000
    assert tick_text(2.5, 0.5) == "2.5"
    assert tick_text(57_000, 10_000) == "57,000"


def test_cli_charts_import_no_widgets() -> None:
    """`corridor brief` draws charts without app.ui, pyqtgraph or QtWidgets."""
    code = (
        "import sys; import app.cli.brief, app.qt.chart_render; "
        "bad = [m for m in sys.modules if m.startswith(('app.ui', 'pyqtgraph', "
        "'PySide6.QtWidgets'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
