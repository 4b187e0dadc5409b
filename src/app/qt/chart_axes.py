"""The axes of a document chart: value ticks (round steps) and time ticks (years, or months
where the periods are months), and the mapping of chart coordinates onto the plot.

The tick choice is plain arithmetic (no painting), so tests check it directly:
:func:`axis_ticks` gives the labels :class:`~app.qt.chart_painter.ChartPainter` prints. A
timeline whose periods are all full years (or ranges of whole years) gets year labels only,
at whole years; months ("2025-04", language-neutral) appear only when the chart holds
periods shorter than a year and spans at most :data:`MONTH_AXIS_SPAN` months.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from babel.numbers import format_decimal
from PySide6.QtCore import QPointF, QRectF

from app.domain.chart import ChartSpec
from app.services.i18n import language

YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
MONTH_STEPS = (1, 2, 3, 6, 12)
#: the longest span (months) labelled by month; longer charts are labelled by year
MONTH_AXIS_SPAN = 36
#: marks of periods shorter than a year (see app.domain.series.MARKS)
SUB_YEAR_MARKS = frozenset({"part", "point"})


@dataclass(frozen=True)
class Tick:
    """A label of the time axis: its text centred at month index ``x``, with a grid line
    at ``line`` (the start of its year or month)."""

    x: float
    text: str
    line: float


@dataclass(frozen=True)
class Axes:
    """Maps chart coordinates (month index, display value) onto the plot rectangle."""

    plot: QRectF
    x0: float
    x1: float
    y0: float
    y1: float
    y_step: float
    #: height of the band of event markers under the plot (0 without events)
    band: float = 0.0

    def px(self, x: float) -> float:
        return self.plot.left() + (x - self.x0) / (self.x1 - self.x0) * self.plot.width()

    def py(self, y: float) -> float:
        return self.plot.bottom() - (y - self.y0) / (self.y1 - self.y0) * self.plot.height()

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.px(x), self.py(y))


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    raw = max(span, 1e-12) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def tick_text(value: float, step: float, locale: str = "en") -> str:
    """A value axis label with as many decimals as ``step`` needs, grouped as ``locale``
    writes numbers ("57,000"; ru "57 000", az "57.000"; Babel)."""
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    if language(locale) == "en":
        return f"{value:,.{decimals}f}"
    return format_decimal(
        value, "#,##0" + ("." + "0" * decimals if decimals else ""), locale=locale
    )


def year_ticks(x_min: float, x_max: float, room: float = 12) -> list[Tick]:
    """One label per whole year from month index ``x_min`` to ``x_max`` (every 2nd, 5th…
    year where fewer than all fit in ``room`` labels), centred on its year: integers only,
    never a fraction of a year, even for a one- or two-year chart."""
    first, last = math.floor(x_min / 12), math.floor(x_max / 12)
    count = last - first + 1
    step = next((s for s in YEAR_STEPS if count / s <= max(room, 1)), YEAR_STEPS[-1])
    years = [y for y in range(first, last + 1) if y % step == 0] or [first]
    return [Tick(y * 12 + 6.0, str(y), y * 12.0) for y in years]


def month_ticks(x_min: float, x_max: float, room: float = 12) -> list[Tick]:
    """Month labels ("2025-04") from month index ``x_min`` to ``x_max``, every 1, 2, 3, 6
    or 12 months (aligned on the year) so that at most ``room`` labels are printed."""
    first, last = math.floor(x_min), math.floor(x_max)
    count = last - first + 1
    step = next((s for s in MONTH_STEPS if count / s <= max(room, 1)), MONTH_STEPS[-1])
    months = [m for m in range(first, last + 1) if m % step == 0] or [first]
    return [Tick(m + 0.5, f"{m // 12}-{m % 12 + 1:02d}", float(m)) for m in months]


def by_month(points: pd.DataFrame, x_min: float, x_max: float) -> bool:
    """True when the time axis is labelled by month: some plotted period is shorter than
    a year and the chart spans at most :data:`MONTH_AXIS_SPAN` months."""
    if points.empty or x_max - x_min > MONTH_AXIS_SPAN:
        return False
    return bool(points["mark"].isin(SUB_YEAR_MARKS).any())


def axis_ticks(
    spec: ChartSpec, x_min: float, x_max: float, year_room: float, month_room: float
) -> list[Tick]:
    """The time axis labels of ``spec`` between month indices ``x_min`` and ``x_max``:
    months where :func:`by_month`, else years (``*_room``: how many labels of each kind
    fit across the plot). Same-period charts (one bar group per year) are labelled by
    year."""
    if not spec.mode.same_period and by_month(spec.points, x_min, x_max):
        return month_ticks(x_min, x_max, month_room)
    return year_ticks(x_min, x_max, year_room)
