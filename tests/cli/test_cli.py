"""The corridor command: --version, --help of every subcommand, summary, list, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import COMMAND_MODULES, build_parser, main


def test_version_names_the_libraries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    for word in ("Corridor", "Qt", "PySide6", "pandas", "DuckDB"):
        assert word in out


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert len(commands) == len(COMMAND_MODULES)
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
        assert "--workspace" in capsys.readouterr().out or name == "extract"


def test_summary_to_file_and_stdout(
    tiny_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.html"
    assert (
        main(
            ["summary", "--workspace", str(tiny_workspace_path), "--format", "html", "-o", str(out)]
        )
        == 0
    )
    assert "$2.44 bn" in out.read_text()
    assert main(["--workspace", str(tiny_workspace_path), "summary"]) == 0
    assert "Jan–Oct 2025" in capsys.readouterr().out


def test_list_observations_as_json(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["list", "observations", "--workspace", str(tiny_workspace_path), "--format", "json"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 7
    assert {r["display"] for r in rows} >= {"$2.44 bn", "57,000 persons"}


def test_missing_workspace_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--workspace", str(tmp_path / "none.duckdb")]) == 2
    assert "there is no workspace at" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


def test_bad_pair(tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--workspace", str(tiny_workspace_path), "--pair", "China"]) == 2
    assert "ISO alpha-3" in capsys.readouterr().err


def test_default_workspace_is_created_from_the_bundled_dataset(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["summary", "--pair", "CHN-AZE"]) == 0
    assert "$2.44 bn" in capsys.readouterr().out
