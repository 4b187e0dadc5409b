"""The screen chart's legend, under the plot instead of on top of its figures.

pyqtgraph anchors a legend inside the view box, where it hides the very points it names
(the top-left corner is where a growing series starts). :class:`LegendBox` is a legend
that lives in the plot item's own grid, in a row under the date axis and as wide as the
view box: the plot gives it the room it needs, so no point, line, bar or event band is
ever under it, and it is part of chart exports like the axes are. Its entries flow into as
many columns as the plot's width holds (a chart is wider than tall: a row under it costs
less than a column beside it), and more rows where the columns run out.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QSizeF, Qt

#: grid position of the legend in the plot item: under the date axis (rows 0–4 are the
#: title, top axis, view box, event strip and date axis: ChartEventStrip._init_events),
#: in the view box's column
LEGEND_CELL = (5, 1)
#: room around the entries, and between one entry and the next (pixels)
PADDING = 4.0
ENTRY_GAP = 14.0


class LegendBox(pg.LegendItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A legend laid out by the plot item's grid under its view box (see module)."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        super().__init__(
            offset=None,
            labelTextColor="#333333",
            labelTextSize="8pt",
            verSpacing=-6,
            frame=False,
        )
        # a cell of the plot's layout scales with the plot in exports; a legend that
        # ignored transformations would stay screen-sized in a 300 dpi picture
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self._plot_item = plot_item
        self.layout.setContentsMargins(PADDING, PADDING, PADDING, 0)
        plot_item.layout.addItem(self, *LEGEND_CELL)
        plot_item.layout.setAlignment(self, Qt.AlignmentFlag.AlignLeft)
        plot_item.vb.sigResized.connect(self._refit)
        self.updateSize()

    def updateSize(self) -> None:
        """Ask the plot's grid for the room the entries need (pyqtgraph's legend sets its
        own geometry instead, which a layout would undo)."""
        if self.size is not None:
            return
        for column in range(1, 2 * self.columnCount, 2):  # a gap after each label
            self.layout.setColumnSpacing(column, ENTRY_GAP)
        self.layout.invalidate()
        size = self.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        size = size if self.items else QSizeF(0, 0)
        self.setMinimumSize(QSizeF(0, size.height()))
        self.setPreferredSize(size)
        self.setMaximumSize(size)
        self.setVisible(bool(self.items))
        self.updateGeometry()

    def _entry_width(self) -> float:
        """The widest entry: its sample, its label and the gap to the next one."""
        preferred = Qt.SizeHint.PreferredSize
        widest = max(
            float(sample.effectiveSizeHint(preferred).width())
            + float(label.effectiveSizeHint(preferred).width())
            for sample, label in self.items
        )
        return widest + float(self.layout.horizontalSpacing()) + ENTRY_GAP

    def _refit(self, *_: object) -> None:
        """As many columns as the view box's width holds."""
        if not self.items:
            return
        room = float(self._plot_item.vb.width()) - 2 * PADDING
        if room <= 0:
            return
        fit = max(1, math.floor(room / self._entry_width()))
        columns = min(fit, len(self.items))
        if columns != self.columnCount:
            self.setColumnCount(columns)

    def addItem(self, item: Any, name: str) -> None:
        super().addItem(item, name)
        self._refit()

    def mouseDragEvent(self, ev: Any) -> None:
        """Not draggable: the grid places it (pyqtgraph's legend moves on a drag)."""
        ev.ignore()
