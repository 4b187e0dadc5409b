"""A figure's history without a workspace: which figures are edited by hand (and stay so
across undo, re-imports and their undo), the states read from history rows, and the restore
edit that brings one back."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.edits import CompositeEdit, SetValues, op_actions
from app.domain.history import (
    ACTION_WORDS,
    FigureState,
    figure_states,
    marks_from_history,
    restore_edit,
)
from app.domain.model import normalise_observations, normalise_sources
from app.domain.store import ObservationStore


def fresh() -> ObservationStore:
    obs, src = tiny_tables()
    store = ObservationStore(
        normalise_observations(obs), normalise_sources(src), TINY_INDICATORS.copy()
    )
    store.user = "anna"
    return store


def value_edit(old: float, new: float, obs_id: int = 4) -> SetValues:
    return SetValues([obs_id], {"value": ([old], [new])}, f"Set value to {new:g}")


def revision(old: float, new: float, action: str = "import") -> CompositeEdit:
    """A re-import's revised value: a SetValues inside the import's composite."""
    return CompositeEdit([value_edit(old, new)], "Import Trend", action)


def test_an_edit_marks_the_figure_and_its_undo_clears_the_mark() -> None:
    store = fresh()
    assert store.edited_ids() == frozenset()
    edit = value_edit(2.44e9, 2.5e9)
    store.apply(edit)
    assert store.edited_ids() == {4}
    state = store.source_state(4)
    assert state is not None
    assert state["value"] == 2.44e9
    assert state["qualifier"] == "exact"
    assert state["unit"] == "USD"
    assert state["who"] == "anna"
    assert state["when"][:4].isdigit()
    store.apply(edit, forward=False)
    assert store.edited_ids() == frozenset()
    assert store.source_state(4) is None
    store.apply(edit)  # redo
    assert store.edited_ids() == {4}


def test_editing_back_to_the_source_value_is_not_edited() -> None:
    store = fresh()
    store.apply(value_edit(2.44e9, 2.5e9))
    store.apply(value_edit(2.5e9, 2.44e9))
    assert store.edited_ids() == frozenset()


def test_notes_and_status_are_not_what_the_source_said() -> None:
    store = fresh()
    store.apply(SetValues([4], {"note": ([""], ["checked"])}, "Edit note"))
    store.apply(SetValues([4], {"preferred": ([False], [True])}, "Mark preferred"))
    assert store.edited_ids() == frozenset()


def test_a_period_or_qualifier_edit_marks_the_figure() -> None:
    store = fresh()
    store.apply(SetValues([7], {"qualifier": (["more_than"], ["about"])}, "q"))
    start = int(store.get(2, "period_start"))
    store.apply(SetValues([2], {"period_start": ([start], [start + 1])}, "p"))
    assert store.edited_ids() == {2, 7}
    state = store.source_state(2)
    assert state is not None
    assert state["period_start"] == start


def test_an_import_revision_is_the_sources_word_and_its_undo_brings_the_edit_back() -> None:
    store = fresh()
    store.apply(value_edit(2.44e9, 2.5e9))
    rev = revision(2.5e9, 2.6e9)
    store.apply(rev)
    assert store.edited_ids() == frozenset()  # the source now says 2.6 bn
    store.apply(rev, forward=False)
    assert store.edited_ids() == {4}
    state = store.source_state(4)
    assert state is not None
    assert state["value"] == 2.44e9


def test_a_fetch_alone_never_marks_a_figure() -> None:
    store = fresh()
    store.apply(revision(2.44e9, 2.7e9, action="fetch"))
    assert store.edited_ids() == frozenset()


def test_the_parts_of_an_edit_keep_their_actions() -> None:
    inner = value_edit(1.0, 2.0)
    derived = CompositeEdit([value_edit(3.0, 4.0, obs_id=5)], "recompute", "derive")
    edit = CompositeEdit([inner, derived], "Set value", "edit")
    assert [a for _op, a in op_actions(edit)] == ["edit", "derive"]
    assert [a for _op, a in op_actions(edit, forward=False)] == ["undo derive", "undo edit"]
    assert [a for _op, a in op_actions(revision(1.0, 2.0))] == ["import"]
    forward = [op for op, _a in op_actions(edit)]
    assert forward == edit.forward()


def test_update_ops_carry_the_old_values() -> None:
    edit = value_edit(2.44e9, 2.5e9)
    [op] = edit.forward()
    assert (op.values, op.old) == ((2.5e9,), (2.44e9,))
    [back] = edit.backward()
    assert (back.values, back.old) == ((2.44e9,), (2.5e9,))


def _history(rows: list[tuple[int, str, str, str, str, str]]) -> pd.DataFrame:
    """History rows as Storage.history returns them: (audit_id, action, column, old, new,
    who); the figure's insert is a row with column ''."""
    return pd.DataFrame(
        [
            {
                "audit_id": a,
                "changed_at": pd.Timestamp(f"2026-11-{a + 20:02d} 10:00"),
                "who": who,
                "action": action,
                "description": f"change {a}",
                "column": column,
                "old": old or None,
                "new": new or None,
            }
            for a, action, column, old, new, who in rows
        ]
    )


