"""File > Fetch from a portal: ask a portal's web service, preview, import like a file.

The form (:class:`~app.ui.fetch_form.FetchForm`) says what to ask; Preview asks the portal
and reads its answer in the task runner (the network and the reader never run on the GUI
thread), with a progress bar and a Cancel that stops the download between any two chunks.
The preview is the import's: the first rows as they will be stored, the reader's problems,
the connector's notes (row limits, missing metadata) and what the import would change. An
error (offline, refused, a wrong code) is a sentence in the dialog, never a traceback.

The dialog writes nothing: Import plans what was previewed against the store as it is now,
with the chosen handling of figures already stored, and the caller takes
:meth:`FetchDialog.planned_edit` (the figures, their ``kind = fetch`` source and the stored
query that Refresh asks again) and pushes it on the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import Edit
from app.domain.store import ObservationStore
from app.qt.i18n import translate
from app.qt.import_preview_model import (
    ImportPreviewModel,
    ProblemModel,
    duplicate_choices,
    preview_rows,
)
from app.qt.settings import Settings
from app.qt.tasks import IsCancelled, Progress, TaskRunner, TaskSlot
from app.services.fetch.base import FetchRequest
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.run import Fetched, fetch, plan
from app.services.fetch.sdmx_rest import SdmxConnector
from app.services.importers import OnDuplicate, PlanSummary
from app.ui.dock_panel_parts import rows_table, titled
from app.ui.fetch_form import ClientFactory, FetchForm
from app.ui.indicator_search import IndicatorSearch
from app.ui.portal_parts import with_client
from app.ui.sdmx_browser import SdmxBrowser

ERROR_STYLE = "color: #b00020"


@dataclass(frozen=True)
class Preview:
    """A finished preview: what was read, its plan against the store, the first rows."""

    fetched: Fetched
    summary: PlanSummary
    rows: list[tuple[str, ...]]


def fetch_preview(
    request: FetchRequest,
    store: ObservationStore,
    base_url: str,
    key: str,
    client_factory: ClientFactory,
    progress: Progress,
    cancelled: IsCancelled,
) -> Preview:
    """Ask the portal, read the answer, plan it against the store (a worker; writes nothing)."""
    fetched = with_client(
        client_factory, lambda http: fetch(request, http, base_url, key, progress, cancelled)
    )
    summary = plan(fetched, store, OnDuplicate.KEEP)[1]
    return Preview(fetched, summary, preview_rows(fetched.result.observations))


class FetchDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        runner: TaskRunner | None = None,
        settings: Settings | None = None,
        pair: tuple[str, str] = ("", ""),
        base_urls: Mapping[str, str] | None = None,
        client_factory: ClientFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``base_urls``: a base URL per connector name instead of the production one (or
        ``CORRIDOR_<NAME>_URL``); the tests' replay server."""
        super().__init__(parent)
        self.setWindowTitle(translate("fetch_dialog", "Fetch from a portal"))
        self._store = store
        self._settings = settings
        self._base_urls = dict(base_urls or {})
        self._client_factory: ClientFactory = client_factory or HttpClient
        self._runner = runner or TaskRunner()
        self._fetching: TaskSlot[Preview] = TaskSlot(self._runner)
        self._preview: Preview | None = None
        self._edit: Edit | None = None
        self._summary: PlanSummary | None = None
        self.form = FetchForm(pair)
        if settings is not None:
            self.form.recall(settings)
        self._build()
        self.form.changed.connect(self._form_changed)
        self.preview_button.clicked.connect(self.start_preview)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.browse_button.clicked.connect(self.browse_portal)
        self.search_button.clicked.connect(self.search_indicators)
        self.form.source_box.currentIndexChanged.connect(self._show_tools)
        self._show_tools()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.preview_button = QPushButton(translate("fetch_dialog", "&Preview"))
        self.preview_button.setToolTip(
            translate("fetch_dialog", "Ask the portal and show what would be imported")
        )
        self.preview_button.setAutoDefault(True)
        self.preview_button.setDefault(True)
        self.cancel_button = QPushButton(translate("fetch_dialog", "Cancel &download"))
        self.cancel_button.setToolTip(
            translate("fetch_dialog", "Stop asking the portal; nothing is stored")
        )
        self.cancel_button.setEnabled(False)
        self.browse_button = QPushButton(translate("fetch_dialog", "&Browse dataflows…"))
        self.browse_button.setToolTip(
            translate("fetch_dialog", "List the agency's dataflows; pick one and its codes")
        )
        self.form.options_tools.addStretch(1)
        self.form.options_tools.addWidget(self.browse_button)
        self.search_button = QPushButton(translate("fetch_dialog", "&Search…"))
        self.search_button.setToolTip(
            translate("fetch_dialog", "Search the World Bank's indicators by words")
        )
        self.form.indicator_row.addWidget(self.search_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = QLabel(
            translate(
                "fetch_dialog",
                "Choose what to fetch, then Preview: nothing is stored before Import.",
            )
        )
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setVisible(False)
        self.preview_model = ImportPreviewModel()
        self.problem_model = ProblemModel()
        self.preview = rows_table(self.preview_model, 22)
        self.problems = rows_table(self.problem_model, 22)
        self.duplicates = QComboBox()
        for text, mode in duplicate_choices():
            self.duplicates.addItem(text, mode)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("fetch_dialog", "&Import"))
        self.ok_button.setAutoDefault(False)
        self.ok_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.preview_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(
            titled(translate("fetch_dialog", "First rows as they will be stored"), self.preview)
        )
        split.addWidget(titled(translate("fetch_dialog", "Problems"), self.problems))
        split.setSizes([380, 90])
        dup = QFormLayout()
        dup.addRow(translate("fetch_dialog", "Figures already stored"), self.duplicates)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.status)
        right.addWidget(self.error)
        right.addWidget(self.notes)
        right.addWidget(split, 1)
        right.addLayout(dup)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form)
        left.setMinimumWidth(380)
        left.setMaximumWidth(460)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 660)

    # --- finding what to fetch ------------------------------------------------------------

    def _show_tools(self) -> None:
        connector = self.form.connector()
        self.browse_button.setVisible(isinstance(connector, SdmxConnector))
        self.search_button.setVisible(connector.name == "worldbank")

    def browse_portal(self) -> None:
        """Browse the SDMX agency's dataflows and codes; OK fills the dataflow and key."""
        name = self.form.source_name()
        browser = SdmxBrowser(
            name,
            self._runner,
            self._base_urls.get(name, ""),
            self._client_factory,
            self.form.option_text("dataflow"),
            self.form.option_text("key"),
            self,
        )
        if browser.exec() == QDialog.DialogCode.Accepted:
            browser.fill_form(self.form)

    def search_indicators(self) -> None:
        """Search the World Bank's indicators; OK adds the ticked codes."""
        search = IndicatorSearch(
            self._runner, self._base_urls.get("worldbank", ""), self._client_factory, self
        )
        if search.exec() == QDialog.DialogCode.Accepted:
            search.fill_form(self.form)

    # --- preview ------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Ask the portal for what the form says; supersedes a preview under way."""
        try:
            request = self.form.request()
            self.form.connector().check(request)
        except (ValueError, FetchError) as exc:
            self._show_error(str(exc))
            return
        if self._settings is not None:
            self.form.remember(self._settings)
        key = self.form.key()  # may store a typed key in the keyring (the box says so)
        base = self._base_urls.get(request.source, "")
        store, factory = self._store, self._client_factory
        self._clear_preview()
        self.progress.setRange(0, 0)  # busy until the portal says how long its answer is
        self.cancel_button.setEnabled(True)
        self.status.setText(
            translate("fetch_dialog", "Asking {portal} for {request}…").format(
                portal=self.form.connector().label, request=request.describe()
            )
        )
        self._fetching.start(
            lambda progress, cancelled: fetch_preview(
                request, store, base, key, factory, progress, cancelled
            ),
            on_done=self._previewed,
            on_error=lambda message, _tb: self._failed(message),
            on_progress=self._progress,
            on_cancel=self._cancelled,
        )

    @property
    def busy(self) -> bool:
        return self._fetching.busy

    def cancel_download(self) -> None:
        busy = self._fetching.busy
        self._fetching.cancel()  # the task sees is_cancelled between chunks; its end is dropped
        if busy:
            self._cancelled()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))

    def _previewed(self, preview: Preview) -> None:
        self._preview = preview
        self._stopped(1000)
        result = preview.fetched.result
        self.preview_model.set_rows(preview.rows)
        self.preview.resizeColumnsToContents()
        self.problem_model.set_problems(result.problems)
        n, errors = len(result.observations), len(result.errors)
        read = (
            translate(
                "fetch_dialog",
                "%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).",
                "",
                n,
            )
            if result.skipped
            else translate("fetch_dialog", "%Ln figures read from {publisher}.", "", n)
        )
        publisher = result.source.publisher or translate("fetch_dialog", "the portal")
        read = read.format(publisher=publisher, skipped=result.skipped, errors=errors)
        self.status.setText(f"{read} {preview.summary.sentence()}")
        notes = [str(n) for n in result.details.get("notes", [])]
        download = preview.fetched.download
        url, more = preview.fetched.url, len(download.urls) - 1
        query = (
            translate("fetch_dialog", "Query: {url} (+{more} more)").format(url=url, more=more)
            if more > 0
            else translate("fetch_dialog", "Query: {url}").format(url=url)
        )
        note = translate("fetch_dialog", "Note: {note}")
        self.notes.setText("\n".join([query, *(note.format(note=n) for n in notes)]))
        self.notes.setVisible(True)
        self.ok_button.setEnabled(n > 0)
        self.ok_button.setText(
            translate("fetch_dialog", "&Import, skipping bad rows")
            if errors
            else translate("fetch_dialog", "&Import")
        )

    def _failed(self, message: str) -> None:
        self._stopped(0)
        self._show_error(message)

    def _cancelled(self) -> None:
        self._stopped(0)
        self.status.setText(translate("fetch_dialog", "Download cancelled; nothing was stored."))

    def _stopped(self, value: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(value)
        self.cancel_button.setEnabled(False)

    def _show_error(self, message: str) -> None:
        self.status.setText(translate("fetch_dialog", "Nothing was fetched."))
        self.error.setText(message)
        self.error.setVisible(True)

    def _clear_preview(self) -> None:
        self._preview = None
        self.ok_button.setEnabled(False)
        self.error.setVisible(False)
        self.notes.setVisible(False)
        self.preview_model.set_rows([])
        self.problem_model.set_problems([])

    def _form_changed(self) -> None:
        """A preview of another query than the form's cannot be imported."""
        if self._preview is not None:
            self._clear_preview()
            self.status.setText(
                translate(
                    "fetch_dialog", "The query changed: Preview again to see what it fetches."
                )
            )

    # --- outcome ------------------------------------------------------------------------

    def preview_result(self) -> Preview | None:
        return self._preview

    def accept(self) -> None:
        if self._preview is None or self._preview.fetched.result.observations.empty:
            return
        mode = str(self.duplicates.currentData())
        self._edit, self._summary = plan(self._preview.fetched, self._store, mode)
        if self._settings is not None:
            self.form.remember(self._settings)
        super().accept()

    def reject(self) -> None:
        self._fetching.cancel()  # a late answer of the stopped download is dropped
        self._edit = None
        super().reject()

    def planned_edit(self) -> Edit | None:
        """The import edit with the stored query (None unless Import was chosen)."""
        return self._edit

    def message(self) -> str:
        """What the import did, for the status bar."""
        if self._preview is None or self._summary is None:
            return ""
        label = get_connector(self._preview.fetched.request.source).label
        return translate("fetch_dialog", "Fetched from {portal}: {summary}").format(
            portal=label, summary=self._summary.sentence()
        )
