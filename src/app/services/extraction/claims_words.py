"""Words of the claim grammar per language (English, Russian, Azerbaijani, Chinese).

Kept apart from :mod:`claims` so that teaching a language is adding words, not logic. Every
pattern is searched in one sentence (bounded length) and nests no unbounded repeats.
"""

from __future__ import annotations

import re

from app.services.extraction.period_words import CARDINALS, MONTH

_I = re.IGNORECASE
_L = r"[^\W\d_]"
_W = r"(?<![^\W\d_])"  # at a word start
_E = r"(?![^\W\d_])"  # at a word end

# --- numbers in words -------------------------------------------------------------------

#: Cardinals for counts ("five projects", "пяти проектов", "beş layihə").
NUMBER_WORDS: dict[str, int] = {
    **CARDINALS,
    "a dozen": 12,
    "dozen": 12,
    "пятерых": 5,
    "шестью": 6,
    "одна": 1,
    "одно": 1,
    "две": 2,
    "трёх": 3,
    "четырёх": 4,
    "двенадцать": 12,
    "двенадцати": 12,
    "on bir": 11,
    "on iki": 12,
}
#: Words also common in other roles ("on" in English, "bir" = "a" in Azerbaijani).
_AMBIGUOUS = frozenset({"on", "bir"})
NUMBER_WORD = "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if w not in _AMBIGUOUS), key=len, reverse=True)
)

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
ZH_NUMBER = r"[0-9]+|[一二两三四五六七八九十百零]+"


