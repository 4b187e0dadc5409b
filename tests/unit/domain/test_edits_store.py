"""Edits are reversible: revert(apply(x)) == x, on the in-memory store, without Qt."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import tiny_tables

from app.domain.edits import AddObservations, CompositeEdit, DeleteObservations, SetValues
from app.domain.model import normalise_observations, normalise_sources
from app.domain.store import ObservationStore


def fresh() -> ObservationStore:
    obs, src = tiny_tables()
    return ObservationStore(normalise_observations(obs), normalise_sources(src))


def same(a: ObservationStore, b: ObservationStore) -> None:
    key = ["obs_id"]
    left = a.observations.sort_values(key).reset_index(drop=True)
    right = b.observations.sort_values(key).reset_index(drop=True)
    for col in left.columns:
        assert left[col].astype(str).tolist() == right[col].astype(str).tolist(), col


def test_set_value_and_revert() -> None:
    store, before = fresh(), fresh()
    edit = SetValues(
        [4], {"value": ([2.44e9], [2.5e9]), "qualifier": (["exact"], ["more_than"])}, "x"
    )
    store.apply(edit)
    assert store.get(4, "value") == 2.5e9
    assert store.get(4, "qualifier") == "more_than"
    store.apply(edit, forward=False)
    same(store, before)


def test_delete_and_add_are_inverse() -> None:
    store, before = fresh(), fresh()
    rows = store.rows([2, 3]).copy()
    store.apply(DeleteObservations(rows, "del"))
    assert len(store.observations) == len(before.observations) - 2
    store.apply(DeleteObservations(rows, "del"), forward=False)
    same(store, before)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([1, 2, 3, 4, 5, 6]), st.floats(0, 1e12, allow_nan=False)),
        min_size=1,
        max_size=6,
    )
)
def test_composite_revert_restores(changes: list[tuple[int, float]]) -> None:
    store, before = fresh(), fresh()
    edits = []
    for obs_id, value in changes:
        old = float(store.get(obs_id, "value"))
        e = SetValues([obs_id], {"value": ([old], [value])}, "v")
        store.apply(e)
        edits.append(e)
    new = pd.DataFrame([{**store.rows([1]).iloc[0].to_dict(), "obs_id": 99}])
    add = AddObservations(new, pd.DataFrame(), "add")
    store.apply(add)
    store.apply(CompositeEdit([*edits, add], "all"), forward=False)
    same(store, before)
    pdt.assert_series_equal(
        store.observations["value"].sort_index(),
        before.observations["value"].sort_index(),
        check_names=False,
    )


def test_an_edit_without_a_reversal_cannot_be_made() -> None:
    from app.domain.edits import Edit, Op

    class ForwardOnly(Edit):
        def forward(self) -> list[Op]:
            return []

    with pytest.raises(TypeError, match="backward"):
        ForwardOnly()  # type: ignore[abstract]


def test_save_indicators_and_its_undo_leave_the_catalogue_as_it_was() -> None:
    from tests.conftest import TINY_INDICATORS

    from app.domain.edits import SaveIndicators

    store = fresh()
    store.indicators = TINY_INDICATORS.copy()
    new = pd.DataFrame([{"code": "fdi", "name": "FDI", "topic": "Investment", "unit": "USD"}])
    old_row = TINY_INDICATORS[TINY_INDICATORS["code"] == "trade_turnover"]
    edits = [
        SaveIndicators(pd.DataFrame(), new, "New indicator"),
        SaveIndicators(old_row, old_row.assign(name="Turnover"), "Rename"),
    ]
    for edit in edits:
        store.validate(edit.forward())
        store.apply(edit)
    names = store.indicator_names()
    assert (names["fdi"], names["trade_turnover"]) == ("FDI", "Turnover")
    for edit in reversed(edits):
        store.apply(edit, forward=False)
    key = ["code"]
    pdt.assert_frame_equal(
        store.indicators.sort_values(key).reset_index(drop=True),
        TINY_INDICATORS.sort_values(key).reset_index(drop=True),
    )


def test_add_source_then_cite_it_and_undo() -> None:
    from app.domain.edits import AddSource
    from app.domain.model import Source

    store, before = fresh(), fresh()
    sid = store.next_source_id()
    row = pd.DataFrame([Source(publisher="Azertac", source_id=sid).as_row()])
    edit = CompositeEdit(
        [AddSource(row, "add"), SetValues([4], {"source_id": ([4], [sid])}, "cite")], "cite"
    )
    store.apply(edit)
    assert store.get(4, "source_id") == sid
    assert store.source(sid)["publisher"] == "Azertac"
    store.apply(edit, forward=False)
    same(store, before)
    assert store.source(sid)["publisher"] == "Azertac"
