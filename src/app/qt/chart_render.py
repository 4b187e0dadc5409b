"""Chart pictures from a pyqtgraph plot: PNG at a chosen size and DPI, SVG, clipboard image.

Used by the chart panel's export commands and by briefing exports (through
:func:`app.ui.chart_export.briefing_chart_renderer`). :func:`ensure_gui_app` gives headless
callers (``corridor brief``) an offscreen QApplication just for drawing.
"""

from __future__ import annotations

import os

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

INCH_M = 0.0254


def ensure_gui_app() -> QApplication:
    """The running QApplication, or a new offscreen one (headless commands)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def plot_image(item: pg.PlotItem, width: int, dpi: int = 96) -> QImage:
    """The plot drawn ``width`` pixels wide, tagged with ``dpi``.

    The height follows the item's on-screen aspect ratio (pyqtgraph keeps them locked):
    size the item first (see :func:`app.ui.chart_export.offscreen_panel`).
    """
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = int(width)
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    if not isinstance(image, QImage) or image.isNull():
        raise RuntimeError("the chart could not be drawn")
    dots = round(dpi / INCH_M)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def image_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise RuntimeError("the chart could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def plot_png(item: pg.PlotItem, width: int, dpi: int = 96) -> bytes:
    return image_png(plot_image(item, width, dpi))


def plot_svg(item: pg.PlotItem, title: str = "") -> bytes:
    """The plot as SVG (vector; sizes follow the plot on screen).

    Drawn with Qt's own SVG generator: pyqtgraph's SVGExporter post-processes Qt's path
    data and fails on the path syntax Qt 6.11 writes.
    """
    rect = item.sceneBoundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
