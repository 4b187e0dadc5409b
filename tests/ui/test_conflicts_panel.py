"""The conflicts list: the same tree at once or from a worker; a newer rebuild wins; each
conflict says what it is about and is readable without being cut."""

from __future__ import annotations

import numpy as np
import pandas as pd
from held_runner import HeldRunner

from app.domain.edits import AddObservations
from app.domain.model import Observation, Source
from app.domain.periods import parse_period
from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.ui.conflicts_panel import ConflictsPanel


def add_disagreement(desk: Desk) -> None:
    other = Observation(
        "trade_turnover", parse_period("2024"), 3.5e9, "USD", "AZE", "CHN", obs_id=60, source_id=60
    ).as_row()
    src = Source(publisher="Later outlet", published="2026-01-05", source_id=60).as_row()
    desk.apply(AddObservations(pd.DataFrame([other]), pd.DataFrame([src]), "add"))


def tree(panel: ConflictsPanel) -> list[list[str]]:
    rows = []
    for r in range(panel.model.rowCount()):
        top = panel.model.item(r, 0)
        rows.append([top.text(), panel.model.item(r, 1).text()])
        rows.extend([top.child(c, k).text() for k in range(4)] for c in range(top.rowCount()))
    return rows


def test_worker_and_synchronous_lists_agree(qtbot, tiny_desk: Desk) -> None:
    add_disagreement(tiny_desk)
    store = tiny_desk.store
    everything = np.ones(len(store.observations), dtype=bool)
    at_once, synced = ConflictsPanel(), ConflictsPanel(SyncTaskRunner())
    for panel in (at_once, synced):
        qtbot.addWidget(panel)
        panel.rebuild(store, everything)
    assert len(at_once.conflicts) == 1
    assert tree(synced) == tree(at_once)
    assert ["Later outlet, 2026-01-05", "$3.5 bn", "AZE", ""] in tree(at_once)
    assert at_once.select_obs(60)
    edit = at_once.mark_current_preferred()
    assert edit is not None
    assert 60 in edit.obs_ids


def test_a_newer_rebuild_supersedes_an_older_one(qtbot, tiny_desk: Desk) -> None:
    add_disagreement(tiny_desk)
    store = tiny_desk.store
    runner = TaskRunner()
    panel = ConflictsPanel(runner)
    qtbot.addWidget(panel)
    panel.rebuild(store, np.ones(len(store.observations), dtype=bool))
    none = np.zeros(len(store.observations), dtype=bool)
    panel.rebuild(store, none)
    assert runner.wait(10000)
    qtbot.waitUntil(
        lambda: "Disagreements" in panel.summary.text() and "Looking" not in panel.summary.text()
    )
    qtbot.wait(100)
    assert len(panel.conflicts) == 0
    assert panel.model.rowCount() == 0
    assert panel.summary.text().startswith("Disagreements: 0")


def test_nothing_can_be_marked_while_the_list_is_rebuilt(qtbot, tiny_desk: Desk) -> None:
    add_disagreement(tiny_desk)
    store = tiny_desk.store
    runner = HeldRunner()
    panel = ConflictsPanel(runner)
    qtbot.addWidget(panel)
    everything = np.ones(len(store.observations), dtype=bool)
    panel.rebuild(store, everything)
    runner.finish(0)
    assert panel.select_obs(60)
    assert panel.prefer_button.isEnabled()
    panel.rebuild(store, everything)  # after a change: the old list describes an old store
    assert not panel.prefer_button.isEnabled()
    assert panel.mark_current_preferred() is None
    runner.finish(1)
    assert panel.select_obs(60)
    assert panel.prefer_button.isEnabled()
    assert panel.mark_current_preferred() is not None


def test_a_conflict_names_indicator_period_and_pair_and_is_not_cut(qtbot, tiny_desk: Desk) -> None:
    add_disagreement(tiny_desk)
    store = tiny_desk.store
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 300)  # a narrow dock
    panel.show()
    panel.rebuild(store, np.ones(len(store.observations), dtype=bool))
    top = panel.model.item(0, 0)
    assert top.text() == "Trade turnover · 2024 · AZE–CHN"
    # the whole story is in the tooltip: who disagrees, how far apart, what is used
    tip = top.toolTip()
    assert tip.startswith("Trade turnover · 2024 · AZE–CHN\n2 sources disagree")
    assert "From $3.5 bn to $3.744 bn, 7.0 % apart" in tip
    assert "Charts and summaries use" in tip
    assert panel.model.item(0, 1).text() == "7.0 % apart"
    # the first column is as wide as its longest text (plus the tree's indentation)
    assert panel.tree.columnWidth(0) >= panel.tree.sizeHintForColumn(0)
    child_tip = top.child(0, 0).toolTip()
    assert child_tip.startswith(top.child(0, 0).text())
    assert "quote" in child_tip
    assert panel.summary.text().startswith("Disagreements: 1. Without a preferred value: 1.")
