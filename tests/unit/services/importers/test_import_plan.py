"""Planning an import against stored figures, and applying it as one transaction."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.services.desk import Desk
from app.services.importers import plan_with_summary, read_file
from app.services.storage import WorkspaceError

HEADER = "indicator,reporter,partner,period,value,unit\n"


def table(tmp_path: Path, body: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


#: 2022 AZE->CHN trade_turnover is stored (2.15e9); 2030 is new; a new indicator too
BODY = (
    "trade_turnover,AZE,CHN,2022,2.2,USD bn\n"
    "trade_turnover,AZE,CHN,2030,9,USD bn\n"
    "gas_exports,AZE,CHN,2024,5,USD mn\n"
)


def figures(desk: Desk, period_text: str) -> list[float]:
    obs = desk.store.observations
    hit = obs[
        (obs["indicator"] == "trade_turnover")
        & (obs["reporter"] == "AZE")
        & (obs["period_text"] == period_text)
    ]
    return sorted(hit["value"].tolist())


def test_keep_both_adds_a_second_source(tiny_desk: Desk, tmp_path: Path) -> None:
    before = len(tiny_desk.store.observations)
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "keep")
    assert (summary.added, summary.matching, summary.replaced) == (3, 1, 0)
    assert summary.new_indicators == 1
    assert summary.new_sources == 1
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.observations) == before + 3
    assert figures(tiny_desk, "2022") == [2.15e9, 2.2e9]
    assert "gas_exports" in set(tiny_desk.store.indicators["code"])
    src = tiny_desk.store.sources.iloc[-1]
    assert (src["kind"], src["title"]) == ("file", "in.csv")


def test_replace_deletes_the_stored_figure_in_the_same_step(
    tiny_desk: Desk, tmp_path: Path
) -> None:
    before = len(tiny_desk.store.observations)
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "replace")
    assert summary.replaced == 1
    tiny_desk.apply(edit)
    assert figures(tiny_desk, "2022") == [2.2e9]
    assert len(tiny_desk.store.observations) == before + 2
    tiny_desk.apply(edit, forward=False)  # one undoable step
    assert figures(tiny_desk, "2022") == [2.15e9]
    assert len(tiny_desk.store.observations) == before


def test_skip_leaves_stored_figures_alone(tiny_desk: Desk, tmp_path: Path) -> None:
    edit, summary = plan_with_summary(read_file(table(tmp_path, BODY)), tiny_desk.store, "skip")
    assert (summary.added, summary.skipped_existing) == (2, 1)
    tiny_desk.apply(edit)
    assert figures(tiny_desk, "2022") == [2.15e9]


def test_workspace_file_matches_memory_after_import_and_undo(
    tiny_workspace_path: Path, tmp_path: Path
) -> None:
    desk = Desk.open(tiny_workspace_path)
    try:
        edit, _ = plan_with_summary(read_file(table(tmp_path, BODY)), desk.store, "replace")
        desk.apply(edit)
        on_disk = desk.workspace.load()
        assert len(on_disk.observations) == len(desk.store.observations)
        assert "gas_exports" in set(on_disk.indicators["code"])
        assert desk.workspace.integrity_problems() == []
        desk.apply(edit, forward=False)
        assert len(desk.workspace.load().observations) == len(desk.store.observations)
    finally:
        desk.close()


def test_a_failing_import_changes_nothing(tiny_workspace_path: Path, tmp_path: Path) -> None:
    desk = Desk.open(tiny_workspace_path)
    try:
        before = desk.workspace.load().observations
        edit, _ = plan_with_summary(read_file(table(tmp_path, BODY)), desk.store, "replace")
        # an obs_id that is already stored makes the insert fail half-way through
        add = edit.edits[-1]
        add.observations.loc[add.observations.index[-1], "obs_id"] = int(
            desk.store.observations["obs_id"].iloc[-1]
        )
        with pytest.raises((WorkspaceError, ValueError)):
            desk.apply(edit)
        with pytest.raises(WorkspaceError):  # the file itself rolls the deletion back
            desk.workspace.apply(edit)
        after = desk.workspace.load().observations
        pd.testing.assert_frame_equal(after, before)
        assert len(desk.store.observations) == len(before)
    finally:
        desk.close()


def test_reimporting_the_same_file_reuses_its_source(tiny_desk: Desk, tmp_path: Path) -> None:
    path = table(tmp_path, BODY)
    tiny_desk.apply(plan_with_summary(read_file(path), tiny_desk.store)[0])
    n = len(tiny_desk.store.sources)
    edit, summary = plan_with_summary(read_file(path), tiny_desk.store, "keep")
    assert summary.new_sources == 0
    tiny_desk.apply(edit)
    assert len(tiny_desk.store.sources) == n
