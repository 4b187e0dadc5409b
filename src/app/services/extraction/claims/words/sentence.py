"""Countries the shared party grammar does not know, and the words of a claim's status."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import WORD_END as _E
from app.services.extraction.claims.words.common import WORD_START as _W

# --- countries the shared party grammar does not know -----------------------------------

#: Chinese country names and "US"; the rest comes from :mod:`app.services.extraction.parties`.
EXTRA_COUNTRIES: dict[str, str] = {
    "CHN": r"我国|中国|中國|中方|中企|(?<![A-Za-z])PRC(?![A-Za-z])",
    "AZE": r"阿塞拜疆|阿塞拜疆共和国|阿塞拜疆",
    "USA": r"美国|美國|(?<![A-Za-z])U\.?S\.?(?=['’\s]|$)(?!\s*(?:dollar|\$))",
    "RUS": r"俄罗斯|俄羅斯|(?<![\w])俄(?=外贸|贸易)",
    "KAZ": r"哈萨克斯坦|哈薩克斯坦",
    "UZB": r"乌兹别克斯坦|烏茲別克斯坦|Узбекистан" + _L + r"*|Özbəkistan" + _L + "*",
    "UKR": r"乌克兰|烏克蘭|Украин" + _L + r"*|Ukrayna" + _L + "*",
    "GEO": r"格鲁吉亚|格魯吉亞",
    "TUR": r"土耳其",
    "KGZ": r"吉尔吉斯斯坦|Кыргызстан" + _L + r"*|Киргизи" + _L + r"*|Qırğızıstan" + _L + "*",
    "TJK": r"塔吉克斯坦|Таджикистан" + _L + r"*|Tacikistan" + _L + "*",
    "TKM": r"土库曼斯坦",
    "NLD": r"荷兰",
    "DEU": r"德国",
}

# --- status -----------------------------------------------------------------------------

STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "target",
        re.compile(
            _W
            + r"(?:aim(?:s|ed|ing)?|targets?|targeted|goals?|цел(?:ь|и|ью)|hədəf"
            + _L
            + r"*)"
            + _E
            + r"|目标",
            _I,
        ),
    ),
    (
        "planned",
        re.compile(
            _W + r"(?:plan(?:s|ned|ning)?|scheduled|intends?|intended|планир" + _L + r"*"
            r"|planlaşdır" + _L + r"*|planlan" + _L + r"*|nəzərdə\s+tutulur)" + _E + r"|计划|拟",
            _I,
        ),
    ),
    (
        "forecast",
        re.compile(
            _W
            + r"(?:forecast"
            + _L
            + r"*|projected|прогноз"
            + _L
            + r"*|proqnoz"
            + _L
            + r"*)"
            + _E
            + r"|预测",
            _I,
        ),
    ),
    (
        "expected",
        re.compile(
            _W + r"(?:expect" + _L + r"*|will|set\s+to|likely\s+to|ожида" + _L + r"*|станет|будет"
            r"|установит|достигнет|превысит|gözlən"
            + _L
            + r"*|"
            + _L
            + r"+(?:acaq|əcək|acağı|əcəyi))"
            + _E
            + r"|预计|将|可能",
            _I,
        ),
    ),
)
