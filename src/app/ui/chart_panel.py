"""The chart on screen: a :class:`~app.domain.chart.ChartSpec` drawn with pyqtgraph.

Full-year figures are joined by a line; year-to-date and other ranges are triangles;
quarters, halves and months diamonds; point-in-time stocks squares. When several sources
give one period, each is its own marker with a tooltip naming it. Items are kept and
updated in place with ``setData``; many points stay cheap with clip-to-view and peak
downsampling on the lines. What to draw (figures chosen, records, projections, same-period
bars) is decided by the ChartSpec, which documents draw too (:mod:`app.qt.chart_render`).

Events of the pair (:meth:`ChartPanel.show_events`) sit in a thin strip under the plot: a
second view box inside the plot item, sharing its x axis (linked), with a fixed height and
y range, so the markers never cover figures and stay put whatever the value scale; being
part of the plot item, they are in chart exports too. One marker per event (shape and colour
per type, as in documents), stacked in lanes where events crowd at the current zoom, with a
tooltip (date, type, title, source, quote). Through the plot itself each point event has a
dashed line and each range a shaded band. Whatever the number of events, that is five
items: one scatter and one line item in the strip, one line item (connect="pairs"), one
bar item and one invisible extent in the plot. The Events button toggles types; right-click
offers "Add annotation here…" and, on a marker, Edit…/Delete — the panel only asks
(signals); :mod:`app.ui.event_dialog` opens the dialog and pushes the undoable edit.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import (
    KIND_NAMES,
    MANY_SERIES,
    PALETTE,
    PROJECTION_COLOUR,
    RECORD_COLOUR,
    TIMELINE,
    ChartMode,
    ChartSpec,
    chart_spec_of_rows,
    year_lines,
)
from app.domain.events import EVENT_TYPE_WORDS, date_text
from app.domain.records import EventType
from app.domain.selection import indicator_mask
from app.qt.chart_painter import (
    EVENT_LANES,
    EVENT_RANGE_ALPHA,
    EVENT_RANGE_COLOUR,
    OPEN_SHAPES,
    event_style,
    marker_path,
    pack_lanes,
)

#: pyqtgraph symbols of each kind of mark (circle, triangle, diamond, square)
SYMBOLS = {"year": "o", "ytd": "t", "part": "d", "point": "s"}
GROUP_COLOUR = "#607d8b"
EMPTY_TITLE = "Select an indicator to chart it."
#: pyqtgraph symbols of the painter's marker shapes (events look the same on paper)
EVENT_SYMBOLS = {
    "circle": "o",
    "square": "s",
    "diamond": "d",
    "triangle": "t",
    "triangle_up": "t1",
    "cross": "x",
    "plus": "+",
    "hexagon": "h",
}
EVENT_SIZE = 10  # pixels
STRIP_HEIGHT = EVENT_LANES * 12 + 6  # pixels: the lanes of event markers
QUOTE_CHARS = 280  # a longer quote is cut in the tooltip


def month_to_timestamp(months: np.ndarray) -> np.ndarray:
    """Month index (fractions allowed) -> POSIX seconds (UTC); 12.5 is mid-January.
    NaN (a break between lines) stays NaN."""
    m = np.asarray(months, dtype=float)
    gap = ~np.isfinite(m)
    whole = np.floor(np.where(gap, 0.0, m)).astype(np.int64)
    years, mon = np.divmod(whole, 12)
    first = ((years - 1970) * 12 + mon).astype("datetime64[M]").astype("datetime64[s]")
    seconds: np.ndarray = first.astype(np.int64).astype(float) + (m - whole) * 30.44 * 86400
    seconds[gap] = np.nan
    return seconds


_BRUSHES: dict[str, Any] = {}


def _brush(colour: str) -> Any:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = pg.mkBrush(colour)
    return brush


_PENS: dict[str, Any] = {}


def _event_pen(colour: str) -> Any:
    pen = _PENS.get(colour)
    if pen is None:
        pen = _PENS[colour] = pg.mkPen(QColor(colour).darker(130), width=1.5)
    return pen


def _menu_action(menu: QMenu, text: str, run: Callable[[], object]) -> QAction:
    act = QAction(text, menu)
    act.triggered.connect(lambda _checked=False: run())
    menu.addAction(act)
    return act


def _joined_lines(points: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
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


def timestamp_day(seconds: float) -> str:
    """POSIX seconds on the x axis -> the ISO day ("2025-04-23")."""
    return str(np.datetime64(int(seconds), "s").astype("datetime64[D]"))


def event_tip(event: Mapping[str, Any] | pd.Series, source_label: str) -> str:
    """An event's tooltip: date and type, title, source label and quote (rich text, every
    stored text escaped, so a title with "<b>" stays text)."""

    def e(text: str) -> str:
        return html.escape(text, quote=False)

    kind = EVENT_TYPE_WORDS.get(str(event["event_type"]), str(event["event_type"]))
    lines = [
        f"{e(date_text(str(event['date_start']), str(event['date_end'])))} · {e(kind)}",
        f"<b>{e(str(event['title']))}</b>",
    ]
    if source_label:
        lines.append(f"Source: {e(source_label)}")
    quote = " ".join(str(event["quote"]).split())
    if quote:
        cut = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1].rstrip() + "…"
        lines.append(f"<i>“{e(cut)}”</i>")
    note = str(event.get("note", "") or "").strip()
    if note:
        lines.append(e(note))
    return "<p>" + "<br>".join(lines) + "</p>"


def event_icon(event_type: str, size: int = 14) -> QIcon:
    """The event type's marker (shape and colour) as a menu icon."""
    colour, shape = event_style(event_type)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(colour)
        painter.setPen(QPen(ink.darker(130), 2.0 if shape in OPEN_SHAPES else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush if shape in OPEN_SHAPES else ink)
        painter.drawPath(marker_path(shape, QPointF(size / 2, size / 2), size - 3))
    finally:
        painter.end()
    return QIcon(pixmap)


def _fixed_tip(text: str) -> Callable[..., str]:
    """A hover tip that shows one text whatever point is hovered."""
    return lambda *_args, **_kwargs: text


def _empty_spec() -> ChartSpec:
    return chart_spec_of_rows(pd.DataFrame(), None, {}, "", "", "")


class _PlotViewBox(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph has no type hints
    """The plot's view box; its context menu also offers "Add annotation here…" for the
    date right-clicked."""

    def __init__(self) -> None:
        super().__init__()
        self.clicked_x = math.nan
        self.annotate_action = QAction("Add annotation here…", self)

    def getMenu(self, ev: Any) -> QMenu | None:
        menu: QMenu | None = super().getMenu(ev)
        if ev is not None:
            self.clicked_x = float(self.mapSceneToView(ev.scenePos()).x())
        if menu is not None and self.annotate_action not in menu.actions():
            menu.addSeparator()
            menu.addAction(self.annotate_action)
        return menu


class _EventStrip(pg.ViewBox):  # type: ignore[misc]
    """The strip of event markers under the plot: x linked to the plot, y fixed (lanes);
    a right-click hands the click to ``on_menu(scene position, screen position)``."""

    def __init__(self, on_menu: Callable[[QPointF, QPoint], None]) -> None:
        super().__init__(enableMenu=False, defaultPadding=0.0)
        self._on_menu = on_menu
        self.setMouseEnabled(x=True, y=False)
        self.enableAutoRange(x=False, y=False)
        self.setYRange(0, EVENT_LANES, padding=0)
        self.setBackgroundColor("#f6f7f8")

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self._on_menu(ev.scenePos(), ev.screenPos().toPoint())
        else:
            super().mouseClickEvent(ev)


class _XExtent(pg.GraphicsObject):  # type: ignore[misc]
    """Invisible: lets the plot's auto-range include the events' dates, on x only (as
    pyqtgraph's InfiniteLine does), so an opening after the last figure is in view."""

    def __init__(self) -> None:
        super().__init__()
        self._x: tuple[float, float] | None = None
        self.setFlag(self.GraphicsItemFlag.ItemHasNoContents)

    def set_extent(self, x: tuple[float, float] | None) -> None:
        self._x = x
        self.informViewBoundsChanged()

    def dataBounds(
        self,
        ax: int,
        frac: float = 1.0,
        orthoRange: object = None,
    ) -> tuple[float, float] | None:
        return self._x if ax == 0 else None

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, *_args: object) -> None:
        return


class ChartPanel(QWidget):
    """Draws a ChartSpec; the same-period switch and window box re-lay it out
    (:meth:`ChartSpec.with_mode`) without asking the window for anything."""

    #: the user clicked a marker: obs_id
    point_clicked = Signal(int)
    #: "Add annotation here…": the ISO day clicked
    annotation_requested = Signal(str)
    #: Edit… / Delete on an event marker: event_id
    event_edit_requested = Signal(int)
    event_delete_requested = Signal(int)
    #: the event types the user hid (list[str]), to be remembered
    hidden_event_types_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = _PlotViewBox()
        self.plot = pg.PlotWidget(
            viewBox=self._view, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")}
        )
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMenuEnabled(True)
        # On the PlotItem, not the items: PlotItem.addItem overwrites an item's own
        # downsampling and clip-to-view with the plot's (off by default).
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setClipToView(True)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.title = QLabel(EMPTY_TITLE)
        self.title.setWordWrap(True)
        reset = QPushButton("Reset view")
        reset.setToolTip("Fit all figures (Ctrl+0)")
        reset.clicked.connect(self.reset_view)
        self.same_period = QCheckBox("Same period")
        self.same_period.setToolTip("Draw one window (e.g. Jan–Oct) of every year side by side")
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
        self._lines: dict[str, pg.PlotDataItem] = {}
        self._scatters: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        self._extra: list[pg.GraphicsObject] = []
        self.spec = _empty_spec()
        self.points = self.spec.points
        self.scale = (1.0, "")
        self.projections: list[object] = []
        self.bars: dict[str, list[float]] = {}
        self._init_events()

    # --- what to draw ---------------------------------------------------------------------

    def show_spec(self, spec: ChartSpec) -> None:
        """Draw ``spec`` in the mode chosen in the panel (same period or timeline)."""
        self._fill_windows(spec)
        mode = self.mode()
        self.spec = spec if spec.mode == mode else spec.with_mode(mode)
        self.points = spec.points
        self.scale = (spec.factor, spec.scale_word)
        self.plot.setLabel("left", spec.axis_label)
        self.title.setText(
            f"<b>{spec.name}</b> — {len(spec.points)} figures; ★ marks a record "
            f"in its series ({spec.records})"
            if spec.indicator
            else EMPTY_TITLE
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
        for first, months, label in spec.windows:
            self.window_box.addItem(label, (first, months))
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
            self._draw(spec.points.iloc[0:0], factor)
            self._draw_same_period(spec, factor)
        else:
            self._draw(spec.points, factor)
            self._draw_projections(spec, factor)
        self._draw_events()
        self.reset_view()

    def _draw_same_period(self, spec: ChartSpec, factor: float) -> None:
        pts = spec.bars
        series = list(dict.fromkeys(pts["series"])) if len(pts) else []
        width = 0.8 * 365 * 86400 / max(len(series), 1)
        colours = spec.colours()
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
            self.plot.addItem(bars)
            self._extra.append(bars)
            self.legend.addItem(bars, f"{s} — {spec.window_label()} of each year")
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
                tip=_fixed_tip(p.explanation()),
            )
            label = pg.TextItem(f"projection {p.year}", color=PROJECTION_COLOUR, anchor=(1, 1))
            label.setPos(x, y)
            for item in (line, mark, label):
                self.plot.addItem(item)
                self._extra.append(item)
            self.projections.append(p)

    def _draw(self, pts: pd.DataFrame, factor: float) -> None:
        """Each series its own items and legend entries; beyond MANY_SERIES (a WDI extract
        of 200 countries, say) all series share one line item and one scatter per kind of
        period, coloured per point, so that thousands of series draw and pan quickly."""
        self.legend.clear()
        series = list(dict.fromkeys(pts["series"])) if len(pts) else []
        colours = self.spec.colours()
        groups = [[s] for s in series] if len(series) <= MANY_SERIES else [series]
        used: set[object] = set()
        for members in groups:
            name = members[0] if len(members) == 1 else f"{len(members)} series"
            part = pts[pts["series"].isin(members)] if len(groups) > 1 else pts
            colour = colours[members[0]] if len(members) == 1 else GROUP_COLOUR
            used |= self._draw_group(name, part, colours, colour, factor)
        for line in [k for k in self._lines if k not in used]:
            self.plot.removeItem(self._lines.pop(line))
        for scatter in [k for k in self._scatters if k not in used]:
            self.plot.removeItem(self._scatters.pop(scatter))

    def _draw_group(
        self, name: str, part: pd.DataFrame, colours: dict[str, str], colour: str, factor: float
    ) -> set[object]:
        used: set[object] = set()
        xs, ys = _joined_lines(part)
        if len(xs) > 1:
            # through the figures the analytics use: the preferred source, else the most
            # recently published one (other sources stay as markers)
            self._line(name, colour).setData(month_to_timestamp(xs), ys / factor, connect="finite")
            used.add(name)
        for mark in SYMBOLS:
            sub = part[part["mark"] == mark]
            if sub.empty:
                continue
            brushes = [_brush(colours[s]) for s in sub["series"]]
            sc = self._scatter(name, mark, colour)
            sc.setData(
                x=month_to_timestamp(sub["x"].to_numpy()),
                y=sub["value"].to_numpy() / factor,
                data=list(zip(sub["obs_id"], sub["label"], strict=True)),
                symbol=SYMBOLS[mark],
                size=[13 if p else 10 for p in sub["preferred"]],
                brush=brushes,
                pen=pg.mkPen("k" if mark == "year" else colour),
            )
            self.legend.addItem(sc, f"{name} — {KIND_NAMES[mark]}")
            used.add((name, mark))
        rec = part[part["record"]]
        if len(rec):
            star = self._scatter(name, "record", colour)
            star.setData(
                x=month_to_timestamp(rec["x"].to_numpy()),
                y=rec["value"].to_numpy() / factor,
                data=[
                    (i, "Record: " + t) for i, t in zip(rec["obs_id"], rec["label"], strict=True)
                ],
                symbol="star",
                size=22,
                brush=pg.mkBrush(None),
                pen=pg.mkPen(RECORD_COLOUR, width=2),
            )
            used.add((name, "record"))
        return used

    def _line(self, series: str, colour: str) -> pg.PlotDataItem:
        item = self._lines.get(series)
        if item is None:
            item = pg.PlotDataItem(pen=pg.mkPen(colour, width=2))
            self.plot.addItem(item)
            self._lines[series] = item
        return item

    def _scatter(self, series: str, mark: str, colour: str) -> pg.ScatterPlotItem:
        item = self._scatters.get((series, mark))
        if item is None:
            item = pg.ScatterPlotItem(
                hoverable=True, tip=self._tip, hoverPen=pg.mkPen("k", width=2)
            )
            item.sigClicked.connect(self._clicked)
            self.plot.addItem(item)
            self._scatters[(series, mark)] = item
        return item

    @staticmethod
    def _tip(x: float, y: float, data: tuple[int, str]) -> str:
        return str(data[1])

    def _clicked(self, _item: pg.ScatterPlotItem, points: list[pg.SpotItem], *_: object) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()[0]))

    # --- events ---------------------------------------------------------------------------

    def _events_button(self) -> QToolButton:
        """ "Events": a menu of checkable event types, each with its marker as icon."""
        button = QToolButton()
        button.setText("Events")
        button.setToolTip("Event types marked on the timeline")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self._type_actions: dict[str, QAction] = {}
        for kind in EventType:
            act = QAction(event_icon(kind), EVENT_TYPE_WORDS.get(kind, str(kind)), menu)
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(lambda _on: self._event_types_toggled())
            menu.addAction(act)
            self._type_actions[str(kind)] = act
        button.setMenu(menu)
        return button

    def _init_events(self) -> None:
        """The strip under the plot (row 3 of the plot item's grid; the date axis moves to
        row 4) and the five items that draw every event."""
        item = self.plot.getPlotItem()
        self.events = pd.DataFrame()
        self.event_labels: dict[int, str] = {}
        self._tips: dict[int, str] = {}
        self._shown = self.events
        self._lanes: list[int] = []
        self.strip = _EventStrip(self._strip_menu)
        self.strip.setXLink(self._view)
        axis = item.getAxis("bottom")
        item.layout.removeItem(axis)
        item.layout.addItem(self.strip, 3, 1)
        item.layout.addItem(axis, 4, 1)
        item.axes["bottom"]["pos"] = (4, 1)
        self._strip_label = pg.LabelItem("Events", size="7pt", color="#607d8b", justify="right")
        item.layout.addItem(self._strip_label, 3, 0)
        self._event_dots = pg.ScatterPlotItem(
            hoverable=True, tip=self._tip, hoverPen=pg.mkPen("k", width=2), size=EVENT_SIZE
        )
        range_ink = QColor(EVENT_RANGE_COLOUR)
        range_ink.setAlpha(110)
        self._strip_ranges = pg.PlotCurveItem(pen=pg.mkPen(range_ink, width=4))
        self.strip.addItem(self._strip_ranges)
        self.strip.addItem(self._event_dots)
        range_ink.setAlpha(EVENT_RANGE_ALPHA)
        self._event_bands = pg.BarGraphItem(
            x0=np.zeros(0), x1=np.zeros(0), y0=0.0, y1=1.0, brush=pg.mkBrush(range_ink), pen=None
        )
        self._event_lines = pg.PlotCurveItem(
            pen=pg.mkPen("#78909c", width=1, style=Qt.PenStyle.DashLine)
        )
        self._extent = _XExtent()
        item.addItem(self._event_bands, ignoreBounds=True)
        item.addItem(self._event_lines, ignoreBounds=True)
        item.addItem(self._extent)
        self._view.sigYRangeChanged.connect(lambda *_: self._fit_spans())
        self._view.sigXRangeChanged.connect(lambda *_: self._lay_out_lanes())
        self._view.sigResized.connect(lambda *_: self._lay_out_lanes())
        self._view.annotate_action.triggered.connect(
            lambda: self._annotate_at(self._view.clicked_x)
        )
        self._set_strip_visible(False)

    def show_events(self, events: pd.DataFrame, source_labels: Mapping[int, str]) -> None:
        """Mark ``events`` (:func:`app.domain.events.events_for`: one row per event with
        ``start_month``/``end_month``) on the timeline; ``source_labels`` (source_id ->
        label) name their sources in the tooltips."""
        self.events = events
        self.event_labels = dict(source_labels)
        self._tips = (
            {
                int(row["event_id"]): event_tip(
                    row, self.event_labels.get(int(row["source_id"]), "")
                )
                for _, row in events.iterrows()
            }
            if len(events)
            else {}
        )
        self._draw_events()
        self.reset_view()

    def hidden_event_types(self) -> list[str]:
        return [kind for kind, act in self._type_actions.items() if not act.isChecked()]

    def set_hidden_event_types(self, kinds: Iterable[str]) -> None:
        """Hide the events of ``kinds`` (the remembered choice) without announcing it."""
        hidden = {str(k) for k in kinds}
        for kind, act in self._type_actions.items():
            was = act.blockSignals(True)
            act.setChecked(kind not in hidden)
            act.blockSignals(was)
        self._draw_events()

    def _event_types_toggled(self) -> None:
        self._draw_events()
        self.hidden_event_types_changed.emit(self.hidden_event_types())

    def _visible_events(self) -> pd.DataFrame:
        ev = self.events
        if ev.empty or self.spec.mode.same_period:
            return ev.iloc[0:0]
        hidden = self.hidden_event_types()
        keep = ~ev["event_type"].astype(str).isin(hidden) & (ev["start_month"] >= 0)
        return ev[keep.to_numpy()]

    def _set_strip_visible(self, on: bool) -> None:
        self.strip.setFixedHeight(STRIP_HEIGHT if on else 0)
        self.strip.setVisible(on)
        self._strip_label.setVisible(on)
        for item in (self._event_lines, self._event_bands):
            item.setVisible(on)

    def _draw_events(self) -> None:
        """Lines and bands through the plot, markers and range bars in the strip."""
        ev = self._shown = self._visible_events()
        self._lanes = []
        self.events_button.setText(f"Events ({len(ev)})" if len(self.events) else "Events")
        self._set_strip_visible(len(ev) > 0)
        if ev.empty:
            empty = np.zeros(0)
            self._event_dots.setData(x=empty, y=empty)
            self._strip_ranges.setData(empty, empty)
            self._event_lines.setData(empty, empty)
            self._event_bands.setOpts(x0=empty, x1=empty)
            self._extent.set_extent(None)
            return
        start = month_to_timestamp(ev["start_month"].to_numpy())
        end = month_to_timestamp(ev["end_month"].to_numpy() + 1)
        ranged = (
            (ev["date_end"].astype(str) != "") | (ev["end_month"] > ev["start_month"])
        ).to_numpy()
        self._ev_start, self._ev_end, self._ev_ranged = start, np.where(ranged, end, start), ranged
        self._event_bands.setOpts(x0=start[ranged], x1=end[ranged])
        self._extent.set_extent((float(start.min()), float(self._ev_end.max())))
        self._fit_spans()
        self._lay_out_lanes()

    def _fit_spans(self) -> None:
        """Dashed lines and bands run over the whole visible value range."""
        if self._shown.empty:
            return
        y0, y1 = self._view.viewRange()[1]
        points = self._ev_start[~self._ev_ranged]
        self._event_lines.setData(
            np.repeat(points, 2), np.tile([y0, y1], len(points)), connect="pairs"
        )
        self._event_bands.setOpts(y0=y0, y1=y1)

    def _lay_out_lanes(self) -> None:
        """Markers in lanes so that events close at the current zoom do not hide each other
        (redrawn only when a marker changes lane)."""
        ev = self._shown
        if ev.empty:
            return
        (x0, x1), width = self._view.viewRange()[0], max(float(self._view.width()), 1.0)
        pixels = (self._ev_start - x0) / ((x1 - x0) or 1.0) * width
        lanes = pack_lanes(pixels.tolist(), EVENT_SIZE * 1.1, EVENT_LANES)
        if lanes == self._lanes:
            return
        self._lanes = lanes
        y = EVENT_LANES - np.asarray(lanes, dtype=float) - 0.5
        styles = [event_style(str(t)) for t in ev["event_type"]]
        ids = [int(i) for i in ev["event_id"]]
        self._event_dots.setData(
            x=self._ev_start,
            y=y,
            data=[(i, self._tips.get(i, "")) for i in ids],
            symbol=[EVENT_SYMBOLS.get(shape, "o") for _, shape in styles],
            brush=[_brush(colour) for colour, _ in styles],
            pen=[_event_pen(colour) for colour, _ in styles],
            size=EVENT_SIZE,
        )
        r = self._ev_ranged
        self._strip_ranges.setData(
            np.column_stack([self._ev_start[r], self._ev_end[r]]).ravel(),
            np.repeat(y[r], 2),
            connect="pairs",
        )

    def _annotate_at(self, x: float) -> None:
        if math.isfinite(x):
            self.annotation_requested.emit(timestamp_day(x))

    def _strip_menu(self, scene_pos: QPointF, screen_pos: QPoint) -> None:
        x = float(self.strip.mapSceneToView(scene_pos).x())
        hits = self._event_dots.pointsAt(self._event_dots.mapFromScene(scene_pos))
        self._menu = self.event_menu([int(p.data()[0]) for p in hits], timestamp_day(x))
        self._menu.popup(screen_pos)

    def event_menu(self, event_ids: list[int], day: str) -> QMenu:
        """The strip's context menu: Edit…/Delete for each event under the mouse, and
        "Add annotation here…" for ``day``."""
        menu = QMenu(self)
        titles = dict(
            zip(self.events.get("event_id", []), self.events.get("title", []), strict=True)
        )
        for eid in dict.fromkeys(event_ids):
            title = str(titles.get(eid, eid))
            short = title if len(title) <= 48 else title[:47].rstrip() + "…"
            if len(event_ids) > 1:
                menu.addSection(short)
            _menu_action(menu, f"Edit “{short}”…", partial(self.event_edit_requested.emit, eid))
            _menu_action(menu, f"Delete “{short}”", partial(self.event_delete_requested.emit, eid))
        if event_ids:
            menu.addSeparator()
        _menu_action(menu, "Add annotation here…", lambda: self.annotation_requested.emit(day))
        return menu

    # --- reading back (tests, exports): events ---------------------------------------------

    def event_markers(self) -> dict[int, float]:
        """event_id -> x (POSIX seconds) of its marker in the strip (shown events only)."""
        return {int(p.data()[0]): float(p.pos().x()) for p in self._event_dots.points()}

    def event_spans(self) -> tuple[list[float], list[tuple[float, float]]]:
        """What runs through the plot: x of the dashed lines of point events, and (start,
        end) of the shaded bands of ranges (POSIX seconds)."""
        xs = self._event_lines.xData if self._event_lines.isVisible() else None
        lines = [float(x) for x in (xs if xs is not None else [])[::2]]
        x0, x1 = self._event_bands.opts["x0"], self._event_bands.opts["x1"]
        bands = [(float(a), float(b)) for a, b in zip(x0, x1, strict=True)]
        return lines, bands if self._event_bands.isVisible() else []

    def event_tips(self) -> dict[int, str]:
        """event_id -> tooltip text of its marker (shown events only)."""
        return {int(p.data()[0]): str(p.data()[1]) for p in self._event_dots.points()}

    def reset_view(self) -> None:
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.08)

    # --- reading back (tests, exports) ----------------------------------------------------

    def line_values(self) -> dict[str, list[float]]:
        """series -> the y values of its full-year line, in display scale."""
        return {
            k: [float(v) for v in item.yData]
            for k, item in self._lines.items()
            if item.yData is not None
        }

    def marker_values(self) -> dict[int, float]:
        """obs_id -> plotted value in the panel's display scale."""
        out: dict[int, float] = {}
        for (_series, mark), sc in self._scatters.items():
            if mark == "record":
                continue
            for spot in sc.points():
                out[int(spot.data()[0])] = float(spot.pos().y())
        return out
