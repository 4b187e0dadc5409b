"""What a press text proposes — figures, claims, events, project facts — and the one undoable
edit that stores what the user kept (no Qt: the extract dialog and its tests use it).

:func:`find_all` reads a text once for all four kinds (the dialog runs it in its worker).
:func:`build_edit` turns the kept items into one :class:`ProposalEdit`: the figures as
:class:`~app.domain.edits.AddObservations` with one press source per distinct sentence, the
claims as rows of the ``claims`` table, the events through
:func:`app.domain.events.add_event` and each project through
:func:`app.domain.projects.add_project`. Claims, events and projects cite the source row of
their sentence (shared with a figure of the same sentence).

A counted group ("five projects, 1,570 MW") is a claim, never a project: :func:`creatable`
says no and :func:`build_edit` leaves it out. A company's role is stored only when the
sentence states it (developer, contractor/EPC, investor, lender); otherwise the company is
named in the project's note, not given an invented role.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app.domain.edits import AddObservations, AddRecords, CompositeEdit, Edit
from app.domain.events import add_event
from app.domain.model import Source, empty_observations
from app.domain.projects import add_project
from app.domain.records import (
    ClaimType,
    PartyRole,
    normalise_records,
    params_text,
    record_table,
)
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.services.extraction.claims import ClaimCandidate, extract_claims
from app.services.extraction.events import EventCandidate, extract_events
from app.services.extraction.extract import Candidate, extract
from app.services.extraction.project_facts import ProjectFactCandidate, extract_project_facts

PROPOSED_NOTE = "proposed from press text"


@dataclass
class Proposals:
    """Everything found in one text, in text order per kind."""

    figures: list[Candidate] = field(default_factory=list)
    claims: list[ClaimCandidate] = field(default_factory=list)
    events: list[EventCandidate] = field(default_factory=list)
    projects: list[ProjectFactCandidate] = field(default_factory=list)


def find_all(
    text: str,
    published: dt.date | None = None,
    url: str = "",
    pair: tuple[str, ...] = (),
    companies: tuple[str, ...] = (),
) -> Proposals:
    """Figures, claims, events and project facts of ``text`` (one call, for one worker)."""
    return Proposals(
        extract(text, published, url),
        extract_claims(text, published, url),
        extract_events(text, published, url, pair),
        extract_project_facts(text, published, url, pair, companies),
    )


# --- defaults and words -----------------------------------------------------------------


def claim_checked(c: ClaimCandidate) -> bool:
    """Claims are proposed checked when they have a period."""
    return c.period is not None


def event_checked(e: EventCandidate) -> bool:
    return bool(e.date_start)


def creatable(p: ProjectFactCandidate) -> bool:
    """A counted group is a claim about several projects, not a project."""
    return p.count is None


def project_name(p: ProjectFactCandidate) -> str:
    if p.name:
        return p.name
    tech = p.technologies[0] if p.technologies else ""
    what = ", ".join(t for t in (tech, f"{p.capacity:g} {p.capacity_unit}") if t)
    return f"Unnamed project ({what})"


def _unit(unit: str) -> str:
    return "percent" if unit == "%" else unit


def _param(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, str) and (" " in value or not value):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def params_summary(params: dict[str, Any]) -> str:
    """ "change=20 change_unit=% base=\"same period last year\"" """
    return " ".join(f"{k}={_param(v)}" for k, v in params.items())


def claim_value(c: ClaimCandidate) -> str:
    if not c.unit or math.isnan(c.value):
        return ""
    return format_quantity(c.value, _unit(c.unit))


def claim_words(c: ClaimCandidate) -> str:
    """The claim in a few words: "more than +20 % on the same period last year"."""
    p = c.params
    kind = str(c.type)
    if kind == ClaimType.GROWTH:
        change = float(p.get("change", math.nan))
        qual = str(p.get("change_qualifier", "exact")).replace("_", " ")
        base = f" on {p['base']}" if p.get("base") else ""
        head = "" if qual == "exact" else f"{qual} "
        return f"{head}{change:+g} {p.get('change_unit', '%')}{base}"
    if kind == ClaimType.RECORD:
        what = {"highest": "highest ever", "lowest": "lowest ever"}.get(
            str(p.get("kind")), "a record"
        )
        return what + (" (expected)" if p.get("expected") else "")
    if kind == ClaimType.RECORD_STREAK:
        return f"{p.get('length')} consecutive record {p.get('window', 'year')}s" + (
            " (expected)" if p.get("expected") else ""
        )
    if kind == ClaimType.FIRST:
        scope = f" in {p['scope']}" if p.get("scope") else ""
        return f"the {p.get('kind', 'first')} {p.get('of', '')}{scope}"
    if kind == ClaimType.RANK:
        among = f" for {p['among']}" if p.get("among") else ""
        return f"No. {p.get('rank')} of {p.get('of', '')}{among}"
    if kind == ClaimType.SUM_COUNT:
        count = p.get("count")
        total = p.get("total")
        head = f"{count} {p.get('of', '')}" if count is not None else str(p.get("of", ""))
        if total is not None:
            head += f", total {format_quantity(float(total), _unit(str(p.get('total_unit', ''))))}"
        return head
    if kind == ClaimType.SHARE:
        return f"{_param(p.get('share'))} % of {p.get('of', '')}"
    qual = c.qualifier.replace("_", " ")
    value = claim_value(c)
    return f"{'' if qual == 'exact' else qual + ' '}{value}".strip()


# --- company roles ----------------------------------------------------------------------

_ROLE_WORDS: tuple[tuple[PartyRole, re.Pattern[str]], ...] = (
    (PartyRole.DEVELOPER, re.compile(r"\bdevelop(?:er|ers|ed\s+by)\b", re.I)),
    (
        PartyRole.EPC,
        re.compile(
            r"\bEPC\b|\bcontractors?\b|\bconstructed\s+by\b|\bbuilt\s+by\b|"
            r"\b(?:constructing|building)\b",
            re.I,
        ),
    ),
    (PartyRole.INVESTOR, re.compile(r"\binvestors?\b|\binvested\b", re.I)),
    (PartyRole.LENDER, re.compile(r"\blenders?\b|\bloans?\s+(?:from|by)\b", re.I)),
)
_ROLE_REACH = 60


def stated_role(sentence: str, company: str) -> str:
    """The role the sentence states for ``company`` (the role word nearest to its name,
    within 60 characters), or '' when it states none."""
    at = sentence.lower().find(company.split(" (")[0].lower())
    if at < 0:
        return ""
    end = at + len(company)
    best: tuple[int, str] = (_ROLE_REACH + 1, "")
    for role, pattern in _ROLE_WORDS:
        for m in pattern.finditer(sentence):
            gap = at - m.end() if m.end() <= at else m.start() - end if m.start() >= end else 0
            if 0 <= gap < best[0]:
                best = (gap, str(role))
    return best[1]


# --- the edit ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    """What the user says about the text: who published it, where and when."""

    publisher: str = ""
    url: str = ""
    published: dt.date | None = None
    retrieved: dt.date = field(default_factory=dt.date.today)


class _Sources:
    """One press source row per distinct sentence, numbered after the store's."""

    def __init__(self, store: ObservationStore, info: SourceInfo) -> None:
        self.info = info
        self.next_id = store.next_source_id()
        self.rows: list[dict[str, Any]] = []
        self.ids: dict[str, int] = {}

    def id_for(self, quote: str, language: str) -> int:
        if quote not in self.ids:
            self.ids[quote] = self.next_id + len(self.rows)
            self.rows.append(
                Source(
                    publisher=self.info.publisher.strip(),
                    url=self.info.url.strip(),
                    published=self.info.published.isoformat() if self.info.published else "",
                    language=language,
                    quote=quote,
                    retrieved=self.info.retrieved.isoformat(),
                    kind="press",
                    source_id=self.ids[quote],
                ).as_row()
            )
        return self.ids[quote]


