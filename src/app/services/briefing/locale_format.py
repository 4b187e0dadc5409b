"""Numbers, periods, dates and labels of a briefing in the reader's language.

Words come from the message catalogue (:mod:`app.services.i18n`): unit nouns are plural
messages ("{n} train" / "{n} trains": CLDR plural rules pick "351 поезд", "352 поезда"),
periods and qualifiers are patterns ("{first}–{last} {year}" -> "{year}年{first}—{last}月"),
so a translator adds a language without touching this module. Numbers, month names and
dates come from Babel. English press style writes "$2.44 billion" (Babel's *long* compact
form and currency symbol); other languages use the *short* form and the catalogue's
currency word ("2,44 млрд долл.", "24.4亿美元"); Chinese groups by 万 from ten thousand.
A language without a catalogue gets English words around its own Babel numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, get_month_names
from babel.numbers import (
    NumberPattern,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_infinity_symbol,
    get_minus_sign_symbol,
    parse_pattern,
)

from app.domain.periods import PeriodKind, month_of, period_kind, period_label, year_of
from app.domain.units import CURRENCIES
from app.services.i18n import N_, NN_, NP_, language, translator

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

# The document's fixed words: key -> English message (or (context, message)).
_LABELS: dict[str, str | tuple[str, str]] = {
    "as_of": N_("As of"),
    "sources": N_("Sources"),
    "figures": N_("Figures used"),
    "latest": N_("Latest figure"),
    "conflicts": N_("Open conflicts between sources"),
    "indicator": N_("Indicator"),
    "period": N_("Period"),
    "value": N_("Value"),
    "unit": N_("Unit"),
    "reporter": N_("Reporter"),
    "status": N_("Status"),
    "source": N_("Source"),
    "change": N_("Change on a year earlier"),
    "periods": N_("Periods"),
    "chart": N_("Chart"),
    # TRANSLATORS: column heading of a table: a remark on a figure
    "note": NP_("column", "Note"),
    "events": N_("Events"),
    "none": N_("No figures are stored for this selection."),
    "key_messages": N_("Key messages"),
    "contents": N_("Contents"),
    "projects": N_("Projects"),
    "appendix": N_("Appendix: every figure used"),
    "page_of": N_("Page {page} of {pages}"),
    "period_covered": N_("Period covered"),
    "why": N_("Why it is here"),
    "topic": N_("Topic"),
    # TRANSLATORS: name of a briefing template: a one-to-two-page briefing note
    "template_note": NP_("template", "Note"),
    "template_dossier": NP_("template", "Dossier"),
    "template_table": NP_("template", "Table of figures"),
    "prepared": N_("Prepared with Corridor from the sources listed"),
    "chart_of": N_("Chart: {name}"),
}

# Periods. Babel gives the month names ({month}, {first}, {last}) in the width of
# _MONTH_WIDTH; {ordinal_year} is the year as an ordinal ("2025-ci") for the languages that
# say "of the year N" (Azerbaijani), the plain year elsewhere.
# TRANSLATORS: a calendar year, e.g. "2025"
_YEAR = N_("{year}")
# TRANSLATORS: a run of whole calendar years, e.g. "2019–2024"
_YEARS = N_("{first_year}–{last_year}")
# TRANSLATORS: one month, e.g. "Oct 2025"; also {ordinal_year} ("2025-ci" in az)
_MONTH = N_("{month} {year}")
# TRANSLATORS: a stock at the end of a month, e.g. "as of Aug 2025"; also {ordinal_year}
_POINT = N_("as of {month} {year}")
# TRANSLATORS: months of one year, e.g. "Jan–Oct 2025"; also {ordinal_year}
_SPAN = N_("{first}–{last} {year}")
# TRANSLATORS: months across years, e.g. "Nov 2024–Feb 2025"
_SPAN_YEARS = N_("{first} {first_year}–{last} {last_year}")
_QUARTERS = (
    # TRANSLATORS: first quarter of a year; also {ordinal_year} ("2025-ci" in az)
    N_("Q1 {year}"),
    # TRANSLATORS: second quarter of a year; also {ordinal_year}
    N_("Q2 {year}"),
    # TRANSLATORS: third quarter of a year; also {ordinal_year}
    N_("Q3 {year}"),
    # TRANSLATORS: fourth quarter of a year; also {ordinal_year}
    N_("Q4 {year}"),
)
_HALVES = (
    # TRANSLATORS: first half of a year; also {ordinal_year} ("2025-ci" in az)
    N_("H1 {year}"),
    # TRANSLATORS: second half of a year; also {ordinal_year}
    N_("H2 {year}"),
)
#: Babel month-name width of each language (default "abbreviated": "янв.", "Jan")
_MONTH_WIDTH: dict[str, Literal["abbreviated", "wide", "narrow"]] = {
    "az": "wide",
    "zh": "narrow",  # "1".."12": the pattern adds 月
}

# Units: "{n} <noun>", {n} the number formatted for the language; the plural form follows
# the number as printed (after "million" the noun agrees as after a count in the millions).
_UNITS = {
    # TRANSLATORS: persons counted, e.g. tourist arrivals
    "persons": NN_("{n} person", "{n} people"),
    # TRANSLATORS: megawatts of capacity
    "MW": NN_("{n} MW", "{n} MW"),
    # TRANSLATORS: kilowatt-hours of electricity
    "kWh": NN_("{n} kWh", "{n} kWh"),
    "companies": NN_("{n} company", "{n} companies"),
    # TRANSLATORS: freight trains
    "trains": NN_("{n} train", "{n} trains"),
    # TRANSLATORS: wind turbines
    "turbines": NN_("{n} turbine", "{n} turbines"),
    # TRANSLATORS: a multiple, "4.2 times as much"
    "times": NN_("{n} time", "{n} times"),
    "tonnes": NN_("{n} tonne", "{n} tonnes"),
    "hectares": NN_("{n} hectare", "{n} hectares"),
    # TRANSLATORS: cubic metres, e.g. of natural gas
    "m3": NN_("{n} cubic metre", "{n} cubic metres"),
}
# Currencies after an amount ("2.44 billion"); English prints Babel's "$2.44 billion" and a
# language without a translation Babel's symbol.
_CURRENCY_WORDS = {
    # TRANSLATORS: a currency after an amount, e.g. "2.44 billion US dollars"
    "USD": NN_("{amount} US dollar", "{amount} US dollars"),
    "EUR": NN_("{amount} euro", "{amount} euros"),
    "CNY": NN_("{amount} yuan", "{amount} yuan"),
    "AZN": NN_("{amount} manat", "{amount} manats"),
    "RUB": NN_("{amount} rouble", "{amount} roubles"),
    "GBP": NN_("{amount} pound sterling", "{amount} pounds sterling"),
    "TRY": NN_("{amount} Turkish lira", "{amount} Turkish liras"),
}
# TRANSLATORS: a price per kilowatt-hour, e.g. "$0.05/kWh"
_PER_KWH = N_("{price}/kWh")
# Bounds of a figure. {amount_from}: the amount in the ablative case where the language has
# one (Azerbaijani "57 000 nəfərdən"), else the amount.
_QUALIFIERS = {
    # TRANSLATORS: a bound; also {amount_from}, the ablative ("57 000 nəfərdən" in az)
    "more_than": N_("more than {amount}"),
    # TRANSLATORS: a bound; also {amount_from}, the ablative ("57 000 nəfərdən" in az)
    "less_than": N_("less than {amount}"),
    "about": N_("about {amount}"),
    "nearly": N_("nearly {amount}"),
    "up_to": N_("up to {amount}"),
}
#: languages whose compact numbers start at ten thousand (万)
_MYRIAD = frozenset({"zh", "ja"})
#: plural count for an amount printed with a scale word ("2,44 млрд"): the noun agrees with
#: "billion", like after a count in the millions
_MANY = 1_000_000


def check_locale(code: str) -> str:
    """``code`` if Babel knows it; raises ValueError otherwise (CLI and dialog input)."""
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"unknown locale {code!r}") from exc
    return code


def label(key: str, locale: str) -> str:
    """A fixed word of the document in ``locale`` (English where there is no translation)."""
    message = _LABELS[key]
    tr = translator(locale)
    if isinstance(message, tuple):
        return tr.pgettext(*message)
    return tr.gettext(message)


# --- periods ---------------------------------------------------------------------------


def format_period(start: int, end: int, point: bool = False, locale: str = DEFAULT_LOCALE) -> str:
    """A period in words: "Jan–Oct 2025" (en, as :func:`period_label`), "янв.–окт. 2025",
    "2025-ci ilin yanvar–oktyabr", "2025年1—10月"; whole years "2019–2024"."""
    tr = translator(locale)
    kind = period_kind(start, end, point)
    y, y2 = year_of(start), year_of(end)
    if kind is PeriodKind.RANGE and month_of(start) == 1 and month_of(end) == 12:
        return tr.format(_YEARS, first_year=y, last_year=y2)
    if not tr.has_catalogue:
        return period_label(start, end, point)
    names = get_month_names(_MONTH_WIDTH.get(tr.language, "abbreviated"), "stand-alone", locale)
    first, last = names[month_of(start)], names[month_of(end)]
    message = {
        PeriodKind.POINT: _POINT,
        PeriodKind.YEAR: _YEAR,
        PeriodKind.HALF: _HALVES[(month_of(start) - 1) // 6],
        PeriodKind.QUARTER: _QUARTERS[(month_of(start) - 1) // 3],
        PeriodKind.MONTH: _MONTH,
    }.get(kind, _SPAN if y == y2 else _SPAN_YEARS)
    ordinal = _az_ordinal(y) if tr.language == "az" else str(y)
    return tr.format(
        message,
        year=y,
        ordinal_year=ordinal,
        month=first,
        first=first,
        last=last,
        first_year=y,
        last_year=y2,
    )


# --- numbers ---------------------------------------------------------------------------


def _compacted(value: float, locale: str) -> bool:
    return abs(value) >= (1e4 if _language(locale) in _MYRIAD else 1e6)


# Babel looks up the locale, parses the pattern and walks the locale data on every call
# (most of a 10,000-figure dossier's time, issue 21); the lookups are the same for every
# figure of a locale, so they are made once here and Babel's own NumberPattern.apply
# formats each number: the text is Babel's, byte for byte.


#: the language of a locale code, once per code (asked for each of 10,000 figures)
_language = cache(language)


@cache
def _locale(locale: str) -> Locale:
    return Locale.parse(locale)


@cache
def _pattern(pattern: str | NumberPattern) -> NumberPattern:
    return parse_pattern(pattern)


@dataclass(frozen=True)
class _Symbols:
    """A locale's number symbols (Latin digits), looked up once."""

    decimal: str
    group: str
    infinity: str


