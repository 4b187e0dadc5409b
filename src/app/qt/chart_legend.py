"""The legend of a document chart: what its entries say and where they go.

The legend always sits outside the plot (below it, or in a column at its right when the
chart is wide and a legend below would eat the plot), in the chart's text font (8.5 pt,
resolved at the paint device's resolution, so readable in print at any dpi). Entries: one
per series (line and colour), one per kind of period (marker shape), and where present the
tentative figures (dashed / hollow), records and projections, in the words of the chart's
locale (:mod:`app.qt.chart_words`; the screen's "en" gives the constants below).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from app.domain.chart import (
    MANY_SERIES,
    PROJECTION_COLOUR,
    RECORD_COLOUR,
    ChartSpec,
)
from app.qt.chart_words import chart_words
from app.qt.event_painter import marker_path

GROUP_COLOUR = "#607d8b"
#: marker shape of each kind of period, as on screen (circle, triangle, diamond, square)
SHAPES = {"year": "circle", "ytd": "triangle", "part": "diamond", "point": "square"}
#: the legend's words for hollow markers (targets, plans, forecasts), on screen too
HOLLOW_TEXT = "hollow: target, plan or forecast"
#: the document legend's words for tentative figures (dashed line, hollow marker)
TENTATIVE_TEXT = "dashed / hollow: target, plan, forecast or estimate"


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str
    shape: str  # a marker shape, "bar", "line", "tentative", "star" or "cross"


def legend_entries(spec: ChartSpec, colours: dict[str, str], tentative: bool) -> list[LegendEntry]:
    """The entries of ``spec``'s legend in its locale's words (``tentative``: some figure
    is drawn dashed)."""
    pts, words = spec.points, chart_words(spec.locale)
    if spec.mode.same_period:
        window = words.window_label(spec)
        return [
            LegendEntry(words.series_of_each_year(s, window), colours.get(s, GROUP_COLOUR), "bar")
            for s in dict.fromkeys(spec.bars.get("series", []))
        ]
    series = spec.series
    named = series if len(series) <= MANY_SERIES else [words.series_count(len(series))]
    out = [LegendEntry(name, colours.get(name, GROUP_COLOUR), "line") for name in named]
    marks = set(pts["mark"]) if len(pts) else set()
    if marks != {"year"}:  # a chart of full years only needs no word for its markers
        out += [LegendEntry(words.kinds[m], "#888888", SHAPES[m]) for m in SHAPES if m in marks]
    if tentative:
        out.append(LegendEntry(words.tentative, GROUP_COLOUR, "tentative"))
    if spec.records:
        out.append(LegendEntry(words.record, RECORD_COLOUR, "star"))
    if spec.projections:
        out.append(LegendEntry(words.projection_range, PROJECTION_COLOUR, "cross"))
    return out


def draw_marker(
    p: QPainter,
    shape: str,
    centre: QPointF,
    size: float,
    fill: QColor | None,
    outline: QColor,
    width: float,
) -> None:
    p.setPen(QPen(outline, width))
    p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
    p.drawPath(marker_path(shape, centre, size))


class Legend:
    """Lays out and paints ``entries`` with ``painter`` at ``scale`` in ``font``."""

    def __init__(
        self, painter: QPainter, scale: float, font: QFont, entries: list[LegendEntry]
    ) -> None:
        self.p, self.s, self.font, self.entries = painter, scale, font, entries
        painter.setFont(font)
        metrics = painter.fontMetrics()
        self.row_h = metrics.height() + 3 * scale
        self.swatch = 22 * scale
        self.widths = [self.swatch + 4 * scale + metrics.horizontalAdvance(e.text) for e in entries]

    def height_below(self, width: float) -> float:
        """Height of the entries flowed in rows across ``width`` (with a gap above)."""
        return self._flow(QRectF(0, 0, width, 0), paint=False)

    def column_width(self) -> float:
        """Width of the entries in one column at the right (with a gap before)."""
        return max(self.widths, default=0.0) + 10 * self.s

    def column_height(self) -> float:
        return len(self.entries) * self.row_h

    def paint_below(self, area: QRectF) -> None:
        self._flow(area, paint=True)

    def paint_right(self, area: QRectF) -> None:
        """One entry per row, from the top of ``area`` (its left edge leaves the gap)."""
        y = area.top()
        for entry, width in zip(self.entries, self.widths, strict=True):
            self._entry(entry, area.left() + 10 * self.s, y, width)
            y += self.row_h

    def _flow(self, area: QRectF, paint: bool) -> float:
        gap = 14 * self.s
        x, y = area.left(), area.top() + 6 * self.s
        for entry, width in zip(self.entries, self.widths, strict=True):
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + self.row_h
            if paint:
                self._entry(entry, x, y, width)
            x += width + gap
        return (y + self.row_h - area.top()) if self.entries else 0.0

    def _entry(self, entry: LegendEntry, x: float, y: float, width: float) -> None:
        self._swatch(entry, QPointF(x + self.swatch / 2, y + self.row_h / 2))
        self.p.setFont(self.font)
        self.p.setPen(QColor("black"))
        self.p.drawText(
            QRectF(x + self.swatch + 4 * self.s, y, width, self.row_h),
            Qt.AlignmentFlag.AlignVCenter,
            entry.text,
        )

    def _swatch(self, entry: LegendEntry, centre: QPointF) -> None:
        p, s, colour, half = self.p, self.s, QColor(entry.colour), self.swatch / 2
        left, right = QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half, centre.y())
        if entry.shape in ("line", "tentative"):
            dashed = entry.shape == "tentative"
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            p.setPen(QPen(colour, 2 * s, style))
            p.drawLine(left, right)
            fill = QColor("white") if dashed else colour
            outline = colour if dashed else QColor("black")
            draw_marker(p, "circle", centre, (10 if dashed else 8) * s, fill, outline, s * 1.5)
        elif entry.shape == "bar":
            p.fillRect(
                QRectF(centre.x() - half * 2 / 3, centre.y() - 5 * s, half * 4 / 3, 10 * s), colour
            )
        elif entry.shape in ("star", "cross"):
            draw_marker(p, entry.shape, centre, 14 * s, None, colour, 2 * s)
        else:
            draw_marker(p, entry.shape, centre, 10 * s, colour, colour, s)
