"""Claims in press text: what a source says about its figures, with the claim's type.

``extract_claims(text, published, url)`` reuses the figures of :func:`extract` (value, unit,
period, bound, reported change, indicator and country guesses) and adds the claim layer:

- **growth**: a reported change ("+21.9 % on the same period last year"), with its base;
- **level**: a figure with its qualifier ("exceeded 57,000");
- **record** / **record_streak**: "a record high", "the third consecutive record year";
- **first**: "Azerbaijan's first large-scale wind energy project", "the only ...";
- **rank**: "the largest source of imports", "fourth largest trading partner", "第三大";
- **sum_count**: "five new energy projects with a total installed capacity of 1,570 MW";
- **share**: "its share amounting to 17.69 %".

A figure is told once: a total of a sum, the capacity of a "first" project, the figure called
a record and a share are not repeated as levels; a reported change is a growth claim beside its
level. A claim sentence naming no period or indicator takes them from the sentence before
("This figure is expected to reach a historic high"). Parameter keys per type: docs/claims.md.
The vocabulary is in :mod:`claims_words`.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.periods import Period, PeriodKind, month_index, period_code, year_of
from app.domain.records import ClaimType
from app.services.extraction import claims_words as w
from app.services.extraction.extract import Candidate, extract
from app.services.extraction.figures import Figure, is_growth
from app.services.extraction.indicators import guess_indicator
from app.services.extraction.numbers import RawFigure, scan_numbers
from app.services.extraction.parties import countries_named, document_parties, guess_parties
from app.services.extraction.periods import Mention, find_periods
from app.services.extraction.sentences import detect_language, sentence_spans

STATUSES = ("actual", "expected", "forecast", "target", "planned")


@dataclass(slots=True)
class ClaimCandidate:
    """One claim found in a text, editable before it becomes a claim row."""

    type: ClaimType
    indicator: str | None
    reporter: str | None
    partner: str | None
    period: Period | None
    period_text: str
    value: float
    unit: str
    qualifier: str
    status: str
    params: dict[str, Any]
    quote: str
    language: str
    url: str
    span: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": str(self.type),
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "period": self.period.code() if self.period else None,
            "period_text": self.period_text,
            "value": None if math.isnan(self.value) else self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "status": self.status,
            "params": self.params,
            "quote": self.quote,
            "language": self.language,
            "url": self.url,
        }


@dataclass(slots=True)
class _Fig:
    """A figure of the sentence, offsets relative to it, and what it is in the claim layer."""

    c: Candidate
    start: int
    end: int
    role: str  # "level" | "growth" | "share"
    used: bool = False


@dataclass(slots=True)
class _Sentence:
    text: str
    offset: int
    lang: str
    status: str
    published: date | None
    mentions: list[Mention]
    figures: list[_Fig]
    _countries: list[tuple[int, int, str]] | None = None
    _parties: tuple[str | None, str | None] | None = None

    @property
    def parties(self) -> tuple[str | None, str | None]:
        """(reporter, partner) the sentence names, looked up on first use."""
        if self._parties is None:
            self._parties = guess_parties(self.text)
        return self._parties

    @property
    def countries(self) -> list[tuple[int, int, str]]:
        """Country mentions, looked up on first use (the country grammar is the costly part)."""
        if self._countries is None:
            self._countries = _countries(self.text)
        return self._countries


@dataclass(slots=True)
class _Carry:
    """What the sentence before said: for a claim sentence that names none of it."""

    period: Period | None = None
    indicator: str | None = None
    reporter: str | None = None
    partner: str | None = None


@dataclass(slots=True)
class _Found:
    """A claim being built, with its anchor (sentence offsets) for ordering and spans."""

    type: ClaimType
    start: int
    end: int
    period: Period | None = None
    period_text: str = ""
    value: float = math.nan
    unit: str = ""
    qualifier: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    indicator: str | None = None
    reporter: str | None = None
    partner: str | None = None


def extract_claims(text: str, published: date | None = None, url: str = "") -> list[ClaimCandidate]:
    """Every claim in ``text``; relative periods are resolved against ``published``."""
    figures = sorted(extract(text, published, url), key=lambda c: c.span[0])
    defaults = document_parties(text)
    carry = _Carry()
    out: list[ClaimCandidate] = []
    for start, end in _units(text):
        s = _sentence(text, start, end, figures, published)
        found = _claims(s, carry)
        out.extend(_finish(s, f, carry, defaults, url) for f in found)
        _remember(carry, s, found)
    return _dedupe(out)


# --- sentences --------------------------------------------------------------------------

_ZH_STOP = re.compile(r"(?<=[。！？])")


def _units(text: str) -> list[tuple[int, int]]:
    """Sentence spans, Chinese sentences (ended by 。！？) split further."""
    out: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        cut = start
        for m in _ZH_STOP.finditer(text, start, end):
            if m.start() > cut and m.start() < end:
                out.append((cut, m.start()))
                cut = m.start()
        while cut < end and text[cut].isspace():
            cut += 1
        if end > cut:
            out.append((cut, end))
    return out


def _sentence(
    text: str, start: int, end: int, figures: list[Candidate], published: date | None
) -> _Sentence:
    sentence = text[start:end]
    lang = detect_language(sentence)
    lo = bisect.bisect_left(figures, start, key=lambda c: c.span[0])
    hi = bisect.bisect_left(figures, end, key=lambda c: c.span[0])
    figs = [_Fig(c, c.span[0] - start, c.span[1] - start, "level") for c in figures[lo:hi]]
    for f in figs:
        f.role = _role(sentence, f)
    return _Sentence(
        sentence,
        start,
        lang,
        claim_status(sentence),
        published,
        find_periods(sentence, published),
        figs,
    )


def claim_status(sentence: str) -> str:
    """'target', 'planned', 'forecast', 'expected' or 'actual' from the sentence's modality."""
    for status, pattern in w.STATUS_WORDS:
        if pattern.search(sentence):
            return status
    return "actual"


