"""The QPainter drawing of a :class:`~app.domain.chart.ChartSpec`: axes with year labels
(months only where the periods are months), grid, lines through full years, one marker
shape per kind of period, record stars, projections, same-period bars, title, unit and a
legend outside the plot; tentative figures (targets, plans, forecasts, estimates) dashed
and hollow; on a timeline also the events it is given (a small marker per event along the
bottom, shaped and coloured by type, with its number in the document's list of events; a
dotted guide up the plot; a shaded band for a range). :mod:`app.qt.chart_render` puts it on
an image, an SVG or a PDF page; nothing here knows about files or documents. The ticks are
:mod:`app.qt.chart_axes`' arithmetic, the legend :mod:`app.qt.chart_legend`'s, the events
:mod:`app.qt.event_painter`'s work (its event styles and marker shapes are shared with the
screen).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from app.domain.chart import (
    MANY_SERIES,
    PROJECTION_COLOUR,
    RECORD_COLOUR,
    ChartSpec,
    tentative_points,
    year_lines,
)
from app.qt.chart_axes import Axes, Tick, axis_ticks, nice_step, tick_text
from app.qt.chart_legend import (
    GROUP_COLOUR,
    HOLLOW_TEXT,
    SHAPES,
    TENTATIVE_TEXT,
    Legend,
    LegendEntry,
    draw_marker,
    legend_entries,
)
from app.qt.chart_words import chart_words
from app.qt.event_painter import EventPainter
from app.services.briefing.model import BriefingEvent

#: re-exported for the screen's chart and older callers
__all__ = [
    "GROUP_COLOUR",
    "HOLLOW_TEXT",
    "SHAPES",
    "TENTATIVE_TEXT",
    "ChartPainter",
    "nice_step",
    "tick_text",
]

GRID_COLOUR = QColor(0, 0, 0, 40)
#: a legend below the plot may take this share of the chart's height; above, and when
#: the chart is wide, it goes in a column at the right
LEGEND_BELOW_SHARE = 0.3


class ChartPainter:
    """Paints one ChartSpec into ``rect`` at ``scale`` (device pixels per 1/96 inch): title,
    unit, plot with axes, legend, and on a timeline the ``events`` (numbered as the
    document lists them). After :meth:`paint`, ``x_ticks`` holds the time labels drawn."""

    def __init__(
        self,
        painter: QPainter,
        spec: ChartSpec,
        rect: QRectF,
        scale: float,
        events: Sequence[BriefingEvent] = (),
    ) -> None:
        self.p, self.spec, self.rect, self.s = painter, spec, rect, scale
        self.events = [e for e in events if e.first_month >= 0]
        grouped = len(spec.series) > MANY_SERIES
        self.colours = {s: GROUP_COLOUR for s in spec.series} if grouped else spec.colours()
        self.tentative = tentative_points(spec)
        #: the chart's fixed words in the reader's language (``spec.locale``)
        self.words = chart_words(spec.locale)
        self.text_font = QFont()
        self.text_font.setPointSizeF(8.5)
        self.title_font = QFont(self.text_font)
        self.title_font.setPointSizeF(11)
        self.title_font.setBold(True)
        self.event_painter = EventPainter(painter, scale, self.text_font, self.events)
        #: after :meth:`paint`: the time labels drawn, the plot and the legend's area
        self.x_ticks: list[Tick] = []
        self.plot_area = QRectF()
        self.legend_area = QRectF()

    def paint(self) -> None:
        margin = 10 * self.s
        area = self.rect.adjusted(margin, margin, -margin, -margin)
        top = self._title(area)
        body = QRectF(area.left(), top, area.width(), area.bottom() - top)
        body = self._legend(body)
        if self.spec.points.empty:
            self.p.setFont(self.text_font)
            self.p.drawText(body, Qt.AlignmentFlag.AlignCenter, self.words.no_figures)
            return
        axes = self._axes(body)
        self.plot_area = axes.plot
        self._frame(axes)
        self.p.save()
        self.p.setClipRect(axes.plot)
        if self.spec.mode.same_period:
            self._bars(axes)
        else:
            self.event_painter.ranges(axes)
            self._lines(axes)
            self._markers(axes)
            self._records(axes)
            self._projections(axes)
            self.event_painter.guides(axes)
        self.p.restore()
        if axes.band:
            self.event_painter.marks(axes)

    # --- text -------------------------------------------------------------------------

    def _title(self, area: QRectF) -> float:
        """Title and unit lines; returns the y where the plot may start."""
        self.p.setPen(QColor("black"))
        self.p.setFont(self.title_font)
        metrics = self.p.fontMetrics()
        height = metrics.height()
        # a long name in a small chart ends in "…" rather than past the chart's edge
        title = metrics.elidedText(self.spec.name, Qt.TextElideMode.ElideRight, int(area.width()))
        self.p.drawText(
            QRectF(area.left(), area.top(), area.width(), height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        self.p.setFont(self.text_font)
        unit_top = area.top() + height + 2 * self.s
        unit_height = self.p.fontMetrics().height()
        self.p.setPen(QColor("#333333"))
        self.p.drawText(
            QRectF(area.left(), unit_top, area.width(), unit_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.words.axis_label(self.spec),
        )
        return unit_top + unit_height + 4 * self.s

    def _legend_entries(self) -> list[LegendEntry]:
        return legend_entries(self.spec, self.colours, bool(self.tentative.any()))

    def _legend(self, body: QRectF) -> QRectF:
        """Paints the legend below ``body`` (or at its right when the chart is wide and a
        legend below would take too much height); returns what is left for the plot."""
        legend = Legend(self.p, self.s, self.text_font, self._legend_entries())
        below = legend.height_below(body.width())
        column = legend.column_width()
        wide = body.width() > 1.8 * body.height() and column < 0.35 * body.width()
        fits = legend.column_height() <= body.height()
        if below > LEGEND_BELOW_SHARE * self.rect.height() and wide and fits:
            self.legend_area = QRectF(body.right() - column, body.top(), column, body.height())
            legend.paint_right(self.legend_area)
            return QRectF(body.left(), body.top(), body.width() - column, body.height())
        self.legend_area = QRectF(body.left(), body.bottom() - below, body.width(), below)
        legend.paint_below(self.legend_area)
        return QRectF(body.left(), body.top(), body.width(), body.height() - below)

    # --- axes -------------------------------------------------------------------------

    def _axes(self, body: QRectF) -> Axes:
        spec, factor = self.spec, self.spec.factor
        if spec.mode.same_period:
            xs = [float(y) * 12 + 6 for y in spec.bars.get("year", [])] or [0.0]
            ys = [float(v) / factor for v in spec.bars.get("value", [])] or [0.0]
        else:
            xs = [float(x) for x in spec.points["x"]]
            ys = [float(v) / factor for v in spec.points["value"]]
            for proj in spec.projections:
                xs.append(proj.year * 12 + 6.0)
                ys += [float(v or 0) / factor for v in (proj.low, proj.high)]
            # the events' months are on the time axis too (an opening after the last figure)
            xs += [float(m) for e in self.events for m in (e.first_month, e.last_month)]
        self.p.setFont(self.text_font)
        metrics = self.p.fontMetrics()
        band = (
            self.event_painter.band_height(metrics.height()) if not spec.mode.same_period else 0.0
        )
        height = body.height() - metrics.height() - 8 * self.s - band
        # as many value ticks as fit with room between their labels (2..5)
        ticks = max(2, min(5, int(height / (metrics.height() * 2.2))))
        lo, hi = min(0.0, min(ys)), max(0.0, max(ys))
        step = nice_step(hi - lo or 1.0, ticks)
        y0 = math.floor(lo / step) * step
        y1 = math.ceil(hi * 1.04 / step) * step if hi > 0 else step
        first, last = math.floor(min(xs) / 12), math.floor(max(xs) / 12)
        label_w = max(metrics.horizontalAdvance(tick_text(v, step, spec.locale)) for v in (y0, y1))
        plot = QRectF(
            body.left() + label_w + 8 * self.s,
            body.top(),
            body.width() - label_w - 14 * self.s,
            height,
        )
        return Axes(plot, first * 12.0, (last + 1) * 12.0, y0, y1, step, band)

    def _frame(self, axes: Axes) -> None:
        """Grid, axis lines, value ticks and time labels (centred on each year or month)."""
        plot, metrics = axes.plot, self.p.fontMetrics()
        grid, ink = QPen(GRID_COLOUR, max(1.0, self.s)), QPen(QColor("#333333"), self.s)
        value = axes.y0
        while value <= axes.y1 + axes.y_step / 2:
            y = axes.py(value)
            self.p.setPen(grid)
            self.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            self.p.setPen(ink)
            self.p.drawText(
                QRectF(
                    self.rect.left(),
                    y - metrics.height() / 2,
                    plot.left() - 6 * self.s - self.rect.left(),
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick_text(value, axes.y_step, self.spec.locale),
            )
            value += axes.y_step
        years = plot.width() / (metrics.horizontalAdvance("2000") * 1.8)
        months = plot.width() / (metrics.horizontalAdvance("2000-00") * 1.5)
        self.x_ticks = axis_ticks(self.spec, axes.x0, axes.x1 - 1, years, months)
        for tick in self.x_ticks:
            self.p.setPen(grid)
            x = axes.px(tick.line)
            self.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            self.p.setPen(ink)
            centre = axes.px(tick.x)
            self.p.drawText(
                QRectF(
                    centre - 40 * self.s,
                    plot.bottom() + axes.band + 4 * self.s,
                    80 * self.s,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                tick.text,
            )
        self.p.setPen(ink)
        self.p.drawLine(plot.bottomLeft(), plot.bottomRight())
        self.p.drawLine(plot.bottomLeft(), plot.topLeft())

    # --- data -------------------------------------------------------------------------

    def _lines(self, axes: Axes) -> None:
        """Full-year lines through the figures the analytics use (as on screen); a segment
        that reaches a tentative figure (target, plan, forecast, estimate) is dashed."""
        pts = self.spec.points
        tentative = {
            (str(s), float(x))
            for s, x, t in zip(pts["series"], pts["x"], self.tentative, strict=True)
            if t
        }
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for series, (xs, ys) in year_lines(pts).items():
            solid, dashed = QPainterPath(), QPainterPath()
            for i in range(1, len(xs)):
                dash = (series, float(xs[i - 1])) in tentative or (
                    series,
                    float(xs[i]),
                ) in tentative
                path = dashed if dash else solid
                path.moveTo(axes.point(xs[i - 1], ys[i - 1] / self.spec.factor))
                path.lineTo(axes.point(xs[i], ys[i] / self.spec.factor))
            colour = QColor(self.colours[series])
            self.p.setPen(QPen(colour, 2 * self.s))
            self.p.drawPath(solid)
            self.p.setPen(QPen(colour, 2 * self.s, Qt.PenStyle.DashLine))
            self.p.drawPath(dashed)

    def _markers(self, axes: Axes) -> None:
        pts = self.spec.points
        for x, v, series, mark, preferred, tentative in zip(
            pts["x"],
            pts["value"],
            pts["series"],
            pts["mark"],
            pts["preferred"],
            self.tentative,
            strict=True,
        ):
            colour = QColor(self.colours[series])
            outline = QColor("black") if mark == "year" else colour
            size = (13 if preferred else 10) * self.s
            centre = axes.point(float(x), float(v) / self.spec.factor)
            if tentative:  # a target, plan, forecast or estimate: hollow
                draw_marker(self.p, SHAPES[mark], centre, size, QColor("white"), colour, 2 * self.s)
            else:
                draw_marker(self.p, SHAPES[mark], centre, size, colour, outline, self.s)

    def _records(self, axes: Axes) -> None:
        rec = self.spec.points[self.spec.points["record"].astype(bool)]
        for x, v in zip(rec["x"], rec["value"], strict=True):
            centre = axes.point(float(x), float(v) / self.spec.factor)
            draw_marker(
                self.p, "star", centre, 22 * self.s, None, QColor(RECORD_COLOUR), 2 * self.s
            )

    def _projections(self, axes: Axes) -> None:
        colour, factor = QColor(PROJECTION_COLOUR), self.spec.factor
        for proj in self.spec.projections:
            x = axes.px(proj.year * 12 + 6.0)
            self.p.setPen(QPen(colour, 2 * self.s, Qt.PenStyle.DashLine))
            self.p.drawLine(
                QPointF(x, axes.py(float(proj.low or 0) / factor)),
                QPointF(x, axes.py(float(proj.high or 0) / factor)),
            )
            centre = QPointF(x, axes.py(float(proj.projected or 0) / factor))
            draw_marker(self.p, "cross", centre, 14 * self.s, None, colour, 2 * self.s)
            self.p.setFont(self.text_font)
            self.p.drawText(
                QRectF(x - 160 * self.s, centre.y() - 20 * self.s, 154 * self.s, 16 * self.s),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                self.words.projection(proj.year),
            )

    def _bars(self, axes: Axes) -> None:
        """Same-period mode: one bar per series and year, side by side."""
        bars = self.spec.bars
        series = list(dict.fromkeys(bars["series"]))
        width = 0.8 * 12 / max(len(series), 1)
        for i, name in enumerate(series):
            part = bars[bars["series"] == name]
            for year, value in zip(part["year"], part["value"], strict=True):
                x = float(year) * 12 + 6 + (i - (len(series) - 1) / 2) * width
                top, base = axes.py(float(value) / self.spec.factor), axes.py(0.0)
                rect = QRectF(
                    axes.px(x - width / 2),
                    min(top, base),
                    axes.px(x + width / 2) - axes.px(x - width / 2),
                    abs(base - top),
                )
                self.p.fillRect(rect, QColor(self.colours.get(name, GROUP_COLOUR)))
