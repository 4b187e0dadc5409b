"""Words of the number grammar per language: magnitudes, currencies, units, count nouns.

Every pattern here is anchored (``match`` at a position) or searched in a short window, and
none nests unbounded repeats, so scanning stays linear on any input.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: A magnitude word right after a number ("2.44 billion", "2,45 млрд", "1.6bn", "57 min").
MAGNITUDES = re.compile(
    r"(?:[ \u00a0\u202f\u2009]?-?[ \u00a0\u202f\u2009]?"
    r"(?P<word>(?:trillion|trilyon|триллион|трлн|billion|bln|milyard|milyar|миллиард|млрд"
    r"|milliard|miliard|mld|million|mln|milyon|milion|миллион|млн|thousand|тысяч|тыс"
    r"|mille|tys|միլիարդ|միլիոն)[^\W\d_]*\.?|(?:min|bin)[^\W\d_]*"
    r"|(?:bn|mn|tn)(?![^\W\d_]))"
    r"|(?P<short>[mbk])(?![^\W\d_]))",
    _I,
)

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
    r"(?:[ \u00a0](?:США|ABŞ|ABD)(?![^\W\d_]))?|\$)"
    r"|(?P<AZN>(?:manat|манат)[^\W\d_]*|AZN(?![^\W\d_])|₼)"
    r"|(?P<CNY>(?:yuan|юан)[^\W\d_]*|RMB(?![^\W\d_])|CNY(?![^\W\d_])|renminbi)"
    r"|(?P<EUR>euros?(?![^\W\d_])|евро(?![^\W\d_])|avro[^\W\d_]*|EUR(?![^\W\d_])|€)"
    r"|(?P<RUB>(?:rubl|рубл|rubel)[^\W\d_]*|RUB(?![^\W\d_])|₽)"
    r")",
    _I,
)

#: A currency or percent sign written before the number; group name = unit.
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<USD>(?:US|U\.S\.|C)?\$|USD|US\s?dollars?)|(?P<EUR>€|EUR)|(?P<AZN>₼|AZN)"
    r"|(?P<CNY>¥|CNY|RMB)|(?P<RUB>₽|RUB)|(?P<pct>%|yüzde|yuzde))[ \u00a0\u202f\u2009]?$",
    _I,
)

#: A unit written after the number; group name = printed unit (see numbers.UNIT_OF_GROUP).
UNIT_WORDS = re.compile(
    _SP + r"-?" + _SP + r"(?:"
    r"(?P<pct>%|per[ -]?cent(?![^\W\d_])|процент[^\W\d_]*|faiz[^\W\d_]*|prozent|pour ?cent"
    r"|տոկոս[^\W\d_]*|بالمئة|٪)"
    r"|(?P<twh>TWh|terawatt[ -]hours?)"
    r"|(?P<gwh>GWh|gigawatt[ -]hours?|ГВт[·⋅.]?ч)"
    r"|(?P<mwh>MWh|megawatt[ -]hours?|МВт[·⋅.]?ч)"
    r"|(?P<kwh>kWh|kilowatt[ -]hours?|кВт[·⋅.]?ч|kVt[./]?saat|kvt\.?s)"
    r"|(?P<gw>GW(?![^\W\d_])|gigawatts?|гигаватт[^\W\d_]*|ГВт|giqavat[^\W\d_]*|gigavat[^\W\d_]*)"
    r"|(?P<mw>MWe?(?![^\W\d_])|megawatts?|мегаватт[^\W\d_]*|МВт|meqavat[^\W\d_]*"
    r"|megavat[^\W\d_]*)"
    r"|(?P<kw>kW(?![^\W\d_])|kilowatts?)"
    r"|(?P<times>times(?![^\W\d_])|fold(?![^\W\d_])|раз[а]?(?![^\W\d_])|dəfə[^\W\d_]*"
    r"|kat(?:ına|ı)?(?![^\W\d_])|razy|fois|x(?![^\W\d_]))"
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
#: The same nouns before a bare number ("the number of Chinese tourists ... 57,000"); counts
#: only after "number of", since "the project ... 37 hectares" is no count of projects.
CONTEXT_PERSONS = re.compile(r"(?<![^\W\d_])(?:" + _PERSONS + r")(?![^\W\d_])", _I)
CONTEXT_COUNTS = re.compile(
    r"(?:number|count|количество|число|sayı|sayısı)\s+(?:of\s+)?"
    r"(?:[^\W\d_]+\s+){0,2}(?:" + _COUNTS + r")(?![^\W\d_])",
    _I,
)
