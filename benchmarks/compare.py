"""Area: the comparison chart, 20 series × 500 monthly points (PERFORMANCE.md: many small
series within 2× one batched item).

Corridor's :class:`~app.ui.compare_panel.ComparePanel` (a line item per series, one scatter
per view box for every marker, updated in place) is timed on a mode switch (levels → index
→ growth → share: the lines recomputed from the figures already chosen, every item's data
replaced, the plot painted) and on a pan/zoom step. The limit, measured in the same run, is
one batched PlotDataItem holding the same points with a ``connect`` array and symbols: a
redraw is its ``setData`` with new values and a paint. The first draw (choosing the figures
of 20 series among the store's rows) is reported beside one batched first draw.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.chart import SIZE, _pan
from benchmarks.common import ms, qt_app
from benchmarks.report import Result

MODES = ("index", "growth", "share", "levels")


def _store(series: int, points: int) -> Any:
    """``series`` partners of one reporter, ``points`` consecutive months each."""
    from app.domain.model import normalise_observations, normalise_sources
    from app.domain.store import ObservationStore

    n = series * points
    start = np.tile(np.arange(points) + 1985 * 12, series)
    rng = np.random.default_rng(11)
    frame = pd.DataFrame(
        {
            "obs_id": np.arange(1, n + 1),
            "indicator": "trade_turnover",
            "reporter": "AZE",
            "partner": np.repeat([f"P{i:02d}" for i in range(series)], points),
            "period_start": start,
            "period_end": start,
            "value": (rng.random(n) + 0.5) * 1e8,
            "unit": "USD",
            "qualifier": "exact",
            "status": "actual",
            "source_id": 1,
        }
    )
    sources = pd.DataFrame({"source_id": [1], "publisher": ["bench"], "published": ["2025"]})
    return ObservationStore(normalise_observations(frame), normalise_sources(sources))


def _median_ms(step: Any, rounds: int) -> float:
    times = []
    for i in range(rounds):
        t = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - t)
    return float(np.median(times)) * 1000


def _app(series: int, points: int, rounds: int) -> tuple[float, float, float]:
    from app.domain.compare import CompareMode, CompareSeries, CompareSpec
    from app.ui.compare_panel import ComparePanel

    panel = ComparePanel()
    panel.resize(*SIZE)
    panel.show()
    panel.set_store(_store(series, points))
    spec = CompareSpec(
        tuple(CompareSeries("trade_turnover", "AZE", f"P{i:02d}") for i in range(series))
    )
    t = time.perf_counter()
    panel.set_state(spec.to_dict())
    panel.grab()
    first = time.perf_counter() - t
    assert all(len(line.x) == points for line in panel.lines)

    def switch(i: int) -> None:
        mode = CompareMode(MODES[i % len(MODES)])
        panel.mode_box.setCurrentIndex(panel.mode_box.findData(mode))
        panel.grab()

    switched = _median_ms(switch, rounds)
    x0, x1 = panel.plot.viewRange()[0]
    pan = min(_pan(panel.plot, x0, x1) for _ in range(2))  # the less disturbed of two
    panel.close()
    return ms(first), switched, pan


def _batched(series: int, points: int, rounds: int) -> tuple[float, float, float]:
    import pyqtgraph as pg

    from app.ui.chart_event_parts import month_to_timestamp

    plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
    plot.resize(*SIZE)
    plot.show()
    x = month_to_timestamp(np.tile(np.arange(points, dtype=float) + 1985 * 12, series))
    values = np.random.default_rng(11).random((len(MODES), series * points))
    connect = np.ones(len(x), dtype=bool)
    connect[points - 1 :: points] = False
    item = pg.PlotDataItem(symbol="o", symbolSize=9)
    t = time.perf_counter()
    plot.addItem(item)
    item.setData(x, values[0], connect=connect)
    plot.grab()
    first = time.perf_counter() - t

    def redraw(i: int) -> None:
        item.setData(x, values[i % len(MODES)], connect=connect)
        plot.grab()

    redrawn = _median_ms(redraw, rounds)
    x0, x1 = plot.viewRange()[0]
    pan = min(_pan(plot, x0, x1) for _ in range(2))
    plot.close()
    return ms(first), redrawn, pan


def run(series: int = 20, points: int = 500, rounds: int = 12) -> list[Result]:
    qt_app()
    first, switched, pan = _app(series, points, rounds)
    limit_first, limit_redraw, limit_pan = _batched(series, points, rounds)
    name = f"{series} series × {points} points"
    return [
        Result(
            "compare",
            f"{name}, first draw",
            first,
            limit_first,
            "ms",
            None,
            note="includes choosing the figures of every series; limit: one batched item",
        ),
        Result(
            "compare",
            f"{name}, mode switch redraw",
            switched,
            limit_redraw,
            "ms",
            2.0,
            note="ComparePanel mode switch vs setData of one batched item",
        ),
        Result("compare", f"{name}, pan/zoom step", pan, limit_pan, "ms", 2.0),
    ]


if __name__ == "__main__":
    from benchmarks.report import text_table

    print(text_table(run()))
