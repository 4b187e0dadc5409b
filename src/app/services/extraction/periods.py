"""Period phrases per language, resolved against the publication date.

Each rule is one regex over a sentence and one small function that builds a
:class:`~app.domain.periods.Period`. All matches are collected, overlapping ones resolved
longest-first, and phrases of comparison ("compared with the same period last year") are
marked so that figures do not take their period from them.

Chinese writes no spaces: a phrase next to an ideograph needs no word boundary there
("今年1—10月，中阿…", "…中企截至2025年8月1日…"); a number glued to a magnitude ("2000万")
is still no year. "去年同期" / "比上年" are comparisons; "今年以来" (since January) is an open
period whose end the text does not give, so it binds no figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.periods import Period
from app.services.extraction import period_builders as pb
from app.services.extraction.fiscal import fiscal_mentions
from app.services.extraction.languages import fragments
from app.services.extraction.lexicon import CJK, FULLWIDTH
from app.services.extraction.period_builders import Builder
from app.services.extraction.period_words import (
    CARDINAL,
    FIRST,
    HALF_NOUN,
    MONTH,
    MONTH_NOUN,
    ORDINAL,
    QUARTER_NOUN,
    ZH_COUNT,
    ZH_DASH,
    ZH_DAY,
    ZH_MONTH,
    year_expr,
    zh_year_expr,
)

_I = re.IGNORECASE
_L = r"[^\W\d_]"
_NB = r"(?<![^\W_])"  # not inside a word or number
# Chinese has no spaces: next to an ideograph is a boundary
_ZH_NB = rf"(?:(?<![^\W_])|(?<={CJK}))"
_ZH_NB_END = rf"(?:(?![^\W_])|(?<={CJK}))"
_HAS_CJK = re.compile(CJK)


@dataclass(frozen=True, slots=True)
class Mention:
    """A period phrase in a sentence. ``period`` is None for a date or an unresolvable one."""

    start: int
    end: int
    text: str
    period: Period | None
    comparison: bool = False


YA, YB = year_expr("a"), year_expr("b")
_OF = r"(?:\s+(?:of\s+|de\s+(?:l['’]année\s+)?)?(?:the\s+)?|\s*,\s*)"
_DASH = r"\s*[-–—/]\s*|\s+(?:to|through|till|until|and|по|ilə|-)\s+"
_RULES: list[tuple[str, Builder]] = [
    (
        rf"(?:(?:from|between|с|в|за)\s+)?(?:{YB}\s+)?(?P<m1>{MONTH})(?:{_DASH})(?P<m2>{MONTH})"
        rf"(?:{_OF}{YA})?",
        pb.month_range,
    ),
    (
        rf"(?:{YB}\s+)?(?:the\s+|за\s+)?{FIRST}\s+(?P<n>{CARDINAL})\s+"
        rf"{MONTH_NOUN}(?:{_OF}{YA})?",
        pb.first_months,
    ),
    (rf"{YB},?\s+(?P<n>{CARDINAL})\s+{MONTH_NOUN}", pb.first_months),
    (
        rf"(?:{YB}\s+)?(?P<n>{CARDINAL})\s+(?:aylık|oylik|айлық|ойлик)\s+(?:dönem|davr|кезең|давр){_L}*",
        pb.first_months,
    ),
    (rf"(?P<n>{CARDINAL})\s+{MONTH_NOUN}{_OF}{YA}", pb.first_months),
    (rf"(?:les\s+)?(?P<n>{CARDINAL})\s+{FIRST}\s+{MONTH_NOUN}(?:{_OF}{YA})?", pb.first_months),
    (rf"за\s+(?P<n>{CARDINAL})\s+месяц{_L}*", pb.first_months),
    (
        rf"(?:{YB}\s+)?(?:the\s+)?(?P<o>{ORDINAL})\s+(?:and|и|və|ve|va|ва|және|და|et)\s+"
        rf"(?P<o2>{ORDINAL})\s+{QUARTER_NOUN}(?:{_OF}{YA})?",
        pb.quarters,
    ),
    (
        rf"(?:{YB}\s+)?(?P<o>{FIRST})\s+(?:ay|oy|ай|ой|თვე)(?:da|də|ида|да|ында|інде|ში)(?![^\W\d_])",
        pb.first_month,
    ),
    (
        rf"(?:{YB}\s+)?(?:the\s+)?{FIRST}\s+(?P<n>{CARDINAL})\s+"
        rf"{QUARTER_NOUN}(?:{_OF}{YA})?",
        pb.first_quarters,
    ),
    (
        rf"(?:{YB}\s+)?(?:the\s+|le\s+)?(?:(?P<o>{ORDINAL})(?:\s+|[-‐])|(?P<q>[1-4])[-‐]"
        rf"(?:{_L}{{1,4}}\s+)?){QUARTER_NOUN}(?:{_OF}{YA})?",
        pb.quarter,
    ),
    (rf"(?-i:Q)(?P<q>[1-4])(?:\s*(?:of\s+)?{YA})?", pb.quarter),
    (
        rf"(?:{YB}\s+)?(?P<m1>{MONTH})(?:\s+ay{_L}*)?\s+(?P<m2>{MONTH})(?:\s+ay{_L}*)?"
        rf"(?:\s+(?:qədər|kadar|dək|qadar|қадар|дейін))?",
        pb.month_range,
    ),
    (rf"(?:à\s+)?fin\s+(?P<m2>{MONTH})(?:\s+{YA})?", pb.to_month_end),
    (rf"jusqu['’]au\s+[0-9]{{1,2}}\s+(?P<m2>{MONTH})(?:\s+{YA})?", pb.to_month_end),
    (
        rf"(?:{YB}\s+)?(?:the\s+|le\s+)?(?P<h>{ORDINAL}|[12](?=[-‐]))(?:\s+|[-‐](?:{_L}{{1,4}}\s+)?)"
        rf"{HALF_NOUN}(?:{_OF}{YA})?",
        pb.half,
    ),
    (rf"(?-i:H)(?P<h>[12])(?:\s*{YA})?", pb.half),
    (
        rf"(?:(?:as\s+of|by|at|to)\s+)?(?:the\s+)?end\s+of\s+(?:(?P<m1>{MONTH})\s+)?{YA}",
        pb.point_end,
    ),
    (
        rf"(?:as\s+of|по\s+состоянию\s+на)\s+(?:(?:the\s+)?end\s+of\s+)?(?P<m1>{MONTH})"
        rf"(?:\s+{YA})?",
        pb.point_end,
    ),
    (rf"(?:на|к)\s+конец\s+{YA}", pb.point_end),
    (
        rf"(?:{YB}\s+)?(?:[0-9]{{1,2}}[-\s]+)?(?P<m1>{MONTH})\s+(?:ҳолатига|holatiga|ҳолатида|holatida"
        rf"|жағдай\s+бойынша|мдგომარეობით|მდგომარეობით)",
        pb.point_end,
    ),
    (rf"{YB}\s+sonu{_L}*", pb.point_end),
    (
        rf"(?:[0-9]{{1,2}}\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})\s+[0-9]{{1,2}}(?![0-9]))"
        rf"(?:,?\s+(?:19|20)[0-9]{{2}})?",
        pb.day,
    ),
    (rf"(?:{YB}\s+)?(?P<m1>{MONTH})(?:\s+ay{_L}*)?(?:{_OF}{YA})?", pb.single_month),
    (
        r"(?P<y1>(?:19|20)[0-9]{2})\s*(?:[-–—]|\s+(?:to|through|until|till|and|и|по|до|və"
        r"|ve|va|және|და|et|à)\s+)\s*(?P<y2>(?:19|20)[0-9]{2})(?![0-9])",
        pb.year_range,
    ),
    (YA, pb.year_only),
    (
        r"currently|to\s+date|at\s+present|as\s+of\s+today|hal-?hazırda|hazırda"
        r"|в\s+настоящее\s+время|на\s+сегодняшний\s+день|на\s+данный\s+момент|şu\s+anda"
        r"|halihazırda|" + "|".join(fragments("now")),
        pb.now,
    ),
    (
        rf"(?:since|depuis|с|od)\s+{YA}|{YB}\s*(?:bəri|beri|бері|bu\s+yana|buyon|dan\s+beri"
        rf"|дан\s+бері|dan\s+buyon|ден\s+бері)",
        pb.open_ended,
    ),
    (
        rf"(?:the\s+|le\s+)?(?P<o>first|last|premier|dernier)\s+(?:month|mois)\s+(?:of|de)\s+"
        rf"(?:the\s+year|l['’]année|{YA})",
        pb.first_or_last_month,
    ),
]
_COMPILED = [(re.compile(_NB + "(?:" + p + ")(?![^\\W_])", _I), b) for p, b in _RULES]

# Chinese: the year comes first and glues to what follows ("2025年1—10月", "今年前10个月").
ZA, ZB = zh_year_expr("a"), zh_year_expr("b")
_ZY = rf"(?:{ZB}\s*)?"
_ZH_AS_OF = r"(?:截至|截止(?:到|至)?)\s*"
_ZH_RULES: list[tuple[str, Builder]] = [
    (rf"{_ZY}(?P<m1>{ZH_MONTH})(?:月份?)?{ZH_DASH}(?P<m2>{ZH_MONTH})月份?", pb.month_range),
    (rf"{_ZY}(?:前|头)(?P<n>{ZH_COUNT})个?月", pb.first_months),
    (rf"{_ZY}前(?P<n>[一二两三1-3])个?季度?", pb.first_quarters),
    (rf"{_ZY}第?(?:(?P<q>[1-4])|(?P<o>[一二三四]))季度", pb.quarter),
    (rf"{_ZY}(?P<h>上|下)半年度?", pb.half),
    (rf"{_ZH_AS_OF}(?:{ZA}\s*)?(?P<m1>{ZH_MONTH})月(?:{ZH_DAY}|底|末|份)?", pb.point_end),
    (rf"(?:{_ZH_AS_OF}|到\s*)?{ZA}\s*年?[底末]", pb.point_end),
    (rf"{_ZH_AS_OF}{ZA}", pb.point_end),
    (rf"{_ZY}(?P<m1>{ZH_MONTH})月{ZH_DAY}", pb.day),
    (rf"{_ZY}(?P<m1>{ZH_MONTH})月份?", pb.single_month),
    (
        rf"(?P<y1>(?:19|20)[0-9]{{2}})年?{ZH_DASH}(?P<y2>(?:19|20)[0-9]{{2}})年",
        pb.year_range,
    ),
    (rf"{ZA}同期", pb.year_only),
    (rf"(?:自|从)?{ZA}\s*(?:以来|至今)", pb.open_ended),
    (ZA, pb.year_only),
    (r"(?P<this>本月|当月)|(?P<prev>上个?月)", pb.relative_month),
    (r"截[至止]目前|目前|迄今为止|迄今", pb.now),
]
_ZH_COMPILED = [(re.compile(_ZH_NB + "(?:" + p + ")" + _ZH_NB_END), b) for p, b in _ZH_RULES]

_COMPARE_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than|versus|vs\.?|against|relative\s+to|same\s+period"
    r"|(?:%|percent|per\s?cent|times|fold)\s+from"
    r"|по\s+сравнению\s+с|относительно|против|аналогичн" + _L + r"*\s+период" + _L + r"*"
    r"|w\s+porównaniu\s+z|par\s+rapport|քան|чем"
    r"|contre)"
    r"[\s,]+(?:(?:the|in|of|period|same|с|в)\s+){0,4}$",
    _I,
)
# Chinese: "比去年同期增长", "较上年", "与2024年相比", "是2015年的3倍".
_ZH_COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|相比|相较于?|相对于|对比)\s*$")
_ZH_COMPARE_AFTER = re.compile(r"\s*(?:同期|相比|比较|(?:全年)?的\s*[0-9.]+\s*倍)")
_COMPARE_AFTER = re.compile(
    r"^\s*(?:" + _L + r"*\s+){0,2}(?:ilə\s+müqayisədə|müqayisədə|nisbətən|göre|kıyasla"
    r"|ile\s+kıyas|ilə\s+müq|"
    + "|".join(fragments("compared_after"))
    + "|"
    + "|".join(fragments("same_period"))
    + ")",
    _I,
)


def find_periods(
    sentence: str, published: date | None, fiscal_start: int | None = None
) -> list[Mention]:
    """Period phrases of a sentence (offsets relative to it), dates included as period None;
    ``fiscal_start`` is the month the fiscal years of the text start in (see :mod:`fiscal`)."""
    found: list[Mention] = [
        Mention(a, b, sentence[a:b], p)
        for a, b, p in fiscal_mentions(sentence, published, fiscal_start)
    ]
    text = sentence.translate(FULLWIDTH)  # "２０２５年" reads as "2025年"; offsets unchanged
    rules = _COMPILED + _ZH_COMPILED if _HAS_CJK.search(text) else _COMPILED
    for pattern, build in rules:
        for m in pattern.finditer(text):
            g = m.groupdict()
            found.append(
                Mention(m.start(), m.end(), sentence[m.start() : m.end()], build(g, published))
            )
    kept = _resolve_overlaps(found)
    kept = _join_from_through(sentence, kept)
    kept = _explained(sentence, kept)
    return [_mark_comparison(sentence, k) for k in kept]


_BRACKET_OPEN = re.compile(r"\s*[(（]\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


def _explained(sentence: str, kept: list[Mention]) -> list[Mention]:
    """ "本财年前10个月(2010年7月至2011年4月)", "the last 12 months (August 2021 to July
    2022)": the bracketed period says what the phrase before it means, and replaces it."""
    out: list[Mention] = []
    for m in kept:
        prev = out[-1] if out else None
        close = _BRACKET_CLOSE.match(sentence, m.end)
        if (
            prev is not None
            and m.period is not None
            and close is not None
            and _BRACKET_OPEN.fullmatch(sentence, prev.end, m.start)
        ):
            out[-1] = Mention(prev.start, close.end(), sentence[prev.start : close.end()], m.period)
            continue
        out.append(m)
    return out


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for cand in sorted(found, key=lambda x: (-(x.end - x.start), x.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda x: x.start)


_FROM = re.compile(r"(?:from|since|between|с|od)\s+$", _I)
_THROUGH = re.compile(r"^\s+(?:through|to|until|till|and|по|do)\s+(?:the\s+)?$", _I)


def _join_from_through(sentence: str, kept: list[Mention]) -> list[Mention]:
    """ "from 1995 through the first half of 2025" is one range."""
    out: list[Mention] = []
    i = 0
    while i < len(kept):
        a = kept[i]
        b = kept[i + 1] if i + 1 < len(kept) else None
        lead = _FROM.search(sentence[max(0, a.start - 10) : a.start])
        if (
            b is not None
            and a.period
            and b.period
            and lead is not None
            and a.period.start <= b.period.end
            and _THROUGH.match(sentence[a.end : b.start])
        ):
            start = a.start - len(lead.group())
            out.append(
                Mention(start, b.end, sentence[start : b.end], Period(a.period.start, b.period.end))
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _mark_comparison(sentence: str, m: Mention) -> Mention:
    before = sentence[max(0, m.start - 40) : m.start]
    after = sentence[m.end : m.end + 30]
    cmp = bool(
        _COMPARE_BEFORE.search(before)
        or _COMPARE_AFTER.match(after)
        or m.text.endswith("同期")
        or _ZH_COMPARE_BEFORE.search(before[-6:])
        or _ZH_COMPARE_AFTER.match(after)
        or _ABLATIVE_YEAR.search(m.text) is not None
    )
    return Mention(m.start, m.end, m.text, m.period, cmp) if cmp else m


#: "2023 жылдан 13 пайызға артқан", "2023'ten bu yana" is open (its own rule): a year in the
#: ablative is what a figure is compared with ("than in 2023")
_ABLATIVE_YEAR = re.compile(
    r"(?:19|20)[0-9]{2}\S*\s*(?:жыл|yıl|yil|il|йил)?(?:дан|ден|тан|тен|нан|нен|dan|dən|den|tan|ten|tən)$"
    r"|(?:19|20)[0-9]{2}['’](?:den|dan|ten|tan)$",
    _I,
)
