"""File > Refresh fetched figures: ask a stored query again, list what the portal revised,
keep the earlier values as vintages, undo a refresh; Refresh this series from the window.

The replay server serves the World Bank's recorded answer; for the revision the recorded
body is changed in memory (one value, 1997: 31,270 -> 31,500), as a revised publication
would be, and says so here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytest_httpserver import HTTPServer
from test_fetch_dialog import (  # the World Bank replay and the in-memory keyring
    CODE,
    META_PATH,
    WB_FILE,
    WB_PATH,
    base_urls,
    fast_client,
    memory_keyring,  # noqa: F401
    metadata,
    serve_worldbank,
)
from tests.unit.services.fetch.conftest import _no_proxy, recorded  # noqa: F401

from app.domain.vintages import figure_vintages
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.services.fetch.base import FetchRequest
from app.services.fetch.run import fetch, plan
from app.ui import refresh_dialog as refresh_dialog_module
from app.ui.refresh_dialog import RefreshDialog

OLD, NEW = 31270.0, 31500.0


def revised_body() -> bytes:
    """The recorded answer with 1997 revised from 31,270 to 31,500 (changed in memory)."""
    doc = json.loads(recorded(WB_FILE))
    (row,) = [r for r in doc[1] if r["date"] == "1997"]
    assert row["value"] == OLD
    row["value"] = NEW
    return json.dumps(doc).encode()


def fetch_into(session: DeskSession, server: HTTPServer) -> None:
    """The first fetch of USA-CAN GNI per capita 1990–1997, stored as the dialog would."""
    request = FetchRequest("worldbank", ("USA",), ("CAN",), (CODE,), "1990", "1997")
    http = fast_client()
    try:
        fetched = fetch(request, http, base_urls(server)["worldbank"])
    finally:
        http.close()
    edit, _summary = plan(fetched, session.store)
    assert session.push(edit)


def serve_again(server: HTTPServer, body: bytes) -> None:
    server.clear_all_handlers()
    server.expect_request(WB_PATH).respond_with_data(body, content_type="application/json")
    server.expect_request(META_PATH).respond_with_data(metadata(), content_type="application/json")


def value_1997(desk: Desk) -> tuple[int, float]:
    obs = desk.store.observations
    row = obs[(obs["indicator"] == CODE) & (obs["period_text"].astype(str) == "1997")]
    assert len(row) == 1
    return int(row["obs_id"].iloc[0]), float(row["value"].iloc[0])


@pytest.fixture
def session(tiny_desk: Desk, qtbot) -> DeskSession:
    return DeskSession(tiny_desk, MessageBus())


def make(qtbot, session: DeskSession, server: HTTPServer, runner=None, **kw) -> RefreshDialog:
    dialog = RefreshDialog(
        session,
        runner or SyncTaskRunner(),
        base_urls(server),
        fast_client,
        **kw,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_refresh_lists_the_revision_keeps_a_vintage_and_undo_restores(
    qtbot, tiny_desk: Desk, session: DeskSession, httpserver: HTTPServer
) -> None:
    serve_worldbank(httpserver)
    fetch_into(session, httpserver)
    obs_id, value = value_1997(tiny_desk)
    assert value == OLD
    steps = session.undo_stack.count()

    # asked again with the same answer: nothing changes
    dialog = make(qtbot, session, httpserver)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "World Bank Indicators API"
    assert "NY.GNP.PCAP.CD for USA, CAN, 1990–1997" in dialog.table.item(0, 0).text()
    dialog.refresh_all()
    assert dialog.change_lines()[-1].endswith(": no change since the last fetch.")
    assert value_1997(tiny_desk) == (obs_id, OLD)

    # the portal revised 1997: a worker thread asks, the dialog lists the change
    serve_again(httpserver, revised_body())
    runner = TaskRunner(QThreadPool())
    dialog = make(qtbot, session, httpserver, runner)
    dialog.select_ids(dialog.listed_ids())
    assert dialog.selected_button.isEnabled()
    dialog.selected_button.click()
    assert dialog.busy
    assert dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    lines = dialog.change_lines()
    assert "1 revised" in lines[0]
    (change,) = lines[1:]  # the query's change lines follow its heading, indented
    assert change.strip().startswith("World Bank revised")
    assert "1997" in change
    assert "31,270" in change
    assert "31,500" in change
    assert change.index("31,270") < change.index("31,500")  # from the old to the new
    assert "Done. 1 query asked again, 1 with changes." in dialog.status.text()
    assert "revised" in dialog.table.item(0, 3).text()  # the stored query's outcome

    new_id, new_value = value_1997(tiny_desk)
    assert new_value == NEW
    vintages = tiny_desk.store.records["vintages"]
    assert figure_vintages(vintages, new_id)[0].startswith("$31,270")
    assert (vintages["value"].astype(float) == OLD).sum() == 1
    assert tiny_desk.workspace.load().observations.set_index("obs_id").loc[new_id, "value"] == NEW

    # one undo step per refreshed query; undo puts the old value back
    assert session.undo_stack.count() == steps + 2
    assert session.undo_stack.undoText().startswith("Refresh World Bank Indicators API")
    session.undo_stack.undo()
    assert value_1997(tiny_desk)[1] == OLD
    vintages = tiny_desk.store.records.get("vintages")
    assert vintages is None or not (vintages["value"].astype(float) == OLD).any()


def test_a_failing_query_is_listed_and_the_rest_go_on(
    qtbot, tiny_desk: Desk, session: DeskSession, httpserver: HTTPServer
) -> None:
    serve_worldbank(httpserver)
    fetch_into(session, httpserver)
    httpserver.clear_all_handlers()
    httpserver.expect_request(WB_PATH).respond_with_data("gone", status=404)
    dialog = make(qtbot, session, httpserver)
    dialog.refresh_all()
    (line,) = dialog.change_lines()
    assert "could not refresh" in line
    assert "answered 404" in line
    assert "1 failed" in dialog.status.text()
    assert value_1997(tiny_desk)[1] == OLD


def test_no_stored_query_says_so(qtbot, session: DeskSession, httpserver: HTTPServer) -> None:
    dialog = make(qtbot, session, httpserver)
    assert dialog.table.rowCount() == 0
    assert "No fetched figures" in dialog.status.text()
    assert not dialog.all_button.isEnabled()
    assert not dialog.selected_button.isEnabled()


def test_refresh_this_series_from_the_window(
    qtbot, tiny_desk: Desk, tmp_path: Path, httpserver: HTTPServer, monkeypatch
) -> None:
    from app.main import create_main_window

    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.fetches.base_urls = base_urls(httpserver)
    w.fetches.client_factory = fast_client
    messages: list[str] = []
    w.bus.message.connect(lambda _level, text, _details: messages.append(text))

    # the window's series (trade turnover of CHN-AZE) was not fetched: a clear message
    assert w.indicator[0] == "trade_turnover"
    w.actions_by_id["file.refresh_series"].trigger()
    assert "was not fetched from a portal" in messages[-1]
    assert "trade_turnover for CHN–AZE" in messages[-1]

    serve_worldbank(httpserver)
    fetch_into(w.session, httpserver)
    serve_again(httpserver, revised_body())
    shown: list[list[int]] = []

    class Watched(RefreshDialog):
        def exec(self) -> int:  # the refresh started before exec; wait for it, then close
            qtbot.waitUntil(lambda: not self.busy, timeout=10000)
            shown.append(self.listed_ids())
            self.reject()
            return self.result()

    monkeypatch.setattr(refresh_dialog_module, "RefreshDialog", Watched)  # imported when run
    w.fetches.refresh_series(CODE, "USA", "CAN")
    assert shown == [[int(tiny_desk.store.records["fetches"]["fetch_id"].iloc[0])]]
    assert messages[-1] == "Refreshed 1 fetched query: 1 with changes."
    assert value_1997(tiny_desk)[1] == NEW
