"""A hard crash (no Python exception) leaves a report that the next start finds once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.services.fatal_log import enable_fatal_log, fatal_path, previous_fatal_error

CRASH = (
    "import sys, faulthandler; from pathlib import Path;"
    "from app.services.fatal_log import enable_fatal_log;"
    "log = enable_fatal_log(Path(sys.argv[1])); faulthandler._sigsegv()"
)


def test_a_segfault_is_reported_at_the_next_start(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path)], capture_output=True, timeout=60, check=False
    )
    assert run.returncode != 0
    report = previous_fatal_error(tmp_path)
    assert report is not None
    assert "Fatal Python error" in report
    assert "Segmentation fault" in report
    assert previous_fatal_error(tmp_path) is None  # shown once, kept under a dated name
    assert len(list(tmp_path.glob("crash-*.log"))) == 1


def test_a_clean_exit_leaves_nothing(tmp_path: Path) -> None:
    log = enable_fatal_log(tmp_path)
    assert log is not None
    log.close()
    assert previous_fatal_error(tmp_path) is None
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_does_not_stop_start_up(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert enable_fatal_log(blocker / "logs") is None
    assert previous_fatal_error(blocker / "logs") is None


def test_a_running_corridor_keeps_its_own_report_file(tmp_path: Path) -> None:
    """Two Corridors side by side: neither reads nor removes the other's file."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = fatal_path(tmp_path, other.pid)
        theirs.write_text("", encoding="utf-8")  # their session is open, no crash yet
        mine = enable_fatal_log(tmp_path)
        assert mine is not None
        assert previous_fatal_error(tmp_path) is None
        assert theirs.exists()
        theirs.write_text("Fatal Python error: Aborted", encoding="utf-8")  # they crash
        mine.close()  # my clean exit leaves their report alone
        assert theirs.read_text(encoding="utf-8") == "Fatal Python error: Aborted"
    finally:
        other.kill()
        other.wait()
    assert previous_fatal_error(tmp_path) == "Fatal Python error: Aborted"
