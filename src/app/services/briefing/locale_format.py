"""Numbers, dates and labels of a briefing in the reader's locale (Babel).

English press style writes "$2.44 billion"; Russian writes "2,44 млрд долл.". So English
uses Babel's *long* compact form and every other locale the *short* one; the currency goes
where the locale's currency pattern puts it. Babel has no word-style currency abbreviations
("долл."), so the few in use are listed here; any other currency falls back to Babel's symbol.

Only numbers, dates and the document's fixed labels are localised: the sentences of the
analytics are English (the app has no translations yet).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import (
    format_compact_decimal,
    format_decimal,
    get_currency_symbol,
    get_minus_sign_symbol,
)

from app.domain.model import qualifier_words
from app.domain.units import CURRENCIES

DEFAULT_LOCALE = "en"
#: locales offered by the dialog and the CLI (code -> name in that language)
LOCALES = {
    "en": "English",
    "ru": "Русский",
    "az": "Azərbaycan",
    "zh": "中文",
    "tr": "Türkçe",
    "fr": "Français",
    "de": "Deutsch",
}

_CURRENCY_WORDS = {
    "ru": {"USD": "долл.", "EUR": "евро", "AZN": "манат", "CNY": "юаней", "RUB": "руб."}
}
_UNIT_WORDS = {
    "en": {"persons": "people", "count": ""},
    "ru": {
        "persons": "чел.",
        "MW": "МВт",
        "kWh": "кВт·ч",
        "companies": "компаний",
        "trains": "поездов",
        "turbines": "турбин",
        "times": "раз",
        "count": "",
    },
}
_QUALIFIER_WORDS = {
    "ru": {
        "more_than": "более",
        "less_than": "менее",
        "about": "около",
        "nearly": "почти",
        "up_to": "до",
    },
}
LABELS = {
    "en": {
        "as_of": "As of",
        "sources": "Sources",
        "figures": "Figures used",
        "latest": "Latest figure",
        "conflicts": "Open conflicts between sources",
        "indicator": "Indicator",
        "period": "Period",
        "value": "Value",
        "unit": "Unit",
        "reporter": "Reporter",
        "status": "Status",
        "source": "Source",
        "change": "Change on a year earlier",
        "periods": "Periods",
        "chart": "Chart",
        "note": "Note",
        "events": "Events",
        "none": "No figures are stored for this selection.",
    },
    "ru": {
        "as_of": "По состоянию на",
        "sources": "Источники",
        "figures": "Использованные данные",
        "latest": "Последнее значение",
        "conflicts": "Расхождения между источниками",
        "indicator": "Показатель",
        "period": "Период",
        "value": "Значение",
        "unit": "Ед.",
        "reporter": "Источник данных",
        "status": "Статус",
        "source": "Источник",
        "change": "Изменение за год",
        "periods": "Периоды",
        "chart": "График",
        "note": "Примечание",
        "events": "События",
        "none": "Для этой выборки нет данных.",
    },
}


def check_locale(code: str) -> str:
    """``code`` if Babel knows it; raises ValueError otherwise (CLI and dialog input)."""
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"unknown locale {code!r}") from exc
    return code


def _lang(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0]


def label(key: str, locale: str) -> str:
    """A fixed word of the document in ``locale`` (English where there is no translation)."""
    return LABELS.get(_lang(locale), LABELS["en"]).get(key, LABELS["en"][key])


def _number(value: float, locale: str) -> str:
    """2.44e9 -> "2.44 billion" (en) / "2,44 млрд" (ru); small values in full."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        return f"{value:.4g}"  # beyond Babel's compact forms (and beyond any real figure)
    if abs(value) >= 1e6:
        style: Literal["short", "long"] = "long" if _lang(locale) == "en" else "short"
        return format_compact_decimal(value, format_type=style, locale=locale, fraction_digits=3)
    digits = "#,##0.####" if abs(value) < 1 else "#,##0.##"
    return format_decimal(value, format=digits, locale=locale)


def _currency(value: float, code: str, locale: str) -> str:
    number = _number(value, locale)
    word = _CURRENCY_WORDS.get(_lang(locale), {}).get(code)
    if word:
        return f"{number}\u00a0{word}"
    symbol = get_currency_symbol(code, locale=locale)
    prefix = Locale.parse(locale).currency_formats["standard"].pattern.startswith("¤")
    gap = "\u00a0" if symbol[-1:].isalpha() or not prefix else ""
    if not prefix:
        return f"{number}{gap}{symbol}"
    # a symbol in front takes the sign in front of it: "-$967.3 million", not "$-967.3 …"
    sign = get_minus_sign_symbol(locale) if value < 0 else ""
    return f"{sign}{symbol}{gap}{_number(abs(value), locale)}"


def format_amount(value: float, unit: str, locale: str = DEFAULT_LOCALE) -> str:
    """A quantity in ``locale``: "$2.44 billion", "57,000 people", "1 570 МВт", "14 %"."""
    if value is None or math.isnan(value):
        return ""
    if unit in CURRENCIES:
        return _currency(value, unit, locale)
    if unit == "USD/kWh":
        return f"{_currency(value, 'USD', locale)}/kWh"
    if unit == "percent":
        return f"{format_decimal(value, format='#,##0.##', locale=locale)}\u00a0%"
    word = _UNIT_WORDS.get(_lang(locale), {}).get(unit, unit)
    return f"{_number(value, locale)} {word}".strip()


def format_figure(value: float, unit: str, qualifier: str, locale: str = DEFAULT_LOCALE) -> str:
    """A figure with its bound word: "more than 57,000 people", "более 57 000 чел."."""
    words = _QUALIFIER_WORDS.get(_lang(locale))
    word = words.get(qualifier, "") if words is not None else qualifier_words(qualifier)
    return f"{word} {format_amount(value, unit, locale)}".strip()


def format_change(percent: float | None, locale: str = DEFAULT_LOCALE) -> str:
    """+21.9 % / −3,5 % ; '' when there is no change to show."""
    if percent is None or math.isnan(percent):
        return ""
    return f"{format_decimal(percent, format='+#,##0.0;-#,##0.0', locale=locale)}\u00a0%"


def format_day(iso: str, locale: str = DEFAULT_LOCALE) -> str:
    """ "2025-12-25" -> "25 December 2025" / "25 декабря 2025 г."; other text unchanged."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return format_date(day, format="long", locale=locale)
