"""The Storage contract, run against every backend: what the layers above rely on.

A new backend (the PostgreSQL server) joins by adding its opener to ``BACKEND_OPENERS``;
every test here then runs against it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest

from app.domain.edits import AddRecords, DeleteRecords, SetRecordValues, SetValues
from app.domain.records import normalise_records
from app.services.storage import (
    ChangeNotice,
    ReadOnlyError,
    Storage,
    WorkspaceError,
    open_storage,
    scheme_of,
)

BACKENDS = ("duckdb", "postgresql")


@pytest.fixture(params=BACKENDS)
def open_tiny(request: pytest.FixtureRequest) -> Iterator[Callable[[bool], Storage]]:
    """Opens the tiny workspace: the file itself, or a copy of it in a new database on
    the session's PostgreSQL server."""
    where = (
        request.getfixturevalue("tiny_workspace_path")
        if request.param == "duckdb"
        else request.getfixturevalue("tiny_pg_url")
    )
    opened: list[Storage] = []

    def opener(read_only: bool = False) -> Storage:
        storage = open_storage(where, read_only=read_only)
        opened.append(storage)
        return storage

    yield opener
    for storage in opened:
        storage.close()


EDIT = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value to 2.5 bn")


def test_is_a_storage_and_loads_every_table(open_tiny: Callable[[bool], Storage]) -> None:
    storage = open_tiny(False)
    assert isinstance(storage, Storage)
    tables = storage.load()
    assert len(tables.observations) == 8
    assert list(tables.observations["obs_id"]) == sorted(tables.observations["obs_id"])
    assert set(tables.indicators["code"]) == {"trade_turnover", "tourist_arrivals_from_partner"}
    assert storage.schema_version() >= 1
    assert storage.integrity_problems() == []


def test_apply_commits_audits_and_notifies(open_tiny: Callable[[bool], Storage]) -> None:
    storage = open_tiny(False)
    heard: list[ChangeNotice] = []
    storage.add_listener(heard.append)
    storage.apply(EDIT)
    assert storage.load().observations.set_index("obs_id").loc[4, "value"] == 2.5e9
    assert storage.audit()["description"].tolist()[-1] == "Set value to 2.5 bn"
    assert [n.description for n in heard] == ["Set value to 2.5 bn"]
    storage.apply(EDIT, forward=False)
    assert heard[-1].action.startswith("undo")
    assert storage.load().observations.set_index("obs_id").loc[4, "value"] == 2.44e9


def test_history_of_a_figure_survives_reopening(open_tiny: Callable[[bool], Storage]) -> None:
    """Every change of a figure is kept with its old and new value and its audit row, and
    a figure changed by hand is known as such by a workspace opened again."""
    storage = open_tiny(False)
    storage.apply(EDIT)
    storage.close()
    again = open_tiny(False)
    [change] = again.history(4).to_dict("records")
    assert (change["column"], change["old"], change["new"]) == (
        "value",
        "2440000000.0",
        "2500000000.0",
    )
    assert (change["action"], change["description"]) == ("edit", "Set value to 2.5 bn")
    assert change["who"] == again.user
    assert again.manual_history()["obs_id"].tolist() == [4]
    assert len(again.history_table()) == 1


def test_read_only_refuses_writes_and_says_why(open_tiny: Callable[[bool], Storage]) -> None:
    storage = open_tiny(True)
    assert storage.read_only
    with pytest.raises(ReadOnlyError):
        storage.apply(EDIT)
    assert "read-only" in storage.read_only_message()


def test_save_copy_is_whole_and_opens(open_tiny: Callable[[bool], Storage], tmp_path: Path) -> None:
    storage = open_tiny(False)
    storage.apply(EDIT)
    target = tmp_path / "copy.duckdb"
    storage.save_copy(target)
    with open_storage(target, read_only=True) as copy:
        frame = copy.load().observations.set_index("obs_id")
        assert frame.loc[4, "value"] == 2.5e9
        assert copy.integrity_problems() == []
    assert not list(tmp_path.glob("*.part"))


def test_save_copy_to_an_unwritable_place_says_so(
    open_tiny: Callable[[bool], Storage], tmp_path: Path
) -> None:
    storage = open_tiny(False)
    with pytest.raises(WorkspaceError, match="could not copy"):
        storage.save_copy(tmp_path / "no-such-folder" / "copy.duckdb")


def test_locations_pick_the_backend(tmp_path: Path) -> None:
    assert scheme_of("postgresql://host/db") == "postgresql"
    assert scheme_of(tmp_path / "a.duckdb") == ""
    assert scheme_of(r"C:\Users\a\w.duckdb") == ""
    with pytest.raises(WorkspaceError, match="cannot open nosuch://"):
        open_storage("nosuch://host/db")


def _project_rows() -> dict[str, pd.DataFrame]:
    return {
        "projects": normalise_records(
            "projects",
            pd.DataFrame(
                {
                    "project_id": [7],
                    "name": ["Gobustan SPP"],
                    "capacity": [100.0],
                    "country": ["AZE"],
                }
            ),
        ),
        "project_stages": normalise_records(
            "project_stages",
            pd.DataFrame(
                {"stage_id": [1], "project_id": [7], "stage": ["agreement"], "date": ["2025-04-23"]}
            ),
        ),
    }


def test_records_round_trip_with_undo_and_audit(open_tiny: Callable[[bool], Storage]) -> None:
    """Claims, projects and events go through the same transaction, audit and undo path as
    observations, and read back in the in-memory types."""
    storage = open_tiny(False)
    add = AddRecords(_project_rows(), "Add project Gobustan SPP")
    storage.apply(add)
    records = storage.load().records
    assert records["projects"]["name"].tolist() == ["Gobustan SPP"]
    assert records["projects"]["project_id"].dtype == "int64"
    assert records["project_stages"]["date"].tolist() == ["2025-04-23"]
    rename = SetRecordValues("projects", [7], {"name": (["Gobustan SPP"], ["Gobustan"])}, "Rename")
    storage.apply(rename)
    assert storage.load().records["projects"]["name"].tolist() == ["Gobustan"]
    assert storage.audit()["description"].tolist()[-2:] == ["Add project Gobustan SPP", "Rename"]
    storage.apply(rename, forward=False)
    storage.apply(add, forward=False)
    assert all(len(storage.load().records[t]) == 0 for t in ("projects", "project_stages"))
    assert storage.integrity_problems() == []


def test_records_match_the_in_memory_store(open_tiny: Callable[[bool], Storage]) -> None:
    """Applying an edit to the store and to the storage leaves the same records."""
    storage = open_tiny(False)
    store = storage.load_store()
    edits = [
        AddRecords(_project_rows(), "add"),
        SetRecordValues("projects", [7], {"capacity": ([100.0], [120.0])}, "capacity"),
        DeleteRecords({"project_stages": _project_rows()["project_stages"]}, "drop stage"),
    ]
    for edit in edits:
        store.validate(edit.forward())
        store.apply(edit)
        storage.apply(edit)
    loaded = storage.load().records
    for table in ("projects", "project_stages"):
        pd.testing.assert_frame_equal(
            loaded[table].reset_index(drop=True), store.records[table].reset_index(drop=True)
        )
    with pytest.raises(ValueError, match="already present"):
        store.validate(AddRecords(_project_rows(), "again").forward()[:1])
