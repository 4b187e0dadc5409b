"""The edit rules of a table cell, without Qt: what each column accepts and refuses."""

from __future__ import annotations

import pytest
from tests.conftest import tiny_tables

from app.domain.cell_edit import allows_negative, cell_edit, parse_cell
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
        cell_edit(fresh(), 1, "reporter", "RUS")
