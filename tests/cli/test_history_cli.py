"""corridor history OBS_ID: the states of a figure after edits in earlier sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.edits import SetValues
from app.services.desk import Desk


def edit_twice(path: Path) -> None:
    """Two sessions: one edits the value, the next the qualifier."""
    with_desk = Desk.open(path)
    try:
        with_desk.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set value to $2.5 bn"))
    finally:
        with_desk.close()
    again = Desk.open(path)
    try:
        again.apply(SetValues([4], {"qualifier": (["exact"], ["about"])}, "Set qualifier"))
    finally:
        again.close()


def test_history_prints_the_states_newest_first(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_twice(tiny_workspace_path)
    assert main(["history", "4", "--workspace", str(tiny_workspace_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Figure 4: Trade turnover, CHN–AZE, Jan–Oct 2025"
    assert "the source gave $2.44 bn" in out[1]
    rows = out[3:]
    assert len(rows) == 3
    assert all(word in rows[0] for word in ("edit (current)", "$2.5 bn", "about"))
    assert "Set value to $2.5 bn" in rows[1]
    assert all(word in rows[2] for word in ("accepted from text", "$2.44 bn", "2025-12-25"))


def test_history_as_json(tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_twice(tiny_workspace_path)
    args = ["--workspace", str(tiny_workspace_path), "history", "4", "--format", "json"]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["value"] for r in rows] == ["$2.5 bn", "$2.5 bn", "$2.44 bn"]
    assert [r["qualifier"] for r in rows] == ["about", "", ""]


def test_a_figure_never_changed_has_one_state(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "1", "--workspace", str(tiny_workspace_path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "accepted from text (current)" in lines[1]


def test_an_unknown_figure_is_a_clear_error(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "999", "--workspace", str(tiny_workspace_path)]) == 2
    assert "there is no figure 999" in capsys.readouterr().err


def test_help_says_what_it_shows(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["history", "--help"])
    out = capsys.readouterr().out
    assert all(word in out for word in ("OBS_ID", "--workspace", "newest first"))
