"""The at-rest contract of the observations frame (app.domain.model.OBSERVATION_DTYPES and
the categorical text columns) survives a load, edits, their undo, a save and a reload on
every backend; the streamed load builds the same frame whatever the batches look like."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from app.domain.edits import AddObservations, DeleteObservations, SetValues
from app.domain.ids import IdArray
from app.domain.model import (
    CODED_COLUMNS,
    OBSERVATION_COLUMNS,
    dtype_problems,
    normalise_observations,
)
from app.domain.store import ObservationStore
from app.services.storage import Storage, WorkspaceError, open_storage
from app.services.storage.arrow import insert_table, observations_from_batches


@pytest.fixture(params=("duckdb", "postgresql"))
def storage(request: pytest.FixtureRequest) -> Iterator[Storage]:
    where = (
        request.getfixturevalue("tiny_workspace_path")
        if request.param == "duckdb"
        else request.getfixturevalue("tiny_pg_url")
    )
    opened = open_storage(where)
    yield opened
    opened.close()


def plain(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """Every column's values as plain Python values, rows in obs_id order (NaN as None)."""
    ordered = frame.sort_values("obs_id").reset_index(drop=True)
    out: dict[str, list[Any]] = {}
    for col in OBSERVATION_COLUMNS:
        values = ordered[col].to_numpy(dtype=object)
        out[col] = [None if isinstance(v, float) and v != v else v for v in values.tolist()]
    return out


def contract_ok(frame: pd.DataFrame) -> None:
    assert dtype_problems(frame) == []


def both(storage: Storage, store: ObservationStore, edit: Any, forward: bool = True) -> None:
    """An edit as the desk makes it: written, then applied in memory."""
    storage.apply(edit, forward)
    store.apply(edit, forward)


def test_a_load_gives_the_contract_types(storage: Storage) -> None:
    obs = storage.load().observations
    contract_ok(obs)
    assert obs["period_start"].dtype == np.int16
    # a few ids: the narrowest id types; contiguous obs_ids held as a range
    assert obs["obs_id"].to_numpy().dtype == np.int32
    assert isinstance(obs["obs_id"].array, IdArray)
    assert obs["obs_id"].array.is_range
    assert obs["source_id"].dtype == np.int8
    assert isinstance(obs["change_value"].dtype, pd.SparseDtype)
    assert isinstance(obs["note"].dtype, pd.CategoricalDtype)
    assert isinstance(obs["period_text"].dtype, pd.CategoricalDtype)
    assert obs["period_text"].astype(str).tolist()[:3] == ["2022", "2023", "2024"]


def test_types_and_values_survive_edits_undo_and_a_reload(storage: Storage) -> None:
    store = storage.load_store()
    before = plain(store.observations)
    changes: list[tuple[list[int], dict[str, list[Any]]]] = [
        ([4], {"note": ["checked by hand"]}),
        ([5], {"period_text": ["Jan-Oct 2025"]}),
        ([4, 6], {"change_value": [20.3, 9.2]}),
        ([6], {"change_value": [np.nan]}),
        ([3], {"period_start": [2024 * 12 + 1], "period_end": [2024 * 12 + 11]}),
        ([2], {"source_id": [7]}),
    ]
    edits = []
    for ids, new in changes:
        # old values as the store holds them (what the desk's edits carry)
        columns = {c: ([store.get(i, c) for i in ids], v) for c, v in new.items()}
        edit = SetValues(ids, columns, "edit")
        both(storage, store, edit)
        contract_ok(store.observations)
        edits.append(edit)
    assert store.get(4, "note") == "checked by hand"
    assert store.get(4, "change_value") == 20.3
    assert np.isnan(store.get(6, "change_value"))
    assert store.observations["change_value"].array.npoints == 1
    edited = plain(store.observations)
    reloaded = storage.load().observations
    contract_ok(reloaded)
    assert plain(reloaded) == edited
    for edit in reversed(edits):
        both(storage, store, edit, forward=False)
        contract_ok(store.observations)
    assert plain(store.observations) == before
    assert plain(storage.load().observations) == before