@cache
def _symbols(locale: str) -> _Symbols:
    loc = _locale(locale)
    return _Symbols(
        get_decimal_symbol(loc, numbering_system="latn"),
        get_group_symbol(loc, numbering_system="latn"),
        get_infinity_symbol(loc, numbering_system="latn"),
    )


@cache
def _quantum(places: int) -> Decimal:
    return Decimal(10) ** (-places)


def _apply(p: NumberPattern, value: Decimal, locale: str, quantize: bool = True) -> str:
    """``p.apply(value, locale, decimal_quantization=quantize)`` for a plain pattern (no
    exponent, significant digits or currency: Babel's own call for those), its steps
    with the locale's symbols looked up once."""
    if not _plain(p):
        return str(p.apply(value, _locale(locale), decimal_quantization=quantize))
    symbols = _symbols(locale)
    if p.scale:
        value = value.scaleb(p.scale)
    negative = int(value.is_signed())
    value = abs(value).normalize()
    low, high = p.frac_prec
    if not quantize:
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            high = max(high, -exponent)
    if value.is_infinite():
        number = symbols.infinity
    else:
        whole, _dot, fraction = f"{value.quantize(_quantum(high)):f}".partition(".")
        number = _grouped(whole, p, symbols.group) + _fraction(fraction or "0", low, high, symbols)
    text = "".join(
        (p.prefix[negative], number if p.number_pattern != "" else "", p.suffix[negative])
    )
    return _QUOTED.sub(lambda m: m.group(1) or "'", text) if "'" in text else text


