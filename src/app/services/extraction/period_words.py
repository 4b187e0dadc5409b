"""Period vocabulary per language: month names, ordinal and cardinal words, year phrases.

Kept apart from :mod:`periods` so that adding a language is adding words, not logic.
"""

from __future__ import annotations

_L = r"[^\W\d_]"

# (prefix, month) in the order they are tried: longer or clashing prefixes first.
MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("janv", 1),
    ("jan", 1),
    ("янв", 1),
    ("yan", 1),
    ("oca", 1),
    ("sty", 1),
    ("févr", 2),
    ("fevr", 2),
    ("feb", 2),
    ("фев", 2),
    ("fev", 2),
    ("şub", 2),
    ("lut", 2),
    ("mars", 3),
    ("mar", 3),
    ("мар", 3),
    ("avr", 4),
    ("apr", 4),
    ("апр", 4),
    ("nis", 4),
    ("kwi", 4),
    ("mayıs", 5),
    ("may", 5),
    ("mai", 5),
    ("maj", 5),
    ("ма", 5),
    ("juin", 6),
    ("jun", 6),
    ("июн", 6),
    ("iyun", 6),
    ("haz", 6),
    ("cze", 6),
    ("juil", 7),
    ("jul", 7),
    ("июл", 7),
    ("iyul", 7),
    ("tem", 7),
    ("lip", 7),
    ("août", 8),
    ("aug", 8),
    ("авг", 8),
    ("avq", 8),
    ("ağu", 8),
    ("sie", 8),
    ("sep", 9),
    ("сен", 9),
    ("sen", 9),
    ("eyl", 9),
    ("wrz", 9),
    ("oct", 10),
    ("окт", 10),
    ("okt", 10),
    ("eki", 10),
    ("paź", 10),
    ("nov", 11),
    ("ноя", 11),
    ("noy", 11),
    ("kas", 11),
    ("lis", 11),
    ("déc", 12),
    ("dec", 12),
    ("дек", 12),
    ("dek", 12),
    ("ara", 12),
    ("gru", 12),
)

_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November"
    "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
#: A month name in any supported language (English ones capitalised: "may" is a verb).
MONTH = (
    r"(?:(?-i:" + _EN_MONTHS + r")\.?(?!" + _L + r")"
    r"|(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)" + _L + r"*"
    r"|ма[йяе](?!" + _L + r")"
    r"|(?:yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)" + _L + r"*"
    r"|may(?=\s+ay|ın|da|a)" + _L + r"*"
    r"|(?:ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)" + _L + r"*"
    r"|(?:janvier|février|avril|juillet|août|septembre|octobre|novembre|décembre)"
    r"|(?:stycz|lut|kwie|czerw|lip|sierp|wrze|paździer|listopad|grud)" + _L + r"*)"
)

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

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четв": 4,
    "birinci": 1,
    "ikinci": 2,
    "üçüncü": 3,
    "dördüncü": 4,
    "ilk": 1,
}
#: Chinese ordinals of quarters and halves: "第一季度"/"一季度", "上半年"/"下半年".
ZH_ORDINALS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4, "上": 1, "下": 2}
ORDINAL = (
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th|IV|I{1,3}|перв"
    + _L
    + r"*|втор"
    + _L
    + r"*|трет"
    + _L
    + r"*|четв"
    + _L
    + r"*|birinci|ikinci|üçüncü|dördüncü|ilk)"
)

_REL_THIS = (
    r"this\s+year(?:'s)?|the\s+current\s+year|current\s+year|текущего\s+года"
    r"|этого\s+года|нынешнего\s+года|текущем\s+году|этом\s+году|cari\s+il" + _L + r"*"
    r"|bu\s+il" + _L + r"*|bu\s+yıl" + _L + r"*|tego\s+roku|cette\s+année"
)
_REL_LAST = (
    r"last\s+year|the\s+previous\s+year|previous\s+year|the\s+preceding\s+year"
    r"|preceding\s+year|the\s+past\s+year|прошлого\s+года|прошлом\s+году|прошлый\s+год"
    r"|ötən\s+il" + _L + r"*|keçən\s+il" + _L + r"*|geçen\s+yıl" + _L + r"*"
    r"|ubiegłego\s+roku|l'année\s+dernière"
)
_YEAR_SUFFIX = (
    r"(?:[-‐]?(?:ci|cı|cu|cü)|['’]?(?:in|ın|un|ün|de|da|te|ta|ye|ya|e|a))?"
    r"(?:\s*(?:года|году|год|г\.|yılı"
    + _L
    + r"*|yıl"
    + _L
    + r"*|il"
    + _L
    + r"*|roku|r\.|թվական"
    + _L
    + r"*))?"
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
    for stem in ("перв", "втор", "трет", "четв"):
        if w.startswith(stem):
            return ORDINALS[stem]
    return None