def test_types_survive_an_import_a_delete_and_their_undo(storage: Storage) -> None:
    store = storage.load_store()
    before = plain(store.observations)
    first = store.next_obs_id()
    # rows as an importer may hand them: object text, int64 numbers, a dense change column
    new = pd.DataFrame(
        {
            "obs_id": [first, first + 1],
            "indicator": ["trade_turnover"] * 2,
            "reporter": ["AZE", "CHN"],
            "partner": ["CHN", "AZE"],
            "period_start": np.array([2025 * 12, 2025 * 12], dtype=np.int64),
            "period_end": np.array([2025 * 12 + 9, 2025 * 12 + 9], dtype=np.int64),
            "period_text": ["Jan-Oct 2025", None],
            "value": [1.5e9, 1.6e9],
            "unit": ["USD", "USD"],
            "qualifier": ["exact", "more_than"],
            "status": ["actual", "actual"],
            "change_value": [np.nan, 12.0],
            "change_unit": ["", "%"],
            "source_id": np.array([1, 2], dtype=np.int64),
            "note": ["imported", ""],
        }
    )
    add = AddObservations(new, pd.DataFrame(), "Import")
    both(storage, store, add)
    contract_ok(store.observations)
    assert store.get(first + 1, "change_value") == 12.0
    assert store.get(first + 1, "period_text") == ""
    gone = DeleteObservations(store.rows([1, first]).copy(), "Delete")
    both(storage, store, gone)
    contract_ok(store.observations)
    after = plain(store.observations)
    reloaded = storage.load().observations
    contract_ok(reloaded)
    assert plain(reloaded) == after
    both(storage, store, gone, forward=False)
    both(storage, store, add, forward=False)
    contract_ok(store.observations)
    assert plain(store.observations) == before
    assert plain(storage.load().observations) == before


def test_a_month_beyond_int16_is_refused_not_wrapped() -> None:
    from tests.conftest import tiny_tables

    obs, _ = tiny_tables()
    store = ObservationStore(normalise_observations(obs))
    with pytest.raises(ValueError, match="int16"):
        store.apply_ops(SetValues([4], {"period_end": ([0], [40_000])}, "x").forward())
    assert store.get(4, "period_end") < 32_767
    big = obs.assign(period_end=obs["period_end"] + 40_000)
    with pytest.raises(ValueError, match="period_end"):
        normalise_observations(big)


def _table(frame: pd.DataFrame) -> pa.Table:
    """The rows as a backend's query gives them: plain text, wide integers."""
    table = insert_table(frame)
    fields = [
        pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type)
        for f in table.schema
    ]
    table = table.cast(pa.schema(fields))
    for name in ("period_start", "period_end"):
        at = table.schema.get_field_index(name)
        table = table.set_column(at, name, table.column(name).cast(pa.int32()))
    at = table.schema.get_field_index("source_id")
    return table.set_column(at, "source_id", table.column("source_id").cast(pa.int64()))


@pytest.mark.parametrize("batch", [1, 7, 1000])
def test_the_streamed_load_is_the_same_frame_whatever_the_batches(batch: int) -> None:
    """Unsorted obs_ids, NULL texts, a note column that outgrows int8 codes on the way."""
    n = 400
    rng = np.random.default_rng(7)
    frame = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": rng.permutation(np.arange(1, n + 1)),
                "indicator": rng.choice(["b", "a", "c"], n),
                "period_start": np.full(n, 24000),
                "period_end": np.full(n, 24011),
                "period_text": rng.choice(["2000", "FY2000"], n),
                "value": rng.random(n),
                "change_value": np.where(rng.random(n) < 0.1, rng.random(n), np.nan),
                "source_id": rng.integers(-1, 5, n),
                "note": [f"note {i % 300:03d}" for i in range(n)],
            }
        )
    )
    table = _table(frame)
    table = table.set_column(
        table.schema.get_field_index("subject"), "subject", pa.nulls(n, pa.string())
    )
    got = observations_from_batches(table.to_batches(max_chunksize=batch), n if batch > 1 else None)
    contract_ok(got)
    expected = frame.sort_values("obs_id").reset_index(drop=True)
    assert plain(got) == plain(expected)
    for col in CODED_COLUMNS:
        assert got[col].cat.categories.is_monotonic_increasing, col
    assert got["note"].cat.codes.dtype == np.int16
    assert got["change_value"].array.npoints == int(expected["change_value"].notna().sum())


