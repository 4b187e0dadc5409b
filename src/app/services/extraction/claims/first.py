"""First / only claims: "Azerbaijan's first large-scale wind energy project", "the only ..."."""

from __future__ import annotations

import re

from app.domain.records import ClaimType
from app.services.extraction.claims.candidate import Found
from app.services.extraction.claims.sentence import (
    Sentence,
    country_at,
    nearest,
    nearest_mention,
    target_date,
)
from app.services.extraction.claims.words.common import ZH_CLAUSE
from app.services.extraction.claims.words.first import (
    FIRST_AZ,
    FIRST_EN,
    FIRST_NOT,
    FIRST_RU,
    FIRST_STOP_AZ,
    FIRST_STOP_EN,
    FIRST_STOP_RU,
    FIRST_ZH,
)

_NUM_UNIT = re.compile(
    r"^[0-9][0-9.,]*(?:-?(?:MW|GW|kW|MWh|GWh|megawatts?|gigawatts?|МВт|ГВт|MVt|QVt|мегаватт\w*"
    r"|гигаватт\w*|meqavat\w*|兆瓦|吉瓦|千瓦))?$",
    re.IGNORECASE,
)
_UNIT_TOKEN = re.compile(
    r"^(?:MW|GW|kW|megawatts?|gigawatts?|МВт|ГВт|MVt|мегаватт\w*|гигаватт\w*|meqavat\w*)$", re.I
)
_TOKEN = re.compile(r"[^\s,;:()\"“”«»„\[\]]+|[,;:()\"“”«»„\[\]]")
_PUNCT = frozenset(',;:()"“”«»„[].')
_AZ_COPULA = re.compile(r"(?:dır|dir|dur|dür|tır|tir|tur|tür)$")
_RU_ADJ = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ую|юю|ым|им|ом|ем)$", re.I)


def first_claims(s: Sentence) -> list[Found]:
    out: list[Found] = []
    for kind, start, end, np, _np_end, scope in _firsts(s):
        found = Found(ClaimType.FIRST, start, end)
        fig = nearest(s, start, lambda f: f.c.unit == "MW" and f.role == "level" and not f.used)
        if fig is not None:
            found.take(fig)
        if found.period is None:
            m = nearest_mention(s, start)
            if m is not None:
                found.period, found.period_text = m.period, m.text
        found.params = {"kind": kind, "of": np, "scope": scope}
        target_date(s, found.period, found.params)
        out.append(found)
    return out


def _firsts(s: Sentence) -> list[tuple[str, int, int, str, int, str]]:
    """(kind, start, end, noun phrase, its end, scope) of each "first"/"only" phrase."""
    t = s.text
    out: list[tuple[str, int, int, str, int, str]] = []
    if s.lang == "zh":
        for m in FIRST_ZH.finditer(t):
            kind = "only" if m.group("kind").startswith("唯一") else "first"
            np, np_end = _np_zh(t, m.end(), stop="和及与、也是")
            if np:
                out.append((kind, m.start(), m.end(), np, np_end, _scope_zh(s, m.start())))
        return out
    pattern = {"ru": FIRST_RU, "az": FIRST_AZ}.get(s.lang, FIRST_EN)
    for m in pattern.finditer(t):
        word = m.group("kind").lower()
        kind = (
            "only"
            if word in ("only", "sole", "yeganə") or word.startswith("единствен")
            else "first"
        )
        if (
            kind == "only"
            and s.lang not in ("ru", "az")
            and not (m.group("the") or m.group("poss"))
        ):
            continue
        start = m.start("kind")
        if s.lang == "ru":
            np, np_end = _np_ru(t, m.end("kind"))
        elif s.lang == "az":
            np, np_end = _np_az(t, m.end("kind"))
        else:
            np, np_end = _np_en(t, m.end("kind"))
        if not np:
            continue
        out.append((kind, start, m.end("kind"), np, np_end, _scope(s, m, np_end)))
    return out


def _words(t: str, pos: int) -> list[tuple[str, int, int]]:
    return [
        (m.group(), pos + m.start(), pos + m.end()) for m in _TOKEN.finditer(t[pos : pos + 160])
    ]


