"""Which period a figure belongs to.

A figure takes the nearest period phrase of its sentence that is not a comparison ("compared
with the same period last year"). Parentheses scope: "$2.15 billion ($2.18 billion in 2019)"
gives 2019 to the figure inside the brackets only, and a figure inside brackets without a
period of its own takes the sentence's. Chinese full-width brackets （…） scope the same way.
"""

from __future__ import annotations

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
            return _nearest(inside, start, end)
    outside = [m for m in usable if _enclosing(ranges, m.start, m.end) in (None, own)]
    return _nearest(outside, start, end) if outside else None


def _nearest(mentions: list[Mention], start: int, end: int) -> Mention:
    def gap(m: Mention) -> int:
        return start - m.end if m.end <= start else max(0, m.start - end)

    return min(mentions, key=gap)


def paragraph_break(text: str, prev_end: int, start: int) -> bool:
    """Whether a blank line or a line break separates two sentences."""
    return "\n" in text[prev_end:start]
