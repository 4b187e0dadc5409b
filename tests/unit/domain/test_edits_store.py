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


# --- the at-rest contract through edits (app.domain.model.OBSERVATION_DTYPES) ------------


def _values(store: ObservationStore) -> dict[str, list[object]]:
    """Every column's values, rows in obs_id order, NaN as None (compares across dtypes)."""
    obs = store.observations.sort_values("obs_id").reset_index(drop=True)
    return {
        c: [None if isinstance(v, float) and v != v else v for v in obs[c].to_numpy(object)]
        for c in obs.columns
    }


def test_the_store_keeps_the_contract_types_through_edits_deletes_inserts_and_undo() -> None:
    import numpy as np

    from app.domain.model import OBSERVATION_DTYPES, dtype_problems

    store = fresh()
    before = _values(store)
    assert dtype_problems(store.observations) == []
    raw = store.rows([1]).iloc[0].to_dict()
    new = pd.DataFrame(  # as an importer may hand rows: object text, int64, dense floats
        [
            {**raw, "obs_id": 99, "note": "new row", "period_text": None, "change_value": 5.0},
            {**raw, "obs_id": 100, "source_id": np.int64(3), "change_value": float("nan")},
        ]
    ).astype({"note": object, "period_text": object, "period_start": "int64"})
    edits = [
        SetValues([4], {"note": ([""], ["checked"])}, "note"),
        SetValues([5], {"period_text": ([store.get(5, "period_text")], ["Jan-Oct"])}, "text"),
        SetValues([4, 6], {"change_value": ([np.nan, np.nan], [20.3, 9.2])}, "claims"),
        SetValues([6], {"change_value": ([9.2], [np.nan])}, "claim gone"),
        SetValues([3], {"period_start": ([store.get(3, "period_start")], [24277])}, "start"),
        SetValues([2], {"source_id": ([2], [6])}, "cite"),
        AddObservations(new, pd.DataFrame(), "add"),
    ]
    for edit in edits:
        store.apply(edit)
        assert dtype_problems(store.observations) == [], type(edit).__name__
    edits.append(DeleteObservations(store.rows([1, 100]).copy(), "delete"))
    store.apply(edits[-1])
    assert dtype_problems(store.observations) == []
    assert store.get(4, "note") == "checked"
    assert store.get(5, "period_text") == "Jan-Oct"
    assert store.get(4, "change_value") == 20.3
    assert np.isnan(store.get(6, "change_value"))
    assert store.get(99, "change_value") == 5.0
    assert store.get(99, "period_text") == ""
    assert store.observations["change_value"].array.npoints == 2
    assert store.get(3, "period_start") == 24277
    assert not {1, 100} & set(store.observations["obs_id"])
    for col, dtype in OBSERVATION_DTYPES.items():
        assert store.observations[col].dtype == dtype, col
    for edit in reversed(edits):
        store.apply(edit, forward=False)
        assert dtype_problems(store.observations) == [], type(edit).__name__
    assert _values(store) == before


def test_a_store_given_a_frame_in_other_types_holds_it_in_the_contract_types() -> None:
    from app.domain.model import dtype_problems

    obs, src = tiny_tables()  # object text, int64 months, dense change_value
    assert dtype_problems(obs)
    store = ObservationStore(obs, normalise_sources(src))
    assert dtype_problems(store.observations) == []
    assert _values(store) == _values(fresh())


def test_an_integer_edit_that_does_not_fit_changes_nothing() -> None:
    from app.domain.edits import Update

    store, before = fresh(), fresh()
    with pytest.raises(ValueError, match="source_id"):
        store.apply_ops([Update((4,), "source_id", (2**63,))])
    with pytest.raises(ValueError, match="period_start"):
        store.apply_ops([Update((4,), "period_start", (-40_000,))])
    same(store, before)


def test_an_id_that_outgrows_its_type_widens_the_column_and_its_undo_narrows_it() -> None:
    import numpy as np

    from app.domain.edits import Update
    from app.domain.model import dtype_problems

    store = fresh()
    assert store.observations["source_id"].dtype == np.int8
    old = store.get(4, "source_id")
    for sid, dtype in ((300, np.int16), (2**40, np.int64), (old, np.int8)):
        store.apply_ops([Update((4,), "source_id", (sid,))])
        assert store.get(4, "source_id") == sid
        assert store.observations["source_id"].dtype == dtype
        assert dtype_problems(store.observations) == []
    assert store.positions([4]).tolist() == store.positions([np.int64(4)]).tolist()
    assert store.positions_or_missing(np.array([2**40, 4], dtype=np.int64))[0] == -1


def test_sparse_helpers_keep_the_entries_in_row_order() -> None:
    import numpy as np

    from app.domain.model import sparse_floats, with_sparse_values
    from app.domain.store import kept_rows

    col = sparse_floats(np.array([np.nan, 1.0, np.nan, 3.0, 4.0]))
    got = with_sparse_values(col, np.array([0, 0, 3, 2]), np.array([5.0, 6.0, np.nan, 7.0]))
    np.testing.assert_array_equal(got.to_numpy(), [6.0, 1.0, 7.0, np.nan, 4.0])
    assert got.npoints == 4
    frame = pd.DataFrame({"a": range(5), "c": got, "b": list("vwxyz")})
    kept = kept_rows(frame, np.array([True, False, True, True, False]))
    assert list(kept.columns) == ["a", "c", "b"]
    assert kept["a"].tolist() == [0, 2, 3]
    assert kept["b"].tolist() == ["v", "x", "y"]
    np.testing.assert_array_equal(kept["c"].to_numpy(), [6.0, 7.0, np.nan])
    assert isinstance(kept["c"].dtype, pd.SparseDtype)