def _np_en(t: str, pos: int) -> tuple[str, int]:
    words: list[str] = []
    end = pos
    tokens = _words(t, pos)
    for i, (tok, _a, b) in enumerate(tokens):
        low = tok.lower()
        if tok in _PUNCT or low.rstrip(".") in FIRST_STOP_EN:
            if low == "of" and t[b : b + 9].lower().startswith(" its kind"):
                words += ["of", "its", "kind"]
                end = b + 9
            break
        if _UNIT_TOKEN.match(tok) and i and tokens[i - 1][0][:1].isdigit():
            continue
        if _NUM_UNIT.match(tok):
            bare = tok.replace(",", "").replace(".", "").isdigit()
            unit_next = i + 1 < len(tokens) and _UNIT_TOKEN.match(tokens[i + 1][0]) is not None
            if not words and bare and not unit_next:
                return "", pos  # "the first 10 months": a position, not a claim
            continue
        if not words and FIRST_NOT.match(low.rstrip(".!?")):
            return "", pos
        words.append(tok.rstrip("."))
        end = b
        if len(words) == 7 or tok.endswith("."):
            break
    return " ".join(words), end


def _np_ru(t: str, pos: int) -> tuple[str, int]:
    words: list[str] = []
    end = pos
    for tok, _a, b in _words(t, pos):
        low = tok.lower()
        if tok in _PUNCT or low in FIRST_STOP_RU or _NUM_UNIT.match(tok):
            break
        if not words and FIRST_NOT.match(low.rstrip(".!?")):
            return "", pos
        words.append(tok.rstrip("."))
        end = b
        if not _RU_ADJ.search(low) or len(words) == 5:
            break  # the noun ends the phrase
    return " ".join(words), end


def _np_az(t: str, pos: int) -> tuple[str, int]:
    words: list[str] = []
    end = pos
    for tok, _a, b in _words(t, pos):
        low = tok.lower()
        if tok in _PUNCT or low in FIRST_STOP_AZ or _NUM_UNIT.match(tok):
            break
        if not words and FIRST_NOT.match(low.rstrip('.!?"')):
            return "", pos
        words.append(tok.rstrip('."”'))
        end = b
        if len(words) == 4 or tok.endswith((".", '"', "”")):
            break
    if words:
        words[-1] = _AZ_COPULA.sub("", words[-1])
    return " ".join(words), end


def _np_zh(t: str, pos: int, stop: str) -> tuple[str, int]:
    end = pos
    while end < len(t) and end - pos < 24 and t[end] not in ZH_CLAUSE and t[end] not in stop:
        end += 1
    np = re.sub(r"[0-9.]+\s*(?:兆瓦|吉瓦|千瓦|MW|GW)", "", t[pos:end]).strip()
    return np, end


def _scope(s: Sentence, m: re.Match[str], np_end: int) -> str:
    """The country a "first" is first in: "Azerbaijan's first", "first ... in Azerbaijan"."""
    t = s.text
    start = m.start("kind")
    if s.lang == "ru":
        after = re.match(r"\s+(?:в\s+|во\s+)?", t[np_end:])
        at = np_end + (after.end() if after else 0)
        return country_at(s, at) or ""
    if s.lang == "az":
        clause_start = max(t.rfind(ch, 0, start) for ch in ",;:(")
        for a, b, code in reversed(s.countries):
            if (
                clause_start < a
                and b <= start
                and re.search(r"(?:ın|in|un|ün|nın|nin|nun|nün|da|də|dakı|dəki)$", t[a:b])
            ):
                return code
        return ""
    if m.groupdict().get("poss"):
        owner = _country_in(s, m.start("poss"), m.end("poss"))
        if owner:
            return owner
    after = re.match(r"\s+in\s+(?:the\s+)?", t[np_end:])
    if after:
        return country_at(s, np_end + after.end()) or ""
    return ""


def _scope_zh(s: Sentence, start: int) -> str:
    for _a, b, code in s.countries:
        if b == start or (b == start - 1 and s.text[b] == "的"):
            return code
    return ""


def _country_in(s: Sentence, start: int, end: int) -> str | None:
    for a, b, code in s.countries:
        if start <= a and b <= end:
            return code
    return None
