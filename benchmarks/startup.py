"""Area 1: main window first frame vs an empty QMainWindow; fully interactive time.

Each case runs in a fresh interpreter (imports are what start-up costs). The child prints
wall-clock stamps: when the window's first frame is shown, and when the event loop has run
(the window answers input). The parent subtracts the time it started the child, so both
include interpreter start-up and the ratio compares like with like.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Result

EMPTY = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1400, 860); w.show(); app.processEvents(); w.grab()
first = time.time()
def done():
    print({"first": first, "interactive": time.time()}, flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

CORRIDOR = """
import os, sys, time
os.environ["CORRIDOR_HOME"] = sys.argv[2]
import app.main as m
stamps = {}
place = m._Startup._placeholder
opened = m._Startup._opened

def placeholder():
    window = place()
    window.grab()                      # painted: the first frame the user sees
    stamps["first"] = time.time()
    return window

def on_opened(self, desk):
    opened(self, desk)
    self.window.grab()                 # the desk's own window, painted and answering input
    stamps["interactive"] = time.time()
    print(stamps, flush=True)
    self.window.close()
    self.qapp.quit()

m._Startup._placeholder = staticmethod(placeholder)
m._Startup._opened = on_opened
m.run_gui(sys.argv[1], [sys.argv[0]])
"""


def _stamps(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # an installed Corridor starts from compiled bytecode (pip and the bundle compile it);
    # a shell with PYTHONDONTWRITEBYTECODE would time the compiler on every run instead
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
    stamps = json.loads(line.replace("'", '"'))
    return {k: v - start for k, v in stamps.items()}


def _best(code: str, *args: str, repeat: int = 3) -> dict[str, float]:
    runs = [_stamps(code, *args) for _ in range(repeat)]
    return {k: min(r[k] for r in runs) for k in runs[0]}


def bundled_workspace(folder: Path) -> Path:
    """A workspace made from the bundled China–Azerbaijan dataset, as on first run."""
    env = dict(os.environ, CORRIDOR_HOME=str(folder))
    subprocess.run(
        [sys.executable, "-m", "app", "summary"],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    found = sorted(folder.rglob("*.corridor")) + sorted(folder.rglob("*.duckdb"))
    if not found:
        raise RuntimeError(f"no workspace was created under {folder}")
    return found[0]


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="corridor-bench-start-"))
    try:
        workspace = bundled_workspace(folder)
        empty = _best(EMPTY)
        ours = _best(CORRIDOR, str(workspace), str(folder / "settings.ini"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Result(
            "start-up",
            "main window first frame",
            ours["first"] * 1000,
            empty["first"] * 1000,
            "ms",
            2.0,
            note="corridor's run_gui, fresh process: the window shown before the heavy "
            "imports and the workspace load",
        ),
        Result(
            "start-up",
            "fully interactive",
            ours["interactive"] * 1000,
            empty["interactive"] * 1000,
            "ms",
            1500.0,
            absolute=True,
        ),
    ]
