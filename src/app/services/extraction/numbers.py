"""A small grammar of printed numbers: digits, separators, magnitude words and units.

A number is found by one linear regex; its magnitude word and unit are then read from a
short window after it (and a currency sign or "yüzde" before it) with anchored patterns.
Separators follow the sentence's language: "57,000" is a thousand-grouped integer, "2,45"
and "748,8" decimal commas, "57.000" Turkish grouping, "1.543 billion" an English decimal.
Chinese glues magnitude and measure word to the number ("24.4亿美元", "5.7万人次", "347家"),
may write full-width digits ("２４．４％") and says "增长2倍" for three times the base (see
:data:`~app.services.extraction.lexicon.ZH_GROWTH_BY_TIMES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.extraction.compounds import HINT as SPELLED_HINT
from app.services.extraction.compounds import (
    MAGNITUDE_AFTER,
    SPELLED,
    compound_tail,
    spelled_value,
)
from app.services.extraction.lexicon import (
    CJK,
    COUNT_NOUNS,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    FULLWIDTH,
    MAG_STEMS,
    MAGNITUDES,
    SHORT_MAGNITUDES,
    UNIT_OF_GROUP,
    UNIT_SCALE,
    UNIT_WORDS,
    WHOLE_MAGNITUDES,
    ZH_COUNT_NOUNS,
    ZH_DOUBLING,
    ZH_DOUBLINGS,
    ZH_GROWTH_BY_TIMES,
    ZH_MAGNITUDES,
    ZH_MORE,
)
from app.services.extraction.sentences import DECIMAL_COMMA

_SPACES = " \u00a0\u202f\u2009"
NUMBER = re.compile(
    r"(?<![0-9A-Za-z.,])"
    r"(?:[0-9]{1,3}(?P<sep>[,.\u00a0\u202f\u2009 ])[0-9]{3}(?![0-9])"
    r"(?:(?P=sep)[0-9]{3}(?![0-9]))*+(?:[.,][0-9]++)?+"
    r"|[0-9]++(?:[.,][0-9]++)?+)"
    r"(?![0-9])"
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th|-?(?:c[iıuü]|[iıuü]nc[iıuü]|ая|ый|ой|го|е))(?![^\W\d_])")
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл"
    r"|авг|сен|окт|ноя|дек|yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr"
    r"|dekabr|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
)
_MONTH_AFTER = re.compile(r" " + _MONTH, re.IGNORECASE)
_CJK = re.compile(CJK)
#: a counter word after a number makes it a count, never a year ("2013 та компания")
_COUNTER = re.compile(r"\s+(?:та|ta|dona|дона|нафар|nafar)(?![^\W\d_])", re.IGNORECASE)
_MONTH_BEFORE = re.compile(_MONTH + r"[^\W\d_]*\.? $", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawFigure:
    """A number with what is printed around it, before bounds, periods and context."""

    start: int
    end: int
    value: float
    unit: str | None  # None: a bare number whose unit must come from context
    has_magnitude: bool
    year_like: bool  # a bare four-digit 1900..2100: probably a year, not a figure
    core_end: int = -1  # end of the number and its magnitude, before unit words
    scale: float = 1.0  # the magnitude the number was printed with ("75 millions" -> 1e6)


def number_value(digits: str, sep: str | None, lang: str, has_magnitude: bool) -> float:
    """The value of a digit string given its grouping separator and the language."""
    s = digits
    for ch in _SPACES:
        s = s.replace(ch, "")
    if sep is None:
        return float(s.replace(",", "."))
    if sep in _SPACES:
        return float(s.replace(",", "."))
    other = "." if sep == "," else ","
    if _is_decimal(sep, digits.count(sep), lang, has_magnitude, s):
        return float(s.replace(sep, "."))
    return float(s.replace(sep, "").replace(other, "."))


def _is_decimal(sep: str, groups: int, lang: str, has_magnitude: bool, s: str) -> bool:
    """Whether a lone separator before exactly three digits is really a decimal mark."""
    other = "." if sep == "," else ","
    if groups > 1 or other in s:
        return False
    if sep == ",":
        return has_magnitude and lang in DECIMAL_COMMA
    return has_magnitude or lang not in DECIMAL_COMMA


def scan_numbers(sentence: str, offset: int, lang: str) -> list[RawFigure]:
    """Every number in a sentence with its magnitude and unit; spans are text offsets."""
    sentence = sentence.translate(FULLWIDTH)  # one character for one: offsets unchanged
    out: list[RawFigure] = []
    last_end = 0
    found = [(m.start(), m.end(), m.group(), m.group("sep")) for m in NUMBER.finditer(sentence)]
    if SPELLED_HINT.search(sentence):
        found.extend(_spelled(sentence))
        found.sort()
    for start, pos, digits, sep in found:
        if start < last_end:
            continue  # a later piece of a compound number already read
        fig = _read(sentence, start, pos, digits, sep, lang)
        if fig is not None:
            last_end = fig.end
            out.append(
                RawFigure(
                    fig.start + offset,
                    fig.end + offset,
                    fig.value,
                    fig.unit,
                    fig.has_magnitude,
                    fig.year_like,
                    fig.core_end + offset,
                    fig.scale,
                )
            )
    if "翻" in sentence:
        out.extend(_doublings(sentence, offset))
        out.sort(key=lambda r: r.start)
    return out


def _doublings(s: str, offset: int) -> list[RawFigure]:
    """ "翻了一番" (doubled), "翻两番" (x4): a multiple written without digits."""
    out = []
    for m in ZH_DOUBLING.finditer(s):
        times = 2.0 ** ZH_DOUBLINGS.get(m.group("n") or "一", 1)
        start, end = m.start() + offset, m.end() + offset
        out.append(RawFigure(start, end, times, "times", False, False, end))
    return out


def _spelled(s: str) -> list[tuple[int, int, str, str | None]]:
    """Spelled numbers before a magnitude, as (start, end, value digits, no separator)."""
    out: list[tuple[int, int, str, str | None]] = []
    for m in SPELLED.finditer(s):
        value = spelled_value(m.group("words"))
        if value is not None and (value >= 2 or MAGNITUDE_AFTER.match(s, m.end())):
            out.append((m.start(), m.end(), repr(value), None))
    return out


def _read(
    s: str, start: int, pos: int, digits: str, sep: str | None, lang: str
) -> RawFigure | None:
    number_end = pos
    if s[pos : pos + 1] in ("-", "–", "/", ":") and s[pos + 1 : pos + 2].isdigit():
        return None  # a range "2019-2020", a date or a time: periods read those
    if s[start - 1 : start] == "第":
        return None  # "第3": an ordinal
    core_end = -1
    more = ZH_MORE.match(s, pos)
    if more is not None:  # "100多万": the bound word stands before the magnitude
        core_end, pos = pos, more.end()
    factor, pos = _magnitude(s, pos, lang)
    has_mag = factor != 1.0
    extra = 0.0
    if has_mag and digits.isdigit():
        extra, pos = compound_tail(
            s,
            pos,
            factor,
            lambda t, p: _magnitude(t, p, lang),
            lambda t, p: _unit_after(t, p, lang),
        )
    if core_end < 0:
        core_end = pos
        more = ZH_MORE.match(s, pos) if has_mag else None
        if more is not None:  # "5万多人"
            pos = more.end()
    # "347家", "2000多人": a Chinese measure word glued to the number; "2025年" is a year
    glued = _CJK.match(s, pos) is not None and s[pos] != "年"
    unit, scale, end = _unit_after(s, pos, lang)
    if unit is None:
        unit, start = _unit_before(s, start)
        if unit is not None and unit != "%":
            _u, _s, end = _currency_after(s, pos)
    if unit is None and (_ORDINAL.match(s, number_end) or _is_date(s, start, number_end)):
        return None
    try:
        value = (number_value(digits, sep, lang, has_mag) * factor + extra) * scale
    except ValueError:
        return None
    if value == 0:
        return None  # "$0. 0354": a broken number, never a figure of interest
    year_like = (
        not has_mag and len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100
    )
    if unit in ("count", "persons") and year_like and not glued and not _COUNTER.match(s, pos):
        return None  # "In 2023 Chinese companies ...": a year, not 2023 companies
    if (
        unit == "times"
        and "倍" in s[pos:end]
        and ZH_GROWTH_BY_TIMES.search(s[max(0, start - 12) : start])
    ):
        value += 1.0  # "增长2倍": grew by twice the base, to three times it
    year_like = year_like and unit is None and not glued and more is None
    return RawFigure(start, max(end, pos), value, unit, has_mag, year_like, core_end, factor)


def _magnitude(s: str, pos: int, lang: str) -> tuple[float, int]:
    m = MAGNITUDES.match(s, pos)
    if m is None:
        return 1.0, pos
    if m.group("short"):
        glued = m.start("short") == pos
        return (SHORT_MAGNITUDES[m.group("short").lower()], m.end()) if glued else (1.0, pos)
    if m.group("zh"):
        return ZH_MAGNITUDES[m.group("zh")], m.end()
    word = m.group("word").lower()
    whole = WHOLE_MAGNITUDES.get(word.rstrip("."))
    if whole is not None:
        return whole, m.end()
    for stem, factor, only in MAG_STEMS:
        if word.startswith(stem) and (not only or lang == only):
            return factor, m.end()
    return 1.0, pos


def _unit_after(s: str, pos: int, lang: str) -> tuple[str | None, float, int]:
    unit, scale, end = _currency_after(s, pos)
    if unit is not None:
        return unit, scale, end
    m = UNIT_WORDS.match(s, pos)
    if m is not None and m.lastgroup is not None:
        return UNIT_OF_GROUP[m.lastgroup], UNIT_SCALE.get(m.lastgroup, 1.0), m.end()
    for nouns in (COUNT_NOUNS, ZH_COUNT_NOUNS):
        m = nouns.match(s, pos)
        if m is not None:
            return ("persons" if m.group("persons") else "count"), 1.0, m.end()
    return None, 1.0, pos


def _currency_after(s: str, pos: int) -> tuple[str | None, float, int]:
    m = CURRENCY_AFTER.match(s, pos)
    if m is None or m.lastgroup is None:
        return None, 1.0, pos
    return m.lastgroup, 1.0, m.end()


def _unit_before(s: str, start: int) -> tuple[str | None, int]:
    window = s[max(0, start - 12) : start]
    m = CURRENCY_BEFORE.search(window)
    if m is None or m.lastgroup is None:
        return None, start
    unit = "%" if m.lastgroup == "pct" else m.lastgroup
    return unit, start - (len(window) - m.start())


def _is_date(s: str, start: int, end: int) -> bool:
    """ "December 25", "8 January", "25 декабря": a day of a month, not a figure."""
    return bool(_MONTH_AFTER.match(s, end) or _MONTH_BEFORE.search(s[max(0, start - 14) : start]))
