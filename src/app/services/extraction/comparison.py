"""The period of a figure given as the base of a comparison.

"$2.3 bn in H1, up from $2.1 bn in the same period of the previous year": the second figure
is H1 of the year before, never the main figure's period. A figure is a base when a
comparison word stands right before it ("up from", "против", "contre", "比上年（…）") or right
after it ("… a year earlier", "…-la müqayisədə", "… салыстырғанда"). Its period is then, in
order:

1. the comparison phrase next to it, when that names months ("compared with January–March
   2024");
2. the main period moved to the compared year, when the phrase names a year or "last year"
   and the main period is shorter than a year ("Jan–Oct 2025 … the same period of 2024" is
   Jan–Oct 2024);
3. the main period a year earlier, for "the same period", "a year earlier", "годом ранее".

The main period is the one the sentence's other figures take; without one the base gets no
period rather than a guess.
"""

from __future__ import annotations

import re

from app.domain.periods import Period, year_of
from app.services.extraction.languages import fragments
from app.services.extraction.periods import Mention

_I = re.IGNORECASE
_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:" + "|".join(fragments("compared_before")) + r")"
    r"(?:\s+(?:the|a|an|of|in|de|des|du|la|le|les))*\s*|比上?年?[（(]?|[从從])$",
    _I,
)
_AFTER = re.compile(
    r"^[\s,)）]*(?:[^\s\d%]*\s+){0,4}?(?:"
    + "|".join(fragments("compared_after"))
    + r")(?![^\W\d_])",
    _I,
)
#: a clause break between a period phrase and a figure
_BREAK = re.compile(r"[,;:，；：]")
#: "compared with last year, trade grew …": the phrase is an adverbial of comparison, and the
#: figure after it is the new level, not the base
_COMPARED_WITH = re.compile(
    r"(?:compared\s+(?:to|with)|по\s+сравнению\s+с|与|比|较|相比|par\s+rapport\s+à)\s*$", _I
)
#: "geçen yılın aynı dönemine kıyasla … 9.4 milyar dolar": the phrase is compared against,
#: the figure after it is the new level
_AFTER_WORDS = re.compile("|".join(fragments("compared_after")), _I)
#: a figure in the ablative, from which the next one is reached ("dolardan", "დოლარიდან")
_FROM_CASE = re.compile(r"(?:dan|dən|den|tan|tən|ten|дан|ден|тан|тен|нан|нен|იდან|დან)$", _I)
_SAME = re.compile("|".join(fragments("same_period")), _I)
_YEAR_AGO = re.compile(
    r"year\s+(?:earlier|ago|before)|годом\s+(?:ранее|раньше)|un\s+an\s+(?:plus\s+t[ôo]t|plutôt|auparavant)"
    r"|上年|去年同期",
    _I,
)


def is_base(
    sentence: str,
    start: int,
    end: int,
    previous_end: int,
    next_start: int,
    mentions: list[Mention],
) -> bool:
    """Whether the figure at [start, end) is the base a comparison is made against: a
    comparison word right before or after it, or a comparison period phrase ("in the same
    period of last year", "Ötən ilin eyni dövründə") the last period named before it."""
    before = sentence[max(previous_end, start - 40) : start]
    after = sentence[end : min(next_start, end + 45)]
    if _BEFORE.search(before) or _AFTER.match(after):
        return True
    if _FROM_CASE.search(sentence, max(start, end - 8), end) and next_start < len(sentence):
        return True  # "1573,9 მლნ დოლარიდან 1341,3 მლნ დოლარამდე": from the base to the level
    earlier = [m for m in mentions if m.period and previous_end <= m.start and m.end <= start]
    if not earlier or not earlier[-1].comparison:
        return False
    m = earlier[-1]
    if sentence[m.end : start].strip() in ("的", "之"):
        return True  # "较2024年的7.5万人次": the figure of the compared period
    if sentence[m.end : start].rstrip().endswith(("(", "（")):
        return True  # "2021 йилнинг шу даврига нисбатан (5,3 миллион доллар)"
    return not (
        _BREAK.search(sentence, m.end, start)
        or _COMPARED_WITH.search(sentence[max(0, m.start - 25) : m.start])
        or _AFTER_WORDS.search(sentence, m.end, start)
    )


def base_period(
    sentence: str, start: int, end: int, mentions: list[Mention], main: Period | None
) -> tuple[Period, str] | None:
    """(period, the words that gave it) for a base figure, or None if it cannot be told."""
    near = [
        m
        for m in mentions
        if m.period is not None and (start - 60 <= m.end <= start or end <= m.start <= end + 60)
    ]
    near.sort(key=lambda m: min(abs(m.end - start), abs(m.start - end)))
    compared = [m for m in near if m.comparison] or near
    if compared:
        m = compared[0]
        p = m.period
        assert p is not None
        if main is not None and p.months == 12 and main.months < 12 and not p.point:
            shift = year_of(p.end) - year_of(main.end)
            if shift:
                return main.shifted(shift), m.text
        if main is None or p != main:
            return p, m.text
    window = sentence[max(0, start - 60) : end + 60]
    if main is not None and not (_SAME.search(window) or _YEAR_AGO.search(window)):
        window = sentence  # "从281亿美元增长…" after "从去年同期的158亿美元…"
    if main is not None and (_SAME.search(window) or _YEAR_AGO.search(window)):
        words = _SAME.search(window) or _YEAR_AGO.search(window)
        return main.shifted(-1), words.group() if words else ""
    return None