_QUOTED = re.compile(r"'([^']*)'")


@cache
def _plain(p: NumberPattern) -> bool:
    """A pattern without exponent, significant digits or currency (once per pattern)."""
    return not (p.exp_prec or "@" in p.pattern or "¤" in p.pattern)


def _grouped(digits: str, p: NumberPattern, symbol: str) -> str:
    """The integer digits with group separators (``NumberPattern._format_int``)."""
    if len(digits) < p.int_prec[0]:
        digits = "0" * (p.int_prec[0] - len(digits)) + digits
    size, out = p.grouping[0], ""
    while len(digits) > size:
        out = symbol + digits[-size:] + out
        digits = digits[:-size]
        size = p.grouping[1]
    return digits + out


def _fraction(digits: str, low: int, high: int, symbols: _Symbols) -> str:
    """The fraction digits after the decimal symbol (``NumberPattern._format_frac``)."""
    if len(digits) < low:
        digits += "0" * (low - len(digits))
    if high == 0 or (low == 0 and int(digits) == 0):
        return ""
    while len(digits) > low and digits[-1] == "0":
        digits = digits[:-1]
    return symbols.decimal + digits


@dataclass(frozen=True)
class _Compact:
    """A locale's compact decimal forms of one style, looked up once
    (what ``babel.numbers._get_compact_format`` reads per call)."""

    locale: Locale
    #: magnitudes, largest first, and the divisor of each
    magnitudes: tuple[int, ...]
    #: the magnitudes negated (ascending: the first one a number reaches, by bisection)
    below: tuple[int, ...]
    divisors: dict[int, int | None]  # None: the pattern is "0" (no division)
    #: plural form -> magnitude (as text) -> pattern (parsed or as text)
    forms: dict[str, dict[str, str | NumberPattern]]
    #: magnitudes whose pattern is the same in every plural form (no rule to evaluate)
    one_form: frozenset[int]


