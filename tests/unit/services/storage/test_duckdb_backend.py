"""The workspace file: transactions, audit, schema version, locks, bad files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from app.domain.edits import SetValues
from app.services.desk import Desk, open_workspace
from app.services.storage import (
    DuckDBStorage,
    MissingWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyError,
)


def test_edit_is_committed_and_audited(tiny_desk: Desk) -> None:
    edit = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value to 2.5 bn")
    tiny_desk.apply(edit)
    reopened = DuckDBStorage.open(tiny_desk.workspace.path, read_only=True).load()
    assert reopened.observations.set_index("obs_id").loc[4, "value"] == 2.5e9
    audit = tiny_desk.workspace.audit()
    assert audit["description"].tolist()[-1] == "Set value to 2.5 bn"
    tiny_desk.apply(edit, forward=False)
    assert tiny_desk.workspace.load().observations.set_index("obs_id").loc[4, "value"] == 2.44e9
    assert tiny_desk.workspace.integrity_problems() == []


def test_impossible_edit_changes_nothing(tiny_desk: Desk) -> None:
    bad = SetValues([4, 999], {"value": ([2.44e9, 1.0], [2.0, 2.0])}, "bad")
    with pytest.raises(KeyError):
        tiny_desk.apply(bad)
    stored = tiny_desk.workspace.load().observations.set_index("obs_id").loc[4, "value"]
    assert stored == 2.44e9
    assert tiny_desk.store.get(4, "value") == 2.44e9


def test_second_opener_is_read_only_and_named(tiny_workspace_path: Path) -> None:
    code = (
        "import sys; from app.services.storage import DuckDBStorage;"
        f"w = DuckDBStorage.open({str(tiny_workspace_path)!r});"
        "print(w.read_only, w.holder, flush=True); sys.stdin.read()"
    )
    first = DuckDBStorage.open(tiny_workspace_path)
    try:
        out = subprocess.run(
            [sys.executable, "-c", code],
            input="",
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    finally:
        first.close()
    assert out.startswith("True")
    assert "process" in out


def test_read_only_desk_refuses_edits(tiny_workspace_path: Path) -> None:
    desk = Desk.open(tiny_workspace_path, read_only=True)
    with pytest.raises(ReadOnlyError):
        desk.apply(SetValues([4], {"value": ([2.44e9], [1.0])}, "x"))
    desk.close()


def test_newer_workspace_is_refused_unchanged(tiny_workspace_path: Path) -> None:
    con = duckdb.connect(str(tiny_workspace_path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    before = tiny_workspace_path.read_bytes()
    with pytest.raises(NewerWorkspaceError, match="newer Corridor"):
        DuckDBStorage.open(tiny_workspace_path)
    assert tiny_workspace_path.read_bytes() == before


def test_not_a_workspace(tmp_path: Path) -> None:
    junk = tmp_path / "notes.duckdb"
    junk.write_text("hello, I am not a database")
    with pytest.raises(NotAWorkspaceError, match="not a Corridor workspace"):
        DuckDBStorage.open(junk)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(NotAWorkspaceError):
        DuckDBStorage.open(other)


def test_reading_a_missing_workspace_says_so(tmp_path: Path) -> None:
    with pytest.raises(MissingWorkspaceError, match="no workspace"):
        open_workspace(tmp_path / "nope.duckdb", write=False)
