"""File > Refresh fetched figures: ask stored queries again and say what the portals revised.

Lists the queries the workspace remembers (record table ``fetches``: title, portal, last
fetched, what that fetch changed). Refresh selected / Refresh all ask them one after
another in the task runner, with a progress bar and Cancel. Each answer is planned against
the store as it is when it arrives (:func:`app.services.fetch.refresh.refresh_one`) and its
edit is pushed on the session's undo stack at once: **one undo step per query**, so a query
that fails or a Cancel keeps the ones already refreshed, and each can be undone alone.
Revised values become new figures with the earlier ones kept as vintages; the dialog lists
each query's change lines ("World Bank revised … from $x to $y") or that nothing changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import CompositeEdit, Edit
from app.domain.store import ObservationStore
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.session import DeskSession
from app.qt.tasks import IsCancelled, Progress, TaskRunner, TaskSlot
from app.services.fetch import secrets
from app.services.fetch.http import HttpClient
from app.services.fetch.refresh import Refreshed, refresh_one, stored_fetches
from app.services.fetch.registry import CONNECTORS
from app.ui.advice import menu_path
from app.ui.dock_panel_parts import titled
from app.ui.fetch_form import ClientFactory
from app.ui.portal_parts import with_client

HEADERS = (
    str(QT_TRANSLATE_NOOP("refresh_dialog", "Query")),
    str(QT_TRANSLATE_NOOP("refresh_dialog", "Portal")),
    str(QT_TRANSLATE_NOOP("refresh_dialog", "Last fetched")),
    str(QT_TRANSLATE_NOOP("refresh_dialog", "Outcome")),
)
ID_ROLE = Qt.ItemDataRole.UserRole


def refresh_task(
    store: ObservationStore,
    fetch_id: int,
    key: str,
    base_url: str,
    client_factory: ClientFactory,
    progress: Progress,
    cancelled: IsCancelled,
) -> Refreshed:
    """Ask stored query ``fetch_id`` again and plan its answer (a worker; writes nothing)."""
    return with_client(
        client_factory,
        lambda http: refresh_one(store, fetch_id, http, key, base_url, progress, cancelled),
    )


def refresh_edit(refreshed: Refreshed) -> Edit:
    """The refresh's plan as one undo step named after the query."""
    edit = refreshed.edit
    parts = list(edit.edits) if isinstance(edit, CompositeEdit) else [edit]
    text = translate("refresh_dialog", "Refresh {query}").format(
        query=refreshed.fetched.result.source.title
    )
    return CompositeEdit(parts, text, "fetch")


