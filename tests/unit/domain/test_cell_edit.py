"""The edit rules of a table cell, without Qt: what each column accepts and refuses."""

from __future__ import annotations

import pytest
from tests.conftest import tiny_tables

from app.domain.cell_edit import (
    SourceFieldError,
    allows_negative,
    cell_edit,
    new_source_edit,
    parse_cell,
    parse_change,
    source_fields,
)
from app.domain.edits import SetValues
from app.domain.model import normalise_observations, normalise_sources
from app.domain.store import ObservationStore


def fresh() -> ObservationStore:
    obs, src = tiny_tables()
    return ObservationStore(normalise_observations(obs), normalise_sources(src))


def changed(edit: SetValues | None) -> dict[str, tuple[object, object]]:
    assert edit is not None
    return {c: (old[0], new[0]) for c, (old, new) in edit.columns.items()}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.44 bn", 2.44e9),
        ("2,440,000,000", 2.44e9),
        ("57k", 57_000.0),
        (" 3.5 mn ", 3.5e6),
    ],
)
def test_values_are_read_as_a_person_types_them(text: str, value: float) -> None:
    edit = cell_edit(fresh(), 1, "value", text)
    assert changed(edit) == {"value": (2.15e9, value)}
    assert edit is not None
    assert edit.text == f"Set value to {text.strip()}"


@pytest.mark.parametrize("text", ["two point four", "", "1,23,4", "5 zillion", "inf"])
def test_nonsense_values_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"number|digits|scale"):
        cell_edit(fresh(), 1, "value", text)


def test_the_same_value_makes_no_edit() -> None:
    assert cell_edit(fresh(), 4, "value", "2.44 bn") is None


def test_negative_figures_only_where_the_unit_allows_them() -> None:
    store = fresh()
    with pytest.raises(ValueError, match="negative USD"):
        cell_edit(store, 1, "value", "-5 bn")
    with pytest.raises(ValueError, match="negative persons"):
        cell_edit(store, 7, "value", "−57k")
    store.apply(SetValues([8], {"unit": (["USD"], ["percent"])}, "as a rate"))
    assert changed(cell_edit(store, 8, "value", "-3.5")) == {"value": (1.0e9, -3.5)}
    assert allows_negative("%")
    assert allows_negative("percent")
    assert not allows_negative("USD bn")
    assert not allows_negative("no such unit")
    assert parse_cell("value", "-2", "%").fields == {"value": -2.0}


def test_periods_set_start_end_and_point_together() -> None:
    edit = cell_edit(fresh(), 1, "period", "2025-Q1")
    assert changed(edit) == {
        "period_start": (2022 * 12, 2025 * 12),
        "period_end": (2022 * 12 + 11, 2025 * 12 + 2),
        "period_point": (False, False),
        "period_detail": ("", ""),
    }
    assert edit is not None
    assert edit.text.startswith("Set period to")
    assert changed(cell_edit(fresh(), 1, "period", "@2019-07"))["period_point"] == (False, True)
    assert cell_edit(fresh(), 1, "period", "2022") is None
    with pytest.raises(ValueError, match="sometime"):
        cell_edit(fresh(), 1, "period", "sometime")


def test_a_daily_figure_given_a_month_loses_its_day() -> None:
    store = fresh()
    store.apply(SetValues([1], {"period_detail": ([""], ["2022-03-15"])}, "a daily figure"))
    edit = cell_edit(store, 1, "period", "2022-03")
    assert edit is not None
    assert changed(edit)["period_detail"] == ("2022-03-15", "")
    store.apply(edit)
    assert store.rows([1]).iloc[0]["period_detail"] == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [("more than", "more_than"), ("About", "about"), ("up_to", "up_to"), ("NEARLY", "nearly")],
)
def test_qualifiers_from_codes_or_words(text: str, code: str) -> None:
    edit = cell_edit(fresh(), 1, "qualifier", text)
    assert changed(edit) == {"qualifier": ("exact", code)}
    assert edit is not None
    assert edit.text == f"Set qualifier to {code}"


def test_unknown_qualifiers_and_statuses_are_refused() -> None:
    with pytest.raises(ValueError, match="not a qualifier; choose one of exact"):
        cell_edit(fresh(), 1, "qualifier", "roughly")
    with pytest.raises(ValueError, match="not a status"):
        cell_edit(fresh(), 1, "status", "guess")


def test_status() -> None:
    assert changed(cell_edit(fresh(), 1, "status", "Provisional")) == {
        "status": ("actual", "provisional")
    }
    assert cell_edit(fresh(), 1, "status", "actual") is None


def test_note_is_trimmed_and_undoable() -> None:
    store = fresh()
    edit = cell_edit(store, 1, "note", "  checked against customs  ")
    assert changed(edit) == {"note": ("", "checked against customs")}
    assert edit is not None
    assert edit.text == "Edit note"
    store.apply(edit)
    assert store.get(1, "note") == "checked against customs"
    store.apply(edit, forward=False)
    assert store.get(1, "note") == ""


def test_columns_without_a_rule_are_refused() -> None:
    with pytest.raises(ValueError, match="cannot be edited"):
        cell_edit(fresh(), 1, "yoy", "+5 %")


def with_catalogue() -> ObservationStore:
    from tests.conftest import TINY_INDICATORS

    store = fresh()
    store.indicators = TINY_INDICATORS.copy()
    return store


@pytest.mark.parametrize(
    "text",
    [
        "tourist_arrivals_from_partner",
        "Tourist arrivals from partner",
        "tourist ARRIVALS from partner",
        "Tourist arrivals from partner (tourist_arrivals_from_partner)",
    ],
)
def test_an_indicator_by_code_or_name(text: str) -> None:
    edit = cell_edit(with_catalogue(), 1, "indicator", text)
    assert changed(edit) == {"indicator": ("trade_turnover", "tourist_arrivals_from_partner")}