_ZH_GROWTH_BEFORE = re.compile(r"(?:增长|增加|下降|减少|增幅|猛增|增长了|下降了|降幅|上升)\D{0,4}$")


def _role(sentence: str, f: _Fig) -> str:
    c = f.c
    if c.unit not in ("%", "times"):
        return "level"
    if c.unit == "times":
        return "growth"
    raw = RawFigure(f.start, f.end, c.value, c.unit, False, False)
    if is_growth(sentence, Figure(raw, c.unit)) or _ZH_GROWTH_BEFORE.search(
        sentence[max(0, f.start - 10) : f.start]
    ):
        return "growth"
    lead = sentence[max(0, f.start - 110) : f.start]
    lead = lead[lead.rfind(";") + 1 :]
    if w.SHARE_CONTEXT.search(lead + sentence[f.start : f.end + 45]):
        return "share"
    if (c.indicator or "").endswith("_growth"):
        return "growth"
    return "level"


_EXTRA_COUNTRY = re.compile(
    "|".join(f"(?P<{code}>{words})" for code, words in w.EXTRA_COUNTRIES.items())
)


def _countries(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, alpha-3) of each country mention: the shared grammar, Chinese names, "US"."""
    found = [(pos, pos + len(word), code) for pos, code, word in countries_named(sentence)]
    for m in _EXTRA_COUNTRY.finditer(sentence):
        if m.lastgroup and not any(a < m.end() and m.start() < b for a, b, _c in found):
            found.append((m.start(), m.end(), m.lastgroup))
    return sorted(found)


# --- all claims of one sentence ---------------------------------------------------------


def _claims(s: _Sentence, carry: _Carry) -> list[_Found]:
    found: list[_Found] = []
    found += _first_claims(s)
    found += _sum_claims(s)
    streaks = _streak_matches(s)
    found += _record_claims(s, streaks, carry)
    found += _streak_claims(s, streaks, carry)
    found += _rank_claims(s, carry)
    found += _figure_claims(s)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _figure_claims(s: _Sentence) -> list[_Found]:
    """Growth, share and level claims of the figures not told by another claim."""
    out: list[_Found] = []
    for f in s.figures:
        c = f.c
        if f.role == "level" and c.reported_change is not None:
            out.append(_growth(s, f))
        if f.used:
            continue
        if f.role == "growth":
            out.append(_growth(s, f))
        elif f.role == "share":
            out.append(_share(s, f))
        else:
            out.append(_level(s, f))
        f.used = True
    return out


def _level(s: _Sentence, f: _Fig) -> _Found:
    c = f.c
    params: dict[str, Any] = {}
    _target_date(s, c.period, params)
    return _Found(
        ClaimType.LEVEL,
        f.start,
        f.end,
        c.period,
        c.period_text,
        c.value,
        c.unit,
        c.qualifier,
        params,
        _base_indicator(c.indicator),
        c.reporter,
        c.partner,
    )


def _target_date(s: _Sentence, period: Period | None, params: dict[str, Any]) -> None:
    if s.status in ("target", "planned") and period is not None:
        params["target_date"] = period.code()


def _base_indicator(code: str | None) -> str | None:
    if code and code.endswith("_growth"):
        return code[: -len("_growth")]
    return code


# --- growth -----------------------------------------------------------------------------


def _growth(s: _Sentence, f: _Fig) -> _Found:
    c = f.c
    if f.role == "level" and c.reported_change is not None:
        ch = c.reported_change
        change, unit, qualifier = ch.value, ch.unit, ch.qualifier
        pos = _locate(s, ch.value, ch.unit, f.start) or (f.start, f.end)
        value, level_unit = c.value, c.unit
    else:
        change, unit, qualifier = c.value, c.unit, c.qualifier
        pos = (f.start, f.end)
        value, level_unit = math.nan, ""
    if _decrease(s.text, pos):
        change = -change
    params: dict[str, Any] = {
        "change": change,
        "change_unit": unit,
        "change_qualifier": qualifier,
        "base": _base(s, c.period, pos[0]),
    }
    _target_date(s, c.period, params)
    return _Found(
        ClaimType.GROWTH,
        pos[0],
        pos[1],
        c.period,
        c.period_text,
        value,
        level_unit,
        c.qualifier if not math.isnan(value) else "",
        params,
        _base_indicator(c.indicator),
        c.reporter,
        c.partner,
    )


def _locate(s: _Sentence, value: float, unit: str, near: int) -> tuple[int, int] | None:
    """Where a reported change is printed: the number grammar's span nearest the level."""
    best: tuple[int, int] | None = None
    for r in scan_numbers(s.text, 0, s.lang):
        close = r.unit == unit and math.isclose(r.value, value, rel_tol=1e-9)
        if close and (best is None or abs(r.start - near) < abs(best[0] - near)):
            best = (r.start, r.end)
    return best


