"""The figures on the screen chart: a line through each series' full years and a marker per
figure, shaped by its kind of period, with record stars.

:class:`FigureMarks` keeps its pyqtgraph items between redraws and updates them in place
with ``setData`` (one line item per series, one scatter per series and kind of period;
beyond :data:`~app.domain.chart.MANY_SERIES` every series shares them, coloured per
point). Targets, plans and forecasts are hollow. Each marker carries (obs_id, tooltip
text); the legend entries go to the panel's :class:`~app.ui.chart_legend_box.LegendBox`.
Split out of :mod:`app.ui.chart_panel`, which owns the plot, the modes and the highlight.

A long line is drawn by :class:`~app.ui.chart_peaks.PeakLineItem` (peak downsampling
from a min/max pyramid; see :mod:`app.ui.chart_peaks`). The shared line of many series runs
back to the first year at each series, so it is neither clipped to the view nor downsampled
(both presume x increasing: pyqtgraph would cut or merge other series' lines).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyqtgraph as pg

from app.domain.chart import MANY_SERIES, RECORD_COLOUR, ChartSpec, year_lines
from app.ui.chart_event_parts import brush, month_to_timestamp, pen
from app.ui.chart_peaks import PEAKS_PER_PIXEL, PeakLineItem
from app.ui.chart_tooltips import desk_words, legend_entry, point_tip, record_label

#: pyqtgraph symbols of each kind of mark (circle, triangle, diamond, square)
SYMBOLS = {"year": "o", "ytd": "t", "part": "d", "point": "s"}
GROUP_COLOUR = "#607d8b"
HOLLOW_BRUSH = pg.mkBrush("w")


def forward_flags(points: pd.DataFrame) -> np.ndarray:
    """Whether each point is a target, plan or forecast (drawn hollow)."""
    if "forward" not in points.columns:
        return np.zeros(len(points), dtype=bool)
    return points["forward"].to_numpy(dtype=bool)


def joined_lines(points: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """x and y of every series' yearly line (:func:`app.domain.chart.year_lines`), one after
    the other, NaN between series (drawn with connect="finite": one item, separate lines)."""
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    for x, y in year_lines(points).values():
        if xs:
            xs.append(np.array([np.nan]))
            ys.append(np.array([np.nan]))
        xs.append(x)
        ys.append(y)
    if not xs:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(xs), np.concatenate(ys)


class FigureMarks:
    """The lines and markers of a spec's points on ``plot`` (see module)."""

    def __init__(
        self, plot: pg.PlotWidget, legend: pg.LegendItem, on_click: Callable[..., None]
    ) -> None:
        self.plot, self.legend, self._on_click = plot, legend, on_click
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.scatters: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        self._hollow_sample = pg.ScatterPlotItem(
            symbol="o", size=10, brush=HOLLOW_BRUSH, pen=pg.mkPen(GROUP_COLOUR, width=2)
        )

    def draw(self, spec: ChartSpec, pts: pd.DataFrame, factor: float) -> None:
        """Each series its own items and legend entries; beyond MANY_SERIES (a WDI extract
        of 200 countries, say) all series share one line item and one scatter per kind of
        period, coloured per point, so that thousands of series draw and pan quickly."""
        self.legend.clear()
        series = list(dict.fromkeys(pts["series"])) if len(pts) else []
        colours = spec.colours()
        groups = [[s] for s in series] if len(series) <= MANY_SERIES else [series]
        used: set[object] = set()
        words = desk_words()
        for members in groups:
            name = members[0] if len(members) == 1 else words.series_count(len(members))
            part = pts[pts["series"].isin(members)] if len(groups) > 1 else pts
            colour = colours[members[0]] if len(members) == 1 else GROUP_COLOUR
            used |= self._draw_group(name, part, colours, colour, factor, len(members) == 1)
        if len(pts) and forward_flags(pts).any():
            self.legend.addItem(self._hollow_sample, words.hollow)
        for line in [k for k in self.lines if k not in used]:
            self.plot.removeItem(self.lines.pop(line))
        for scatter in [k for k in self.scatters if k not in used]:
            self.plot.removeItem(self.scatters.pop(scatter))

    def _draw_group(
        self,
        name: str,
        part: pd.DataFrame,
        colours: dict[str, str],
        colour: str,
        factor: float,
        increasing: bool,
    ) -> set[object]:
        """The items of one group; ``increasing``: a single series, so x only grows."""
        used: set[object] = set()
        xs, ys = joined_lines(part)
        if len(xs) > 1:
            # through the figures the analytics use: the preferred source, else the most
            # recently published one (other sources stay as markers)
            line = self.line_item(name, colour)
            plot_item = self.plot.getPlotItem()
            # style and data in one setData: each setter would re-run updateItems
            line.setData(
                month_to_timestamp(xs),
                ys / factor,
                connect="finite",
                clipToView=bool(increasing and plot_item.clipToViewMode()),
                autoDownsample=bool(increasing and plot_item.downsampleMode()[1]),
                downsampleMethod="peak",
                # many series' lines 1 px wide: Qt strokes a wide pen segment by segment
                # (200 series of 25 years: 13 ms a frame at 2 px), and 2 px lines of
                # hundreds of series merge into one grey mass anyway
                pen=pen(colour, 2.0 if increasing else 1.0),
            )
            used.add(name)
        kinds = desk_words().kinds
        for mark in SYMBOLS:
            sub = part[part["mark"] == mark]
            if sub.empty:
                continue
            forward = forward_flags(sub)
            outline = pg.mkPen("k" if mark == "year" else colour)
            sc = self._scatter(name, mark)
            # the item's own pen and brush are what its legend sample shows; the points
            # get theirs one by one below
            sc.setPen(outline, update=False)
            sc.setBrush(brush(colour), update=False)
            names = sub["series"].tolist()
            hollow = forward.tolist()
            sc.setData(
                x=month_to_timestamp(sub["x"].to_numpy()),
                y=sub["value"].to_numpy() / factor,
                data=list(zip(sub["obs_id"].tolist(), sub["label"].tolist(), strict=True)),
                symbol=SYMBOLS[mark],
                size=np.where(sub["preferred"].to_numpy(dtype=bool), 13, 10),
                # a target, plan or forecast is hollow: white inside, its series' colour
                brush=[
                    HOLLOW_BRUSH if f else brush(colours[s])
                    for s, f in zip(names, hollow, strict=True)
                ],
                # one pen for all when none is hollow (pyqtgraph styles them in one pass)
                pen=[
                    pen(colours[s], 2.0) if f else outline
                    for s, f in zip(names, hollow, strict=True)
                ]
                if any(hollow)
                else outline,
            )
            self.legend.addItem(sc, legend_entry(name, kinds[mark]))
            used.add((name, mark))
        rec = part[part["record"]]
        if len(rec):
            star = self._scatter(name, "record")
            star.setData(
                x=month_to_timestamp(rec["x"].to_numpy()),
                y=rec["value"].to_numpy() / factor,
                data=[
                    (i, record_label(t)) for i, t in zip(rec["obs_id"], rec["label"], strict=True)
                ],
                symbol="star",
                size=22,
                brush=pg.mkBrush(None),
                pen=pg.mkPen(RECORD_COLOUR, width=2),
            )
            used.add((name, "record"))
        return used

    def line_item(self, series: str, colour: str) -> pg.PlotDataItem:
        """The line item of ``series`` (made on first use, kept between redraws)."""
        item = self.lines.get(series)
        if item is None:
            item = PeakLineItem(pen=pen(colour, 2.0))
            item.opts["autoDownsampleFactor"] = PEAKS_PER_PIXEL  # no setter in pyqtgraph
            self.plot.addItem(item)
            self.lines[series] = item
        return item

    def _scatter(self, series: str, mark: str) -> pg.ScatterPlotItem:
        item = self.scatters.get((series, mark))
        if item is None:
            item = pg.ScatterPlotItem(
                hoverable=True, tip=point_tip, hoverPen=pg.mkPen("k", width=2)
            )
            item.sigClicked.connect(self._on_click)
            self.plot.addItem(item)
            self.scatters[(series, mark)] = item
        return item

    def line_values(self) -> dict[str, list[float]]:
        """series -> the y values of its full-year line, in display scale."""
        return {
            k: [float(v) for v in item.yData]
            for k, item in self.lines.items()
            if item.yData is not None
        }

    def marker_values(self) -> dict[int, float]:
        """obs_id -> plotted value in the panel's display scale."""
        out: dict[int, float] = {}
        for (_series, mark), sc in self.scatters.items():
            if mark == "record":
                continue
            for spot in sc.points():
                out[int(spot.data()[0])] = float(spot.pos().y())
        return out
