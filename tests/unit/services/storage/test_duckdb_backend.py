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


def test_a_commits_connection_closes_in_the_background_and_close_waits_for_it(
    tiny_desk: Desk,
) -> None:
    """The checkpoint after a commit runs while the edit returns; any later connection to
    the file and closing the workspace wait for it, so the file is whole afterwards."""
    ws = tiny_desk.workspace
    edit = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value to 2.5 bn")
    tiny_desk.apply(edit)
    assert ws.integrity_problems() == []  # a read right after the commit sees it
    tiny_desk.apply(edit, forward=False)
    tiny_desk.close()
    assert not ws.path.with_name(ws.path.name + ".wal").exists()  # checkpointed
    with DuckDBStorage.open(ws.path) as again:
        assert not again.read_only
        assert again.load().observations.set_index("obs_id").loc[4, "value"] == 2.44e9
        assert again.audit()["description"].tolist()[-2:] == ["Set value to 2.5 bn"] * 2


def test_a_failing_detach_after_a_commit_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The commit is durable before the detach (its WAL is replayed on the next attach): a
    detach that fails then, in its thread, is a warning in the log, not an error."""
    from app.services.storage import duckdb_files

    duckdb_files._detach_quietly(str(tmp_path / "w.corridor"), "workspace_not_attached")
    assert "closing" in caplog.text
    assert "w.corridor" in caplog.text


def test_uses_of_one_file_share_one_attachment_and_release_its_lock(tmp_path: Path) -> None:
    """Reads in two threads share the file's attachment; a write waits for the read-only
    uses to end; after the last use the file is detached (another connection, which DuckDB
    would refuse while it is attached, opens it)."""
    import threading

    from app.services.storage import duckdb_files

    path = tmp_path / "w.corridor"
    with duckdb_files.use(path, read_only=False) as con:
        con.execute("CREATE TABLE t (x INT)")
    first = duckdb_files.enter(path, read_only=True)
    second = duckdb_files.enter(tmp_path / "." / "w.corridor", read_only=True)  # same file
    name = first.execute("SELECT current_database()").fetchone()
    assert second.execute("SELECT current_database()").fetchone() == name
    wrote = threading.Event()

    def write() -> None:
        with duckdb_files.use(path, read_only=False, detach_later=True) as w:
            w.execute("INSERT INTO t VALUES (1)")
        wrote.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not wrote.wait(0.3)  # waits: the file is attached read-only and in use
    duckdb_files.leave(path, first)
    assert not wrote.wait(0.1)
    duckdb_files.leave(path, second)
    writer.join(10)
    assert wrote.is_set()
    duckdb_files.settle(path)
    other = duckdb.connect(str(path), read_only=True)
    assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    other.close()


def test_a_few_history_rows_are_stored_as_the_bulk_path_stores_them(tmp_path: Path) -> None:
    """One figure's edit writes its history rows as one INSERT … VALUES; the rows read back
    exactly as those of the Arrow bulk path (None and NaN as NULL, numbers, text)."""
    import pandas as pd

    from app.services.storage import duckdb_sql, schema

    frame = pd.DataFrame(
        {
            "audit_id": [7, 7, 7],
            "seq": pd.array([0, 1, 2], dtype="int32"),
            "obs_id": [4, 5, 6],
            "field": ["value", "note", "value"],
            "old": ["2.44e9", None, float("nan")],
            "new": ["2.5e9", "a “quoted” note", "1"],
            "action": ["edit", "edit", "undo edit"],
        }
    )
    con = duckdb.connect(str(tmp_path / "h.duckdb"))
    for stmt in schema.schema_statements():
        con.execute(stmt)
    duckdb_sql._insert_few(con, "history", frame)
    few = con.execute("SELECT * FROM history ORDER BY seq").fetchall()
    con.execute("DELETE FROM history")
    duckdb_sql._bulk_insert(con, "history", frame)
    bulk = con.execute("SELECT * FROM history ORDER BY seq").fetchall()
    con.close()
    assert few == bulk
    assert few[1][4] is None
    assert few[2][4] is None
