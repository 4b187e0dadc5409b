"""Numbers written in more than one piece: "214 milyon 306 min dollar", "2181亿7600万美元",
"3 milyon 208 bin 119 kişi" (one figure each), and spelled-out numbers before a magnitude:
"uch milliard dollar", "около двух тысяч", "бес мыңға жуық", "two billion".

A piece joins the figure before it only when it is smaller than one unit of that figure's
magnitude (306 thousand < 1 million), nothing but spaces stand between, and the first piece is
a whole number (the last may have decimals: "2 milyar 171,8 milyon"); a bare trailing number
("… 208 bin 119 kişi") joins only when a unit follows it, or a word when it counts units after
thousands ("29 milyon 53 bin 450 oldu"). So "2 million 2023" or "$1.5 billion, 300 million"
stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.services.extraction.languages import TABLES
from app.services.extraction.lexicon import MAG_STEMS, WHOLE_MAGNITUDES

_GAP = re.compile(r"[ \u00a0\u202f\u2009]*")
_PIECE = re.compile(r"[0-9]{1,4}(?:[.,][0-9]{1,3})?(?![0-9]|[.,][0-9])")
#: what may follow a bare last piece when no unit does ("29 milyon 53 bin 450 oldu")
_END = re.compile(r"\s*(?:[^\W\d_]|[.,;)'’]|$)")

#: Spelled numbers of every language, whole words, lower case.
NUMBER_WORDS: dict[str, float] = {w: v for t in TABLES for w, v in t.number_words.items()}
_WORD = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_MAG = "|".join(
    re.escape(s)
    for s in sorted({*WHOLE_MAGNITUDES, *(s for s, _f, _l in MAG_STEMS)}, key=len, reverse=True)
)
#: multiples a spelled number may stand before ("üç kat", "в два раза", "екі есе")
_TIMES = "|".join(sorted({f for t in TABLES for f in t.times}, key=len, reverse=True))
#: a magnitude right after spelled words ("uch milliard"), not only a multiple ("une fois")
MAGNITUDE_AFTER = re.compile(rf"[ \u00a0-](?:{_MAG})", re.IGNORECASE)
#: the words of magnitudes and multiples, for a cheap test before looking for spelled numbers
HINT = re.compile(rf"(?<![0-9])[ \u00a0-](?:{_MAG}|{_TIMES})", re.IGNORECASE)
SPELLED = re.compile(
    rf"(?<![^\W\d_])(?P<words>(?:{_WORD})(?:[ -](?:{_WORD})){{0,3}})"
    rf"(?=[ \u00a0-](?:{_MAG}|{_TIMES}))",
    re.IGNORECASE,
)

Magnitude = Callable[[str, int], tuple[float, int]]
Unit = Callable[[str, int], tuple[str | None, float, int]]


def compound_tail(
    s: str, pos: int, factor: float, magnitude: Magnitude, unit_after: Unit
) -> tuple[float, int]:
    """(value to add, new end) for the pieces after a number of magnitude ``factor``."""
    extra = 0.0
    while factor > 1.0:
        gap = _GAP.match(s, pos)
        at = gap.end() if gap else pos
        piece = _PIECE.match(s, at)
        if piece is None or (at == pos and not _cjk_before(s, pos)):
            break
        digits = piece.group()
        value = float(digits.replace(",", "."))
        lower, end = magnitude(s, piece.end())
        if lower == 1.0:
            if not digits.isdigit() or value >= factor:
                break
            unit, _scale, _end = unit_after(s, piece.end())
            if unit in ("%", "times"):
                break
            if unit is None and not (factor == 1e3 and _END.match(s, piece.end())):
                break
            return extra + value, piece.end()
        if value * lower >= factor:
            break
        extra += value * lower
        factor, pos = lower, end
    return extra, pos


def _cjk_before(s: str, pos: int) -> bool:
    """Chinese glues the pieces: "2181亿7600万"."""
    return pos > 0 and "\u4e00" <= s[pos - 1] <= "\u9fff"


def spelled_value(words: str) -> float | None:
    """The value of spelled number words ("двух" 2, "ikki yarim" 2.5, "two hundred" 200)."""
    total = 0.0
    for word in re.split(r"[ -]", words.lower()):
        v = NUMBER_WORDS.get(word)
        if v is None:
            return None
        if v == 100:
            total = (total or 1.0) * 100
        else:
            total += v
    return total if total >= 1 else None  # "half" alone ("two and a half") is no number
