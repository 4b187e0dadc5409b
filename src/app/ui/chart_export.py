"""Chart export from the screen: PNG at a chosen size and DPI, SVG, copy to the clipboard.

Pictures are drawn by an offscreen :class:`ChartPanel` showing the on-screen panel's
ChartSpec in its mode and over its visible range, so an export never resizes the window's
chart. Everything here takes the chart panel (and the desk context for settings and
messages), never the window. Documents draw their charts without widgets:
:func:`app.qt.chart_render.briefing_chart_renderer`.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.qt.chart_render import INCH_M, SCREEN_DPI, image_png
from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.qt.messages import MessageBus
from app.qt.settings import (
    EXPORT_LAST_DIR,
)
from app.services.atomic import write_bytes_atomic
from app.ui.chart_panel import ChartPanel


def plot_image(item: pg.PlotItem, width: int, dpi: int = SCREEN_DPI) -> QImage:
    """The plot drawn ``width`` pixels wide, tagged with ``dpi``.

    The height follows the item's on-screen aspect ratio (pyqtgraph keeps them locked):
    size the item first (see :func:`offscreen_panel`).
    """
    exporter = ImageExporter(item)
    exporter.parameters()["width"] = int(width)
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    if not isinstance(image, QImage) or image.isNull():
        raise RuntimeError(translate("chart_export", "the chart could not be drawn"))
    dots = round(dpi / INCH_M)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


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


def offscreen_panel(width: int, height: int, dpi: int) -> ChartPanel:
    """A chart panel laid out at the logical size that gives ``width`` px at ``dpi``."""
    panel = ChartPanel()
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    scale = dpi / SCREEN_DPI
    panel.plot.setFixedSize(max(1, round(width / scale)), max(1, round(height / scale)))
    panel.title.hide()
    panel.show()
    return panel


def render_panel(panel: ChartPanel, width: int, dpi: int) -> QImage:
    return plot_image(panel.plot.getPlotItem(), width, dpi)


def copy_of_chart(chart: ChartPanel, width: int, height: int, dpi: int) -> ChartPanel:
    """An offscreen panel showing what ``chart`` shows, in its mode, over the same range."""
    panel = offscreen_panel(width, height, dpi)
    panel.show_like(chart)
    return panel


class ChartExportDialog(QDialog):
    """Format, size and resolution of a chart picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("chart_export", "Export chart"))
        self.format = QComboBox()
        self.format.addItems(["PNG", "SVG"])
        pixels = translate("chart_export", " px")
        self.width_px = self._spin(200, 8000, 1600, pixels)
        self.height_px = self._spin(150, 8000, 900, pixels)
        self.dpi = self._spin(72, 600, 150, translate("chart_export", " dpi"))
        self.format.currentTextChanged.connect(self._format_changed)
        form = QFormLayout(self)
        for text, widget in (
            (translate("chart_export", "Format"), self.format),
            (translate("chart_export", "Width"), self.width_px),
            (translate("chart_export", "Height"), self.height_px),
            (translate("chart_export", "Resolution"), self.dpi),
        ):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    def _format_changed(self, fmt: str) -> None:
        self.dpi.setEnabled(fmt == "PNG")


def chart_bytes(chart: ChartPanel, fmt: str, width: int, height: int, dpi: int) -> bytes:
    """What ``chart`` shows as PNG or SVG bytes."""
    panel = copy_of_chart(chart, width, height, dpi if fmt == "PNG" else SCREEN_DPI)
    try:
        if fmt == "SVG":
            return plot_svg(panel.plot.getPlotItem())
        return image_png(render_panel(panel, width, dpi))
    finally:
        panel.deleteLater()


def export_chart(chart: ChartPanel, ctx: DeskContext, parent: QWidget) -> None:
    """Ask format, size and DPI, then a file name; write what ``chart`` shows."""
    dialog = ChartExportDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt = dialog.format.currentText()
    suffix = fmt.lower()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("chart_export", "Export chart"),
        ctx.settings.get(EXPORT_LAST_DIR),
        translate("chart_export", "{format} image (*.{suffix})").format(format=fmt, suffix=suffix),
    )
    if not path:
        return
    target = Path(path) if Path(path).suffix else Path(f"{path}.{suffix}")
    try:
        data = chart_bytes(
            chart, fmt, dialog.width_px.value(), dialog.height_px.value(), dialog.dpi.value()
        )
        write_bytes_atomic(target, data)
    except (OSError, RuntimeError) as exc:
        ctx.bus.error(
            translate("chart_export", "Could not export the chart to {file}: {error}").format(
                file=target, error=exc
            )
        )
        return
    ctx.settings.set(EXPORT_LAST_DIR, str(target.parent))
    ctx.bus.info(translate("chart_export", "Chart written to {file}").format(file=target))


def copy_chart(chart: ChartPanel, bus: MessageBus) -> QImage:
    """The chart as it is on screen, as an image on the clipboard."""
    plot = chart.plot
    image = plot_image(plot.getPlotItem(), max(plot.width(), 1), SCREEN_DPI)
    QGuiApplication.clipboard().setImage(image)
    bus.info(translate("chart_export", "Chart copied to the clipboard."))
    return image
