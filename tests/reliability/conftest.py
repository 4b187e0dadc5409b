"""Long mode for the reliability tests: ``--run-slow`` or the environment ``CORRIDOR_LONG=1``.

Tests marked ``slow`` here are skipped unless long mode is on. ``--run-slow`` is added
here unless a conftest nearer the root already added it (pytest only reads options from
conftests it loads first, so ``CORRIDOR_LONG=1`` is the switch that works from anywhere).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_addoption(parser: pytest.Parser) -> None:
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--run-slow",
            action="store_true",
            default=False,
            help="run long tests (soak, kill harness long mode)",
        )


def long_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--run-slow", default=False)) or os.environ.get(
        "CORRIDOR_LONG", ""
    ) not in ("", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if long_mode(config):
        return
    skip = pytest.mark.skip(reason="long run: use --run-slow or CORRIDOR_LONG=1")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.path)).parents:
            item.add_marker(skip)


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    """True in long mode: tests scale their case counts with it."""
    return long_mode(request.config)


# --- a tiny disk of its own (root on Linux) ---------------------------------------------


def _mount(folder: Path, *options: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    cmd = ["mount", "-t", "tmpfs", "-o", ",".join(("size=8m", *options)), "tmpfs", str(folder)]
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB file system of its own, unmounted afterwards."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not _mount(folder):
        pytest.skip("cannot mount a tmpfs here (needs root on Linux); see the injected tests")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill_disk(folder: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 65536)
    with filler.open("ab", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 512)
    return filler


@pytest.fixture
def fill() -> Callable[[Path], Path]:
    """The disk filler, for tests on ``tiny_disk``."""
    return fill_disk