@cache
def _compact(locale: str, style: Literal["short", "long"]) -> _Compact:
    loc = _locale(locale)
    data = loc.compact_decimal_formats[style]
    forms = {form: dict(data[form].items()) for form in data}
    magnitudes = tuple(sorted((int(m) for m in forms["other"]), reverse=True))
    divisors: dict[int, int | None] = {}
    for m in magnitudes:
        pattern = _pattern(forms["other"][str(m)]).pattern
        divisors[m] = None if pattern == "0" else m // (10 ** (pattern.count("0") - 1))
    one_form = frozenset(
        m
        for m in magnitudes
        if len({_shape(f[str(m)]) for f in forms.values() if str(m) in f}) == 1
    )
    below = tuple(-m for m in magnitudes)
    return _Compact(loc, magnitudes, below, divisors, forms, one_form)


def _shape(pattern: str | NumberPattern) -> tuple[object, ...]:
    """What a compact pattern prints (the locale data holds them parsed or as text)."""
    p = _pattern(pattern) if isinstance(pattern, str) else pattern
    return (p.pattern, p.prefix, p.suffix, p.grouping, p.int_prec, p.frac_prec, p.exp_prec)


def _compact_format(
    number: Decimal, c: _Compact, digits: int
) -> tuple[Decimal, str | NumberPattern | None]:
    """``babel.numbers._get_compact_format`` on the looked-up forms (same steps)."""
    if number.is_nan() or number.is_infinite():
        return number, None
    # compared as a float: the number is a float's shortest text (or a magnitude), and the
    # magnitudes (powers of ten below 2**53) are floats exactly, so the order is the same
    size = abs(float(number))
    # Babel walks the magnitudes from the largest and answers at the first the number
    # reaches: found here by bisection
    index = bisect_left(c.below, -size)
    if index == len(c.magnitudes):
        return number, None
    magnitude = c.magnitudes[index]
    divisor = c.divisors[magnitude]
    if divisor is None:
        return number, c.forms["other"][str(magnitude)]
    rounded = round(number / divisor, digits)
    if index > 0 and abs(rounded) * divisor >= c.magnitudes[index - 1]:
        bumped = Decimal(c.magnitudes[index - 1]).copy_sign(number)
        return _compact_format(bumped, c, digits)
    if magnitude in c.one_form:
        return rounded, c.forms["other"][str(magnitude)]
    form = c.locale.plural_form(abs(rounded).normalize())
    if form not in c.forms:
        form = "other"
    if rounded == 1 and str(magnitude) in c.forms.get("1", {}):
        form = "1"
    if str(magnitude) not in c.forms[form]:
        form = "other"
    return rounded, c.forms[form][str(magnitude)]


