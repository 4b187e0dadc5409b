"""Words of the number grammar per language: magnitudes, currencies, units, count nouns.

Every pattern here is anchored (``match`` at a position) or searched in a short window, and
none nests unbounded repeats, so scanning stays linear on any input.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: A CJK ideograph. Chinese writes no spaces, so a Chinese word has no word boundary to test:
#: patterns accept a Chinese word wherever it starts, and a phrase that ends on an ideograph
#: needs no boundary after it.
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

#: Full-width digits and signs of Chinese text mapped one to one onto ASCII ("２４．４％" is
#: "24.4%"); one character for one, so offsets into the original text stay valid.
FULLWIDTH: dict[int, str] = {
    **{0xFF10 + i: chr(0x30 + i) for i in range(10)},
    0xFF0E: ".",
    0xFF05: "%",
    0xFF0D: "-",
}

#: A magnitude word right after a number ("2.44 billion", "2,45 млрд", "1.6bn", "57 min").
MAGNITUDES = re.compile(
    r"(?:[ \u00a0\u202f\u2009]?-?[ \u00a0\u202f\u2009]?"
    r"(?P<word>(?:trillion|trilyon|триллион|трлн|billion|bln|milyard|milyar|миллиард|млрд"
    r"|milliard|miliard|mld|million|mln|milyon|milion|миллион|млн|thousand|тысяч|тыс"
    r"|mille|tys|միլիարդ|միլիոն)[^\W\d_]*\.?|(?:min|bin)[^\W\d_]*"
    r"|(?:bn|mn|tn)(?![^\W\d_]))"
    r"|[ \u00a0\u202f\u2009]?(?P<zh>万亿|千万|百万|亿|万|千(?![瓦克米焦伏帕]))"
    r"|(?P<short>[mbk])(?![^\W\d_]))",
    _I,
)
#: Chinese magnitudes: "24.4亿" is 2.44e9, "5.7万" 57,000, "157万千瓦" 1.57e6 kW ("千瓦" is a
#: unit there, not a thousand).
ZH_MAGNITUDES = {
    "万亿": 1e12,
    "千万": 1e7,
    "百万": 1e6,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
}
#: "多"/"余" right after a Chinese number or its magnitude: "300多家", "5万余人", "100多万"
#: (more than). Only before a magnitude, a unit or the end of the phrase, not in "多边".
ZH_MORE = re.compile(r"[多余](?=[万亿千百人名家个列元美欧卢马倍%％]|[^\w]|$)")

#: Magnitude stems matched at the start of the word found: (factor, languages or empty=any).
MAG_STEMS: tuple[tuple[str, float, frozenset[str]], ...] = (
    ("trillion", 1e12, frozenset()),
    ("trilyon", 1e12, frozenset()),
    ("триллион", 1e12, frozenset()),
    ("трлн", 1e12, frozenset()),
    ("tn", 1e12, frozenset()),
    ("billion", 1e9, frozenset()),
    ("bln", 1e9, frozenset()),
    ("bn", 1e9, frozenset()),
    ("milyard", 1e9, frozenset()),
    ("milyar", 1e9, frozenset()),
    ("миллиард", 1e9, frozenset()),
    ("млрд", 1e9, frozenset()),
    ("milliard", 1e9, frozenset()),
    ("miliard", 1e9, frozenset()),
    ("mld", 1e9, frozenset()),
    ("million", 1e6, frozenset()),
    ("mln", 1e6, frozenset()),
    ("mn", 1e6, frozenset()),
    ("milyon", 1e6, frozenset()),
    ("milion", 1e6, frozenset()),
    ("миллион", 1e6, frozenset()),
    ("млн", 1e6, frozenset()),
    ("thousand", 1e3, frozenset()),
    ("тысяч", 1e3, frozenset()),
    ("тыс", 1e3, frozenset()),
    ("միլիարդ", 1e9, frozenset()),
    ("միլիոն", 1e6, frozenset()),
    ("mille", 1e3, frozenset({"fr"})),
    ("tys", 1e3, frozenset({"pl"})),
    ("min", 1e3, frozenset({"az"})),
    ("bin", 1e3, frozenset({"tr", "az"})),
)
#: Single letters glued to a number: "$5m", "$1.6b", "57k".
SHORT_MAGNITUDES = {"m": 1e6, "b": 1e9, "k": 1e3}

_SP = r"[ \u00a0\u202f\u2009]*"

#: A currency written after the number (and its magnitude); group name = ISO 4217 code.
CURRENCY_AFTER = re.compile(
    _SP + r"(?:of\s+)?(?:"
    r"(?P<USD>(?:(?:US|U\.S\.|ABŞ|ABD|ԱՄՆ|American)[ \u00a0]?)?"
    r"(?:dollar[^\W\d_]*|dolar[^\W\d_]*|доллар[^\W\d_]*|долл\.|դոլար[^\W\d_]*|USD(?![^\W\d_]))"
    r"(?:[ \u00a0](?:США|ABŞ|ABD)(?![^\W\d_]))?|\$|美元|美金)"
    r"|(?P<AZN>(?:manat|манат)[^\W\d_]*|AZN(?![^\W\d_])|₼|马纳特)"
    r"|(?P<CNY>(?:yuan|юан)[^\W\d_]*|RMB(?![^\W\d_])|CNY(?![^\W\d_])|renminbi"
    r"|元(?:人民币)?|人民币元?)"
    r"|(?P<EUR>euros?(?![^\W\d_])|евро(?![^\W\d_])|avro[^\W\d_]*|EUR(?![^\W\d_])|€|欧元)"
    r"|(?P<RUB>(?:rubl|рубл|rubel)[^\W\d_]*|RUB(?![^\W\d_])|₽|卢布)"
    r")",
    _I,
)

#: A currency or percent sign written before the number; group name = unit.
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<USD>(?:US|U\.S\.|C)?\$|USD|US\s?dollars?)|(?P<EUR>€|EUR)|(?P<AZN>₼|AZN)"
    r"|(?P<CNY>¥|￥|CNY|RMB|人民币)|(?P<RUB>₽|RUB)|(?P<pct>%|yüzde|yuzde))[ \u00a0\u202f\u2009]?$",
    _I,
)

#: A unit written after the number; group name = printed unit (see numbers.UNIT_OF_GROUP).
UNIT_WORDS = re.compile(
    _SP + r"-?" + _SP + r"(?:"
    r"(?P<pct>%|per[ -]?cent(?![^\W\d_])|процент[^\W\d_]*|faiz[^\W\d_]*|prozent|pour ?cent"
    r"|տոկոս[^\W\d_]*|بالمئة|٪|％)"
    r"|(?P<twh>TWh|terawatt[ -]hours?|太瓦时)"
    r"|(?P<gwh>GWh|gigawatt[ -]hours?|ГВт[·⋅.]?ч|吉瓦时)"
    r"|(?P<mwh>MWh|megawatt[ -]hours?|МВт[·⋅.]?ч|兆瓦时)"
    r"|(?P<kwh>kWh|kilowatt[ -]hours?|кВт[·⋅.]?ч|kVt[./]?saat|kvt\.?s|千瓦时|(?<=[万亿])度电?|度电)"
    r"|(?P<gw>GW(?![^\W\d_])|QVt(?![^\W\d_])|gigawatts?|гигаватт[^\W\d_]*|ГВт|giqavat[^\W\d_]*"
    r"|gigavat[^\W\d_]*"
    r"|吉瓦)"
    r"|(?P<mw>MWe?(?![^\W\d_])|MVt(?![^\W\d_])|megawatts?|мегаватт[^\W\d_]*|МВт"
    r"|meqavat[^\W\d_]*"
    r"|megavat[^\W\d_]*|兆瓦)"
    r"|(?P<kw>kW(?![^\W\d_])|kilowatts?|千瓦)"
    r"|(?P<times>times(?![^\W\d_])|fold(?![^\W\d_])|раз[а]?(?![^\W\d_])|dəfə[^\W\d_]*"
    r"|kat(?:ına|ı)?(?![^\W\d_])|razy|fois|x(?![^\W\d_])|倍)"
    r")",
    _I,
)

UNIT_OF_GROUP = {
    "pct": "%",
    "times": "times",
    "mw": "MW",
    "gw": "MW",
    "kw": "MW",
    "kwh": "kWh",
    "mwh": "kWh",
    "gwh": "kWh",
    "twh": "kWh",
}
UNIT_SCALE = {"gw": 1e3, "kw": 1e-3, "mwh": 1e3, "gwh": 1e6, "twh": 1e9}

_PERSONS = (
    r"tourists?|visitors?|people|persons|travell?ers|arrivals|families|туристов"
    r"|турист[^\W\d_]*|человек|посетител[^\W\d_]*|сем[ьеи][^\W\d_]*|turist[^\W\d_]*"
    r"|nəfər[^\W\d_]*|kişi[^\W\d_]*|ziyarətçi[^\W\d_]*|ailə[^\W\d_]*|ziyaretçi[^\W\d_]*"
    r"|citizens|nationals|граждан[^\W\d_]*|vətəndaş[^\W\d_]*|vatandaş[^\W\d_]*"
)
_COUNTS = (
    r"compan(?:y|ies)|enterprises?|firms?|trains?|projects?|turbines?|companies"
    r"|компани[^\W\d_]*|предприяти[^\W\d_]*|проект[^\W\d_]*|поезд[^\W\d_]*"
    r"|şirkət[^\W\d_]*|müəssisə[^\W\d_]*|layihə[^\W\d_]*|qatar[^\W\d_]*|şirket[^\W\d_]*"
    r"|proje[^\W\d_]*|tren[^\W\d_]*|firma[^\W\d_]*"
)

#: A counted noun after the number, with at most two words between ("37 wind turbines").
COUNT_NOUNS = re.compile(
    _SP + r"(?:[^\W\d_]{2,}[ \u00a0-]){0,2}"
    r"(?:(?P<persons>" + _PERSONS + r")|(?P<count>" + _COUNTS + r"))(?![^\W\d_])",
    _I,
)

# --- Chinese ---------------------------------------------------------------------------
# Chinese counts with a measure word right after the number: "5.7万人次", "347家中企",
# "5个新能源项目" (a few modifiers may stand between "个" and the noun), "100列班列",
# "37台风机" (turbines). "亿度" (电) is kWh.
_ZH_PERSONS = r"人次|人|名|游客|旅客|访客"
_ZH_COUNTS = (
    r"家|个[^\W\d_]{0,6}?(?:项目|企业|公司|工厂|电站)|台(?=[^\W\d_]{0,4}?(?:风机|机组|涡轮))"
    r"|列(?=[^\W\d_]{0,4}?(?:班列|列车|火车)|[^\w]|$)"
)
ZH_COUNT_NOUNS = re.compile(
    r"[ \u00a0]?(?:(?P<persons>" + _ZH_PERSONS + r")|(?P<count>" + _ZH_COUNTS + r"))"
)
#: The same nouns before a bare number ("the number of Chinese tourists ... 57,000",
#: "中国游客人数达57000"); counts only after "number of", since "the project ... 37 hectares"
#: is no count of projects.
ZH_CONTEXT_PERSONS = r"游客|旅客|访客"
ZH_CONTEXT_COUNTS = r"(?:企业|公司|项目|班列)(?:数量|总数|数)"
CONTEXT_PERSONS = re.compile(
    r"(?<![^\W\d_])(?:" + _PERSONS + r")(?![^\W\d_])|" + ZH_CONTEXT_PERSONS, _I
)
CONTEXT_COUNTS = re.compile(
    r"(?:number|count|количество|число|sayı|sayısı)\s+(?:of\s+)?"
    r"(?:[^\W\d_]+\s+){0,2}(?:" + _COUNTS + r")(?![^\W\d_])|" + ZH_CONTEXT_COUNTS,
    _I,
)

#: Chinese verbs of change ("增长到"/"增至" + a number is the new level, not the change).
ZH_RISE = r"增长|增加|上升|提高|提升|上涨|扩大|攀升|激增|猛增|跃升"
ZH_FALL = r"下降|减少|下滑|降低|回落|缩减|下跌|萎缩"
#: Bound words that may stand between a verb of change and its number ("增长近50%").
ZH_BOUND_WORDS = r"约为|约|大约|近|将近|接近|逾|超过|超|不到|不足|近乎|多达|高达"
#: "增长2倍" reads, by the standard convention (and the usage notes of Chinese style guides),
#: as "grew by two times", i.e. to three times the base: the multiple printed after a verb of
#: growth is one less than new/old. "增长到3倍", "增至3倍", "是…的3倍" are three times.
ZH_GROWTH_BY_TIMES = re.compile(r"(?:" + ZH_RISE + r")了?(?:" + ZH_BOUND_WORDS + r")?[ \u00a0]?$")
#: Doubling words: "翻了一番" (x2), "翻两番" (x4), "翻番"/"翻倍" (x2).
ZH_DOUBLING = re.compile(r"翻了?(?P<n>一|两|二|三|四)番|翻了?一?(?:番|倍)")
ZH_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
