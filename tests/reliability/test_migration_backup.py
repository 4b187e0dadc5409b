"""Before any schema migration a backup is written; a workspace from a newer Corridor is
refused and left byte for byte as it was; a backup can be restored beside the workspace
without touching the current file."""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from pytestqt.qtbot import QtBot

from app.services import backup
from app.services.storage import (
    DuckDBStorage,
    NewerWorkspaceError,
    WorkspaceError,
    schema,
)

sys.path.insert(0, str(Path(__file__).parent))
import kill_worker

PROBE = "CREATE TABLE migration_probe (x INTEGER)"
CURRENT = schema.SCHEMA_VERSION
NEXT = CURRENT + 1


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_version(path: Path, version: int) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        con.execute("CHECKPOINT")
    finally:
        con.close()


def tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    finally:
        con.close()


@pytest.fixture
def old_workspace(tmp_path: Path) -> tuple[Path, str]:
    """A workspace of this version while this Corridor pretends to be one version newer."""
    path = tmp_path / "old.duckdb"
    with kill_worker.seed_workspace(path, 21, rows=120) as ws:
        digest = kill_worker.workspace_digest(ws)
    return path, digest


@pytest.fixture
def version_two(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], None]:
    def upgrade_with(statements: list[str]) -> None:
        monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
        monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, CURRENT: statements})

    return upgrade_with


def test_upgrade_writes_a_backup_first(
    old_workspace: tuple[Path, str], version_two: Callable[[list[str]], None]
) -> None:
    path, digest = old_workspace
    before = file_hash(path)
    version_two([PROBE])
    with DuckDBStorage.open(path) as ws:
        assert ws.meta()["schema_version"] == str(NEXT)
        assert kill_worker.workspace_digest(ws) == digest
        assert ws.audit()["action"].tolist()[-1] == "migrate"
    assert "migration_probe" in tables(path)
    [(copy, reason)] = backup.list_backups(path)
    assert file_hash(copy) == before
    assert f"version {CURRENT}" in reason
    assert "migration_probe" not in tables(copy)


def test_failed_upgrade_changes_nothing(
    old_workspace: tuple[Path, str], version_two: Callable[[list[str]], None]
) -> None:
    path, digest = old_workspace
    version_two([PROBE, "THIS IS NOT SQL"])
    with pytest.raises(WorkspaceError, match="Nothing was changed"):
        DuckDBStorage.open(path)
    assert "migration_probe" not in tables(path)
    version_two([])  # back to reading it as it is
    schema.SCHEMA_VERSION = CURRENT
    with DuckDBStorage.open(path) as ws:
        assert ws.meta()["schema_version"] == str(CURRENT)
        assert kill_worker.workspace_digest(ws) == digest
    assert len(backup.list_backups(path)) == 1


