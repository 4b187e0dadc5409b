"""Backup copies of a workspace, written before any schema migration."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path


def backup_dir(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".backups")


def write_backup(workspace: Path, reason: str) -> Path:
    """Copy the workspace file (and its WAL if any) next to it; returns the copy's path."""
    folder = backup_dir(workspace)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{workspace.stem}-{stamp}{workspace.suffix}"
    shutil.copy2(workspace, target)
    wal = workspace.with_name(workspace.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + ".wal"))
    target.with_name(target.name + ".txt").write_text(reason + "\n", encoding="utf-8")
    return target


def list_backups(workspace: Path) -> list[tuple[Path, str]]:
    """(path, reason) of each backup, newest first."""
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.glob(f"*{workspace.suffix or '.duckdb'}"), reverse=True):
        note = p.with_name(p.name + ".txt")
        out.append((p, note.read_text(encoding="utf-8").strip() if note.exists() else ""))
    return out