def _decrease(sentence: str, pos: tuple[int, int]) -> bool:
    after = sentence[pos[1] : pos[1] + 30]
    before = sentence[max(0, pos[0] - 45) : pos[0]]
    return bool(w.DECREASE_AFTER.match(after) or w.DECREASE_BEFORE.search(before))


def _base(s: _Sentence, period: Period | None, pos: int) -> str:
    """What a change is measured against: a named period, or last year's (same) period."""
    named = [m for m in s.mentions if m.comparison and m.period and re.search(r"[0-9]{4}", m.text)]
    if named:
        m = min(named, key=lambda m: abs(m.start - pos))
        assert m.period is not None
        if (
            period is not None
            and period.kind is not PeriodKind.YEAR
            and m.period.kind is PeriodKind.YEAR
            and w.SAME_PERIOD.search(s.text)
        ):
            return period.shifted(year_of(m.period.start) - year_of(period.start)).code()
        return m.period.code()
    relative = any(m.comparison and m.period for m in s.mentions)
    yoy = w.YEAR_ON_YEAR.search(s.text) is not None
    if not (yoy or relative or w.PREVIOUS_YEAR.search(s.text)):
        return ""
    if period is not None:
        return "previous year" if period.kind is PeriodKind.YEAR else "same period last year"
    return "same period last year" if yoy else "previous year"


# --- share ------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[,;](?![0-9])|\.(?=\s|$)")


def _share(s: _Sentence, f: _Fig) -> _Found:
    c = f.c
    params = {"share": c.value, "of": _share_of(s.text, f.start, f.end)}
    indicator = c.indicator if c.indicator and "share" in c.indicator else None
    return _Found(
        ClaimType.SHARE,
        f.start,
        f.end,
        c.period,
        c.period_text,
        c.value,
        "%",
        c.qualifier,
        params,
        indicator,
        c.reporter,
        c.partner,
    )


def _share_of(text: str, start: int, end: int) -> str:
    """The whole a share is of: the nearest keyword after the figure in its clause, else before."""
    after = text[end : end + 80]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    best: tuple[int, str] | None = None
    for name, pattern in w.SHARE_OF:
        m = pattern.search(after)
        if m and m.start() <= 55 and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best:
        return best[1]
    before = text[max(0, start - 90) : start]
    near: tuple[int, int, str] | None = None
    for name, pattern in w.SHARE_OF:
        for m in pattern.finditer(before):
            if near is None or (m.end(), -m.start()) > (near[0], -near[1]):
                near = (m.end(), m.start(), name)  # the nearest; of two, the longer: 进出口
    return near[2] if near else ""


# --- first / only -----------------------------------------------------------------------

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


