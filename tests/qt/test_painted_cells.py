"""The table's painted cells, made a block of rows at a time (``app.qt.painted_cells``),
say exactly what each column's own methods say: the block functions repeat the columns'
``display`` and ``foreground`` column-wise, and this guards them against drifting apart."""

from __future__ import annotations

from tests.qt.test_models import add_earlier_turnover, session_for

from app.domain.cell_edit import cell_edit
from app.qt.columns import COLUMNS
from app.qt.observation_model import ObservationTableModel
from app.qt.painted_cells import PaintedCells
from app.services.desk import Desk


def _assert_cells_match_columns(model: ObservationTableModel) -> int:
    t = model._data()
    painted = PaintedCells(t, model.order)
    checked = 0
    for row in (*range(model.rowCount() - 1, -1, -1), *range(model.rowCount())):
        at = model.order.item(row)
        for c, column in enumerate(COLUMNS):
            kept = painted.cell(row, c)
            own = (
                column.display(t, at),
                column.align(t, at),
                column.foreground(t, at),
                column.background(t, at),
            )
            assert kept[:4] == own, (row, column.key)
            checked += 1
    return checked


def test_painted_cells_say_what_the_columns_say(qtbot, tiny_desk: Desk) -> None:
    add_earlier_turnover(tiny_desk)  # a figure with a year earlier: a YoY text
    session = session_for(tiny_desk)
    model = ObservationTableModel(session)
    assert _assert_cells_match_columns(model) > 0
    model.update_spec(sort=(("value", False),))  # another order: other blocks
    assert _assert_cells_match_columns(model) > 0
    store = tiny_desk.store
    obs_id = int(store.observations["obs_id"].iat[0])
    edit = cell_edit(store, obs_id, "value", "123456789")
    assert edit is not None
    session.push(edit)
    assert _assert_cells_match_columns(model) > 0
    t = model._data()
    row = int((model.order == int(store.positions([obs_id])[0])).nonzero()[0][0])
    value_column = next(c for c, col in enumerate(COLUMNS) if col.key == "value")
    shown = model.data(model.index(row, value_column))
    assert shown == COLUMNS[value_column].display(t, model.order.item(row))
    assert "123" in shown
