"""Period vocabulary per language: month names, ordinal and cardinal words, year phrases.

Kept apart from :mod:`periods` so that adding a language is adding words, not logic.
"""

from __future__ import annotations

from app.services.extraction.languages import TABLES, fragments, joined

_L = r"[^\W\d_]"

# (prefix, month) in the order they are tried: longer prefixes first ("mayıs" before "may").
MONTH_STEMS: tuple[tuple[str, int], ...] = tuple(
    sorted(
        {stem: month for table in TABLES for stem, month in table.month_stems}.items(),
        key=lambda x: -len(x[0]),
    )
)
#: A month name in any supported language (English ones capitalised: "may" is a verb).
MONTH = joined("month_words")

CARDINALS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "один": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "dörd": 4,
    "dört": 4,
    "beş": 5,
    "altı": 6,
    "yeddi": 7,
    "yedi": 7,
    "səkkiz": 8,
    "sekiz": 8,
    "doqquz": 9,
    "dokuz": 9,
    "on": 10,
}
CARDINALS.update(
    {
        w: int(v)
        for t in TABLES
        for w, v in t.number_words.items()
        if v == int(v) and 1 <= v <= 12 and len(w) > 2 and w not in CARDINALS
    }
)
#: Chinese numerals up to twelve: "前三个月", "十月", "前两季度" (kept apart from the spaced
#: words above, which are matched as whole words).
ZH_CARDINALS: dict[str, int] = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
CARDINAL = r"(?:[0-9]{1,2}|" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")"

#: Ordinal stems of every language ("first", "перв", "birinchi", "პირველ") and Roman numerals.
ORDINALS: dict[str, int] = {
    **{stem.lower(): n for table in TABLES for stem, n in table.ordinals.items()},
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
}
ZH_ORDINALS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4, "上": 1, "下": 2}
_ROMAN = {"i", "ii", "iii", "iv"}
_STEMS = sorted((s for s in ORDINALS if s not in _ROMAN), key=len, reverse=True)
ORDINAL = r"(?:IV|I{1,3}(?![^\W\d_])|(?:" + "|".join(_STEMS) + r")" + _L + r"*)"
#: "first" in every language, for "the first nine months".
FIRST = (
    r"(?:"
    + "|".join(
        sorted((s for s, n in ORDINALS.items() if n == 1 and s != "i"), key=len, reverse=True)
    )
    + r")"
    + _L
    + r"*"
)
MONTH_NOUN = joined("month_nouns")
QUARTER_NOUN = joined("quarter_nouns")
HALF_NOUN = joined("half_nouns")

_REL_THIS = "|".join(fragments("this_year"))
_REL_LAST = "|".join(fragments("last_year"))
_YEAR_SUFFIX = (
    r"(?:[-‐]?(?:ci|cı|cu|cü)|['’]?(?:in|ın|un|ün|de|da|te|ta|ye|ya|e|a))?"
    r"(?:(?:\s*|[-‐])" + joined("year_suffixes") + ")?"
)


#: "1900.50 MW" is a quantity, not the year 1900 (a date "2025.10.15" still reads as one)
_NOT_DECIMAL = r"(?![.,][0-9](?![0-9]?[.\-/]))"


def year_expr(tag: str) -> str:
    """A year, absolute or relative, with named groups ``y<tag>``, ``this<tag>``, ``last<tag>``."""
    return (
        rf"(?:(?P<y{tag}>(?:19|20)[0-9]{{2}})(?![0-9]){_NOT_DECIMAL}{_YEAR_SUFFIX}"
        rf"|(?P<this{tag}>{_REL_THIS})|(?P<last{tag}>{_REL_LAST}))"
    )


# --- Chinese: months are numbers followed by 月 ("1—10月", "1月至10月"); no spaces ---------
#: A month number, in digits or Chinese numerals (longer alternatives first).
ZH_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
#: A count of months or quarters: "前10个月", "前三季度".
ZH_COUNT = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二两三四五六七八九])"
#: A day of a month: "8月1日", "8月1号".
ZH_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
#: Between two months or years: "1—10月", "1-10月", "1月至10月", "1~10月".
ZH_DASH = r"\s*(?:[-–—－~～]{1,2}|至|到)\s*"


def zh_year_expr(tag: str) -> str:
    """A Chinese year, ``y<tag>``/``this<tag>``/``last<tag>`` as in :func:`year_expr`:
    "2025年", "2025年度", "今年", "本年度", "去年", "上年"."""
    return (
        rf"(?:(?P<y{tag}>(?:19|20)[0-9]{{2}})\s*年度?"
        rf"|(?P<this{tag}>今年|本年度?)|(?P<last{tag}>去年|上一?年度?))"
    )


def month_number(word: str) -> int | None:
    """1..12 for a month word in any supported language, or a month number ("10", "十")."""
    if word.isascii() and word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    if word in ZH_CARDINALS:
        return ZH_CARDINALS[word]
    w = word.lower().rstrip(".")
    for stem, month in MONTH_STEMS:
        if w.startswith(stem):
            return month
    return None


def ordinal_number(word: str) -> int | None:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    if w in ZH_ORDINALS:
        return ZH_ORDINALS[w]
    for stem in _STEMS:
        if w.startswith(stem):
            return ORDINALS[stem]
    return None
