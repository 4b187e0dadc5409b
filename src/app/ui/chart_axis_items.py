"""The screen chart's axes: dates that carry their year, values in the table's format.

pyqtgraph's own axes print what a plotting library knows: a month tick is "Feb" (so a chart
of Feb–Jul 2025 never says which year) and a large value is "4.87e+09". The analyst reads
the same figures in the table as "$4.87 bn", so the chart says that too:

- :class:`TimeAxisItem` labels a month with its year wherever no year tick in view names
  it ("Feb 2025", "Mar", … "Jul"; around a new year "Nov 2024", "Dec", "2025", "Feb"), in
  the desk's language (month names from the default QLocale, the order of month and year
  from the catalogue: "2025年2月"). Timestamps are UTC (``month_to_timestamp``), so the
  axis is told so rather than shifting ticks by the computer's time zone.
- :class:`ValueAxisItem` labels the value axis with :func:`app.domain.units.format_quantity`
  at the chart's display scale ("$2.5 bn", "57,000 persons", "17.5 %"), never with
  scientific notation; the decimals follow the tick spacing, so neighbours never repeat.

The text choices are plain functions (:func:`month_tick_texts`, :func:`value_tick_texts`)
that the tests call directly.

Both axes draw their grid lines in opaque colours, each the blend its faint grey would give
over the plot's white ground (:class:`OpaqueGrid`): Qt's raster engine draws a translucent
1 px line about twenty times slower than an opaque one, and a pan redraws every grid line
(140 month lines over a decade: 5–15 ms a frame). Opaque lines would hide the figures they
cross, so the chart puts these axes behind its view box (:data:`GRID_Z`): the lines run
under the figures, as grids do on paper. The time axis also skips pyqtgraph's per-tick time
zone corrections, which are nothing for its UTC timestamps (one QDateTime round trip per
tick and frame).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import HOUR_SPACING, MONTH_SPACING, YEAR_SPACING
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsLayout

from app.domain.units import format_quantity
from app.qt.i18n import current_language, translate
from app.qt.table_text import amount

#: a number in a formatted quantity that stands alone ("$7 bn", "7 %", not "7,000 MW")
_PROBE = 7
_PROBE_NUMBER = re.compile(r"(?<![\d.,])7(?![\d.,])")


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(float(seconds), UTC)


#: z value of the chart's axes: under the plot's view box (-100), so that the opaque grid
#: lines run under the figures (the event strip's ground covers them there too)
GRID_Z = -200.0
#: what the plot is painted on (ChartPanel's background): the grid's colours blend into it
GROUND = "#ffffff"

_MONTH_NAMES: dict[str, list[str]] = {}


def month_name(month: int) -> str:
    """The short stand-alone month name in the desk's language ("Feb", "февр.", "2月")."""
    locale = QLocale()
    names = _MONTH_NAMES.get(locale.name())
    if names is None:  # twelve Qt calls per language instead of one per tick and frame
        short = QLocale.FormatType.ShortFormat
        names = [locale.standaloneMonthName(m, short) for m in range(1, 13)]
        _MONTH_NAMES[locale.name()] = names
    return names[int(month) - 1]


_OPAQUE_PENS: dict[tuple[int, str], QPen] = {}


def opaque_pen(pen: QPen, ground: str = GROUND) -> QPen:
    """``pen`` with its translucent colour replaced by the opaque colour it gives over
    ``ground`` (the same pen when it is opaque already)."""
    colour = pen.color()
    alpha = colour.alphaF()
    if alpha >= 1.0 or pen.brush().style() != pg.QtCore.Qt.BrushStyle.SolidPattern:
        return pen
    key = (int(colour.rgba()), ground)
    found = _OPAQUE_PENS.get(key)
    if found is None:
        base = QColor(ground)
        mixed = QColor.fromRgbF(
            *(
                alpha * c + (1.0 - alpha) * g
                for c, g in zip(
                    (colour.redF(), colour.greenF(), colour.blueF()),
                    (base.redF(), base.greenF(), base.blueF()),
                    strict=True,
                )
            )
        )
        found = QPen(pen)
        found.setColor(mixed)
        _OPAQUE_PENS[key] = found
    return found


