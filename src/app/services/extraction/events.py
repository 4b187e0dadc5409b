"""Events and project facts proposed from press text, for the user to confirm.

An *event* is proposed where a sentence says something happened — signed, inaugurated,
visited, a forum or briefing, a sanction, a tariff change — and when: an explicit day
("8 January 2026", "April 23", "2025年4月23日", "23 апреля 2025"), a weekday the
publication date resolves ("on Thursday" in an item of Thursday 8 January 2026 is that
day), a month ("in April 2025"), or else the publication date, marked as such in the note.

Project facts (:mod:`project_facts`) use the same event words and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.records import EventType
from app.services.extraction.parties import guess_parties
from app.services.extraction.sentences import detect_language, sentence_spans

_I = re.IGNORECASE

EVENT_WORDS: tuple[tuple[EventType, re.Pattern[str]], ...] = (
    (
        EventType.OPENING,
        re.compile(
            r"\binaugurat\w*|\bofficially\s+(?:launched|opened)|opening\s+ceremony|"
            r"\bput\s+into\s+operation|\bcommissioned\b|\bоткры\w+\s+(?:электростанц|завод)|"
            r"\bввод\w*\s+в\s+эксплуатаци|\bistifadəyə\s+veril\w*|\bistismara\s+veril\w*|"
            r"\baçılış\w*|投产|落成|竣工|开幕式|启用",
            _I,
        ),
    ),
    (
        EventType.AGREEMENT,
        re.compile(
            r"\bsigned\b|\binked\b|\bmemorandum\b|\bMoU\b|\bwon\s+the\s+tender|"
            r"\bподписа\w*|\bмеморандум\w*|\bimzala\w*|\bmemorandum\w*|签署|签订|签约|中标",
            _I,
        ),
    ),
    (
        EventType.VISIT,
        re.compile(
            r"\b(?:state|official|working)\s+visit\b|\bduring\s+(?:the|his|her)\s+visit|"
            r"\bvisit(?:ed|s)?\s+(?:to\s+)?(?:China|Beijing|Azerbaijan|Baku)|\bmet\s+with\b.*\bin\s+"
            r"(?:Beijing|Baku)|\bвизит\w*|\bsəfər\w*|\bziyarət\w*|访问|访华|会见",
            _I,
        ),
    ),
    (
        EventType.FORUM,
        re.compile(
            r"\bforum\b|\bsummit\b|\bbriefing\b|\bconference\b|\bexpo\b|\bфорум\w*|\bсаммит\w*|"
            r"\bбрифинг\w*|\bforum\w*|\bsammit\w*|\bbrifinq\w*|论坛|峰会|博览会|吹风会|记者会",
            _I,
        ),
    ),
    (
        EventType.SANCTION,
        re.compile(r"\bsanction\w*|\bembargo\w*|\bсанкци\w*|\bsanksiya\w*|制裁", _I),
    ),
    (
        EventType.TARIFF,
        re.compile(
            r"\b(?:import|export|customs)\s+dut(?:y|ies)|\btariffs?\s+(?:on|of|were|was|rose|cut)|"
            r"\bпошлин\w*|\bgömrük\s+rüsum\w*|关税",
            _I,
        ),
    ),
    (
        EventType.CRISIS,
        re.compile(r"\bcrisis\b|\bpandemic\b|\bкризис\w*|\bpandemi\w*|\bböhran\w*|危机|疫情", _I),
    ),
)

_EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_RU_MONTHS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
_AZ_MONTHS = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
]
_MONTH_WORD = r"[A-Za-zА-Яа-яƏəÖöÜüĞğİıŞşÇç]+"
_YEAR = r"(?:19|20)\d{2}"

_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_WORD})(?:\s*,?\s*({_YEAR}))?", _I)
_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*({_YEAR}))?\b", _I
)
_ZH_DATE = re.compile(rf"(?:({_YEAR})年)?(\d{{1,2}})月(\d{{1,2}})[日号]")
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?({_MONTH_WORD})\s+({_YEAR})\b", _I)
_ISO = re.compile(rf"\b({_YEAR})-(\d{{2}})-(\d{{2}})\b")
_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (
            "monday понедельник bazar ertəsi",
            "tuesday вторник çərşənbə axşamı",
            "wednesday среду среда çərşənbə",
            "thursday четверг cümə axşamı",
            "friday пятницу пятница cümə",
            "saturday субботу суббота şənbə",
            "sunday воскресенье bazar",
        )
    )
    for name in names.split()
}
_WEEKDAY = re.compile(
    r"\b(?:on|в|во)\s+(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b", _I
)
_ZH_WEEKDAY = re.compile(r"(?:周|星期)([一二三四五六日天])")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _month_number(word: str) -> int | None:
    """1..12 for a month name: English (full or three letters), Russian or Azerbaijani."""
    w = word.lower().rstrip(".")
    for i, name in enumerate(_EN_MONTHS):
        if w == name or (len(w) == 3 and name.startswith(w)):
            return i + 1
    for names in (_RU_MONTHS, _AZ_MONTHS):
        for i, stem in enumerate(names):
            if w.startswith(stem) and len(w) - len(stem) <= 3:
                return i + 1
    return None


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def event_date(sentence: str, published: date | None) -> tuple[str, str]:
    """(ISO date of the precision the text gives, how it was found); ('', '') if none."""
    m = _ISO.search(sentence)
    if m:
        found = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found:
            return found, "stated"
    m = _ZH_DATE.search(sentence)
    if m:
        year = int(m.group(1)) if m.group(1) else (published.year if published else None)
        if year:
            found = _valid(year, int(m.group(2)), int(m.group(3)))
            if found:
                return found, "stated"
    for pattern, day_group, month_group in ((_DAY_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
        for m in pattern.finditer(sentence):
            month = _month_number(m.group(month_group))
            if month is None:
                continue
            year = int(m.group(3)) if m.group(3) else (published.year if published else None)
            if year is None:
                continue
            found = _valid(year, month, int(m.group(day_group)))
            if found:
                return found, "stated"
    if published is not None:
        m = _WEEKDAY.search(sentence)
        wanted = _WEEKDAYS.get(m.group(1).lower()) if m else None
        z = _ZH_WEEKDAY.search(sentence)
        if wanted is None and z:
            wanted = _ZH_WEEKDAYS[z.group(1)]
        if wanted is not None:
            back = (published.weekday() - wanted) % 7
            return (published - timedelta(days=back)).isoformat(), "weekday before publication"
    for m in _MONTH_YEAR.finditer(sentence):
        month = _month_number(m.group(1))
        if month:
            return f"{m.group(2)}-{month:02d}", "stated"
    if published is not None:
        return published.isoformat(), "date of publication"
    return "", ""


def date_note(how: str) -> str:
    if how in ("stated", ""):
        return ""
    if how == "date of publication":
        return "date not in the text: the publication date"
    return f"date: {how}"


@dataclass
class EventCandidate:
    date_start: str
    event_type: str
    title: str
    countries: str
    quote: str
    note: str = ""
    date_end: str = ""
    language: str = ""
    url: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "date_start": self.date_start,
            "date_end": self.date_end,
            "type": self.event_type,
            "title": self.title,
            "countries": self.countries.split(),
            "quote": self.quote,
            "note": self.note,
            "language": self.language,
            "url": self.url,
        }

    def as_row(self) -> dict[str, Any]:
        """The fields of an events-table row (app.domain.events.add_event)."""
        return {
            "date_start": self.date_start,
            "date_end": self.date_end,
            "event_type": self.event_type,
            "title": self.title,
            "countries": self.countries,
            "quote": self.quote,
            "note": self.note,
        }


def _title(sentence: str, limit: int = 110) -> str:
    text = " ".join(sentence.split()).rstrip(".。")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _countries(sentence: str, default: tuple[str, ...]) -> str:
    reporter, partner = guess_parties(sentence)
    found = [c for c in (reporter, partner) if c]
    return " ".join(dict.fromkeys([*found, *default]))


def extract_events(
    text: str, published: date | None = None, url: str = "", pair: tuple[str, ...] = ()
) -> list[EventCandidate]:
    """Events the text reports, one per sentence and type, in text order."""
    out: list[EventCandidate] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        kinds = [kind for kind, pattern in EVENT_WORDS if pattern.search(sentence)]
        if not kinds:
            continue
        when, how = event_date(sentence, published)
        if not when:
            continue
        note = date_note(how)
        for kind in kinds[:2]:
            if any(e.event_type == kind and e.date_start == when for e in out):
                continue  # the same event told again ("The briefing focused on …")
            out.append(
                EventCandidate(
                    when,
                    str(kind),
                    _title(sentence),
                    _countries(sentence, pair),
                    sentence,
                    note,
                    language=detect_language(sentence),
                    url=url,
                )
            )
    return out
