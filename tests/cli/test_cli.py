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


# --- corridor extract ---------------------------------------------------------------------

SEED_ITEM = Path(__file__).resolve().parents[1] / "data" / "claims"
SEED_ITEM = SEED_ITEM / "seed-press-2025-12-25-china-azerbaijan.txt"


def test_extract_json_has_figures_and_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text(SEED_ITEM.read_text("utf-8"), encoding="utf-8")
    url = "https://example.org/item"
    args = ["extract", "--published", "2025-12-25", "--url", url, "--format", "json", str(path)]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"figures", "claims", "events", "projects"}
    assert out["figures"][0]["value"] == 2440000000.0
    assert out["figures"][0]["period"]["text"].startswith("From January to October")
    assert out["figures"][0]["url"] == url
    types = [c["type"] for c in out["claims"]]
    for kind in ("level", "growth", "record", "record_streak", "rank", "sum_count", "first"):
        assert kind in types
    record = next(c for c in out["claims"] if c["type"] == "record")
    assert (record["period"], record["params"]["expected"]) == ("2025", True)
    assert all(c["url"] == url and c["quote"] for c in out["claims"])
    [forum] = [e for e in out["events"] if e["type"] == "forum"]
    assert (forum["date_start"], forum["note"], forum["url"]) == ("2025-12-25", "", url)
    assert sorted(forum["countries"]) == ["AZE", "CHN"]
    group = next(p for p in out["projects"] if p["capacity"] == 1570)
    assert (group["count"], group["name"], group["stage"]) == (5, "", "agreement")
    assert all(p["url"] == url for p in out["projects"])


def test_extract_pair_gives_countries_where_the_sentence_names_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text("The 240 MW wind power plant was inaugurated on 8 January 2026.", "utf-8")
    assert main(["extract", "--format", "json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["events"][0]["countries"] == []
    assert out["projects"][0]["country"] == ""
    assert main(["extract", "--format", "json", "--pair", "aze-chn", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["events"][0]["countries"] == ["AZE", "CHN"]
    assert out["projects"][0]["country"] == "AZE"
    assert (out["events"][0]["date_start"], out["events"][0]["type"]) == ("2026-01-08", "opening")


def test_extract_table_lists_claims_after_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text(SEED_ITEM.read_text("utf-8"), encoding="utf-8")
    assert main(["extract", "--format", "table", "--published", "2025-12-25", str(path)]) == 0
    out = capsys.readouterr().out
    figures, rest = out.split("\nclaim ")
    claims, rest = rest.split("\nevent ")
    events, projects = rest.split("\nproject ")
    assert "$2.44 bn" in figures
    assert "record_streak" in claims
    assert "length=3" in claims
    assert 'of="large-scale wind energy project"' in claims
    assert "2025-12-25" in events
    assert "forum" in events
    assert "count: 5 (a claim, not a project)" in projects


def test_extract_nothing_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("No figures here.", encoding="utf-8")
    assert main(["extract", str(empty)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "figures": [],
        "claims": [],
        "events": [],
        "projects": [],
    }
    assert main(["extract", "--format", "table", str(empty)]) == 0
    out = capsys.readouterr().out
    assert "no figures found" in out
    assert "no claims found" in out
    assert "no events found" in out
    assert "no project facts found" in out


def test_extract_help_names_the_claims(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert "claims" in capsys.readouterr().out


def test_extract_says_status_and_whether_a_figure_is_between_the_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text(
        "Kazakhstan and China are committed to raise their trade to USD 35 billion by 2030. "
        "Georgia exported wine to 50 countries worth $250 million in 2023.",
        "utf-8",
    )
    assert main(["extract", "--published", "2025-09-01", "--format", "table", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "status" in lines[0]
    assert "between" in lines[0]
    assert "target" in lines[1]
    assert lines[1].endswith("yes")
    assert lines[2].endswith("no (“to 50 countries”)")
    assert main(["extract", "--published", "2025-09-01", "--format", "json", str(path)]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert [f["bilateral"] for f in figures] == [True, False]
    assert [f["status"] for f in figures] == ["target", "actual"]
