"""File > Fetch from a portal: preview, import, undo, Cancel mid-download, errors, the key.

The portal is the replay server of the fetch tests (pytest-httpserver on loopback) serving
the World Bank's recorded answer byte for byte; the dialog is pointed at it through
``base_urls``. No test touches the network, the user's settings or the system keyring (an
in-memory keyring stands in).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QLineEdit
from pytest_httpserver import HTTPServer
from tests.unit.services.fetch.conftest import MemoryKeyring, _no_proxy, recorded  # noqa: F401
from werkzeug import Request, Response

from app.qt.settings import Settings
from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.services.fetch import secrets
from app.services.fetch.base import Call, Connector, FetchRequest
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import CONNECTORS
from app.ui import fetch_dialog as fetch_dialog_module
from app.ui.fetch_dialog import FetchDialog

WB_FILE = "wbapi_v2_us_gni_per_capita_1990_1997.json"
CODE = "NY.GNP.PCAP.CD"
#: what the connector asks for the pair USA-CAN (both countries in one call)
WB_PATH = f"/country/USA;CAN/indicator/{CODE}"
META_PATH = f"/indicator/{CODE}"
JSON = "application/json"
KEY = "s3cret-subscription-key-42"


def fast_client() -> HttpClient:
    """The production policy with short timeouts and no retries (a 404 or 500 is final)."""
    return HttpClient(connect_timeout=2.0, read_timeout=10.0, retries=0, sleep=lambda _s: None)


def metadata() -> bytes:
    """The indicator's metadata answer, written here (the recording has the data only)."""
    head = {"page": 1, "pages": 1, "per_page": 50, "total": 1}
    row = {
        "id": CODE,
        "name": "GNI per capita, Atlas method (current US$)",
        "sourceOrganization": "World Bank national accounts data",
    }
    return json.dumps([head, [row]]).encode()


def serve_worldbank(server: HTTPServer, body: bytes | None = None) -> None:
    server.expect_request(WB_PATH).respond_with_data(
        recorded(WB_FILE) if body is None else body, content_type=JSON
    )
    server.expect_request(META_PATH).respond_with_data(metadata(), content_type=JSON)


def base_urls(server: HTTPServer, name: str = "worldbank") -> dict[str, str]:
    return {name: server.url_for("").rstrip("/")}


def fill(dialog: FetchDialog, source: str = "worldbank") -> None:
    """Choose the source, the pair USA-CAN, the indicator and 1990–1997, as a user types."""
    form = dialog.form
    form.set_source(source)
    for edit, text in (
        (form.reporter, "USA"),
        (form.partner, "CAN"),
        (form.indicators, CODE),
        (form.start, "1990"),
        (form.end, "1997"),
    ):
        edit.setText(text)


