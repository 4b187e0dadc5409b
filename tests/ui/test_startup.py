"""Start-up as a user gets it: `corridor` opens a window on the default workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def start_corridor(home: Path) -> subprocess.CompletedProcess[str]:
    """``python -m app`` with its per-user folders under ``home``, quitting after the
    first frame of the desk."""
    env = {
        **os.environ,
        "CORRIDOR_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "CORRIDOR_QUIT_AFTER_FIRST_FRAME": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_corridor_opens_a_window_on_first_run(tmp_path: Path) -> None:
    done = start_corridor(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "first frame shown" in done.stdout
    # the first run created the per-user workspace from the bundled dataset, and a log
    assert (tmp_path / "data" / "workspace.duckdb").is_file()
    assert any((tmp_path / "logs").iterdir())


def test_a_crash_last_time_is_reported_at_the_next_start(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "fatal.999999999.log").write_text(
        "Fatal Python error: Segmentation fault\n\nCurrent thread 0x01 (most recent call "
        'first):\n  File "chart_panel.py", line 1 in draw\n',
        encoding="utf-8",
    )
    done = start_corridor(tmp_path)
    assert done.returncode == 0, done.stderr
    log = (logs / "corridor.log").read_text(encoding="utf-8")
    assert "previous session stopped with a fatal error" in log
    assert not list(logs.glob("fatal.*.log"))  # shown once; a clean exit leaves none
    kept = list(logs.glob("crash-*.log"))
    assert len(kept) == 1
    assert "Segmentation fault" in kept[0].read_text(encoding="utf-8")
