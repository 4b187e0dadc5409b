"""A column of figures in the reader's language at once: :func:`format_figures` is
:func:`~app.services.briefing.locale_format.format_figure` of every figure of a table.

A dossier prints 10,000 figures; formatting them one by one cost more Python steps per
figure than the rest of the briefing. Here the rounding is done on arrays (one float
operation per column), and each text is put together from parts looked up once per
pattern: the prefix and suffix, the whole number, a table of fraction texts, the unit's
words per plural count. The texts are the scalar functions' own, byte for byte: a figure
whose rounding the float cannot decide (a half-way digit, a carry into the next
magnitude) or whose pattern is not plain goes through the scalar function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import repeat
from typing import Literal

import numpy as np
from babel.numbers import NumberPattern

from app.domain.units import CURRENCIES
from app.services.briefing.locale_format import (
    _CURRENCY_WORDS,
    _MANY,
    _MYRIAD,
    _QUALIFIERS,
    _UNITS,
    _az_ablative,
    _compact,
    _currency_parts,
    _fraction,
    _grouped,
    _language,
    _number,
    _pattern,
    _percent,
    _percent_pattern,
    _plain,
    _power,
    _symbols,
    format_amount,
)
from app.services.i18n import translator

#: a scaled number this close to a half-way point (absolute, or relative to the number)
#: is rounded by the scalar path: the float's error (two operations and the distance to
#: its shortest text, under 1e-15 of the number) is far smaller, so elsewhere the float's
#: rounding is the rounding of the float's shortest text (what Babel rounds)
_HALF_WAY = 1e-6
_RELATIVE = 1e-12
_LARGEST = 1e12


@cache
def _fractions(locale: str, places: int, low: int, high: int, compact: bool) -> tuple[str, ...]:
    """The fraction text of each fraction 0..10**places-1 (``_digits_text``'s): with as many
    digits as the number has when ``compact`` (no quantization), else to ``high``."""
    symbols = _symbols(locale)
    out = []
    for k in range(10**places):
        digits = f"{k:0{places}d}" if places else "0"
        shown = max(high, len(digits.rstrip("0"))) if compact else high
        out.append(_fraction(digits, low, shown, symbols))
    return tuple(out)


def _texts(
    size: np.ndarray,
    negative: Sequence[bool],
    p: NumberPattern,
    locale: str,
    shift: int,
    places: int,
    compact: bool,
    limit: int | None = None,
    scale_undone: bool = False,
) -> list[str | None]:
    """``size / 10**shift`` rounded half to even to ``places`` decimals, printed by the
    plain pattern ``p`` (its sign from ``negative``); None where the scalar path decides
    (half-way, at or over ``limit`` once scaled, or a quote in the pattern's affixes);
    ``scale_undone``: the caller divided what the pattern's scale multiplies back."""
    if (
        not _plain(p)
        or (p.scale and not scale_undone)
        or p.number_pattern == ""
        or "'" in "".join(p.prefix + p.suffix)
    ):
        return [None] * len(size)
    scaled = size / 10.0**shift * 10.0**places
    with np.errstate(invalid="ignore"):  # an infinite value is not decided (the scalar's)
        off = np.abs(scaled - np.floor(scaled) - 0.5)
        decided = (off > np.maximum(_HALF_WAY, scaled * _RELATIVE)) & (scaled < _LARGEST)
    rounded = np.rint(np.where(decided, scaled, 0.0)).astype(np.int64)
    if limit is not None:
        decided &= rounded < limit
    whole, fraction = np.divmod(rounded, 10**places)
    fractions = _fractions(locale, places, p.frac_prec[0], p.frac_prec[1], compact)
    texts: list[str | None] = list(
        map(
            "".join,
            zip(
                map(p.prefix.__getitem__, negative),
                _wholes(whole, p, locale),
                map(fractions.__getitem__, fraction.tolist()),
                map(p.suffix.__getitem__, negative),
                strict=True,
            ),
        )
    )
    if not decided.all():
        for j in np.flatnonzero(~decided).tolist():
            texts[j] = None
    return texts


def _wholes(whole: np.ndarray, p: NumberPattern, locale: str) -> list[str]:
    """The whole parts' digits grouped as ``_grouped`` groups them (Python's own "," for
    groups of three, then the locale's symbol)."""
    group = _symbols(locale).group
    if p.grouping == (3, 3) and p.int_prec[0] <= 1:
        texts = list(map(format, whole.tolist(), repeat(",")))
        return texts if group == "," else list(map(str.replace, texts, repeat(","), repeat(group)))
    least, most = 10 ** (p.int_prec[0] - 1), 10 ** p.grouping[0]
    return [str(w) if least <= w < most else _grouped(str(w), p, group) for w in whole.tolist()]


def _compact_texts(
    size: np.ndarray, negative: Sequence[bool], locale: str, style: Literal["short", "long"]
) -> list[str | None]:
    """``_compact_decimal`` of each size, by magnitude (every number of a magnitude shares
    its pattern); None for the scalar path."""
    c = _compact(locale, style)
    index = np.searchsorted(np.asarray(c.below, dtype="float64"), -size, side="left")
    out: list[str | None] = [None] * len(size)
    for i in np.unique(index).tolist():
        if i == len(c.magnitudes):
            continue
        magnitude = c.magnitudes[i]
        divisor = c.divisors[magnitude]
        shift = _power(divisor) if divisor is not None else None
        if shift is None or magnitude not in c.one_form:
            continue
        at = np.flatnonzero(index == i)
        # a number rounding up to the next magnitude is printed in it (Babel's carry)
        limit = c.magnitudes[i - 1] * 1000 // divisor if i > 0 else None
        p = _pattern(c.forms["other"][str(magnitude)])
        texts = _texts(
            size[at], [negative[j] for j in at.tolist()], p, locale, shift, 3, True, limit
        )
        for j, text in zip(at.tolist(), texts, strict=True):
            out[j] = text
    return out


def _decimal_texts(
    size: np.ndarray, negative: Sequence[bool], pattern: str, locale: str
) -> list[str | None]:
    """``_decimal(value, pattern, locale)`` of each value; None for the scalar path."""
    p = _pattern(pattern)
    return _texts(size, negative, p, locale, 0, p.frac_prec[1], False)


def _filled(
    texts: list[str | None], values: np.ndarray, scalar: Callable[[float], str]
) -> list[str]:
    """``texts`` with the scalar function's text where a text is missing."""
    if None in texts:
        return [
            t if t is not None else scalar(v) for t, v in zip(texts, values.tolist(), strict=True)
        ]
    return texts  # type: ignore[return-value]


def numbers(values: np.ndarray, locale: str) -> list[str]:
    """``_number`` of each value (finite or not)."""
    size = np.abs(values)
    negative = np.signbit(values)
    out = np.full(len(values), None, dtype=object)
    finite = np.isfinite(values) & (size < 1e15)
    compacted = finite & (size >= (1e4 if _language(locale) in _MYRIAD else 1e6))
    small = finite & ~compacted & (size < 1)
    rest = finite & ~compacted & ~small
    style: Literal["short", "long"] = "long" if _language(locale) == "en" else "short"
    texts: Callable[[np.ndarray, list[bool]], list[str | None]]
    for mask, texts in (
        (compacted, lambda s, n: _compact_texts(s, n, locale, style)),
        (small, lambda s, n: _decimal_texts(s, n, "#,##0.####", locale)),
        (rest, lambda s, n: _decimal_texts(s, n, "#,##0.##", locale)),
    ):
        if mask.any():
            out[mask] = _objects(texts(size[mask], negative[mask].tolist()))
    return _filled(out.tolist(), values, lambda v: _number(v, locale))


def _objects(texts: list[str | None]) -> np.ndarray:
    """``texts`` as an object array (numpy would make a list of texts a string array)."""
    out = np.empty(len(texts), dtype=object)
    out[:] = texts
    return out


def _counts(values: np.ndarray, locale: str) -> np.ndarray:
    """``_plural_count`` of each finite value: the number as printed decides the noun's
    form. ``round(|v|, 2)`` is a whole number exactly when |v| is less than 0.005 from
    one (no float is exactly 0.005 from a whole number, and the difference is exact)."""
    size = np.abs(values)
    nearest = np.rint(size)
    with np.errstate(invalid="ignore"):  # infinite: compacted below
        whole = np.abs(size - nearest) < 0.005
    compacted = size >= (1e4 if _language(locale) in _MYRIAD else 1e6)
    counts = np.where(whole, nearest, 2.0)
    return np.where(compacted, float(_MANY), counts).astype(np.int64)


def _counted(
    words: tuple[str, str], values: np.ndarray, texts: list[str], locale: str, name: str
) -> list[str]:
    """Each text in the plural form of its count ("{n} people", "{amount} US dollars"):
    the message chosen, and split around its placeholder, once per count."""
    tr = translator(locale)
    counts = _counts(values, locale).tolist()
    around: dict[int, tuple[str, str] | None] = {}
    for count in set(counts):
        message = tr.ngettext(*words, count)
        head, mark, tail = message.partition("{" + name + "}")
        plain = mark and "{" not in head + tail and "}" not in head + tail
        around[count] = (head, tail) if plain else None
    if all(parts is not None for parts in around.values()):  # no Python step per figure
        heads = {c: parts[0] for c, parts in around.items() if parts is not None}
        tails = {c: parts[1] for c, parts in around.items() if parts is not None}
        return list(
            map(
                "".join,
                zip(
                    map(heads.__getitem__, counts),
                    texts,
                    map(tails.__getitem__, counts),
                    strict=True,
                ),
            )
        )
    out = []
    for count, text in zip(counts, texts, strict=True):
        params: dict[str, object] = {"n": count}
        params[name] = text  # "n" itself when the number is the noun's count
        out.append(tr.ngettext(*words, count).format(**params))
    return out


def _percents(values: np.ndarray, locale: str, pattern: str = "#,##0.##") -> list[str]:
    """``_percent(value, locale, pattern)`` of each value."""
    size, negative = np.abs(values), np.signbit(values).tolist()
    if _language(locale) == "en":
        texts = _decimal_texts(size, negative, pattern, locale)
        return [
            f"{t}\u00a0%" if t is not None else _percent(v, locale, pattern)
            for t, v in zip(texts, values.tolist(), strict=True)
        ]
    p = _pattern(_percent_pattern(pattern, locale))
    if p.scale != 2:
        return [_percent(v, locale, pattern) for v in values.tolist()]
    # the pattern multiplies by 100 what _percent divides by 100: the value's own digits
    texts = _texts(size, negative, p, locale, 0, p.frac_prec[1], False, scale_undone=True)
    return _filled(texts, values, lambda v: _percent(v, locale, pattern))


def format_changes(percents: Sequence[float | None], locale: str) -> list[str]:
    """``format_change(percent, locale)`` of each change ('' for None or NaN), a column at
    once (a dossier's 400 headlines state theirs twice: in the key messages' candidates
    and in the sections)."""
    values = np.array([np.nan if p is None else p for p in percents], dtype="float64")
    shown = ~np.isnan(values)
    out = [""] * len(values)
    at = np.flatnonzero(shown).tolist()
    texts = _percents(values[shown], locale, "+#,##0.0;-#,##0.0") if at else []
    for i, text in zip(at, texts, strict=True):
        out[i] = text
    return out


#: units whose amounts print their own numbers (not ``numbers`` of the values)
_OWN_NUMBERS = frozenset({"percent", "USD/kWh"})


def amounts(
    values: np.ndarray, unit: str, locale: str, texts: list[str] | None = None
) -> list[str]:
    """``format_amount(value, unit, locale)`` of each (finite) value; ``texts``: the
    values' ``numbers`` when the caller made them already (for several units at once)."""
    tr = translator(locale)
    if texts is None and unit not in _OWN_NUMBERS:
        texts = numbers(values, locale)
    if unit in CURRENCIES:
        assert texts is not None
        words = _CURRENCY_WORDS.get(unit)
        if words is not None and tr.has_catalogue:
            return _counted(words, values, texts, locale, "amount")
        symbol, prefix, minus = _currency_parts(unit, locale)
        gap = "\u00a0" if symbol[-1:].isalpha() or not prefix else ""
        if not prefix:
            return list(map(("{}" + gap + symbol).format, texts))
        if not np.signbit(values).any():
            return list(map((symbol + gap).__add__, texts))
        # a symbol in front takes the sign: "-$967.3 million"
        signs = np.where(values < 0, minus, "").tolist()
        texts = numbers(np.abs(values), locale)
        return [f"{s}{symbol}{gap}{n}" for s, n in zip(signs, texts, strict=True)]
    if unit == "percent":
        return _percents(values, locale)
    if unit == "USD/kWh":
        return [format_amount(v, unit, locale) for v in values.tolist()]
    assert texts is not None
    words = _UNITS.get(unit)
    if words is None:
        word = unit if unit != "count" else ""
        return list(map(str.strip, map(("{} " + word).format, texts)))
    return _counted(words, values, texts, locale, "n")


def format_figures(
    values: Sequence[float], units: Sequence[str], qualifiers: Sequence[str], locale: str
) -> list[str]:
    """``format_figure(value, unit, qualifier, locale)`` of each figure, a column at once:
    the numbers of every unit in one pass (a magnitude's numbers share their pattern
    whatever their unit), then each unit's words around them."""
    array = np.asarray(values, dtype="float64")
    out = np.empty(len(array), dtype=object)
    keys = list(zip(units, qualifiers, strict=True))
    index = {key: i for i, key in enumerate(dict.fromkeys(keys))}
    codes = np.fromiter(map(index.__getitem__, keys), dtype=np.int64, count=len(keys))
    present = ~np.isnan(array)
    counted = [code for (unit, _q), code in index.items() if unit not in _OWN_NUMBERS]
    shared = present & np.isin(codes, counted)
    number_texts = np.empty(len(array), dtype=object)
    number_texts[shared] = _objects(list(numbers(array[shared], locale)))
    tr = translator(locale)
    for (unit, qualifier), code in index.items():
        where = np.flatnonzero(codes == code) if len(index) > 1 else np.arange(len(keys))
        found = where[present[where]]
        texts = amounts(
            array[found],
            unit,
            locale,
            number_texts[found].tolist() if unit not in _OWN_NUMBERS else None,
        )
        if len(found) < len(where):  # a missing value's amount is empty (its bound word stays)
            it = iter(texts)
            texts = [next(it) if p else "" for p in present[where].tolist()]
        message = _QUALIFIERS.get(qualifier)
        if message is not None:
            bound = tr.gettext(message)
            az = tr.language == "az"
            texts = [
                bound.format(amount=t, amount_from=_az_ablative(t) if az else t) for t in texts
            ]
        out[where] = _objects(list(texts))
    done: list[str] = out.tolist()
    return done


__all__ = ["amounts", "format_changes", "format_figures", "numbers"]
