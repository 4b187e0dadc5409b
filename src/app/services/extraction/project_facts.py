"""Project facts proposed from press text, for the user to confirm.

A *project fact* is proposed where a sentence gives a power plant's capacity: technology,
capacity, the stage the sentence reports (signed → agreement, under construction,
inaugurated → commissioned; "planned", "expected" → an expected stage), its date (read as
:func:`app.services.extraction.events.event_date` reads event dates), the companies and a
name when the text gives one ("the 240 MW Khizi-Absheron Wind Power Plant"). A count
("five new energy projects with a total installed capacity of 1,570 MW") is kept as the
count, never split into invented members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.records import ProjectStage, Technology
from app.services.extraction.events import EVENT_WORDS, date_note, event_date
from app.services.extraction.extract import extract
from app.services.extraction.parties import guess_parties
from app.services.extraction.period_words import CARDINALS

_I = re.IGNORECASE


TECHNOLOGY_WORDS: tuple[tuple[Technology, re.Pattern[str]], ...] = (
    (
        Technology.OFFSHORE_WIND,
        re.compile(r"offshore\s+wind|морск\w+\s+ветр|dəniz\s+külək|海上风电", _I),
    ),
    (Technology.FLOATING_SOLAR, re.compile(r"floating\s+solar|плавуч\w+\s+солнеч|漂浮", _I)),
    (Technology.WIND, re.compile(r"\bwind\b|ветр\w*|ВЭС|külək|风电|风力", _I)),
    (
        Technology.SOLAR,
        re.compile(r"\bsolar\b|\bPV\b|photovoltaic|солнеч\w*|СЭС|günəş|光伏|太阳能", _I),
    ),
    (Technology.HYDRO, re.compile(r"\bhydro\w*|ГЭС|гидро\w*|su\s+elektrik|水电", _I)),
    (Technology.WASTE_TO_ENERGY, re.compile(r"waste[-\s]to[-\s]energy|мусоросжига|垃圾发电", _I)),
    (Technology.GAS, re.compile(r"\bgas[-\s](?:fired|turbine)|газотурбин|燃气", _I)),
)

STAGE_WORDS: tuple[tuple[ProjectStage, bool, re.Pattern[str]], ...] = (
    (ProjectStage.COMMISSIONED, False, EVENT_WORDS[0][1]),
    (
        ProjectStage.CONSTRUCTION,
        False,
        re.compile(r"under\s+construction|строит\w+|tikilir|在建|开工", _I),
    ),
    (
        ProjectStage.FINANCING,
        False,
        re.compile(r"\bfinancing\b|\bloan\b|финансир\w*|融资|贷款", _I),
    ),
    (ProjectStage.AGREEMENT, False, EVENT_WORDS[1][1]),
    (
        ProjectStage.COMMISSIONED,
        True,
        re.compile(
            r"(?:launch|operation|operational|commissioning)\b.{0,60}\b(?:planned|expected|scheduled)|"
            r"(?:planned|expected|scheduled)\b.{0,40}\b(?:launch|operation|operational|commissioning)|"
            r"is\s+planned\s+for|planned\s+for\s+this\s+year|планиру\w+\s+ввод|计划.{0,6}投产",
            _I,
        ),
    ),
    (ProjectStage.ANNOUNCED, False, re.compile(r"\bannounc\w+|\bpromoting\b|объяви\w*|宣布", _I)),
)

_PLANT_NAME = re.compile(
    r"((?:(?!(?:MW|GW|kW|MWh)\b)[A-Z][\w'’-]+[\s-]){1,4}?)"
    r"(Wind\s+(?:Power\s+Plant|Farm|Power\s+Station)|Solar\s+(?:Power\s+(?:Plant|Station)|Park|Plant)|"
    r"(?:Hydro|Hydroelectric)\s+Power\s+(?:Plant|Station)|WPP|SPP|HPP)"
)
_CAP = r"[A-Z][\w&'’.-]*"
_SUFFIX = r"(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Company|Corporation|Corp\.|Limited|LLC|Group|Holdings?)"
_COMPANY = re.compile(
    rf"\b((?:{_CAP}\s+){{0,5}}{_SUFFIX}(?:,?\s+{_SUFFIX})*)(?:\s*\(([A-Z]{{2,6}})\))?"
)
_GENERIC_COMPANY = re.compile(r"^(?:The|Several|Our|A|An|Chinese|Other)\s+")
_FOREIGN_FIRMS = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:companies|company|firms?|enterprises?|contractors?|investors?)\b"
)
_COUNT = re.compile(
    rf"\b(\d+|{'|'.join(sorted(CARDINALS, key=len, reverse=True))})\s+(?:new\s+)?"
    r"(?:\w+\s+){0,2}(?:projects|plants|power\s+plants|stations)\b",
    _I,
)


@dataclass
class ProjectFactCandidate:
    """A project (or a group a source counts) as one sentence describes it."""

    capacity: float
    capacity_unit: str
    technologies: list[str]
    stage: str
    stage_expected: bool
    date: str
    quote: str
    #: how the date was found when the text does not state it ('' when stated)
    date_note: str = ""
    name: str = ""
    companies: list[str] = field(default_factory=list)
    count: int | None = None
    country: str = ""
    partner: str = ""
    language: str = ""
    url: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "technologies": self.technologies,
            "capacity": self.capacity,
            "capacity_unit": self.capacity_unit,
            "stage": self.stage,
            "expected": self.stage_expected,
            "date": self.date,
            "date_note": self.date_note,
            "companies": self.companies,
            "count": self.count,
            "country": self.country,
            "partner": self.partner,
            "quote": self.quote,
            "language": self.language,
            "url": self.url,
        }


def _companies(sentence: str, known: tuple[str, ...]) -> list[str]:
    """Company names: those the registry already knows, then names with a company suffix
    ("… Co. Ltd.", "… Corporation Limited (HDEC)")."""
    out = [k for k in known if k and k.lower() in sentence.lower()]
    for m in _COMPANY.finditer(sentence):
        name = _GENERIC_COMPANY.sub("", " ".join(m.group(1).split())).strip(" ,")
        if m.group(2):
            name += f" ({m.group(2)})"
        if " " in name and not any(name in k or k in name for k in out):
            out.append(name)
    return out


def _host_and_partner(sentence: str, pair: tuple[str, ...]) -> tuple[str, str]:
    """Where the plant is and whose companies take part: "Chinese companies … with
    Azerbaijan" → (AZE, CHN)."""
    reporter, partner = guess_parties(sentence)
    named = [c for c in (reporter, partner) if c]
    firms = _FOREIGN_FIRMS.search(sentence)
    foreign = guess_parties(firms.group(1))[0] if firms else None
    if foreign:
        others = [c for c in (*named, *pair) if c != foreign]
        return (others[0] if others else ""), foreign
    return reporter or (pair[0] if pair else ""), partner or ""


