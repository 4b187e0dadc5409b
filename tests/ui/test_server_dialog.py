"""File > Connect to Server… against a real PostgreSQL server: the form, a pasted connection
string, a refusal said in the dialog, and a password that reaches the keyring (an in-memory
one here) and never the settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from tests.ui.test_live_updates import login, url_as
from tests.unit.services.fetch.conftest import MemoryKeyring

from app.main import create_main_window
from app.qt.settings import SERVER_RECENT
from app.services.desk import Desk
from app.services.server_address import ServerAddress
from app.ui.server_dialog import ServerDialog

PASSWORD = "s3cret-Pa55"
WAIT = 10_000


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never the real keyring: an in-memory one."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot, tiny_desk: Desk, tmp_path: Path, memory_keyring: MemoryKeyring):
    w = create_main_window(tiny_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    yield w
    w.close()
    w.session.desk.close()  # the server desk the test connected to (or the tiny file)


def dialog_of(qtbot, window) -> ServerDialog:
    dialog = ServerDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: ServerDialog, url: str, user: str) -> None:
    address, _ = ServerAddress.parse(url)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.dbname)
    dialog.user.setText(user)


def test_connect_with_a_remembered_password_keeps_it_out_of_the_settings(
    qtbot, window, tiny_pg_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    login(tiny_pg_url, "anna", "corridor_editor")
    dialog = dialog_of(qtbot, window)
    fill(dialog, tiny_pg_url, "anna")
    assert dialog.sslmode.currentText() == "prefer"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.password.setText(PASSWORD)  # the test server trusts; libpq sends it unasked
    dialog.remember.setChecked(True)
    dialog.connect_server()
    qtbot.waitUntil(lambda: dialog.desk is not None, timeout=WAIT)
    assert dialog.result() == dialog.DialogCode.Accepted
    address = dialog.address()
    assert memory_keyring.saved == {("Corridor", f"PostgreSQL {address.label}"): PASSWORD}
    window.workspaces.use_desk(dialog.desk)
    ws = window.session.desk.workspace
    assert (ws.user, ws.role) == ("anna", "editor")
    assert PASSWORD not in ws.location
    assert "anna (editor)" in window.windowTitle()
    assert window.statusBar().currentMessage().startswith("Connected to postgresql://anna@")
    assert "anna (editor)" in window.live.where.text()
    window.settings.sync()
    stored = Path(window.settings.path).read_text(encoding="utf-8")
    assert PASSWORD not in stored
    assert window.settings.get(SERVER_RECENT) == [address.label]

    # next time: the recent address fills the form and the keyring's password is used
    again = dialog_of(qtbot, window)
    assert again.recent.itemText(1) == address.label
    again.recent.activated.emit(1)
    assert again.database.text() == address.dbname
    assert again.user.text() == "anna"
    assert again.password.text() == ""
    assert again.remember.isChecked()
    assert "kept in" in again.password.placeholderText()
    again.remember.setChecked(False)  # forget it
    again.connect_server()
    qtbot.waitUntil(lambda: again.desk is not None, timeout=WAIT)
    assert memory_keyring.saved == {}
    again.desk.close()


def test_a_pasted_connection_string_fills_the_form(qtbot, window, pg_server) -> None:
    dialog = dialog_of(qtbot, window)
    dialog.pasted.setText(
        f"postgresql://bob:{PASSWORD}@db.example.org:5433/team?sslmode=verify-full"
        "&application_name=desk"
    )
    assert dialog.host.text() == "db.example.org"
    assert dialog.port.value() == 5433
    assert dialog.database.text() == "team"
    assert dialog.user.text() == "bob"
    assert dialog.sslmode.currentText() == "verify-full"
    assert dialog.password.text() == PASSWORD
    assert dialog.address().label == (
        "postgresql://bob@db.example.org:5433/team?application_name=desk&sslmode=verify-full"
    )
    dialog.pasted.setText("host=db port")
    assert "not a PostgreSQL connection string" in dialog.status.text()


def test_a_refusal_is_said_in_the_dialog_which_stays_open(
    qtbot, window, pg_server, tiny_pg_url: str
) -> None:
    dialog = dialog_of(qtbot, window)
    dialog.show()
    dialog.database.setText("")
    dialog.connect_server()
    assert "name of the database" in dialog.status.text()
    fill(dialog, url_as(pg_server, tiny_pg_url, "corridor_test"), "corridor_test")
    dialog.database.setText("no_such_workspace")
    dialog.database.setFocus()
    qtbot.keyClick(dialog.database, Qt.Key.Key_Return)  # Return connects, never cancels
    assert dialog.isVisible()
    assert dialog.progress.isVisible()
    assert not dialog.connect_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=WAIT)
    assert dialog.status.text().startswith("Could not connect: there is no database at")
    assert "no_such_workspace" in dialog.status.text()
    assert dialog.isVisible()
    assert dialog.desk is None
    assert not dialog.progress.isVisible()


def test_the_action_opens_the_dialog_and_replaces_the_desk(
    qtbot, window, tiny_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.actions_by_id["file.connect_server"]
    assert action.shortcut().toString() == "Ctrl+Shift+O"

    def connect(dialog: ServerDialog) -> int:
        dialog.pasted.setText(tiny_pg_url)
        dialog.connect_server()
        qtbot.waitUntil(lambda: dialog.desk is not None, timeout=WAIT)
        return int(dialog.result())

    monkeypatch.setattr(ServerDialog, "exec", connect)
    action.trigger()
    ws = window.session.desk.workspace
    assert ws.path is None
    assert "corridor_test (admin)" in window.windowTitle()
    assert window.model.rowCount() == 7


def test_the_window_starts_without_libpq() -> None:
    """psycopg (and the libpq it carries) is imported when a server is first used, not
    when the window with its Connect to Server action starts."""
    import subprocess
    import sys

    code = (
        "import sys; import app.main, app.ui.main_window, app.ui.server_dialog, "
        "app.services.storage; print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
