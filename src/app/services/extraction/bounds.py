"""Bound words: "more than $2.44 billion", "nearly 50 percent", "57 mindən çox".

English, Russian and French put the bound before the figure; Azerbaijani and Turkish mostly
after it, on an ablative ("-dən/-dan çox", "-den fazla") or as a verb ("ötüb", "aştı").
A plain "21,9 faiz çoxdur" (21.9 percent more) is a direction of change, not a bound, so
the after-words only count with the ablative or as those verbs.
"""

from __future__ import annotations

import re

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
_FILLER = r"(?:(?:a|an|the|total|of|record|level|sum|some|в|на|a\s+total\s+of)\s+){0,3}"
_BEFORE = [
    (q, re.compile(r"(?<![^\W_])(?:" + w + r")\s+" + _FILLER + r"$", _I)) for q, w in _BEFORE_WORDS
]

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
_AFTER = [(q, re.compile(w, _I)) for q, w in _AFTER_WORDS]


def bound_before(sentence: str, start: int) -> str | None:
    """The bound written just before a figure starting at ``start`` (sentence offsets)."""
    window = sentence[max(0, start - 45) : start]
    cut = max(window.rfind(ch) for ch in ",;:()")
    window = window[cut + 1 :] if cut >= 0 else window
    for qualifier, pattern in _BEFORE:
        if pattern.search(window):
            return qualifier
    return None


def bound_after(sentence: str, end: int) -> str | None:
    """The bound written just after a figure ending at ``end`` (Azerbaijani, Turkish)."""
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
