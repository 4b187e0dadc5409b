"""The words a document chart draws, in the reader's language (``ChartSpec.locale``).

One place for every fixed word of :class:`~app.qt.chart_painter.ChartPainter` and its
legend: the kinds of period, records, projections, tentative figures, the same-period
window, "No figures to chart." and the unit line ("USD bn" -> "млрд долл. США", "mlrd USD",
"十亿美元"). Each is a literal catalogue call or marker of :mod:`app.services.i18n`, so
``scripts/update_catalogs.py`` extracts it; English (the screen's charts, whose spec keeps
the default locale "en") gets the very words of :data:`app.domain.chart.KIND_NAMES`,
:data:`~app.qt.chart_legend.TENTATIVE_TEXT` and ``ChartSpec.axis_label``; a language without
a catalogue gets the English words. (Numbers on the value axis follow the locale's
separators: :func:`app.qt.chart_axes.tick_text`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from app.domain.chart import ChartSpec
from app.domain.series import window_label
from app.services.i18n import NP_, language, translator

# Units of the value axis, alone or after a scale word ("млрд долл. США", "百万人次").
# TRANSLATORS: unit line of a chart; currencies may keep their ISO code
_UNITS = {
    "USD": NP_("chart unit", "USD"),
    "EUR": NP_("chart unit", "EUR"),
    "CNY": NP_("chart unit", "CNY"),
    "AZN": NP_("chart unit", "AZN"),
    "RUB": NP_("chart unit", "RUB"),
    "GBP": NP_("chart unit", "GBP"),
    "TRY": NP_("chart unit", "TRY"),
    # TRANSLATORS: unit line of a chart of persons counted (tourist arrivals)
    "persons": NP_("chart unit", "persons"),
    "companies": NP_("chart unit", "companies"),
    # TRANSLATORS: unit line of a chart of freight trains
    "trains": NP_("chart unit", "trains"),
    # TRANSLATORS: unit line of a chart of wind turbines
    "turbines": NP_("chart unit", "turbines"),
    "count": NP_("chart unit", "count"),
    # TRANSLATORS: unit line of a chart of multiples ("4.2 times as much")
    "times": NP_("chart unit", "times"),
    "percent": NP_("chart unit", "percent"),
    "MW": NP_("chart unit", "MW"),
    "kWh": NP_("chart unit", "kWh"),
    "USD/kWh": NP_("chart unit", "USD/kWh"),
    "tonnes": NP_("chart unit", "tonnes"),
}
# Scale words of app.domain.units.scaled, as a chart's unit line prints them.
_SCALES = {
    # TRANSLATORS: "trillion" on a chart's unit line, short
    "tn": NP_("chart scale", "tn"),
    # TRANSLATORS: "billion" on a chart's unit line, short
    "bn": NP_("chart scale", "bn"),
    # TRANSLATORS: "million" on a chart's unit line, short
    "mn": NP_("chart scale", "mn"),
}


@dataclass(frozen=True)
class ChartWords:
    """The fixed words of a chart in one locale (see :func:`chart_words`)."""

    locale: str
    #: mark (app.domain.series.MARKS) -> legend words of its kind of period
    kinds: dict[str, str]
    record: str
    projection_range: str
    tentative: str
    hollow: str
    #: template with {year}
    projection_year: str
    #: template with {series} and {window}
    each_year: str
    no_figures: str
    full_year_window: str
    #: template with {unit} and {scale}
    unit_and_scale: str

    def projection(self, year: int) -> str:
        """ "projection 2025" beside a projection's cross."""
        return self.projection_year.format(year=year)

    def series_of_each_year(self, series: str, window: str) -> str:
        """A same-period legend entry: "AZE — Jan–Oct of each year"."""
        return self.each_year.format(series=series, window=window)

    def series_count(self, n: int) -> str:
        """The one legend entry of a chart with too many series to name: "14 series"."""
        return translator(self.locale).nformat("{n} series", "{n} series", n)

    def axis_label(self, spec: ChartSpec) -> str:
        """The unit line: unit and display scale ("USD bn"; "млрд долл. США", "mlrd USD",
        "十亿美元"); English is ``spec.axis_label`` itself, a unit unknown here stays as
        stored."""
        if language(self.locale) == "en":
            return spec.axis_label
        tr = translator(self.locale)
        unit = tr.pgettext(*_UNITS[spec.unit]) if spec.unit in _UNITS else spec.unit
        word = spec.scale_word
        scale = tr.pgettext(*_SCALES[word]) if word in _SCALES else word
        if not unit or not scale:
            return unit or scale
        return self.unit_and_scale.format(unit=unit, scale=scale)

    def window_label(self, spec: ChartSpec) -> str:
        """The same-period window ("Jan–Oct"; "янв.–окт.", "yan–okt", "1月–10月"), or ""
        on a timeline; English (or a language without a catalogue) as the spec has it."""
        if spec.mode.window is None:
            return ""
        if not translator(self.locale).has_catalogue:
            return spec.window_label()
        return self.window_words(*spec.mode.window)

    def window_words(self, first: int, months: int) -> str:
        """A window of ``months`` months from month ``first`` (1–12) in this language."""
        if not translator(self.locale).has_catalogue:
            return window_label(first, months)
        if (first, months) == (1, 12):
            return self.full_year_window
        names = get_month_names("abbreviated", "stand-alone", self.locale)
        last = (first - 1 + months - 1) % 12 + 1
        return names[first] if months == 1 else f"{names[first]}–{names[last]}"


@cache
def chart_words(locale: str = "en") -> ChartWords:
    """The fixed words of a chart in ``locale`` (English where there is no translation)."""
    tr = translator(locale)
    return ChartWords(
        locale=locale,
        kinds={
            # TRANSLATORS: chart legend: marker of a figure for a whole calendar year
            "year": tr.pgettext("chart legend", "full year"),
            # TRANSLATORS: chart legend: marker of a figure from January to a month, or a range
            "ytd": tr.pgettext("chart legend", "year to date / range"),
            # TRANSLATORS: chart legend: marker of a figure for a quarter, half-year or month
            "part": tr.pgettext("chart legend", "quarter, half or month"),
            # TRANSLATORS: chart legend: marker of a stock at a date (e.g. companies active)
            "point": tr.pgettext("chart legend", "as of a date"),
        },
        # TRANSLATORS: chart legend: star on the highest figure of a series
        record=tr.pgettext("chart legend", "record in its series"),
        # TRANSLATORS: chart legend: cross and dashed range of a full-year projection
        projection_range=tr.pgettext("chart legend", "full-year projection (range)"),
        # TRANSLATORS: chart legend: figures that are not measured outcomes
        tentative=tr.pgettext(
            "chart legend", "dashed / hollow: target, plan, forecast or estimate"
        ),
        hollow=tr.pgettext("chart legend", "hollow: target, plan or forecast"),
        # TRANSLATORS: label beside a projection's cross on a chart, e.g. "projection 2025"
        projection_year=tr.gettext("projection {year}"),
        # TRANSLATORS: chart legend of bars: a series and a window of months, e.g.
        # "AZE — Jan–Oct of each year"
        each_year=tr.gettext("{series} — {window} of each year"),
        no_figures=tr.gettext("No figures to chart."),
        # TRANSLATORS: same-period chart: the window compared is the whole year
        full_year_window=tr.pgettext("chart window", "Full year"),
        # TRANSLATORS: a chart's unit line: {scale} is million, billion…, {unit} the unit
        # ("USD bn"); reorder or drop the space as the language writes it ("十亿美元")
        unit_and_scale=tr.pgettext("chart axis", "{unit} {scale}"),
    )