# A figure's number on integers (a dossier formats 10,000 of them; Decimal's arithmetic
# was most of the time): the float's shortest text (what ``Decimal(str(value))`` reads)
# as an integer of digits, rounded half to even as Decimal's quantize rounds, then Babel's
# own grouping and fraction steps. Anything else (an exponent in the text, a carry into
# the next magnitude, a plural-dependent pattern) takes the Decimal path above.


def _scaled_digits(value: float, places: int, shift: int) -> int | None:
    """``|value| / 10**shift`` rounded half to even to ``places`` decimals, times
    ``10**places``, exactly on the float's shortest text; None for a text with an
    exponent (below 1e-4 or from 1e16)."""
    text = float.__repr__(abs(value))  # str(value), also for a numpy float
    if "e" in text or "n" in text:  # an exponent, inf or nan
        return None
    whole, _dot, fraction = text.partition(".")
    digits = int(whole + fraction)
    drop = len(fraction) + shift - places
    if drop <= 0:
        return int(digits * 10**-drop)
    kept, rest = divmod(digits, 10**drop)
    half = 5 * 10 ** (drop - 1)
    return int(kept + 1 if rest > half or (rest == half and kept & 1) else kept)


def _digits_text(
    value: float, scaled: int, places: int, p: NumberPattern, low: int, high: int, locale: str
) -> str:
    """``_apply``'s text of a number held as ``scaled`` / 10**places (its sign from
    ``value``): the whole part grouped, the fraction to ``high`` digits, prefix and suffix."""
    symbols = _symbols(locale)
    whole, fraction = divmod(scaled, 10**places)
    digits = f"{fraction:0{places}d}" if places else "0"
    number = _grouped(str(whole), p, symbols.group) + _fraction(digits, low, high, symbols)
    negative = int(math.copysign(1.0, value) < 0)
    text = "".join(
        (p.prefix[negative], number if p.number_pattern != "" else "", p.suffix[negative])
    )
    return _QUOTED.sub(lambda m: m.group(1) or "'", text) if "'" in text else text


def _decimal_digits(value: float, p: NumberPattern, locale: str, high: int) -> str | None:
    """``_apply(p, Decimal(str(value)), locale)`` of a plain pattern without scale."""
    scaled = _scaled_digits(value, high, 0)
    if scaled is None:
        return None
    return _digits_text(value, scaled, high, p, p.frac_prec[0], high, locale)


@cache
def _power(divisor: int) -> int | None:
    """n where ``divisor`` is 10**n (None if it is not a power of ten)."""
    n = len(str(divisor)) - 1
    return n if 10**n == divisor else None


def _compact_digits(value: float, locale: str, c: _Compact) -> str | None:
    """``_compact_decimal`` of a finite float whose magnitude has one pattern for every
    plural form and does not round up into the next magnitude; None otherwise."""
    index = bisect_left(c.below, -abs(value))
    if index == len(c.magnitudes):
        return None
    magnitude = c.magnitudes[index]
    divisor = c.divisors[magnitude]
    if divisor is None or magnitude not in c.one_form or not math.isfinite(value):
        return None
    shift = _power(divisor)
    p = _pattern(c.forms["other"][str(magnitude)])
    if shift is None or not _plain(p) or p.scale:
        return None
    scaled = _scaled_digits(value, 3, shift)  # fraction_digits=3
    if scaled is None or (index > 0 and scaled * divisor >= c.magnitudes[index - 1] * 1000):
        return None
    # no quantization: as many fraction digits as the rounded number has (at least the
    # pattern's own)
    shown = len(f"{scaled % 1000:03d}".rstrip("0"))
    low, high = p.frac_prec
    return _digits_text(value, scaled, 3, p, low, max(high, shown), locale)


def _compact_decimal(value: float, locale: str, style: Literal["short", "long"]) -> str:
    """``format_compact_decimal(value, format_type=style, locale=locale,
    fraction_digits=3)``."""
    c = _compact(locale, style)
    fast = _compact_digits(value, locale, c) if isinstance(value, float) else None
    if fast is not None:
        return fast
    number, pattern = _compact_format(Decimal(str(value)), c, 3)
    found = c.locale.decimal_formats[None] if pattern is None else _pattern(pattern)
    return _apply(found, number, locale, quantize=False)


def _decimal(value: float | Decimal, pattern: str, locale: str) -> str:
    """``format_decimal(value, format=pattern, locale=locale)``."""
    p = _pattern(pattern)
    if isinstance(value, float) and _plain(p) and not p.scale:
        fast = _decimal_digits(value, p, locale, p.frac_prec[1])
        if fast is not None:
            return fast
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return _apply(p, number, locale)


