"""The table's cell texts in the desk's language, each made once per value.

English keeps the table's own compact forms exactly ("$2.44 bn", "Jan–Oct 2025"); the
other languages get the briefing's (:mod:`app.services.briefing.locale_format`: "2,44 млрд
долл.", "янв.–окт. 2025", "24.4亿美元"), and the qualifier, status and claim words through
Qt's catalogue. Babel formats in tens of microseconds where a dict lookup takes a fraction
of one, so every text is kept for the life of one :class:`~app.qt.columns.TableData` (the
arrays of one change) and scrolling stays as fast as in English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import pycountry
from babel import Locale

from app.domain.countries import country_name
from app.domain.model import change_words, source_labels
from app.domain.periods import period_label
from app.domain.units import format_quantity
from app.qt.i18n import LANGUAGES, QT_TRANSLATE_NOOP, current_language, desk_locale, translate
from app.services.briefing.locale_format import (
    format_amount,
    format_change,
    format_day,
    format_period,
)

#: the words of the qualifier and status columns (codes -> English, translated when shown)
QUALIFIER_LABELS = {
    "exact": "",
    "more_than": QT_TRANSLATE_NOOP("table_text", "more than"),
    "less_than": QT_TRANSLATE_NOOP("table_text", "less than"),
    "about": QT_TRANSLATE_NOOP("table_text", "about"),
    "nearly": QT_TRANSLATE_NOOP("table_text", "nearly"),
    "up_to": QT_TRANSLATE_NOOP("table_text", "up to"),
}
STATUS_LABELS = {
    "actual": QT_TRANSLATE_NOOP("table_text", "actual"),
    "provisional": QT_TRANSLATE_NOOP("table_text", "provisional"),
    "estimate": QT_TRANSLATE_NOOP("table_text", "estimate"),
    "forecast": QT_TRANSLATE_NOOP("table_text", "forecast"),
    "target": QT_TRANSLATE_NOOP("table_text", "target"),
    "planned": QT_TRANSLATE_NOOP("table_text", "planned"),
    "derived": QT_TRANSLATE_NOOP("table_text", "derived"),
}
#: the qualifier "exact" where a choice offers it (the table leaves it blank)
EXACT_CHOICE = QT_TRANSLATE_NOOP("table_text", "exact (no bound)")


def qualifier_items() -> list[tuple[str, str]]:
    """(code, words) of every qualifier, as a choice offers them (the table's words)."""
    return [(code, _tr(label or EXACT_CHOICE)) for code, label in QUALIFIER_LABELS.items()]


def qualifier_choice(code: str) -> str:
    """A qualifier as a choice names it ("more than", "exact (no bound)"); the code if unknown."""
    return dict(qualifier_items()).get(code, code)


def status_items() -> list[tuple[str, str]]:
    """(code, words) of the statuses a user may give a figure ("derived" is a derivation's)."""
    return [(code, _tr(label)) for code, label in STATUS_LABELS.items() if code != "derived"]


def status_label(code: str) -> str:
    """A figure's status in the desk's language ("provisional"); the code if unknown."""
    return _tr(STATUS_LABELS[code]) if code in STATUS_LABELS else code


#: a reported change with its bound: "more than +20 %" ({change}: the signed change)
CHANGE_BOUNDS = {
    "more_than": QT_TRANSLATE_NOOP("table_text", "more than {change}"),
    "less_than": QT_TRANSLATE_NOOP("table_text", "less than {change}"),
    "about": QT_TRANSLATE_NOOP("table_text", "about {change}"),
    "nearly": QT_TRANSLATE_NOOP("table_text", "nearly {change}"),
    "up_to": QT_TRANSLATE_NOOP("table_text", "up to {change}"),
}
#: texts kept before a cache starts again (a long scroll through millions of values)
CACHE_LIMIT = 200_000


class CellText:
    """The words and numbers of cells in one language (see the module's docstring). Every
    lookup is one dict ``get`` on the paint path; nothing is built for a text seen before."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.english = language == "en"
        self._amounts: dict[tuple[float, str], str] = {}
        self._periods: dict[tuple[int, int, bool], str] = {}
        self._other: dict[tuple[str, ...] | tuple[float, str, str], str] = {}
        self._marks: dict[str, str] = {}
        #: the qualifier and status words, translated once
        self._words = {
            code: _tr(label) if label else "" for code, label in QUALIFIER_LABELS.items()
        }
        self._statuses = {code: _tr(label) for code, label in STATUS_LABELS.items()}

    def amount(self, value: float, unit: str) -> str:
        """ "$2.44 bn" (en), "2,44 млрд долл." (ru); '' for a missing value."""
        if value != value:  # NaN (never equal to itself, so never found in the cache)
            return ""
        key = (value, unit)
        hit = self._amounts.get(key)
        if hit is None:
            if len(self._amounts) > CACHE_LIMIT:
                self._amounts.clear()
            hit = self._amounts[key] = (
                format_quantity(value, unit)
                if self.english
                else format_amount(value, unit, self.language)
            )
        return hit

    def period(self, start: int, end: int, point: bool) -> str:
        """ "Jan–Oct 2025" (en), "янв.–окт. 2025" (ru), "2025年1—10月" (zh)."""
        key = (start, end, point)
        hit = self._periods.get(key)
        if hit is None:
            hit = self._periods[key] = (
                period_label(start, end, point)
                if self.english
                else format_period(start, end, point, self.language)
            )
        return hit

    def _kept(self, key: tuple[str, ...] | tuple[float, str, str], text: Callable[[], str]) -> str:
        hit = self._other.get(key)
        if hit is None:
            if len(self._other) > CACHE_LIMIT:
                self._other.clear()
            hit = self._other[key] = text()
        return hit

    def day(self, iso: str) -> str:
        """A day ("2024-01-15") in the language's long form; an ISO week as it is."""
        if self.english:
            return iso
        return self._kept(("day", iso), lambda: format_day(iso, self.language))

    def qualifier(self, code: str) -> str:
        return self._words.get(code, code)

    def status(self, code: str) -> str:
        return self._statuses.get(code, code)

    def claim_mark(self, verdict: str, marks: Mapping[str, str]) -> str:
        """A claim verdict's mark (``marks``: marked with QT_TRANSLATE_NOOP in context
        "columns"), translated once; the verdict itself when it has none."""
        hit = self._marks.get(verdict)
        if hit is None:
            mark = marks.get(verdict)
            hit = self._marks[verdict] = translate("columns", mark) if mark else verdict
        return hit

    def change(self, value: float, unit: str, qualifier: str) -> str:
        """A reported change: "more than +20 %", "более +20 %"; '' when there is none."""
        if value != value:  # NaN: no change claimed
            return ""
        if self.english:
            return change_words(value, unit, qualifier)
        return self._kept((value, unit, qualifier), lambda: self._change(value, unit, qualifier))

    def _change(self, value: float, unit: str, qualifier: str) -> str:
        core = (
            format_amount(value, "times", self.language)
            if unit == "times"
            else format_change(value, self.language, as_printed=True)
        )
        bound = CHANGE_BOUNDS.get(qualifier)
        return _tr(bound).format(change=core) if bound else core

    @staticmethod
    def typed_change(value: float, unit: str, qualifier: str) -> str:
        """A reported change as its editor shows it and
        :func:`app.domain.cell_edit.parse_change` reads it back ("more than +20 %")."""
        return change_words(value, unit, qualifier)

    def exact(self, value: float, unit: str) -> str:
        """The value in full with its unit (the value's tooltip)."""
        if self.english:
            return f"{value:,.2f} {unit}"
        return f"{desk_locale(self.language).toString(value, 'f', 2)} {unit}"

    def count(self, n: int) -> str:
        return f"{n:,}" if self.english else desk_locale(self.language).toString(n)

    def place(self, code: str) -> str:
        """A country's name in the language (CLDR through Babel), else the English one."""
        if self.english:
            return country_name(code)
        return self._kept(("place", code), lambda: place_name(code, self.language))

    def source_labels(self, sources: pd.DataFrame) -> dict[int, str]:
        """source_id -> "Trend, 2025-12-25" ("Trend, 25 декабря 2025 г." in Russian)."""
        labels = source_labels(sources)
        if not self.english:
            published = sources["published"].astype(str)
            labels = pd.Series(
                [
                    f"{label[: len(label) - len(day) - 2]}, {format_day(day, self.language)}"
                    if day
                    else label
                    for label, day in zip(labels, published, strict=True)
                ]
            )
        return dict(zip(sources["source_id"].astype(int), labels, strict=True))


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in this module) in the desk's language."""
    return translate("table_text", text)


def place_name(code: str, language: str) -> str:
    """The name of a country ``code`` in ``language`` (CLDR through Babel); the English
    name for a region, or where CLDR has none."""
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is not None:
        try:
            name = Locale.parse(desk_locale(language).name()).territories.get(country.alpha_2)
        except (ValueError, TypeError):
            name = None
        if name:
            return str(name)
    return country_name(code)


def amount(value: float, unit: str) -> str:
    """A quantity as the table shows it: "57,000 persons" in English (format_quantity),
    the briefing's words elsewhere ("57 000 чел.", "5.7万人次")."""
    language = current_language()
    if language == "en":
        return format_quantity(value, unit)
    return format_amount(value, unit, LANGUAGES[language][1])
