"""The events on a chart, as :class:`~app.qt.chart_painter.ChartPainter` draws them: a
shaded band for a range, a dotted guide up the plot at a point event, and under the plot
a small marker per event (shaped and coloured by type, stacked in lanes where they crowd)
with its number. The event styles and marker shapes are shared with the screen
(:data:`EVENT_STYLES`, :func:`marker_path`, :func:`pack_lanes`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from app.domain.records import EventType
from app.qt.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the briefing's model loads the summary and its analyses
    from app.services.briefing.model import BriefingEvent

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

#: the event types as the desk names them (the words of app.domain.events.EVENT_TYPE_WORDS);
#: the chart's strip and legend, the event dialog and the extraction's events tab share it
EVENT_TYPE_NAMES = {
    EventType.VISIT: QT_TRANSLATE_NOOP("event_painter", "visit"),
    EventType.AGREEMENT: QT_TRANSLATE_NOOP("event_painter", "agreement"),
    EventType.FORUM: QT_TRANSLATE_NOOP("event_painter", "forum"),
    EventType.OPENING: QT_TRANSLATE_NOOP("event_painter", "opening"),
    EventType.SANCTION: QT_TRANSLATE_NOOP("event_painter", "sanction"),
    EventType.TARIFF: QT_TRANSLATE_NOOP("event_painter", "tariff change"),
    EventType.CRISIS: QT_TRANSLATE_NOOP("event_painter", "crisis"),
    EventType.ANNOTATION: QT_TRANSLATE_NOOP("event_painter", "annotation"),
}
_NAMES = {str(k): v for k, v in EVENT_TYPE_NAMES.items()}


def event_type_name(kind: str) -> str:
    """An event type in the desk's language ("opening"); a type unknown here as stored."""
    return translate("event_painter", _NAMES[kind]) if kind in _NAMES else kind


def event_style(event_type: str) -> tuple[str, str]:
    """(colour, marker shape) of an event type; a type unknown here gets a grey circle."""
    return EVENT_STYLES.get(event_type, OTHER_EVENT_STYLE)


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


class PlotAxes(Protocol):
    """What the event drawing needs of the chart's axes."""

    @property
    def plot(self) -> QRectF: ...

    @property
    def band(self) -> float: ...

    def px(self, x: float) -> float: ...


class EventPainter:
    """Paints a timeline's ``events`` with ``painter`` at ``scale`` (numbers in ``font``)."""

    def __init__(
        self, painter: QPainter, scale: float, font: QFont, events: Sequence[BriefingEvent]
    ) -> None:
        self.p, self.s, self.font, self.events = painter, scale, font, events

    def ranges(self, axes: PlotAxes) -> None:
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

    def band_height(self, text_height: float) -> float:
        """Room under the plot for the event markers (in lanes) and their numbers."""
        if not self.events:
            return 0.0
        return EVENT_LANES * EVENT_SIZE * 1.15 * self.s + text_height + 6 * self.s

    def guides(self, axes: PlotAxes) -> None:
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

    def marks(self, axes: PlotAxes) -> None:
        """The band under the plot: one marker per event (shape and colour of its type) in
        up to three lanes where events crowd, and under them the events' numbers, one label
        per crowd ("3–5") so that labels never overlap."""
        self.p.save()
        band = QRectF(axes.plot.left(), axes.plot.bottom(), axes.plot.width(), axes.band)
        self.p.setClipRect(band.adjusted(-EVENT_SIZE * self.s, 0, EVENT_SIZE * self.s, 0))
        self.p.setFont(self.font)
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


def _crowds(
    events: Sequence[BriefingEvent], axes: PlotAxes, gap: float
) -> list[list[BriefingEvent]]:
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
