"""The QPainter drawing of a :class:`~app.domain.chart.ChartSpec`: axes with year labels,
grid, lines through full years, one marker shape per kind of period, record stars,
projections, same-period bars, title, unit and legend; on a timeline also the events it is
given (a small marker per event along the bottom, shaped and coloured by type, with its
number in the document's list of events; a dotted guide up the plot; a shaded band for a
range). :mod:`app.qt.chart_render` puts it on an image; nothing here knows about files or
documents. The events are :mod:`app.qt.event_painter`'s work; its event styles
and marker shapes are shared with the screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from app.domain.chart import (
    KIND_NAMES,
    MANY_SERIES,
    PROJECTION_COLOUR,
    RECORD_COLOUR,
    ChartSpec,
    year_lines,
)
from app.qt.event_painter import EventPainter, marker_path
from app.services.briefing.model import BriefingEvent

GROUP_COLOUR = "#607d8b"
GRID_COLOUR = QColor(0, 0, 0, 40)
#: marker shape of each kind of period, as on screen (circle, triangle, diamond, square)
SHAPES = {"year": "circle", "ytd": "triangle", "part": "diamond", "point": "square"}
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


@dataclass(frozen=True)
class _Axes:
    """Maps chart coordinates (month index, display value) onto the plot rectangle."""

    plot: QRectF
    x0: float
    x1: float
    y0: float
    y1: float
    y_step: float
    #: height of the band of event markers under the plot (0 without events)
    band: float = 0.0

    def px(self, x: float) -> float:
        return self.plot.left() + (x - self.x0) / (self.x1 - self.x0) * self.plot.width()

    def py(self, y: float) -> float:
        return self.plot.bottom() - (y - self.y0) / (self.y1 - self.y0) * self.plot.height()

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.px(x), self.py(y))


#: the legend's words for hollow markers (targets, plans, forecasts), on screen too
HOLLOW_TEXT = "hollow: target, plan or forecast"


@dataclass(frozen=True)
class _LegendEntry:
    text: str
    colour: str
    shape: str  # a marker shape, "bar" or "line"


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    raw = max(span, 1e-12) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def tick_text(value: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return f"{value:,.{decimals}f}"


class ChartPainter:
    """Paints one ChartSpec into ``rect``: title, unit, plot with axes, legend, and on a
    timeline the ``events`` (numbered as the document lists them)."""

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
        self.text_font = QFont()
        self.text_font.setPointSizeF(8.5)
        self.title_font = QFont(self.text_font)
        self.title_font.setPointSizeF(11)
        self.title_font.setBold(True)
        self.event_painter = EventPainter(painter, scale, self.text_font, self.events)

    def paint(self) -> None:
        margin = 10 * self.s
        area = self.rect.adjusted(margin, margin, -margin, -margin)
        top = self._title(area)
        legend = self._legend_entries()
        legend_height = self._legend(area, legend, dry_run=True)
        body = QRectF(area.left(), top, area.width(), area.bottom() - legend_height - top)
        self._legend(QRectF(area.left(), body.bottom(), area.width(), legend_height), legend)
        if self.spec.points.empty:
            self.p.setFont(self.text_font)
            self.p.drawText(body, Qt.AlignmentFlag.AlignCenter, "No figures to chart.")
            return
        axes = self._axes(body)
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
        height = self.p.fontMetrics().height()
        self.p.drawText(
            QRectF(area.left(), area.top(), area.width(), height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.spec.name,
        )
        self.p.setFont(self.text_font)
        unit_top = area.top() + height + 2 * self.s
        unit_height = self.p.fontMetrics().height()
        self.p.setPen(QColor("#333333"))
        self.p.drawText(
            QRectF(area.left(), unit_top, area.width(), unit_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.spec.axis_label,
        )
        return unit_top + unit_height + 4 * self.s

    def _legend_entries(self) -> list[_LegendEntry]:
        spec, pts = self.spec, self.spec.points
        if spec.mode.same_period:
            return [
                _LegendEntry(
                    f"{s} — {spec.window_label()} of each year",
                    self.colours.get(s, GROUP_COLOUR),
                    "bar",
                )
                for s in dict.fromkeys(spec.bars.get("series", []))
            ]
        series = spec.series
        named = series if len(series) <= MANY_SERIES else [f"{len(series)} series"]
        out = [_LegendEntry(name, self.colours.get(name, GROUP_COLOUR), "line") for name in named]
        marks = set(pts["mark"]) if len(pts) else set()
        out += [_LegendEntry(KIND_NAMES[m], "#888888", SHAPES[m]) for m in SHAPES if m in marks]
        if len(pts) and "forward" in pts.columns and pts["forward"].astype(bool).any():
            out.append(_LegendEntry(HOLLOW_TEXT, "#607d8b", "hollow"))
        if spec.records:
            out.append(_LegendEntry("record in its series", RECORD_COLOUR, "star"))
        if spec.projections:
            out.append(_LegendEntry("full-year projection (range)", PROJECTION_COLOUR, "cross"))
        return out

    def _legend(self, area: QRectF, entries: list[_LegendEntry], dry_run: bool = False) -> float:
        """Entries flowed left to right in rows; returns the height they take."""
        self.p.setFont(self.text_font)
        metrics = self.p.fontMetrics()
        row_h, swatch, gap = metrics.height() + 3 * self.s, 22 * self.s, 14 * self.s
        x, y = area.left(), area.top() + 6 * self.s
        for entry in entries:
            width = swatch + 4 * self.s + metrics.horizontalAdvance(entry.text)
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + row_h
            if not dry_run:
                self._swatch(entry, QPointF(x + swatch / 2, y + row_h / 2), swatch)
                self.p.setPen(QColor("black"))
                self.p.drawText(
                    QRectF(x + swatch + 4 * self.s, y, width, row_h),
                    Qt.AlignmentFlag.AlignVCenter,
                    entry.text,
                )
            x += width + gap
        return (y + row_h - area.top()) if entries else 0.0

    def _swatch(self, entry: _LegendEntry, centre: QPointF, width: float) -> None:
        colour = QColor(entry.colour)
        if entry.shape == "line":
            self.p.setPen(QPen(colour, 2 * self.s))
            self.p.drawLine(
                QPointF(centre.x() - width / 2, centre.y()),
                QPointF(centre.x() + width / 2, centre.y()),
            )
            self._marker("circle", centre, 8 * self.s, colour, QColor("black"))
        elif entry.shape == "bar":
            self.p.fillRect(
                QRectF(centre.x() - width / 3, centre.y() - 5 * self.s, width * 2 / 3, 10 * self.s),
                colour,
            )
        elif entry.shape == "hollow":
            self._marker("circle", centre, 10 * self.s, QColor("white"), colour, 2 * self.s)
        elif entry.shape in ("star", "cross"):
            self._marker(entry.shape, centre, 14 * self.s, None, colour, 2 * self.s)
        else:
            self._marker(entry.shape, centre, 10 * self.s, colour, colour)

    # --- axes -------------------------------------------------------------------------

    def _axes(self, body: QRectF) -> _Axes:
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
        lo, hi = min(0.0, min(ys)), max(0.0, max(ys))
        step = nice_step(hi - lo or 1.0)
        y0 = math.floor(lo / step) * step
        y1 = math.ceil(hi * 1.04 / step) * step if hi > 0 else step
        first, last = math.floor(min(xs) / 12), math.floor(max(xs) / 12)
        self.p.setFont(self.text_font)
        metrics = self.p.fontMetrics()
        label_w = max(metrics.horizontalAdvance(tick_text(v, step)) for v in (y0, y1))
        band = (
            self.event_painter.band_height(metrics.height()) if not spec.mode.same_period else 0.0
        )
        plot = QRectF(
            body.left() + label_w + 8 * self.s,
            body.top(),
            body.width() - label_w - 14 * self.s,
            body.height() - metrics.height() - 8 * self.s - band,
        )
        return _Axes(plot, first * 12.0, (last + 1) * 12.0, y0, y1, step, band)

    def _frame(self, axes: _Axes) -> None:
        """Grid, axis lines, value ticks and year labels (centred on each year)."""
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
                tick_text(value, axes.y_step),
            )
            value += axes.y_step
        first, last = int(axes.x0 // 12), int(axes.x1 // 12) - 1
        room = plot.width() / (metrics.horizontalAdvance("2000") * 1.8)
        step = next((s for s in YEAR_STEPS if (last - first + 1) / s <= room), YEAR_STEPS[-1])
        for year in range(first, last + 1):
            if year % step:
                continue
            self.p.setPen(grid)
            x = axes.px(year * 12.0)
            self.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            self.p.setPen(ink)
            centre = axes.px(year * 12 + 6.0)
            self.p.drawText(
                QRectF(
                    centre - 40 * self.s,
                    plot.bottom() + axes.band + 4 * self.s,
                    80 * self.s,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
        self.p.setPen(ink)
        self.p.drawLine(plot.bottomLeft(), plot.bottomRight())
        self.p.drawLine(plot.bottomLeft(), plot.topLeft())

    # --- data -------------------------------------------------------------------------

    def _lines(self, axes: _Axes) -> None:
        """Full-year lines through the figures the analytics use (as on screen)."""
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for series, (xs, ys) in year_lines(self.spec.points).items():
            path = QPainterPath(axes.point(xs[0], ys[0] / self.spec.factor))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(axes.point(x, y / self.spec.factor))
            self.p.setPen(QPen(QColor(self.colours[series]), 2 * self.s))
            self.p.drawPath(path)

    def _markers(self, axes: _Axes) -> None:
        pts = self.spec.points
        forward = pts["forward"] if "forward" in pts.columns else [False] * len(pts)
        for x, v, series, mark, preferred, ahead in zip(
            pts["x"],
            pts["value"],
            pts["series"],
            pts["mark"],
            pts["preferred"],
            forward,
            strict=True,
        ):
            colour = QColor(self.colours[series])
            outline = QColor("black") if mark == "year" else colour
            size = (13 if preferred else 10) * self.s
            centre = axes.point(float(x), float(v) / self.spec.factor)
            if ahead:  # a target, plan or forecast: hollow, as on screen
                self._marker(SHAPES[mark], centre, size, QColor("white"), colour, 2 * self.s)
            else:
                self._marker(SHAPES[mark], centre, size, colour, outline)

    def _records(self, axes: _Axes) -> None:
        rec = self.spec.points[self.spec.points["record"].astype(bool)]
        for x, v in zip(rec["x"], rec["value"], strict=True):
            self._marker(
                "star",
                axes.point(float(x), float(v) / self.spec.factor),
                22 * self.s,
                None,
                QColor(RECORD_COLOUR),
                2 * self.s,
            )

    def _projections(self, axes: _Axes) -> None:
        colour, factor = QColor(PROJECTION_COLOUR), self.spec.factor
        for proj in self.spec.projections:
            x = axes.px(proj.year * 12 + 6.0)
            self.p.setPen(QPen(colour, 2 * self.s, Qt.PenStyle.DashLine))
            self.p.drawLine(
                QPointF(x, axes.py(float(proj.low or 0) / factor)),
                QPointF(x, axes.py(float(proj.high or 0) / factor)),
            )
            centre = QPointF(x, axes.py(float(proj.projected or 0) / factor))
            self._marker("cross", centre, 14 * self.s, None, colour, 2 * self.s)
            self.p.setFont(self.text_font)
            self.p.drawText(
                QRectF(x - 160 * self.s, centre.y() - 20 * self.s, 154 * self.s, 16 * self.s),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"projection {proj.year}",
            )

    def _bars(self, axes: _Axes) -> None:
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

    def _marker(
        self,
        shape: str,
        centre: QPointF,
        size: float,
        fill: QColor | None,
        outline: QColor,
        width: float | None = None,
    ) -> None:
        self.p.setPen(QPen(outline, width or self.s))
        self.p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        self.p.drawPath(marker_path(shape, centre, size))
