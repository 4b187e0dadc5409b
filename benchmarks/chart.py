"""Area 7: chart first draw and pan/zoom, one 10M-point series and 2,000 series x 25 points.

The long series goes through the item Corridor's chart panel makes for lines
(:meth:`ChartPanel._line`: a :class:`~app.ui.chart_peaks.PeakLineItem`, which pans on
a min/max pyramid built once instead of reducing every point in view); its limit is a
PlotWidget with the PlotItem's own peak downsampling and clip-to-view
(``PlotItem.addItem`` overwrites an item's own settings with the plot's, so they must be
set on the plot). The many-series case draws one indicator with 2,000 reporters through
:meth:`ChartPanel.show_indicator` and compares it with all points batched in one
PlotDataItem with a ``connect`` array.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.common import best_of, ms, qt_app
from benchmarks.report import Result

SIZE = (1000, 500)


def _grab(widget: Any) -> None:
    widget.grab()


def _pan(plot: Any, x0: float, x1: float, steps: int = 10) -> float:
    """Median ms of a pan step then a zoom step over [x0, x1]."""
    times = []
    width = (x1 - x0) / 4
    for i in range(steps):
        lo = x0 + (x1 - x0 - width) * i / steps
        t = time.perf_counter()
        plot.setXRange(lo, lo + width * (1 + (i % 2)), padding=0)
        _grab(plot)
        times.append(time.perf_counter() - t)
    return float(np.median(times)) * 1000


def _long_series(rows: int, tuned: bool) -> tuple[float, float]:
    import pyqtgraph as pg

    from app.ui.chart_panel import ChartPanel

    rng = np.random.default_rng(3)
    x = np.arange(rows, dtype=float)
    y = np.cumsum(rng.normal(size=rows))
    if tuned:
        panel = ChartPanel()
        widget, item = panel, panel._line("long", "#1f77b4")
        plot = panel.plot
    else:  # PERFORMANCE.md's fastest known way: the PlotItem's own downsampling + clip
        widget = plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        item = pg.PlotDataItem(pen=pg.mkPen("#1f77b4", width=2))
        plot.addItem(item)
    widget.resize(*SIZE)
    t = time.perf_counter()
    item.setData(x, y)
    plot.enableAutoRange()
    _grab(widget)
    first = time.perf_counter() - t
    pan = _pan(plot, 0.0, float(rows))
    widget.close()
    return ms(first), pan


def _many_series_frame(series: int, points: int) -> pd.DataFrame:
    """One indicator reported by ``series`` reporters over ``points`` years."""
    from app.domain.model import normalise_observations

    n = series * points
    years = np.tile(np.arange(points), series) + 2000
    return normalise_observations(
        pd.DataFrame(
            {
                "obs_id": np.arange(1, n + 1),
                "indicator": "IND",
                "reporter": np.repeat([f"R{i:04d}" for i in range(series)], points),
                "partner": "AZE",
                "period_start": years * 12,
                "period_end": years * 12 + 11,
                "period_text": years.astype(str),
                "value": np.random.default_rng(5).random(n) * 1e9,
                "unit": "USD",
                "qualifier": "exact",
                "status": "actual",
                "source_id": 0,
            }
        )
    )


def _many_app(frame: pd.DataFrame) -> tuple[float, float]:
    from app.ui.chart_panel import ChartPanel

    panel = ChartPanel()
    panel.resize(*SIZE)
    t = time.perf_counter()
    panel.show_indicator("Many", "IND", frame, {0: "bench"}, "USD")
    _grab(panel)
    first = time.perf_counter() - t
    x0, x1 = panel.plot.viewRange()[0]
    pan = _pan(panel.plot, x0, x1, steps=4)
    panel.close()
    return ms(first), pan


def _many_batched(series: int, points: int) -> tuple[float, float]:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.resize(*SIZE)
    x = np.tile(np.arange(points, dtype=float), series)
    y = np.random.default_rng(5).random(series * points)
    connect = np.ones(len(x), dtype=bool)
    connect[points - 1 :: points] = False
    t = time.perf_counter()
    plot.addItem(pg.PlotDataItem(x, y, connect=connect, symbol="o", symbolSize=4))
    _grab(plot)
    first = time.perf_counter() - t
    pan = _pan(plot, 0.0, float(points))
    plot.close()
    return ms(first), pan


def run(rows: int, series: int = 2000, points: int = 25) -> list[Result]:
    qt_app()
    n = f"{rows // 1_000_000}M"
    first, pan = _long_series(rows, tuned=True)
    plain_first, plain_pan = _long_series(rows, tuned=False)
    many_first, many_pan = _many_app(_many_series_frame(series, points))
    batch_first, batch_pan = _many_batched(series, points)
    best_of(lambda: None, 1)
    return [
        Result(
            "chart",
            f"one {n}-point line, first draw",
            first,
            plain_first,
            "ms",
            None,
            note="limit: PlotItem-level peak downsampling + clip-to-view",
        ),
        Result(
            "chart", f"one {n}-point line, pan/zoom step", pan, plain_pan, "ms", 16.0, absolute=True
        ),
        Result(
            "chart",
            f"{series} series × {points} points, first draw",
            many_first,
            batch_first,
            "ms",
            2.0,
            note="ChartPanel.show_indicator vs one batched item",
        ),
        Result(
            "chart",
            f"{series} series × {points} points, pan/zoom step",
            many_pan,
            batch_pan,
            "ms",
            2.0,
        ),
    ]
