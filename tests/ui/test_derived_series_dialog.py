"""Edit > Derived series…: the stored derivations listed with their figures; removing one
is one undoable step; a derivation another one reads cannot be removed first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from pytestqt.qtbot import QtBot

from app.domain.derive.builder import new_derivation
from app.domain.derive.derivations import DerivationKind, SeriesRef
from app.domain.derive.lineage import (
    add_derivation_edit,
    remove_derivation_edit,
    stored_by_derivations,
)
from app.domain.model import Observation, Source
from app.domain.periods import Period, month_index
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.services.storage import DuckDBStorage
from app.ui.derived_series_dialog import DerivedSeriesDialog

INDICATORS = pd.DataFrame(
    [
        {"code": c, "name": c, "topic": "Trade", "unit": "USD", "kind": "flow", "description": ""}
        for c in ("exports_to_partner", "imports_from_partner")
    ]
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[DeskSession]:
    rows = []
    for i, (code, base) in enumerate(
        (("exports_to_partner", 100e6), ("imports_from_partner", 60e6))
    ):
        for year in (2023, 2024):
            obs = Observation(
                code,
                Period(month_index(year, 1), month_index(year, 12)),
                base + (year - 2023) * 10e6,
                "USD",
                "AZE",
                "CHN",
            )
            obs.source_id, obs.obs_id = 1, 1 + 10 * i + (year - 2023)
            rows.append(obs.as_row())
    source = Source(publisher="Customs", published="2025-03-01", source_id=1).as_row()
    path = tmp_path / "derived.duckdb"
    DuckDBStorage.create(path, INDICATORS, pd.DataFrame(rows), pd.DataFrame([source])).close()
    desk = Desk.open(path)
    s = DeskSession(desk, MessageBus())
    refs = (
        SeriesRef("x", "exports_to_partner", "AZE", "CHN"),
        SeriesRef("m", "imports_from_partner", "AZE", "CHN"),
    )
    balance = new_derivation(
        desk.store, DerivationKind.FORMULA, refs, formula="x - m", name="Balance"
    )
    assert s.push(add_derivation_edit(desk.store, balance))
    growth = new_derivation(
        desk.store,
        DerivationKind.YOY,
        (SeriesRef("b", balance.indicator, "AZE", "CHN"),),
        name="Balance growth",
    )
    assert s.push(add_derivation_edit(desk.store, growth))
    yield s
    desk.close()


def derived_count(session: DeskSession) -> int:
    return int((session.store.observations["status"] == "derived").sum())


def test_a_derivation_read_by_another_is_not_removed_first(session: DeskSession) -> None:
    first = int(session.store.records["derivations"]["derivation_id"].min())
    with pytest.raises(ValueError, match="“Balance growth” reads: remove that one first"):
        remove_derivation_edit(session.store, first)


def test_dialog_lists_removes_with_undo_and_recomputes(qtbot: QtBot, session: DeskSession) -> None:
    dialog = DerivedSeriesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["Balance", "Balance growth"]
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["2", "1"]
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)  # the balance: its growth reads it
    dialog.remove_selected()
    assert dialog.message.text().startswith("Not removed: “Balance” writes")
    assert derived_count(session) == 3
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 1
    assert derived_count(session) == 2
    session.undo_stack.undo()
    assert derived_count(session) == 3
    dialog.fill()
    dialog.recompute()
    assert dialog.message.text() == "Derived series are up to date."


def test_deleting_derived_figures_is_told_they_come_back(session: DeskSession) -> None:
    obs = session.store.observations
    ids = [int(i) for i in obs["obs_id"]]
    assert stored_by_derivations(session.store, ids) == 3  # two balances, one growth
    reported = [int(i) for i in obs.loc[obs["status"] != "derived", "obs_id"]]
    assert stored_by_derivations(session.store, reported) == 0
