"""What a sentence leaves to the next: the period, indicator and parties a claim sentence lacks."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.periods import Period, PeriodKind, month_index, year_of
from app.services.extraction.claims.candidate import Found
from app.services.extraction.claims.sentence import Sentence, base_indicator, nearest_mention
from app.services.extraction.claims.words.records import ZH_YEAR


@dataclass(slots=True)
class Carry:
    """What the sentence before said: for a claim sentence that names none of it."""

    period: Period | None = None
    indicator: str | None = None
    reporter: str | None = None
    partner: str | None = None


def as_year(p: Period) -> Period:
    y = year_of(p.end)
    return Period(month_index(y, 1), month_index(y, 12))


def claim_period(s: Sentence, pos: int, window: str, carry: Carry) -> tuple[Period | None, str]:
    """The period of a claim without a figure: its sentence's, the sentence before's, or the
    publication year for what is expected this year."""
    m = nearest_mention(s, pos)
    period: Period | None = None
    text = ""
    if m is not None:
        period, text = m.period, m.text
    if period is None:
        period = zh_year(s, pos)
    if period is None and carry.period is not None:
        period = carry.period
    if period is None and s.status != "actual" and s.published is not None:
        period = as_year(Period(month_index(s.published.year, 1), month_index(s.published.year, 1)))
    if period is not None and window == "year" and period.kind is not PeriodKind.YEAR:
        period = as_year(period)
    return period, text


def zh_year(s: Sentence, pos: int) -> Period | None:
    """ "2023年", "今年", "去年" nearest before ``pos`` (else after), for Chinese sentences."""
    found: list[tuple[int, int]] = []
    for m in ZH_YEAR.finditer(s.text):
        if m.group("y"):
            year = int(m.group("y"))
        elif s.published is None:
            continue
        else:
            year = s.published.year - (1 if m.group("last") else 0)
        found.append((m.start(), year))
    if not found:
        return None
    before = [f for f in found if f[0] <= pos]
    _p, year = before[-1] if before else found[0]
    return Period(month_index(year, 1), month_index(year, 12))


def remember(carry: Carry, s: Sentence, found: list[Found]) -> None:
    figs = [f.c for f in s.figures if f.c.period is not None]
    if figs:
        carry.period = figs[0].period
        carry.indicator = base_indicator(figs[0].indicator) or carry.indicator
        carry.reporter, carry.partner = figs[0].reporter, figs[0].partner
        return
    m = nearest_mention(s, 0)
    if m is not None:
        carry.period = m.period
    for f in found:
        if f.indicator:
            carry.indicator = base_indicator(f.indicator)
            break
