"""Chart pictures without widgets: a :class:`~app.domain.chart.ChartSpec` painted with
QPainter (QtGui only, no pyqtgraph) on any paint device: :func:`paint_chart` on a given
painter (the PDF draws its charts that way, as vectors), :func:`chart_image` / PNG at a
physical size and dpi (DOCX: 16 x 8 cm at 300 dpi), :func:`chart_svg` (vector).

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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from app.domain.chart import ChartSpec
from app.qt.chart_painter import ChartPainter
from app.services.briefing.model import BriefingEvent, EventChart, RenderChart

INCH_M = 0.0254
INCH_CM = 2.54
SCREEN_DPI = 96
#: a briefing chart's size on the page (DOCX pictures, PDF objects) and the PNG's dpi
BRIEF_CM = (16.0, 8.0)
BRIEF_DPI = 300
#: an SVG chart's size in CSS pixels (16 x 8 cm at 96 dpi)
SVG_SIZE = (605, 302)


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


def paint_chart(
    painter: QPainter,
    spec: ChartSpec,
    rect: QRectF,
    scale: float,
    events: Sequence[BriefingEvent] | None = None,
) -> None:
    """Paints ``spec`` on ``painter`` inside ``rect`` (device units) at ``scale`` device
    units per 1/96 inch (lines, markers, gaps; fonts are in points of the painter's
    device). ``events`` are marked along the bottom (default: those of an EventChart)."""
    if events is None:
        events = spec.events if isinstance(spec, EventChart) else ()
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ChartPainter(painter, spec, rect, scale, events).paint()
    finally:
        painter.restore()


def chart_image(
    spec: ChartSpec,
    width: int,
    height: int,
    dpi: int = SCREEN_DPI,
    events: Sequence[BriefingEvent] | None = None,
) -> QImage:
    """``spec`` drawn on a ``width`` x ``height`` image tagged with ``dpi`` (fonts in points,
    lines and markers scaled by dpi / 96, so a 300 dpi picture reads like the screen).
    ``events`` are marked along the bottom (default: those of an :class:`EventChart`)."""
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32)
    dots = round(dpi / INCH_M)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        rect = QRectF(0, 0, image.width(), image.height())
        paint_chart(painter, spec, rect, dpi / SCREEN_DPI, events)
    finally:
        painter.end()
    return image


def chart_png(spec: ChartSpec, width: int, height: int, dpi: int = SCREEN_DPI) -> bytes:
    return image_png(chart_image(spec, width, height, dpi))


def chart_svg(spec: ChartSpec, width_px: int = SVG_SIZE[0], height_px: int = SVG_SIZE[1]) -> bytes:
    """``spec`` as an SVG document of ``width_px`` x ``height_px`` CSS pixels (96 dpi):
    paths and text, no bitmap."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SCREEN_DPI)
    generator.setSize(QSize(width_px, height_px))
    generator.setViewBox(QRect(0, 0, width_px, height_px))
    generator.setTitle(spec.name)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, width_px, height_px), QColor("white"))
        paint_chart(painter, spec, QRectF(0, 0, width_px, height_px), 1.0)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def pixels(cm: float, dpi: int) -> int:
    """``cm`` centimetres in pixels at ``dpi``."""
    return max(1, round(cm / INCH_CM * dpi))


def briefing_chart_renderer(
    width_cm: float = BRIEF_CM[0], height_cm: float = BRIEF_CM[1], dpi: int = BRIEF_DPI
) -> RenderChart:
    """A ``render_chart(spec) -> PNG`` for briefing exports (any thread with a GUI app): a
    picture of ``width_cm`` x ``height_cm`` at ``dpi`` (DOCX: 16 x 8 cm at 300 dpi), with
    text at its point size when placed at that physical size."""
    ensure_gui_app()
    size = (pixels(width_cm, dpi), pixels(height_cm, dpi))

    def render(spec: ChartSpec) -> bytes:
        return chart_png(spec, size[0], size[1], dpi)

    return render


def briefing_svg_renderer(
    width_cm: float = BRIEF_CM[0], height_cm: float = BRIEF_CM[1]
) -> RenderChart:
    """A ``render_chart(spec) -> SVG`` (vector) of ``width_cm`` x ``height_cm``."""
    ensure_gui_app()
    size = (pixels(width_cm, SCREEN_DPI), pixels(height_cm, SCREEN_DPI))

    def render(spec: ChartSpec) -> bytes:
        return chart_svg(spec, *size)

    return render