def _number(value: float, locale: str) -> str:
    """2.44e9 -> "2.44 billion" (en) / "2,44 млрд" (ru) / "24.4亿" (zh); small values in full."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        return f"{value:.4g}"  # beyond Babel's compact forms (and beyond any real figure)
    if _compacted(value, locale):
        style: Literal["short", "long"] = "long" if _language(locale) == "en" else "short"
        return _compact_decimal(value, locale, style)
    digits = "#,##0.####" if abs(value) < 1 else "#,##0.##"
    return _decimal(value, digits, locale)


def _plural_count(value: float, locale: str) -> int:
    """The ``n`` that picks the plural form of the noun after ``value`` as printed."""
    if _compacted(value, locale):
        return _MANY
    shown = round(abs(value), 2)
    # a fraction takes the form of "2" ("4,2 раза", "2.5 turbines"), CLDR's "other"
    return int(shown) if shown == int(shown) else 2


def _currency(value: float, code: str, locale: str) -> str:
    # each branch formats its number once (a dossier formats 10,000 figures)
    words = _CURRENCY_WORDS.get(code)
    tr = translator(locale)
    if words is not None and tr.has_catalogue:
        return tr.nformat(*words, _plural_count(value, locale), amount=_number(value, locale))
    symbol, prefix, minus = _currency_parts(code, locale)
    gap = "\u00a0" if symbol[-1:].isalpha() or not prefix else ""
    if not prefix:
        return f"{_number(value, locale)}{gap}{symbol}"
    # a symbol in front takes the sign in front of it: "-$967.3 million", not "$-967.3 …"
    sign = minus if value < 0 else ""
    return f"{sign}{symbol}{gap}{_number(abs(value), locale)}"


@cache
def _currency_parts(code: str, locale: str) -> tuple[str, bool, str]:
    """(symbol of ``code``, whether it goes in front, the minus sign) in ``locale``."""
    prefix = _locale(locale).currency_formats["standard"].pattern.startswith("¤")
    return get_currency_symbol(code, locale=locale), prefix, get_minus_sign_symbol(locale)


def _percent(value: float, locale: str, pattern: str = "#,##0.##") -> str:
    """17.69 % (en keeps a no-break space), 17,69 % (ru), 17.69% (zh), 17,69% (az)."""
    if _language(locale) == "en":
        return f"{_decimal(value, pattern, locale)}\u00a0%"
    ours = _percent_pattern(pattern, locale)
    p = _pattern(ours)
    if isinstance(value, float) and p.scale == 2 and _plain(p):
        # the pattern multiplies by 100 what would be divided by 100: the float's own digits
        fast = _decimal_digits(value, p, locale, p.frac_prec[1])
        if fast is not None:
            return fast
    return _decimal(Decimal(str(value)) / 100, ours, locale)


@cache
def _percent_pattern(pattern: str, locale: str) -> str:
    """``pattern`` in the place of the number in ``locale``'s percent pattern."""
    locale_pattern = str(_locale(locale).percent_formats[None].pattern).split(";")[0]
    ours = locale_pattern.replace("#,##0", pattern.split(";")[0], 1)
    if ";" in pattern:  # an explicit sign: "+#,##0.0;-#,##0.0"
        ours = f"{ours};{locale_pattern.replace('#,##0', pattern.split(';')[1], 1)}"
    return ours


def format_amount(value: float, unit: str, locale: str = DEFAULT_LOCALE) -> str:
    """A quantity in ``locale``: "$2.44 billion", "57,000 people", "1 570 МВт", "351 поезд",
    "24.4亿美元", "5.7万人次", "17.69 %"."""
    if value is None or math.isnan(value):
        return ""
    if unit in CURRENCIES:
        return _currency(value, unit, locale)
    if unit == "USD/kWh":
        return translator(locale).format(_PER_KWH, price=_currency(value, "USD", locale))
    if unit == "percent":
        return _percent(value, locale)
    number = _number(value, locale)
    words = _UNITS.get(unit)
    if words is None:
        return f"{number} {unit if unit != 'count' else ''}".strip()
    return translator(locale).nformat(*words, _plural_count(value, locale), n=number)


