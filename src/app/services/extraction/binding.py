"""Which period a figure belongs to.

A figure takes the nearest period phrase of its sentence that is not a comparison ("compared
with the same period last year"). Parentheses scope: "$2.15 billion ($2.18 billion in 2019)"
gives 2019 to the figure inside the brackets only, and a figure inside brackets without a
period of its own takes the sentence's. Chinese full-width brackets （…） scope the same way.
"""

from __future__ import annotations

import re

from app.services.extraction.periods import Mention


def paren_ranges(sentence: str) -> list[tuple[int, int]]:
    """(open, close) offsets of bracketed parts, innermost not distinguished."""
    out: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, ch in enumerate(sentence):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            out.append((stack.pop(), i + 1))
    return out


def _enclosing(ranges: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    inside = [r for r in ranges if r[0] <= start and end <= r[1]]
    return min(inside, key=lambda r: r[1] - r[0]) if inside else None


def bind_period(sentence: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The period mention for a figure at [start, end) of ``sentence``, or None."""
    usable = [m for m in mentions if m.period is not None and not m.comparison]
    if not usable:
        return None
    ranges = paren_ranges(sentence) if "(" in sentence or "（" in sentence else []
    own = _enclosing(ranges, start, end)
    if own is not None:
        inside = [m for m in usable if own[0] <= m.start and m.end <= own[1]]
        if inside:
            return _nearest(inside, start, end, sentence)
    outside = [m for m in usable if _enclosing(ranges, m.start, m.end) in (None, own)]
    return _nearest(outside, start, end, sentence) if outside else None


_CLAUSE_BREAK = re.compile(r"[,;，；]\s")


def _nearest(mentions: list[Mention], start: int, end: int, sentence: str = "") -> Mention:
    """The closest phrase; one after the figure beyond a clause break ("$4.5 bn last year,
    while in the first four months …") belongs to the next clause and loses to one before."""

    def gap(m: Mention) -> int:
        if m.end <= start:
            return start - m.end
        between = sentence[end : m.start]
        return max(0, m.start - end) + (200 if _CLAUSE_BREAK.search(between) else 0)

    return min(mentions, key=gap)


def paragraph_break(text: str, prev_end: int, start: int) -> bool:
    """Whether a blank line or a line break separates two sentences."""
    return "\n" in text[prev_end:start]