def _first_claims(s: _Sentence) -> list[_Found]:
    out: list[_Found] = []
    for kind, start, end, np, _np_end, scope in _firsts(s):
        found = _Found(ClaimType.FIRST, start, end)
        fig = _nearest(s, start, lambda f: f.c.unit == "MW" and f.role == "level" and not f.used)
        if fig is not None:
            fig.used = True
            c = fig.c
            found.value, found.unit, found.qualifier = c.value, c.unit, c.qualifier
            found.period, found.period_text = c.period, c.period_text
            found.indicator, found.reporter, found.partner = c.indicator, c.reporter, c.partner
        if found.period is None:
            m = _nearest_mention(s, start)
            if m is not None:
                found.period, found.period_text = m.period, m.text
        found.params = {"kind": kind, "of": np, "scope": scope}
        _target_date(s, found.period, found.params)
        out.append(found)
    return out


def _firsts(s: _Sentence) -> list[tuple[str, int, int, str, int, str]]:
    """(kind, start, end, noun phrase, its end, scope) of each "first"/"only" phrase."""
    t = s.text
    out: list[tuple[str, int, int, str, int, str]] = []
    if s.lang == "zh":
        for m in w.FIRST_ZH.finditer(t):
            kind = "only" if m.group("kind").startswith("唯一") else "first"
            np, np_end = _np_zh(t, m.end(), stop="和及与、也是")
            if np:
                out.append((kind, m.start(), m.end(), np, np_end, _scope_zh(s, m.start())))
        return out
    pattern = {"ru": w.FIRST_RU, "az": w.FIRST_AZ}.get(s.lang, w.FIRST_EN)
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
        if tok in _PUNCT or low.rstrip(".") in w.FIRST_STOP_EN:
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
        if not words and w.FIRST_NOT.match(low.rstrip(".!?")):
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
        if tok in _PUNCT or low in w.FIRST_STOP_RU or _NUM_UNIT.match(tok):
            break
        if not words and w.FIRST_NOT.match(low.rstrip(".!?")):
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
        if tok in _PUNCT or low in w.FIRST_STOP_AZ or _NUM_UNIT.match(tok):
            break
        if not words and w.FIRST_NOT.match(low.rstrip('.!?"')):
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
    while end < len(t) and end - pos < 24 and t[end] not in w.ZH_CLAUSE and t[end] not in stop:
        end += 1
    np = re.sub(r"[0-9.]+\s*(?:兆瓦|吉瓦|千瓦|MW|GW)", "", t[pos:end]).strip()
    return np, end


def _scope(s: _Sentence, m: re.Match[str], np_end: int) -> str:
    """The country a "first" is first in: "Azerbaijan's first", "first ... in Azerbaijan"."""
    t = s.text
    start = m.start("kind")
    if s.lang == "ru":
        after = re.match(r"\s+(?:в\s+|во\s+)?", t[np_end:])
        at = np_end + (after.end() if after else 0)
        return _country_at(s, at) or ""
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
        return _country_at(s, np_end + after.end()) or ""
    return ""


def _scope_zh(s: _Sentence, start: int) -> str:
    for _a, b, code in s.countries:
        if b == start or (b == start - 1 and s.text[b] == "的"):
            return code
    return ""


def _country_at(s: _Sentence, pos: int) -> str | None:
    for a, _b, code in s.countries:
        if a == pos:
            return code
    return None


def _country_in(s: _Sentence, start: int, end: int) -> str | None:
    for a, b, code in s.countries:
        if start <= a and b <= end:
            return code
    return None


def _nearest(s: _Sentence, pos: int, ok: Callable[[_Fig], bool]) -> _Fig | None:
    best: _Fig | None = None
    for f in s.figures:
        if ok(f) and (best is None or abs(f.start - pos) < abs(best.start - pos)):
            best = f
    return best


def _nearest_mention(s: _Sentence, pos: int) -> Mention | None:
    usable = [m for m in s.mentions if m.period is not None and not m.comparison]
    return min(usable, key=lambda m: abs(m.start - pos)) if usable else None


# --- sums and counts --------------------------------------------------------------------


def _sum_claims(s: _Sentence) -> list[_Found]:
    out: list[_Found] = []
    t = s.text
    taken: list[tuple[int, int]] = []
    for pattern in w.COUNTS:
        for m in pattern.finditer(t):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            count = w.count_value(m.group("n"))
            if count is None or (1900 <= count <= 2100):
                continue
            at = [f for f in s.figures if f.start == m.start("n")]
            if any(f.c.unit != "count" for f in at):
                continue  # "a 240 MW project": a capacity, not a count
            np = m.group("np")
            if pattern is w.COUNTS[-1]:
                np = np.rsplit("的", 1)[-1]
                if not w.ZH_EVENT.search(np):
                    continue
            total = _total(s, m.start(), m.end())
            for f in at:
                f.used = True
            found = _Found(ClaimType.SUM_COUNT, m.start(), m.end())
            _fill_total(found, total)
            found.params = {
                "count": count,
                "total": total.c.value if total else None,
                "total_unit": total.c.unit if total else "",
                "of": _sum_of(np.strip(), s.lang),
                "members": _members(t, m.end()),
            }
            taken.append((m.start(), m.end()))
            out.append(found)
    if s.lang == "en":
        out += _total_only(s)
    return out


