"""Whether a figure is between the two parties or a total with the world or a region.

"Kazakhstan exported wine to 50 countries worth $250 mn" is no figure of a pair: the
candidate says so (its ``scope``) instead of offering it as bilateral. The words are each
language's ``world`` class ("with the world", "to 50 countries", "Central Asia", "dünya",
"全球"); they count only inside the figure's clause, so "Kazakhstan ranked first among
China's partners in Central Asia, with trade reaching $43.8 bn" keeps its figure bilateral.
"""

from __future__ import annotations

import re

from app.services.extraction.languages import fragments, keywords

_WORLD = keywords(*fragments("world"))
_CLAUSE = re.compile(r"[,;:()，；：（）。]|\s[–—-]\s|\b(?:while|whereas|and|но|а|və|ve)\s")


def scope_of(sentence: str, start: int, end: int) -> str:
    """ "" for a bilateral figure, else a short note quoting the words that say otherwise."""
    lo = max(0, start - 120)
    before = [m.end() for m in _CLAUSE.finditer(sentence, lo, start)]
    clause_start = before[-1] if before else lo
    after = _CLAUSE.search(sentence, end, min(len(sentence), end + 60))
    clause_end = after.start() if after else min(len(sentence), end + 60)
    m = _WORLD.search(sentence, clause_start, clause_end)
    return "" if m is None else m.group().strip()
