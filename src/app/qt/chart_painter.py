"""The QPainter drawing of a :class:`~app.domain.chart.ChartSpec`: axes with year labels,
grid, lines through full years, one marker shape per kind of period, record stars,
projections, same-period bars, title, unit and legend; on a timeline also the events it is
given (a small marker per event along the bottom, shaped and coloured by type, with its
number in the document's list of events; a dotted guide up the plot; a shaded band for a
range). :mod:`app.qt.chart_render` puts it on an image; nothing here knows about files or
documents. The event styles are shared with the screen (:data:`EVENT_STYLES`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from app.domain.chart import (
    KIND_NAMES,
    MANY_SERIES,
    PROJECTION_COLOUR,
    RECORD_COLOUR,
    ChartSpec,
    year_lines,
)
from app.domain.records import EventType
from app.services.briefing.model import BriefingEvent

GROUP_COLOUR = "#607d8b"
GRID_COLOUR = QColor(0, 0, 0, 40)
#: marker shape of each kind of period, as on screen (circle, triangle, diamond, square)
SHAPES = {"year": "circle", "ytd": "triangle", "part": "diamond", "point": "square"}
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
#: colour and marker shape of each event type, on screen and in documents
EVENT_STYLES: dict[str, tuple[str, str]] = {
    EventType.VISIT: ("#0d47a1", "circle"),
    EventType.AGREEMENT: ("#2e7d32", "square"),
    EventType.FORUM: ("#7b1fa2", "diamond"),
    EventType.OPENING: ("#ef6c00", "triangle_up"),
    EventType.SANCTION: ("#c62828", "cross"),
    EventType.TARIFF: ("#6d4c41", "plus"),
    EventType.CRISIS: ("#b71c1c", "triangle"),
    EventType.ANNOTATION: ("#546e7a", "hexagon"),
}
OTHER_EVENT_STYLE = ("#546e7a", "circle")
#: shapes that are strokes only (nothing inside to fill)
OPEN_SHAPES = frozenset({"cross", "plus"})
#: the shaded band of an event with a range (one colour: one batched call for all bands)
EVENT_RANGE_COLOUR = "#546e7a"
EVENT_RANGE_ALPHA = 36
#: size of an event marker (pixels at 96 dpi) and the lanes they stack in where they crowd
EVENT_SIZE = 9
EVENT_LANES = 3


def event_style(event_type: str) -> tuple[str, str]:
    """(colour, marker shape) of an event type; a type unknown here gets a grey circle."""
    return EVENT_STYLES.get(event_type, OTHER_EVENT_STYLE)


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


#: corners of the polygon markers, in radii around the centre (the triangle points down)
_CORNERS: dict[str, list[tuple[float, float]]] = {
    "triangle": [(-1, -0.8), (1, -0.8), (0, 0.9)],
    "triangle_up": [(-1, 0.8), (1, 0.8), (0, -0.9)],
    "diamond": [(0, -1), (1, 0), (0, 1), (-1, 0)],
    "cross": [(-0.7, -0.7), (0.7, 0.7), (0, 0), (0.7, -0.7), (-0.7, 0.7)],
    "plus": [(0, -1), (0, 1), (0, 0), (-1, 0), (1, 0)],
    "hexagon": [(math.cos(a), math.sin(a)) for a in (k * math.pi / 3 for k in range(6))],
}


def marker_path(shape: str, centre: QPointF, size: float) -> QPainterPath:
    """A marker outline of ``size`` pixels around ``centre`` (shapes as pyqtgraph's)."""
    path, r, x, y = QPainterPath(), size / 2, centre.x(), centre.y()
    if shape == "circle":
        path.addEllipse(centre, r, r)
    elif shape == "square":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "star":
        star = [
            QPointF(
                x + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5),
                y - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        path.moveTo(star[0])
        for corner in star[1:]:
            path.lineTo(corner)
        path.closeSubpath()
    else:
        pts = [QPointF(x + dx * r, y + dy * r) for dx, dy in _CORNERS[shape]]
        path.moveTo(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        if shape not in OPEN_SHAPES:
            path.closeSubpath()
    return path


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
            self._event_ranges(axes)
            self._lines(axes)
            self._markers(axes)
            self._records(axes)
            self._projections(axes)
            self._event_guides(axes)
        self.p.restore()
        if axes.band:
            self._event_marks(axes)

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
        band = self._band_height(metrics.height()) if not spec.mode.same_period else 0.0
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

    # --- events -----------------------------------------------------------------------

    def _event_ranges(self, axes: _Axes) -> None:
        """A light band over the months of each event with a range (one batched call)."""
        plot = axes.plot
        bands = [
            QRectF(
                axes.px(e.first_month),
                plot.top(),
                axes.px(e.last_month + 1.0) - axes.px(e.first_month),
                plot.height(),
            )
            for e in self.events
            if e.ranged
        ]
        if bands:
            colour = QColor(EVENT_RANGE_COLOUR)
            colour.setAlpha(EVENT_RANGE_ALPHA)
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(QBrush(colour))
            self.p.drawRects(bands)

    def _band_height(self, text_height: float) -> float:
        """Room under the plot for the event markers (in lanes) and their numbers."""
        if not self.events:
            return 0.0
        return EVENT_LANES * EVENT_SIZE * 1.15 * self.s + text_height + 6 * self.s

    def _event_guides(self, axes: _Axes) -> None:
        """A dotted line up the plot at each point event, one call per colour."""
        guides: dict[str, list[QLineF]] = {}
        for e in self.events:
            if not e.ranged:
                x = axes.px(e.first_month)
                line = QLineF(x, axes.plot.top(), x, axes.plot.bottom())
                guides.setdefault(event_style(e.event_type)[0], []).append(line)
        for colour, lines in guides.items():
            ink = QColor(colour)
            ink.setAlpha(110)
            self.p.setPen(QPen(ink, self.s, Qt.PenStyle.DotLine))
            self.p.drawLines(lines)

    def _event_marks(self, axes: _Axes) -> None:
        """The band under the plot: one marker per event (shape and colour of its type) in
        up to three lanes where events crowd, and under them the events' numbers, one label
        per crowd ("3–5") so that labels never overlap."""
        self.p.save()
        band = QRectF(axes.plot.left(), axes.plot.bottom(), axes.plot.width(), axes.band)
        self.p.setClipRect(band.adjusted(-EVENT_SIZE * self.s, 0, EVENT_SIZE * self.s, 0))
        self.p.setFont(self.text_font)
        metrics = self.p.fontMetrics()
        size, lane_h = EVENT_SIZE * self.s, EVENT_SIZE * 1.15 * self.s
        xs = [axes.px(e.first_month) for e in self.events]
        lanes = pack_lanes(xs, size * 1.1, EVENT_LANES)
        by_style: dict[tuple[str, str], list[QPointF]] = {}
        for e, x, lane in zip(self.events, xs, lanes, strict=True):
            centre = QPointF(x, band.top() + 3 * self.s + lane_h * (lane + 0.5))
            by_style.setdefault(event_style(e.event_type), []).append(centre)
        for (colour_text, shape), centres in by_style.items():
            colour, open_shape = QColor(colour_text), shape in OPEN_SHAPES
            self.p.setPen(QPen(colour.darker(130), (2.0 if open_shape else 1.0) * self.s))
            self.p.setBrush(Qt.BrushStyle.NoBrush if open_shape else QBrush(colour))
            for centre in centres:
                self.p.drawPath(marker_path(shape, centre, size))
        gap = metrics.horizontalAdvance("00–00") + 6 * self.s
        top = band.top() + 3 * self.s + EVENT_LANES * lane_h
        self.p.setPen(QColor("#222222"))
        for group in _crowds(self.events, axes, gap):
            first, last = group[0].number, group[-1].number
            x = axes.px(group[0].first_month)
            self.p.drawText(
                QRectF(x - gap / 2, top, gap, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(first) if first == last else f"{first}–{last}",
            )
        self.p.restore()

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


def _crowds(events: Sequence[BriefingEvent], axes: _Axes, gap: float) -> list[list[BriefingEvent]]:
    """Events in date order, grouped where each is closer than ``gap`` pixels to the group's
    first (one number label per group, so labels never overlap)."""
    groups: list[list[BriefingEvent]] = []
    start = -math.inf
    for event in sorted(events, key=lambda e: (e.first_month, e.number)):
        x = axes.px(event.first_month)
        if groups and x - start < gap:
            groups[-1].append(event)
        else:
            groups.append([event])
            start = x
    return groups


def pack_lanes(xs: Sequence[float], gap: float, lanes: int) -> list[int]:
    """A lane (0..lanes-1) for each position: the first lane whose last marker is at least
    ``gap`` to the left, else the lane free for longest (markers overlap only when every
    lane is crowded). The screen's strip and documents stack events the same way."""
    last = [-math.inf] * lanes
    out = [0] * len(xs)
    for i in sorted(range(len(xs)), key=lambda k: xs[k]):
        lane = next((k for k in range(lanes) if xs[i] - last[k] >= gap), None)
        if lane is None:
            lane = min(range(lanes), key=lambda k: last[k])
        out[i] = lane
        last[lane] = xs[i]
    return out
