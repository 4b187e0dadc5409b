"""corridor import: report, dry run, duplicates, exit status, new workspaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import TEST_DATA

from app.cli.main import main
from app.services.storage import DuckDBStorage

DATA = TEST_DATA / "import"


def count(path: Path) -> int:
    with DuckDBStorage.open(path, read_only=True) as ws:
        return len(ws.load().observations)


def test_import_stores_and_reports(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(tiny_workspace_path)
    code = main(
        ["import", str(DATA / "comtrade_annual.csv"), "--workspace", str(tiny_workspace_path)]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "format: comtrade" in out
    assert "stored: 4 new figures" in out
    assert "imports_from_partner  AZE -> CHN  2024  $1.235 bn" in out
    assert count(tiny_workspace_path) == before + 4


def test_dry_run_changes_nothing(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(tiny_workspace_path)
    assert (
        main(
            [
                "import",
                str(DATA / "eurostat_21.csv"),
                "--dry-run",
                "--workspace",
                str(tiny_workspace_path),
            ]
        )
        == 0
    )
    assert "would store: 3 new figures" in capsys.readouterr().out
    assert count(tiny_workspace_path) == before


def test_errors_exit_non_zero_and_store_nothing_unless_asked(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(tiny_workspace_path)
    args = ["import", str(DATA / "comtrade_monthly.csv"), "--workspace", str(tiny_workspace_path)]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "comtrade_monthly.csv:4 [primaryValue]: error: cannot read the number 'abc'" in out
    assert "nothing was stored" in out
    assert count(tiny_workspace_path) == before
    assert main([*args, "--skip-bad-rows"]) == 1
    assert count(tiny_workspace_path) == before + 2


def test_on_duplicate_skip(
    tiny_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same figures from another file (another source) are skipped when asked."""
    ws = ["--workspace", str(tiny_workspace_path)]
    assert main(["import", str(DATA / "comtrade_annual.csv"), *ws]) == 0
    before = count(tiny_workspace_path)
    other = tmp_path / "comtrade_again_from_a_colleague.csv"
    other.write_bytes((DATA / "comtrade_annual.csv").read_bytes())
    assert main(["import", str(other), *ws, "--on-duplicate", "skip"]) == 0
    assert "4 match other sources' figures (0 replaced, 4 skipped)" in capsys.readouterr().out
    assert count(tiny_workspace_path) == before


def test_importing_a_file_again_stores_nothing_new(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression (issue 16): the default `keep` stored every figure twice on a re-import."""
    args = ["import", str(DATA / "comtrade_annual.csv"), "--workspace", str(tiny_workspace_path)]
    assert main(args) == 0
    before = count(tiny_workspace_path)
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Nothing new: the workspace already holds all 4 figures" in out
    assert count(tiny_workspace_path) == before


def test_new_workspace_is_created_for_an_import(tmp_path: Path) -> None:
    target = tmp_path / "new.duckdb"
    assert main(["import", str(DATA / "imf_imts.csv"), "--workspace", str(target)]) == 0
    assert count(target) == 4


def test_format_override_options_and_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Year,Amount\n2024,5\n", encoding="utf-8")
    ws = str(tmp_path / "w.duckdb")
    assert main(["import", str(table), "--format", "table", "--workspace", ws]) == 2
    assert "indicator" in capsys.readouterr().err
    assert (
        main(
            [
                "import",
                str(table),
                "--format",
                "table",
                "--workspace",
                ws,
                "--option",
                "indicator=x",
                "--option",
                "unit=USD",
                "--option",
                "reporter=AZE",
                "--option",
                "value_column=Amount",
            ]
        )
        == 0
    )
    assert main(["import", str(table), "--option", "nope=1", "--workspace", ws]) == 2
    assert main(["import", str(tmp_path / "missing.csv"), "--workspace", ws]) == 2


def test_a_dry_run_counts_what_the_real_import_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression (issue 16): the dry run planned against an empty catalogue and counted
    every catalogue indicator of the file as new."""
    workspace = str(tmp_path / "new.duckdb")
    path = str(DATA / "comtrade_annual.csv")
    assert main(["import", path, "--workspace", workspace, "--dry-run"]) == 0
    dry = capsys.readouterr().out.splitlines()[-1]
    assert main(["import", path, "--workspace", workspace]) == 0
    real = capsys.readouterr().out.splitlines()[-1]
    assert dry.startswith("would store: ")
    assert real.startswith("stored: ")
    assert dry.removeprefix("would store: ") == real.removeprefix("stored: ")
