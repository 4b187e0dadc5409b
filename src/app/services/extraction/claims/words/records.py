"""Words of records, of their windows and of streaks, and Chinese relative years."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import (
    NUMBER_WORD,
    ORDINAL_AZ,
    ORDINAL_EN,
    ORDINAL_RU,
    ZH_NUMBER,
)
from app.services.extraction.claims.words.common import WORD_END as _E
from app.services.extraction.claims.words.common import WORD_START as _W
from app.services.extraction.period_words import MONTH

RECORD = re.compile(
    _W
    + r"(?:records?"
    + _E
    + r"|record[- ]high|all[- ]time\s+high|historic(?:al)?\s+(?:high|record|peak)"
    r"|new\s+high|fresh\s+high|highest\s+(?:ever|on\s+record)|highest\s+(?:"
    + _L
    + r"+\s+){0,3}in\s+history"
    r"|lowest\s+(?:ever|on\s+record)|рекорд" + _L + r"*|исторического\s+максимума"
    r"|исторический\s+максимум|rekord" + _L + r"*|tarixi\s+maksimum" + _L + r"*)"
    r"|纪录|紀錄|历史新高|歷史新高|再创新高|创新高|历史最高|歷史最高|最高纪录",
    _I,
)
RECORD_HIGHEST = re.compile(r"highest|наивысш|максимальн|ən\s+yüksək|最高", _I)
RECORD_LOWEST = re.compile(r"lowest|минимальн|ən\s+aşağı|最低", _I)
#: Record words that are only part of another phrase, not a claim.
NOT_RECORD = re.compile(
    r"(?:on\s+record|record(?:s|ed)?\s+(?:of|from)\s+(?:the\s+)?(?:meeting|talks)|third-highest"
    r"|second-highest)",
    _I,
)

WINDOW_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "month",
        re.compile(_W + r"(?:monthly|month|месячн" + _L + r"*|aylıq)" + _E + r"|月度|单月", _I),
    ),
    ("quarter", re.compile(_W + r"(?:quarterly|квартальн" + _L + r"*|rüblük)" + _E, _I)),
    (
        "year",
        re.compile(
            _W + r"(?:annual|yearly|for\s+the\s+year|of\s+the\s+year|end\s+of\s+the\s+year"
            r"|годов" + _L + r"*|итогам\s+года|концу\s+(?:этого\s+|текущего\s+)?года|illik"
            r"|ilin\s+(?:sonuna|yekun" + _L + r"*|nəticə" + _L + r"*))" + _E + r"|全年|年度",
            _I,
        ),
    ),
)
MONTH_RANGE = re.compile(rf"(?:{MONTH})\s*[-–—]\s*(?:{MONTH})", _I)


# --- streaks ----------------------------------------------------------------------------

_WIN = r"(?P<win>year|month|quarter)s?"
STREAKS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"{_W}(?P<ord>{ORDINAL_EN})\s+(?:consecutive|straight|successive)\s+{_WIN}{_E}", _I
    ),
    re.compile(rf"{_W}(?P<ord>{ORDINAL_EN})\s+{_WIN}\s+(?:in\s+a\s+row|running){_E}", _I),
    re.compile(
        rf"{_W}(?P<card>[0-9]{{1,2}}|{NUMBER_WORD})\s+(?:consecutive|straight|successive)\s+{_WIN}{_E}",
        _I,
    ),
    re.compile(rf"{_W}(?P<card>[0-9]{{1,2}}|{NUMBER_WORD})\s+{_WIN}\s+in\s+a\s+row{_E}", _I),
    re.compile(rf"{_W}(?P<ord>{ORDINAL_RU})\s+(?P<win>год|месяц|квартал){_L}*\s+подряд{_E}", _I),
    re.compile(
        rf"{_W}(?P<card>[0-9]{{1,2}}|{NUMBER_WORD})\s+(?P<win>лет|год|месяц|квартал){_L}*\s+подряд{_E}",
        _I,
    ),
    re.compile(rf"{_W}ardıcıl\s+(?P<ord>{ORDINAL_AZ})\s+(?P<win>il|ay|rüb){_L}*", _I),
    re.compile(rf"{_W}(?P<card>[0-9]{{1,2}}|{NUMBER_WORD})\s+(?P<win>il|ay)\s+ardıcıl{_E}", _I),
    re.compile(rf"连续第?(?P<card>{ZH_NUMBER})(?P<win>年|个月|個月|个季度)"),
)
STREAK_WINDOWS = {
    "year": "year",
    "years": "year",
    "лет": "year",
    "год": "year",
    "il": "year",
    "年": "year",
    "month": "month",
    "месяц": "month",
    "ay": "month",
    "个月": "month",
    "個月": "month",
    "quarter": "quarter",
    "квартал": "quarter",
    "rüb": "quarter",
    "个季度": "quarter",
}
#: A streak is a record streak only when the sentence speaks of records or highs.
STREAK_CONTEXT = re.compile(RECORD.pattern + r"|" + _W + r"highs" + _E, _I)


# --- Chinese relative years (fallback when the period grammar reads none) ----------------

ZH_YEAR = re.compile(r"(?P<y>(?:19|20)[0-9]{2})年|(?P<this>今年|本年)|(?P<last>去年|上年)")
