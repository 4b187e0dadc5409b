"""Record and streak claims: "a record high", "the third consecutive record year"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.periods import Period, PeriodKind
from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import Fig, Found
from app.services.extraction.claims.carry import Carry, as_year, claim_period, zh_year
from app.services.extraction.claims.sentence import Sentence, nearest_mention, target_date
from app.services.extraction.claims.words.common import count_value, ordinal_value
from app.services.extraction.claims.words.records import (
    MONTH_RANGE,
    NOT_RECORD,
    RECORD,
    RECORD_HIGHEST,
    RECORD_LOWEST,
    STREAK_CONTEXT,
    STREAK_WINDOWS,
    STREAKS,
    WINDOW_WORDS,
)

_BREAK = re.compile(r"[,;:”\"»—–]")


@dataclass(frozen=True, slots=True)
class _Streak:
    start: int
    end: int
    length: int
    window: str


def streak_matches(s: Sentence) -> list[_Streak]:
    if not STREAK_CONTEXT.search(s.text):
        return []
    out: list[_Streak] = []
    for pattern in STREAKS:
        for m in pattern.finditer(s.text):
            if any(x.start < m.end() and m.start() < x.end for x in out):
                continue
            g = m.groupdict()
            n = ordinal_value(g["ord"]) if g.get("ord") else count_value(g.get("card") or "")
            window = STREAK_WINDOWS.get(g["win"].lower(), "year")
            if n and n >= 2:
                out.append(_Streak(m.start(), m.end(), n, window))
    return out


def _absorbed(s: Sentence, start: int, streaks: list[_Streak]) -> bool:
    """Whether a record word is part of a streak: after it, or before it in the same clause."""
    for x in streaks:
        if start >= x.start:
            return True
        if not _BREAK.search(s.text[start : x.start]):
            return True
    return False


def record_claims(s: Sentence, streaks: list[_Streak], carry: Carry) -> list[Found]:
    out: list[Found] = []
    loose: Found | None = None
    t = s.text
    not_record = [(n.start(), n.end()) for n in NOT_RECORD.finditer(t)]
    for m in RECORD.finditer(t):
        if any(a <= m.start() < b for a, b in not_record):
            continue
        if _absorbed(s, m.start(), streaks):
            continue
        fig = _record_figure(s, m.start(), m.end())
        found = Found(ClaimType.RECORD, m.start(), m.end())
        kind = "record"
        phrase = t[max(0, m.start() - 12) : m.end()]
        if RECORD_HIGHEST.search(phrase):
            kind = "highest"
        elif RECORD_LOWEST.search(phrase):
            kind = "lowest"
        if fig is not None:
            found.take(fig)
            if found.period is None:
                found.period = zh_year(s, m.start())
        window = _window(s, found.period if fig is not None else None)
        if fig is None:
            found.period, found.period_text = claim_period(s, m.start(), window, carry)
        elif window == "year" and found.period is not None:
            found.period = as_year(found.period)
        found.params = {"window": window, "expected": s.status != "actual", "kind": kind}
        target_date(s, found.period, found.params)
        if fig is not None:
            out.append(found)
        elif loose is None:
            loose = found
    if loose is not None and not out:
        out.append(loose)
    return out


def _record_figure(s: Sentence, start: int, end: int) -> Fig | None:
    """The figure called a record: just after the record word, else the nearest one before."""
    levels = [f for f in s.figures if f.role == "level" and not f.used and f.c.unit != "%"]
    after = [f for f in levels if end <= f.start <= end + 45 and ";" not in s.text[end : f.start]]
    if after:
        return after[0]
    before = [f for f in levels if f.end <= start and start - f.end <= 80]
    return before[-1] if before else None


_KIND_WINDOW = {
    PeriodKind.YEAR: "year",
    PeriodKind.HALF: "half",
    PeriodKind.QUARTER: "quarter",
    PeriodKind.MONTH: "month",
    PeriodKind.YTD: "ytd",
    PeriodKind.RANGE: "ytd",
    PeriodKind.POINT: "year",
}


def _window(s: Sentence, period: Period | None) -> str:
    if period is not None:
        return _KIND_WINDOW[period.kind]
    for window, pattern in WINDOW_WORDS:
        if pattern.search(s.text):
            return window
    if MONTH_RANGE.search(s.text):
        return "ytd"
    m = nearest_mention(s, 0)
    return _KIND_WINDOW[m.period.kind] if m and m.period else "year"


def streak_claims(s: Sentence, streaks: list[_Streak], carry: Carry) -> list[Found]:
    out: list[Found] = []
    for x in streaks:
        found = Found(ClaimType.RECORD_STREAK, x.start, x.end)
        found.period, found.period_text = claim_period(s, x.start, x.window, carry)
        found.params = {"length": x.length, "window": x.window, "expected": s.status != "actual"}
        out.append(found)
    return out