def _fill_total(found: _Found, total: _Fig | None) -> None:
    if total is None:
        return
    total.used = True
    c = total.c
    found.value, found.unit, found.qualifier = c.value, c.unit, c.qualifier
    found.period, found.period_text = c.period, c.period_text
    found.indicator, found.reporter, found.partner = c.indicator, c.reporter, c.partner


def _total(s: _Sentence, start: int, end: int) -> _Fig | None:
    """The figure a count of things adds up to: "... worth $629 million", "a total of ..."."""
    t = s.text

    def free(f: _Fig) -> bool:
        return f.role == "level" and not f.used and f.c.unit not in ("count", "persons")

    weak = w.TOTAL_WEAK.match(t[end:])
    if weak:
        near = [f for f in s.figures if free(f) and end <= f.start <= end + weak.end() + 12]
        if near:
            return near[0]
    for cue in w.TOTAL_STRONG.finditer(t):
        if cue.start() >= end:
            after = [f for f in s.figures if free(f) and cue.end() <= f.start <= cue.end() + 60]
            if after:
                return after[0]
    for cue in w.TOTAL_STRONG.finditer(t[:start]):
        after = [f for f in s.figures if free(f) and cue.end() <= f.start < start]
        if after:
            return after[0]
    return None


def _sum_of(np: str, lang: str) -> str:
    words = np.split()
    stops = {"ru": w.SUM_STOP_RU, "az": w.SUM_STOP_AZ}.get(lang, w.SUM_STOP_EN)
    kept: list[str] = []
    for word in words:
        if word.lower() in stops:
            break
        kept.append(word)
    return " ".join(kept) if lang != "zh" else np


def _members(t: str, pos: int) -> list[str]:
    inc = w.INCLUDING.search(t, pos)
    if inc is None:
        return []
    clause = t[inc.end() :]
    cut = re.search(r"[.;。](?:\s|$)", clause)
    clause = clause[: cut.start()] if cut else clause
    return [m.group(1).strip() for m in w.QUOTED_NAME.finditer(clause)]


def _total_only(s: _Sentence) -> list[_Found]:
    """ "solar power plants with a total capacity of 260 MW": a total without a count."""
    out: list[_Found] = []
    t = s.text
    for m in re.finditer(r"\bwith\s+an?\s+(?:total|combined|aggregate)\s", t, re.I):
        fig = next(
            (f for f in s.figures if f.role == "level" and m.end() <= f.start <= m.end() + 60),
            None,
        )
        if fig is None or fig.used:
            continue
        before = t[: m.start()]
        words = before.split()
        np: list[str] = []
        for word in reversed(words):
            if (
                word[-1:] in ",;:"
                or word.lower() in w.SUM_STOP_EN
                or w.TOTAL_PREFIX_NOUNS.match(word)
            ):
                break
            np.insert(0, word)
        if not np or not np[-1].lower().endswith("s") or len(np) > 7:
            continue
        found = _Found(ClaimType.SUM_COUNT, m.start(), m.end())
        _fill_total(found, fig)
        found.params = {
            "count": None,
            "total": fig.c.value,
            "total_unit": fig.c.unit,
            "of": " ".join(np),
            "members": _members(t, m.end()),
        }
        out.append(found)
    return out


# --- records and streaks ----------------------------------------------------------------

_BREAK = re.compile(r"[,;:”\"»—–]")


@dataclass(frozen=True, slots=True)
class _Streak:
    start: int
    end: int
    length: int
    window: str


def _streak_matches(s: _Sentence) -> list[_Streak]:
    if not w.STREAK_CONTEXT.search(s.text):
        return []
    out: list[_Streak] = []
    for pattern in w.STREAKS:
        for m in pattern.finditer(s.text):
            if any(x.start < m.end() and m.start() < x.end for x in out):
                continue
            g = m.groupdict()
            n = w.ordinal_value(g["ord"]) if g.get("ord") else w.count_value(g.get("card") or "")
            window = w.STREAK_WINDOWS.get(g["win"].lower(), "year")
            if n and n >= 2:
                out.append(_Streak(m.start(), m.end(), n, window))
    return out


def _absorbed(s: _Sentence, start: int, streaks: list[_Streak]) -> bool:
    """Whether a record word is part of a streak: after it, or before it in the same clause."""
    for x in streaks:
        if start >= x.start:
            return True
        if not _BREAK.search(s.text[start : x.start]):
            return True
    return False


