"""Reporter and partner guesses from the countries a sentence names.

"imports from China" makes China the partner; "Chinese tourists" visiting Azerbaijan make
Azerbaijan (the host, whose border statistics count them) the reporter. Otherwise the first
country named is taken as the reporter and the second as the partner: a guess to edit.
"""

from __future__ import annotations

import re

import pycountry

_I = re.IGNORECASE
_L = r"[^\W\d_]*"

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
    + r"|الصين|中国|中企",
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
    + r"|أذربيجان|阿塞拜疆",
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
_COUNTRY = re.compile(
    "|".join(rf"(?P<{code}>(?<![^\W\d_])(?:{words}))" for code, words in _COUNTRIES.items()), _I
)
_FROM = re.compile(r"(?:from|из)\s*$", _I)
_CITY = re.compile(r"Baku|Баку|Bakı|Bakü|Beijing|Пекин|Pekin", _I)
_ABLATIVE = re.compile(r"(?:dan|dən|den|tan|ten|tən)$", _I)
_IMPORT_OR_TOURISM = re.compile(r"import|импорт|idxal|ithal|touris|турист|turist|visitor", _I)
_ADJECTIVE = re.compile(r"Chinese|китайск|Çinli|chinois|chińsk", _I)


def countries_named(sentence: str) -> list[tuple[int, str, str]]:
    """(position, alpha-3, word) of each country mention, in order."""
    out = []
    for m in _COUNTRY.finditer(sentence):
        if m.lastgroup:
            out.append((m.start(), m.lastgroup, m.group()))
    return out


def document_parties(text: str) -> tuple[str | None, str | None]:
    """The first two countries a whole text names: the guess for sentences naming none."""
    codes: list[str] = []
    for m in _COUNTRY.finditer(text):
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
    for _pos, code, word in named:
        if _ADJECTIVE.match(word):
            return code
    return None