def make(qtbot, desk: Desk, server: HTTPServer, runner: TaskRunner | None = None, **kw):
    kw.setdefault("base_urls", base_urls(server))
    dialog = FetchDialog(
        desk.store,
        runner or SyncTaskRunner(),
        client_factory=fast_client,
        pair=("CHN", "AZE"),
        **kw,
    )
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture(autouse=True)
def memory_keyring():
    """Never the real keyring: an in-memory one for every test here."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


# --- end to end through the window's File menu -------------------------------------------------


def test_fetch_preview_import_and_undo_from_the_file_menu(
    qtbot, tiny_desk: Desk, tmp_path: Path, httpserver: HTTPServer, monkeypatch
) -> None:
    from app.main import create_main_window

    serve_worldbank(httpserver)
    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.fetches.base_urls = base_urls(httpserver)
    w.fetches.client_factory = fast_client
    seen: dict[str, object] = {}

    class Driven(FetchDialog):
        """The dialog as a user drives it: prefilled pair seen, fields typed, Preview (the
        window's real task runner: a worker thread), Import."""

        def exec(self) -> int:
            seen["prefilled"] = (self.form.reporter.text(), self.form.partner.text())
            fill(self)
            self.preview_button.click()
            qtbot.waitUntil(lambda: self.preview_result() is not None, timeout=10000)
            seen["rows"] = self.preview_model.rowCount()
            seen["status"] = self.status.text()
            seen["notes"] = self.notes.text()
            self.ok_button.click()
            return self.result()

    monkeypatch.setattr(fetch_dialog_module, "FetchDialog", Driven)  # imported when run
    messages: list[str] = []
    w.bus.message.connect(lambda _level, text, _details: messages.append(text))
    before = len(tiny_desk.store.observations)
    w.actions_by_id["file.fetch"].trigger()

    assert seen["prefilled"] == ("CHN", "AZE")  # the window's pair
    assert seen["rows"] == 8
    assert "8 figures read from World Bank" in str(seen["status"])
    assert "8 new figures" in str(seen["status"])
    assert "Query: http://" in str(seen["notes"])
    assert "date=1990:1997" in str(seen["notes"])
    assert "national accounts" in str(seen["notes"])  # the metadata's source note
    store = tiny_desk.store
    assert len(store.observations) == before + 8
    fetched = store.observations[store.observations["indicator"] == CODE]
    assert sorted(fetched["period_text"].astype(str)) == [str(y) for y in range(1990, 1998)]
    sources = store.sources[store.sources["kind"].astype(str) == "fetch"]
    assert len(sources) == 1
    assert set(fetched["source_id"]) == {int(sources["source_id"].iloc[0])}
    assert str(sources["publisher"].iloc[0]) == "World Bank"
    queries = store.records["fetches"]
    assert len(queries) == 1
    assert queries["connector"].iloc[0] == "worldbank"
    assert FetchRequest.from_json(queries["request"].iloc[0]).indicators == (CODE,)
    assert messages
    assert messages[-1].startswith("Fetched from World Bank Indicators API")
    # the workspace on disk holds them too (one transaction)
    assert len(tiny_desk.workspace.load().observations) == before + 8

    w.actions_by_id["edit.undo"].trigger()
    assert len(store.observations) == before
    assert not (store.observations["indicator"] == CODE).any()
    assert store.records.get("fetches") is None or len(store.records["fetches"]) == 0
    assert len(tiny_desk.workspace.load().observations) == before


# --- the dialog alone -----------------------------------------------------------------------------


def test_cancel_mid_download_leaves_nothing(qtbot, tiny_desk: Desk, httpserver: HTTPServer) -> None:
    asked, release = threading.Event(), threading.Event()

    def slow(_request: Request) -> Response:
        asked.set()
        release.wait(10)  # the portal answers only once the test has cancelled
        return Response(recorded(WB_FILE), content_type=JSON)

    httpserver.expect_request(WB_PATH).respond_with_handler(slow)
    httpserver.expect_request(META_PATH).respond_with_data(metadata(), content_type=JSON)
    runner = TaskRunner(QThreadPool())
    dialog = make(qtbot, tiny_desk, httpserver, runner)
    before = len(tiny_desk.store.observations)
    fill(dialog)
    dialog.preview_button.click()
    assert asked.wait(5), "the portal was never asked"
    assert dialog.busy
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert "cancelled" in dialog.status.text()
    assert "nothing was stored" in dialog.status.text()
    assert not dialog.cancel_button.isEnabled()
    release.set()
    assert runner.wait(10000)
    qtbot.wait(50)  # the worker's late end reaches the GUI thread, and is dropped
    assert "cancelled" in dialog.status.text()
    assert dialog.preview_result() is None
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # disabled: nothing happens
    assert dialog.planned_edit() is None
    assert len(tiny_desk.store.observations) == before
    assert "fetches" not in tiny_desk.store.records or tiny_desk.store.records["fetches"].empty
    assert len(tiny_desk.workspace.load().observations) == before
    # the cancelled download did not go on to the metadata call
    assert [r.path for r, _ in httpserver.log] == [WB_PATH]


def test_a_404_is_a_sentence_in_the_dialog(qtbot, tiny_desk: Desk, httpserver: HTTPServer) -> None:
    httpserver.expect_request(WB_PATH).respond_with_data(
        '[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter '
        'value is not valid"}]}]',
        status=404,
        content_type=JSON,
    )
    dialog = make(qtbot, tiny_desk, httpserver)
    fill(dialog)
    dialog.preview_button.click()
    assert not dialog.busy
    assert not dialog.error.isHidden()
    text = dialog.error.text()
    assert "answered 404" in text
    assert "no such data" in text
    assert "Traceback" not in text
    assert dialog.status.text() == "Nothing was fetched."
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview_model.rowCount() == 0


def test_a_form_mistake_is_said_before_asking(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer
) -> None:
    dialog = make(qtbot, tiny_desk, httpserver)
    fill(dialog)
    dialog.form.reporter.setText("U1")
    dialog.preview_button.click()
    assert "ISO alpha-3" in dialog.error.text()
    dialog.form.reporter.setText("USA")
    dialog.form.indicators.setText("")
    dialog.preview_button.click()
    assert "name at least one indicator" in dialog.error.text()
    assert httpserver.log == []


def test_the_preview_goes_stale_when_the_query_changes(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer
) -> None:
    serve_worldbank(httpserver)
    dialog = make(qtbot, tiny_desk, httpserver)
    fill(dialog)
    dialog.preview_button.click()
    assert dialog.preview_model.rowCount() == 8
    assert dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "&Import"
    dialog.form.end.setText("1996")
    assert not dialog.ok_button.isEnabled()
    assert "Preview again" in dialog.status.text()


def test_duplicate_choice_and_a_second_fetch_of_the_same_query(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer
) -> None:
    """Fetched again, the same query stores nothing new and keeps one stored query."""
    serve_worldbank(httpserver)
    dialog = make(qtbot, tiny_desk, httpserver)
    fill(dialog)
    dialog.preview_button.click()
    dialog.ok_button.click()
    tiny_desk.apply(dialog.planned_edit())
    again = make(qtbot, tiny_desk, httpserver)
    fill(again)
    again.duplicates.setCurrentIndex(again.duplicates.findData("skip"))
    again.preview_button.click()
    assert "Nothing new" in again.status.text()
    again.ok_button.click()
    tiny_desk.apply(again.planned_edit())
    assert (tiny_desk.store.observations["indicator"] == CODE).sum() == 8
    assert len(tiny_desk.store.records["fetches"]) == 1


def test_form_follows_the_connector(qtbot, tiny_desk: Desk, httpserver: HTTPServer) -> None:
    dialog = make(qtbot, tiny_desk, httpserver)
    form = dialog.form
    assert [form.source_box.itemData(i) for i in range(form.source_box.count())] == list(CONNECTORS)
    form.set_source("worldbank")
    assert "No key needed" in form.limits.text()
    assert form.key_box.isHidden()
    assert form.indicators.isEnabled()
    assert form.frequency.currentData() == "A"


# --- the subscription key ---------------------------------------------------------------------


class KeyedConnector(Connector):
    """A portal that takes a key in a header and no indicator codes (a test stand-in)."""

    name = "keyed"
    label = "Keyed test portal"
    publisher = "World Bank"
    production = "https://keyed.invalid/v1"
    reader = "wbapi"
    limits = "A key lifts the row limit."
    key_name = "keyed-test"
    takes_indicators = False

    def calls(self, request: FetchRequest, base: str, key: str = "") -> list[Call]:
        return [Call(f"{base}/country/USA/indicator/{CODE}", (("format", "json"),))]

    def key_headers(self, key: str) -> dict[str, str]:
        return {"Ocp-Apim-Subscription-Key": key} if key else {}


@pytest.fixture
def keyed(monkeypatch, httpserver: HTTPServer) -> dict[str, str]:
    monkeypatch.setitem(CONNECTORS, "keyed", KeyedConnector())
    httpserver.expect_request(
        f"/country/USA/indicator/{CODE}", headers={"Ocp-Apim-Subscription-Key": KEY}
    ).respond_with_data(recorded(WB_FILE), content_type=JSON)
    return base_urls(httpserver, "keyed")


def test_the_key_is_used_kept_in_the_keyring_and_never_in_the_settings(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer, keyed, memory_keyring, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    settings = Settings.at(str(ini))
    dialog = make(qtbot, tiny_desk, httpserver, settings=settings, base_urls=keyed)
    form = dialog.form
    form.set_source("keyed")
    assert not form.key_box.isHidden()
    assert not form.indicators.isEnabled()
    assert "takes no indicator codes" in form.indicator_hint.text()
    assert form.key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "public endpoint" in form.key_state.text()
    form.reporter.setText("USA")
    form.key_edit.setText(KEY)
    form.remember_key.setChecked(True)
    dialog.preview_button.click()
    assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.preview_model.rowCount() == 8  # the server answers only with the key
    assert memory_keyring.saved == {("Corridor", "keyed-test"): KEY}
    assert "kept in" in form.key_state.text()
    dialog.ok_button.click()
    edit = dialog.planned_edit()
    assert edit is not None
    settings.sync()
    text = ini.read_text(encoding="utf-8")
    assert "keyed" in text  # the source is remembered ...
    assert KEY not in text  # ... the key is not
    tiny_desk.apply(edit)
    store = tiny_desk.store
    assert KEY not in store.records["fetches"].to_json() + store.sources.to_json()

    # the next dialog comes back to that source and says a key is stored; it uses it
    again = make(qtbot, tiny_desk, httpserver, settings=settings, base_urls=keyed)
    assert again.form.source_name() == "keyed"
    assert again.form.key_edit.text() == ""
    assert again.form.key_edit.placeholderText() == f"key stored in {secrets.keyring_name()}"
    assert "MemoryKeyring" in secrets.keyring_name()
    again.form.reporter.setText("USA")
    again.preview_button.click()
    assert again.preview_model.rowCount() == 8


def test_without_a_usable_keyring_the_key_still_serves_this_fetch(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer, keyed, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())  # the fixture puts the previous one back
    ini = tmp_path / "settings.ini"
    settings = Settings.at(str(ini))
    dialog = make(qtbot, tiny_desk, httpserver, settings=settings, base_urls=keyed)
    form = dialog.form
    form.set_source("keyed")
    assert "public endpoint" in form.key_state.text()
    form.reporter.setText("USA")
    form.key_edit.setText(KEY)
    form.remember_key.setChecked(True)
    dialog.preview_button.click()
    assert "no usable system keyring" in form.key_state.text()
    assert "Not remembered" in form.key_state.text()
    assert dialog.preview_model.rowCount() == 8
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings.sync()
    assert KEY not in ini.read_text(encoding="utf-8")


def test_a_key_refused_by_the_portal_is_said_without_the_key(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer, keyed
) -> None:
    httpserver.expect_request(f"/country/USA/indicator/{CODE}").respond_with_data(
        '{"statusCode": 401, "message": "Access denied due to invalid subscription key."}',
        status=401,
        content_type=JSON,
    )
    dialog = make(qtbot, tiny_desk, httpserver, base_urls=keyed)
    dialog.form.set_source("keyed")
    dialog.form.reporter.setText("USA")
    dialog.form.key_edit.setText("wrong-key-123")
    dialog.preview_button.click()
    text = dialog.error.text()
    assert "answered 401" in text
    assert "subscription key is missing, wrong or expired" in text
    assert "wrong-key-123" not in text
