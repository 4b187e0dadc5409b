"""`corridor derive`: a dry run says what would be stored; add, list, recompute and remove
work on the workspace; a unit error or an unknown series exits with status 2 and the reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.cli.main import main
from app.domain.model import Observation, Source
from app.domain.periods import Period, month_index
from app.services.desk import Desk
from app.services.storage import DuckDBStorage

JAN24 = month_index(2024, 1)
INDICATORS = pd.DataFrame(
    [
        {"code": c, "name": n, "topic": t, "unit": u, "kind": "flow", "description": ""}
        for c, n, t, u in (
            ("exports_to_partner", "Exports to partner", "Trade", "USD"),
            ("imports_from_partner", "Imports from partner", "Trade", "USD"),
            ("tourist_arrivals_from_partner", "Tourist arrivals", "Tourism", "persons"),
        )
    ]
)
EXPORTS = "exports=exports_to_partner:AZE-CHN"
IMPORTS = "imports=imports_from_partner:AZE-CHN"


def make_workspace(tmp_path: Path) -> str:
    """Exports and imports for Jan 2024 .. Oct 2025 (2025 is incomplete), tourists for 2024."""
    rows = []
    for i, (code, unit, base) in enumerate(
        (
            ("exports_to_partner", "USD", 100e6),
            ("imports_from_partner", "USD", 60e6),
            ("tourist_arrivals_from_partner", "persons", 5000.0),
        )
    ):
        months = 22 if unit == "USD" else 12
        for m in range(months):
            period = Period(JAN24 + m, JAN24 + m)
            obs = Observation(code, period, base, unit, "AZE", "CHN", source_id=1)
            obs.obs_id = 1 + i * 100 + m
            rows.append(obs.as_row())
    source = Source(publisher="Customs", published="2025-11-20", source_id=1).as_row()
    path = tmp_path / "derive.duckdb"
    DuckDBStorage.create(path, INDICATORS, pd.DataFrame(rows), pd.DataFrame([source])).close()
    return str(path)


@pytest.fixture
def workspace(tmp_path: Path) -> str:
    return make_workspace(tmp_path)


@pytest.fixture(scope="module")
def unchanged(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A workspace the tests leave as it is (dry runs, refusals): made once."""
    return make_workspace(tmp_path_factory.mktemp("derive"))


def run(workspace: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["derive", *args, "--workspace", workspace])
    out = capsys.readouterr()
    return code, out.out, out.err


def derived_count(workspace: str) -> int:
    desk = Desk.open(workspace, write=False)
    try:
        return int((desk.store.observations["status"] == "derived").sum())
    finally:
        desk.close()


def test_dry_run_prints_what_would_be_stored(
    unchanged: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # a dry run opens the workspace read-only: it cannot store anything
    code, out, _ = run(
        unchanged, capsys, "add", "convert", "--input", EXPORTS, "--param", "to=year", "--dry-run"
    )
    assert code == 0
    assert "1 figure, 1 gap" in out
    assert "unit USD" in out
    assert "2024: $1.2 bn — 2024 = sum of Jan–Dec 2024 (12 months)" in out
    assert "2025: gap — gap: 2025 has 10 of 12 months" in out


def test_add_list_recompute_remove(workspace: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        workspace,
        capsys,
        "add",
        "formula",
        "--input",
        EXPORTS,
        "--input",
        IMPORTS,
        "--formula",
        "exports - imports",
        "--name",
        "Trade balance",
    )
    assert code == 0
    assert "Derive “Trade balance”: 22 figures" in out
    code, out, _ = run(workspace, capsys, "list")
    assert code == 0
    assert "Trade balance [formula] → trade_balance AZE–CHN (USD): 22 figures" in out
    assert "exports - imports (exports: exports_to_partner AZE–CHN" in out
    assert run(workspace, capsys, "recompute")[1].strip() == "Derived series are up to date."
    code, out, _ = run(workspace, capsys, "remove", "1")
    assert code == 0
    assert "Remove derived series “Trade balance” (22 figures)" in out
    assert derived_count(workspace) == 0
    assert "No derived series are stored." in run(workspace, capsys, "list")[1]


def test_unit_error_exits_2_naming_both_units(
    unchanged: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        unchanged,
        capsys,
        "add",
        "formula",
        "--input",
        EXPORTS,
        "--input",
        "tourists=tourist_arrivals_from_partner:AZE-CHN",
        "--formula",
        "exports + tourists",
    )
    assert code == 2
    assert "USD" in err
    assert "persons" in err
    assert derived_count(unchanged) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "yoy", "--input", "exports_to_partner:AZE-TUR"), "no figures are stored for"),
        (("add", "yoy", "--input", "exports_to_partner"), "expected NAME=INDICATOR"),
        (("add", "rolling", "--input", EXPORTS, "--param", "window=x"), "whole number"),
        (("remove", "7"), "there is no derivation 7"),
    ],
)
def test_bad_input_exits_2(
    unchanged: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(unchanged, capsys, *args)
    assert code == 2
    assert message in err
