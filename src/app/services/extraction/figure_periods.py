"""Which period each figure of a sentence takes, and what carries over between sentences.

A figure takes the nearest period phrase (:mod:`binding`), the base of a comparison the
compared period (:mod:`comparison`), a figure in a sentence naming no period the period of the
text so far, and a converted amount in brackets the period of the amount it converts.
"this year" alone gives an outcome no period (the year is not over), and a sentence naming
only the sub-year period it compares with speaks of that period a year on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.periods import Period
from app.services.extraction.binding import bind_period, owners
from app.services.extraction.comparison import base_period, is_base
from app.services.extraction.figures import Figure
from app.services.extraction.languages import fragments
from app.services.extraction.numbers import RawFigure
from app.services.extraction.periods import Mention


@dataclass(frozen=True, slots=True)
class Context:
    """What a sentence is read with besides its own words."""

    published: date | None
    carry: Mention | None  # the period phrase the text is speaking of, from a sentence before
    url: str
    fiscal_start: int | None  # the month the text's fiscal years start in
    previous: Period | None  # the period of the figure before, for a base in this sentence


_CONVERSION = re.compile(r"\s*[(（]\s*(?:[^\W\d_]{1,6}\s+){0,2}$", re.IGNORECASE)


def later(period: Period | None, than: Period | None) -> bool:
    return period is not None and than is not None and period.start > than.end


def converts(sentence: str, prev_end: int, start: int) -> bool:
    """ "$5 billion (TL 201.42 billion)", "100 mn dirhams (about €9 mn)": the same amount in
    another currency, with the first one's status and period."""
    return _CONVERSION.match(sentence[prev_end:start]) is not None


def implied_period(mentions: list[Mention]) -> Mention | None:
    """ "… 10.4 % less than in the first quarter of last year": a sentence that names only the
    period it compares with speaks of the same period a year on (Q1 of this year)."""
    if any(m.period is not None and not m.comparison for m in mentions):
        return None
    compared = [m for m in mentions if m.period is not None and m.comparison]
    if not compared:
        return None
    m = compared[0]
    period = m.period
    if period is None or period.months >= 12:
        return None  # "than last year": this year is not over, so no period
    return Mention(m.start, m.end, m.text, period.shifted(1))


def year_with_unit(m: Mention, r: RawFigure) -> bool:
    return (
        r.unit is not None
        and r.unit not in ("%", "times")
        and m.text.strip().isdigit()
        and m.start == r.start
    )


_AND = re.compile(r"[\s,]*(?:and|и|və|ve|va|ва|және|და|et|和|及|与)\s*", re.IGNORECASE)


def periods_of(
    sentence: str, figures: list[Figure], mentions: list[Mention], ctx: Context
) -> tuple[list[tuple[Period | None, str]], list[bool]]:
    """(period, its words) per figure and whether each is a base: the nearest period phrase,
    except for the base of a comparison, which takes the compared period (see
    :mod:`comparison`)."""
    carry = ctx.carry
    spans = [(f.raw.start, f.raw.end) for f in figures]
    owned = owners(sentence, mentions, spans)
    bound = [bind_period(sentence, a, b, mentions, spans, owned) or carry for a, b in spans]
    base = [
        f.unit not in ("%", "times")
        and is_base(
            sentence,
            f.raw.start,
            f.raw.end,
            figures[i - 1].raw.end if i else 0,
            figures[i + 1].raw.start if i + 1 < len(figures) else len(sentence),
            mentions,
        )
        for i, f in enumerate(figures)
    ]
    for i in range(1, len(figures)):
        if (
            base[i - 1]
            and not base[i]
            and _AND.fullmatch(sentence, figures[i - 1].raw.end, figures[i].raw.start)
        ):
            base[i] = True  # "8 mln dollars and 1,585 tonnes" in the same period last year
    main = next(
        (b.period for b, is_b in zip(bound, base, strict=True) if b and b.period and not is_b),
        ctx.previous,
    )
    out: list[tuple[Period | None, str]] = []
    for f, b, is_b in zip(figures, bound, base, strict=True):
        own = (b.period, b.text) if b else (None, "")
        if is_b:
            found = base_period(sentence, f.raw.start, f.raw.end, mentions, main)
            if found is not None:
                own = found
            # else "exports of €5.7 bn against €6.6 bn of imports": nothing names another
            # period, so the base is of the same one
        out.append(own)
    return out, base


_THIS_YEAR = re.compile(
    r"(?:" + "|".join(fragments("this_year")) + r"|今年|本年度?)$", re.IGNORECASE
)


def open_year(period: tuple[Period | None, str], status: str, published: date | None) -> bool:
    """ "this year" alone, for an outcome, in a text of that year: the year is not over, so
    the figure covers an unknown part of it (a target for "this year" is the whole year)."""
    p, words = period
    return (
        p is not None
        and status == "actual"
        and published is not None
        and p.months == 12
        and p.start // 12 == published.year
        and _THIS_YEAR.match(words.strip()) is not None
    )
