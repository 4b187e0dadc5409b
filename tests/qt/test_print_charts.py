"""Charts for print: year ticks on year axes, legends outside the plot at a readable size,
tentative figures dashed and hollow, one colour per reporter across a document, vector SVG
and 300 dpi pictures. Real rendering (QPainter on images and SVG), no mocks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.domain.chart import (
    KIND_NAMES,
    PALETTE,
    ChartMode,
    ChartSpec,
    assign_colours,
    chart_spec,
    chart_spec_of_rows,
    plotted_points,
    tentative_points,
)
from app.domain.model import normalise_observations
from app.domain.store import ObservationStore
from app.qt.chart_axes import by_month, month_ticks, tick_text, year_ticks
from app.qt.chart_painter import HOLLOW_TEXT, TENTATIVE_TEXT, ChartPainter
from app.qt.chart_render import briefing_chart_renderer, briefing_svg_renderer, chart_svg
from app.qt.chart_words import chart_words
from app.services.briefing.model import EventChart
from app.services.bundled import bundled_tables

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators, t.records)


def _spec(store: ObservationStore, rows: pd.DataFrame, name: str = "Trade") -> ChartSpec:
    labels = store.source_label_by_id()
    return chart_spec_of_rows(rows, store.sources, labels, "trade_turnover", name, "USD")


def _trade(store: ObservationStore) -> pd.DataFrame:
    obs = store.observations
    return obs[(obs["indicator"] == "trade_turnover").to_numpy()]


def _full_years(rows: pd.DataFrame, years: range | None = None) -> pd.DataFrame:
    start, end = rows["period_start"].to_numpy(), rows["period_end"].to_numpy()
    keep = (start % 12 == 0) & (end - start == 11) & ~rows["period_point"].to_numpy()
    if years is not None:
        keep &= np.isin(start // 12, list(years))
    return rows[keep]


def _painted(spec: ChartSpec, width: int = 1200, height: int = 600) -> ChartPainter:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        chart = ChartPainter(painter, spec, QRectF(0, 0, width, height), 1.0)
        chart.paint()
    finally:
        painter.end()
    return chart


def _svg_texts(svg: bytes) -> list[str]:
    return [(t.text or "").strip() for t in ET.fromstring(svg).iter(f"{SVG}text")]


# --- the time axis ------------------------------------------------------------------------


def test_year_ticks_are_whole_years_only() -> None:
    two = year_ticks(2021 * 12, 2022 * 12 + 11, room=12)
    assert [t.text for t in two] == ["2021", "2022"]
    assert [t.x for t in two] == [2021 * 12 + 6.0, 2022 * 12 + 6.0]  # centred on the year
    assert [t.line for t in two] == [2021 * 12.0, 2022 * 12.0]
    assert [t.text for t in year_ticks(2024 * 12, 2024 * 12 + 11)] == ["2024"]
    many = [t.text for t in year_ticks(1992 * 12, 2025 * 12 + 11, room=8)]
    assert many == ["1995", "2000", "2005", "2010", "2015", "2020", "2025"]


def test_months_only_where_the_periods_are_months() -> None:
    assert [t.text for t in month_ticks(2025 * 12, 2025 * 12 + 11, room=4)] == [
        "2025-01",
        "2025-04",
        "2025-07",
        "2025-10",
    ]
    months = pd.DataFrame({"mark": ["part", "part"]})
    years = pd.DataFrame({"mark": ["year", "year", "ytd"]})
    assert by_month(months, 2024 * 12, 2025 * 12 + 11)
    assert not by_month(years, 2024 * 12, 2025 * 12 + 11)
    assert not by_month(months, 2015 * 12, 2025 * 12 + 11)  # too long: labelled by year


def test_a_year_only_chart_prints_year_labels_only(qapp, store) -> None:
    spec = _spec(store, _full_years(_trade(store)))
    assert set(spec.points["mark"]) == {"year"}
    ticks = _painted(spec, 800, 400).x_ticks
    assert ticks
    assert all(re.fullmatch(r"\d{4}", t.text) for t in ticks)
    texts = _svg_texts(chart_svg(spec, 800, 400))
    assert {t.text for t in ticks} <= set(texts)
    assert not [t for t in texts if ":" in t or re.search(r"\d{4}-\d", t)]


def test_a_two_year_chart_has_no_fractional_ticks(qapp, store) -> None:
    spec = _spec(store, _full_years(_trade(store), range(2023, 2025)))
    assert [t.text for t in _painted(spec, 800, 400).x_ticks] == ["2023", "2024"]
    texts = _svg_texts(chart_svg(spec, 800, 400))
    assert "2023" in texts
    assert "2024" in texts
    assert not [t for t in texts if re.fullmatch(r"\d{4}\.\d+", t)]


# --- legend, statuses, colours --------------------------------------------------------------


def test_the_legend_is_outside_the_plot_and_readable(qapp, store) -> None:
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    for width, height in ((1200, 600), (600, 300), (1400, 400)):
        chart = _painted(spec, width, height)
        assert not chart.legend_area.isEmpty()
        assert not chart.legend_area.intersects(chart.plot_area), (width, height)
        assert chart.text_font.pointSizeF() >= 8


def test_estimates_targets_and_plans_are_dashed_and_said_so(qapp, store) -> None:
    rows = _full_years(_trade(store)).copy()
    actual = _spec(store, rows.copy())
    assert not tentative_points(actual).any()
    latest = rows["period_start"] == rows["period_start"].max()
    rows["status"] = rows["status"].astype(object)
    rows.loc[latest, "status"] = "estimate"
    estimated = _spec(store, normalise_observations(rows))
    assert tentative_points(estimated).sum() == int(latest.sum())
    assert TENTATIVE_TEXT in [e.text for e in _painted(estimated)._legend_entries()]
    assert TENTATIVE_TEXT not in [e.text for e in _painted(actual)._legend_entries()]


def test_assign_colours_is_stable_and_cycles() -> None:
    names = ["AZE", "CHN", "AZE", "GEO"]
    first = assign_colours(names)
    assert first == assign_colours(iter(names))
    assert first == {"AZE": PALETTE[0], "CHN": PALETTE[1], "GEO": PALETTE[2]}
    many = assign_colours(f"R{i}" for i in range(len(PALETTE) + 1))
    assert many[f"R{len(PALETTE)}"] == PALETTE[0]


def test_document_colours_win_over_the_chart_order(qapp, store) -> None:
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    assert spec.colours() == {"AZE": PALETTE[0], "CHN": PALETTE[1]}
    fixed = ChartSpec(**{**spec.__dict__, "series_colours": (("CHN", PALETTE[3]),)})
    assert fixed.colours() == {"AZE": PALETTE[0], "CHN": PALETTE[3]}
    # a series of a reporter and a subject takes the reporter's colour
    by_reporter = ChartSpec(**{**spec.__dict__, "series_colours": (("AZE", PALETTE[4]),)})
    points = spec.points.assign(series=spec.points["series"] + " · Solar")
    sub = ChartSpec(**{**by_reporter.__dict__, "points": points})
    assert sub.colours()["AZE · Solar"] == PALETTE[4]
    assert _painted(fixed).colours["CHN"] == PALETTE[3]


def test_plotted_points_counts_the_figures_drawn(store) -> None:
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    assert plotted_points(spec) == int(spec.points["used"].sum()) > 3
    assert plotted_points(spec) < len(spec.points)  # duplicates of a figure do not count
    rows = _full_years(_trade(store), range(2023, 2025)).query("reporter == 'AZE'")
    two = _spec(store, rows)
    assert len(two.points) == 3  # two sources give 2023
    assert plotted_points(two) == 2
    bars = spec.with_mode(ChartMode((1, 10)))
    assert plotted_points(bars) == len(bars.bars) > 0
    empty = chart_spec(store, "no_such_indicator", ("CHN", "AZE"))
    assert plotted_points(empty) == 0


# --- output -----------------------------------------------------------------------------------


def test_svg_is_vector(qapp, store) -> None:
    svg = chart_svg(chart_spec(store, "trade_turnover", ("CHN", "AZE")), 605, 302)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert len(list(root.iter(f"{SVG}path"))) > 10
    assert not list(root.iter(f"{SVG}image"))
    assert "Trade turnover" in _svg_texts(svg)
    render = briefing_svg_renderer()
    assert ET.fromstring(render(chart_spec(store, "trade_turnover", ("CHN", "AZE")))) is not None


def test_document_pictures_are_16_by_8_cm_at_300_dpi(qapp, store) -> None:
    png = briefing_chart_renderer()(chart_spec(store, "trade_turnover", ("CHN", "AZE")))
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (1890, 945)
    assert round(image.dotsPerMeterX() * 0.0254) == 300


# --- the reader's language ------------------------------------------------------------------

#: every fixed English word a chart may draw
ENGLISH_WORDS = (
    *KIND_NAMES.values(),
    TENTATIVE_TEXT,
    HOLLOW_TEXT,
    "record in its series",
    "full-year projection (range)",
    "projection",
    "of each year",
    "No figures to chart.",
    "USD bn",
)


def test_english_words_are_the_screens(qapp, store) -> None:
    words = chart_words("en")
    assert words.kinds == KIND_NAMES
    assert (words.tentative, words.hollow) == (TENTATIVE_TEXT, HOLLOW_TEXT)
    spec = chart_spec(store, "trade_turnover", ("CHN", "AZE"))
    assert spec.locale == "en"
    assert words.axis_label(spec) == spec.axis_label == "USD bn"
    assert words.projection(2025) == "projection 2025"
    legend = [e.text for e in _painted(spec)._legend_entries()]
    assert "record in its series" in legend
    assert "full-year projection (range)" in legend
    assert "USD bn" in _svg_texts(chart_svg(spec, 1200, 600))


def test_a_russian_chart_draws_no_english_words(qapp, store) -> None:
    spec = replace(chart_spec(store, "trade_turnover", ("CHN", "AZE")), locale="ru")
    assert spec.records
    assert spec.projections
    assert set(spec.points["mark"]) != {"year"}
    legend = [e.text for e in _painted(spec)._legend_entries()]
    texts = _svg_texts(chart_svg(spec, 1200, 600))
    assert "млрд долл. США" in texts
    assert {"рекорд ряда", "прогноз на год (диапазон)", "полный год"} <= set(legend)
    assert set(legend) <= set(texts)
    assert any(t.startswith("прогноз 20") for t in texts)
    drawn = [t for t in texts if t != spec.name]  # the title is the briefing's to translate
    assert not [t for t in drawn for word in ENGLISH_WORDS if word in t]
    bars = spec.with_mode(ChartMode((1, 10)))
    first = _painted(bars)._legend_entries()[0].text
    assert first.endswith(" — янв.–окт. каждого года")
    empty = replace(chart_spec(store, "no_such_indicator", ("CHN", "AZE")), locale="ru")
    assert "Нет данных для графика." in _svg_texts(chart_svg(empty, 600, 300))


@pytest.mark.parametrize(
    ("locale", "money", "people"),
    [
        ("en", "USD bn", "persons mn"),
        ("ru", "млрд долл. США", "млн чел."),
        ("az", "mlrd USD", "mln nəfər"),
        ("zh", "十亿美元", "百万人次"),
    ],
)
def test_the_unit_line_in_each_language(store, locale, money, people) -> None:
    spec = replace(chart_spec(store, "trade_turnover", ("CHN", "AZE")), locale=locale)
    words = chart_words(locale)
    assert words.axis_label(spec) == money
    assert words.axis_label(replace(spec, unit="persons", scale_word="mn")) == people
    assert words.axis_label(replace(spec, unit="MW", scale_word="")) in {"MW", "МВт", "MVt", "兆瓦"}


def test_value_ticks_follow_the_locale() -> None:
    assert tick_text(57_000, 10_000) == "57,000"
    assert tick_text(57_000, 10_000, "ru").replace("\u00a0", " ") == "57 000"
    assert tick_text(2.5, 0.5, "az") == "2,5"
    assert tick_text(57_000, 10_000, "zh") == "57,000"


def test_the_locale_survives_the_events(store) -> None:
    spec = replace(chart_spec(store, "trade_turnover", ("CHN", "AZE")), locale="zh")
    assert EventChart.of(spec, ()).locale == "zh"
