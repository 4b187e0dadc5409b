"""Two people on one team workspace (a real PostgreSQL server): what one changes appears in
the other's window, a change made over theirs is explained and can be applied again, and a
viewer's window cannot change anything."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_main_window import make_window

from app.domain.edits import SetValues
from app.domain.records import RECORD_TABLES
from app.domain.remote import RemoteChange
from app.qt.observation_model import COLUMN_INDEX
from app.services.desk import Desk
from app.ui.live_updates import CHANGED_BY, ConflictDialog, changes_text

VALUE = COLUMN_INDEX["value"]
WAIT = 5000  # ms: the watcher hears a commit within a second


def login(superuser_url: str, name: str, group: str) -> None:
    """A login role on the session's server in ``group`` (corridor_viewer, _editor)."""
    with psycopg.connect(superuser_url, autocommit=True) as con:
        con.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"'{name}') THEN CREATE ROLE {name} LOGIN; END IF; END $$"
        )
        con.execute(f"GRANT {group} TO {name}")


def url_as(pg_server, url: str, user: str) -> str:
    return pg_server.url(url.rsplit("/", 1)[1], user=user)


@pytest.fixture
def desks(qtbot) -> Iterator[Callable[[str], Desk]]:
    """Opens desks and closes them (and their watchers) after the test, after the windows
    over them (a window closed after its desk could still pull through a new connection)."""
    opened: list[Desk] = []

    def open_desk(url: str) -> Desk:
        opened.append(Desk.open(url, write=True))
        return opened[-1]

    yield open_desk
    for w in QApplication.topLevelWidgets():
        w.close()
    for desk in opened:
        desk.close()


def window(qtbot, desk: Desk, settings: Path):
    """A window over ``desk`` with settings of its own (``settings``: a new folder)."""
    settings.mkdir()
    return make_window(qtbot, desk, settings)


def shown_value(w, obs_id: int) -> str:
    return str(w.model.data(w.model.index(w.model.row_of(obs_id), VALUE)))


@pytest.fixture
def anna_url(tiny_pg_url: str, pg_server) -> str:
    login(tiny_pg_url, "anna", "corridor_editor")
    return url_as(pg_server, tiny_pg_url, "anna")


def test_an_edit_in_one_window_appears_in_the_other(
    qtbot, tiny_pg_url: str, anna_url: str, desks, tmp_path: Path
) -> None:
    mine = window(qtbot, desks(tiny_pg_url), tmp_path / "mine")
    hers = window(qtbot, desks(anna_url), tmp_path / "hers")
    assert "anna (editor)" in hers.windowTitle()
    assert "anna (editor)" in hers.live.where.text()
    mine.table.select_obs(4)
    scroll = mine.table.view.verticalScrollBar().value()
    assert hers.model.setData(hers.model.index(hers.model.row_of(4), VALUE), "2.7 bn")
    qtbot.waitUntil(lambda: shown_value(mine, 4) == "$2.7 bn", timeout=WAIT)
    assert mine.statusBar().currentMessage() == "1 figure changed by anna"
    # the chart after a change is made by a worker and drawn when ready
    qtbot.waitUntil(lambda: not mine.chart_pending, timeout=WAIT)
    assert mine.chart.marker_values()[4] == 2.7
    assert mine.current_obs_id() == 4  # the selection stayed
    # a deletion and an addition arrive as a layout change: the selection stays too
    rows = mine.model.rowCount()
    hers.edits.delete_ids([7])
    qtbot.waitUntil(lambda: mine.model.rowCount() == rows - 1, timeout=WAIT)
    assert mine.current_obs_id() == 4
    assert mine.table.view.verticalScrollBar().value() == scroll
    hers.session.undo_stack.undo()  # her undo brings figure 7 back for both
    qtbot.waitUntil(lambda: mine.model.rowCount() == rows, timeout=WAIT)
    assert mine.model.row_of(7) >= 0
    assert mine.current_obs_id() == 4
    # her own window heard nothing from itself
    assert "changed by" not in hers.statusBar().currentMessage()


def test_a_conflicting_edit_is_explained_and_my_value_can_be_applied_again(
    qtbot, tiny_pg_url: str, anna_url: str, desks, tmp_path: Path
) -> None:
    mine = window(qtbot, desks(tiny_pg_url), tmp_path / "mine")
    anna = desks(anna_url)
    old = anna.store.get(4, "value")
    # anna writes first; this window has not heard yet (nothing ran its event loop)
    anna.apply(SetValues([4], {"value": ([old], [2.7e9])}, "Set value"))
    conflicts: list[tuple[object, str]] = []
    mine.session.conflict.connect(lambda edit, message: conflicts.append((edit, message)))
    assert not mine.model.setData(mine.model.index(mine.model.row_of(4), VALUE), "2.6 bn")
    assert len(conflicts) == 1
    edit, message = conflicts[0]
    assert isinstance(edit, SetValues)
    assert "changed by anna" in message
    assert "2,700,000,000" in message
    assert "was not saved" in message
    assert shown_value(mine, 4) == "$2.7 bn"  # their value, pulled at once
    assert mine.session.undo_stack.count() == 0  # the refused command was dropped
    dialog = mine.live.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    assert dialog.text() == message
    assert dialog.apply_button is not None
    assert dialog.apply_button.text() == "&Apply my value again"
    assert dialog.keep_button.text() == "&Keep theirs"
    dialog.apply_button.click()
    assert shown_value(mine, 4) == "$2.6 bn"
    assert mine.session.undo_stack.count() == 1
    _ops, change = anna.pull()
    assert change is not None
    assert change.who == Counter({"corridor_test": 1})
    assert anna.store.get(4, "value") == 2.6e9


