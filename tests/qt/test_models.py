"""Every Qt model passes qtmodeltester; the table model reads arrays, not pandas, per cell."""

from __future__ import annotations

from unittest import mock

import pandas as pd

from app.qt.catalogue_model import CatalogueModel
from app.qt.messages import MessageBus
from app.qt.observation_model import COLUMN_INDEX, ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk


def session_for(desk: Desk) -> DeskSession:
    return DeskSession(desk, MessageBus())


def test_observation_model_contract(qtmodeltester, tiny_desk: Desk) -> None:
    model = ObservationTableModel(session_for(tiny_desk))
    qtmodeltester.check(model, force_py=True)
    model.spec.text = "trade"
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_catalogue_model_contract(qtmodeltester, tiny_desk: Desk) -> None:
    model = CatalogueModel()
    store = tiny_desk.store
    model.rebuild(store.indicators, store.observations)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2  # Tourism, Trade


def test_data_never_touches_pandas_per_cell(tiny_desk: Desk) -> None:
    model = ObservationTableModel(session_for(tiny_desk))
    with mock.patch.object(pd.DataFrame, "__getitem__", side_effect=AssertionError("pandas")), \
            mock.patch.object(pd.Series, "__getitem__", side_effect=AssertionError("pandas")):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                for role in range(0, 14):
                    model.data(model.index(r, c), role)


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