class ProposalEdit(CompositeEdit):
    """The kept proposals as one undoable step; ``observations`` and ``sources`` are those
    of its figures part (as :class:`AddObservations` has them)."""

    def __init__(self, figures: AddObservations, others: Sequence[Edit], text: str) -> None:
        super().__init__([figures, *others], text, action="add")
        self.observations = figures.observations
        self.sources = figures.sources


def _same_figure(obs: dict[str, Any], c: ClaimCandidate) -> bool:
    if c.period is None or math.isnan(c.value):
        return False
    return (
        math.isclose(float(obs["value"]), c.value, rel_tol=1e-9)
        and (obs["period_start"], obs["period_end"]) == (c.period.start, c.period.end)
        and obs["indicator"] == (c.indicator or "")
    )


def claim_row(c: ClaimCandidate, source_id: int, obs_id: int) -> dict[str, Any]:
    return {
        "claim_type": str(c.type),
        "source_id": source_id,
        "obs_id": obs_id,
        "quote": c.quote,
        "indicator": c.indicator or "",
        "reporter": c.reporter or "",
        "partner": c.partner or "",
        "period_start": c.period.start if c.period else -1,
        "period_end": c.period.end if c.period else -1,
        "period_text": c.period_text,
        "value": c.value,
        "unit": _unit(c.unit),
        "qualifier": c.qualifier,
        "status": c.status,
        "params": params_text(c.params),
        "note": "",
    }


