"""One sentence of the claim layer: its figures and their roles, its status and countries."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.periods import Period
from app.services.extraction.claims.candidate import Fig
from app.services.extraction.claims.words.growth_share import SHARE_CONTEXT
from app.services.extraction.claims.words.sentence import EXTRA_COUNTRIES, STATUS_WORDS
from app.services.extraction.extract import Candidate
from app.services.extraction.figures import Figure, is_growth
from app.services.extraction.numbers import RawFigure
from app.services.extraction.parties import countries_named, guess_parties
from app.services.extraction.periods import Mention, find_periods
from app.services.extraction.sentences import detect_language, sentence_spans


@dataclass(slots=True)
class Sentence:
    text: str
    offset: int
    lang: str
    status: str
    published: date | None
    mentions: list[Mention]
    figures: list[Fig]
    _countries: list[tuple[int, int, str]] | None = None
    _parties: tuple[str | None, str | None] | None = None

    @property
    def parties(self) -> tuple[str | None, str | None]:
        """(reporter, partner) the sentence names, looked up on first use."""
        if self._parties is None:
            self._parties = guess_parties(self.text)
        return self._parties

    @property
    def countries(self) -> list[tuple[int, int, str]]:
        """Country mentions, looked up on first use (the country grammar is the costly part)."""
        if self._countries is None:
            self._countries = _countries(self.text)
        return self._countries


_ZH_STOP = re.compile(r"(?<=[。！？])")


def sentence_units(text: str) -> list[tuple[int, int]]:
    """Sentence spans, Chinese sentences (ended by 。！？) split further."""
    out: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        cut = start
        for m in _ZH_STOP.finditer(text, start, end):
            if m.start() > cut and m.start() < end:
                out.append((cut, m.start()))
                cut = m.start()
        while cut < end and text[cut].isspace():
            cut += 1
        if end > cut:
            out.append((cut, end))
    return out


def read_sentence(
    text: str, start: int, end: int, figures: list[Candidate], published: date | None
) -> Sentence:
    sentence = text[start:end]
    lang = detect_language(sentence)
    lo = bisect.bisect_left(figures, start, key=lambda c: c.span[0])
    hi = bisect.bisect_left(figures, end, key=lambda c: c.span[0])
    figs = [Fig(c, c.span[0] - start, c.span[1] - start, "level") for c in figures[lo:hi]]
    for f in figs:
        f.role = _role(sentence, f)
    return Sentence(
        sentence,
        start,
        lang,
        claim_status(sentence),
        published,
        find_periods(sentence, published),
        figs,
    )


def claim_status(sentence: str) -> str:
    """'target', 'planned', 'forecast', 'expected' or 'actual' from the sentence's modality."""
    for status, pattern in STATUS_WORDS:
        if pattern.search(sentence):
            return status
    return "actual"


_ZH_GROWTH_BEFORE = re.compile(r"(?:增长|增加|下降|减少|增幅|猛增|增长了|下降了|降幅|上升)\D{0,4}$")


def _role(sentence: str, f: Fig) -> str:
    c = f.c
    if c.unit not in ("%", "times"):
        return "level"
    if c.unit == "times":
        return "growth"
    raw = RawFigure(f.start, f.end, c.value, c.unit, False, False)
    if is_growth(sentence, Figure(raw, c.unit)) or _ZH_GROWTH_BEFORE.search(
        sentence[max(0, f.start - 10) : f.start]
    ):
        return "growth"
    lead = sentence[max(0, f.start - 110) : f.start]
    lead = lead[lead.rfind(";") + 1 :]
    if SHARE_CONTEXT.search(lead + sentence[f.start : f.end + 45]):
        return "share"
    if (c.indicator or "").endswith("_growth"):
        return "growth"
    return "level"


_EXTRA_COUNTRY = re.compile(
    "|".join(f"(?P<{code}>{words})" for code, words in EXTRA_COUNTRIES.items())
)


def _countries(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, alpha-3) of each country mention: the shared grammar, Chinese names, "US"."""
    found = [(pos, pos + len(word), code) for pos, code, word in countries_named(sentence)]
    for m in _EXTRA_COUNTRY.finditer(sentence):
        if m.lastgroup and not any(a < m.end() and m.start() < b for a, b, _c in found):
            found.append((m.start(), m.end(), m.lastgroup))
    return sorted(found)


def target_date(s: Sentence, period: Period | None, params: dict[str, Any]) -> None:
    if s.status in ("target", "planned") and period is not None:
        params["target_date"] = period.code()


def base_indicator(code: str | None) -> str | None:
    if code and code.endswith("_growth"):
        return code[: -len("_growth")]
    return code


def country_at(s: Sentence, pos: int) -> str | None:
    for a, _b, code in s.countries:
        if a == pos:
            return code
    return None


def nearest(s: Sentence, pos: int, ok: Callable[[Fig], bool]) -> Fig | None:
    best: Fig | None = None
    for f in s.figures:
        if ok(f) and (best is None or abs(f.start - pos) < abs(best.start - pos)):
            best = f
    return best


def nearest_mention(s: Sentence, pos: int) -> Mention | None:
    usable = [m for m in s.mentions if m.period is not None and not m.comparison]
    return min(usable, key=lambda m: abs(m.start - pos)) if usable else None