class RefreshDialog(QDialog):
    def __init__(
        self,
        session: DeskSession,
        runner: TaskRunner | None = None,
        base_urls: Mapping[str, str] | None = None,
        client_factory: ClientFactory | None = None,
        only: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``only``: list these stored queries alone (one series' queries)."""
        super().__init__(parent)
        self.setWindowTitle(translate("refresh_dialog", "Refresh fetched figures"))
        self.session = session
        self._base_urls = dict(base_urls or {})
        self._client_factory: ClientFactory = client_factory or HttpClient
        self._only = None if only is None else {int(i) for i in only}
        self._slot: TaskSlot[Refreshed] = TaskSlot(runner or TaskRunner())
        self._queue: list[int] = []
        self._total = 0
        self._current = -1
        #: every query refreshed in this dialog, in order
        self.refreshed: list[Refreshed] = []
        #: the queries that could not be refreshed: (title, message)
        self.failures: list[tuple[str, str]] = []
        self._build()
        self.reload()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("refresh_dialog", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.selected_button = QPushButton(translate("refresh_dialog", "Refresh &selected"))
        self.selected_button.setToolTip(
            translate("refresh_dialog", "Ask the selected queries again")
        )
        self.all_button = QPushButton(translate("refresh_dialog", "Refresh &all"))
        self.all_button.setToolTip(
            translate("refresh_dialog", "Ask every listed query again, one after another")
        )
        self.cancel_button = QPushButton(translate("refresh_dialog", "&Cancel"))
        self.cancel_button.setToolTip(
            translate(
                "refresh_dialog",
                "Stop: the query being asked is dropped; those already refreshed stay (Undo "
                "removes them)",
            )
        )
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.selected_button.clicked.connect(self.refresh_selected)
        self.all_button.clicked.connect(self.refresh_all)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.selected_button)
        bar.addWidget(self.all_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(titled(translate("refresh_dialog", "Stored queries"), self.table))
        split.addWidget(titled(translate("refresh_dialog", "What changed"), self.changes))
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def reload(self) -> None:
        """The stored queries as the store holds them now (after each refresh too)."""
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows.to_dict("records")):
            connector = CONNECTORS.get(str(row["connector"]))
            cells = (
                str(row["title"]),
                connector.label if connector is not None else str(row["connector"]),
                _when(str(row["refreshed"] or "")),
                str(row["outcome"] or ""),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(row["url"]) if c == 0 else text)
                item.setData(ID_ROLE, int(row["fetch_id"]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        if not len(rows):
            self.status.setText(
                translate(
                    "refresh_dialog", "No fetched figures in this workspace: {menu} fetches some."
                ).format(menu=menu_path("file.fetch"))
            )
        self._update_buttons()

    def _rows(self) -> pd.DataFrame:
        rows = stored_fetches(self.session.store)
        if rows.empty or "title" not in rows.columns:
            return pd.DataFrame(columns=["fetch_id", "connector", "title", "refreshed", "outcome"])
        if self._only is not None:
            rows = rows[rows["fetch_id"].astype("int64").isin(self._only)]
        return rows.sort_values("fetch_id")

    def listed_ids(self) -> list[int]:
        return [self._id_at(r) for r in range(self.table.rowCount())]

    def selected_ids(self) -> list[int]:
        return [self._id_at(r) for r in sorted({i.row() for i in self.table.selectedIndexes()})]

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of ``ids`` (as the user would)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in range(self.table.rowCount()):
            if self._id_at(r) in ids:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _id_at(self, row: int) -> int:
        return int(self.table.model().index(row, 0).data(ID_ROLE))

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.selected_button.setEnabled(idle and bool(self.table.selectedIndexes()))
        self.all_button.setEnabled(idle and self.table.rowCount() > 0)
        self.cancel_button.setEnabled(not idle)

    # --- refreshing ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self._slot.busy

    def refresh_selected(self) -> None:
        self.refresh_ids(self.selected_ids())

    def refresh_all(self) -> None:
        self.refresh_ids(self.listed_ids())

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Ask ``ids`` again, one after another (each pushed as it arrives)."""
        if self.busy or not ids:
            return
        self._queue = [int(i) for i in ids]
        self._total = len(self._queue)
        self.progress.setRange(0, self._total)
        self.progress.setValue(0)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._finished()
            return
        fid = self._queue.pop(0)
        self._current = fid
        done = self._total - len(self._queue) - 1
        self.progress.setValue(done)
        title = self._title(fid)
        self.status.setText(
            translate("refresh_dialog", "Asking again ({done} of {total}): {query}…").format(
                done=done + 1, total=self._total, query=title
            )
        )
        try:
            key, base = self._access(fid)
        except KeyError as exc:
            self._failed(str(exc).strip("'\""))
            return
        store, factory = self.session.store, self._client_factory
        self._slot.start(
            lambda progress, cancelled: refresh_task(
                store, fid, key, base, factory, progress, cancelled
            ),
            on_done=self._done,
            on_error=lambda message, _tb: self._failed(message),
            on_cancel=self._cancelled,
        )
        self._update_buttons()

    def _access(self, fid: int) -> tuple[str, str]:
        """The key (from the keyring, read on this thread) and base URL of query ``fid``."""
        rows = stored_fetches(self.session.store)
        name = str(rows.loc[rows["fetch_id"] == fid, "connector"].iloc[0])
        connector = CONNECTORS.get(name)
        if connector is None:
            raise KeyError(
                translate(
                    "refresh_dialog", "Corridor has no connector called {name} any more"
                ).format(name=repr(name))
            )
        key = secrets.get_key(connector.key_name) if connector.key_name else ""
        return key, self._base_urls.get(name, "")

    def _done(self, refreshed: Refreshed) -> None:
        self.refreshed.append(refreshed)
        pushed = self.session.push(refresh_edit(refreshed))
        heading = refreshed.fetched.result.source.title
        if not refreshed.summary.changes:
            self.changes.addItem(
                translate("refresh_dialog", "{query}: no change since the last fetch.").format(
                    query=heading
                )
            )
        else:
            self.changes.addItem(f"{heading}: {refreshed.summary.sentence()}")
            for line in refreshed.changes:
                self.changes.addItem(f"    {line}")
        if not pushed:
            refused = translate("refresh_dialog", "(not stored: the workspace refused the change)")
            self.changes.addItem(f"    {refused}")
        self.changes.scrollToBottom()
        self.reload()
        self._next()

    def _failed(self, message: str) -> None:
        title = self._title(self._current)
        self.failures.append((title, message))
        self.changes.addItem(
            translate("refresh_dialog", "{query}: could not refresh: {reason}").format(
                query=title, reason=message
            )
        )
        self._next()

    def cancel(self) -> None:
        busy = self.busy
        self._queue = []
        self._slot.cancel()  # the task sees is_cancelled; its late end is dropped
        if busy:
            self._cancelled()

    def _cancelled(self) -> None:
        self._queue = []
        self.progress.setValue(0)
        self.status.setText(
            translate(
                "refresh_dialog",
                "Cancelled. {counts} Refreshes already done stay (Undo removes them).",
            ).format(counts=self._counts())
        )
        self._update_buttons()

    def _finished(self) -> None:
        self.progress.setValue(self._total)
        self.status.setText(
            translate("refresh_dialog", "Done. {counts}").format(counts=self._counts())
        )
        self._update_buttons()

    def _counts(self) -> str:
        changed = sum(1 for r in self.refreshed if r.summary.changes)
        text = _counts_text(len(self.refreshed), bool(self.failures))
        return text.format(changed=changed, failed=len(self.failures))

    def _title(self, fid: int) -> str:
        rows = stored_fetches(self.session.store)
        if "title" in rows.columns:
            match = rows.loc[rows["fetch_id"] == fid, "title"]
            if len(match):
                return str(match.iloc[0])
        return translate("refresh_dialog", "query {id}").format(id=fid)

    def change_lines(self) -> list[str]:
        return [self.changes.item(i).text() for i in range(self.changes.count())]

    def reject(self) -> None:
        self.cancel()
        super().reject()


def _counts_text(n: int, failures: bool) -> str:
    """One sentence on the queries asked, with {changed} and {failed} to fill ("1 query"
    in English: Qt has no English catalogue to choose the singular)."""
    if n == 1:
        if failures:
            return translate(
                "refresh_dialog", "1 query asked again, {changed} with changes, {failed} failed."
            )
        return translate("refresh_dialog", "1 query asked again, {changed} with changes.")
    if failures:
        return translate(
            "refresh_dialog",
            "%n queries asked again, {changed} with changes, {failed} failed.",
            "",
            n,
        )
    return translate("refresh_dialog", "%n queries asked again, {changed} with changes.", "", n)


def _when(iso: str) -> str:
    """ "2026-11-30T09:15:00Z" -> "2026-11-30 09:15 UTC"."""
    if len(iso) >= 16 and iso[10] == "T":
        return f"{iso[:10]} {iso[11:16]} UTC"
    return iso
