"""From raw numbers to figures: units from context, and growth rates attached to levels.

"reached $2.44 billion, an increase of more than 20 percent" is one figure whose reported
change is +20 % (more than); a growth rate with no level in its sentence ("sales surged by
4.2 times") is a figure of its own; a bare "57,000" takes its unit from the nouns before it.
Chinese puts the verb right before the rate: "同比增长超过20%", "增长了20%以上", "下降5%",
"增幅为12%"; "增长到"/"增至" + a rate is a new level (a share that rose to 15 %), not a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.extraction.binding import CLAUSE_BREAK
from app.services.extraction.indicators import GROWTH, INVEST, SHARE, TRADE
from app.services.extraction.languages import fragments, joined
from app.services.extraction.lexicon import (
    CONTEXT_COUNTS,
    CONTEXT_PERSONS,
    CURRENCY_AFTER,
    ZH_BOUND_WORDS,
    ZH_FALL,
    ZH_RISE,
)
from app.services.extraction.numbers import RawFigure

_I = re.IGNORECASE
_L = r"[^\W\d_]*"
_GROWTH_BEFORE = re.compile(
    r"(?:increas"
    + _L
    + r"|grow"
    + _L
    + r"|grew|growth|rose|rise|up|jump"
    + _L
    + r"|surg"
    + _L
    + r"|climb"
    + _L
    + r"|decreas"
    + _L
    + r"|declin"
    + _L
    + r"|fell|down|drop"
    + _L
    + r"|by"
    r"|на|увелич"
    + _L
    + r"|вырос"
    + _L
    + r"|рост"
    + _L
    + r"|сократ"
    + _L
    + r"|сниз"
    + _L
    + r"|\+|−)"
    r"(?:\s+(?:of|by|more\s+than|nearly|almost|about|over|roughly|around|some|approximately"
    r"|почти|более|около|ponad|o))*\s*$",
    _I,
)
#: comparatives are bounds before a number ("plus de 20 %", "less than 5 %"), not growth
_NOT_BEFORE = {
    "plus",
    "moins",
    "less",
    "fewer",
    "lower",
    "more",
    "больше",
    "меньше",
    "fazla",
    "daha",
}
#: a table's growth word before a rate: "en hausse de 24 %", "ont augmenté de 24 %", "(-14,1 %)"
_TABLE_GROWTH_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:"
    + "|".join(w for w in fragments("growth") if w not in _NOT_BEFORE)
    + r")(?:\s+(?:oranı|rate|темп[^\W\d_]*|sur['’ʼ]?ati|суръати|darajasi))?"
    r"(?:\s+(?:de|d['’]|of|by|à|на))?(?:\s+(?:"
    + "|".join(fragments("copulas"))
    + r"))?|\()\s*[-−+]?\s*$",
    _I,
)
_GROWTH_AFTER = re.compile(
    r"^(?:['’][^\W\d_]{1,4})?[\s-]*(?:increase|growth|rise|jump|gain|decrease|decline|drop"
    r"|year[- ]on[- ]year|y/y|yoy"
    r"|compared|more|higher|lower|up|down|from|than|over|against|больше|меньше|рост|выше"
    r"|по\s+сравнению|çox|az|art" + _L + r"|azal" + _L + r"|art" + _L + r"|ilə|nisbətən|fazla"
    r"|daha|artış" + _L + r"|azalış" + _L + r"|вырос|увелич" + _L + r"|ավելի|պակաս"
    r"|(?:-?[^\W\d_]{1,3}\s+|[^\W\d_]{4,12}\s+)?(?:"
    + "|".join(fragments("growth"))
    + r")(?![^\W\d_])"
    r"|(?:-?[^\W\d_]{1,3}\s+)?\S*\s+" + joined("compared_after") + r")",
    _I,
)
_ZH_GROWTH_BEFORE = re.compile(
    r"(?:(?:"
    + ZH_RISE
    + "|"
    + ZH_FALL
    + r")了?|同比|环比|(?:增幅|降幅|增速|涨幅|跌幅)(?:为|达到?)?)"
    r"(?:" + ZH_BOUND_WORDS + r")?[ \u00a0]?$"
)
_OF_WHICH = re.compile(r"(?:" + "|".join(fragments("of_which")) + r")[，,]?\s*$", _I)
_CURRENCY_ANYWHERE = re.compile(
    r"\$|€|₼|₾|₸|₺|₹|(?<![^\W\d_])(?:dollar|долл|dolar|manat|манат|yuan|юан|euro|евро|USD|AZN|CNY"
    r"|EUR|dirham|rupee|рупи|lira|tenge|тенге|теңге|lari|лари|ლარ|so[‘'’]?m(?:lik|ga|ni|dan)?(?![^\W\d_])|сўм|დოლარ"
    r"|(?-i:MAD|DH|TL|INR|PKR|KZT|GEL|UZS|TRY)(?![^\W\d_]))"
    r"|美元|人民币|欧元|卢布|马纳特",
    _I,
)
_LEVEL_UNITS = frozenset({"%", "times"})


@dataclass(frozen=True, slots=True)
class Figure:
    """A level figure or a growth rate, with offsets relative to the sentence."""

    raw: RawFigure
    unit: str


@dataclass(frozen=True, slots=True)
class _Context:
    """What a sentence offers bare numbers, looked up once per sentence."""

    currency: str | None
    persons: bool
    counts: bool
    money_words: bool


def _sentence_context(sentence: str) -> _Context:
    m = _CURRENCY_ANYWHERE.search(sentence)
    currency = None
    if m is not None:
        cur = CURRENCY_AFTER.match(m.group())
        currency = cur.lastgroup if cur is not None and cur.lastgroup else "USD"
    return _Context(
        currency,
        CONTEXT_PERSONS.search(sentence) is not None,
        CONTEXT_COUNTS.search(sentence) is not None,
        TRADE.search(sentence) is not None or INVEST.search(sentence) is not None,
    )


def with_units(sentence: str, raws: list[RawFigure]) -> list[Figure]:
    """Figures whose unit is printed or follows from context; the rest are dropped."""
    out: list[Figure] = []
    ctx = _sentence_context(sentence) if any(r.unit is None for r in raws) else None
    for raw in raws:
        unit = raw.unit
        if unit is None and ctx is not None:
            unit = _context_unit(sentence, raw, ctx)
        if unit is None and out and _OF_WHICH.search(sentence[max(0, raw.start - 20) : raw.start]):
            unit = out[-1].unit  # "375 companies ..., of which 298 operate"
        if unit is None and out and _series(sentence, out[-1].raw, raw):
            # "$75 million in 2017, 103 in 2018, 102 in 2019": the series' unit and magnitude
            prev = out[-1].raw
            raw = RawFigure(
                raw.start, raw.end, raw.value * prev.scale, raw.unit, prev.scale != 1.0,
                raw.year_like, raw.core_end, prev.scale,
            )  # fmt: skip
            unit = out[-1].unit
        if unit is not None:
            out.append(Figure(raw, unit))
    return out


#: between two numbers of a series: "in 2017, " / "en 2018, " / ", " / " and "
_SERIES_GAP = re.compile(
    r"(?:\s+(?:in|en|au|в|за)\s+(?:19|20)[0-9]{2}[^\W\d_]*\.?)?\s*(?:,|;|\s(?:and|et|и|və|ve))\s*$",
    _I,
)
#: after a number of a series: its own year ("103 en 2018")
_SERIES_YEAR = re.compile(r"\s+(?:in|en|au|в|за)\s+(?:19|20)[0-9]{2}(?![0-9])", _I)


def _series(sentence: str, prev: RawFigure, raw: RawFigure) -> bool:
    """Whether a bare number continues a series of figures that each name their year."""
    return (
        not raw.has_magnitude
        and not raw.year_like
        and raw.start - prev.end <= 40
        and _SERIES_YEAR.match(sentence, raw.end) is not None
        and _SERIES_GAP.search(sentence[prev.end : raw.start]) is not None
    )


def _context_unit(sentence: str, raw: RawFigure, ctx: _Context) -> str | None:
    if raw.year_like or (raw.value < 10 and not raw.has_magnitude):
        return None
    before = sentence[max(0, raw.start - 160) : raw.start]
    persons = ctx.persons and CONTEXT_PERSONS.search(before) is not None
    if raw.has_magnitude:
        if ctx.currency is not None:
            return ctx.currency
        if persons:
            return "persons"
        return "USD" if ctx.money_words else None
    if persons:
        return "persons"
    if ctx.counts and CONTEXT_COUNTS.search(before):
        return "count"
    return None


def is_growth(sentence: str, fig: Figure) -> bool:
    """Whether a % or multiple is a change ("an increase of 21.9 %"), not a share or level."""
    if fig.unit not in _LEVEL_UNITS:
        return False
    before = sentence[max(0, fig.raw.start - 40) : fig.raw.start]
    after = sentence[fig.raw.end : fig.raw.end + 40]
    wide = sentence[max(0, fig.raw.start - 80) : fig.raw.end + 20]
    if _ZH_GROWTH_BEFORE.search(before[-12:]):
        return True  # "同比增长20%": the verb is glued to the rate, whatever share is near
    if fig.unit == "%" and SHARE.search(wide):
        return False
    if fig.unit == "times":
        return True
    return bool(
        _GROWTH_BEFORE.search(before)
        or _TABLE_GROWTH_BEFORE.search(before)
        or _GROWTH_AFTER.match(after)
    )


def is_growth_text(sentence: str) -> bool:
    """Whether a sentence speaks of a change at all."""
    return GROWTH.search(sentence) is not None


def attach_changes(
    sentence: str, figures: list[Figure], periods: list[tuple[int, int]] | None = None
) -> tuple[list[Figure], dict[int, Figure]]:
    """Split figures into levels (in order) and a map level index -> its reported change.

    A change goes to the nearest level before it in the sentence (the usual "reached X, an
    increase of Y"), else the nearest after it ("increased by Y, reaching X"); a level takes
    one change. Changes with no free level remain figures of their own. ``periods`` are the
    spans of the sentence's period phrases: a clause that opens with its own period ("$865
    mn last year, while in the first quarter trade grew 45 %") is another statement, so a
    change does not reach across it.
    """
    levels = [f for f in figures if not is_growth(sentence, f)]
    changes = [f for f in figures if is_growth(sentence, f)]
    real = [i for i, f in enumerate(levels) if f.unit not in _LEVEL_UNITS]
    attached: dict[int, Figure] = {}
    orphans: list[Figure] = []
    for ch in changes:
        reachable = [i for i in real if not _new_statement(sentence, levels[i], ch, periods or [])]
        forward = _CONVERB.match(sentence, ch.raw.end) is not None
        target = _nearest_level(ch, levels, reachable, attached, forward)
        if target is None:
            orphans.append(ch)
        else:
            attached[target] = ch
    merged = sorted(levels + orphans, key=lambda f: f.raw.start)
    index = {id(f): i for i, f in enumerate(merged)}
    return merged, {index[id(levels[i])]: ch for i, ch in attached.items()}


def _new_statement(
    sentence: str, level: Figure, change: Figure, periods: list[tuple[int, int]]
) -> bool:
    """Whether a clause break then a period phrase stand between a level and a change after
    it ("increased by 100 times, reaching $41 bn in 2023" keeps its change)."""
    a, b = level.raw.end, change.raw.start
    if a > b:
        return False
    return any(
        a <= start and end <= b and CLAUSE_BREAK.search(sentence, a, start) is not None
        for start, end in periods
    )


def _nearest_level(
    ch: Figure,
    levels: list[Figure],
    real: list[int],
    taken: dict[int, Figure],
    forward: bool = False,
) -> int | None:
    free = [i for i in real if i not in taken]
    before = [i for i in free if levels[i].raw.end <= ch.raw.start]
    after = [i for i in free if levels[i].raw.start >= ch.raw.end]
    if forward and after:
        return after[0]  # "62 %-ға өсіп, 4,5 млн тоннаға": grown by, reaching
    if before:
        return before[-1]
    return after[0] if after else None


#: a verb of change as a converb right after a rate, "having grown by 62 %, (it) reached …":
#: the rate is the change of the level that follows (өсіп, artaraq, artarak, o‘sib, ўсиб)
_CONVERB = re.compile(
    r"(?:['’-]?[^\W\d_]{1,4})?\s+(?:[^\W\d_]+\s+)?(?:"
    + "|".join(fragments("growth"))
    + r")(?:"
    + "|".join(
        f"(?<={e})"
        for e in (
            *("ып", "іп", "ип", "ib", "ıp", "ip", "up", "üp", "araq", "ərək", "arak", "erek"),
            *("şla", "şle", "ıyla", "iyle", "la", "le"),  # "yüzde 7 artışla": with a rise of
        )
    )
    + r")(?![^\W\d_])",
    _I,
)


def move_changes(
    changes: dict[int, Figure], bases: list[bool], figures: list[Figure]
) -> Figure | None:
    """A growth is of the new level, never of the base it is measured against: move it from a
    base to a level with no growth in the base's unit (the next one, else the one before); if
    the sentence has none, return it (it may belong to the figure of the sentence before)."""
    loose = None
    for i in [i for i in changes if bases[i]]:
        free = [j for j in range(len(bases)) if not bases[j] and j not in changes]
        free = [j for j in free if figures[j].unit == figures[i].unit] or free
        later = [j for j in free if j > i]
        target = later[0] if later else (free[-1] if free else None)
        change = changes.pop(i)
        if target is not None:
            changes[target] = change
        else:
            loose = change
    return loose