def zh_number(text: str) -> int | None:
    """一..九十九 and 百 in Chinese numerals, or ASCII digits."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


#: Ordinals: "third", "3rd", "третий", "üçüncü" (stems matched at a word start).
ORDINAL_STEMS: tuple[tuple[str, int], ...] = (
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четвёрт", 4),
    ("четверт", 4),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
    ("birinci", 1),
    ("ikinci", 2),
    ("üçüncü", 3),
    ("dördüncü", 4),
    ("beşinci", 5),
    ("altıncı", 6),
    ("yeddinci", 7),
    ("səkkizinci", 8),
    ("doqquzuncu", 9),
    ("onuncu", 10),
)
ORDINAL_EN = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[0-9]{1,2}(?:st|nd|rd|th)"
)
ORDINAL_RU = r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)" + _L + "*"
ORDINAL_AZ = (
    r"birinci|ikinci|üçüncü|dördüncü|beşinci|altıncı|yeddinci|səkkizinci|doqquzuncu|onuncu"
    r"|[0-9]{1,2}-?(?:ci|cı|cu|cü)"
)
ORDINAL_ANY = rf"(?:{ORDINAL_EN}|{ORDINAL_RU}|{ORDINAL_AZ})"


def ordinal_value(word: str) -> int | None:
    w = word.lower()
    m = re.match(r"([0-9]{1,3})", w)
    if m:
        return int(m.group(1))
    for stem, n in ORDINAL_STEMS:
        if w.startswith(stem):
            return n
    return None


def count_value(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w) or zh_number(w)


# --- countries the shared party grammar does not know -----------------------------------

#: Chinese country names and "US"; the rest comes from :mod:`parties`.
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

# --- records ----------------------------------------------------------------------------

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

# --- first / only -----------------------------------------------------------------------

FIRST_EN = re.compile(
    r"(?:(?P<poss>[^\W\d_][\w.-]*(?:'s|’s|')\s+)|(?P<the>\bthe\s+)|^)"
    r"(?:very\s+)?(?P<kind>first(?:-ever)?|only|sole|maiden)\s+(?P<rest>\w)",
    _I,
)
FIRST_RU = re.compile(
    _W
    + r"(?P<kind>перв(?:ый|ая|ое|ого|ой|ым|ую|ом)|единственн"
    + _L
    + r"*)\s+(?P<rest>"
    + _L
    + ")",
    _I,
)
FIRST_AZ = re.compile(_W + r"(?P<kind>ilk|yeganə)\s+(?P<rest>" + _L + ")", _I)
FIRST_ZH = re.compile(r"(?P<kind>首个|首個|首座|首家|首条|首條|第一个|第一個|第一座|唯一的?)")
#: Words after "first" that make it a position, not a claim ("first half", "first time").
FIRST_NOT = re.compile(
    r"(?:time|times|half|quarter|quarters|phase|stage|section|batch|round|place|month|months"
    r"|week|weeks|day|days|year|years|nine|ten|eleven|eight|seven|six|five|four|three|two"
    r"|deputy|lady|vice|session|edition|unit|of|in|among|step|line|tranche|visit|meeting"
    r"|полугоди|квартал|месяц|этап|очеред|мест|заместител|раз|из|половин|ласточк|шаг|день"
    r"|семь|пять|шесть|восемь|девять|десять|дв|тр|четыр"
    r"|dəfə|yeddi|beş|altı|səkkiz|doqquz|on|rüb|yarı|növbədə|ay|gün|il)" + _L + "*$",
    _I,
)
FIRST_STOP_EN = frozenset(
    {
        "with",
        "in",
        "to",
        "for",
        "by",
        "involving",
        "that",
        "which",
        "who",
        "is",
        "was",
        "are",
        "were",
        "will",
        "has",
        "have",
        "being",
        "been",
        "built",
        "developed",
        "implemented",
        "constructed",
        "planned",
        "scheduled",
        "expected",
        "of",
        "from",
        "at",
        "on",
        "as",
        "and",
        "or",
        "under",
        "since",
        "after",
        "before",
        "launched",
        "commissioned",
        "set",
        "located",
    }
)
FIRST_STOP_RU = frozenset(
    {
        "мощностью",
        "с",
        "в",
        "на",
        "по",
        "для",
        "который",
        "которая",
        "которое",
        "которые",
        "реализуемый",
        "реализуемая",
        "построенный",
        "и",
        "или",
        "как",
        "из",
        "от",
        "при",
    }
)
FIRST_STOP_AZ = frozenset(
    {
        "olan",
        "kimi",
        "və",
        "ilə",
        "üçün",
        "da",
        "də",
        "isə",
        "tərəfindən",
    }
)
ZH_CLAUSE = '，,。；;：:！!？?（）()“”"「」'

# --- rank -------------------------------------------------------------------------------

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

# --- share ------------------------------------------------------------------------------

SHARE_CONTEXT = re.compile(
    _W + r"(?:share|accounted\s+for|accounts?\s+for|доля|доли|долю|пришл" + _L + r"*|приходится"
    r"|xüsusi\s+çəki"
    + _L
    + r"*|pay"
    + _L
    + r"*|faizi|part\s+de|udział"
    + _L
    + r"*)"
    + _E
    + r"|(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:total|all|overall)"
    r"|%\s+(?:от\s+общего|всей|всего|общего|объ[её]ма|товарооборот|внешнеторгов|импорт|экспорт)"
    r"|占|比重|份额",
    _I,
)
SHARE_OF: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "electricity generation",
        re.compile(
            r"electricity\s+generation|generation|выработк" + _L + r"*|istehsal" + _L + r"*|发电",
            _I,
        ),
    ),
    (
        "imports",
        re.compile(r"import" + _L + r"*|импорт" + _L + r"*|idxal" + _L + r"*|进口|進口", _I),
    ),
    (
        "exports",
        re.compile(r"export" + _L + r"*|экспорт" + _L + r"*|ixrac" + _L + r"*|出口", _I),
    ),
    (
        "foreign trade",
        re.compile(
            r"foreign\s+trade|trade|turnover|внешн"
            + _L
            + r"*\s+торгов"
            + _L
            + r"*|товарооборот"
            + _L
            + r"*|торгов"
            + _L
            + r"*|ticarət\s+dövriyyə"
            + _L
            + r"*|外贸|對外貿易|对外贸易|进出口|貿易|贸易",
            _I,
        ),
    ),
    (
        "investment",
        re.compile(r"invest" + _L + r"*|инвестиц" + _L + r"*|investisiya" + _L + r"*|投资", _I),
    ),
)

# --- sums and counts --------------------------------------------------------------------

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

# --- growth -----------------------------------------------------------------------------

DECREASE_AFTER = re.compile(
    r"^[\s%a-zA-Z.]{0,14}?(?:less|lower|down|меньше|ниже|az(?![^\W\d_])|aşağı|azal" + _L + r"*)",
    _I,
)
DECREASE_BEFORE = re.compile(
    _W + r"(?:decreas" + _L + r"*|declin" + _L + r"*|fell|fall" + _L + r"*|dropp?" + _L + r"*"
    r"|shr[aiu]nk|contract" + _L + r"*|сократил" + _L + r"*|снизил" + _L + r"*|уменьшил" + _L + r"*"
    r"|упал" + _L + r"*|azal" + _L + r"*)\s+(?:by\s+|на\s+)?(?:[^\W\d_]+\s+){0,2}$|下降|减少|下滑",
    _I,
)
YEAR_ON_YEAR = re.compile(
    _W + r"(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|on[- ]year|in\s+annual\s+terms"
    r"|same\s+period|corresponding\s+period|a\s+year\s+earlier|в\s+годовом\s+(?:исчислении|выражении)"
    r"|год\s+к\s+году|аналогичн" + _L + r"*\s+период" + _L + r"*|illik\s+müqayisədə"
    r"|(?:eyni|müvafiq)\s+dövr" + _L + r"*)" + _E + r"|同比|同期",
    _I,
)
PREVIOUS_YEAR = re.compile(
    _W + r"(?:compared\s+(?:to|with)|than|from|over|against|versus|vs\.?|relative\s+to"
    r"|по\s+сравнению\s+с|чем|против|nisbətən)\s+(?:the\s+|в\s+)?(?:previous|preceding|prior|last|прошл"
    + _L
    + r"*"
    r"|предыдущ"
    + _L
    + r"*)\s+(?:year|год"
    + _L
    + r"*)"
    + _E
    + r"|(?:ötən|keçən|əvvəlki)\s+il"
    + _L
    + r"*\s+(?:ilə\s+)?(?:müqayisədə|nisbətən)|比上年|较上年|比去年",
    _I,
)
SAME_PERIOD = re.compile(
    r"same\s+period|corresponding\s+period|аналогичн|eyni\s+dövr|müvafiq\s+dövr|同期", _I
)

# --- Chinese relative years (fallback when the period grammar reads none) ----------------

ZH_YEAR = re.compile(r"(?P<y>(?:19|20)[0-9]{2})年|(?P<this>今年|本年)|(?P<last>去年|上年)")
