"""Which period a figure belongs to.

A figure takes the nearest period phrase of its sentence that is not a comparison ("compared
with the same period last year"). Parentheses scope: "$2.15 billion ($2.18 billion in 2019)"
gives 2019 to the figure inside the brackets only, and a figure inside brackets without a
period of its own takes the sentence's. Chinese full-width brackets （…） scope the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.services.extraction.periods import Mention

Span = tuple[int, int]


@lru_cache(maxsize=64)
def _paren_ranges(sentence: str) -> tuple[Span, ...]:
    return tuple(paren_ranges(sentence))


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


def owners(sentence: str, mentions: list[Mention], figures: list[Span]) -> dict[Span, Span]:
    """The figure each period phrase is nearest to (on a tie, the one it follows: "X in
    2023"), computed once per sentence for :func:`bind_period`."""
    out: dict[Span, Span] = {}
    for m in mentions:
        if m.period is not None and figures:
            out[(m.start, m.end)] = min(
                figures, key=lambda f: (_gap(m, f, sentence), 0 if f[1] <= m.start else 1)
            )
    return out


def bind_period(
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    figures: list[Span] | None = None,
    owned: dict[Span, Span] | None = None,
) -> Mention | None:
    """The period mention for a figure at [start, end) of ``sentence``, or None.

    ``figures`` are the spans of every figure of the sentence: a phrase closer to another
    figure belongs to that one first ("from $15.3 bn in 2022-23 to $16.7 bn in 2023-24");
    ``owned`` is :func:`owners` of them, when the caller binds several figures."""
    if figures and owned is None:
        owned = owners(sentence, mentions, figures)
    usable = [m for m in mentions if m.period is not None and not m.comparison]
    if not usable:
        return None
    ranges = list(_paren_ranges(sentence)) if "(" in sentence or "（" in sentence else []
    own = _enclosing(ranges, start, end)
    if own is not None:
        inside = [m for m in usable if own[0] <= m.start and m.end <= own[1]]
        if inside:
            return _nearest(inside, (start, end), sentence, owned or {})
    outside = [m for m in usable if _enclosing(ranges, m.start, m.end) in (None, own)]
    if not outside:  # "the last 12 months (August 2021 to July 2022), exports …"
        outside = [m for m in usable if not _holds_figure(ranges, m, figures or [])]
    return _nearest(outside, (start, end), sentence, owned or {}) if outside else None


def _holds_figure(
    ranges: list[tuple[int, int]], m: Mention, figures: list[tuple[int, int]]
) -> bool:
    """Whether the brackets around a phrase also hold a figure (then the phrase is its)."""
    around = _enclosing(ranges, m.start, m.end)
    return around is not None and around in _holding(tuple(ranges), tuple(figures))


@lru_cache(maxsize=64)
def _holding(ranges: tuple[Span, ...], figures: tuple[Span, ...]) -> frozenset[Span]:
    """The brackets that hold a figure, worked out once per sentence."""
    return frozenset(r for r in ranges if any(r[0] <= a and b <= r[1] for a, b in figures))


_IN = re.compile(
    r"\s*(?:[^\W\d_]+\s+)?(?:in|en|au|during|for|в|во|за)\s+(?:the\s+)?$", re.IGNORECASE
)
#: a clause break: a semicolon or a comma that is no thousands separator
CLAUSE_BREAK = re.compile(r"[;；，]|,(?![0-9])")


def _gap(m: Mention, span: tuple[int, int], sentence: str) -> int:
    """Characters between a phrase and a figure; a phrase after the figure beyond a clause
    break ("$4.5 bn last year, while in the first four months …") belongs to the next clause."""
    start, end = span
    if m.end <= start:
        return start - m.end
    gap = max(0, m.start - end)
    if gap > 300:
        return gap + 200  # far away: no need to read the words between
    if _IN.match(sentence, end, m.start):
        return 0  # "$1.5 bn in 2021", "1,5 milliard en 2021": the figure's own period
    return gap + (200 if CLAUSE_BREAK.search(sentence, end, m.start) else 0)


def _nearest(
    mentions: list[Mention], span: Span, sentence: str, owned: dict[Span, Span]
) -> Mention:
    def key(m: Mention) -> int:
        own = _gap(m, span, sentence)
        owner = owned.get((m.start, m.end))
        if owner is not None and owner != span:
            return own + 400  # nearer to another figure: that figure's period
        return own

    return min(mentions, key=key)


def paragraph_break(text: str, prev_end: int, start: int) -> bool:
    """Whether a blank line separates two sentences (a single line break, as in news copied
    paragraph by paragraph, does not end the period a text is speaking of)."""
    return text.count("\n", prev_end, start) > 1
