"""Claims told by a figure itself: growth (with its base), share and level."""

from __future__ import annotations

import math
import re
from typing import Any

from app.domain.periods import Period, PeriodKind, year_of
from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import Fig, Found
from app.services.extraction.claims.sentence import Sentence, base_indicator, target_date
from app.services.extraction.claims.words.growth_share import (
    DECREASE_AFTER,
    DECREASE_BEFORE,
    PREVIOUS_YEAR,
    SAME_PERIOD,
    SHARE_OF,
    YEAR_ON_YEAR,
)
from app.services.extraction.numbers import scan_numbers


def figure_claims(s: Sentence) -> list[Found]:
    """Growth, share and level claims of the figures not told by another claim."""
    out: list[Found] = []
    for f in s.figures:
        c = f.c
        if f.role == "level" and c.reported_change is not None:
            out.append(_growth(s, f))
        if f.used:
            continue
        if f.role == "growth":
            out.append(_growth(s, f))
        elif f.role == "share":
            out.append(_share(s, f))
        else:
            out.append(_level(s, f))
        f.used = True
    return out


def _level(s: Sentence, f: Fig) -> Found:
    c = f.c
    params: dict[str, Any] = {}
    target_date(s, c.period, params)
    return Found(
        ClaimType.LEVEL,
        f.start,
        f.end,
        c.period,
        c.period_text,
        c.value,
        c.unit,
        c.qualifier,
        params,
        base_indicator(c.indicator),
        c.reporter,
        c.partner,
        c.status,
    )


# --- growth -----------------------------------------------------------------------------


def _growth(s: Sentence, f: Fig) -> Found:
    c = f.c
    if f.role == "level" and c.reported_change is not None:
        ch = c.reported_change
        change, unit, qualifier = ch.value, ch.unit, ch.qualifier
        pos = _locate(s, ch.value, ch.unit, f.start) or (f.start, f.end)
        value, level_unit = c.value, c.unit
    else:
        change, unit, qualifier = c.value, c.unit, c.qualifier
        pos = (f.start, f.end)
        value, level_unit = math.nan, ""
    if _decrease(s.text, pos):
        change = -change
    params: dict[str, Any] = {
        "change": change,
        "change_unit": unit,
        "change_qualifier": qualifier,
        "base": _base(s, c.period, pos[0]),
    }
    target_date(s, c.period, params)
    return Found(
        ClaimType.GROWTH,
        pos[0],
        pos[1],
        c.period,
        c.period_text,
        value,
        level_unit,
        c.qualifier if not math.isnan(value) else "",
        params,
        base_indicator(c.indicator),
        c.reporter,
        c.partner,
        c.status,
    )


def _locate(s: Sentence, value: float, unit: str, near: int) -> tuple[int, int] | None:
    """Where a reported change is printed: the number grammar's span nearest the level."""
    best: tuple[int, int] | None = None
    for r in scan_numbers(s.text, 0, s.lang):
        close = r.unit == unit and math.isclose(r.value, value, rel_tol=1e-9)
        if close and (best is None or abs(r.start - near) < abs(best[0] - near)):
            best = (r.start, r.end)
    return best


def _decrease(sentence: str, pos: tuple[int, int]) -> bool:
    after = sentence[pos[1] : pos[1] + 30]
    before = sentence[max(0, pos[0] - 45) : pos[0]]
    return bool(DECREASE_AFTER.match(after) or DECREASE_BEFORE.search(before))


def _base(s: Sentence, period: Period | None, pos: int) -> str:
    """What a change is measured against: a named period, or last year's (same) period."""
    named = [m for m in s.mentions if m.comparison and m.period and re.search(r"[0-9]{4}", m.text)]
    if named:
        m = min(named, key=lambda m: abs(m.start - pos))
        assert m.period is not None
        if (
            period is not None
            and period.kind is not PeriodKind.YEAR
            and m.period.kind is PeriodKind.YEAR
            and SAME_PERIOD.search(s.text)
        ):
            return period.shifted(year_of(m.period.start) - year_of(period.start)).code()
        return m.period.code()
    relative = any(m.comparison and m.period for m in s.mentions)
    yoy = YEAR_ON_YEAR.search(s.text) is not None
    if not (yoy or relative or PREVIOUS_YEAR.search(s.text)):
        return ""
    if period is not None:
        return "previous year" if period.kind is PeriodKind.YEAR else "same period last year"
    return "same period last year" if yoy else "previous year"


# --- share ------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[,;](?![0-9])|\.(?=\s|$)")


def _share(s: Sentence, f: Fig) -> Found:
    c = f.c
    params = {"share": c.value, "of": _share_of(s.text, f.start, f.end)}
    indicator = c.indicator if c.indicator and "share" in c.indicator else None
    return Found(
        ClaimType.SHARE,
        f.start,
        f.end,
        c.period,
        c.period_text,
        c.value,
        "%",
        c.qualifier,
        params,
        indicator,
        c.reporter,
        c.partner,
        c.status,
    )


def _share_of(text: str, start: int, end: int) -> str:
    """The whole a share is of: the nearest keyword after the figure in its clause, else before."""
    after = text[end : end + 80]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    best: tuple[int, str] | None = None
    for name, pattern in SHARE_OF:
        m = pattern.search(after)
        if m and m.start() <= 55 and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best:
        return best[1]
    before = text[max(0, start - 90) : start]
    near: tuple[int, int, str] | None = None
    for name, pattern in SHARE_OF:
        for m in pattern.finditer(before):
            if near is None or (m.end(), -m.start()) > (near[0], -near[1]):
                near = (m.end(), m.start(), name)  # the nearest; of two, the longer: 进出口
    return near[2] if near else ""
