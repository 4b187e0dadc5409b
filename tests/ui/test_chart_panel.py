"""The chart: same-period mode, projections, records."""

from __future__ import annotations

import pandas as pd
from tests.conftest import tiny_tables

from app.domain.model import Observation, normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.ui.chart_panel import ChartPanel


def frames(extra: list[tuple[str, float, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    obs, src = tiny_tables()
    rows = [
        Observation(
            "trade_turnover",
            parse_period(p),
            v,
            "USD",
            r,
            "AZE" if r == "CHN" else "CHN",
            obs_id=100 + i,
            source_id=1,
        ).as_row()
        for i, (p, v, r) in enumerate(extra)
    ]
    return (
        normalise_observations(pd.concat([obs, pd.DataFrame(rows)], ignore_index=True)),
        normalise_sources(src),
    )


def test_same_period_mode_draws_each_year_of_one_window(qtbot) -> None:
    obs, src = frames([("2024-01/2024-10", 2.0e9, "CHN"), ("2023-01/2023-10", 1.9e9, "CHN")])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    labels = [chart.window_box.itemText(i) for i in range(chart.window_box.count())]
    assert "Jan–Oct" in labels
    chart.window_box.setCurrentIndex(labels.index("Jan–Oct"))
    chart.same_period.setChecked(True)
    # one value per year for CHN: 2023, 2024, 2025 (two sources of 2025 agree: one is used)
    assert chart.bars["CHN"] == [1.9, 2.0, 2.44]
    chart.same_period.setChecked(False)
    assert chart.bars == {}


def test_projection_from_year_to_date_is_drawn_and_labelled(qtbot) -> None:
    # Jan–Oct 2023 was 2.6 of a 3.1 bn year: Jan–Oct 2025 at 2.44 projects to ~2.91 bn
    obs, src = frames([("2023-01/2023-10", 2.6e9, "CHN")])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert len(chart.projections) == 1
    p = chart.projections[0]
    assert p.year == 2025
    assert abs(p.projected - 2.44e9 / (2.6 / 3.1)) < 1e6
    assert "share of the annual total" in p.method


def test_records_are_marked(qtbot) -> None:
    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    records = chart.points[chart.points["record"]]
    assert 3 in records["obs_id"].tolist()  # AZE 2024 ($3.744 bn) beats AZE 2022
    assert "★" in chart.title.text()


def test_many_series_share_items(qtbot) -> None:
    """200 reporters of one indicator: one line item and one scatter per kind, all points."""
    import numpy as np

    chart = many_series_chart(qtbot)
    assert len(chart._lines) == 1
    assert len([k for k in chart._scatters if k[1] != "record"]) == 1
    assert len(chart.marker_values()) == 1000
    ys = next(iter(chart._lines.values())).yData
    assert int(np.isnan(ys).sum()) == 199  # one break between each pair of series


def test_forward_figures_are_hollow_and_named_in_the_legend(qtbot) -> None:
    from app.qt.chart_painter import HOLLOW_TEXT

    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)

    def legend() -> list[str]:
        return [label.text for _sample, label in chart.legend.items]

    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert HOLLOW_TEXT not in legend()
    target = int(obs.loc[obs["indicator"] == "trade_turnover", "obs_id"].iloc[0])
    obs = obs.copy()
    obs["status"] = obs["status"].astype(object)
    obs.loc[obs["obs_id"] == target, "status"] = "target"
    obs = normalise_observations(obs)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert HOLLOW_TEXT in legend()
    brushes = {
        int(spot.data()[0]): spot.brush().color().name()
        for (_series, mark), sc in chart._scatters.items()
        if mark != "record"
        for spot in sc.points()
    }
    assert brushes[target] == "#ffffff"
    assert all(c != "#ffffff" for i, c in brushes.items() if i != target)


def test_highlight_rings_the_figures_and_clears(qtbot) -> None:
    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    ids = [int(i) for i in chart.points["obs_id"][:2]]
    chart.highlight_obs([*ids, 999])  # 999 is not on the chart: no ring
    assert sorted(chart.highlighted_obs()) == sorted(ids)
    chart.highlight_obs([])
    assert chart.highlighted_obs() == []


def many_series_chart(qtbot, series: int = 200, years: int = 5) -> ChartPanel:
    rows = [
        Observation(
            "trade_turnover",
            parse_period(str(2000 + y)),
            float(1 + r + y),
            "USD",
            "AZE",
            "CHN",
            subject=f"S{r}",
            obs_id=r * 100 + y + 1,
            source_id=1,
        ).as_row()
        for r in range(series)
        for y in range(years)
    ]
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show()
    chart.show_indicator(
        "Trade", "trade_turnover", normalise_observations(pd.DataFrame(rows)), {}, "USD", None
    )
    return chart


def test_many_series_lines_are_all_drawn_when_zoomed(qtbot) -> None:
    """The shared line of many series runs back in time at each series: zoomed in, it is
    neither clipped nor downsampled (pyqtgraph would cut or merge other series' lines), and
    it is drawn 1 px wide; a single series keeps the plot's clipping and 2 px."""
    import numpy as np

    chart = many_series_chart(qtbot)
    line = next(iter(chart._lines.values()))
    assert line.opts["pen"].widthF() == 1.0
    assert not line.opts["clipToView"]
    assert not line.opts["autoDownsample"]
    x0, x1 = chart.plot.viewRange()[0]
    chart.plot.setXRange(x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.6, padding=0)
    chart.plot.grab()
    _x, shown_y = line.getData()
    # every figure of every series' line is drawn, in the order given (200 series × 5 years)
    assert int(np.isfinite(shown_y).sum()) == 1000
    np.testing.assert_array_equal(shown_y, line.yData)
    assert len(chart.marker_values()) == 1000

    one = many_series_chart(qtbot, series=1)
    single = next(iter(one._lines.values()))
    assert single.opts["pen"].widthF() == 2.0
    assert single.opts["clipToView"]
    assert single.opts["autoDownsample"]


def long_line(qtbot, rows: int = 1_000_000):
    """A shown panel with one ``rows``-point line through ChartPanel's line item."""
    import numpy as np

    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show()
    y = np.cumsum(np.random.default_rng(3).normal(size=rows))
    y[rows // 3] += 500.0  # a one-point spike that every zoom showing it must draw
    item = chart._line("long", "#1f77b4")
    item.setData(np.arange(rows, dtype=float), y)
    return chart, item, y


def test_a_long_line_draws_the_peaks_of_each_pixel_column(qtbot) -> None:
    """A 1M-point line zoomed to a quarter: two to four points (a block's max and min) per
    pixel column, and the highest and lowest figure in view are among them."""
    chart, item, y = long_line(qtbot)
    chart.plot.setXRange(250_000, 500_000, padding=0)
    chart.plot.grab()
    _x, shown_y = item.getData()
    width = chart.plot.getPlotItem().vb.width()
    assert 2 * width <= len(shown_y) <= 4 * width + 16
    seen = y[250_000:500_000]
    assert shown_y.max() >= seen.max()
    assert shown_y.min() <= seen.min()


def test_a_long_line_pans_on_peaks_computed_once(qtbot) -> None:
    """The peaks of a long line are found once, when it is first drawn; each zoom draws
    the blocks of a level of them (what pyqtgraph paints is what the pyramid gives: the
    hook in PlotDataItem is pinned here), keeping the highest and lowest value in view,
    two to four points per pixel column. Close in, pyqtgraph's own reduction takes over."""
    import numpy as np

    from app.ui.chart_peaks import PeakLineItem

    chart, item, y = long_line(qtbot)
    assert isinstance(item, PeakLineItem)
    chart.plot.grab()  # fitted to all the data: drawn from the pyramid too
    pyramid = item.pyramid()
    assert pyramid is not None
    assert item.peak_view() is not None
    width = chart.plot.getPlotItem().vb.width()
    for lo, hi in [(0, 1_000_000), (250_000, 500_000), (300_000, 360_000), (333_000, 334_000)]:
        chart.plot.setXRange(lo, hi, padding=0)
        chart.plot.grab()
        assert item.pyramid() is pyramid  # not rebuilt by a pan
        shown_x, shown_y = item.getData()
        painted_x, painted_y = item.curve.getData()
        np.testing.assert_array_equal(painted_x, shown_x)
        np.testing.assert_array_equal(painted_y, shown_y)
        x0, x1 = chart.plot.viewRange()[0]
        seen = y[int(np.ceil(x0)) : int(np.floor(x1)) + 1]
        assert shown_y.max() >= seen.max(), (lo, hi)
        assert shown_y.min() <= seen.min(), (lo, hi)
        if hi - lo >= 64 * width:  # at least a finest block to a pixel column
            assert item.peak_view() is not None
            assert 2 * width <= len(shown_y) <= 4 * width + 16, (lo, hi, len(shown_y))
        else:
            assert item.peak_view() is None
    # new data: a new pyramid
    item.setData(np.arange(len(y), dtype=float), -y)
    assert item.pyramid() is not pyramid


def test_the_peak_pyramid_gives_each_blocks_extremes() -> None:
    """Each drawn block is the highest then the lowest value of its points, at the x of
    its middle point; blocks cover the asked range and start at multiples of their size."""
    import numpy as np

    from app.ui.chart_peaks import MIN_POINTS, PeakPyramid

    rng = np.random.default_rng(1)
    n = 16 * MIN_POINTS + 12_345
    x = np.sort(rng.uniform(0, 1e6, n))
    y = rng.normal(size=n)
    pyramid = PeakPyramid.of(x, y)
    assert pyramid is not None
    assert pyramid.sizes[:2] == [64, 1024]
    for first, stop, points in [
        (0, n, 3000),
        (5_000, 77_777, 100),
        (100, 2_000, 64),
        (0, n, 40_000),
    ]:
        xs, ys = pyramid.peaks(first, stop, points)
        size = pyramid.sizes[pyramid.level(points)]
        block = size * max(1, points // size)
        assert block <= points
        begin = (first // block) * block
        starts = np.arange(begin, min(stop, n), block)
        assert len(ys) == 2 * len(starts)
        for k, a in enumerate(starts):
            b = min(a + block, n)
            assert ys[2 * k] == y[a:b].max()
            assert ys[2 * k + 1] == y[a:b].min()
            assert xs[2 * k] == xs[2 * k + 1] == x[(a + b - 1) // 2]
    assert PeakPyramid.of(x[::-1].copy(), y) is None  # x must increase
    y[5] = np.nan
    assert PeakPyramid.of(x, y) is None  # a gap stays a gap: pyqtgraph draws it
    assert PeakPyramid.of(x[:1000], y[:1000]) is None  # too short to need one


def test_the_value_axis_fits_its_widest_label_at_the_first_paint(qtbot) -> None:
    """The value axis is as wide as its widest label before it first paints, so that a
    picture taken in one paint (a grab, an export) prints every label ("$2 bn"), not
    "$0" alone (pyqtgraph widens an axis only after dropping what did not fit)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    chart.plot.grab()  # the first paint
    axis = chart.value_axis
    low, high = sorted(axis.range)
    levels = axis.tickValues(low, high, axis.size().height())
    metrics = QFontMetricsF(axis.font())
    spacing, values = levels[0]
    texts = axis.tickStrings([v for v in values if low <= v <= high], 1.0, spacing)
    assert len(texts) >= 3, texts
    assert any(t.endswith(" bn") for t in texts), texts
    widest = max(
        metrics.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, t).width()
        for t in texts
    )
    assert axis.width() >= widest + axis.style["tickTextOffset"][0] + axis.style["tickLength"]
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, drawn = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert set(texts) <= {text for _rect, _flags, text in drawn}


def test_an_exported_chart_prints_every_value_label(qtbot) -> None:
    """The export draws a fresh panel in one go: its value axis is already wide enough."""
    from app.ui.chart_export import copy_of_chart

    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    copy = copy_of_chart(chart, 1200, 600, 96)
    qtbot.addWidget(copy)
    axis = copy.value_axis
    assert axis.width() >= axis.label_width() + axis.style["tickTextOffset"][0]
    assert axis.label_width() > 30  # "$4 bn" and the like, not "$0" alone


def test_the_grid_is_opaque_and_under_the_figures(qtbot) -> None:
    """Grid lines in the opaque colour a faint grey gives over white (Qt draws
    translucent lines about twenty times slower), on axes behind the view box."""
    from PySide6.QtGui import QImage, QPainter

    chart = many_series_chart(qtbot, series=3)
    item = chart.plot.getPlotItem()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for side in ("bottom", "left"):
        axis = item.getAxis(side)
        assert axis.zValue() < item.vb.zValue()
        painter = QPainter(image)
        try:
            _axis, ticks, _texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        assert ticks
        for pen, _a, _b in ticks:
            colour = pen.color()
            assert colour.alpha() == 255
            assert 150 <= colour.red() < 255  # a light grey line, not white, not black


def test_time_ticks_are_pyqtgraphs_and_crowded_months_unlabelled(qtbot) -> None:
    """The time axis places the ticks pyqtgraph's UTC date axis places (without its time
    zone round trips); month labels that could not be printed are not even written."""
    import numpy as np
    import pyqtgraph as pg

    from app.ui.chart_axis_items import TimeAxisItem
    from app.ui.chart_event_parts import month_to_timestamp

    ours, theirs = TimeAxisItem(), pg.DateAxisItem(orientation="bottom", utcOffset=0)
    theirs.fontMetrics = ours.fontMetrics = pg.QtGui.QFontMetrics(pg.QtGui.QFont())
    rng = np.random.default_rng(0)
    for _ in range(300):
        low, span, size = rng.uniform(0, 2e9), 10 ** rng.uniform(3, 9.5), rng.uniform(200, 2000)
        assert ours.tickValues(low, low + span, size) == theirs.tickValues(low, low + span, size)
    decade = month_to_timestamp(np.array([2010 * 12.0, 2020 * 12.0]))
    levels = ours.tickValues(decade[0], decade[1], 800)
    months = next(values for spacing, values in levels if spacing < 365 * 86400)
    assert len(months) > 100
    assert ours.tickStrings(months, 1.0, 30 * 86400) == []
    half_year = month_to_timestamp(np.array([2025 * 12 + 1.0, 2025 * 12 + 7.0]))
    levels = ours.tickValues(half_year[0], half_year[1], 800)
    months = next(values for spacing, values in levels if spacing == 30 * 86400)
    assert ours.tickStrings(months, 1.0, 30 * 86400)[0] == "Mar 2025"
