"""Every Qt model passes qtmodeltester; the table model reads arrays, not pandas, per cell."""

from __future__ import annotations

from unittest import mock

import pandas as pd
from tests.conftest import earlier_turnover

from app.qt.catalogue_model import CatalogueModel
from app.qt.messages import MessageBus
from app.qt.observation_model import COLUMN_INDEX, EDITED_ROLE, ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk


def session_for(desk: Desk) -> DeskSession:
    return DeskSession(desk, MessageBus())


def add_earlier_turnover(desk: Desk) -> None:
    from app.domain.edits import AddObservations

    desk.apply(AddObservations(pd.DataFrame([earlier_turnover()]), pd.DataFrame(), "add"))


def test_observation_model_contract(qtmodeltester, tiny_desk: Desk) -> None:
    model = ObservationTableModel(session_for(tiny_desk))
    qtmodeltester.check(model, force_py=True)
    model.update_spec(text="trade")
    qtmodeltester.check(model, force_py=True)


def test_catalogue_model_contract(qtmodeltester, tiny_desk: Desk) -> None:
    model = CatalogueModel()
    store = tiny_desk.store
    model.rebuild(store.indicators, store.observations)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2  # Tourism, Trade


def test_data_never_touches_pandas_per_cell(tiny_desk: Desk) -> None:
    model = ObservationTableModel(session_for(tiny_desk))
    with (
        mock.patch.object(pd.DataFrame, "__getitem__", side_effect=AssertionError("pandas")),
        mock.patch.object(pd.Series, "__getitem__", side_effect=AssertionError("pandas")),
    ):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                for role in [*range(0, 14), EDITED_ROLE]:
                    model.data(model.index(r, c), role)