def extract_project_facts(
    text: str,
    published: date | None = None,
    url: str = "",
    pair: tuple[str, ...] = (),
    companies: tuple[str, ...] = (),
) -> list[ProjectFactCandidate]:
    """Capacity statements about power projects, one per figure in MW, in text order.
    ``companies``: names the registry knows, recognised wherever they occur."""
    out: list[ProjectFactCandidate] = []
    for c in extract(text, published, url):
        if c.unit != "MW":
            continue
        sentence = c.quote
        techs = [str(t) for t, p in TECHNOLOGY_WORDS if p.search(sentence)]
        if Technology.OFFSHORE_WIND in techs and Technology.WIND in techs:
            techs.remove(Technology.WIND)
        if Technology.FLOATING_SOLAR in techs and Technology.SOLAR in techs:
            techs.remove(Technology.SOLAR)
        if not techs and not re.search(
            r"project|plant|station|проект|электростанц|layihə|项目|电站", sentence, _I
        ):
            continue
        stage, expected = "", False
        for kind, is_plan, pattern in STAGE_WORDS:
            if pattern.search(sentence):
                stage, expected = str(kind), is_plan
                break
        when, how = "", "stated"
        if c.period is not None and expected:
            when = f"{c.period.start // 12}"
        elif stage:
            when, how = event_date(sentence, published)
        name_match = _PLANT_NAME.search(sentence)
        count_match = _COUNT.search(sentence)
        count = None
        if count_match:
            word = count_match.group(1).lower()
            count = int(word) if word.isdigit() else CARDINALS.get(word)
        country, partner = _host_and_partner(sentence, pair)
        out.append(
            ProjectFactCandidate(
                capacity=c.value,
                capacity_unit="MW",
                technologies=techs,
                stage=stage,
                stage_expected=expected,
                date=when,
                quote=sentence,
                date_note=date_note(how),
                name=" ".join(name_match.group(0).split()) if name_match else "",
                companies=_companies(sentence, companies),
                count=count if count and count > 1 else None,
                country=country,
                partner=partner,
                language=c.language,
                url=url,
            )
        )
    return out