def test_marks_are_rebuilt_from_the_history_rows() -> None:
    rows = _history(
        [
            (1, "edit", "value", "2440000000.0", "2500000000.0", "anna"),
            (2, "edit", "note", "", "x", "anna"),
            (3, "undo edit", "value", "2500000000.0", "2440000000.0", "anna"),
            (4, "restore", "value", "2440000000.0", "2600000000.0", "boris"),
        ]
    ).assign(obs_id=4)
    store = fresh()
    store.observations.loc[store.observations["obs_id"] == 4, "value"] = 2.6e9
    store.set_marks(marks_from_history(rows))
    assert store.edited_ids() == {4}
    state = store.source_state(4)
    assert state is not None
    assert (state["value"], state["who"], state["when"]) == (
        2.44e9,
        "boris",
        "2026-11-24T10:00:00",
    )


def test_states_newest_first_from_the_current_values_back_to_the_creation() -> None:
    store = fresh()
    store.apply(value_edit(2.44e9, 2.5e9))
    store.apply(SetValues([4], {"qualifier": (["exact"], ["about"])}, "q"))
    history = _history(
        [
            (1, "add", "", "", "", "importer"),
            (2, "edit", "value", "2440000000.0", "2500000000.0", "anna"),
            (3, "edit", "note", "", "checked", "anna"),
            (4, "edit", "qualifier", "exact", "about", "boris"),
        ]
    )
    states = figure_states(store, 4, history)
    assert [(s.action, s.who, s.audit_id) for s in states] == [
        ("edit", "boris", 4),
        ("edit", "anna", 2),
        ("text", "importer", 1),  # figures of a press source added: accepted from text
    ]
    assert [s.current for s in states] == [True, False, False]
    assert [s.values["value"] for s in states] == [2.5e9, 2.5e9, 2.44e9]
    assert [s.values["qualifier"] for s in states] == ["about", "exact", "exact"]
    assert states[2].day == "2026-11-21"
    assert states[0].period() == "Jan–Oct 2025"
    assert set(ACTION_WORDS) >= {s.action for s in states}


def test_a_figure_older_than_the_history_is_dated_by_its_source() -> None:
    store = fresh()
    [state] = figure_states(store, 1, _history([]).reindex(columns=["column", "audit_id"]))
    assert state.current
    assert (state.who, state.day, state.audit_id) == ("", "2025-12-25", 0)
    assert state.action == "text"


def test_restore_brings_back_an_earlier_state_as_a_new_undoable_edit() -> None:
    store = fresh()
    store.apply(value_edit(2.44e9, 2.5e9))
    earlier = FigureState(
        {**_values(store, 4), "value": 2.44e9}, "anna", "2026-11-30T09:00:00", "edit", "", 3
    )
    edit = restore_edit(store, 4, earlier)
    assert edit.action == "restore"
    assert edit.text == "Restore trade turnover Jan–Oct 2025 to its value of 2026-11-30"
    assert list(edit.columns) == ["value"]
    store.apply(edit)
    assert store.get(4, "value") == 2.44e9
    assert store.edited_ids() == frozenset()
    store.apply(edit, forward=False)
    assert store.get(4, "value") == 2.5e9
    assert store.edited_ids() == {4}


def test_restoring_the_values_a_figure_has_is_refused() -> None:
    store = fresh()
    current = FigureState(_values(store, 4), "", "", "import", "", 0)
    with pytest.raises(ValueError, match="already has these values"):
        restore_edit(store, 4, current)


def _values(store: ObservationStore, obs_id: int) -> dict[str, object]:
    from app.domain.history import STATE_COLUMNS

    row = store.rows([obs_id]).iloc[0]
    return {c: row[c] for c in STATE_COLUMNS}
