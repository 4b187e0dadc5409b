"""File > Connect to Server…: open a team workspace on a PostgreSQL server.

The form edits a :class:`~app.services.server_address.ServerAddress` (host, port,
database, user, SSL mode); a libpq URI or ``key=value`` string pasted in its own field
fills the form. A password typed here goes into the connection URL in memory only; with
"Remember password" it is also kept in the system keyring (:mod:`app.services.keychain`),
filed under the address. Without one, libpq's own ``.pgpass`` and ``PGPASSWORD`` apply.
Recent addresses (never a password) are remembered in the settings.

Connecting (the workspace is loaded too) runs in the task runner with a busy bar; a
refusal is said in the dialog, which stays open. On success :attr:`desk` is the open desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.qt.context import DeskContext
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.settings import SERVER_RECENT
from app.qt.tasks import TaskHandle
from app.services import keychain
from app.services.desk import Desk
from app.services.server_address import DEFAULT_PORT, SSL_MODES, ServerAddress
from app.services.storage import WorkspaceError

#: how many recent servers the dialog offers
RECENT_LIMIT = 8
NO_PASSWORD = str(
    QT_TRANSLATE_NOOP("server_dialog", "empty: your .pgpass file or PGPASSWORD applies")
)


class ServerDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("server_dialog", "Connect to Server"))
        self.ctx = ctx
        #: the open desk once connected
        self.desk: Desk | None = None
        self._task: TaskHandle | None = None
        self._cancelled = False
        self._extra: tuple[tuple[str, str], ...] = ()
        self.recent = QComboBox()
        self.recent.addItem("")
        self.recent.addItems([str(x) for x in ctx.settings.get(SERVER_RECENT)])
        self.recent.activated.connect(self._choose_recent)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText("prefer")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("server_dialog", NO_PASSWORD))
        self.remember = QCheckBox(
            translate("server_dialog", "Remember password in the system keyring")
        )
        self.remember.setToolTip(
            translate("server_dialog", "Kept in {keychain}; never in the settings").format(
                keychain=keychain.keychain_name()
            )
        )
        self.pasted = QLineEdit()
        self.pasted.setPlaceholderText(
            translate("server_dialog", "postgresql://user@host:5432/database  or  host=… dbname=…")
        )
        self.pasted.textChanged.connect(self._paste)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: connecting reports no steps
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(translate("server_dialog", "&Connect"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.connect_server)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        # Return in any field connects (set once the buttons are in the dialog: a default
        # set before that was lost, and Return cancelled instead)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.connect_button.setAutoDefault(True)
        self.connect_button.setDefault(True)
        for edit in (self.host, self.database, self.user):
            edit.textEdited.connect(self._forget_extra)
        self.user.textChanged.connect(self._show_kept)
        self.database.textChanged.connect(self._show_kept)

    def _lay_out(self) -> None:
        form = QFormLayout()
        if self.recent.count() > 1:
            form.addRow(translate("server_dialog", "&Recent:"), self.recent)
        else:
            self.recent.hide()
        rows: tuple[tuple[str, QWidget], ...] = (
            (translate("server_dialog", "&Host:"), self.host),
            (translate("server_dialog", "&Port:"), self.port),
            (translate("server_dialog", "&Database:"), self.database),
            (translate("server_dialog", "&User:"), self.user),
            (translate("server_dialog", "&SSL mode:"), self.sslmode),
            (translate("server_dialog", "Pass&word:"), self.password),
            ("", self.remember),
            (translate("server_dialog", "Or paste a connection &string:"), self.pasted),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.progress, self.status, self.buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    # --- the form -------------------------------------------------------------------------

    def address(self) -> ServerAddress:
        """The address the form shows (no password)."""
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.sslmode.currentText(),
            self._extra,
        )

    def show_address(self, address: ServerAddress, password: str = "") -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.dbname)
        self.user.setText(address.user)
        self.sslmode.setCurrentText(address.sslmode)
        self.password.setText(password)
        self._extra = address.extra
        self._show_kept()

    def _paste(self, text: str) -> None:
        if not text.strip():
            self._say("")
            return
        try:
            address, password = ServerAddress.parse(text)
        except WorkspaceError as exc:
            self._say(
                translate("server_dialog", "Not read: {reason}").format(reason=exc), error=True
            )
            return
        self.show_address(address, password)
        self._say(translate("server_dialog", "The form shows the pasted connection string."))

    def _choose_recent(self, index: int) -> None:
        if index > 0:
            self.pasted.clear()
            self.show_address(ServerAddress.parse(self.recent.itemText(index))[0])

    def _forget_extra(self) -> None:
        """A typed host, database or user is a new address: pasted extras do not apply."""
        self._extra = ()

    def _show_kept(self) -> None:
        """Say when the keyring holds this address's password (and tick Remember)."""
        kept = bool(keychain.get_secret(self.address().secret_name))
        self.password.setPlaceholderText(
            translate("server_dialog", "kept in {keychain}").format(
                keychain=keychain.keychain_name()
            )
            if kept
            else translate("server_dialog", NO_PASSWORD)
        )
        self.remember.setChecked(kept)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    # --- connecting -----------------------------------------------------------------------

    def connect_server(self) -> None:
        """Open the workspace at the address in the background (the dialog stays open)."""
        if self._task is not None:
            return
        if self.pasted.text().strip():
            self._paste(self.pasted.text())
        address = self.address()
        problem = address.problem()
        if problem:
            self._say(problem, error=True)
            return
        typed = self.password.text()
        url = address.url(typed or keychain.get_secret(address.secret_name))
        self._busy(True)
        self._say(
            translate("server_dialog", "Connecting to {server}…").format(server=address.label)
        )
        self._task = self.ctx.runner.start(
            lambda _progress, _cancelled: Desk.open(url, write=True),
            on_done=lambda desk: self._connected(desk, address, typed),
            on_error=lambda message, _trace: self._refused(message),
        )

    def _connected(self, desk: Desk, address: ServerAddress, typed: str) -> None:
        self._task = None
        if self._cancelled:
            desk.close()  # cancelled while connecting
            return
        self._busy(False)
        self._keep_password(address, typed)
        recent = [address.label, *self.ctx.settings.get(SERVER_RECENT)]
        self.ctx.settings.set(SERVER_RECENT, list(dict.fromkeys(recent))[:RECENT_LIMIT])
        self.ctx.settings.sync()
        self.desk = desk
        self.accept()

    def _keep_password(self, address: ServerAddress, typed: str) -> None:
        """Keep (Remember ticked, a password typed) or forget (not ticked) the password."""
        try:
            if not self.remember.isChecked():
                keychain.delete_secret(address.secret_name)
            elif typed:
                keychain.set_secret(address.secret_name, typed)
        except keychain.KeychainUnavailable as exc:
            self.ctx.bus.warning(
                translate(
                    "server_dialog", "Connected, but the password was not remembered: {reason}."
                ).format(reason=exc)
            )

    def _refused(self, message: str) -> None:
        self._task = None
        self._busy(False)
        said = message[:1].upper() + message[1:]
        if not message.lower().startswith("could not connect"):
            said = translate("server_dialog", "Could not connect: {reason}").format(reason=message)
        self._say(said, error=True)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        for widget in (self.host, self.port, self.database, self.user, self.sslmode):
            widget.setEnabled(not busy)
        for edit in (self.password, self.pasted):
            edit.setEnabled(not busy)

    def reject(self) -> None:
        """Cancel; a connection still being made is closed when it arrives."""
        self._cancelled = True
        super().reject()