@pytest.mark.parametrize("batch", [2, 1000])
def test_ids_that_outgrow_their_type_on_the_way_widen_it_never_wrap(batch: int) -> None:
    """A stored id beyond int32 (obs_id) or int8 (source_id) after narrower ones: the
    column widens to the narrowest type that holds every id, whichever batch brings it."""
    from tests.conftest import tiny_tables

    obs, _ = tiny_tables()
    frame = normalise_observations(obs)
    n = len(frame)
    wide = frame.assign(
        obs_id=np.arange(1, n + 1, dtype=np.int64) + np.where(np.arange(n) == n - 1, 2**40, 0),
        source_id=np.where(np.arange(n) == n - 2, 40_000, 1),
    )
    got = observations_from_batches(_table(wide).to_batches(max_chunksize=batch), None)
    contract_ok(got)
    assert got["obs_id"].dtype == np.int64
    assert got["source_id"].dtype == np.int32
    assert got["obs_id"].tolist() == wide["obs_id"].tolist()
    assert got["source_id"].tolist() == wide["source_id"].tolist()
    narrow = normalise_observations(wide.iloc[: n - 2])
    assert narrow["obs_id"].to_numpy().dtype == np.int32
    assert narrow["source_id"].dtype == np.int8


def test_an_id_column_in_a_wider_type_than_its_ids_need_breaks_the_contract() -> None:
    from tests.conftest import tiny_tables

    frame = normalise_observations(tiny_tables()[0])
    assert dtype_problems(frame.assign(obs_id=frame["obs_id"].astype(np.int64))) == [
        "obs_id: int64, not int32"
    ]
    assert dtype_problems(frame.assign(source_id=frame["source_id"].astype(float))) == [
        "source_id: float64, not a signed integer"
    ]
    with pytest.raises(ValueError, match="obs_id"):
        normalise_observations(frame.assign(obs_id=np.full(len(frame), 2**64 - 1, np.uint64)))


def test_a_stored_key_without_a_value_is_a_workspace_error() -> None:
    from tests.conftest import tiny_tables

    obs, _ = tiny_tables()
    table = _table(normalise_observations(obs))
    at = table.schema.get_field_index("source_id")
    table = table.set_column(at, "source_id", pa.nulls(len(obs), pa.int64()))
    with pytest.raises(WorkspaceError, match="source_id"):
        observations_from_batches(table.to_batches())


def test_an_empty_table_loads_as_an_empty_frame_in_the_contract_types() -> None:
    got = observations_from_batches(iter(()), 0)
    assert len(got) == 0
    contract_ok(got)


def _buffer(values: np.ndarray) -> np.ndarray:
    """The array that owns the memory ``values`` reads."""
    while isinstance(values.base, np.ndarray):
        values = values.base
    return values


@pytest.mark.parametrize("ordered", [True, False])
def test_a_load_without_a_row_count_keeps_no_grown_buffer(ordered: bool) -> None:
    """Arrays grown by doubling while the batches come (PostgreSQL gives no row count) are
    not kept whole behind the frame's columns: each column owns n values, not up to 2n."""
    n = 1000
    rng = np.random.default_rng(3)
    ids = np.arange(1, n + 1)
    frame = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": ids if ordered else rng.permutation(ids),
                "indicator": rng.choice(["b", "a", "c"], n),
                "period_start": np.full(n, 24000),
                "period_end": np.full(n, 24011),
                "value": rng.random(n),
                "change_value": np.where(rng.random(n) < 0.1, rng.random(n), np.nan),
                "note": np.full(n, "n"),
            }
        )
    )
    got = observations_from_batches(_table(frame).to_batches(max_chunksize=300), None)
    assert len(got) == n
    for col in OBSERVATION_COLUMNS:
        array = got[col].array
        if isinstance(array, pd.Categorical):
            values = array.codes
        elif isinstance(array, pd.arrays.SparseArray):
            continue  # built from its entries, never from a grown buffer
        else:
            values = np.asarray(array)
        owner = _buffer(values)
        assert owner.nbytes == n * values.itemsize, col
