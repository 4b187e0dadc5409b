"""Bound words: "more than $2.44 billion", "nearly 50 percent", "57 mindən çox".

English, Russian and French put the bound before the figure; Azerbaijani and Turkish mostly
after it, on an ablative ("-dən/-dan çox", "-den fazla") or as a verb ("ötüb", "aştı").
A plain "21,9 faiz çoxdur" (21.9 percent more) is a direction of change, not a bound, so
the after-words only count with the ablative or as those verbs. Chinese has both, with no
spaces: "超过20%", "近50%", "约8亿美元", "不到5%" before; "20%以上", "5万多人", "300余家",
"8亿美元左右" after.
"""

from __future__ import annotations

import re

from app.services.extraction.languages import TABLES
from app.services.extraction.lexicon import ZH_MORE

_I = re.IGNORECASE
_L = r"[^\W\d_]"

_BEFORE_WORDS: tuple[tuple[str, str], ...] = (
    (
        "more_than",
        r"more\s+than|over|exceed" + _L + r"*|surpass" + _L + r"*|above|in\s+excess\s+of"
        r"|upwards\s+of|topp(?:ed|ing)|beyond|более|свыше|больше|превыси" + _L + r"*"
        r"|превыша" + _L + r"*|plus\s+de|ponad|przekroczy" + _L + r"*|over",
    ),
    ("less_than", r"less\s+than|fewer\s+than|under|below|менее|меньше|moins\s+de|poniżej"),
    ("up_to", r"up\s+to|jusqu'à"),
    (
        "nearly",
        r"nearly|almost|close\s+to|approaching|just\s+under|почти|около\s+почти|близко\s+к"
        r"|neredeyse|hemen\s+hemen|prawie|près\s+de|demək\s+olar\s+ki",
    ),
    (
        "about",
        r"about|approximately|approx\.?|around|roughly|some|circa|an\s+estimated|~|≈"
        r"|около|примерно|порядка|приблизительно|почти\s+около|təxminən|təqribən|yaklaşık"
        r"|environ|około|ok\.",
    ),
)
#: the words above and each language table's
_BEFORE_ALL = tuple(
    (q, "|".join([w, *(f for t in TABLES for f in t.bound_before.get(q, ()))]))
    for q, w in _BEFORE_WORDS
)
_FILLER = r"(?:(?:a|an|the|total|of|record|level|sum|some|в|на|a\s+total\s+of)\s+){0,3}"
_BEFORE = [
    (q, re.compile(r"(?<![^\W_])(?:" + w + r")\s+" + _FILLER + r"$", _I)) for q, w in _BEFORE_ALL
]
# Chinese bound words glued to the number, perhaps with "达/为/了/有" between ("约达", "近"
# but not "最近", "约" but not "签约"; "不超过" is at most, "不少于" at least).
_ZH_BEFORE_WORDS: tuple[tuple[str, str], ...] = (
    ("more_than", r"(?<!不)超过|(?<!不)超出?|逾|多于|突破|不少于|不低于|至少"),
    ("less_than", r"不到|不足|(?<!不)少于|(?<!不)低于|未达到?|未满"),
    ("up_to", r"不超过|不超|最多|至多|最高(?:可达)?"),
    ("nearly", r"将近|接近|近乎|几乎|(?<![最附邻])近"),
    ("about", r"大约|大概|约合|(?<![签合条公预节制邀契])约"),
)
_ZH_FILLER = r"(?:达到|达|为|了|有)?(?:人民币|美元)?[ \u00a0]?$"
_ZH_BEFORE = [(q, re.compile(r"(?:" + w + r")" + _ZH_FILLER)) for q, w in _ZH_BEFORE_WORDS]
_CLAUSE_MARKS = ",;:()，；：（）、。"

_ABL = r"(?:dən|dan|den|tan|ten|tən)"
_AFTER_WORDS: tuple[tuple[str, str], ...] = (
    (
        "more_than",
        r"\S*" + _ABL + r"\s+(?:çox|artıq|fazla|yuxarı|ziyadə)(?!" + _L + r")"
        r"|\S*\s+(?:aşkın|ötüb|ötmüşdür|keçib|keçmişdir|aştı|aşmıştır|aşıyor)",
    ),
    ("less_than", r"\S*" + _ABL + r"\s+(?:az|aşağı)(?!" + _L + r")"),
    ("nearly", r"\S*\s+(?:yaxın|yakın)(?!" + _L + r")"),
    ("about", r"\S*\s+(?:civarında|civarı)(?!" + _L + r")"),
    ("up_to", r"\S*\s+(?:qədər|kadar)(?!" + _L + r")"),
)
_AFTER_ALL = tuple(
    (q, "|".join([w, *(f for t in TABLES for f in t.bound_after.get(q, ()))]))
    for q, w in _AFTER_WORDS
)
_AFTER = [(q, re.compile(w, _I)) for q, w in _AFTER_ALL]
# Chinese words right after the figure ("20%以上", "8亿美元左右"); "多"/"余" right after the
# number or its magnitude ("5万多人", "300余家", "100多万").
_ZH_AFTER = re.compile(
    r"[ \u00a0]?(?:(?P<more_than>以上|之多|有余|开外)|(?P<about>左右|上下)"
    r"|(?P<less_than>以下)|(?P<up_to>以内|之内))"
)


def bound_before(sentence: str, start: int) -> str | None:
    """The bound written just before a figure starting at ``start`` (sentence offsets)."""
    window = sentence[max(0, start - 45) : start]
    cut = max(window.rfind(ch) for ch in _CLAUSE_MARKS)
    window = window[cut + 1 :] if cut >= 0 else window
    for qualifier, pattern in _BEFORE:
        if pattern.search(window):
            return qualifier
    for qualifier, pattern in _ZH_BEFORE:
        if pattern.search(window[-8:]):
            return qualifier
    return None


def bound_after(sentence: str, end: int) -> str | None:
    """The bound written just after a figure ending at ``end`` (Azerbaijani, Turkish,
    Chinese)."""
    zh = _ZH_AFTER.match(sentence, end)
    if zh is not None and zh.lastgroup is not None:
        return zh.lastgroup
    if ZH_MORE.match(sentence, end):
        return "more_than"
    word_start = sentence.rfind(" ", max(0, end - 40), end) + 1
    window = sentence[max(word_start, end - 40) : end + 30]
    for qualifier, pattern in _AFTER:
        if pattern.match(window):
            return qualifier
    return None


def bound_of(sentence: str, start: int, end: int, core_end: int = -1) -> str:
    """The qualifier of a figure: a bound word before it, after its number and magnitude
    ("57 mindən çox Çin turisti"), or after its unit; else 'exact'."""
    after = bound_after(sentence, core_end) if 0 <= core_end < end else None
    return bound_before(sentence, start) or after or bound_after(sentence, end) or "exact"
