"""remote_ops: what others changed on a server, as the operations that make memory equal
to it. In memory only (no server): a RemoteChange is built from a second store that
stands for the server's rows."""

from __future__ import annotations

import pandas as pd
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.edits import Delete, Insert, RecordDelete, RecordInsert, RecordUpdate, Update
from app.domain.model import Source, normalise_observations, normalise_sources
from app.domain.records import normalise_records
from app.domain.remote import RemoteChange, remote_ops, same_value
from app.domain.store import ObservationStore


def fresh() -> ObservationStore:
    obs, src = tiny_tables()
    store = ObservationStore(
        normalise_observations(obs), normalise_sources(src), TINY_INDICATORS.copy()
    )
    store.records["projects"] = _projects([1, 2], ["Alat FEZ", "Gobustan SPP"], [10.0, 100.0])
    return store


def _projects(ids: list[int], names: list[str], capacity: list[float]) -> pd.DataFrame:
    frame = pd.DataFrame({"project_id": ids, "name": names, "capacity": capacity})
    return normalise_records("projects", frame)


def rows(store: ObservationStore, ids: list[int]) -> pd.DataFrame:
    return store.rows(ids).reset_index(drop=True)


def same_observations(a: ObservationStore, b: ObservationStore) -> None:
    left = a.observations.sort_values("obs_id").reset_index(drop=True)
    right = b.observations.sort_values("obs_id").reset_index(drop=True)
    for col in left.columns:
        assert left[col].astype(str).tolist() == right[col].astype(str).tolist(), col


def apply_twice(store: ObservationStore, change: RemoteChange) -> list:
    """Apply the change's operations; a second application must find nothing to do."""
    ops = remote_ops(store, change)
    store.apply_ops(ops)
    assert remote_ops(store, change) == []
    return ops


def test_updates_only_the_columns_that_differ() -> None:
    mine, theirs = fresh(), fresh()
    theirs.observations.loc[theirs.observations["obs_id"] == 4, "value"] = 2.5e9
    # a new note through the store (a categorical takes no new text by .loc)
    theirs.apply_ops([Update((6,), "note", ("checked",))])
    change = RemoteChange(rows(theirs, [4, 5, 6]))  # 5: reported, but the same
    ops = apply_twice(mine, change)
    assert sorted(ops, key=lambda op: op.column) == [  # type: ignore[union-attr]
        Update((6,), "note", ("checked",)),
        Update((4,), "value", (2.5e9,)),
    ]
    same_observations(mine, theirs)


def test_categorical_and_missing_values_compare_by_value() -> None:
    mine, theirs = fresh(), fresh()
    theirs.observations["qualifier"] = theirs.observations["qualifier"].cat.add_categories(
        ["about"]
    )
    theirs.observations.loc[theirs.observations["obs_id"] == 2, "qualifier"] = "about"
    ops = apply_twice(mine, RemoteChange(rows(theirs, [1, 2, 3])))
    assert ops == [Update((2,), "qualifier", ("about",))]
    assert mine.get(2, "qualifier") == "about"
    assert same_value(float("nan"), None)
    assert same_value(3, 3.0)
    assert not same_value(0.0, None)
    assert not same_value("1", "1.0")


def test_inserts_new_figures_with_their_sources() -> None:
    mine, theirs = fresh(), fresh()
    new = rows(theirs, [1, 2]).assign(obs_id=[9, 10], source_id=[9, 9], value=[1.0, 2.0])
    source = normalise_sources(
        pd.DataFrame([Source(publisher="Anadolu", url="https://x", source_id=9).as_row()])
    )
    theirs.apply_ops([Insert(new, source)])
    change = RemoteChange(rows(theirs, [9, 10]), sources=source)
    ops = apply_twice(mine, change)
    assert len(ops) == 1
    assert isinstance(ops[0], Insert)
    assert ops[0].observations["obs_id"].tolist() == [9, 10]
    same_observations(mine, theirs)
    assert mine.source(9)["publisher"] == "Anadolu"


def test_deletes_removed_figures_and_ignores_ones_not_here() -> None:
    mine, theirs = fresh(), fresh()
    theirs.apply_ops([Delete((3, 8))])
    ops = apply_twice(mine, RemoteChange(pd.DataFrame(), removed=(3, 8, 99)))
    assert ops == [Delete((3, 8))]
    same_observations(mine, theirs)
    assert remote_ops(fresh(), RemoteChange(pd.DataFrame(), removed=(42,))) == []


def test_a_mixed_change_in_one_go() -> None:
    mine, theirs = fresh(), fresh()
    theirs.observations.loc[theirs.observations["obs_id"] == 1, "value"] = 7.0
    new = rows(theirs, [2]).assign(obs_id=[11])
    theirs.apply_ops([Delete((5,)), Insert(new)])
    change = RemoteChange(rows(theirs, [1, 11]), removed=(5,))
    ops = apply_twice(mine, change)
    assert [type(op) for op in ops] == [Delete, Update, Insert]
    same_observations(mine, theirs)


def test_record_tables_are_brought_up_to_date_the_same_way() -> None:
    mine, theirs = fresh(), fresh()
    theirs.records["projects"] = _projects([2, 3], ["Gobustan", "Khizi wind"], [100.0, 240.0])
    change = RemoteChange(
        pd.DataFrame(),
        records={"projects": theirs.records["projects"]},
        removed_records={"projects": (1, 77)},
    )
    ops = apply_twice(mine, change)
    assert ops[0] == RecordDelete("projects", (1,))
    assert ops[1] == RecordUpdate("projects", (2,), "name", ("Gobustan",))
    assert isinstance(ops[2], RecordInsert)
    assert ops[2].rows["project_id"].tolist() == [3]
    assert len(ops) == 3
    got = mine.records["projects"].sort_values("project_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, theirs.records["projects"])


def test_an_empty_change_is_empty_and_does_nothing() -> None:
    change = RemoteChange(pd.DataFrame())
    assert change.empty
    assert remote_ops(fresh(), change) == []
    assert not RemoteChange(pd.DataFrame(), removed=(1,)).empty
