"""Status guesses: a planned project or a target is not an actual figure.

The sentence's modality gives the kind ("aim", "цель", "hədəf", "目标" make a target; "will",
"planned", "计划" a plan). A target sentence usually also states where things stand now —
"trade reached $31 bn last year; the sides aim to raise it to $40 bn by 2030" — so in a
target sentence only the figures after a goal word (with no other figure between) or just
before a deadline ("$40 bn by 2030", "2030-cu ilədək") are targets; the others are actuals.
Chinese words of modality need no word boundary: "目标"/"力争" (target), "计划"/"预计"/"将"/
"拟"/"有望" (planned; "将近" is "nearly", not "will").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from app.services.extraction.languages import TABLES, fragments, joined, keywords

_I = re.IGNORECASE
_L = r"[^\W\d_]*"
_TARGET = keywords(*fragments("targets"))
_PLANNED = re.compile(
    r"(?<![^\W\d_])(?:plan" + _L + r"|expected|will|to\s+be\s+(?:built|located|launched)"
    r"|intends?|under\s+construction|memorandum|планир"
    + _L
    + r"|nəzərdə|planlaşdır"
    + _L
    + r"|planlan"
    + _L
    + r"|inşa\s+edil"
    + _L
    + r"|rejalashtiril"
    + _L
    + r"|режалаштирил"
    + _L
    + r"|жоспарла"
    + _L
    + r"|prévu"
    + _L
    + r")|计划|预计|预期|规划|(?<![模虚])拟|有望|将(?!近)|在建|备忘录",
    _I,
)
_DEADLINE = re.compile(
    r"^[^,;:，；。0-9]{0,40}?(?:(?<![^\W\d_])"
    + joined("deadline_before")
    + r"\s*(?:the\s+end\s+of\s+)?(?P<y1>(?:19|20)[0-9]{2})"
    + r"|(?P<y2>(?:19|20)[0-9]{2})\s*(?:年)?"
    + joined("deadline_after")
    + r")",
    _I,
)
#: a goal word after the figure, before the next one ("50 milyar dolarlık hedef", "10 млрд
#: долларға дейін жеткізу", "100亿美元贸易额目标"): verb-final languages name the goal last
_AFTER_LIMIT = 50
_FOLLOWING = frozenset(t.code for t in TABLES if t.targets_follow)


@lru_cache(maxsize=256)
def guess_status(sentence: str) -> str:
    """'target', 'planned' or 'actual' from the modality of the sentence."""
    if _TARGET.search(sentence):
        return "target"
    if _PLANNED.search(sentence):
        return "planned"
    return "actual"


@lru_cache(maxsize=64)
def _goal_words(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's goal words are, read once for all its figures."""
    return tuple((m.start(), m.end()) for m in _TARGET.finditer(sentence))


def figure_status(
    sentence: str,
    span: tuple[int, int],
    neighbours: tuple[int, int],
    published: date | None,
    lang: str = "",
) -> str:
    """The status of the figure at ``span`` of a sentence; ``neighbours`` are the end of the
    figure before it and the start of the one after (0 and len(sentence) when none)."""
    (start, end), (previous_end, next_start) = span, neighbours
    deadline = _DEADLINE.search(sentence[end : end + 60])
    if deadline is not None:
        year = int(deadline.group("y1") or deadline.group("y2"))
        if published is not None and year >= published.year:
            return "target"  # "$35 bn by 2030"
    status = guess_status(sentence)
    if status != "target":
        return status
    after = sentence[end : min(next_start, end + _AFTER_LIMIT)]
    before = any(previous_end < b <= start for _a, b in _goal_words(sentence))
    if before or (lang in _FOLLOWING and _TARGET.search(after)):
        return "target"  # a goal phrase ending after the figure before ("将…从X增加到Y")
    return "planned" if _PLANNED.search(sentence, 0, start) else "actual"