def _record_claims(s: _Sentence, streaks: list[_Streak], carry: _Carry) -> list[_Found]:
    out: list[_Found] = []
    loose: _Found | None = None
    t = s.text
    not_record = [(n.start(), n.end()) for n in w.NOT_RECORD.finditer(t)]
    for m in w.RECORD.finditer(t):
        if any(a <= m.start() < b for a, b in not_record):
            continue
        if _absorbed(s, m.start(), streaks):
            continue
        fig = _record_figure(s, m.start(), m.end())
        found = _Found(ClaimType.RECORD, m.start(), m.end())
        kind = "record"
        phrase = t[max(0, m.start() - 12) : m.end()]
        if w.RECORD_HIGHEST.search(phrase):
            kind = "highest"
        elif w.RECORD_LOWEST.search(phrase):
            kind = "lowest"
        if fig is not None:
            fig.used = True
            c = fig.c
            found.value, found.unit, found.qualifier = c.value, c.unit, c.qualifier
            found.period, found.period_text = c.period, c.period_text
            found.indicator, found.reporter, found.partner = c.indicator, c.reporter, c.partner
            if found.period is None:
                found.period = _zh_year(s, m.start())
        window = _window(s, found.period if fig is not None else None)
        if fig is None:
            found.period, found.period_text = _claim_period(s, m.start(), window, carry)
        elif window == "year" and found.period is not None:
            found.period = _as_year(found.period)
        found.params = {"window": window, "expected": s.status != "actual", "kind": kind}
        _target_date(s, found.period, found.params)
        if fig is not None:
            out.append(found)
        elif loose is None:
            loose = found
    if loose is not None and not out:
        out.append(loose)
    return out


def _record_figure(s: _Sentence, start: int, end: int) -> _Fig | None:
    """The figure called a record: just after the record word, else the nearest one before."""
    levels = [f for f in s.figures if f.role == "level" and not f.used and f.c.unit != "%"]
    after = [f for f in levels if end <= f.start <= end + 45 and ";" not in s.text[end : f.start]]
    if after:
        return after[0]
    before = [f for f in levels if f.end <= start and start - f.end <= 80]
    return before[-1] if before else None


_KIND_WINDOW = {
    PeriodKind.YEAR: "year",
    PeriodKind.HALF: "half",
    PeriodKind.QUARTER: "quarter",
    PeriodKind.MONTH: "month",
    PeriodKind.YTD: "ytd",
    PeriodKind.RANGE: "ytd",
    PeriodKind.POINT: "year",
}


def _window(s: _Sentence, period: Period | None) -> str:
    if period is not None:
        return _KIND_WINDOW[period.kind]
    for window, pattern in w.WINDOW_WORDS:
        if pattern.search(s.text):
            return window
    if w.MONTH_RANGE.search(s.text):
        return "ytd"
    m = _nearest_mention(s, 0)
    return _KIND_WINDOW[m.period.kind] if m and m.period else "year"


def _as_year(p: Period) -> Period:
    y = year_of(p.end)
    return Period(month_index(y, 1), month_index(y, 12))


def _claim_period(s: _Sentence, pos: int, window: str, carry: _Carry) -> tuple[Period | None, str]:
    """The period of a claim without a figure: its sentence's, the sentence before's, or the
    publication year for what is expected this year."""
    m = _nearest_mention(s, pos)
    period: Period | None = None
    text = ""
    if m is not None:
        period, text = m.period, m.text
    if period is None:
        period = _zh_year(s, pos)
    if period is None and carry.period is not None:
        period = carry.period
    if period is None and s.status != "actual" and s.published is not None:
        period = _as_year(
            Period(month_index(s.published.year, 1), month_index(s.published.year, 1))
        )
    if period is not None and window == "year" and period.kind is not PeriodKind.YEAR:
        period = _as_year(period)
    return period, text


def _zh_year(s: _Sentence, pos: int) -> Period | None:
    """ "2023年", "今年", "去年" nearest before ``pos`` (else after), for Chinese sentences."""
    found: list[tuple[int, int]] = []
    for m in w.ZH_YEAR.finditer(s.text):
        if m.group("y"):
            year = int(m.group("y"))
        elif s.published is None:
            continue
        else:
            year = s.published.year - (1 if m.group("last") else 0)
        found.append((m.start(), year))
    if not found:
        return None
    before = [f for f in found if f[0] <= pos]
    _p, year = before[-1] if before else found[0]
    return Period(month_index(year, 1), month_index(year, 12))


