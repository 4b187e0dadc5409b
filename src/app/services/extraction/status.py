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
from functools import lru_cache

from app.services.extraction.languages import fragments, joined, keywords

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
_YEAR = r"(?:19|20)[0-9]{2}"
_DEADLINE = re.compile(
    r"^[^,;:，；。0-9]{0,40}?(?:(?<![^\W\d_])"
    + joined("deadline_before")
    + r"\s*(?:the\s+end\s+of\s+)?"
    + _YEAR
    + r"|"
    + _YEAR
    + r"\s*(?:年)?"
    + joined("deadline_after")
    + r")",
    _I,
)


@lru_cache(maxsize=256)
def guess_status(sentence: str) -> str:
    """'target', 'planned' or 'actual' from the modality of the sentence."""
    if _TARGET.search(sentence):
        return "target"
    if _PLANNED.search(sentence):
        return "planned"
    return "actual"


def figure_status(sentence: str, start: int, end: int, previous_end: int) -> str:
    """The status of the figure at [start, end) of a sentence; ``previous_end`` is where the
    figure before it ends (0 for the first)."""
    status = guess_status(sentence)
    if status != "target":
        return status
    if _TARGET.search(sentence, previous_end, start) or _DEADLINE.search(sentence[end : end + 60]):
        return "target"
    return "planned" if _PLANNED.search(sentence) and _after_plan(sentence, start) else "actual"


def _after_plan(sentence: str, start: int) -> bool:
    return _PLANNED.search(sentence, 0, start) is not None