class OpaqueGrid:
    """Mixin for a pyqtgraph axis: grid lines in opaque colours (see the module)."""

    grid: Any

    def generateDrawSpecs(self, p: Any) -> Any:
        specs = super().generateDrawSpecs(p)  # type: ignore[misc]
        if specs is None or self.grid is False:
            return specs
        axis, ticks, texts = specs
        pens: dict[int, QPen] = {}  # one pen per tick level
        out = []
        for pen, a, b in ticks:
            opaque = pens.get(id(pen))
            if opaque is None:
                opaque = pens[id(pen)] = opaque_pen(pen)
            out.append((opaque, a, b))
        return axis, out, texts


def month_tick_texts(values: Sequence[float], named_years: Iterable[int]) -> list[str]:
    """Labels of month ticks at ``values`` (POSIX seconds, UTC): the month name, and the
    year with the first month of each year that no year tick (``named_years``) names."""
    named = set(named_years)
    out = []
    for value in values:
        day = _utc(value)
        name = month_name(day.month)
        if day.year in named:
            out.append(name)
            continue
        named.add(day.year)
        out.append(
            translate("chart_axis_items", "{month} {year}").format(month=name, year=day.year)
        )
    return out


def utc_tick_values(level: Any, low: float, high: float, min_spacing: float) -> list[Any]:
    """pyqtgraph's ``ZoomLevel.tickValues`` for UTC timestamps (utcOffset 0): the same
    ticks, without moving each one by a time zone offset that is zero."""
    seen = np.zeros(0)
    out: list[tuple[float, list[float]]] = []
    for spec in level.tickSpecs:
        ticks, skip = spec.makeTicks(low, high, min_spacing)
        if spec.spacing == HOUR_SPACING and skip == 1:  # local hours: pyqtgraph's own way
            ticks = level.moveTicksToLocalTimeCoords(ticks, spec.spacing, skip)
        if len(seen) and len(ticks):
            close = np.any(
                np.isclose(seen, ticks[:, np.newaxis], rtol=0, atol=min_spacing * 0.01), axis=-1
            )
            ticks = ticks[~close]
        seen = np.concatenate([seen, ticks])
        out.append((spec.spacing, ticks.tolist()))
        if skip > 1:
            break
    return out