def _streak_claims(s: _Sentence, streaks: list[_Streak], carry: _Carry) -> list[_Found]:
    out: list[_Found] = []
    for x in streaks:
        found = _Found(ClaimType.RECORD_STREAK, x.start, x.end)
        found.period, found.period_text = _claim_period(s, x.start, x.window, carry)
        found.params = {"length": x.length, "window": x.window, "expected": s.status != "actual"}
        out.append(found)
    return out


# --- rank -------------------------------------------------------------------------------


@dataclass(slots=True)
class _RankHit:
    start: int
    end: int
    rank: int
    of: str
    of_start: int
    of_end: int
    leader: bool


def _rank_claims(s: _Sentence, carry: _Carry) -> list[_Found]:
    out: list[_Found] = []
    previous_among = ""
    subject = s.countries[0][2] if s.countries else None
    for hit in _rank_hits(s):
        among = _among(s, hit, previous_among)
        previous_among = among
        found = _Found(ClaimType.RANK, hit.start, hit.of_end)
        found.params = {"rank": hit.rank, "of": hit.of, "among": among}
        m = _nearest_mention(s, hit.start)
        if m is not None:
            found.period, found.period_text = m.period, m.text
        elif carry.period is not None:
            found.period = carry.period
        found.reporter = among or None
        others = [code for _a, _b, code in s.countries if code != among]
        found.partner = subject if subject and subject != among else (others[0] if others else None)
        out.append(found)
    return out


def _rank_hits(s: _Sentence) -> list[_RankHit]:
    t = s.text
    matches: list[tuple[int, int, int, bool]] = []
    for pattern in w.RANK_WORDS:
        for m in pattern.finditer(t):
            g = m.groupdict()
            if g.get("ord"):
                rank = w.ordinal_value(g["ord"])
            elif g.get("zh") or g.get("zh2"):
                rank = w.zh_number(g.get("zh") or g.get("zh2") or "")
            else:
                rank = 1
            if rank is None:
                continue
            leader = (
                bool(g.get("one")) and re.match(r"(?i)leader|лидер|lider", g["one"]) is not None
            )
            matches.append((m.start(), m.end(), rank, leader))
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    hits: list[_RankHit] = []
    consumed = -1
    for start, end, rank, leader in matches:
        if start < consumed:
            continue
        if w.RANK_NOT_BEFORE.search(t[max(0, start - 30) : start]) or w.RANK_NOT_AFTER.match(
            t[end:]
        ):
            continue
        of = _rank_of(s, start, end, leader)
        if of is None:
            continue
        name, of_start, of_end = of
        hits.append(_RankHit(start, end, rank, name, of_start, of_end, leader))
        consumed = of_end
        more = _conjoined(s, of_end)
        if more is not None:
            hits.append(_RankHit(of_end, more[2], rank, more[0], more[1], more[2], leader))
            consumed = more[2]
    return hits


_LEADER_OF = (
    (
        "import sources",
        re.compile(r"^\s*(?:in|по|for)\s+(?:[^\W\d_]+\s+)?(?:import|импорт|idxal)\w*", re.I),
    ),
    ("export destinations", re.compile(r"^\s*(?:in|по|for)\s+(?:export|экспорт|ixrac)\w*", re.I)),
    ("trading partners", re.compile(r"^\s*(?:in|по|for)\s+(?:trade|торговл|ticar)\w*", re.I)),
)
_RANK_REACH = {"zh": 12, "az": 30}


def _rank_of(s: _Sentence, start: int, end: int, leader: bool) -> tuple[str, int, int] | None:
    """What is ranked: the noun right after the rank word, else (noun left unsaid) before it."""
    t = s.text
    after = t[end : end + 70]
    if leader:
        for name, pattern in _LEADER_OF:
            m = pattern.match(after)
            if m:
                return name, end + m.start(), end + m.end()
    reach = _RANK_REACH.get(s.lang, 40)
    best: tuple[int, int, str] | None = None
    for name, pattern in w.RANK_OF:
        m = pattern.search(after)
        if m and m.start() <= reach and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), name)
    if best is not None and not re.search(r"[.;。；]\s", after[: best[0]]):
        return best[2], end + best[0], end + best[1]
    if w.RANK_ELIDED.match(after) or (s.lang == "zh" and re.match(r"^[。，,；]|$", after)):
        near: tuple[int, int, int, str] | None = None
        for name, pattern in w.RANK_OF:
            for m in pattern.finditer(t[:start]):
                if near is None or m.end() > near[1]:
                    near = (m.start(), m.end(), 0, name)
        if near is not None:
            return near[3], end, end
        if s.lang == "zh" and re.search(r"投资额|投資額", t[:start]):
            return "investors", end, end
    return None


