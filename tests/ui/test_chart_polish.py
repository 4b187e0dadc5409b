"""What the reader of the desk chart sees first: tooltips and value ticks as the table
writes figures ("$4.87 bn", never "4.87e+09"), months with their year, and a legend that
covers no figure."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF

from app.domain.model import Observation, Source, normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.ui.chart_axis_items import month_tick_texts, value_tick_texts
from app.ui.chart_panel import ChartPanel

MONTHS = ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]


def monthly(values: list[float]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Feb–Jul 2025, one figure a month, as CHN customs report them."""
    rows = [
        Observation(
            "trade_turnover",
            parse_period(p),
            v,
            "USD",
            "CHN",
            "AZE",
            obs_id=i + 1,
            source_id=1,
        ).as_row()
        for i, (p, v) in enumerate(zip(MONTHS, values, strict=True))
    ]
    src = Source(publisher="GACC", published="2025-08-20", source_id=1).as_row()
    return normalise_observations(pd.DataFrame(rows)), normalise_sources(pd.DataFrame([src]))


@pytest.fixture
def chart(qtbot) -> ChartPanel:
    obs, src = monthly([4.87e9, 4.1e9, 3.95e9, 4.4e9, 4.62e9, 5.02e9])
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    panel.show_indicator("Trade turnover", "trade_turnover", obs, {1: "GACC"}, "USD", src)
    qtbot.wait(10)
    return panel


def axis_texts(chart: ChartPanel, side: str) -> list[str]:
    """Every tick text pyqtgraph would print on the axis for the current view."""
    axis = chart.plot.getPlotItem().getAxis(side)
    x_range, y_range = chart.plot.getPlotItem().viewRange()
    low, high = x_range if side == "bottom" else y_range
    size = axis.width() if side == "left" else axis.geometry().width()
    size = max(size, 300.0)
    texts: list[str] = []
    for spacing, values in axis.tickValues(low, high, size):
        texts.extend(axis.tickStrings(values, 1.0, spacing))
    return texts


def hover_tips(chart: ChartPanel) -> list[str]:
    """The tooltip of every point of every hoverable scatter on the plot (what pyqtgraph
    shows when the mouse rests on it)."""
    tips = []
    for item in chart.plot.getPlotItem().items:
        if isinstance(item, pg.ScatterPlotItem) and item.opts.get("hoverable"):
            for spot in item.points():
                tips.append(item.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data()))
    return tips


def test_a_points_tooltip_is_written_like_the_table(chart: ChartPanel) -> None:
    tips = hover_tips(chart)
    assert len(tips) >= 6
    assert not any("e+" in t or "e-0" in t for t in tips)
    assert any(t.startswith("Feb 2025: $4.87 bn") for t in tips)


def test_the_value_axis_is_written_like_the_table(chart: ChartPanel) -> None:
    texts = axis_texts(chart, "left")
    assert texts
    assert not any("e+" in t for t in texts)
    assert all(t.startswith("$") and t.endswith(" bn") for t in texts), texts


def test_the_time_axis_of_a_few_months_says_the_year(chart: ChartPanel) -> None:
    texts = axis_texts(chart, "bottom")
    assert any("Feb" in t or "Mar" in t for t in texts), texts
    assert any("2025" in t for t in texts), texts


def test_the_legend_covers_no_figure(chart: ChartPanel) -> None:
    item = chart.plot.getPlotItem()
    legend = chart.legend.sceneBoundingRect()
    assert legend.width() > 0
    assert legend.height() > 0
    assert [label.text for _s, label in chart.legend.items] == ["CHN — quarter, half or month"]
    xs = [spot.pos().x() for sc in chart._scatters.values() for spot in sc.points()]
    ys = [spot.pos().y() for sc in chart._scatters.values() for spot in sc.points()]
    data = item.vb.mapViewToScene(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    assert not legend.intersects(data.boundingRect())
    # not even over the plotting area, wherever the view is panned
    assert not legend.intersects(item.vb.sceneBoundingRect())


def test_same_period_bars_have_tooltips_in_the_tables_format(qtbot) -> None:
    rows = [
        Observation(
            "trade_turnover", parse_period(p), v, "USD", "CHN", "AZE", obs_id=i, source_id=1
        ).as_row()
        for i, (p, v) in enumerate(
            [("2024-01/2024-10", 4.0e9), ("2025-01/2025-10", 4.87e9)], start=1
        )
    ]
    src = Source(publisher="GACC", published="2025-11-20", source_id=1).as_row()
    obs = normalise_observations(pd.DataFrame(rows))
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator(
        "Trade turnover", "trade_turnover", obs, {}, "USD", normalise_sources(pd.DataFrame([src]))
    )
    chart.same_period.setChecked(True)
    bars = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    tips = [b.toolTip() for b in bars if b.toolTip()]  # (the other bar item: event bands)
    assert tips == ["CHN, Jan–Oct of each year\n2024: $4 bn\n2025: $4.87 bn"]


def seconds(year: int, month: int) -> float:
    return datetime(year, month, 1, tzinfo=UTC).timestamp()


def test_months_carry_the_year_no_year_tick_names() -> None:
    feb_to_jul = [seconds(2025, m) for m in range(2, 8)]
    assert month_tick_texts(feb_to_jul, []) == ["Feb 2025", "Mar", "Apr", "May", "Jun", "Jul"]
    # across a new year: 2025 has its own tick (January), 2024 does not
    winter = [seconds(2024, 11), seconds(2024, 12), seconds(2025, 2)]
    assert month_tick_texts(winter, [2025]) == ["Nov 2024", "Dec", "Feb"]


def test_value_ticks_follow_the_spacing_and_the_unit() -> None:
    assert value_tick_texts([0.0, 0.25, 0.5], 0.25, 1e9, "USD") == ["$0", "$0.25 bn", "$0.5 bn"]
    assert value_tick_texts([-1.0, 0.0, 1.0], 1.0, 1e6, "USD") == ["−$1 mn", "$0", "$1 mn"]
    assert value_tick_texts([50000.0, 60000.0], 10000.0, 1.0, "persons") == [
        "50,000 persons",
        "60,000 persons",
    ]
    assert value_tick_texts([12.5, 15.0], 2.5, 1.0, "percent") == ["12.5 %", "15 %"]
    assert value_tick_texts([2.0, 4.0], 2.0, 1.0, "") == ["2", "4"]
