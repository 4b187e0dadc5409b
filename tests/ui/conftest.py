"""Fixtures of the window and panel tests: a fresh copy of the bundled workspace per test
(the bundled dataset is seeded once per session)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.bundled import create_seeded_workspace
from app.services.desk import Desk


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "seeded.duckdb"
    create_seeded_workspace(path).close()
    return path


@pytest.fixture
def seeded_desk(seeded_file: Path, tmp_path: Path) -> Iterator[Desk]:
    """A fresh copy of the bundled workspace for each test."""
    path = tmp_path / "seeded.duckdb"
    shutil.copyfile(seeded_file, path)
    desk = Desk.open(path)
    yield desk
    desk.close()
