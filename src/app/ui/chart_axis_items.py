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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import MONTH_SPACING, YEAR_SPACING
from PySide6.QtCore import QLocale

from app.domain.units import format_quantity
from app.qt.i18n import current_language, translate
from app.qt.table_text import amount

#: a number in a formatted quantity that stands alone ("$7 bn", "7 %", not "7,000 MW")
_PROBE = 7
_PROBE_NUMBER = re.compile(r"(?<![\d.,])7(?![\d.,])")


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(float(seconds), UTC)


def month_name(month: int) -> str:
    """The short stand-alone month name in the desk's language ("Feb", "февр.", "2月")."""
    return QLocale().standaloneMonthName(int(month), QLocale.FormatType.ShortFormat)


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


class TimeAxisItem(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A date axis whose month ticks say their year (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._named_years: set[int] = set()

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels: list[tuple[float, list[float]]] = super().tickValues(minVal, maxVal, size)
        # pyqtgraph asks for the values of every level before their texts: remember which
        # years a year tick names, so that months name only the others
        self._named_years = {
            _utc(v).year for spacing, values in levels if spacing >= YEAR_SPACING for v in values
        }
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing == MONTH_SPACING:
            return month_tick_texts(values, self._named_years)
        texts: list[str] = super().tickStrings(values, scale, spacing)
        return texts


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


class ValueAxisItem(pg.AxisItem):  # type: ignore[misc]
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
        self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return value_tick_texts(values, spacing, self.factor, self.unit)
