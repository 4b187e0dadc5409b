"""Backup copies of a workspace, written before any schema migration, and their restore.

A backup is written under a temporary name and renamed when complete, so a failed copy
(disk full) never shows up in the list as a backup one could restore. Restoring copies the
backup to a new file beside the workspace: the current workspace is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

_SIDECARS = (".txt", ".wal", ".part")


def backup_dir(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".backups")


def write_backup(workspace: Path, reason: str) -> Path:
    """Copy the workspace file (and its WAL if any) next to it; returns the copy's path."""
    folder = backup_dir(workspace)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = _free_name(folder, f"{workspace.stem}-{stamp}", workspace.suffix)
    note = target.with_name(target.name + ".txt")
    wal = workspace.with_name(workspace.name + ".wal")
    try:
        note.write_text(reason + "\n", encoding="utf-8")
        if wal.exists():
            _copy_atomic(wal, target.with_name(target.name + ".wal"))
        _copy_atomic(workspace, target)  # last: a backup is listed once this exists
    except OSError:
        for leftover in (note, target.with_name(target.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def list_backups(workspace: Path) -> list[tuple[Path, str]]:
    """(path, reason) of each backup, newest first."""
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return []
    out = []
    copies = [
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(_SIDECARS)
    ]
    for p in sorted(copies, key=lambda p: p.name, reverse=True):
        note = p.with_name(p.name + ".txt")
        out.append((p, note.read_text(encoding="utf-8").strip() if note.exists() else ""))
    return out


def backup_created(backup: Path) -> float:
    """When the backup was written (seconds since the epoch): its note's time."""
    note = backup.with_name(backup.name + ".txt")
    return (note if note.exists() else backup).stat().st_mtime


def restore_backup(backup: Path, workspace: Path) -> Path:
    """Copy a backup to a new file beside the workspace and return that file's path.

    The current workspace is left as it is; the user opens the restored copy (which is
    upgraded, with a backup of its own, if it is from an older version).
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = _free_name(workspace.parent, f"{workspace.stem}-restored-{stamp}", workspace.suffix)
    wal = backup.with_name(backup.name + ".wal")
    if wal.exists():
        _copy_atomic(wal, target.with_name(target.name + ".wal"))
    try:
        _copy_atomic(backup, target)
    except OSError:
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        raise
    return target


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``... if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    n = 1
    while candidate.exists() or candidate.with_name(candidate.name + ".txt").exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def _copy_atomic(source: Path, target: Path) -> None:
    part = target.with_name(f".{target.name}.part")
    try:
        shutil.copy2(source, part)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