def test_an_undo_over_someone_elses_change_is_a_conflict_too(
    qtbot, tiny_pg_url: str, anna_url: str, desks, tmp_path: Path
) -> None:
    mine = window(qtbot, desks(tiny_pg_url), tmp_path / "mine")
    anna = desks(anna_url)
    assert mine.model.setData(mine.model.index(mine.model.row_of(4), VALUE), "2.6 bn")
    anna.pull()
    anna.apply(SetValues([4], {"value": ([2.6e9], [2.8e9])}, "Set value"))
    conflicts: list[tuple[object, str]] = []
    mine.session.conflict.connect(lambda edit, message: conflicts.append((edit, message)))
    mine.session.undo_stack.undo()
    assert len(conflicts) == 1
    undo, message = conflicts[0]
    assert "changed by anna" in message
    assert isinstance(undo, SetValues)
    assert undo.columns["value"][1] == (2.44e9,)  # what the undo would have put back
    assert shown_value(mine, 4) == "$2.8 bn"
    assert mine.session.undo_stack.count() == 0
    mine.live.conflict_dialog.keep_button.click()  # keep theirs: nothing is written
    assert shown_value(mine, 4) == "$2.8 bn"


def test_a_viewer_gets_a_read_only_window(
    qtbot, tiny_pg_url: str, pg_server, desks, tmp_path: Path
) -> None:
    login(tiny_pg_url, "victor", "corridor_viewer")
    w = window(qtbot, desks(url_as(pg_server, tiny_pg_url, "victor")), tmp_path / "victor")
    assert w.session.desk.read_only
    assert "victor (viewer)" in w.windowTitle()
    assert "[read-only]" in w.windowTitle()
    assert "victor (viewer)" in w.live.where.text()
    for action_id in ("edit.add", "edit.delete", "file.import", "file.fetch", "edit.derive"):
        assert not w.actions_by_id[action_id].isEnabled(), action_id
    assert w.actions_by_id["file.export_briefing"].isEnabled()
    idx = w.model.index(w.model.row_of(4), VALUE)
    assert not w.model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert not w.model.setData(idx, "2.6 bn")  # refused before the server is asked
    edit = SetValues([4], {"value": ([2.44e9], [2.6e9])}, "Set value")
    assert not w.session.push(edit)
    message = w.statusBar().currentMessage()
    assert "as victor, a viewer" in message
    assert shown_value(w, 4) == "$2.44 bn"


def test_a_viewer_still_sees_others_changes(
    qtbot, tiny_pg_url: str, anna_url: str, pg_server, desks, tmp_path: Path
) -> None:
    login(tiny_pg_url, "victor", "corridor_viewer")
    w = window(qtbot, desks(url_as(pg_server, tiny_pg_url, "victor")), tmp_path / "victor")
    anna = desks(anna_url)
    anna.apply(SetValues([4, 5], {"note": (("", ""), ("checked", "checked"))}, "Set note"))
    qtbot.waitUntil(
        lambda: w.statusBar().currentMessage() == "2 figures changed by anna", timeout=WAIT
    )
    assert w.session.store.get(5, "note") == "checked"


def test_the_status_words() -> None:
    change = RemoteChange(pd.DataFrame({"obs_id": [1, 2, 3]}), who=Counter(anna=2, bob=1))
    assert changes_text(change) == "2 figures changed by anna, 1 by bob"
    claims = RemoteChange(
        pd.DataFrame(), records={"claims": pd.DataFrame({"claim_id": [1]})}, who=Counter(bob=1)
    )
    assert changes_text(claims) == "1 claim changed by bob"
    mixed = RemoteChange(pd.DataFrame(), removed=(4,), records=claims.records, who=Counter(c=2))
    assert changes_text(mixed) == "2 items changed by c"
    two = RemoteChange(
        pd.DataFrame(), records={"entities": pd.DataFrame({"entity_id": [1, 2]})}, who=Counter(d=2)
    )
    assert changes_text(two) == "2 entities changed by d"
    one = RemoteChange(pd.DataFrame({"obs_id": [7]}), who=Counter(e=1))
    assert changes_text(one) == "1 figure changed by e"
    # every kind of record has its own sentence (a new record table needs one too)
    assert {t.noun for t in RECORD_TABLES.values()} <= set(CHANGED_BY)
    for noun, (single, several) in CHANGED_BY.items():
        words = noun.split()[-1][:4]
        assert single().startswith("1 "), noun
        assert words in single(), noun
        assert several(3).startswith("3 "), noun
        assert words in several(3), noun