def project_parts(
    p: ProjectFactCandidate, source_id: int
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(project, parties, stages, facts) for :func:`add_project`."""
    roles = {c: stated_role(p.quote, c) for c in p.companies}
    unstated = [c for c, r in roles.items() if not r]
    note = PROPOSED_NOTE
    if unstated:
        note += "; companies named, role not stated: " + "; ".join(unstated)
    project = {
        "name": project_name(p),
        "country": p.country,
        "partner": p.partner,
        "technology": p.technologies[0] if p.technologies else "",
        "capacity": p.capacity,
        "capacity_unit": p.capacity_unit,
        "note": note,
    }
    cite = {"source_id": source_id, "quote": p.quote}
    parties = [
        {"company": c, "role": r, "company_country": "", **cite} for c, r in roles.items() if r
    ]
    stages = (
        [{"stage": p.stage, "date": p.date, "expected": p.stage_expected, **cite}]
        if p.stage
        else []
    )
    facts = [{"field": "capacity", "value": f"{p.capacity:g}", **cite}]
    return project, parties, stages, facts


def _grow(records: dict[str, pd.DataFrame], edit: AddRecords) -> None:
    """Add an edit's rows to the working copy so that the next edit numbers after them."""
    for table, rows in edit.rows.items():
        records[table] = normalise_records(table, pd.concat([records[table], rows]))


def build_edit(
    store: ObservationStore,
    info: SourceInfo,
    figures: Sequence[Candidate] = (),
    claims: Sequence[ClaimCandidate] = (),
    events: Sequence[EventCandidate] = (),
    projects: Sequence[ProjectFactCandidate] = (),
) -> ProposalEdit | None:
    """One undoable edit storing the kept items (figures need a period; counted groups are
    left out); None when nothing is left to store."""
    figures = [c for c in figures if c.period is not None]
    projects = [p for p in projects if creatable(p)]
    if not (figures or claims or events or projects):
        return None
    sources = _Sources(store, info)
    first = store.next_obs_id()
    obs = [
        c.to_observation_row(first + i, sources.id_for(c.quote, c.language))
        for i, c in enumerate(figures)
    ]
    others: list[Edit] = []
    if claims:
        rows = []
        for c in claims:
            obs_id = next((int(o["obs_id"]) for o in obs if _same_figure(o, c)), -1)
            rows.append(claim_row(c, sources.id_for(c.quote, c.language), obs_id))
        key = record_table("claims").key
        ids = store.next_record_ids("claims", len(rows))
        frame = pd.DataFrame([{**r, key: int(i)} for r, i in zip(rows, ids, strict=True)])
        others.append(AddRecords({"claims": normalise_records("claims", frame)}, "claims"))
    work = dict(store.records)
    for e in events:
        fields = {**e.as_row(), "source_id": sources.id_for(e.quote, e.language)}
        edit = add_event(work, fields)
        assert isinstance(edit, AddRecords)
        _grow(work, edit)
        others.append(edit)
    for p in projects:
        project, parties, stages, facts = project_parts(p, sources.id_for(p.quote, p.language))
        edit = add_project(work, project, parties, stages, facts)
        assert isinstance(edit, AddRecords)
        _grow(work, edit)
        others.append(edit)
    figs = AddObservations(
        pd.DataFrame(obs) if obs else empty_observations(),
        pd.DataFrame(sources.rows),
        f"Add {len(obs)} figures from text",
    )
    counts = [
        (len(obs), "figure"),
        (len(claims), "claim"),
        (len(events), "event"),
        (len(projects), "project"),
    ]
    told = ", ".join(f"{n} {w}{'s' * (n != 1)}" for n, w in counts if n)
    return ProposalEdit(figs, others, f"Add {told} from text")
