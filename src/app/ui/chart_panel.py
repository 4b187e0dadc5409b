"""The chart on screen: a :class:`~app.domain.chart.ChartSpec` drawn with pyqtgraph.

Full-year figures are joined by a line; year-to-date and other ranges are triangles;
quarters, halves and months diamonds; point-in-time stocks squares. When several sources
give one period, each is its own marker with a tooltip naming it. Items are kept and
updated in place with ``setData``; many points stay cheap with clip-to-view and peak
downsampling on the lines. What to draw (figures chosen, records, projections, same-period
bars) is decided by the ChartSpec, which documents draw too (:mod:`app.qt.chart_render`).

Events of the pair are drawn in a strip under the plot by the base class,
:class:`app.ui.chart_events_strip.ChartEventStrip` (markers, lanes, tooltips, menus).

What the reader sees first is written as the table writes it: the value axis and every
tooltip in :func:`~app.domain.units.format_quantity`'s format, the months of the time axis
with their year (:mod:`app.ui.chart_axis_items`), the tips and legend words from
:mod:`app.ui.chart_tooltips`; the legend sits beside the plot, never on the figures
(:mod:`app.ui.chart_legend_box`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import (
    PALETTE,
    PROJECTION_COLOUR,
    TIMELINE,
    ChartMode,
    ChartSpec,
    chart_spec_of_rows,
)
from app.domain.selection import indicator_mask
from app.qt.i18n import translate
from app.ui.chart_axis_items import GRID_Z, GROUND, TimeAxisItem, ValueAxisItem
from app.ui.chart_events_strip import (
    ChartEventStrip,
    PlotViewBox,
    event_icon,
    event_tip,
    month_to_timestamp,
    timestamp_day,
)
from app.ui.chart_figures import FigureMarks
from app.ui.chart_legend_box import LegendBox
from app.ui.chart_menu_words import desk_menus
from app.ui.chart_tooltips import bar_tip, desk_words, fixed_tip

HIGHLIGHT_COLOUR = "#e91e63"


def _empty_spec() -> ChartSpec:
    return chart_spec_of_rows(pd.DataFrame(), None, {}, "", "", "")


class ChartPanel(ChartEventStrip):
    """Draws a ChartSpec; the same-period switch and window box re-lay it out
    (:meth:`ChartSpec.with_mode`) without asking the window for anything."""

    #: the user clicked a marker: obs_id
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = PlotViewBox()
        self.value_axis = ValueAxisItem("left")
        self.plot = pg.PlotWidget(
            viewBox=self._view, axisItems={"bottom": TimeAxisItem(), "left": self.value_axis}
        )
        self.plot.setBackground(GROUND)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        for axis in (self.value_axis, self.plot.getPlotItem().getAxis("bottom")):
            axis.setZValue(GRID_Z)  # its opaque grid lines under the figures
        desk_menus(self.plot)  # pyqtgraph's view-box menu, translated; no Plot Options
        # On the PlotItem, not the items: PlotItem.addItem overwrites an item's own
        # downsampling and clip-to-view with the plot's (off by default).
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setClipToView(True)
        self.legend = LegendBox(self.plot.getPlotItem())
        self.title = QLabel(translate("chart_panel", "Select an indicator to chart it."))
        self.title.setWordWrap(True)
        reset = QPushButton(translate("chart_panel", "Reset view"))
        reset.setToolTip(translate("chart_panel", "Fit all figures (Ctrl+0)"))
        reset.clicked.connect(self.reset_view)
        self.same_period = QCheckBox(translate("chart_panel", "Same period"))
        self.same_period.setToolTip(
            translate("chart_panel", "Draw one window (e.g. Jan–Oct) of every year side by side")
        )
        self.window_box = QComboBox()
        self.window_box.setEnabled(False)
        self.same_period.toggled.connect(self._mode_changed)
        self.window_box.currentIndexChanged.connect(lambda _i: self._relayout())
        self.events_button = self._events_button()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.events_button)
        top.addWidget(self.same_period)
        top.addWidget(self.window_box)
        top.addWidget(reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self.figures = FigureMarks(self.plot, self.legend, self._clicked)
        self._extra: list[pg.GraphicsObject] = []
        self.spec = _empty_spec()
        self.points = self.spec.points
        self.scale = (1.0, "")
        self.projections: list[object] = []
        self.bars: dict[str, list[float]] = {}
        self._highlighted: list[int] = []
        # one item rings every highlighted figure (a claim's figures)
        self._ring = pg.ScatterPlotItem(
            symbol="o", size=24, brush=pg.mkBrush(None), pen=pg.mkPen(HIGHLIGHT_COLOUR, width=3)
        )
        self._ring.setZValue(20)
        self.plot.addItem(self._ring, ignoreBounds=True)
        self._fitted = self.plot.getPlotItem().viewRange()  # the range Reset view gives
        self._init_events()

    # --- what to draw ---------------------------------------------------------------------

    def show_spec(self, spec: ChartSpec) -> None:
        """Draw ``spec`` in the mode chosen in the panel (same period or timeline)."""
        self._fill_windows(spec)
        mode = self.mode()
        self.spec = spec if spec.mode == mode else spec.with_mode(mode)
        self.points = spec.points
        self.scale = (spec.factor, spec.scale_word)
        # the ticks say the unit and scale ("$2.5 bn"), as the table does
        self.value_axis.set_quantity(spec.factor, spec.unit)
        figures = len(spec.points)  # a plain name: lupdate skips a plural given as a call
        self.title.setText(
            translate(
                "chart_panel",
                "<b>{name}</b> — %n figures; ★ marks a record in its series ({records})",
                "",
                figures,
            ).format(name=spec.name, records=spec.records)
            if spec.indicator
            else translate("chart_panel", "Select an indicator to chart it.")
        )
        self._redraw()

    def show_indicator(
        self,
        name: str,
        code: str,
        obs: pd.DataFrame,
        sources: dict[int, str],
        unit: str,
        source_table: pd.DataFrame | None = None,
    ) -> None:
        """Chart ``code`` among ``obs`` (the rows at hand; benchmarks and tests)."""
        rows = obs[indicator_mask(obs, {code})] if code else obs.iloc[0:0]
        self.show_spec(chart_spec_of_rows(rows, source_table, sources, code, name, unit))

    def show_like(self, other: ChartPanel) -> None:
        """What ``other`` shows, in its mode and over its visible range (exports)."""
        self.same_period.blockSignals(True)
        self.same_period.setChecked(other.same_period.isChecked())
        self.same_period.blockSignals(False)
        self.window_box.setEnabled(other.same_period.isChecked())
        self._fill_windows(other.spec, other.window_box.currentData())
        self.set_hidden_event_types(other.hidden_event_types())
        self.show_events(other.events, other.event_labels)
        self.show_spec(other.spec)
        (x0, x1), (y0, y1) = other.plot.getPlotItem().viewRange()
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setYRange(y0, y1, padding=0)

    def state(self) -> dict[str, Any]:
        """Mode and visible range for a saved view; an axis still fitted to the figures
        (as Reset view left it) is None, so the view fits the figures of the day."""
        now = self.plot.getPlotItem().viewRange()
        window = self.window_box.currentData()
        axes = {
            key: None if np.allclose(now[i], self._fitted[i], rtol=1e-6) else [*map(float, now[i])]
            for i, key in enumerate(("x", "y"))
        }
        window = [int(w) for w in window] if window else None
        return {"same_period": self.same_period.isChecked(), "window": window} | axes

    def set_state(self, state: dict[str, Any]) -> None:
        """Show a saved view's mode and range (a window the figures lack: the first one)."""
        window = state.get("window")
        index = self.window_box.findData(tuple(window)) if window else -1
        self.window_box.setCurrentIndex(max(index, 0))
        self.same_period.setChecked(bool(state.get("same_period")))
        for key, set_range in (("x", self.plot.setXRange), ("y", self.plot.setYRange)):
            if state.get(key):
                set_range(*state[key], padding=0)

    def mode(self) -> ChartMode:
        """The layout chosen in the panel."""
        window = self.window_box.currentData()
        if self.same_period.isChecked() and window:
            return ChartMode((int(window[0]), int(window[1])))
        return TIMELINE

    def _fill_windows(self, spec: ChartSpec, keep: object = None) -> None:
        current = keep or self.window_box.currentData()
        self.window_box.blockSignals(True)
        self.window_box.clear()
        words = desk_words()
        for first, months, _label in spec.windows:
            self.window_box.addItem(words.window_words(first, months), (first, months))
        index = self.window_box.findData(current) if current else -1
        self.window_box.setCurrentIndex(max(index, 0))
        self.window_box.blockSignals(False)

    def _mode_changed(self, on: bool) -> None:
        self.window_box.setEnabled(on)
        self._relayout()

    def _relayout(self) -> None:
        self.spec = self.spec.with_mode(self.mode())
        self._redraw()

    # --- drawing --------------------------------------------------------------------------

    def _redraw(self) -> None:
        spec, factor = self.spec, self.spec.factor
        for item in self._extra:
            self.plot.removeItem(item)
        self._extra = []
        self.bars = {}
        self.projections = []
        if spec.mode.same_period:
            self.figures.draw(spec, spec.points.iloc[0:0], factor)
            self._draw_same_period(spec, factor)
        else:
            self.figures.draw(spec, spec.points, factor)
            self._draw_projections(spec, factor)
        self._draw_events()
        self._draw_highlight()
        self.reset_view()

    def highlight_obs(self, obs_ids: Iterable[int]) -> None:
        """Ring the points of ``obs_ids`` (those on the chart); another call replaces the
        rings, an empty one clears them."""
        self._highlighted = [int(i) for i in obs_ids]
        self._draw_highlight()

    def highlighted_obs(self) -> list[int]:
        """The obs ids ringed on the chart (tests)."""
        return [int(p.data()) for p in self._ring.points()]

    def _draw_highlight(self) -> None:
        pts = self.spec.points
        if self.spec.mode.same_period or not len(pts) or not self._highlighted:
            self._ring.setData(x=np.zeros(0), y=np.zeros(0))
            return
        hit = pts[pts["obs_id"].isin(self._highlighted)]
        self._ring.setData(
            x=month_to_timestamp(hit["x"].to_numpy()),
            y=hit["value"].to_numpy() / self.spec.factor,
            data=[int(i) for i in hit["obs_id"]],
        )

    def _draw_same_period(self, spec: ChartSpec, factor: float) -> None:
        pts = spec.bars
        series = list(dict.fromkeys(pts["series"])) if len(pts) else []
        width = 0.8 * 365 * 86400 / max(len(series), 1)
        colours = spec.colours()
        words = desk_words()
        window = words.window_label(spec)
        for i, s in enumerate(series):
            part = pts[pts["series"] == s]
            x = (
                month_to_timestamp(part["year"].to_numpy() * 12 + 6)
                + (i - (len(series) - 1) / 2) * width
            )
            bars = pg.BarGraphItem(
                x=x,
                height=part["value"].to_numpy() / factor,
                width=width,
                brush=pg.mkBrush(colours.get(s, PALETTE[0])),
            )
            bars.setToolTip(bar_tip(s, window, part["year"].tolist(), part["value"], spec.unit))
            self.plot.addItem(bars)
            self._extra.append(bars)
            self.legend.addItem(bars, words.series_of_each_year(s, window))
            self.bars[s] = [float(v) / factor for v in part["value"]]

    def _draw_projections(self, spec: ChartSpec, factor: float) -> None:
        for p in spec.projections:
            x = month_to_timestamp(np.array([p.year * 12 + 6.0]))[0]
            y = float(p.projected or 0) / factor
            lo = float(p.low or 0) / factor
            hi = float(p.high or 0) / factor
            line = pg.PlotDataItem(
                [x, x],
                [lo, hi],
                pen=pg.mkPen(PROJECTION_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            )
            mark = pg.ScatterPlotItem(
                [x],
                [y],
                symbol="x",
                size=14,
                pen=pg.mkPen(PROJECTION_COLOUR),
                hoverable=True,
                tip=fixed_tip(p.explanation()),
            )
            label = pg.TextItem(
                desk_words().projection(p.year), color=PROJECTION_COLOUR, anchor=(1, 1)
            )
            label.setPos(x, y)
            for item in (line, mark, label):
                self.plot.addItem(item)
                self._extra.append(item)
            self.projections.append(p)

    def _clicked(self, _item: pg.ScatterPlotItem, points: list[pg.SpotItem], *_: object) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()[0]))

    def reset_view(self) -> None:
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.08)
        self._fitted = self.plot.getPlotItem().viewRange()

    # --- reading back (tests, exports) ----------------------------------------------------

    def line_values(self) -> dict[str, list[float]]:
        """series -> the y values of its full-year line, in display scale."""
        return self.figures.line_values()

    def marker_values(self) -> dict[int, float]:
        """obs_id -> plotted value in the panel's display scale."""
        return self.figures.marker_values()

    def _line(self, series: str, colour: str) -> pg.PlotDataItem:
        """The line item of ``series`` (benchmarks/chart.py draws a long series through it)."""
        return self.figures.line_item(series, colour)

    @property
    def _lines(self) -> dict[str, pg.PlotDataItem]:
        return self.figures.lines

    @property
    def _scatters(self) -> dict[tuple[str, str], pg.ScatterPlotItem]:
        return self.figures.scatters


#: re-exported for the event dialog and the tests, which know them from this module
__all__ = ["ChartPanel", "event_icon", "event_tip", "month_to_timestamp", "timestamp_day"]