def format_figure(value: float, unit: str, qualifier: str, locale: str = DEFAULT_LOCALE) -> str:
    """A figure with its bound word: "more than 57,000 people", "более 57 000 чел.",
    "57 000 nəfərdən çox", "超过5.7万人次"."""
    amount = format_amount(value, unit, locale)
    message = _QUALIFIERS.get(qualifier)
    if message is None:
        return amount
    tr = translator(locale)
    ablative = _az_ablative(amount) if tr.language == "az" else amount
    return tr.format(message, amount=amount, amount_from=ablative)


def format_change(
    percent: float | None, locale: str = DEFAULT_LOCALE, as_printed: bool = False
) -> str:
    """+21.9 % / −3,5 % / +21.9% (zh); '' when there is no change to show."""
    if percent is None or math.isnan(percent):
        return ""
    if as_printed:  # a reported change keeps its own precision: "+20 %", not "+20.0 %"
        return _percent(percent, locale, "+#,##0.##;-#,##0.##")
    return _percent(percent, locale, "+#,##0.0;-#,##0.0")


def format_day(iso: str, locale: str = DEFAULT_LOCALE) -> str:
    """ "2025-12-25" -> "December 25, 2025" / "25 декабря 2025 г." / "25 dekabr 2025" /
    "2025年12月25日"; other text unchanged."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return format_date(day, format="long", locale=locale)


# --- Azerbaijani grammar: suffixes follow the vowel of the last spoken word -----------------

_AZ_UNITS = ("sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz")
_AZ_TENS = ("", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan")
#: how abbreviations and signs are read aloud (their suffix follows the spoken word)
_AZ_SPOKEN = {"MVt": "meqavat", "kVt·saat": "saat", "mlrd": "milyard", "mln": "milyon", "%": "faiz"}
_AZ_POSSESSIVE = ("dolları", "lirəsi")  # "ABŞ dolları" -> "ABŞ dollarından"
_AZ_TRAILING_NUMBER = re.compile(r"(\d[\d\s\u00a0\u202f]*)(?:,(\d+))?$")


def _az_number_word(n: int) -> str:
    """The last word of ``n`` read aloud: 2025 -> "beş", 2030 -> "otuz", 2000 -> "min"."""
    n = abs(n)
    if n % 10 or n == 0:
        return _AZ_UNITS[n % 10]
    if n % 100:
        return _AZ_TENS[n % 100 // 10]
    if n % 1000:
        return "yüz"
    if n % 1_000_000:
        return "min"
    return "milyon" if n % 1_000_000_000 else "milyard"


def _az_last_vowel(word: str) -> str:
    vowels = [c for c in word.lower() if c in "aıoueəiöü"]
    return vowels[-1] if vowels else "ə"


def _az_ordinal(n: int) -> str:
    """2025 -> "2025-ci", 2024 -> "2024-cü", 2026 -> "2026-cı", 2019 -> "2019-cu"."""
    vowel = _az_last_vowel(_az_number_word(n))
    suffix = {"a": "cı", "ı": "cı", "o": "cu", "u": "cu", "ö": "cü", "ü": "cü"}.get(vowel, "ci")
    return f"{n}-{suffix}"


def _az_ablative(text: str) -> str:
    """ "57 000 nəfər" -> "57 000 nəfərdən", "1 570 MVt" -> "1 570 MVt-dan",
    "17,69%" -> "17,69%-dən" ("faiz"), "2,44 mlrd ABŞ dolları" -> "… ABŞ dollarından"."""
    word = text.split()[-1] if text.split() else text
    number = _AZ_TRAILING_NUMBER.search(text.rstrip("%"))
    if word[-1:].isdigit() or (word.endswith("%") and number):
        assert number is not None
        digits = number.group(2) or re.sub(r"\D", "", number.group(1))
        spoken = "faiz" if word.endswith("%") else _az_number_word(int(digits))
        hyphen = True
    else:
        bare = word.rstrip(".")
        spoken = _AZ_SPOKEN.get(bare, bare)
        hyphen = spoken != bare or word.endswith(".")
    suffix = "dan" if _az_last_vowel(spoken) in "aıou" else "dən"
    if hyphen:
        return f"{text}-{suffix}"
    return f"{text}n{suffix}" if word in _AZ_POSSESSIVE else f"{text}{suffix}"
