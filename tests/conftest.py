"""Shared test set-up: Qt offscreen, per-user folders redirected, small desks.

No test reads or writes the real user's settings, data, logs or keyring: CORRIDOR_HOME points
the per-user folders at a temporary directory for the whole session.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CORRIDOR_HOME"] = tempfile.mkdtemp(prefix="corridor-test-home-")
# nor the real user's keyring: tests that need one install an in-memory backend
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pandas as pd
import pytest

from app.domain.model import Observation, Source
from app.domain.periods import parse_period
from app.services.desk import Desk
from app.services.storage import DuckDBStorage

#: test inputs written for these tests (import samples, labelled press sentences)
TEST_DATA = Path(__file__).resolve().parent / "data"
#: real portal files recorded from the agencies (../shared/fixtures, README there): never edited
SHARED_FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


@pytest.fixture(autouse=True)
def _gc_on_gui_thread() -> None:
    """As in the app (app.main): once a Qt application exists, cyclic garbage is collected
    on the GUI thread only, never in a task runner's worker (app.qt.collector)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from app.qt.collector import collect_on_gui_thread

        collect_on_gui_thread(app)


def pytest_addoption(parser: pytest.Parser) -> None:
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--run-slow",
            action="store_true",
            default=False,
            help="run long tests (soak, kill harness long mode)",
        )
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--run-packaging",
            action="store_true",
            default=False,
            help="build, install and run the .deb (needs root and apt)",
        )


TINY_INDICATORS = pd.DataFrame(
    [
        {
            "code": "trade_turnover",
            "name": "Trade turnover",
            "topic": "Trade",
            "unit": "USD",
            "kind": "flow",
            "description": "Exports plus imports between reporter and partner",
        },
        {
            "code": "tourist_arrivals_from_partner",
            "name": "Tourist arrivals from partner",
            "topic": "Tourism",
            "unit": "persons",
            "kind": "flow",
            "description": "",
        },
    ]
)

#: (period, value, reporter, partner, indicator, qualifier, publisher)
TINY_ROWS = [
    ("2022", 2.15e9, "AZE", "CHN", "trade_turnover", "exact", "Trend"),
    ("2023", 3.1e9, "CHN", "AZE", "trade_turnover", "exact", "News.az"),
    ("2024", 3.744e9, "AZE", "CHN", "trade_turnover", "exact", "Vestnik Kavkaza"),
    ("2025-01/2025-10", 2.44e9, "CHN", "AZE", "trade_turnover", "exact", "Trend"),
    ("2025-01/2025-10", 2.44e9, "CHN", "AZE", "trade_turnover", "exact", "Xinhua"),
    ("2025-01/2025-07", 2.45e9, "AZE", "CHN", "trade_turnover", "exact", "Report.az"),
    (
        "2025-01/2025-10",
        57000,
        "AZE",
        "CHN",
        "tourist_arrivals_from_partner",
        "more_than",
        "Xinhua",
    ),
    ("2024", 1.0e9, "AZE", "RUS", "trade_turnover", "exact", "Other"),
]


def tiny_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    obs, src = [], []
    for i, (per, v, rep, par, ind, q, pub) in enumerate(TINY_ROWS, 1):
        obs.append(
            Observation(
                ind,
                parse_period(per),
                v,
                "persons" if "tourist" in ind else "USD",
                rep,
                par,
                qualifier=q,
                obs_id=i,
                source_id=i,
                period_text=per,
            ).as_row()
        )
        src.append(
            Source(
                publisher=pub,
                published="2025-12-25",
                url=f"https://example.org/{i}",
                quote=f"quote {i}",
                kind="press",
                source_id=i,
            ).as_row()
        )
    return pd.DataFrame(obs), pd.DataFrame(src)


def earlier_turnover() -> dict[str, object]:
    """Jan–Oct 2024 turnover reported by China (obs_id 40): a year before the tiny
    tables' figure 4, which grows +22.0 % on it."""
    return Observation(
        "trade_turnover",
        parse_period("2024-01/2024-10"),
        2.0e9,
        "USD",
        "CHN",
        "AZE",
        obs_id=40,
        source_id=1,
    ).as_row()


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session (tests/pg_server.py); skipped where
    PostgreSQL is not installed, except where CORRIDOR_REQUIRE_PG is set (CI), where that
    is a failure."""
    import pg_server as servers

    why = servers.unavailable()
    if why:
        if os.environ.get("CORRIDOR_REQUIRE_PG"):
            pytest.fail(f"CI needs a PostgreSQL server for the tests: {why}")
        pytest.skip(why)
    with servers.running() as server:
        yield server


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a new, empty database on the session's server (superuser)."""
    return pg_server.create_database(f"test_{next(_DATABASES)}")


@pytest.fixture
def tiny_pg_url(pg_url: str, tiny_workspace_path: Path) -> str:
    """The tiny workspace copied to a new database; its URL."""
    from app.services.storage.copying import copy_workspace

    with DuckDBStorage.open(tiny_workspace_path, read_only=True) as source:
        copy_workspace(source, pg_url)
    return pg_url


@pytest.fixture
def tiny_workspace_path(tmp_path: Path) -> Path:
    obs, src = tiny_tables()
    path = tmp_path / "tiny.duckdb"
    DuckDBStorage.create(path, TINY_INDICATORS, obs, src).close()
    return path


@pytest.fixture
def tiny_desk(tiny_workspace_path: Path):
    desk = Desk.open(tiny_workspace_path)
    yield desk
    desk.close()
