"""Reporter and partner guesses from the countries a sentence names.

"imports from China" makes China the partner; "Chinese tourists" visiting Azerbaijan make
Azerbaijan (the host, whose border statistics count them) the reporter. Otherwise the first
country named is taken as the reporter and the second as the partner: a guess to edit.

Chinese names countries inside phrases with no spaces ("赴阿塞拜疆的中国游客"), so Chinese
names need no word boundary. Chinese press abbreviates: "中阿" (China–Azerbaijan), "阿方"
(the Azerbaijani side), "在阿"/"对阿"/"赴阿" (in/to Azerbaijan), "对华"/"赴华" (to China).
This desk's corridor is China–Azerbaijan, so the one-character "阿" is read as Azerbaijan
(edit the guess for an Arab or Argentine "阿方").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

import pycountry

from app.services.extraction.languages import TABLES
from app.services.extraction.lexicon import CJK

_I = re.IGNORECASE
_L = r"[^\W\d_]*"
#: "阿" that begins no other name: 阿拉伯, 阿富汗, 阿尔及利亚, 阿根廷, 阿联酋, 阿曼, 阿里巴巴
_NOT_AZ = r"(?!拉伯|富汗|尔|根廷|联酋|曼|里|姨|斯)"

_COUNTRIES: dict[str, str] = {
    "CHN": r"China|Chinese|Beijing|PRC|Кита[йяюе]"
    + _L
    + r"|КНР|китайск"
    + _L
    + r"|Пекин"
    + _L
    + r"|Çin"
    + _L
    + r"|Pekin"
    + _L
    + r"|Chine|chinois"
    + _L
    + r"|Chin[ya]|chińsk"
    + _L
    + r"|Չինաստան"
    + _L
    + r"|الصين",
    "AZE": r"Azerbaijan"
    + _L
    + r"|Baku|Азербайджан"
    + _L
    + r"|азербайджанск"
    + _L
    + r"|Баку"
    + r"|Azərbaycan"
    + _L
    + r"|Azerbaycan"
    + _L
    + r"|Bakı|Bakü|Azerbaïdjan|Azerbejdżan"
    + _L
    + r"|Ադրբեջան"
    + _L
    + r"|أذربيجان",
    "RUS": r"Russia" + _L + r"|Росси" + _L + r"|Rusiya" + _L + r"|Rusya" + _L,
    "TUR": r"Turkey|Türkiye|Turkish|Турци" + _L + r"|Türkiyə" + _L,
    "GEO": r"Georgia" + _L + r"|Грузи" + _L + r"|Gürcüstan" + _L,
    "KAZ": r"Kazakhstan" + _L + r"|Казахстан" + _L + r"|Qazaxıstan" + _L,
    "IRN": r"Iran" + _L + r"|Иран" + _L + r"|İran" + _L,
    "TKM": r"Turkmenistan" + _L + r"|Туркмени" + _L + r"|Türkmənistan" + _L,
    "SAU": r"Saudi\s+Arabia" + _L + r"|Saudi",
    "ARE": r"UAE|United\s+Arab\s+Emirates|ОАЭ|BƏƏ",
    "USA": r"United\s+States|USA|США",
    "IND": r"India" + _L + r"|Инди" + _L + r"|Hindistan" + _L,
    "PAK": r"Pakistan" + _L + r"|Пакистан" + _L,
    "EGY": r"Egypt" + _L + r"|Египт" + _L + r"|Misir" + _L,
}
#: Chinese names, matched without a word boundary (Chinese writes none).
_ZH_COUNTRIES: dict[str, str] = {
    "CHN": r"中国|中企|中方|北京|中(?=阿" + _NOT_AZ + r")|(?<=[来访赴对在驻])华(?!为)",
    "AZE": r"阿塞拜疆|阿方|巴库|(?<=[中在对赴访驻与])阿" + _NOT_AZ + r"|阿(?=[对自向从与同][华中])",
    "RUS": r"俄罗斯|俄方",
    "TUR": r"土耳其",
    "GEO": r"格鲁吉亚",
    "KAZ": r"哈萨克斯坦",
    "IRN": r"伊朗",
    "TKM": r"土库曼斯坦",
    "SAU": r"沙特",
    "ARE": r"阿联酋",
    "USA": r"美国",
    "IND": r"印度",
    "PAK": r"巴基斯坦",
    "EGY": r"埃及",
    "UZB": r"乌兹别克斯坦|乌兹别克",
    "KGZ": r"吉尔吉斯斯坦|吉尔吉斯",
    "TJK": r"塔吉克斯坦",
    "FRA": r"法国",
    "MAR": r"摩洛哥",
    "ARM": r"亚美尼亚",
    "EUU": r"欧盟",
    "TUN": r"突尼斯",
}


def _english_names() -> dict[str, str]:
    """Every other ISO 3166 country by its English names, so that any pair is recognised
    in English text (the hand-written forms above add adjectives and inflections)."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        if c.alpha_3 in _COUNTRIES:
            continue
        names = {getattr(c, attr, "") for attr in ("name", "common_name", "official_name")}
        names = {n.split(",")[0] for n in names if n and len(n) > 3}
        if names:
            out[c.alpha_3] = "|".join(
                re.escape(n) + r"(?![^\W\d_])" for n in sorted(names, key=len, reverse=True)
            )
    return out


