"""The items of a comparison (:mod:`app.ui.compare_panel`): its plots and axes, its
legend and its choice boxes.

One chart holds two units: the first on the left axis, the second on a right axis (a
second view box with its x linked); small multiples give one plot per series with linked
x axes. Markers keep the single chart's language: one shape per kind of period, hollow for
targets, plans and forecasts, a hexagon for derived figures. Items are kept per series and
updated with ``setData``: a line item per series and one scatter per view box for every
marker style, so a mode switch or a pan creates nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from app.domain.compare import MAX_AXES, CompareMode, CompareSeries, CompareSpec
from app.domain.compare_lines import CompareLine, axis_title, axis_units
from app.domain.periods import period_label
from app.domain.units import scaled
from app.qt.chart_painter import SHAPES
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.chart_event_parts import EVENT_SYMBOLS, brush, month_to_timestamp
from app.ui.chart_event_parts import pen as _pen
from app.ui.chart_menu_words import desk_menus

DERIVED_SYMBOL = EVENT_SYMBOLS["hexagon"]
HOLLOW = pg.mkBrush("w")
# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
#: what the marker shapes mean, in English (shown through :func:`key_text`)
KEY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "compare_items",
        "Circle: full year · triangle: year to date · diamond: quarter, half or month · "
        "square: as of a date · hollow: target, plan or forecast · hexagon: derived from other "
        "figures",
    )
)
#: above this many points in all, lines are drawn 1 px wide
WIDE_POINTS = 2_000
#: a hovered marker's text: (x, y, (line, point)) -> tooltip
Tip = Callable[[float, float, tuple[int, int]], str]


def key_text() -> str:
    """:data:`KEY_TEXT` in the desk's language."""
    return translate("compare_items", KEY_TEXT)


def line_width(lines: Sequence[CompareLine]) -> float:
    """2 px lines for a few points; 1 px beyond :data:`WIDE_POINTS` (Qt draws a wide pen
    segment by segment: 20 monthly series would pan at half speed; the markers carry the
    statuses either way)."""
    return 2.0 if sum(len(line.x) for line in lines) <= WIDE_POINTS else 1.0


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def scales(lines: Sequence[CompareLine], mode: CompareMode) -> dict[str, tuple[float, str]]:
    """unit -> (display factor, scale word): "USD bn" in levels; an index or percent as is."""
    out: dict[str, tuple[float, str]] = {}
    for unit in axis_units(lines):
        peak = max(float(np.nanmax(np.abs(ln.y))) for ln in lines if ln.unit == unit and len(ln.y))
        shown, word = scaled(peak) if mode is CompareMode.LEVELS else (peak, "")
        out[unit] = (peak / shown if shown and word else 1.0, word)
    return out


def fill_legend(legend: QListWidget, lines: Sequence[CompareLine], colours: Sequence[str]) -> None:
    """The legend: a swatch and the label of each line (grey with its note when it has no
    points); items are kept, so a mode switch keeps the selection."""
    while legend.count() > len(lines):
        legend.takeItem(legend.count() - 1)
    for row, (line, colour) in enumerate(zip(lines, colours, strict=True)):
        item = legend.item(row) or QListWidgetItem()
        if item.listWidget() is None:
            legend.addItem(item)
        item.setIcon(_swatch(colour))
        item.setText(line.label)
        points = len(line.x)
        tip = translate("compare_items", "{series}: %n points", "", points)
        item.setToolTip(line.note or tip.format(series=line.label))
        grey = QColor("#9e9e9e") if line.note else None
        item.setData(Qt.ItemDataRole.ForegroundRole, grey)


#: marker styles of a series: (hollow, derived) -> the scatter drawing those points
_STYLES = ((False, False), (True, False), (False, True), (True, True))


class SeriesItems:
    """What draws one series in one view box: its line and a scatter per marker style
    (plain, hollow, derived, both), each made when first needed and then kept. A scatter
    of one style takes one pen and one brush: pyqtgraph stores per-point pens slowly."""

    def __init__(self, view: Any, new_scatter: Any) -> None:
        self.view = view
        self.curve = pg.PlotDataItem()
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        view.addItem(self.curve)
        self._pen: Any = None
        self.scatters: dict[tuple[bool, bool], Any] = {}
        self._new_scatter = new_scatter

    def draw(self, index: int, line: CompareLine, colour: str, factor: float, width: float) -> None:
        """``line`` (the panel's line ``index``) in ``colour``, values divided by ``factor``."""
        if self._pen is not _pen(colour, width):
            self._pen = _pen(colour, width)
            self.curve.setPen(self._pen)
        x, y = month_to_timestamp(line.x), line.y / factor
        self.curve.setData(x, y)
        forward, derived = line.forward, line.derived
        symbol = EVENT_SYMBOLS[SHAPES[line.mark]]
        for hollow, made in _STYLES:
            at = np.flatnonzero((forward == hollow) & (derived == made))
            scatter = self.scatters.get((hollow, made))
            if scatter is None and len(at):
                scatter = self.scatters[(hollow, made)] = self._new_scatter()
                self.view.addItem(scatter)
            if scatter is None:
                continue
            scatter.setData(
                x=x[at],
                y=y[at],
                data=[(index, k) for k in at.tolist()],
                symbol=DERIVED_SYMBOL if made else symbol,
                brush=HOLLOW if hollow else brush(colour),
                pen=_pen(colour, 2.0) if hollow else _pen("k" if line.mark == "year" else colour),
            )

    def remove(self) -> None:
        for item in (self.curve, *self.scatters.values()):
            self.view.removeItem(item)


