"""Words of rank claims: what is ranked, the rank words, and what is not a single rank."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import (
    ORDINAL_AZ,
    ORDINAL_EN,
    ORDINAL_RU,
    ZH_NUMBER,
)
from app.services.extraction.claims.words.common import WORD_END as _E
from app.services.extraction.claims.words.common import WORD_START as _W

#: (canonical "of", pattern) in the order tried, the specific before the general.
RANK_OF: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "export destinations",
        re.compile(
            r"export\s+(?:market|destination)s?|экспортн" + _L + r"*\s+рын" + _L + r"*"
            r"|ixrac\s+bazar" + _L + r"*|出口目的地|出口目的国|出口市场",
            _I,
        ),
    ),
    (
        "import sources",
        re.compile(
            r"source\s+of\s+(?:[^\W\d_]+\s+)?imports|import\s+sources?|(?:leader|leading)\s+in\s+imports"
            r"|importers?\s+(?:to|into|in)\s|volume\s+of\s+imports|источник" + _L + r"*\s+импорта"
            r"|импортер"
            + _L
            + r"*\s+в\s|лидер"
            + _L
            + r"*\s+по\s+импорту|направлени"
            + _L
            + r"*\s+импорта"
            r"|idxal\s+mənbə" + _L + r"*|idxalçı" + _L + r"*|idxal\s+istiqamət" + _L + r"*"
            r"|进口来源国|进口来源地",
            _I,
        ),
    ),
    (
        "investors",
        re.compile(
            r"investors?|инвестор" + _L + r"*|объему\s+инвестиций|investor" + _L + r"*"
            r"|投资国|投资来源国|投資國",
            _I,
        ),
    ),
    (
        "trading partners",
        re.compile(
            r"trad(?:e|ing)(?:\s+turnover)?\s+partners?|foreign\s+trade\s+turnover|trade\s+turnover"
            r"|economic\s+partners?|торгов"
            + _L
            + r"*\s+партн"
            + _L
            + r"*|партн"
            + _L
            + r"*\s+по\s+торговл"
            + _L
            + r"*|по\s+торговле|ticar"
            + _L
            + r"*(?:-iqtisadi)?\s+tərəfdaş"
            + _L
            + r"*"
            r"|贸易伙伴|貿易伙伴|貿易夥伴|经贸伙伴|貿易國|贸易国",
            _I,
        ),
    ),
    ("importers", re.compile(r"importers?|импортер" + _L + r"*|по\s+импорту|进口国", _I)),
    ("exporters", re.compile(r"exporters?|экспортер" + _L + r"*|по\s+экспорту|出口国", _I)),
    (
        "wind power plants",
        re.compile(
            r"wind\s+(?:power|energy)(?:\s+(?:plant|project|station|farm|facility|park)s?)?"
            r"|wind\s+farms?|ветр" + _L + r"*|ветро" + _L + r"*"
            r"|külək\s+elektrik|风电|風電",
            _I,
        ),
    ),
    (
        "solar power plants",
        re.compile(
            r"solar\s+(?:power|energy)(?:\s+(?:plant|project|station|farm|facility|park)s?)?"
            r"|solar\s+(?:plant|park|farm)s?|солнечн" + _L + r"*"
            r"|günəş\s+elektrik|光伏|太阳能",
            _I,
        ),
    ),
)
#: Rank words: group "ord" an ordinal, else rank 1 ("largest", "top", "leading", "крупнейший").
RANK_WORDS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_W}(?P<ord>{ORDINAL_EN})[\s-]+(?:largest|biggest|top)" + _E, _I),
    re.compile(
        rf"{_W}(?:ranked|ranks|ranking|placed|came\s+in|came|took)\s+(?P<ord>{ORDINAL_EN}){_E}"
        rf"(?:\s+place)?",
        _I,
    ),
    re.compile(rf"{_W}(?P<ord>{ORDINAL_EN})\s+place{_E}", _I),
    re.compile(
        rf"\bthe\s+(?P<ord>{ORDINAL_EN})\s+(?=source|trad|export|import|partner|invest)", _I
    ),
    re.compile(
        _W
        + r"(?P<one>largest|biggest|leading|leader|top|main|principal|number\s+one|No\.?\s?1)"
        + _E
        + r"|#1"
        + _E,
        _I,
    ),
    re.compile(
        rf"{_W}(?:на\s+)?(?P<ord>{ORDINAL_RU})\s+(?:по\s+величине\s+|по\s+)?"
        rf"(?=(?:мест|торгов|партн|источник|импорт|экспорт|направлени|инвест))",
        _I,
    ),
    re.compile(
        _W
        + r"(?P<one>крупнейш"
        + _L
        + r"*|лидер"
        + _L
        + r"*|главн"
        + _L
        + r"*|основн"
        + _L
        + r"*)",
        _I,
    ),
    re.compile(rf"{_W}(?P<ord>{ORDINAL_AZ})(?:\s+ən\s+(?:iri|böyük))?{_E}", _I),
    re.compile(_W + r"(?P<one>ən\s+iri|ən\s+böyük|əsas|lider" + _L + r"*)" + _E, _I),
    re.compile(rf"第(?P<zh>{ZH_NUMBER})(?:大|位)|排(?:名|在)第(?P<zh2>{ZH_NUMBER})位?"),
    re.compile(r"(?P<one>最大的?|第一大|首位)"),
)
#: "one of the largest", "among the top", "top ten": no single rank.
RANK_NOT_BEFORE = re.compile(
    r"(?:one\s+of(?:\s+the)?|among\s+the|один\s+из|одн"
    + _L
    + r"*\s+из|biri)\s+(?:[^\W\d_]+['’]s\s+)?$"
    r"|(?:ten|five|three|top|[0-9]+)\s+$",
    _I,
)
RANK_NOT_AFTER = re.compile(r"^\s*(?:之一|ten|five|three|[0-9]+\s)|^[^。，,]{0,12}之一", _I)
#: Words after a rank word that leave the noun unsaid ("the largest in the Caucasus").
RANK_ELIDED = re.compile(r"^\s*(?:in|among|place|,|\.|\(|$|for\s+the\s+volume)", _I)
