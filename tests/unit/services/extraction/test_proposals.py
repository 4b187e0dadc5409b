"""The edit built from kept proposals: sources shared by sentence, claims tied to their new
figure, events and projects numbered after the store's, counted groups never created, company
roles only where the sentence states them, one undo step."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from app.domain.edits import AddRecords
from app.domain.events import add_event
from app.domain.store import ObservationStore
from app.services.extraction.project_facts import ProjectFactCandidate
from app.services.extraction.proposals import (
    PROPOSED_NOTE,
    Proposals,
    SourceInfo,
    build_edit,
    claim_checked,
    claim_words,
    creatable,
    find_all,
    params_summary,
    project_name,
    project_parts,
    stated_role,
)

SEED = Path(__file__).parents[3] / "data" / "claims" / "seed-press-2025-12-25-china-azerbaijan.txt"
INFO = SourceInfo("Xinhua", "https://example.org/item", date(2025, 12, 25), date(2026, 1, 2))
OPENING = (
    "Azerbaijani President Ilham Aliyev on Thursday inaugurated the 240-megawatt "
    "Khizi-Absheron Wind Power Plant, a flagship renewable energy project constructed by "
    "PowerChina Huadong Engineering Corporation Limited (HDEC)."
)


@pytest.fixture(scope="module")
def seed() -> Proposals:
    return find_all(SEED.read_text("utf-8"), date(2025, 12, 25), pair=("AZE", "CHN"))


def test_find_all_reads_the_four_kinds(seed: Proposals) -> None:
    assert [f.value for f in seed.figures][:1] == [2.44e9]
    assert {"growth", "record", "record_streak", "sum_count", "first", "rank", "level"} <= {
        str(c.type) for c in seed.claims
    }
    assert {e.event_type for e in seed.events} == {"forum", "agreement"}
    assert sorted(p.capacity for p in seed.projects) == [240, 1570]


def test_defaults_and_words(seed: Proposals) -> None:
    by_type = {str(c.type): c for c in reversed(seed.claims)}  # the first of each type
    assert not claim_checked(by_type["sum_count"])  # no period
    assert claim_checked(by_type["growth"])
    assert claim_words(by_type["growth"]) == "more than +20 % on same period last year"
    assert claim_words(by_type["sum_count"]) == "5 new energy projects, total 1,570 MW"
    assert claim_words(by_type["rank"]) == "No. 1 of import sources for AZE"
    assert params_summary(by_type["record_streak"].params) == "length=3 window=year expected=True"
    group = next(p for p in seed.projects if p.capacity == 1570)
    assert not creatable(group)
    assert project_name(next(p for p in seed.projects if p.capacity == 240)) == (
        "Unnamed project (wind, 240 MW)"
    )


def test_nothing_kept_is_no_edit(seed: Proposals) -> None:
    store = ObservationStore()
    assert build_edit(store, INFO) is None
    group = [p for p in seed.projects if p.count]
    assert build_edit(store, INFO, projects=group) is None  # a count is never a project


def test_one_edit_with_shared_sources_and_linked_claims(seed: Proposals) -> None:
    store = ObservationStore()
    edit = build_edit(store, INFO, seed.figures, seed.claims, seed.events, seed.projects)
    assert edit is not None
    assert edit.text == "Add 3 figures, 9 claims, 2 events, 1 project from text"
    store.apply(edit)
    sources = store.sources.set_index("source_id")
    assert set(sources["url"]) == {INFO.url}
    assert set(sources["published"]) == {"2025-12-25"}
    assert sources["quote"].is_unique  # one source per sentence, shared by all kinds
    claims = store.records["claims"]
    assert list(claims["claim_id"]) == list(range(1, len(seed.claims) + 1))
    obs = store.observations.set_index("obs_id")
    level = claims[claims["claim_type"] == "level"].iloc[0]
    assert obs.loc[level["obs_id"], "value"] == level["value"] == 2.44e9
    assert obs.loc[level["obs_id"], "source_id"] == level["source_id"]
    total = claims[claims["claim_type"] == "sum_count"].iloc[0]
    assert (total["obs_id"], total["period_start"]) == (-1, -1)  # its figure has no period
    assert json.loads(total["params"])["count"] == 5
    growth = claims[claims["claim_type"] == "growth"].iloc[0]
    assert growth["unit"] == "USD"
    assert sources.loc[growth["source_id"], "quote"] == growth["quote"]
    events = store.records["events"]
    assert list(events["event_id"]) == [1, 2]
    assert (events["source_id"] > 0).all()
    assert len(store.records["projects"]) == 1  # the group of five is left out
    store.apply(edit, forward=False)
    assert store.observations.empty
    assert all(frame.empty for frame in store.records.values())


def test_ids_follow_what_the_store_holds(seed: Proposals) -> None:
    store = ObservationStore()
    first = add_event(store.records, {"date_start": "2025", "title": "note"})
    store.apply(first)
    edit = build_edit(store, INFO, events=seed.events)
    assert edit is not None
    store.apply(edit)
    assert list(store.records["events"]["event_id"]) == [1, 2, 3]


def test_projects_number_one_after_another() -> None:
    facts = [
        ProjectFactCandidate(240, "MW", ["wind"], "commissioned", False, "2026-01-08", OPENING),
        ProjectFactCandidate(100, "MW", ["solar"], "", False, "", "A 100 MW solar plant."),
    ]
    store = ObservationStore()
    edit = build_edit(store, INFO, projects=facts)
    assert edit is not None
    store.apply(edit)
    projects = store.records["projects"]
    assert list(projects["project_id"]) == [1, 2]
    assert list(projects["name"]) == [
        "Unnamed project (wind, 240 MW)",
        "Unnamed project (solar, 100 MW)",
    ]
    stages = store.records["project_stages"]
    assert list(stages["project_id"]) == [1]  # the second states no stage
    assert list(store.records["project_facts"]["project_id"]) == [1, 2]


def test_company_roles_only_when_stated() -> None:
    company = "PowerChina Huadong Engineering Corporation Limited (HDEC)"
    assert stated_role(OPENING, company) == "epc"  # "constructed by"
    quiet = "ACWA Power announced the 240 MW Khizi-Absheron Wind Farm."
    assert stated_role(quiet, "ACWA Power") == ""
    assert stated_role("The developer ACWA Power signed.", "ACWA Power") == "developer"
    fact = ProjectFactCandidate(
        240, "MW", ["wind"], "announced", False, "", quiet, companies=["ACWA Power"]
    )
    project, parties, stages, facts = project_parts(fact, 7)
    assert parties == []
    assert project["note"] == f"{PROPOSED_NOTE}; companies named, role not stated: ACWA Power"
    assert stages == [
        {"stage": "announced", "date": "", "expected": False, "source_id": 7, "quote": quiet}
    ]
    assert (facts[0]["field"], facts[0]["value"]) == ("capacity", "240")
    stated = ProjectFactCandidate(
        240, "MW", ["wind"], "commissioned", False, "2026-01-08", OPENING, companies=[company]
    )
    project, parties, _stages, _facts = project_parts(stated, 3)
    assert [(p["company"], p["role"], p["source_id"]) for p in parties] == [(company, "epc", 3)]
    assert project["note"] == PROPOSED_NOTE


def test_claims_alone_still_bring_their_sources(seed: Proposals) -> None:
    store = ObservationStore()
    record = [c for c in seed.claims if str(c.type) == "record"]
    edit = build_edit(store, INFO, claims=record)
    assert edit is not None
    assert isinstance(edit.edits[1], AddRecords)
    store.apply(edit)
    assert len(store.sources) == 1
    assert store.observations.empty
    assert isinstance(store.records["claims"], pd.DataFrame)
    assert int(store.records["claims"]["source_id"].iloc[0]) == 1
