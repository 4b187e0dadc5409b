"""Parts of the screen chart's event strip: time conversions, the event markers' symbols,
pens and icons, the tooltip text, and the view boxes (the plot's, the strip's) with the
invisible extent that keeps the events in the plot's auto-range. See
:mod:`app.ui.chart_events_strip`. Also the cached brushes and pens that the chart's
figures and the comparison's items share (:func:`brush`, :func:`pen`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu

from app.domain.events import date_text
from app.qt.event_painter import (
    EVENT_LANES,
    OPEN_SHAPES,
    event_style,
    event_type_name,
    marker_path,
)
from app.qt.i18n import translate


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


def brush(colour: str) -> Any:
    """One cached brush per colour (the chart's points and the strip's markers)."""
    b = _BRUSHES.get(colour)
    if b is None:
        b = _BRUSHES[colour] = pg.mkBrush(colour)
    return b


_LINE_PENS: dict[tuple[str, float], Any] = {}


def pen(colour: str, width: float = 1.0) -> Any:
    """One cached pen per colour and width (the charts' lines and hollow markers)."""
    p = _LINE_PENS.get((colour, width))
    if p is None:
        p = _LINE_PENS[(colour, width)] = pg.mkPen(colour, width=width)
    return p


def data_tip(x: float, y: float, data: tuple[int, str]) -> str:
    """A hover tip: the text kept with the point."""
    return str(data[1])


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


_PENS: dict[str, Any] = {}


def event_pen(colour: str) -> Any:
    pen = _PENS.get(colour)
    if pen is None:
        pen = _PENS[colour] = pg.mkPen(QColor(colour).darker(130), width=1.5)
    return pen


def menu_action(menu: QMenu, text: str, run: Callable[[], object]) -> QAction:
    act = QAction(text, menu)
    act.triggered.connect(lambda _checked=False: run())
    menu.addAction(act)
    return act


def timestamp_day(seconds: float) -> str:
    """POSIX seconds on the x axis -> the ISO day ("2025-04-23")."""
    return str(np.datetime64(int(seconds), "s").astype("datetime64[D]"))


def event_tip(event: Mapping[str, Any] | pd.Series, source_label: str) -> str:
    """An event's tooltip: date and type, title, source label and quote (rich text, every
    stored text escaped, so a title with "<b>" stays text)."""

    def e(text: str) -> str:
        return html.escape(text, quote=False)

    kind = event_type_name(str(event["event_type"]))
    lines = [
        f"{e(date_text(str(event['date_start']), str(event['date_end'])))} · {e(kind)}",
        f"<b>{e(str(event['title']))}</b>",
    ]
    if source_label:
        lines.append(
            translate("chart_event_parts", "Source: {source}").format(source=e(source_label))
        )
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


class PlotViewBox(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph has no type hints
    """The plot's view box; its context menu also offers "Add annotation here…" for the
    date right-clicked."""

    def __init__(self) -> None:
        super().__init__()
        self.clicked_x = math.nan
        self.annotate_action = QAction(translate("chart_event_parts", "Add annotation here…"), self)

    def getMenu(self, ev: Any) -> QMenu | None:
        menu: QMenu | None = super().getMenu(ev)
        if ev is not None:
            self.clicked_x = float(self.mapSceneToView(ev.scenePos()).x())
        if menu is not None and self.annotate_action not in menu.actions():
            menu.addSeparator()
            menu.addAction(self.annotate_action)
        return menu


class EventStrip(pg.ViewBox):  # type: ignore[misc]
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


class XExtent(pg.GraphicsObject):  # type: ignore[misc]
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
