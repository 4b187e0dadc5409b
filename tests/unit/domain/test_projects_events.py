"""The project registry and the events: CRUD with undo, roll-ups by status over time,
links between figures, claims and projects, and events for a pair's charts."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from app.domain.events import add_event, delete_events, event_line, events_for, set_event_fields
from app.domain.project_members import membership
from app.domain.projects import (
    add_project,
    capacity_by_year,
    delete_projects,
    link_edit,
    overview,
    rollup,
    set_project_fields,
)
from app.domain.records import date_months
from app.domain.store import ObservationStore
from app.services.bundled import bundled_tables


@pytest.fixture
def store() -> ObservationStore:
    return bundled_tables().store()


def apply(store: ObservationStore, edit: object, forward: bool = True) -> None:
    store.validate(edit.forward() if forward else edit.backward())  # type: ignore[attr-defined]
    store.apply(edit, forward)  # type: ignore[arg-type]


def snapshot(store: ObservationStore) -> dict[str, pd.DataFrame]:
    return {t: f.copy() for t, f in store.records.items()}


def assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for table in a:
        key = a[table].columns[0]
        pd.testing.assert_frame_equal(
            a[table].sort_values(key).reset_index(drop=True),
            b[table].sort_values(key).reset_index(drop=True),
        )


def test_bundled_registry_has_khizi_absheron_with_companies_dates_and_sources(
    store: ObservationStore,
) -> None:
    view = overview(store.records).set_index("name")
    khizi = view.loc["Khizi-Absheron Wind Power Plant"]
    assert (khizi["technology"], khizi["capacity"], khizi["capacity_unit"]) == ("wind", 240, "MW")
    assert (khizi["status"], khizi["status_date"]) == ("commissioned", "2026-01-08")
    assert "ACWA Power (developer, SAU)" in khizi["companies"]
    assert "PowerChina Huadong" in khizi["companies"]
    assert "(EPC, CHN)" in khizi["companies"]
    # every figure about it is linked: the ambassador's "first 240 MW" among them
    assert {36, 76, 77, 78, 79, 128, 129} <= set(khizi["obs_ids"])
    labels = store.source_label_by_id()
    assert any("News.az" in labels[s] for s in khizi["source_ids"])


def test_every_registry_quote_is_in_its_source(store: ObservationStore) -> None:
    """A quote behind a field is the source's own sentence (or part of it), never a
    paraphrase."""
    quotes = dict(zip(store.sources["source_id"], store.sources["quote"], strict=True))
    for table in ("project_parties", "project_stages", "project_facts", "events"):
        frame = store.records[table]
        for sid, quote in zip(frame["source_id"], frame["quote"], strict=True):
            assert sid in quotes, f"{table}: source {sid} is not bundled"
            if quote:
                assert quote.rstrip(".") in quotes[sid], f"{table}: {quote!r} not in source {sid}"


def test_the_1570_mw_statement_names_no_project_and_the_registry_says_so(
    store: ObservationStore,
) -> None:
    m = membership(store.records, "observations", 30, counted=5, stated_total=1570.0)
    assert m.known_ids == ()
    assert m.unknown == 5
    assert "names none" in m.sentence()
    assert "1,570 MW" in m.sentence()


def test_membership_with_some_members_known(store: ObservationStore) -> None:
    edit = link_edit(store.records, "observations", [30], "projects", [3, 4], "link two")
    apply(store, edit)
    m = membership(store.records, "observations", 30, counted=5, stated_total=1570.0)
    assert m.known_ids == (3, 4)
    assert m.unknown == 3
    assert m.known_capacity == 260.0
    assert m.unknown_capacity == 1310.0
    text = m.sentence()
    assert "2 are in the registry" in text
    assert "3 projects and 1,310 MW are not identified" in text
    again = link_edit(store.records, "observations", [30], "projects", [3], "link again")
    assert again.forward() == []  # pairs already linked are not duplicated


def test_add_edit_delete_project_with_undo(store: ObservationStore) -> None:
    before = snapshot(store)
    add = add_project(
        store.records,
        {"name": "Test Solar", "technology": "solar", "capacity": 50.0, "capacity_unit": "MW"},
        parties=[{"company": "Some Co", "role": "developer", "company_country": "CHN"}],
        stages=[{"stage": "agreement", "date": "2026-02"}],
        links=[{"from_table": "observations", "from_id": 30}],
    )
    apply(store, add)
    view = overview(store.records).set_index("name")
    new = view.loc["Test Solar"]
    assert (new["status"], new["status_date"]) == ("agreement", "2026-02")
    assert new["companies"] == "Some Co (developer, CHN)"
    assert new["obs_ids"] == (30,)
    pid = int(new["project_id"])
    rename = set_project_fields(store.records, pid, {"name": "Test Solar 2", "capacity": 60.0})
    apply(store, rename)
    assert overview(store.records).set_index("project_id").loc[pid, "capacity"] == 60.0
    delete = delete_projects(store.records, [pid])
    apply(store, delete)
    assert pid not in set(store.records["projects"]["project_id"])
    assert not (store.records["project_stages"]["project_id"] == pid).any()
    assert not (store.records["links"]["to_id"] == str(pid)).any()
    for edit in (delete, rename, add):
        apply(store, edit, forward=False)
    assert_same(before, store.records)


def test_rollup_by_status_and_technology(store: ObservationStore) -> None:
    view = overview(store.records)
    chinese = view[view["partner"] == "CHN"]
    table = rollup(chinese).set_index(["status", "technology"])
    assert table.loc[("commissioned", "wind"), "capacity"] == 240
    assert table.loc[("agreement", "solar"), "projects"] == 3
    assert table.loc[("agreement", "solar"), "capacity"] == 360
    # a plant without a capacity (the bus factory) is counted, not summed
    assert table.loc[("announced", "manufacturing"), "no_capacity"] == 1


def test_signed_vs_commissioned_capacity_by_year(store: ObservationStore) -> None:
    by_year = capacity_by_year(store.records).set_index(["year", "stage"])
    assert by_year.loc[(2025, "agreement"), "projects"] == 5
    assert by_year.loc[(2025, "agreement"), "capacity"] == 2460  # incl. the 2 GW memorandum
    assert by_year.loc[(2026, "commissioned"), "capacity"] == 240
    # an expected date ("operation planned 2026") is a plan, not a commissioning
    assert (2028, "commissioned") not in by_year.index


def test_events_for_the_pair_in_date_order(store: ObservationStore) -> None:
    events = events_for(store.records, ("AZE", "CHN"))
    assert list(events["date_start"]) == sorted(events["date_start"])
    assert {"visit", "agreement", "opening", "forum"} <= set(events["event_type"])
    assert "Garadagh" not in " ".join(events["title"])  # AZE–ARE, not this pair
    opening = events[events["date_start"] == "2026-01-08"].iloc[0]
    assert opening["start_month"] == date_months("2026-01")[0]  # type: ignore[index]
    assert event_line(opening, "News.az, 2026-01-08").startswith("2026-01-08 — opening: Khizi")
    only = events_for(store.records, ("AZE", "CHN"), types=["visit"])
    assert set(only["event_type"]) == {"visit"}


def test_annotation_add_edit_delete_with_undo(store: ObservationStore) -> None:
    before = snapshot(store)
    add = add_event(
        store.records,
        {"date_start": "2024-02", "date_end": "2024-04", "title": "Customs reform"},
        indicators=["trade_turnover"],
    )
    apply(store, add)
    events = events_for(store.records, ("AZE", "CHN"))
    note = events[events["title"] == "Customs reform"].iloc[0]
    assert note["event_type"] == "annotation"
    assert note["source_id"] == -1
    assert note["end_month"] - note["start_month"] == 2
    edit = set_event_fields(store.records, int(note["event_id"]), {"title": "Customs reform (2)"})
    apply(store, edit)
    delete = delete_events(store.records, [int(note["event_id"])])
    apply(store, delete)
    assert "Customs reform (2)" not in set(store.records["events"]["title"])
    for e in (delete, edit, add):
        apply(store, e, forward=False)
    assert_same(before, store.records)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [("soon", "", "not YYYY"), ("2025-13", "", "not YYYY"), ("2025-05", "2025-04", "ends")],
)
def test_bad_event_dates_are_refused_with_the_reason(
    store: ObservationStore, start: str, end: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        add_event(store.records, {"date_start": start, "date_end": end, "title": "x"})


def test_date_months_reads_every_precision() -> None:
    assert date_months("2025") == (2025 * 12, 2025 * 12 + 11)
    assert date_months("2025-04") == (2025 * 12 + 3, 2025 * 12 + 3)
    assert date_months("2025-04-23") == (2025 * 12 + 3, 2025 * 12 + 3)
    assert date_months("") is None
    assert date_months("April") is None
    assert math.isnan(membership(bundled_tables().records, "claims", 1, None).stated_total)
