"""Chart pictures without widgets: a :class:`~app.domain.chart.ChartSpec` painted with
QPainter on a QImage (QtGui only, no pyqtgraph).

Documents (briefings from the GUI and from ``corridor brief``) draw the same ChartSpec as
the screen's chart panel: the same figures chosen, the same series colours, lines through
full years, one marker shape per kind of period, record stars and projections, with a
title, the unit and a legend; a briefing's chart (an :class:`EventChart`) also marks the
pair's events, numbered as the briefing lists them. :func:`ensure_gui_app` gives headless
callers an offscreen QGuiApplication (text needs one); no widget is created.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from app.domain.chart import ChartSpec
from app.qt.chart_painter import ChartPainter
from app.services.briefing.model import BriefingEvent, EventChart, RenderChart

INCH_M = 0.0254
SCREEN_DPI = 96
BRIEF_SIZE = (1600, 800)  # pixels at BRIEF_DPI: 16 cm wide in a document at 254 dpi
BRIEF_DPI = 200


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new offscreen QGuiApplication (headless commands)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])


def image_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise RuntimeError("the chart could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def chart_image(
    spec: ChartSpec,
    width: int,
    height: int,
    dpi: int = SCREEN_DPI,
    events: Sequence[BriefingEvent] | None = None,
) -> QImage:
    """``spec`` drawn on a ``width`` x ``height`` image tagged with ``dpi`` (fonts in points,
    lines and markers scaled by dpi / 96, so a 200 dpi picture reads like the screen).
    ``events`` are marked along the bottom (default: those of an :class:`EventChart`)."""
    if events is None:
        events = spec.events if isinstance(spec, EventChart) else ()
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32)
    dots = round(dpi / INCH_M)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ChartPainter(
            painter, spec, QRectF(0, 0, image.width(), image.height()), dpi / SCREEN_DPI, events
        ).paint()
    finally:
        painter.end()
    return image


def chart_png(spec: ChartSpec, width: int, height: int, dpi: int = SCREEN_DPI) -> bytes:
    return image_png(chart_image(spec, width, height, dpi))


def briefing_chart_renderer(
    size: tuple[int, int] = BRIEF_SIZE, dpi: int = BRIEF_DPI
) -> RenderChart:
    """A ``render_chart(spec) -> PNG`` for briefing exports (any thread with a GUI app)."""
    ensure_gui_app()

    def render(spec: ChartSpec) -> bytes:
        return chart_png(spec, size[0], size[1], dpi)

    return render
