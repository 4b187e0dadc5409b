"""What the two finders of the Fetch dialog share: a dialog that loads in the background
(progress, Cancel, a status line and an error line; a newer load supersedes an older one),
a task that asks with its own HTTP client, a searchable tick-list of codes, small layout
helpers. The finders: :mod:`app.ui.sdmx_browser` and :mod:`app.ui.indicator_search`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import translate
from app.qt.tasks import Cancelled, IsCancelled, Progress, TaskRunner, TaskSlot
from app.services.fetch.base import Context
from app.services.fetch.errors import FetchCancelled
from app.services.fetch.http import HttpClient
from app.ui.fetch_form import ClientFactory

R = TypeVar("R")
Task = Callable[[Progress, IsCancelled], R]
ERROR_STYLE = "color: #b00020"
CODE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 200
SHORT = 8  # a code list this long needs no search box; longer ones scroll


def with_client(factory: ClientFactory, job: Callable[[HttpClient], R]) -> R:
    """Run ``job`` with a new HTTP client of its own, closed afterwards; a fetch the user
    cancelled ends as the task runner's :class:`Cancelled` (every fetching worker's frame)."""
    http = factory()
    try:
        return job(http)
    except FetchCancelled as exc:
        raise Cancelled from exc
    finally:
        http.close()


def asking(base: str, factory: ClientFactory, job: Callable[[Context], R]) -> Task[R]:
    """A task running ``job`` with its own HTTP client (Cancel stops it between chunks)."""

    def run(progress: Progress, cancelled: IsCancelled) -> R:
        return with_client(factory, lambda http: job(Context(http, base, "", progress, cancelled)))

    return run


def matches(words: list[str], text: str) -> bool:
    return all(w in text.lower() for w in words)


def hide_unmatched(view: QListWidget, text: str) -> None:
    words = text.lower().split()
    for i in range(view.count()):
        view.item(i).setHidden(not matches(words, view.item(i).text()))


def line_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    return edit


def label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def column(
    *parts: QWidget | QLayout, parent: QWidget | None = None, margin: int = -1
) -> QVBoxLayout:
    """A vertical layout of ``parts`` (on ``parent``); ``margin`` 0 for none."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    if margin >= 0:
        layout.setContentsMargins(margin, margin, margin, margin)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


class Checklist(QWidget):
    """A searchable list of checkable codes; :meth:`selected` gives the ticked ones."""

    changed = Signal()

    def __init__(self, placeholder: str = "") -> None:
        """``placeholder``: the search box's hint (default: search by code or name)."""
        super().__init__()
        self.search = line_edit(placeholder or translate("portal_parts", "Search by code or name"))
        self.view = QListWidget()
        column(self.search, self.view, parent=self, margin=0)
        self.search.textChanged.connect(lambda text: hide_unmatched(self.view, text))
        self.view.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: Iterable[tuple[str, str, str]], ticked: Iterable[str] = ()) -> None:
        """(code, name, tooltip) rows, unticked unless their code is in ``ticked``."""
        on = set(ticked)
        self.view.blockSignals(True)
        self.view.clear()
        for code, name, tip in items:
            item = QListWidgetItem(f"{code}  {name}" if name and name != code else code)
            item.setData(CODE, code)
            item.setToolTip(tip or name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in on else Qt.CheckState.Unchecked)
            self.view.addItem(item)
        self.view.blockSignals(False)
        hide_unmatched(self.view, self.search.text())

    def codes(self, only_ticked: bool = True) -> list[str]:
        """The ticked codes (or every code listed), in the list's order."""
        items = [self.view.item(i) for i in range(self.view.count())]
        checked = Qt.CheckState.Checked
        return [str(i.data(CODE)) for i in items if not only_ticked or i.checkState() == checked]

    def selected(self) -> list[str]:
        """The ticked codes; a list without codes takes them typed in its box, "+" between."""
        if self.view.count():
            return self.codes()
        return [c.strip() for c in self.search.text().split("+") if c.strip()]

    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        if not self.view.count():
            self.search.setText("+".join(sorted(c for c in wanted if c)))
        for i in range(self.view.count()):
            item = self.view.item(i)
            on = item.data(CODE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class Finder(QDialog):
    """A dialog that loads in the background: progress, Cancel, a status line, an error
    line, OK and Cancel; one load at a time (a newer one supersedes it)."""

    def __init__(self, title: str, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._slot: TaskSlot[Any] = TaskSlot(runner)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(translate("portal_parts", "Cancel &loading"))
        self.status, self.error = label(), label(style=ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAutoDefault(False)
        self._stopped(0)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _footer(self) -> tuple[QWidget | QLayout, ...]:
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        return (bar, self.status, self.error, self.buttons)

    @property
    def busy(self) -> bool:
        return self._slot.busy

    def load(self, text: str, fn: Task[R], on_done: Callable[[R], None]) -> None:
        self.error.setVisible(False)
        self.status.setText(text)
        self.progress.setRange(0, 0)  # busy until the answer's length is known
        self.cancel_button.setEnabled(True)

        def finished(result: R) -> None:
            self._stopped(1000)
            on_done(result)

        self._slot.start(
            fn,
            on_done=finished,
            on_error=lambda message, _tb: self.fail(message),
            on_progress=self._progress,
            on_cancel=self._cancelled,
        )

    def cancel_loading(self) -> None:
        busy = self._slot.busy
        self._slot.cancel()  # the task stops between chunks; its late end is dropped
        if busy:
            self._cancelled()

    def fail(self, message: str) -> None:
        self._stopped(0)
        self.status.setText(translate("portal_parts", "Nothing was loaded."))
        self.error.setText(message)
        self.error.setVisible(True)

    def _cancelled(self) -> None:
        self._stopped(0)
        self.status.setText(translate("portal_parts", "Loading cancelled."))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))

    def _stopped(self, value: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(value)
        self.cancel_button.setEnabled(False)

    def done(self, code: int) -> None:  # accept and reject both end here
        self.cancel_loading()
        super().done(code)