class ComparePlots(QStackedWidget):
    """The plots of a comparison, one shown at a time: one chart (``plot``, with a right
    view box ``right``) or the small multiples (``grid``). Every marker's scatter calls
    ``tip`` on hover and ``clicked`` (pyqtgraph's ``sigClicked``) on a click."""

    def __init__(
        self, tip: Tip, clicked: Callable[..., None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tip, self._clicked = tip, clicked
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        desk_menus(self.plot)
        self.plot.setBackground("w")
        self.plot.showGrid(x=False, y=True, alpha=0.2)  # a vertical date grid halves pan speed
        item = self.plot.getPlotItem()
        for side in ("left", "right"):  # the axis titles name the scale ("USD bn")
            item.getAxis(side).enableAutoSIPrefix(False)
        self.right = pg.ViewBox()
        item.scene().addItem(self.right)
        item.getAxis("right").linkToView(self.right)
        self.right.setXLink(item)
        item.vb.sigResized.connect(self._sync_right)
        self.grid = pg.GraphicsLayoutWidget()
        self.grid.setBackground("w")
        desk_menus(self.grid)
        for view in (self.plot, self.grid):
            view.setAcceptDrops(False)  # drops land on the panel
            view.viewport().setAcceptDrops(False)
            self.addWidget(view)
        #: the items of each series on one chart: its axis ("left", "right") and items
        self.items: dict[CompareSeries, tuple[str, SeriesItems]] = {}
        #: small multiples: each series' plot and items
        self.multi: dict[CompareSeries, tuple[pg.PlotItem, SeriesItems]] = {}

    def _new_scatter(self) -> Any:
        item = pg.ScatterPlotItem(
            size=9, hoverable=True, tip=self._tip, hoverPen=pg.mkPen("k", width=2)
        )
        item.sigClicked.connect(self._clicked)
        return item

    def _sync_right(self) -> None:
        item = self.plot.getPlotItem()
        self.right.setGeometry(item.vb.sceneBoundingRect())
        self.right.linkedViewChanged(item.vb, self.right.XAxis)

    def draw(self, spec: CompareSpec, lines: list[CompareLine], colours: list[str]) -> str:
        """The ``lines`` of ``spec.series`` in ``colours``: on one chart when their units fit
        its two axes, else (or when ``spec`` asks for them) as small multiples. Returns why
        each series has its own panel when ``spec`` did not ask for them ("" otherwise)."""
        units = axis_units(lines)
        several = spec.small_multiples or len(units) > MAX_AXES
        self.setCurrentIndex(1 if several else 0)
        if several:
            self._draw_multiples(spec, lines, colours)
        else:
            self._draw_single(spec, lines, colours, units)
        if len(units) <= MAX_AXES or spec.small_multiples:
            return ""
        count = len(units)
        return translate(
            "compare_items",
            "%n units ({units}): one chart holds two, so each series has its own panel.",
            "",
            count,
        ).format(units=", ".join(units))

    def _draw_single(
        self, spec: CompareSpec, lines: list[CompareLine], colours: list[str], units: list[str]
    ) -> None:
        """One chart: the first unit on the left axis, the second on the right."""
        item, scale = self.plot.getPlotItem(), scales(lines, spec.mode)
        sides = {u: "right" if i else "left" for i, u in enumerate(units)}
        for gone in [s for s in self.items if s not in spec.series]:
            self.items.pop(gone)[1].remove()
        width = line_width(lines)
        for i, (s, line) in enumerate(zip(spec.series, lines, strict=True)):
            side = sides.get(line.unit, "left")
            factor = scale.get(line.unit, (1.0, ""))[0]
            self._items_on(s, side).draw(i, line, colours[i], factor, width)
        for side, unit in zip(("left", "right"), [*units, "", ""], strict=False):
            word = scale.get(unit, (1.0, ""))[1]
            item.setLabel(side, axis_title(spec.mode, unit, word) if unit else "")
        item.showAxis("right", len(units) > 1)
        # unused, the right view box would take the mouse from the left one
        self.right.setVisible(len(units) > 1)
        self._fit(lines, item.vb, [item.vb, self.right])

    def _items_on(self, series: CompareSeries, side: str) -> SeriesItems:
        """The items of ``series`` on ``side``: kept; made anew only when its unit moves
        to the other axis (another mode)."""
        old = self.items.get(series)
        if old is not None and old[0] == side:
            return old[1]
        if old is not None:
            old[1].remove()
        view = self.plot.getPlotItem() if side == "left" else self.right
        items = SeriesItems(view, self._new_scatter)
        self.items[series] = (side, items)
        return items

    def _draw_multiples(
        self, spec: CompareSpec, lines: list[CompareLine], colours: list[str]
    ) -> None:
        """One panel per series, each with its own unit."""
        if list(self.multi) != list(spec.series):
            self._build_multiples(spec.series)
        for i, (s, line) in enumerate(zip(spec.series, lines, strict=True)):
            plot, items = self.multi[s]
            # each panel its own scale: exports in USD mn beside a balance in USD bn
            factor, word = scales([line], spec.mode).get(line.unit, (1.0, ""))
            items.draw(i, line, colours[i], factor, line_width([line]))
            plot.setLabel("left", axis_title(spec.mode, line.unit, word))
            plot.setTitle(line.label, color=colours[i], size="9pt")
        plots = [p for p, _ in self.multi.values()]
        if plots:
            self._fit(lines, plots[0].vb, [p.vb for p in plots])

    def _build_multiples(self, series: Sequence[CompareSeries]) -> None:
        """One plot per series, x linked to the first; rebuilt only when series change."""
        self.grid.clear()
        self.multi = {}
        for row, s in enumerate(series):
            plot = self.grid.addPlot(
                row=row, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")}
            )
            plot.showGrid(x=False, y=True, alpha=0.2)  # a vertical date grid halves pan speed
            plot.setMenuEnabled(False, enableViewBoxMenu=True)  # as desk_menus
            plot.getAxis("left").enableAutoSIPrefix(False)  # the title names the scale
            if self.multi:
                plot.setXLink(next(iter(self.multi.values()))[0])
            plot.getAxis("bottom").setStyle(showValues=row == len(series) - 1)
            self.multi[s] = (plot, SeriesItems(plot, self._new_scatter))

    @staticmethod
    def _fit(lines: Sequence[CompareLine], x_view: Any, views: Sequence[Any]) -> None:
        """x over every line's points (left and right alike), y of each view auto."""
        xs = [line.x for line in lines if len(line.x)]
        if xs:
            months = np.array([min(x.min() for x in xs) - 6, max(x.max() for x in xs) + 6])
            lo, hi = month_to_timestamp(months)
            x_view.setXRange(float(lo), float(hi), padding=0)
        for view in views:
            view.enableAutoRange(axis=pg.ViewBox.YAxis)

    # --- reading back -----------------------------------------------------------------------

    def plotted(
        self, series: Sequence[CompareSeries], lines: Sequence[CompareLine]
    ) -> dict[str, list[float]]:
        """line label -> the y values drawn (display scale), from the visible plot(s)."""
        if self.currentIndex() == 1:
            items = {s: its for s, (_plot, its) in self.multi.items()}
        else:
            items = {s: its for s, (_side, its) in self.items.items()}
        out = {}
        for s, line in zip(series, lines, strict=True):
            y = items[s].curve.yData if s in items else None
            out[line.label] = [] if y is None else [float(v) for v in y]
        return out

    def right_units(
        self, series: Sequence[CompareSeries], lines: Sequence[CompareLine]
    ) -> list[str]:
        """The labels of the lines on the right axis."""
        return [
            line.label
            for s, line in zip(series, lines, strict=True)
            if s in self.items and self.items[s][0] == "right"
        ]

    def panels(self) -> list[pg.PlotItem]:
        """The small multiples' plots, top to bottom (empty on one chart)."""
        return [p for p, _items in self.multi.values()] if self.currentIndex() else []


# --- the choice boxes' items --------------------------------------------------------------


def month_words(month: int) -> str:
    """ "2018" for a January (the year its windows start), else "Jul 2018"."""
    return str(month // 12) if month % 12 == 0 else period_label(month, month)


def auto_base_text(month: int | None) -> str:
    if month is None:
        return translate("compare_items", "Auto (no figures)")
    return translate("compare_items", "Auto: {period}").format(period=month_words(month))


def fill_box(box: QComboBox, choices: Iterable[tuple[str, object]]) -> None:
    """Replace the items of ``box`` by ``choices``: (text, data)."""
    box.clear()
    for text, data in choices:
        box.addItem(text, data)


def select(box: QComboBox, value: object) -> None:
    """Make the item whose data equals ``value`` current (else the first)."""
    found = [i for i in range(box.count()) if box.itemData(i) == value]
    box.setCurrentIndex(found[0] if found else 0)