def _conjoined(s: _Sentence, pos: int) -> tuple[str, int, int] | None:
    """ "largest export market and source of imports", "最大的贸易伙伴和投资国"."""
    m = re.match(r"\s*(?:and|и|və|和|及)\s*", s.text[pos:])
    if not m:
        return None
    rest = s.text[pos + m.end() : pos + m.end() + 40]
    for name, pattern in w.RANK_OF:
        n = pattern.match(rest)
        if n:
            return name, pos + m.end(), pos + m.end() + n.end()
    return None


def _among(s: _Sentence, hit: _RankHit, previous: str) -> str:
    """Whose ranking: "Azerbaijan's", "for Azerbaijan", "Азербайджана", "Azərbaycanın",
    "美国第三大". A second rank of a sentence without its own ("and its fourth-largest")
    has the first's."""
    t = s.text
    if s.lang == "zh":
        clause_start = max(t.rfind(ch, 0, hit.start) for ch in w.ZH_CLAUSE)
        before = [c for c in s.countries if clause_start < c[0] and c[1] <= hit.start]
        return before[-1][2] if before else ""
    if s.lang == "az":
        for a, b, code in reversed(s.countries):
            if b <= hit.start and hit.start - b <= 25:
                tail = t[b : hit.start]
                if re.search(r"(?:ın|in|un|ün|nın|nin|nun|nün)$", t[a:b]) or re.match(
                    r"^\s+üçün\s+$", tail
                ):
                    return code
        return previous  # "ölkənin" (the country's) or a second rank: the one before
    # English-like and Russian: a possessive before, a country inside or right after the noun
    poss = re.search(
        r"([^\W\d_][\w.]*(?:\s[^\W\d_][\w.]*)?)(?:'s|’s|'|’)\s+(?:the\s+)?$", t[: hit.start]
    )
    if poss:
        inside = [c for c in s.countries if poss.start(1) <= c[0] and c[1] <= poss.end(1)]
        return inside[-1][2] if inside else ""
    inside = [c for c in s.countries if hit.end <= c[0] and c[1] <= hit.of_end]
    if inside:
        return inside[0][2]
    m = re.match(r"\s*(?:of|for|in|to|among|для|в|во|с|со)?\s*(?:the\s+)?", t[hit.of_end :])
    at = hit.of_end + (m.end() if m else 0)
    # "its", "страны", or a second rank of the same sentence: the country of the one before
    return _country_at(s, at) or previous


# --- finishing --------------------------------------------------------------------------


def _finish(
    s: _Sentence,
    f: _Found,
    carry: _Carry,
    defaults: tuple[str | None, str | None],
    url: str,
) -> ClaimCandidate:
    indicator = f.indicator
    if indicator is None and f.type in (ClaimType.RECORD, ClaimType.RECORD_STREAK):
        indicator = guess_indicator("USD", s.text, s.text, False) or carry.indicator
    reporter, partner = f.reporter, f.partner
    if f.type is not ClaimType.RANK and reporter is None and partner is None:
        reporter, partner = s.parties
        if reporter is None and partner is None:
            reporter, partner = carry.reporter or defaults[0], carry.partner or defaults[1]
    text = f.period_text
    if not text and f.period is not None:
        text = period_code(f.period.start, f.period.end, f.period.point)
    return ClaimCandidate(
        type=f.type,
        indicator=_base_indicator(indicator),
        reporter=reporter,
        partner=partner,
        period=f.period,
        period_text=text,
        value=float(f.value),
        unit=f.unit,
        qualifier=f.qualifier,
        status=s.status,
        params=f.params,
        quote=s.text,
        language=s.lang,
        url=url,
        span=(s.offset + f.start, s.offset + f.end),
    )


def _remember(carry: _Carry, s: _Sentence, found: list[_Found]) -> None:
    figs = [f.c for f in s.figures if f.c.period is not None]
    if figs:
        carry.period = figs[0].period
        carry.indicator = _base_indicator(figs[0].indicator) or carry.indicator
        carry.reporter, carry.partner = figs[0].reporter, figs[0].partner
        return
    m = _nearest_mention(s, 0)
    if m is not None:
        carry.period = m.period
    for f in found:
        if f.indicator:
            carry.indicator = _base_indicator(f.indicator)
            break


def _dedupe(claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The same claim restated (a headline and its lead) is kept once, in its first place."""
    seen: set[tuple[Any, ...]] = set()
    out: list[ClaimCandidate] = []
    for c in claims:
        key = (
            c.type,
            c.period.code() if c.period else None,
            None if math.isnan(c.value) else round(c.value, 6),
            c.unit,
            json.dumps(c.params, sort_keys=True, ensure_ascii=False),
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