def test_an_indicator_outside_the_catalogue_is_refused() -> None:
    with pytest.raises(ValueError, match="not an indicator of the catalogue"):
        cell_edit(with_catalogue(), 1, "indicator", "gdp_growth")
    assert cell_edit(with_catalogue(), 1, "indicator", "trade_turnover") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RUS", "RUS"),
        ("tr", "TUR"),
        ("Georgia", "GEO"),
        ("KAZ — Kazakhstan", "KAZ"),
        ("WLD", "WLD"),
    ],
)
def test_reporters_by_code_or_name(text: str, code: str) -> None:
    assert changed(cell_edit(fresh(), 1, "reporter", text)) == {"reporter": ("AZE", code)}


def test_places_are_validated_and_only_a_partner_may_be_empty() -> None:
    with pytest.raises(ValueError, match="not an ISO 3166 country"):
        cell_edit(fresh(), 1, "partner", "Narnia")
    with pytest.raises(ValueError, match="reporter is needed"):
        cell_edit(fresh(), 1, "reporter", "")
    edit = cell_edit(fresh(), 1, "partner", " ")
    assert changed(edit) == {"partner": ("CHN", "")}
    assert edit is not None
    assert edit.text == "Clear partner"


def test_a_code_a_file_brought_is_accepted_where_the_workspace_knows_it() -> None:
    import pandas as pd

    store = fresh()
    with pytest.raises(ValueError, match="not an ISO 3166"):
        cell_edit(store, 1, "partner", "KSV")
    store.records["entities"] = pd.DataFrame(
        {"code": ["KSV"], "name": ["Kosovo"], "kind": ["unknown"]}
    )
    assert changed(cell_edit(store, 1, "partner", "KSV")) == {"partner": ("CHN", "KSV")}


def test_subject_is_free_text_and_undoable() -> None:
    store = fresh()
    edit = cell_edit(store, 1, "subject", "  Alat free zone ")
    assert changed(edit) == {"subject": ("", "Alat free zone")}
    assert edit is not None
    store.apply(edit)
    assert store.get(1, "subject") == "Alat free zone"
    store.apply(edit, forward=False)
    assert store.get(1, "subject") == ""


def test_a_source_of_the_workspace_by_its_id() -> None:
    assert changed(cell_edit(fresh(), 1, "source", "3")) == {"source_id": (1, 3)}
    with pytest.raises(ValueError, match="not in this workspace"):
        cell_edit(fresh(), 1, "source", "99")
    with pytest.raises(ValueError, match="not a source"):
        cell_edit(fresh(), 1, "source", "Trend")


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("+20 %", (20.0, "%", "exact")),
        ("more than 15 %", (15.0, "%", "more_than")),
        ("−3.2 %", (-3.2, "%", "exact")),
        ("-3,5%", (-3.5, "%", "exact")),
        ("nearly 50", (50.0, "%", "nearly")),
        ("> 20 percent", (20.0, "%", "more_than")),
        ("2.5 times", (2.5, "times", "exact")),
        ("about 9.2×", (9.2, "times", "about")),
        ("up to 10 %", (10.0, "%", "up_to")),
    ],
)
def test_reported_changes_as_typed(text: str, parsed: tuple[float, str, str]) -> None:
    assert parse_change(text) == parsed


@pytest.mark.parametrize("text", ["a lot", "more than", "20 % more", "−2 times", "overall 5 %"])
def test_unreadable_changes_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"reported change|multiple"):
        parse_change(text)


def test_a_reported_change_is_set_and_cleared_in_three_fields() -> None:
    import math

    store = fresh()
    edit = cell_edit(store, 4, "change", "more than +20 %")
    assert edit is not None
    assert changed(edit)["change_qualifier"] == ("", "more_than")
    assert changed(edit)["change_unit"] == ("", "%")
    store.apply(edit)
    assert store.get(4, "change_value") == 20.0
    cleared = cell_edit(store, 4, "change", "")
    assert cleared is not None
    assert cleared.text == "Clear reported change"
    store.apply(cleared)
    assert math.isnan(store.get(4, "change_value"))
    assert store.get(4, "change_unit") == ""
    store.apply(cleared, forward=False)
    assert store.get(4, "change_qualifier") == "more_than"


def test_a_new_source_is_added_and_cited_in_one_edit() -> None:
    import datetime as dt

    from app.domain.edits import CompositeEdit

    store = fresh()
    fields = {
        "publisher": " APA ",
        "title": "Trade with China",
        "url": "https://apa.az/1",
        "published": "2025-11-20",
        "language": "AZ",
        "quote": "Ticarət dövriyyəsi 2,44 milyard dollar olub.",
    }
    edit = new_source_edit(store, 4, fields, dt.date(2025, 12, 1))
    assert isinstance(edit, CompositeEdit)
    store.apply(edit)
    sid = int(store.get(4, "source_id"))
    assert sid == 9
    source = store.source(sid)
    assert (source["publisher"], source["language"], source["kind"]) == ("APA", "az", "manual")
    assert source["retrieved"] == "2025-12-01"
    store.apply(edit, forward=False)
    assert int(store.get(4, "source_id")) == 4


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "no one"}, "publisher"),
        ({"publisher": "APA", "published": "20 Nov"}, "published"),
        ({"publisher": "APA", "language": "Russian"}, "language"),
    ],
)
def test_a_new_source_says_which_field_is_wrong(fields: dict[str, str], field: str) -> None:
    with pytest.raises(SourceFieldError) as caught:
        source_fields(fields)
    assert caught.value.field == field
