"""Status guesses: a planned project or a target is not an actual figure.

Chinese words of modality need no word boundary: "目标"/"力争" (target), "计划"/"预计"/"将"/
"拟"/"有望" (planned; "将近" is "nearly", not "will").
"""

from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE
_L = r"[^\W\d_]*"
_TARGET = re.compile(
    r"(?<![^\W\d_])(?:aim"
    + _L
    + r"|target"
    + _L
    + r"|goal|hədəf"
    + _L
    + r"|hedef"
    + _L
    + r"|цел"
    + _L
    + r")|目标|力争",
    _I,
)
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
    + r")|计划|预计|预期|规划|(?<![模虚])拟|有望|将(?!近)|在建|备忘录",
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
