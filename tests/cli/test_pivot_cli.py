"""corridor pivot: the grid as text, CSV and XLSX; windows, rows, indicators; clear errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, str, str]:
    code = main(["pivot", "--workspace", str(workspace), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_text_grid_of_the_pair_by_year(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, tiny_workspace_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Corridor pivot: CHN–AZE, calendar years"
    assert lines[1].startswith("Sources: ")
    assert lines[3].split() == ["Indicator", "Unit", "2022", "2023", "2024"]
    assert lines[4].split() == [
        "Trade",
        "turnover",
        "·",
        "AZE",
        "→",
        "CHN",
        "USD",
        "bn",
        "2.15",
        "3.744",
    ]
    assert "AZE → RUS" not in out  # another pair


def test_jan_oct_windows_as_csv(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, tiny_workspace_path, "--freq", "window", "--window", "1-10", "--format", "csv"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Corridor pivot: CHN–AZE, Jan–Oct of each year"]
    assert rows[3] == ["Indicator", "Unit", "Jan–Oct 2025"]
    assert rows[4] == ["Tourist arrivals from partner · AZE → CHN", "persons", "more than 57,000"]
    assert rows[5] == ["Trade turnover · CHN → AZE", "USD bn", "2.44"]


def test_rows_of_pairs_for_one_indicator_to_xlsx(
    tiny_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pairs.xlsx"
    code, out, _ = run(
        capsys,
        tiny_workspace_path,
        "--rows",
        "pair",
        "--indicators",
        "trade_turnover",
        "--format",
        "xlsx",
        "--output",
        str(target),
    )
    assert (code, out.strip()) == (0, f"wrote {target}")
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(target).active]
    assert rows[0][0] == "Corridor pivot: Trade turnover — all pairs, calendar years"
    assert [r[0] for r in rows[4:7]] == [
        "AZE → CHN · Trade turnover",
        "CHN → AZE · Trade turnover",
        "AZE → RUS · Trade turnover",
    ]
    assert rows[6][2:] == [None, None, 1.0]  # USD bn


def test_a_text_grid_to_a_file(
    tiny_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "grid.txt"
    code, _, _ = run(capsys, tiny_workspace_path, "--rows", "reporter", "--output", str(target))
    assert code == 0
    assert "AZE · Trade turnover · with CHN" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--freq", "window", "--window", "10-1"), "a window runs from month 1..12"),
        (("--freq", "window", "--window", "Jan"), "a window is two months such as 1-10"),
        (("--pair", "CHINA"), "a pair is two ISO alpha-3 codes"),
        (("--format", "xlsx"), "give --output FILE.xlsx"),
    ],
)
def test_malformed_requests_are_clear_errors(
    tiny_workspace_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    code, _, err = run(capsys, tiny_workspace_path, *args)
    assert code == 2
    assert message in err
