"""What the screen chart says when the mouse rests on it, and the words of its legend.

Every hoverable item of the desk chart gets its text from here, so none falls back to
pyqtgraph's default tip ("x: 1.74e+09 y: 4.87"): a figure's tip is the line the table
would write ("Jan–Jul 2025: $2.45 bn", who reports it, from which source), a record's the
same after "Record:", a bar's the values of its series year by year, a projection its
explanation. Quantities are :func:`app.domain.units.format_quantity`'s, never scientific
notation. The legend's fixed words (kinds of period, hollow markers, same-period entries,
projections) come from :func:`app.qt.chart_words.chart_words` in the desk's language, the
very words briefings print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.domain.units import format_quantity
from app.qt.chart_words import ChartWords, chart_words
from app.qt.i18n import current_language, translate


def desk_words() -> ChartWords:
    """The chart words of the language the desk runs in."""
    return chart_words(current_language())


def point_tip(x: float, y: float, data: tuple[int, str]) -> str:
    """A figure's tip: its label (period, quantity as the table writes it, reporter and
    source) kept with the point."""
    return str(data[1])


def record_label(label: str) -> str:
    """The tip of a record's star."""
    return translate("chart_tooltips", "Record: {figure}").format(figure=label)


def fixed_tip(text: str) -> Callable[..., str]:
    """A hover tip that shows one text whatever point is hovered."""
    return lambda *_args, **_kwargs: text


def bar_tip(series: str, window: str, years: Sequence[int], values: np.ndarray, unit: str) -> str:
    """The tip of one series' bars in same-period mode: the window, then each year's
    value ("2024: $2 bn")."""
    head = translate("chart_tooltips", "{series}, {window} of each year").format(
        series=series, window=window
    )
    lines = [
        f"{year}: {format_quantity(float(v), unit)}" for year, v in zip(years, values, strict=True)
    ]
    return "\n".join([head, *lines])


def legend_entry(series: str, kind: str) -> str:
    """ "AZE — full year": a series and the kind of period its markers show."""
    return translate("chart_tooltips", "{series} — {kind}").format(series=series, kind=kind)
