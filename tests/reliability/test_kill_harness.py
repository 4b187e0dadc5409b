"""Kill harness: a child applies random edits, imports and "accept all" steps through a
Desk and reports each commit; the parent kills it with SIGKILL at random moments and checks
after each kill that the workspace opens for writing, passes the integrity check and holds
exactly the committed edits (plus, at most, the one edit that was in flight, whole).

Default: 12 kills (about 20 s). Long mode (``--run-slow`` or ``CORRIDOR_LONG=1``): 120
kills, or ``CORRIDOR_KILLS``. ``CORRIDOR_KILL_REPORT=file.json`` writes the figures.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import pytest

from app.services.storage import DuckDBStorage

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import kill_worker  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass
class Figures:
    kills: int = 0
    commits_reported: int = 0
    in_flight_landed: int = 0  # killed after the database commit, before the report
    in_flight_absent: int = 0  # killed inside an edit that had not committed
    killed_before_ready: int = 0
    problems: int = 0


@dataclass
class Cycle:
    ready: str | None
    last_commit: str | None
    pending: str | None
    commits: int


def parse_lines(lines: list[str]) -> Cycle:
    """Read the child's report: the last committed digest and the one in flight, if any."""
    ready = last = pending = None
    commits = 0
    for line in lines:
        kind, *rest = line.split()
        if kind == "ready":
            ready = rest[0]
        elif kind == "intent":
            pending = rest[1]
        elif kind == "commit":
            last, pending, commits = rest[1], None, commits + 1
    return Cycle(ready, last, pending, commits)


def run_child(
    path: Path, seed: int, delay: float, at_startup: bool, log: Path
) -> tuple[list[str], int]:
    """Start the worker and SIGKILL it ``delay`` seconds after it said "ready" (or after it
    started, for ``at_startup``: a kill while it opens the workspace). Its lines, exit code."""
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "kill_worker.py"), str(path), str(seed)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert proc.stdout is not None
        lines: list[str] = []
        ready = threading.Event()

        def read(stream: IO[str]) -> None:
            for line in stream:
                lines.append(line)
                ready.set()
            ready.set()

        reader = threading.Thread(target=read, args=(proc.stdout,), daemon=True)
        reader.start()
        if not at_startup:
            ready.wait(timeout=60)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
        code = proc.wait()
        reader.join(timeout=30)
        proc.stdout.close()
    return [ln for ln in lines if ln.endswith("\n")], code


def check_after_kill(
    path: Path, before: tuple[str, int], cycle: Cycle, figures: Figures
) -> tuple[str, int]:
    """Open the killed workspace and check it; return its digest and audit row count."""
    ws = DuckDBStorage.open(path)
    try:
        assert not ws.read_only, "the lock of a killed process must be released"
        problems = ws.integrity_problems()
        digest = kill_worker.workspace_digest(ws)
        audit_rows = len(ws.audit())
    finally:
        ws.close()
    figures.problems += len(problems)
    assert problems == []
    if cycle.ready is not None:
        assert cycle.ready == before[0], "the child loaded something else than was checked"
    committed = cycle.last_commit or before[0]
    assert digest in {committed, cycle.pending}, (
        "the workspace is neither the committed "
        "state nor the committed state plus the whole in-flight edit"
    )
    landed = digest == cycle.pending and digest != committed
    # one audit row per committed edit, written in the edit's own transaction (an edit
    # that changed nothing, say a status set to what it was, may or may not have landed)
    expected = before[1] + cycle.commits + landed
    no_op = cycle.pending is not None and cycle.pending == committed
    assert audit_rows in ((expected, expected + 1) if no_op else (expected,))
    figures.in_flight_landed += landed
    figures.in_flight_absent += cycle.pending is not None and digest == committed
    return digest, audit_rows


def run_harness(tmp_path: Path, kills: int, seed: int, longest: float = 0.8) -> Figures:
    rng = random.Random(seed)
    path = tmp_path / "killed.duckdb"
    with kill_worker.seed_workspace(path, seed) as ws:
        state = kill_worker.workspace_digest(ws), len(ws.audit())
    figures = Figures()
    for i in range(kills):
        log = tmp_path / "child.log"
        at_startup = rng.random() < 0.15
        delay = rng.uniform(0.0, 0.8) if at_startup else rng.uniform(0.0, longest)
        lines, code = run_child(path, rng.randrange(1 << 30), delay, at_startup, log)
        assert code == -9, f"the child ended by itself ({code}): {log.read_text()[-2000:]}"
        cycle = parse_lines(lines)
        state = check_after_kill(path, state, cycle, figures)
        figures.kills = i + 1
        figures.commits_reported += cycle.commits
        figures.killed_before_ready += cycle.ready is None
    return figures


def report(figures: Figures) -> None:
    print("kill harness:", json.dumps(asdict(figures)))
    target = os.environ.get("CORRIDOR_KILL_REPORT")
    if target:
        Path(target).write_text(json.dumps(asdict(figures), indent=2) + "\n")


def test_parse_lines_keeps_the_edit_in_flight() -> None:
    cycle = parse_lines(["ready a\n", "intent 1 b\n", "commit 1 b\n", "intent 2 c\n"])
    assert (cycle.ready, cycle.last_commit, cycle.pending, cycle.commits) == ("a", "b", "c", 1)


def test_kill_harness(tmp_path: Path) -> None:
    figures = run_harness(tmp_path, kills=12, seed=20261128)
    report(figures)
    assert figures.kills == 12
    assert figures.commits_reported > 12
    assert figures.problems == 0


@pytest.mark.slow
def test_kill_harness_long(tmp_path: Path) -> None:
    kills = int(os.environ.get("CORRIDOR_KILLS", "120"))
    figures = run_harness(tmp_path, kills=kills, seed=random.randrange(1 << 30), longest=1.5)
    report(figures)
    assert figures.kills >= 100
    assert figures.problems == 0
