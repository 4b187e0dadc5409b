"""Contiguous observation ids are held as a range (16 bytes) and read as numpy ids; the
store keeps them in that form through edits, and in an id array when they are not."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from tests.conftest import tiny_tables

from app.domain.edits import AddObservations, DeleteObservations
from app.domain.ids import IdArray
from app.domain.model import dtype_problems, normalise_observations, normalise_sources
from app.domain.store import ObservationStore, concat_observations
from app.services.storage.arrow import insert_table


def fresh() -> ObservationStore:
    obs, src = tiny_tables()
    return ObservationStore(normalise_observations(obs), normalise_sources(src))


def is_range(frame: pd.DataFrame) -> bool:
    array = frame["obs_id"].array
    return isinstance(array, IdArray) and array.is_range


def ranged(n: int, first: int = 1) -> pd.DataFrame:
    ids = np.arange(first, first + n)
    return normalise_observations(pd.DataFrame({"obs_id": ids, "value": ids * 1.5}))


def test_contiguous_ids_are_a_range_of_16_bytes_read_as_int32() -> None:
    frame = ranged(1_000)
    assert is_range(frame)
    assert frame["obs_id"].memory_usage(index=False, deep=True) == 16
    ids = frame["obs_id"].to_numpy()
    assert ids.dtype == np.int32
    assert ids.tolist() == list(range(1, 1_001))
    assert dtype_problems(frame) == []


def test_ids_with_a_gap_or_out_of_order_are_an_array_in_their_narrowest_type() -> None:
    gap = normalise_observations(pd.DataFrame({"obs_id": [1, 2, 4], "value": [1.0, 2, 3]}))
    back = normalise_observations(pd.DataFrame({"obs_id": [3, 2, 1], "value": [1.0, 2, 3]}))
    for frame in (gap, back):
        assert not isinstance(frame["obs_id"].array, IdArray)
        assert frame["obs_id"].dtype == np.int32
        assert dtype_problems(frame) == []
    plain = ranged(3).assign(obs_id=np.arange(1, 4, dtype=np.int32))
    assert dtype_problems(plain) == ["obs_id: contiguous ids not held as a range"]


def test_a_range_reads_like_an_id_column() -> None:
    frame = ranged(10, first=5)
    ids = frame["obs_id"]
    assert int(ids.max()) == 14
    assert int(ids.min()) == 5
    assert int(ids.iat[3]) == 8
    assert int(ids.iloc[-1]) == 14
    assert ids.isin([6, 99]).sum() == 1
    assert (ids == 7).sum() == 1
    assert ids.tolist()[:2] == [5, 6]
    assert frame.iloc[[9, 0]]["obs_id"].to_numpy().tolist() == [14, 5]
    assert frame[frame["value"] > 18]["obs_id"].to_numpy().tolist() == [13, 14]
    assert frame.sort_values("obs_id", ascending=False)["obs_id"].iloc[0] == 14
    assert frame.set_index("obs_id").loc[[7], "value"].tolist() == [10.5]
    assert frame.groupby("obs_id")["value"].sum().index.tolist()[:2] == [5, 6]
    assert ids.where(ids > 12).isna().sum() == 8
    assert insert_table(frame).schema.field("obs_id").type == pa.int32()


def test_ids_stay_a_range_through_appends_and_deletes_at_the_end() -> None:
    store = fresh()
    n = len(store.observations)
    assert is_range(store.observations)
    more = store.observations.iloc[:2].assign(obs_id=[n + 1, n + 2])
    store.apply(AddObservations(more, store.sources.iloc[:0], "add"))
    assert is_range(store.observations)
    assert store.positions([n + 2]).tolist() == [n + 1]
    store.apply(DeleteObservations(store.rows([n + 1, n + 2]), "delete"))
    assert is_range(store.observations)
    assert dtype_problems(store.observations) == []


def test_a_delete_in_the_middle_holds_the_ids_as_an_array_and_its_undo_keeps_them() -> None:
    store = fresh()
    ids = store.observations["obs_id"].tolist()
    edit = DeleteObservations(store.rows([ids[1]]), "delete")
    store.apply(edit)
    assert not isinstance(store.observations["obs_id"].array, IdArray)
    assert store.observations["obs_id"].tolist() == [ids[0], *ids[2:]]
    assert dtype_problems(store.observations) == []
    with pytest.raises(KeyError):
        store.positions([ids[1]])
    store.apply(edit, forward=False)
    assert sorted(store.observations["obs_id"].tolist()) == ids
    assert store.positions([ids[1]]).tolist() == [len(ids) - 1]
    assert dtype_problems(store.observations) == []


def test_concatenated_ranges_that_run_on_are_one_range() -> None:
    joined = concat_observations([ranged(3), ranged(2, first=4)])
    assert is_range(joined)
    assert joined["obs_id"].tolist() == [1, 2, 3, 4, 5]
    apart = concat_observations([ranged(3), ranged(2, first=10)])
    assert apart["obs_id"].to_numpy().tolist() == [1, 2, 3, 10, 11]
    assert dtype_problems(apart) == []


@pytest.mark.parametrize("ids", [[1, 2, 3, 4], [4, 9, 2, 7]])
def test_an_index_of_ids_looks_them_up_as_integers(ids: list[int]) -> None:
    frame = normalise_observations(pd.DataFrame({"obs_id": ids, "value": [1.0, 2, 3, 4]}))
    as_ids = frame.assign(obs_id=IdArray.of(np.asarray(ids, dtype=np.int32)))
    for f in (frame, as_ids):
        by_id = f.set_index("obs_id")
        assert by_id.loc[[ids[2], ids[0]], "value"].tolist() == [3.0, 1.0]
        assert ids[1] in by_id.index
        assert 99 not in by_id.index
        assert by_id.index.is_unique
        assert pd.Index(f["obs_id"]).get_indexer([ids[3], 99]).tolist() == [3, -1]


def test_row_ids_read_a_range_like_the_array_they_stand_for() -> None:
    """The table's row → id reader of a range gives what the id array gives, without
    holding one; a column that is not a range gives its array."""
    from app.domain.ids import IdArray, RangeIds, row_ids

    column = pd.Series(IdArray.range(41, 7, np.dtype(np.int32)))
    ids = row_ids(column)
    plain = column.to_numpy()
    assert isinstance(ids, RangeIds)
    assert len(ids) == 7
    assert [int(ids[r]) for r in range(7)] == plain.tolist()
    order = np.array([6, 0, 3])
    assert ids[order].tolist() == plain[order].tolist()
    for wanted in (41, 44, 47, 0):
        assert (ids == wanted).tolist() == (plain == wanted).tolist()
    np.testing.assert_array_equal(np.asarray(ids), plain)
    gapped = pd.Series(IdArray.of(np.array([1, 2, 5], dtype=np.int32)))
    assert isinstance(row_ids(gapped), np.ndarray)
