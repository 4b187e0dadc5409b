"""Pattern pieces, numbers in words and ordinals, shared by the claim vocabulary."""

from __future__ import annotations

import re

from app.services.extraction.period_words import CARDINALS

#: The pieces of every pattern: a letter (no digit, no "_"), a word start, a word end.
LETTER = r"[^\W\d_]"
WORD_START = r"(?<![^\W\d_])"
WORD_END = r"(?![^\W\d_])"

#: Cardinals for counts ("five projects", "пяти проектов", "beş layihə").
NUMBER_WORDS: dict[str, int] = {
    **CARDINALS,
    "a dozen": 12,
    "dozen": 12,
    "пятерых": 5,
    "шестью": 6,
    "одна": 1,
    "одно": 1,
    "две": 2,
    "трёх": 3,
    "четырёх": 4,
    "двенадцать": 12,
    "двенадцати": 12,
    "on bir": 11,
    "on iki": 12,
}
#: Words also common in other roles ("on" in English, "bir" = "a" in Azerbaijani).
_AMBIGUOUS = frozenset({"on", "bir"})
NUMBER_WORD = "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if w not in _AMBIGUOUS), key=len, reverse=True)
)

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
ZH_NUMBER = r"[0-9]+|[一二两三四五六七八九十百零]+"


def zh_number(text: str) -> int | None:
    """一..九十九 and 百 in Chinese numerals, or ASCII digits."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


#: Ordinals: "third", "3rd", "третий", "üçüncü" (stems matched at a word start).
ORDINAL_STEMS: tuple[tuple[str, int], ...] = (
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четвёрт", 4),
    ("четверт", 4),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
    ("birinci", 1),
    ("ikinci", 2),
    ("üçüncü", 3),
    ("dördüncü", 4),
    ("beşinci", 5),
    ("altıncı", 6),
    ("yeddinci", 7),
    ("səkkizinci", 8),
    ("doqquzuncu", 9),
    ("onuncu", 10),
)
ORDINAL_EN = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[0-9]{1,2}(?:st|nd|rd|th)"
)
ORDINAL_RU = r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)" + LETTER + "*"
ORDINAL_AZ = (
    r"birinci|ikinci|üçüncü|dördüncü|beşinci|altıncı|yeddinci|səkkizinci|doqquzuncu|onuncu"
    r"|[0-9]{1,2}-?(?:ci|cı|cu|cü)"
)
ORDINAL_ANY = rf"(?:{ORDINAL_EN}|{ORDINAL_RU}|{ORDINAL_AZ})"


def ordinal_value(word: str) -> int | None:
    w = word.lower()
    m = re.match(r"([0-9]{1,3})", w)
    if m:
        return int(m.group(1))
    for stem, n in ORDINAL_STEMS:
        if w.startswith(stem):
            return n
    return None


def count_value(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w) or zh_number(w)


ZH_CLAUSE = '，,。；;：:！!？?（）()“”"「」'
