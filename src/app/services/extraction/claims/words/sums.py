"""Words of counts of things and of the totals they add up to."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import NUMBER_WORD, ZH_CLAUSE, ZH_NUMBER
from app.services.extraction.claims.words.common import WORD_END as _E
from app.services.extraction.claims.words.common import WORD_START as _W

_EVENT_EN = r"projects?|agreements?|documents?|memorand(?:a|ums?)|contracts?|deals?|MoUs?"
_EVENT_RU = (
    r"проект" + _L + r"*|соглашени" + _L + r"*|договор" + _L + r"*|документ" + _L + r"*"
    r"|меморандум" + _L + r"*|контракт" + _L + r"*|споразумени" + _L + r"*"
)
_EVENT_AZ = (
    r"layihə"
    + _L
    + r"*|saziş"
    + _L
    + r"*|sənəd"
    + _L
    + r"*|müqavilə"
    + _L
    + r"*|memorandum"
    + _L
    + "*"
)
COUNTS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"{_W}(?P<n>[0-9]{{1,4}}|{NUMBER_WORD})\s+(?P<np>(?:[^\W\d_][\w-]*\s+){{0,3}}?(?:{_EVENT_EN})){_E}",
        _I,
    ),
    re.compile(
        rf"{_W}(?P<n>[0-9]{{1,4}}|{NUMBER_WORD})\s+(?P<np>(?:{_L}+\s+){{0,3}}?(?:{_EVENT_RU}))", _I
    ),
    re.compile(
        rf"{_W}(?P<n>[0-9]{{1,4}}|{NUMBER_WORD})\s+(?P<np>(?:{_L}+\s+){{0,3}}?(?:{_EVENT_AZ}))", _I
    ),
    re.compile(rf"(?P<n>{ZH_NUMBER})多?(?:项|項|个|個|份)(?P<np>[^{ZH_CLAUSE}]{{1,30}})"),
)
ZH_EVENT = re.compile(r"项目|項目|协议|協議|备忘录|備忘錄|文件|合同")
#: Total cues: strong ones may stand anywhere in the sentence, weak ones right after the count.
TOTAL_STRONG = re.compile(
    _W
    + r"(?:total|totaling|totalling|combined|aggregate|общ"
    + _L
    + r"*|обща|ümumi)"
    + _E
    + r"|总|總|共计|共計",
    _I,
)
TOTAL_WEAK = re.compile(
    r"^[\s,]*(?:(?:with\s+a\s+(?:total\s+)?)?(?:worth|valued\s+at|totaling|totalling|for)"
    r"|на(?:\s+(?:сумму|общую\s+сумму|более|свыше|почти|около))*(?:\s+чем)?"
    r"|с\s+объемом\s+(?:инвестиций\s+)?в|стоимостью|на\s+обща\s+стойност(?:\s+над)?)\s",
    _I,
)
TOTAL_ONLY = re.compile(
    r"(?P<np>(?:[^\W\d_][\w-]*\s+){1,6}?)with\s+an?\s+(?:total|combined|aggregate)\s+", _I
)
SUM_STOP_EN = frozenset(
    {
        "with",
        "worth",
        "valued",
        "totaling",
        "totalling",
        "on",
        "in",
        "to",
        "for",
        "between",
        "including",
        "were",
        "was",
        "have",
        "has",
        "are",
        "is",
        "will",
        "signed",
        "under",
        "from",
        "at",
        "by",
        "that",
        "which",
    }
)
SUM_STOP_RU = frozenset(
    {
        "на",
        "с",
        "во",
        "в",
        "по",
        "для",
        "и",
        "или",
        "подписали",
        "подписаны",
        "были",
        "общей",
        "общую",
        "стоимостью",
        "предусматривающих",
        "охватывающих",
        "которые",
    }
)
SUM_STOP_AZ = frozenset(
    {
        "həyata",
        "üçün",
        "ilə",
        "olan",
        "və",
        "da",
        "də",
        "imzalayıb",
        "imzalanıb",
    }
)
INCLUDING = re.compile(_W + r"(?:including|включая|daxil\s+olmaqla)" + _E + r"|包括", _I)
QUOTED_NAME = re.compile(r"[«“\"„]([^»”\"“]{2,60})[»”\"“]")
TOTAL_PREFIX_NOUNS = re.compile(
    r"^(?:include|includes|including|cover|covers|comprise|comprises)$", _I
)
