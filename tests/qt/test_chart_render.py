"""The widget-free chart renderer: a ChartSpec painted with QPainter, as documents get it.

Pixels are checked loosely (size, DPI, ink in the series' colours), not against a golden
picture; the figures drawn are checked on the ChartSpec the screen draws too.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import pandas as pd
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.chart import PALETTE, ChartMode, chart_spec, year_lines
from app.domain.edits import AddObservations
from app.domain.model import Observation, Source, normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.store import ObservationStore
from app.qt.chart_painter import ChartPainter, nice_step, tick_text
from app.qt.chart_render import briefing_chart_renderer, chart_image
from app.qt.event_painter import EVENT_STYLES, _crowds, pack_lanes
from app.services.briefing import (
    BriefingEvent,
    BriefingRequest,
    Cited,
    EventChart,
    build_briefing,
    render_charts,
)
from app.services.bundled import bundled_tables


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
    assert render_charts(briefing, briefing_chart_renderer(16.0, 8.0, 96)) >= 1
    image = QImage.fromData(next(iter(briefing.images.values())))
    assert (image.width(), image.height()) == (605, 302)  # 16 x 8 cm at 96 dpi


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


# --- events on document charts ------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators, t.records)


def _band(image: QImage, colour: str, top: float, bottom: float) -> int:
    """Pixels near ``colour`` between the fractions ``top`` and ``bottom`` of the height."""
    h = image.height()
    part = image.copy(0, int(h * top), image.width(), int(h * (bottom - top)))
    return _pixels_like(part, colour, 60)


def test_briefing_charts_mark_the_events_along_the_bottom(qapp, bundled_store) -> None:
    request = BriefingRequest(indicators=("trade_turnover",), first_month=2023 * 12)
    briefing = build_briefing(bundled_store, request)
    spec = briefing.sections[0].chart
    assert isinstance(spec, EventChart)
    assert len(spec.events) == len(briefing.events) >= 8
    marked = chart_image(spec, 1200, 600, 150)
    plain = chart_image(spec, 1200, 600, 150, events=())
    agreement, visit = EVENT_STYLES["agreement"][0], EVENT_STYLES["visit"][0]
    opening = EVENT_STYLES["opening"][0]
    # markers in the band under the plot, in the types' colours; none without events
    assert _band(marked, agreement, 0.6, 0.9) > 40  # four agreements
    for colour in (agreement, opening, visit):
        assert _band(marked, colour, 0.6, 0.9) > 8, colour
        assert _band(plain, colour, 0.6, 0.9) == 0, colour
    # the plot shrinks to make room for the band; the figures are still drawn
    assert _pixels_like(marked, PALETTE[0]) > 50


def test_event_numbers_never_overlap(qapp, bundled_store) -> None:
    """Crowded events share one label ("2–4"); labels start at least one label apart."""
    request = BriefingRequest(indicators=("trade_turnover",), first_month=2023 * 12)
    spec = build_briefing(bundled_store, request).sections[0].chart
    image = QImage(800, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        chart = ChartPainter(painter, spec, QRectF(0, 0, 800, 400), 1.0, spec.events)
        axes = chart._axes(QRectF(0, 40, 800, 300))
        groups = _crowds(chart.events, axes, 30.0)
    finally:
        painter.end()
    assert sum(len(g) for g in groups) == len(spec.events)
    starts = [axes.px(g[0].first_month) for g in groups]
    assert all(b - a >= 30.0 for a, b in itertools.pairwise(starts))
    april = next(g for g in groups if g[0].date_start.startswith("2025-04"))
    assert [e.date_start for e in april] == ["2025-04-22", "2025-04-23", "2025-04-24"]


def test_lanes_stack_crowded_markers() -> None:
    assert pack_lanes([0, 5, 10, 40], 10, 3) == [0, 1, 0, 0]
    assert pack_lanes([0, 1, 2, 3], 10, 3) == [0, 1, 2, 0]


def test_many_events_draw_without_leaking_none(qapp, store) -> None:
    """PySide6 6.12 on CPython 3.11 dropped a None reference per void call (PERFORMANCE.md):
    drawing hundreds of events many times must not drain None's count."""
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    events = tuple(
        BriefingEvent(
            number=i + 1,
            date_start=f"{2022 + i % 4}-{i % 12 + 1:02d}",
            date_end="",
            event_type=("visit", "agreement", "opening", "annotation")[i % 4],
            title=f"event {i}",
            source="",
            source_id=-1,
            first_month=(2022 + i % 4) * 12 + i % 12,
            last_month=(2022 + i % 4) * 12 + i % 12 + (3 if i % 7 == 0 else 0),
            line=Cited(f"event {i}"),
        )
        for i in range(300)
    )
    chart_image(spec, 800, 400, events=events)
    before = sys.getrefcount(None)
    for _ in range(15):
        chart_image(spec, 800, 400, events=events)
    assert sys.getrefcount(None) >= before - 50


def test_pdf_briefing_lists_the_events(qapp, bundled_store, tmp_path) -> None:
    from pypdf import PdfReader

    from app.qt.pdf_export import PdfExporter

    briefing = build_briefing(
        bundled_store,
        BriefingRequest(indicators=("trade_turnover",), charts=False, template="dossier"),
    )
    path = tmp_path / "b.pdf"
    PdfExporter().export(briefing, path)
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = " ".join(text.split())
    assert "Events" in text
    assert "opening: Khizi-Absheron" in text
    assert "agreement: Three solar agreements" in text


