"""The Projects view's roll-up chart: signed vs commissioned capacity by year as bars."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.chart import PALETTE
from app.domain.records import ProjectStage
from app.domain.rollup_figures import RollupCell
from app.domain.units import format_quantity
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.chart_menu_words import desk_menus

#: the stages drawn as bars, with their legend words (translated where shown) and colours
BAR_STAGES = (
    (
        str(ProjectStage.AGREEMENT),
        str(QT_TRANSLATE_NOOP("capacity_chart", "signed (agreement)")),
        PALETTE[0],
    ),
    (
        str(ProjectStage.COMMISSIONED),
        str(QT_TRANSLATE_NOOP("capacity_chart", "commissioned")),
        PALETTE[2],
    ),
)
BAR_WIDTH = 0.38
LEGEND_HEADROOM = 1.3


class CapacityChart(QWidget):
    """Signed vs commissioned capacity by year: grouped bars, a legend, and a tooltip on
    each bar naming its projects. Clicking a bar reports its (stage, year)."""

    bar_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.showGrid(y=True, alpha=0.2)
        self.plot.setLabel("left", translate("capacity_chart", "MW"))
        desk_menus(self.plot, view_box_menu=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        # one line at the top right, above the bars (see LEGEND_HEADROOM)
        self.legend = self.plot.addLegend(
            offset=(-6, 1),
            brush=pg.mkBrush(255, 255, 255, 220),
            labelTextColor="#333",
            colCount=len(BAR_STAGES),
            verSpacing=-6,
        )
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.title = QLabel(
            translate("capacity_chart", "<b>Capacity by year</b>: signed vs commissioned")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.bars: dict[tuple[str, int], pg.BarGraphItem] = {}

    def show_cells(self, cells: list[RollupCell], names: dict[int, str]) -> None:
        for item in self.bars.values():
            self.plot.removeItem(item)
        self.bars = {}
        self.legend.clear()
        years = sorted({c.year for c in cells if c.year is not None})
        for i, (stage, words, colour) in enumerate(BAR_STAGES):
            label = translate("capacity_chart", words)
            sample = pg.BarGraphItem(x=[0], height=[0], width=1, brush=colour, pen=colour)
            self.legend.addItem(sample, label)
            for c in cells:
                if c.stage != stage or c.year is None:
                    continue
                x = c.year + (i - 0.5) * BAR_WIDTH
                bar = pg.BarGraphItem(
                    x=[x], height=[c.capacity], width=BAR_WIDTH, brush=colour, pen=colour
                )
                listed = "\n".join(f"• {names.get(p, str(p))}" for p in c.project_ids)
                # plain names for the counts: pyside6-lupdate skips a plural given as c.x
                projects, missing = c.projects, c.no_capacity
                head = translate(
                    "capacity_chart", "{year}, {stage}: {capacity}, %n project(s)", "", projects
                ).format(year=c.year, stage=label, capacity=format_quantity(c.capacity, c.unit))
                lines = [head, listed]
                if missing:
                    lines.append(translate("capacity_chart", "(%n without capacity)", "", missing))
                bar.setToolTip("\n".join(lines))
                self.plot.addItem(bar)
                self.bars[(stage, c.year)] = bar
        axis = self.plot.getAxis("bottom")
        every = range(years[0], years[-1] + 1) if years else range(0)
        axis.setTicks([[(y, str(y)) for y in every]])
        if years:
            top = max((c.capacity for c in cells), default=0.0)
            self.plot.setXRange(years[0] - 0.7, years[-1] + 0.7, padding=0)
            # headroom above the tallest bar keeps the legend clear of the bars
            self.plot.setYRange(0, max(top, 1.0) * LEGEND_HEADROOM, padding=0)

    def heights(self) -> dict[tuple[str, int], float]:
        """Each bar's height (tests)."""
        return {k: float(b.opts["height"][0]) for k, b in self.bars.items()}

    def _clicked(self, event: Any) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        hit = self.bar_at(point)
        if hit is not None:
            self.bar_clicked.emit(*hit)

    def bar_at(self, point: QPointF) -> tuple[str, int] | None:
        for (stage, year), bar in self.bars.items():
            x, h = float(bar.opts["x"][0]), float(bar.opts["height"][0])
            if abs(point.x() - x) <= BAR_WIDTH / 2 and 0 <= point.y() <= h:
                return stage, year
        return None
