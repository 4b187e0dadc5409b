"""Sum / count claims: "five new energy projects with a total installed capacity of 1,570 MW"."""

from __future__ import annotations

import re

from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import Fig, Found
from app.services.extraction.claims.sentence import Sentence
from app.services.extraction.claims.words.common import count_value
from app.services.extraction.claims.words.sums import (
    COUNTS,
    INCLUDING,
    QUOTED_NAME,
    SUM_STOP_AZ,
    SUM_STOP_EN,
    SUM_STOP_RU,
    TOTAL_PREFIX_NOUNS,
    TOTAL_STRONG,
    TOTAL_WEAK,
    ZH_EVENT,
)


def sum_claims(s: Sentence) -> list[Found]:
    out: list[Found] = []
    t = s.text
    taken: list[tuple[int, int]] = []
    for pattern in COUNTS:
        for m in pattern.finditer(t):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            count = count_value(m.group("n"))
            if count is None or (1900 <= count <= 2100):
                continue
            at = [f for f in s.figures if f.start == m.start("n")]
            if any(f.c.unit != "count" for f in at):
                continue  # "a 240 MW project": a capacity, not a count
            np = m.group("np")
            if pattern is COUNTS[-1]:
                np = np.rsplit("的", 1)[-1]
                if not ZH_EVENT.search(np):
                    continue
            total = _total(s, m.start(), m.end())
            for f in at:
                f.used = True
            found = Found(ClaimType.SUM_COUNT, m.start(), m.end())
            if total is not None:
                found.take(total)
            found.params = {
                "count": count,
                "total": total.c.value if total else None,
                "total_unit": total.c.unit if total else "",
                "of": _sum_of(np.strip(), s.lang),
                "members": _members(t, m.end()),
            }
            taken.append((m.start(), m.end()))
            out.append(found)
    if s.lang == "en":
        out += _total_only(s)
    return out


def _total(s: Sentence, start: int, end: int) -> Fig | None:
    """The figure a count of things adds up to: "... worth $629 million", "a total of ..."."""
    t = s.text

    def free(f: Fig) -> bool:
        return f.role == "level" and not f.used and f.c.unit not in ("count", "persons")

    weak = TOTAL_WEAK.match(t[end:])
    if weak:
        near = [f for f in s.figures if free(f) and end <= f.start <= end + weak.end() + 12]
        if near:
            return near[0]
    for cue in TOTAL_STRONG.finditer(t):
        if cue.start() >= end:
            after = [f for f in s.figures if free(f) and cue.end() <= f.start <= cue.end() + 60]
            if after:
                return after[0]
    for cue in TOTAL_STRONG.finditer(t[:start]):
        after = [f for f in s.figures if free(f) and cue.end() <= f.start < start]
        if after:
            return after[0]
    return None


def _sum_of(np: str, lang: str) -> str:
    words = np.split()
    stops = {"ru": SUM_STOP_RU, "az": SUM_STOP_AZ}.get(lang, SUM_STOP_EN)
    kept: list[str] = []
    for word in words:
        if word.lower() in stops:
            break
        kept.append(word)
    return " ".join(kept) if lang != "zh" else np


def _members(t: str, pos: int) -> list[str]:
    inc = INCLUDING.search(t, pos)
    if inc is None:
        return []
    clause = t[inc.end() :]
    cut = re.search(r"[.;。](?:\s|$)", clause)
    clause = clause[: cut.start()] if cut else clause
    return [m.group(1).strip() for m in QUOTED_NAME.finditer(clause)]


def _total_only(s: Sentence) -> list[Found]:
    """ "solar power plants with a total capacity of 260 MW": a total without a count."""
    out: list[Found] = []
    t = s.text
    for m in re.finditer(r"\bwith\s+an?\s+(?:total|combined|aggregate)\s", t, re.I):
        fig = next(
            (f for f in s.figures if f.role == "level" and m.end() <= f.start <= m.end() + 60),
            None,
        )
        if fig is None or fig.used:
            continue
        before = t[: m.start()]
        words = before.split()
        np: list[str] = []
        for word in reversed(words):
            if word[-1:] in ",;:" or word.lower() in SUM_STOP_EN or TOTAL_PREFIX_NOUNS.match(word):
                break
            np.insert(0, word)
        if not np or not np[-1].lower().endswith("s") or len(np) > 7:
            continue
        found = Found(ClaimType.SUM_COUNT, m.start(), m.end())
        found.take(fig)
        found.params = {
            "count": None,
            "total": fig.c.value,
            "total_unit": fig.c.unit,
            "of": " ".join(np),
            "members": _members(t, m.end()),
        }
        out.append(found)
    return out
