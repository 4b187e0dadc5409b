"""The history of figures in both backends (schema version 6): old and new values of every
change in the same transaction as its audit row, inserts named by their obs_id ranges (no
history rows), the edited marks rebuilt by a reopened desk, the upgrade from version 5, the
copy; and the edit kinds other parts of the desk build on (SaveIndicators, AddSource,
SetValues on every dimension), executed alike by the store and the backends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import psycopg
import pytest
from tests.conftest import TINY_INDICATORS

from app.domain.edits import (
    AddObservations,
    AddSource,
    CompositeEdit,
    Edit,
    SaveIndicators,
    SetValues,
)
from app.domain.model import Source
from app.domain.store import ObservationStore
from app.services.desk import Desk
from app.services.storage import DuckDBStorage, Storage, open_storage, schema
from app.services.storage.copying import copy_workspace

BACKENDS = ("duckdb", "postgresql")


@pytest.fixture(params=BACKENDS)
def where(request: pytest.FixtureRequest) -> str:
    """The tiny workspace: its file, or a copy of it in a new database on the server."""
    fixture = "tiny_workspace_path" if request.param == "duckdb" else "tiny_pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def storage(where: str) -> Iterator[Storage]:
    opened = open_storage(where)
    yield opened
    opened.close()


EDIT = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value to 2.5 bn")


def both(storage: Storage, store: ObservationStore, edit: Edit, forward: bool = True) -> None:
    """Apply an edit to the workspace and to memory, as the desk does."""
    store.validate(edit.forward() if forward else edit.backward())
    storage.apply(edit, forward)
    store.apply(edit, forward)


def test_an_edit_writes_old_and_new_values_with_its_audit_row(storage: Storage) -> None:
    storage.apply(EDIT)
    storage.apply(EDIT, forward=False)
    history = storage.history(4)
    assert history["column"].tolist() == ["value", "value"]
    assert history["action"].tolist() == ["edit", "undo edit"]
    assert [float(v) for v in history["old"]] == [2.44e9, 2.5e9]
    assert [float(v) for v in history["new"]] == [2.5e9, 2.44e9]
    assert history["description"].tolist() == ["Set value to 2.5 bn"] * 2
    audit = storage.audit().set_index("audit_id")
    assert set(history["audit_id"]) <= set(audit.index)
    assert history["who"].tolist() == [audit.loc[int(history["audit_id"][0]), "who"]] * 2
    detail = json.loads(audit.loc[int(history["audit_id"][0]), "detail"])
    assert detail == [
        {"update": "value", "obs_ids": [4], "new": ["2500000000.0"], "old": ["2440000000.0"]}
    ]
    assert storage.history(5).empty


def test_an_insert_writes_no_history_rows_but_names_its_figures(storage: Storage) -> None:
    """An import of many figures costs one audit row; each figure still finds its creation."""
    store = storage.load_store()
    n = 5000
    first = store.next_obs_id()
    rows = pd.concat([store.rows([1])] * n, ignore_index=True)
    rows["obs_id"] = np.arange(first, first + n)
    # distinct periods, month by month (5,000 years on would leave the int16 months)
    rows["period_start"] = rows["period_start"] + np.arange(n)
    rows["period_end"] = rows["period_end"] + np.arange(n)
    storage.apply(AddObservations(rows, pd.DataFrame(), "Import 5,000 figures"))
    assert storage.history_table().empty
    detail = json.loads(storage.audit()["detail"].tolist()[-1])
    assert detail == [{"insert": n, "inserted": [[first, first + n - 1]]}]
    made = storage.history(first + 123)
    assert made["column"].tolist() == [""]
    assert made["description"].tolist() == ["Import 5,000 figures"]
    assert made["action"].tolist() == ["add"]
    assert storage.history(1).empty  # from the file as it was made: told by its source


def test_a_reopened_desk_knows_which_figures_were_edited(where: str) -> None:
    desk = Desk.open(where)
    try:
        desk.apply(EDIT)
        desk.apply(SetValues([5], {"note": ([""], ["checked"])}, "Edit note"))
        assert desk.store.edited_ids() == {4}
    finally:
        desk.close()
    again = Desk.open(where)
    try:
        assert again.store.edited_ids() == {4}
        state = again.store.source_state(4)
        assert state is not None
        assert state["value"] == 2.44e9
        assert state["who"] == again.workspace.user
        again.apply(EDIT, forward=False)
        assert again.store.edited_ids() == frozenset()
    finally:
        again.close()
    third = Desk.open(where)
    try:
        assert third.store.edited_ids() == frozenset()
    finally:
        third.close()


def test_manual_history_leaves_out_figures_only_imported(storage: Storage) -> None:
    revision = CompositeEdit(
        [SetValues([5], {"value": ([2.44e9], [2.6e9])}, "Import")], "Import", "import"
    )
    storage.apply(revision)
    storage.apply(EDIT)
    manual = storage.manual_history()
    assert manual["obs_id"].tolist() == [4]
    assert manual["action"].tolist() == ["edit"]
    assert storage.history(5)["action"].tolist() == ["import"]


def test_a_copy_keeps_the_history(storage: Storage, tmp_path: Path) -> None:
    storage.apply(EDIT)
    target = tmp_path / "copy.duckdb"
    report = copy_workspace(storage, target)
    assert report.rows["history rows"] == 1
    with open_storage(target, read_only=True) as copy:
        assert copy.history(4)["new"].tolist() == ["2500000000.0"]
        assert copy.manual_history()["obs_id"].tolist() == [4]


# --- upgrades from version 5 -----------------------------------------------------------


def test_a_version_5_file_gains_the_history_table(tiny_workspace_path: Path) -> None:
    con = duckdb.connect(str(tiny_workspace_path))
    try:
        con.execute("DROP TABLE history")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    with DuckDBStorage.open(tiny_workspace_path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION == 6
        assert ws.audit()["action"].tolist()[-1] == "migrate"
        ws.apply(EDIT)
        assert ws.history(4)["column"].tolist() == ["value"]


def test_a_version_5_database_gains_the_history_table(tiny_pg_url: str) -> None:
    with psycopg.connect(tiny_pg_url, autocommit=True) as con:
        con.execute("DROP TABLE history")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    with open_storage(tiny_pg_url) as ws:
        assert ws.schema_version() == 6
        ws.apply(EDIT)
        assert ws.history(4)["column"].tolist() == ["value"]


# --- the edit kinds of the catalogue and of sources -------------------------------------


def _indicator(code: str, name: str, unit: str = "USD") -> pd.DataFrame:
    row = {"code": code, "name": name, "topic": "Trade", "unit": unit, "kind": "flow"}
    return pd.DataFrame([{**row, "description": ""}])


def _catalogue(frame: pd.DataFrame) -> dict[str, dict[str, str]]:
    return {str(r["code"]): {k: str(v) for k, v in r.items()} for r in frame.to_dict("records")}


def test_save_indicators_creates_changes_and_undoes(storage: Storage) -> None:
    store = storage.load_store()
    create = SaveIndicators(pd.DataFrame(), _indicator("fdi_stock", "FDI stock"), "New indicator")
    both(storage, store, create)
    before = TINY_INDICATORS[TINY_INDICATORS["code"] == "trade_turnover"]
    renamed = before.assign(name="Trade turnover (goods)", unit="EUR")
    rename = SaveIndicators(before, renamed, "Rename trade turnover")
    both(storage, store, rename)
    loaded = _catalogue(storage.load().indicators)
    assert loaded == _catalogue(store.indicators)
    assert loaded["fdi_stock"]["name"] == "FDI stock"
    assert loaded["trade_turnover"]["name"] == "Trade turnover (goods)"
    assert loaded["trade_turnover"]["unit"] == "EUR"
    both(storage, store, rename, forward=False)
    both(storage, store, create, forward=False)
    loaded = _catalogue(storage.load().indicators)
    assert loaded == _catalogue(store.indicators) == _catalogue(TINY_INDICATORS)


def test_removing_an_indicator_figures_use_is_refused(storage: Storage) -> None:
    store = storage.load_store()
    create = SaveIndicators(pd.DataFrame(), _indicator("fdi_stock", "FDI stock"), "New")
    both(storage, store, create)
    use = SetValues([4], {"indicator": (["trade_turnover"], ["fdi_stock"])}, "Use it")
    both(storage, store, use)
    with pytest.raises(ValueError, match=r"fdi_stock \(1 figure\).*figures still use it"):
        store.validate(create.backward())
    with pytest.raises(ValueError, match="figures still use it"):
        storage.apply(create, forward=False)  # a server whose memory is behind refuses too
    assert "fdi_stock" in set(storage.load().indicators["code"])


def test_a_figure_can_cite_a_new_source_in_one_undoable_step(storage: Storage) -> None:
    store = storage.load_store()
    new_id = store.next_source_id()
    source = Source(publisher="Azertac", published="2026-01-10", quote="…", source_id=new_id)
    edit = CompositeEdit(
        [
            AddSource(pd.DataFrame([source.as_row()]), "Add source"),
            SetValues([4], {"source_id": ([4], [new_id])}, "Cite Azertac"),
        ],
        "Set the source of figure 4 to Azertac",
    )
    both(storage, store, edit)
    tables = storage.load()
    assert tables.observations.set_index("obs_id").loc[4, "source_id"] == new_id
    assert "Azertac" in set(tables.sources["publisher"])
    assert store.source(new_id)["publisher"] == "Azertac"
    both(storage, store, edit, forward=False)
    assert storage.load().observations.set_index("obs_id").loc[4, "source_id"] == 4
    assert storage.integrity_problems() == []
    both(storage, store, edit)  # redo: the source row is there already
    assert storage.load().observations.set_index("obs_id").loc[4, "source_id"] == new_id


#: a new value per column, for figure 4 (one never seen in the column: a new category)
NEW_VALUES: dict[str, Any] = {
    "indicator": "tourist_arrivals_from_partner",
    "reporter": "TUR",
    "partner": "GEO",
    "subject": "Baku–Tbilisi–Kars railway",
    "source_id": 2,
    "unit": "EUR",
    "change_value": 12.5,
    "change_unit": "%",
    "change_qualifier": "more_than",
}


@pytest.mark.parametrize("column", list(NEW_VALUES))
def test_set_values_on_every_dimension_edits_and_undoes(storage: Storage, column: str) -> None:
    store = storage.load_store()
    old = store.get(4, column)
    old = old.item() if hasattr(old, "item") else old
    edit = SetValues([4], {column: ([old], [NEW_VALUES[column]])}, f"Set {column}")
    both(storage, store, edit)
    loaded = storage.load().observations.set_index("obs_id").loc[4, column]
    assert loaded == NEW_VALUES[column]
    assert store.get(4, column) == NEW_VALUES[column]
    assert storage.history(4)["new"].tolist() == [str(NEW_VALUES[column])]
    both(storage, store, edit, forward=False)
    again = storage.load().observations.set_index("obs_id").loc[4, column]
    assert str(again) == str(old)
    assert str(store.get(4, column)) == str(old)


def test_a_saved_indicator_opens_in_the_next_session(where: str) -> None:
    with open_storage(where) as ws:
        ws.apply(SaveIndicators(pd.DataFrame(), _indicator("fdi", "FDI", "EUR"), "New"))
    with open_storage(where, read_only=True) as ws:
        assert _catalogue(ws.load().indicators)["fdi"]["unit"] == "EUR"
