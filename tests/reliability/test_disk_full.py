"""A write that fails (disk full, read-only folder, permission denied) loses nothing: memory
and file keep the previous state and the user gets a message that says what happened.

Where the machine allows (root, Linux) the disk is a real 8 MB tmpfs, filled up or remounted
read-only; elsewhere an OSError is injected at the storage boundary.
"""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.desk import Desk
from app.services.storage import (
    DuckDBStorage,
    ReadOnlyError,
    WorkspaceError,
    duckdb_backend,
)

sys.path.insert(0, str(Path(__file__).parent))
import kill_worker


def open_desk(path: Path) -> Desk:
    ws = DuckDBStorage.open(path)
    return Desk(ws, ws.load_store())


def an_import(desk: Desk, rows: int = 2000) -> kill_worker.AddObservations:
    return kill_worker._import(random.Random(3), desk.store, rows)


def assert_unchanged(desk: Desk, digest: str) -> None:
    assert kill_worker.store_digest(desk.store) == digest
    assert kill_worker.workspace_digest(desk.workspace) == digest
    assert desk.workspace.integrity_problems() == []


def test_disk_full_import_keeps_previous_state_and_says_why(
    tiny_disk: Path, fill: Callable[[Path], Path]
) -> None:
    path = tiny_disk / "w.duckdb"
    kill_worker.seed_workspace(path, 1, rows=100).close()
    desk = open_desk(path)
    before = kill_worker.store_digest(desk.store)
    filler = fill(tiny_disk)
    with pytest.raises(WorkspaceError, match="No space left on device") as info:
        desk.apply(an_import(desk))
    assert "Nothing was changed" in str(info.value)
    filler.unlink()
    assert_unchanged(desk, before)
    desk.apply(an_import(desk, 10))  # with space again, work goes on
    desk.close()
    with DuckDBStorage.open(path) as ws:
        assert kill_worker.workspace_digest(ws) == kill_worker.store_digest(desk.store)


def test_disk_full_while_creating_leaves_no_file(
    tiny_disk: Path, fill: Callable[[Path], Path]
) -> None:
    fill(tiny_disk)
    target = tiny_disk / "new.duckdb"
    with pytest.raises(WorkspaceError, match="could not create"):
        kill_worker.seed_workspace(target, 2)
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler.bin"]


def test_read_only_folder_opens_read_only_and_refuses_edits(tiny_disk: Path) -> None:
    path = tiny_disk / "w.duckdb"
    kill_worker.seed_workspace(path, 4, rows=50).close()
    with DuckDBStorage.open(path) as ws:
        before = kill_worker.workspace_digest(ws)
    remount = ["mount", "-o", "remount,ro", str(tiny_disk)]
    assert subprocess.run(remount, capture_output=True, check=False).returncode == 0
    desk = open_desk(path)
    assert desk.read_only
    message = desk.workspace.read_only_message()
    assert "another Corridor" not in message
    assert "cannot write" in message
    with pytest.raises(ReadOnlyError):
        desk.apply(an_import(desk, 5))
    assert_unchanged(desk, before)
    desk.close()


# --- injected failures at the storage boundary (every machine) ----------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [(errno.ENOSPC, "No space left on device"), (errno.EACCES, "Permission denied")],
)
def test_injected_write_error_keeps_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, text: str
) -> None:
    path = tmp_path / "w.duckdb"
    kill_worker.seed_workspace(path, 5, rows=80).close()
    desk = open_desk(path)
    before = kill_worker.store_digest(desk.store)
    real = duckdb_backend.execute_ops

    def half_then_fail(con: object, ops: list[object]) -> None:
        real(con, ops)  # type: ignore[arg-type]
        raise OSError(code, text)

    monkeypatch.setattr(duckdb_backend, "execute_ops", half_then_fail)
    with pytest.raises(WorkspaceError, match=text):
        desk.apply(kill_worker._set_values(random.Random(1), desk.store))
    with pytest.raises(WorkspaceError, match=text):
        desk.apply(an_import(desk, 50))
    monkeypatch.undo()
    assert_unchanged(desk, before)
    desk.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root (and Windows) ignore permission bits"
)
def test_permission_denied_file_keeps_state(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    kill_worker.seed_workspace(path, 6, rows=40).close()
    desk = open_desk(path)
    before = kill_worker.store_digest(desk.store)
    path.chmod(0o444)
    try:
        with pytest.raises(WorkspaceError, match="Nothing was changed"):
            desk.apply(an_import(desk, 5))
    finally:
        path.chmod(0o644)
    assert_unchanged(desk, before)
    desk.close()


def test_disk_running_out_mid_session_keeps_memory_and_file_in_step(tiny_disk: Path) -> None:
    path = tiny_disk / "w.duckdb"
    kill_worker.seed_workspace(path, 7, rows=100).close()
    desk = open_desk(path)
    free = os.statvfs(tiny_disk).f_bavail * os.statvfs(tiny_disk).f_frsize
    (tiny_disk / "filler.bin").write_bytes(b"\0" * (free - 65536))  # 64 KB left
    rng = random.Random(2)
    outcomes = []
    for _ in range(30):
        before = kill_worker.store_digest(desk.store)
        try:
            desk.apply(kill_worker.random_edit(rng, desk.store))
            outcomes.append("saved")
        except WorkspaceError as exc:
            outcomes.append(str(exc))
        if outcomes[-1] != "saved":
            assert "No space left on device" in outcomes[-1]
            assert kill_worker.store_digest(desk.store) == before
        assert kill_worker.workspace_digest(desk.workspace) == kill_worker.store_digest(desk.store)
    assert set(outcomes) != {"saved"}  # the disk did run out
    desk.close()