def _forward_spec(store: ObservationStore, status: str):  # type: ignore[no-untyped-def]
    """The trade chart with every CHN figure given ``status``."""
    from app.domain.chart import chart_spec_of_rows

    obs = store.observations.copy()
    obs = obs[obs["indicator"] == "trade_turnover"]
    chn = (obs["reporter"] == "CHN").to_numpy()
    obs["status"] = obs["status"].astype(object)
    obs.loc[chn, "status"] = status
    obs = normalise_observations(obs)
    labels = store.source_label_by_id()
    return chart_spec_of_rows(obs, store.sources, labels, "trade_turnover", "Trade", "USD")


def test_forward_figures_are_hollow_in_documents(qapp, store) -> None:
    from app.qt.chart_painter import TENTATIVE_TEXT, ChartPainter

    actual, target = _forward_spec(store, "actual"), _forward_spec(store, "target")
    assert not actual.points["forward"].any()
    assert target.points["forward"].any()
    colour = target.colours()["CHN"]
    filled = _pixels_like(chart_image(actual, 900, 450), colour, 30)
    hollow = _pixels_like(chart_image(target, 900, 450), colour, 30)
    assert 0 < hollow < filled  # the outline is drawn, the inside is white

    def legend(spec) -> list[str]:  # type: ignore[no-untyped-def]
        image = QImage(400, 200, QImage.Format.Format_ARGB32)
        p = QPainter(image)
        try:
            return [
                e.text for e in ChartPainter(p, spec, QRectF(0, 0, 400, 200), 1.0)._legend_entries()
            ]
        finally:
            p.end()

    assert TENTATIVE_TEXT in legend(target)
    assert TENTATIVE_TEXT not in legend(actual)


def test_year_lines_take_each_years_first_value_in_one_pass() -> None:
    """One line per series in order of appearance, x sorted, the first value given for a
    year (a missing value gives way to a later one), series of one year left out."""
    import numpy as np
    import pandas as pd

    points = pd.DataFrame(
        {
            "x": [30.0, 18.0, 18.0, 6.0, 18.0, 6.0, 42.0, 54.0, 6.0],
            "value": [3.0, np.nan, 2.0, 1.0, 9.0, 7.0, 8.0, 5.0, 4.0],
            "series": ["CHN", "CHN", "CHN", "CHN", "CHN", "AZE", "AZE", "TUR", "CHN"],
            "mark": ["year"] * 6 + ["ytd", "year", "year"],
            "used": [True] * 8 + [False],
        }
    )
    lines = year_lines(points)
    assert list(lines) == ["CHN"]  # AZE: one full year; TUR: one
    x, y = lines["CHN"]
    assert x.tolist() == [6.0, 18.0, 30.0]
    assert y.tolist() == [1.0, 2.0, 3.0]
    assert year_lines(points.iloc[0:0]) == {}


def test_point_labels_are_written_once_per_distinct_part_as_row_by_row() -> None:
    """The tooltip labels of chart_points, written once per distinct period, quantity and
    reporter with source, are those the row-by-row formula writes: every kind of period,
    qualifiers, forward statuses, signs (−0.0 too), a missing value, units, unnamed
    sources, rows repeating the same figure."""
    import numpy as np

    from app.domain.model import labelled_quantity
    from app.domain.periods import PeriodKind, period_kind, period_label
    from app.domain.series import MARKS, chart_points

    def row_by_row(obs: pd.DataFrame, source_labels: dict[int, str]) -> list[str]:
        return [
            f"{period_label(s, e, p)}: {labelled_quantity(v, u, q, st)}\n"
            f"{r} reports · {source_labels.get(int(sid), '')}"
            for s, e, p, v, u, q, st, r, sid in zip(
                obs["period_start"],
                obs["period_end"],
                obs["period_point"],
                obs["value"],
                obs["unit"],
                obs["qualifier"].astype(str),
                obs["status"].astype(str),
                obs["reporter"],
                obs["source_id"],
                strict=True,
            )
        ]

    periods = ["2024", "2024-01/2024-10", "2024-Q2", "2024-H2", "2024-03", "@2024-06"]
    periods += ["2023-11/2024-02", "2025"]
    values = [2.44e9, -9.673e8, 0.0, -0.0, np.nan, 57_000.0, 17.694, 2.44e9]
    units = ["USD", "USD", "percent", "percent", "USD", "persons", "percent", "AZN"]
    qualifiers = ["exact", "more_than", "about", "exact", "up_to", "nearly", "less_than"]
    statuses = ["actual", "target", "forecast", "estimate", "planned", "provisional"]
    rows = [
        Observation(
            "trade_turnover",
            parse_period(periods[i % len(periods)]),
            values[i % len(values)],
            units[(i // 3) % len(units)],
            ["CHN", "AZE", ""][i % 3],
            "AZE",
            qualifier=qualifiers[i % len(qualifiers)],
            status=statuses[(i // 2) % len(statuses)],
            obs_id=i + 1,
            source_id=i % 4,
        ).as_row()
        for i in range(200)
    ]
    obs = normalise_observations(pd.DataFrame(rows))
    labels = {0: "Pub0, 2025-01-02", 2: "GACC"}  # 1 and 3 unnamed
    points = chart_points(obs, labels).set_index("obs_id").loc[obs["obs_id"]]
    assert points["label"].tolist() == row_by_row(obs, labels)
    kinds = {
        period_kind(s, e, p)
        for s, e, p in zip(obs["period_start"], obs["period_end"], obs["period_point"], strict=True)
    }
    assert kinds == set(PeriodKind)
    assert points["mark"].tolist() == [
        MARKS[period_kind(s, e, p)]
        for s, e, p in zip(obs["period_start"], obs["period_end"], obs["period_point"], strict=True)
    ]
    text = points["label"].str.cat(sep="|")
    for words in ("target: ", "forecast: more than ", "−$967.3 mn", "as of Jun 2024", "AZN "):
        assert words in text
