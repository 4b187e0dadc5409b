"""Start-up as a user gets it: `corridor` opens a window on the default workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_corridor_opens_a_window_on_first_run(tmp_path: Path) -> None:
    env = {**os.environ, "CORRIDOR_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "CORRIDOR_QUIT_AFTER_FIRST_FRAME": "1"}
    done = subprocess.run([sys.executable, "-m", "app"], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "first frame shown" in done.stdout
    # the first run created the per-user workspace from the bundled dataset, and a log
    assert (tmp_path / "data" / "workspace.duckdb").is_file()
    assert any((tmp_path / "logs").iterdir())