def test_a_version_1_workspace_gains_the_record_tables(tmp_path: Path) -> None:
    """The real upgrade of 0.2: a 0.1 file (observations only) gets empty claim, project,
    event and link tables after a backup; its figures are untouched and records can be
    added at once."""
    from app.domain.edits import AddRecords
    from app.domain.records import RECORD_TABLES, normalise_records

    path = tmp_path / "v1.duckdb"
    with kill_worker.seed_workspace(path, 27, rows=50) as ws:
        digest = kill_worker.workspace_digest(ws)
    con = duckdb.connect(str(path))
    try:
        for name in RECORD_TABLES:
            con.execute(f"DROP TABLE {name}")
        con.execute("ALTER TABLE observations DROP COLUMN period_detail")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    set_version(path, 1)
    with DuckDBStorage.open(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION == 6
        assert kill_worker.workspace_digest(ws) == digest
        assert set(ws.load().observations["period_detail"].astype(str)) == {""}
        assert all(len(f) == 0 for f in ws.load().records.values())
        event = normalise_records(
            "events", pd.DataFrame({"event_id": [1], "title": ["note"], "date_start": ["2025"]})
        )
        ws.apply(AddRecords({"events": event}, "add an annotation"))
        assert ws.load().records["events"]["title"].tolist() == ["note"]
    assert set(RECORD_TABLES) <= tables(path)
    [(copy, reason)] = backup.list_backups(path)
    assert "version 1" in reason
    assert not set(RECORD_TABLES) & tables(copy)


def test_newer_workspace_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    kill_worker.seed_workspace(path, 22, rows=30).close()
    set_version(path, 99)
    before = file_hash(path)
    for read_only in (False, True):
        with pytest.raises(NewerWorkspaceError, match=r"newer Corridor.*not changed"):
            DuckDBStorage.open(path, read_only=read_only)
    assert file_hash(path) == before
    assert not path.with_name(path.name + ".wal").exists()
    assert backup.list_backups(path) == []


def test_two_backups_in_one_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    kill_worker.seed_workspace(path, 23, rows=10).close()
    first = backup.write_backup(path, "first")
    second = backup.write_backup(path, "second")
    assert first != second
    assert [reason for _p, reason in backup.list_backups(path)] == ["second", "first"]


def test_backups_of_a_file_without_suffix_are_listed(tmp_path: Path) -> None:
    path = tmp_path / "workspace"
    kill_worker.seed_workspace(path, 24, rows=10).close()
    made = backup.write_backup(path, "no suffix")
    assert backup.list_backups(path) == [(made, "no suffix")]


def test_backup_on_a_full_disk_refuses_the_upgrade_cleanly(
    tiny_disk: Path, fill: Callable[[Path], Path], version_two: Callable[[list[str]], None]
) -> None:
    path = tiny_disk / "old.duckdb"
    kill_worker.seed_workspace(path, 25, rows=100).close()
    before = file_hash(path)
    filler = fill(tiny_disk)
    version_two([PROBE])
    with pytest.raises(WorkspaceError, match="backup"):
        DuckDBStorage.open(path)
    assert file_hash(path) == before
    assert backup.list_backups(path) == []  # no half-written copy offered for restore
    filler.unlink()
    with DuckDBStorage.open(path) as ws:
        assert ws.meta()["schema_version"] == str(NEXT)
    assert len(backup.list_backups(path)) == 1


def test_restore_copies_beside_and_keeps_the_current_file(
    old_workspace: tuple[Path, str], version_two: Callable[[list[str]], None]
) -> None:
    path, digest = old_workspace
    made = backup.write_backup(path, "by hand")
    with DuckDBStorage.open(path) as ws:  # change the current workspace after the backup
        ws.apply(kill_worker._delete(kill_worker.random.Random(1), ws.load_store()))
    current = file_hash(path)  # once closed (the commit's checkpoint ends in the background)
    restored = backup.restore_backup(made, path)
    again = backup.restore_backup(made, path)
    assert restored.parent == path.parent
    assert len({restored, again, path}) == 3
    assert file_hash(path) == current
    with DuckDBStorage.open(restored) as ws:
        assert kill_worker.workspace_digest(ws) == digest
        assert ws.integrity_problems() == []
    assert backup.backup_created(made) <= time.time()


# --- File > Restore from backup ----------------------------------------------------------


def test_restore_dialog_lists_backups_and_restores_a_copy(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "w.duckdb"
    with kill_worker.seed_workspace(path, 26, rows=20) as ws:
        digest = kill_worker.workspace_digest(ws)
    backup.write_backup(path, "before upgrade from version 1")
    backup.write_backup(path, "by hand")
    current = file_hash(path)
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "by hand"
    assert dialog.table.item(1, 1).text() == "before upgrade from version 1"
    assert re.fullmatch(r"\d+(\.\d)? (bytes|KB|MB)", dialog.table.item(0, 2).text())
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    restored = dialog.restored_path()
    assert restored is not None
    assert restored.parent == path.parent
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert file_hash(path) == current
    with DuckDBStorage.open(restored) as ws:
        assert kill_worker.workspace_digest(ws) == digest


def test_restore_dialog_without_backups_cannot_restore(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "w.duckdb"
    kill_worker.seed_workspace(path, 27, rows=5).close()
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.intro.text()
    assert dialog.restored_path() is None
