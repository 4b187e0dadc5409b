"""Rank claims: "the largest source of imports", "fourth largest trading partner", "第三大"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import Found
from app.services.extraction.claims.carry import Carry
from app.services.extraction.claims.sentence import Sentence, country_at, nearest_mention
from app.services.extraction.claims.words.common import ZH_CLAUSE, ordinal_value, zh_number
from app.services.extraction.claims.words.rank import (
    RANK_ELIDED,
    RANK_NOT_AFTER,
    RANK_NOT_BEFORE,
    RANK_OF,
    RANK_WORDS,
)


@dataclass(slots=True)
class _RankHit:
    start: int
    end: int
    rank: int
    of: str
    of_start: int
    of_end: int
    leader: bool


def rank_claims(s: Sentence, carry: Carry) -> list[Found]:
    out: list[Found] = []
    previous_among = ""
    subject = s.countries[0][2] if s.countries else None
    for hit in _rank_hits(s):
        among = _among(s, hit, previous_among)
        previous_among = among
        found = Found(ClaimType.RANK, hit.start, hit.of_end)
        found.params = {"rank": hit.rank, "of": hit.of, "among": among}
        m = nearest_mention(s, hit.start)
        if m is not None:
            found.period, found.period_text = m.period, m.text
        elif carry.period is not None:
            found.period = carry.period
        found.reporter = among or None
        others = [code for _a, _b, code in s.countries if code != among]
        found.partner = subject if subject and subject != among else (others[0] if others else None)
        out.append(found)
    return out


def _rank_hits(s: Sentence) -> list[_RankHit]:
    t = s.text
    matches: list[tuple[int, int, int, bool]] = []
    for pattern in RANK_WORDS:
        for m in pattern.finditer(t):
            g = m.groupdict()
            if g.get("ord"):
                rank = ordinal_value(g["ord"])
            elif g.get("zh") or g.get("zh2"):
                rank = zh_number(g.get("zh") or g.get("zh2") or "")
            else:
                rank = 1
            if rank is None:
                continue
            leader = (
                bool(g.get("one")) and re.match(r"(?i)leader|лидер|lider", g["one"]) is not None
            )
            matches.append((m.start(), m.end(), rank, leader))
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    hits: list[_RankHit] = []
    consumed = -1
    for start, end, rank, leader in matches:
        if start < consumed:
            continue
        if RANK_NOT_BEFORE.search(t[max(0, start - 30) : start]) or RANK_NOT_AFTER.match(t[end:]):
            continue
        of = _rank_of(s, start, end, leader)
        if of is None:
            continue
        name, of_start, of_end = of
        hits.append(_RankHit(start, end, rank, name, of_start, of_end, leader))
        consumed = of_end
        more = _conjoined(s, of_end)
        if more is not None:
            hits.append(_RankHit(of_end, more[2], rank, more[0], more[1], more[2], leader))
            consumed = more[2]
    return hits


_LEADER_OF = (
    (
        "import sources",
        re.compile(r"^\s*(?:in|по|for)\s+(?:[^\W\d_]+\s+)?(?:import|импорт|idxal)\w*", re.I),
    ),
    ("export destinations", re.compile(r"^\s*(?:in|по|for)\s+(?:export|экспорт|ixrac)\w*", re.I)),
    ("trading partners", re.compile(r"^\s*(?:in|по|for)\s+(?:trade|торговл|ticar)\w*", re.I)),
)
_RANK_REACH = {"zh": 12, "az": 30}


def _rank_of(s: Sentence, start: int, end: int, leader: bool) -> tuple[str, int, int] | None:
    """What is ranked: the noun right after the rank word, else (noun left unsaid) before it."""
    t = s.text
    after = t[end : end + 70]
    if leader:
        for name, pattern in _LEADER_OF:
            m = pattern.match(after)
            if m:
                return name, end + m.start(), end + m.end()
    reach = _RANK_REACH.get(s.lang, 40)
    best: tuple[int, int, str] | None = None
    for name, pattern in RANK_OF:
        m = pattern.search(after)
        if m and m.start() <= reach and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), name)
    if best is not None and not re.search(r"[.;。；]\s", after[: best[0]]):
        return best[2], end + best[0], end + best[1]
    if RANK_ELIDED.match(after) or (s.lang == "zh" and re.match(r"^[。，,；]|$", after)):
        near: tuple[int, int, int, str] | None = None
        for name, pattern in RANK_OF:
            for m in pattern.finditer(t[:start]):
                if near is None or m.end() > near[1]:
                    near = (m.start(), m.end(), 0, name)
        if near is not None:
            return near[3], end, end
        if s.lang == "zh" and re.search(r"投资额|投資額", t[:start]):
            return "investors", end, end
    return None


def _conjoined(s: Sentence, pos: int) -> tuple[str, int, int] | None:
    """ "largest export market and source of imports", "最大的贸易伙伴和投资国"."""
    m = re.match(r"\s*(?:and|и|və|和|及)\s*", s.text[pos:])
    if not m:
        return None
    rest = s.text[pos + m.end() : pos + m.end() + 40]
    for name, pattern in RANK_OF:
        n = pattern.match(rest)
        if n:
            return name, pos + m.end(), pos + m.end() + n.end()
    return None


def _among(s: Sentence, hit: _RankHit, previous: str) -> str:
    """Whose ranking: "Azerbaijan's", "for Azerbaijan", "Азербайджана", "Azərbaycanın",
    "美国第三大". A second rank of a sentence without its own ("and its fourth-largest")
    has the first's."""
    t = s.text
    if s.lang == "zh":
        clause_start = max(t.rfind(ch, 0, hit.start) for ch in ZH_CLAUSE)
        before = [c for c in s.countries if clause_start < c[0] and c[1] <= hit.start]
        return before[-1][2] if before else ""
    if s.lang == "az":
        for a, b, code in reversed(s.countries):
            if b <= hit.start and hit.start - b <= 25:
                tail = t[b : hit.start]
                if re.search(r"(?:ın|in|un|ün|nın|nin|nun|nün)$", t[a:b]) or re.match(
                    r"^\s+üçün\s+$", tail
                ):
                    return code
        return previous  # "ölkənin" (the country's) or a second rank: the one before
    # English-like and Russian: a possessive before, a country inside or right after the noun
    poss = re.search(
        r"([^\W\d_][\w.]*(?:\s[^\W\d_][\w.]*)?)(?:'s|’s|'|’)\s+(?:the\s+)?$", t[: hit.start]
    )
    if poss:
        inside = [c for c in s.countries if poss.start(1) <= c[0] and c[1] <= poss.end(1)]
        return inside[-1][2] if inside else ""
    inside = [c for c in s.countries if hit.end <= c[0] and c[1] <= hit.of_end]
    if inside:
        return inside[0][2]
    m = re.match(r"\s*(?:of|for|in|to|among|для|в|во|с|со)?\s*(?:the\s+)?", t[hit.of_end :])
    at = hit.of_end + (m.end() if m else 0)
    # "its", "страны", or a second rank of the same sentence: the country of the one before
    return country_at(s, at) or previous
