"""corridor summary --view, corridor brief --view and corridor list views on a workspace
where views were saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.periods import month_index
from app.domain.saved_views import SavedView, save_view, table_state
from app.domain.view import ViewSpec
from app.domain.view_filters import ColumnFilter
from app.services.desk import Desk


@pytest.fixture
def with_views(tiny_workspace_path: Path) -> Path:
    """Two views: tourism of the pair; trade reported by Azerbaijan from 2023 on."""
    tourism = ViewSpec(
        pair=("CHN", "AZE"),
        column_filters=(ColumnFilter("indicator", ("tourist_arrivals_from_partner",)),),
    )
    aze_trade = ViewSpec(
        pair=("CHN", "AZE"),
        column_filters=(
            ColumnFilter("indicator", ("trade_turnover",)),
            ColumnFilter("reporter", ("AZE",)),
            ColumnFilter("period", low=month_index(2023, 1), high=month_index(2025, 12)),
        ),
    )
    desk = Desk.open(tiny_workspace_path)
    try:
        for name, spec in (("Tourism", tourism), ("AZE trade", aze_trade)):
            view = SavedView(name, spec.pair, table_state(spec))
            desk.apply(save_view(desk.store.records, view, dt.date(2026, 1, 15)))
    finally:
        desk.close()
    return tiny_workspace_path


def test_summary_covers_only_the_view(with_views: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--workspace", str(with_views), "--view", "tourism"]) == 0
    text = capsys.readouterr().out
    assert "57,000 persons" in text
    assert "Trade turnover" not in text
    assert "$2.44 bn" not in text
    assert "Only the figures of the saved view “Tourism”" in text
    assert "records, firsts and comparisons count these figures only" in text

    assert main(["summary", "--workspace", str(with_views), "--view", "AZE trade"]) == 0
    text = capsys.readouterr().out
    # Azerbaijan's latest figures within 2023-2025: 2024 and Jan-Jul 2025, not China's
    assert "$3.744 bn" in text
    assert "$2.45 bn" in text
    assert "$2.44 bn" not in text  # reported by China
    assert "57,000" not in text


def test_brief_covers_only_the_view(
    with_views: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.md"
    args = ["brief", "--workspace", str(with_views), "-o", str(out), "--no-charts"]
    args += ["--template", "dossier"]
    assert main([*args, "--view", "Tourism"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "57,000" in text
    assert "Trade turnover" not in text
    assert "saved view “Tourism”" in text
    assert "1 indicators" in capsys.readouterr().out

    assert main([*args, "--view", "AZE trade"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "3.744" in text
    assert "2.44 bn" not in text
    assert "Tourist" not in text
    assert "Period covered: 2023 to 2025" in text
    # 2022 is before the view: the base of comparisons (a record among stored years since
    # 2022), never a figure of the table
    assert "highest of 2 stored years (since 2022)" in text
    assert "| 2022 |" not in text


def test_a_missing_view_lists_the_saved_ones(
    with_views: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--workspace", str(with_views), "--view", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "no saved view 'Nope' (saved views: AZE trade, Tourism)" in err


def test_list_views(with_views: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "views", "--workspace", str(with_views), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "name,pair,selects,figures,saved"
    assert lines[1].startswith("AZE trade,CHN-AZE,")
    assert lines[1].endswith(",2,2026-01-15")  # 2024 and Jan-Jul 2025, reported by AZE
    assert lines[2].startswith("Tourism,CHN-AZE,")
    assert lines[2].endswith(",1,2026-01-15")
