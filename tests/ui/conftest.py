"""Fixtures of the window and panel tests: a fresh copy of the bundled workspace per test
(the bundled dataset is seeded once per session)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app.qt.tasks import release_held
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


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """No background task outlives its test: before the test's fixtures are torn down (its
    window closed, its desk closed) every worker has finished and its outcome is delivered.
    Otherwise a later garbage collection frees this test's widgets while a worker still
    runs on their data: a segfault in GC was seen once in CI with a conflicts listing
    still running."""
    release_held()  # tasks an edit started, still waiting for a repaint, start now
    QThreadPool.globalInstance().waitForDone(30_000)
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    yield
