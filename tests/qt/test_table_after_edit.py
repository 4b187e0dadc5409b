"""After an edit of values the table's arrays are patched, not extracted again, and say
exactly what a fresh extraction would say; any other change extracts them again."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from app.domain.cell_edit import cell_edit
from app.domain.edits import Delete
from app.qt.columns import TableData
from app.qt.messages import MessageBus
from app.qt.observation_model import ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk


def _same(a: TableData, b: TableData) -> None:
    """Every per-row array and text the cells read is equal in ``a`` and ``b``."""
    for name in ("obs_id", "value", "start", "end", "point", "source_id", "forward"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    np.testing.assert_array_equal(a.group, b.group)
    np.testing.assert_array_equal(a.group_size, b.group_size)
    rows = range(len(a.obs_id))
    for col in a.cats:
        assert [a.text(col, r) for r in rows] == [b.text(col, r) for r in rows], col
    assert [a.period_text[r] for r in rows] == [b.period_text[r] for r in rows]
    assert [a.note[r] for r in rows] == [b.note[r] for r in rows]
    for key, coded in a.text_columns.items():
        assert [coded[r] for r in rows] == [b.text_columns[key][r] for r in rows], key
    changes = [a.change[r] for r in rows], [b.change[r] for r in rows]
    np.testing.assert_array_equal(*changes)
    assert a.edited == b.edited


@pytest.mark.parametrize(
    ("column", "text"),
    [
        ("value", "123.5"),
        ("status", "target"),
        ("note", "checked against the customs table"),
        ("period", "2019"),
    ],
)
def test_an_edit_of_values_patches_the_arrays(tiny_desk: Desk, column: str, text: str) -> None:
    session = DeskSession(tiny_desk, MessageBus())
    model = ObservationTableModel(session)
    before = model._t
    obs_id = int(tiny_desk.store.observations["obs_id"].iat[0])
    edit = cell_edit(tiny_desk.store, obs_id, column, text)
    assert edit is not None
    session.push(edit)
    patched: Any = model._t
    assert patched is not before
    assert patched.is_current(tiny_desk.store)
    assert before is not None
    if column != "period":  # patched, not extracted: the figure groups were kept
        assert patched.group is before.group
    _same(patched, TableData(tiny_desk.store))
    session.undo_stack.undo()  # the undo is patched too
    undone: Any = model._t
    assert undone is not patched
    assert undone.is_current(tiny_desk.store)
    _same(undone, TableData(tiny_desk.store))


def test_rows_deleted_or_two_changes_extract_again(tiny_desk: Desk) -> None:
    store = tiny_desk.store
    t = TableData(store)
    ids = [int(store.observations["obs_id"].iat[0])]
    edit = cell_edit(store, ids[0], "value", "7")
    assert edit is not None
    tiny_desk.apply(edit)
    assert t.after(store, edit.forward()) is not None
    tiny_desk.apply(edit, forward=False)  # a second change the arrays did not see
    assert t.after(store, edit.backward()) is None
    fresh = TableData(store)
    assert fresh.after(store, [Delete(tuple(ids))]) is None  # rows go: not a patch
