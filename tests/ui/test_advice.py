"""What to do about a workspace problem: worded by the UI, menu paths from the actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.desk import Desk
from app.services.storage import DamagedWorkspaceError, ReadOnlyError, WorkspaceError
from app.ui.actions import ACTIONS
from app.ui.advice import advice, menu_path, read_only_hint


def test_menu_paths_come_from_the_declared_actions() -> None:
    restore = next(a for a in ACTIONS if a.id == "file.restore")
    assert menu_path("file.restore") == "File > Restore from backup"
    assert restore.text.replace("&", "").rstrip("…") in menu_path("file.restore")
    assert menu_path("file.save_as") in read_only_hint()


def test_a_damaged_file_gets_one_way_out(tiny_workspace_path: Path) -> None:
    data = tiny_workspace_path.read_bytes()
    tiny_workspace_path.write_bytes(data[: len(data) // 2])  # truncated on a full disk, say
    with pytest.raises(DamagedWorkspaceError) as caught:
        Desk.open(tiny_workspace_path)
    words = f"{caught.value} {advice(caught.value)}"
    assert words.lower().count("open a backup") == 1
    assert "File > Restore from backup" in words
    assert "File >" not in str(caught.value)  # the service names no menu


def test_read_only_and_other_errors() -> None:
    assert "File > Save workspace as" in advice(ReadOnlyError("w.duckdb is open read-only."))
    assert advice(WorkspaceError("there is no workspace at x")) == ""