class TimeAxisItem(OpaqueGrid, pg.DateAxisItem):  # type: ignore[misc]  # no type hints
    """A date axis whose month ticks say their year (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._named_years: set[int] = set()
        self._length = 0.0  # pixels of the axis, as the last tickValues was told

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        self._length = float(size)
        self.setZoomLevelForDensity((maxVal - minVal) / size)
        levels = utc_tick_values(self.zoomLevel, minVal, maxVal, self.minSpacing)
        # pyqtgraph asks for the values of every level before their texts: remember which
        # years a year tick names, so that months name only the others
        self._named_years = {
            _utc(v).year for spacing, values in levels if spacing >= YEAR_SPACING for v in values
        }
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing == MONTH_SPACING:
            if self._months_crowded(len(values)):
                return []  # pyqtgraph would measure every one, then print none
            return month_tick_texts(values, self._named_years)
        texts: list[str] = super().tickStrings(values, scale, spacing)
        return texts

    def _months_crowded(self, count: int) -> bool:
        """True when ``count`` month labels cannot be printed: even at the narrowest month
        name they fill more of the axis than pyqtgraph prints for a second level (80 %,
        the loosest of its ``textFillLimits``), so it would drop them all."""
        metrics = getattr(self, "fontMetrics", None)
        if metrics is None or self._length <= 0:
            return False
        narrowest = min(int(metrics.horizontalAdvance(month_name(m))) for m in range(1, 13))
        loosest = max(float(limit) for _texts, limit in self.style["textFillLimits"])
        return count * narrowest * 0.9 >= loosest * self._length


def _decimals(values: Sequence[float], spacing: float) -> int:
    """The fewest decimals that write every tick exactly (0.25 steps need two)."""
    tolerance = abs(spacing) * 1e-6 or 1e-12
    for places in range(7):
        if all(abs(round(v, places) - v) <= tolerance for v in values):
            return places
    return 6


def _number(value: float, places: int) -> str:
    text = f"{abs(value):,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_tick_texts(
    values: Sequence[float], spacing: float, factor: float, unit: str
) -> list[str]:
    """Labels of value ticks at ``values`` (display scale: canonical value / ``factor``),
    written as the table writes ``unit`` at that scale ("$2.5 bn"; "25亿美元" in Chinese)."""
    if current_language() != "en":  # each tick in the desk's words, as the table has them
        return [amount(v * factor, unit) if unit else _number(v, 6) for v in values]
    template = format_quantity(_PROBE * factor, unit) if unit else str(_PROBE)
    if not _PROBE_NUMBER.search(template):
        # a unit written at its own scale (7,000,000 MW): each tick as the table has it
        return [format_quantity(v * factor, unit) for v in values]
    places = _decimals(values, spacing)
    out = []
    for v in values:
        number = _number(v, places)
        if number == "0":  # nought has no scale: "$0", not "$0 bn"
            out.append(format_quantity(0.0, unit) if unit else "0")
            continue
        sign = "−" if v < 0 else ""
        out.append(sign + _PROBE_NUMBER.sub(number, template, count=1))
    return out


class ValueAxisItem(OpaqueGrid, pg.AxisItem):  # type: ignore[misc]
    """The value axis in the table's format at the chart's display scale."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.factor = 1.0
        self.unit = ""

    def set_quantity(self, factor: float, unit: str) -> None:
        """Ticks are display values (canonical / ``factor``) of ``unit``."""
        if (factor, unit) == (self.factor, self.unit):
            return
        self.factor, self.unit = float(factor) or 1.0, unit
        self.picture = None  # pyqtgraph's cache of the drawn ticks
        self.fit_labels()
        self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return value_tick_texts(values, spacing, self.factor, self.unit)

    # pyqtgraph widens an axis for its tick labels only after painting them: a label that
    # does not fit is dropped from that paint, and the axis is wider at the next one. A
    # picture taken in one paint (an export, a grab) showed "$0" alone. The axis is sized
    # for its widest label whenever its range, length or unit changes, before it paints.

    def setRange(self, mn: float, mx: float) -> None:
        super().setRange(mn, mx)
        self.fit_labels()

    def resizeEvent(self, ev: Any = None) -> None:
        super().resizeEvent(ev)
        self.fit_labels()

    def label_width(self) -> float:
        """Pixels of the widest tick label over the axis' range and length, measured as
        pyqtgraph measures the labels it paints (0 before the axis has a range or length)."""
        low, high = sorted(float(v) for v in self.range)
        length = float(self.size().height())
        if not (length > 0 and high > low):
            return 0.0
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        box = QRectF(0, 0, 100, 100)
        align = Qt.AlignmentFlag.AlignCenter
        widest = 0.0
        levels = self.tickValues(low, high, length)[: int(self.style["maxTextLevel"]) + 1]
        for spacing, values in levels:
            shown = [v for v in values if low <= v <= high]
            if not shown:
                continue
            for text in self.tickStrings(shown, self.autoSIPrefixScale * self.scale, spacing):
                widest = max(widest, metrics.boundingRect(box, align, text).width())
        return widest

    def fit_labels(self) -> None:
        """Reserve the width of the widest label (grown at once; shrunk only by more than
        10 px, as pyqtgraph does, so that a pan does not make the plot jitter)."""
        text = self.label_width()
        if text <= 0 or not self.style["showValues"]:
            return
        needed = int(np.ceil(text)) + 1  # one pixel for rounding between font metrics
        needed += int(self.style["tickTextOffset"][0]) + max(0, int(self.style["tickLength"]))
        if self.label.isVisible():
            needed += int(np.ceil(self.label.boundingRect().height() * 0.8))
        current = self.fixedWidth
        if current is None or needed > current or needed < current - 10:
            self.setWidth(needed)
            # lay the plot out now, not at Qt's next layout pass: a picture rendered before
            # it (an export renders the scene straight away) would lack the labels
            layout = self.parentLayoutItem()
            if isinstance(layout, QGraphicsLayout):
                layout.activate()