def test_multi_data_says_what_data_says_for_every_role(qtbot, tiny_desk: Desk) -> None:
    """Qt's delegate asks a cell's roles through multiData and reuses the entries from cell
    to cell: each role is what data() says, and a role with no answer is cleared."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtGui import QColor

    model = ObservationTableModel(session_for(tiny_desk))
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in [*range(0, 14), EDITED_ROLE]:
                entry = QModelRoleData(role)
                entry.setData(QColor(1, 2, 3))  # a previous cell's answer
                model.multiData(index, QModelRoleDataSpan(entry))
                assert entry.data() == model.data(index, role), (r, c, role)


def test_the_view_paints_cells_through_multi_data(qtbot, tiny_desk: Desk) -> None:
    from PySide6.QtWidgets import QTableView

    asked: list[int] = []

    class Counting(ObservationTableModel):
        def data(self, index, role=0):  # type: ignore[no-untyped-def]
            asked.append(role)
            return super().data(index, role)

    model = Counting(session_for(tiny_desk))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.viewport().grab()
    assert asked == []  # seven roles a cell, one Python call a cell


def test_value_display_and_invalid_edit(qtbot, tiny_desk: Desk) -> None:
    model = ObservationTableModel(session_for(tiny_desk))
    row = model.row_of(4)
    idx = model.index(row, COLUMN_INDEX["value"])
    assert model.data(idx) == "$2.44 bn"
    with qtbot.waitSignal(model.edit_rejected) as blocker:
        assert not model.setData(idx, "two point four")
    assert "not a number" in blocker.args[0]
    assert model.setData(idx, "2.5 bn")
    assert model.data(idx) == "$2.5 bn"
    assert model.data(idx, EDITED_ROLE)  # no longer what the source gave: its delegate marks it
    assert not model.data(model.index(row, COLUMN_INDEX["period"]), EDITED_ROLE)


def test_large_selections_get_their_analytics_from_a_worker(
    qtbot, tiny_desk: Desk, monkeypatch
) -> None:
    """Above BACKGROUND_ROWS the YoY/claim columns fill in after the table is shown."""
    import numpy as np
    from PySide6.QtCore import Qt

    from app.qt import observation_model as om
    from app.qt.tasks import TaskRunner

    monkeypatch.setattr(om, "BACKGROUND_ROWS", 2)
    add_earlier_turnover(tiny_desk)  # figure 4 grows +22.0 % on it
    session = session_for(tiny_desk)
    runner = TaskRunner()
    model = ObservationTableModel(session, runner=runner)
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        model.update_spec(mask=np.ones(len(tiny_desk.store.observations), dtype=bool))
        assert model.analytics.yoy == {}  # not yet: the worker computes it
    cell = model.index(model.row_of(4), COLUMN_INDEX["yoy"])
    assert model.data(cell) == "+22.0 %"
    assert "Jan–Oct 2024" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert runner.wait(10000)


def test_long_text_is_cut_in_the_view_not_in_storage(tiny_desk: Desk) -> None:
    from app.domain.edits import SetValues
    from app.qt.observation_model import MAX_CELL_TEXT

    huge = "x" * 1_000_000
    tiny_desk.apply(SetValues([4], {"note": ([""], [huge])}, "long note"))
    model = ObservationTableModel(session_for(tiny_desk))
    shown = model.data(model.index(model.row_of(4), COLUMN_INDEX["note"]))
    assert len(shown) == MAX_CELL_TEXT
    stored = tiny_desk.workspace.load().observations.set_index("obs_id").loc[4, "note"]
    assert stored == huge


def test_orders_of_large_stores_are_computed_in_a_worker(
    qtbot, tiny_desk: Desk, monkeypatch
) -> None:
    from app.qt import observation_model as om
    from app.qt.tasks import TaskRunner

    monkeypatch.setattr(om, "BACKGROUND_ORDER_ROWS", 3)
    model = ObservationTableModel(session_for(tiny_desk), runner=TaskRunner())
    shown = model.rowCount()
    with qtbot.waitSignal(model.rows_changed, timeout=10000) as blocker:
        model.update_spec(text="tourist")
        assert model.rowCount() == shown  # still the old rows while the worker sorts
    assert blocker.args == [1]
    assert model.rowCount() == 1
    # a second request supersedes a first one still running: only the last one lands
    model.update_spec(text="trade")
    with qtbot.waitSignal(model.rows_changed, timeout=10000):
        model.update_spec(text="")
    qtbot.wait(200)
    assert model.rowCount() == shown


def test_a_target_value_is_coloured_and_says_so(qtbot, tiny_desk: Desk) -> None:
    from PySide6.QtCore import Qt

    from app.domain.edits import SetValues
    from app.qt.columns import FORWARD_COLOUR

    session = session_for(tiny_desk)
    model = ObservationTableModel(session)
    old = tiny_desk.store.get(4, "status")
    session.push(SetValues([4], {"status": ([old], ["target"])}, "mark as target"))
    idx = model.index(model.row_of(4), COLUMN_INDEX["value"])
    assert model.data(idx, Qt.ItemDataRole.ForegroundRole) == FORWARD_COLOUR
    assert "A target, not an outcome." in model.data(idx, Qt.ItemDataRole.ToolTipRole)
    session.undo_stack.undo()
    assert model.data(idx, Qt.ItemDataRole.ForegroundRole) is None


def test_the_first_analytics_come_from_a_worker_once_the_event_loop_runs(
    qtbot, tiny_desk: Desk
) -> None:
    """Start-up: the window is shown before the claim checks are first loaded; the columns
    fill in from the worker, and later small selections are computed at once again."""
    from app.qt.tasks import TaskRunner

    add_earlier_turnover(tiny_desk)  # figure 4 grows +22.0 % on it
    runner = TaskRunner()
    model = ObservationTableModel(session_for(tiny_desk), runner=runner)
    model.update_spec(pair=("CHN", "AZE"))
    assert not model.analytics_warm
    assert len(model.analytics.yoy) == 0
    qtbot.waitUntil(lambda: model.analytics_warm, timeout=10000)
    filled = model.analytics
    assert model.data(model.index(model.row_of(4), COLUMN_INDEX["yoy"])) == "+22.0 %"
    model.update_spec(pair=("AZE", "CHN"))
    model.update_spec(pair=("CHN", "AZE"))
    assert dict(model.analytics.claims) == dict(filled.claims)  # at once, warm now
    assert dict(model.analytics.yoy) == dict(filled.yoy)
    assert runner.wait(10000)


def test_a_newer_first_analytics_request_replaces_a_waiting_one(qtbot, tiny_desk: Desk) -> None:
    from app.qt.tasks import TaskRunner

    runner = TaskRunner()
    model = ObservationTableModel(session_for(tiny_desk), runner=runner)
    model.update_spec(pair=("AZE", "RUS"))
    model.update_spec(pair=("CHN", "AZE"))  # before the event loop ran: only this one runs
    qtbot.waitUntil(lambda: model.analytics_warm, timeout=10000)
    alone = ObservationTableModel(session_for(tiny_desk))
    alone.update_spec(pair=("CHN", "AZE"))
    assert dict(model.analytics.claims) == dict(alone.analytics.claims)
    assert dict(model.analytics.yoy) == dict(alone.analytics.yoy)
    assert runner.wait(10000)
