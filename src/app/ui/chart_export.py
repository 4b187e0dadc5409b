"""Chart export: PNG at a chosen size and DPI, SVG, copy to the clipboard; briefing charts.

Pictures are drawn by an offscreen :class:`ChartPanel` holding the same figures (and, for
the panel on screen, the same visible range), so an export never resizes the window's
chart and documents show the same chart as the app. Hooks for the main window, one line
each: ``export_chart(window)`` and ``copy_chart(window)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.qt.chart_render import image_png, plot_image, plot_svg
from app.services.atomic import write_bytes_atomic
from app.services.briefing import ChartSpec, RenderChart
from app.ui.chart_panel import ChartPanel

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SCREEN_DPI = 96
BRIEF_SIZE = (1600, 800)   # pixels at BRIEF_DPI: 16 cm wide in a document at 254 dpi
BRIEF_DPI = 200


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


def briefing_chart_renderer(size: tuple[int, int] = BRIEF_SIZE,
                            dpi: int = BRIEF_DPI) -> RenderChart:
    """A ``render_chart(spec) -> PNG`` for briefing exports; call on the GUI thread."""
    panel = offscreen_panel(size[0], size[1], dpi)

    def render(spec: ChartSpec) -> bytes:
        panel.show_indicator(spec.name, spec.indicator, spec.observations,
                             spec.source_labels, spec.unit)
        return image_png(render_panel(panel, size[0], dpi))

    render.panel = panel  # type: ignore[attr-defined]  # keeps the panel alive with it
    return render


def copy_of_window_chart(window: MainWindow, width: int, height: int, dpi: int) -> ChartPanel:
    """An offscreen panel showing what the window's chart shows, over the same range."""
    panel = offscreen_panel(width, height, dpi)
    panel.show_indicator(*window.chart_inputs())
    (x0, x1), (y0, y1) = window.chart.plot.getPlotItem().viewRange()
    panel.plot.setXRange(x0, x1, padding=0)
    panel.plot.setYRange(y0, y1, padding=0)
    return panel


class ChartExportDialog(QDialog):
    """Format, size and resolution of a chart picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export chart")
        self.format = QComboBox()
        self.format.addItems(["PNG", "SVG"])
        self.width_px = self._spin(200, 8000, 1600, " px")
        self.height_px = self._spin(150, 8000, 900, " px")
        self.dpi = self._spin(72, 600, 150, " dpi")
        self.format.currentTextChanged.connect(self._format_changed)
        form = QFormLayout(self)
        for text, widget in (("Format", self.format), ("Width", self.width_px),
                             ("Height", self.height_px), ("Resolution", self.dpi)):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
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


def chart_bytes(window: MainWindow, fmt: str, width: int, height: int, dpi: int) -> bytes:
    """The window's chart as PNG or SVG bytes."""
    panel = copy_of_window_chart(window, width, height, dpi if fmt == "PNG" else SCREEN_DPI)
    try:
        if fmt == "SVG":
            return plot_svg(panel.plot.getPlotItem())
        return image_png(render_panel(panel, width, dpi))
    finally:
        panel.deleteLater()


def export_chart(window: MainWindow) -> None:
    """File > Export chart…: ask format, size and DPI, then a file name."""
    dialog = ChartExportDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt = dialog.format.currentText()
    suffix = fmt.lower()
    path, _ = QFileDialog.getSaveFileName(window, "Export chart",
                                          window.settings.get("export/last_dir"),
                                          f"{fmt} image (*.{suffix})")
    if not path:
        return
    target = Path(path) if Path(path).suffix else Path(f"{path}.{suffix}")
    try:
        data = chart_bytes(window, fmt, dialog.width_px.value(), dialog.height_px.value(),
                           dialog.dpi.value())
        write_bytes_atomic(target, data)
    except (OSError, RuntimeError) as exc:
        window.bus.error(f"Could not export the chart to {target}: {exc}")
        return
    window.settings.set("export/last_dir", str(target.parent))
    window.bus.info(f"Chart written to {target}")


def copy_chart(window: MainWindow) -> QImage:
    """Edit > Copy chart: the chart as it is on screen, as an image on the clipboard."""
    plot = window.chart.plot
    image = plot_image(plot.getPlotItem(), max(plot.width(), 1), SCREEN_DPI)
    QGuiApplication.clipboard().setImage(image)
    window.bus.info("Chart copied to the clipboard.")
    return image