_COUNTRIES.update(_english_names())
for _table in TABLES:
    if _table.code == "zh":
        continue
    for _code, _names in _table.countries.items():
        _COUNTRIES[_code] = (
            "|".join([*_names, _COUNTRIES[_code]]) if _code in _COUNTRIES else "|".join(_names)
        )
# one boundary test before all names (not one per name): inside a word, or on a digit or a
# sign (no name starts with one), it fails at once
_COUNTRY = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_])(?:"
    + "|".join(rf"(?P<{code}>{words})" for code, words in _COUNTRIES.items())
    + ")",
    _I,
)
_ZH_COUNTRY = re.compile("|".join(rf"(?P<{c}>{words})" for c, words in _ZH_COUNTRIES.items()))
_HAS_CJK = re.compile(CJK)
_FROM = re.compile(r"(?:from|из|来自|从|自)\s*$", _I)
_CITY = re.compile(r"Baku|Баку|Bakı|Bakü|Beijing|Пекин|Pekin|巴库|北京", _I)
_ABLATIVE = re.compile(r"(?:dan|dən|den|tan|ten|tən)$", _I)
_IMPORT_OR_TOURISM = re.compile(
    r"import|импорт|idxal|ithal|touris|турист|turist|visitor|进口|游客|旅客", _I
)
_ADJECTIVE = re.compile(r"Chinese|китайск|Çinli|chinois|chińsk", _I)
#: "中国游客", "中国籍旅客", "中国的商品": a Chinese name used as an attribute of the source.
_ZH_ATTRIBUTE = re.compile(r"籍?的?(?:游客|旅客|访客|商品|产品|货物)")


def _mentions(text: str) -> Iterator[re.Match[str]]:
    """Country names in order of position; Chinese ones only searched in Chinese text."""
    spaced = _COUNTRY.finditer(text)
    if _HAS_CJK.search(text) is None:
        return spaced
    return heapq.merge(spaced, _ZH_COUNTRY.finditer(text), key=lambda m: m.start())


def countries_named(sentence: str) -> list[tuple[int, str, str]]:
    """(position, alpha-3, word) of each country mention, in order."""
    out = []
    for m in _mentions(sentence):
        if m.lastgroup:
            out.append((m.start(), m.lastgroup, m.group()))
    return out


def document_parties(text: str) -> tuple[str | None, str | None]:
    """The first two countries a whole text names: the guess for sentences naming none."""
    codes: list[str] = []
    for m in _mentions(text):
        if _CITY.fullmatch(m.group()):
            continue  # "Baku, December 25 /Xinhua/": a dateline, not the subject
        if m.lastgroup and m.lastgroup not in codes:
            codes.append(m.lastgroup)
            if len(codes) == 2:
                break
    return (codes[0] if codes else None), (codes[1] if len(codes) > 1 else None)


def guess_parties(sentence: str) -> tuple[str | None, str | None]:
    """(reporter, partner) named by a sentence, either None when it names no country."""
    named = countries_named(sentence)
    codes: list[str] = []
    for _pos, code, _word in named:
        if code not in codes:
            codes.append(code)
    if not codes:
        return None, None
    if _IMPORT_OR_TOURISM.search(sentence):
        partner = _source_country(sentence, named)
        if partner is not None:
            others = [c for c in codes if c != partner]
            return (others[0] if others else None), partner
    if len(codes) == 1:
        return codes[0], None
    return codes[0], codes[1]


def _source_country(sentence: str, named: list[tuple[int, str, str]]) -> str | None:
    """The country goods or visitors come from: "from China", "Chinese tourists"."""
    for pos, code, word in named:
        if _FROM.search(sentence[max(0, pos - 6) : pos]) or _ABLATIVE.search(word):
            return code
    for pos, code, word in named:
        if _ADJECTIVE.match(word) or _ZH_ATTRIBUTE.match(sentence, pos + len(word)):
            return code
    return None
