"""Browse an SDMX agency for the Fetch form: its dataflows (a filter over ID and name), a
picked dataflow's dimensions in key order, each with a searchable multi-select of its codes
(none ticked = every code), and the series key as it is built. OK fills the form's dataflow
and key; the user then previews in the Fetch dialog as usual. Every load runs in the task
runner with its own HTTP client (:mod:`app.services.fetch.sdmx_structure`), with progress and
Cancel; a failure (offline, a 404, an unreadable answer) is a sentence in the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import translate
from app.qt.tasks import TaskRunner
from app.services.fetch.errors import FetchError
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.sdmx_rest import FlowRef
from app.services.fetch.sdmx_structure import Dimension, Flow, dataflows, dimensions
from app.ui.fetch_form import ClientFactory, FetchForm
from app.ui.portal_parts import (
    CODE,
    SHORT,
    Checklist,
    Finder,
    asking,
    column,
    hide_unmatched,
    label,
    line_edit,
)


class SdmxBrowser(Finder):
    """An SDMX agency's dataflows, a dataflow's dimensions and codes -> dataflow and key."""

    def __init__(
        self,
        connector: str,
        runner: TaskRunner,
        base_url: str = "",
        client_factory: ClientFactory | None = None,
        dataflow: str = "",
        key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``base_url`` overrides the connector's; the form's ``dataflow`` and ``key`` are
        shown again when the agency lists that dataflow."""
        c = get_connector(connector)
        super().__init__(
            translate("sdmx_browser", "Browse {portal}").format(portal=c.label), runner, parent
        )
        self._name, self._base = connector, c.base_url(base_url)
        self._factory: ClientFactory = client_factory or HttpClient
        self.listed: list[Flow] = []
        self._flow: Flow | None = None
        self._cache: dict[Flow, list[Dimension]] = {}
        self.dims: list[Dimension] = []
        self._wanted = (dataflow.strip(), key.strip())
        self.pickers: list[Checklist] = []
        self.boxes: list[QGroupBox] = []
        self.filter = line_edit(
            translate("sdmx_browser", "Filter {publisher}'s dataflows by ID or name").format(
                publisher=c.publisher
            )
        )
        self.flows = QListWidget()
        self.dim_title = label(
            translate("sdmx_browser", "Pick a dataflow to see its dimensions and their codes.")
        )
        holder = QWidget()
        self.rows = column(parent=holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.key_label = label()
        self.ok_button.setText(translate("sdmx_browser", "&Use this dataflow and key"))
        left, right = QWidget(), QWidget()
        column(self.filter, self.flows, parent=left, margin=0)
        column(self.dim_title, scroll, parent=right, margin=0)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([440, 520])
        column(split, self.key_label, *self._footer(), parent=self).setStretchFactor(split, 1)
        self.resize(1000, 640)
        self.filter.textChanged.connect(lambda text: hide_unmatched(self.flows, text))
        self.flows.itemClicked.connect(self._clicked)
        self.flows.itemActivated.connect(self._clicked)
        self._show_key()
        self.load(
            translate("sdmx_browser", "Asking {publisher} for its dataflows…").format(
                publisher=c.publisher
            ),
            asking(self._base, self._factory, lambda ctx: dataflows(connector, ctx)),
            self._listed,
        )

    # --- dataflows ------------------------------------------------------------------------

    def _listed(self, flows: list[Flow]) -> None:
        self.listed = flows
        self.flows.clear()
        for i, flow in enumerate(flows):
            item = QListWidgetItem(f"{flow.ref()}  {flow.name}")
            item.setData(CODE, i)
            item.setToolTip(flow.name)
            self.flows.addItem(item)
        hide_unmatched(self.flows, self.filter.text())
        n = len(flows)  # a plain name: pyside6-lupdate skips a call in the count's place
        self.status.setText(
            translate("sdmx_browser", "%Ln dataflows: pick one to see its dimensions.", "", n)
        )
        try:
            want = FlowRef.parse(self._wanted[0]) if self._wanted[0] else None
        except FetchError:
            want = None
        for i, flow in enumerate(flows):
            if want and flow.id == want.id and want.agency in ("", flow.agency):
                self.flows.setCurrentRow(i)
                self.pick(flow)
                break

    def visible_flows(self) -> list[str]:
        """The dataflows the filter shows, as ``AGENCY:ID(VERSION)``."""
        shown = [self.flows.item(i) for i in range(self.flows.count())]
        return [self.listed[int(i.data(CODE))].ref() for i in shown if not i.isHidden()]

    def _clicked(self, item: QListWidgetItem) -> None:
        self._wanted = ("", "")  # the user's pick, not the form's
        self.pick(self.listed[int(item.data(CODE))])

    def pick(self, flow: Flow) -> None:
        """Show ``flow``'s dimensions (loaded in the background the first time)."""
        if flow == self._flow and (self.pickers or self.busy):
            return
        self._flow = flow
        if flow in self._cache:
            self._show_dims(flow, self._cache[flow])
            return
        self._show_dims(flow, [])
        name = self._name
        self.load(
            translate("sdmx_browser", "Asking for the dimensions of {dataflow}…").format(
                dataflow=flow.ref()
            ),
            asking(self._base, self._factory, lambda ctx: dimensions(name, flow, ctx)),
            lambda dims: self._loaded(flow, dims),
        )

    def _loaded(self, flow: Flow, dims: list[Dimension]) -> None:
        self._cache[flow] = dims
        n = len(dims)
        self.status.setText(
            translate(
                "sdmx_browser",
                "{dataflow}: %n dimensions. Tick codes to narrow the key; "
                "a dimension with none ticked takes every code.",
                "",
                n,
            ).format(dataflow=flow.ref())
        )
        self._show_dims(flow, dims)

    # --- dimensions and the key ----------------------------------------------------------

    def _show_dims(self, flow: Flow, dims: list[Dimension]) -> None:
        for box in self.boxes:
            self.rows.removeWidget(box)
            box.deleteLater()
        if self.rows.count():  # the stretch under the rows
            self.rows.takeAt(self.rows.count() - 1)
        self.pickers, self.boxes, self.dims = [], [], dims
        for dim in dims:
            n = len(dim.codes)
            picker = Checklist(
                translate("sdmx_browser", "Search the %n codes of {dimension}", "", n).format(
                    dimension=dim.name
                )
            )
            if not dim.codes:
                picker.search.setPlaceholderText(
                    translate("sdmx_browser", "No code list: type codes joined by +")
                )
                picker.search.textChanged.connect(picker.changed)
                picker.view.setVisible(False)
            picker.set_items((code, name, "") for code, name in dim.codes)
            picker.search.setVisible(len(dim.codes) > SHORT or not dim.codes)
            shown = min(max(len(dim.codes), 1), SHORT)
            rows = picker.view.sizeHintForRow(0) * shown if dim.codes else 0
            picker.view.setMaximumHeight(rows + 2 * picker.view.frameWidth() + 4)
            picker.changed.connect(self._show_key)
            box = QGroupBox()
            QVBoxLayout(box).addWidget(picker)
            self.rows.addWidget(box)
            self.pickers.append(picker)
            self.boxes.append(box)
        self.rows.addStretch(1)
        title = (
            "<b>{dataflow}</b> {name}"
            if dims
            else translate("sdmx_browser", "<b>{dataflow}</b> {name} — loading its dimensions…")
        )
        self.dim_title.setText(title.format(dataflow=flow.ref(), name=flow.name))
        wanted_flow, wanted_key = self._wanted
        parts = wanted_key.split(".")
        if dims and wanted_flow and wanted_key and len(parts) == len(dims):
            self._wanted = ("", "")  # the form's key, once, on the form's dataflow
            lost = []
            for picker, part in zip(self.pickers, parts, strict=True):
                codes = [c for c in part.split("+") if c not in ("", "*")]
                picker.set_selected(codes)
                lost += [c for c in codes if picker.view.count() and c not in picker.codes(False)]
            if lost:
                left_out = translate(
                    "sdmx_browser", "Not in the code lists, so left out: {codes}."
                ).format(codes=", ".join(lost))
                self.status.setText(f"{self.status.text()} {left_out}".strip())
        self._show_key()

    def chosen(self, position: int) -> list[str]:
        """The codes chosen for the dimension at ``position`` (1-based)."""
        return self.pickers[position - 1].selected()

    def key(self) -> str:
        """The series key: codes joined by '+', dimensions by '.' ('' = every series)."""
        parts = ["+".join(self.chosen(i)) for i in range(1, len(self.pickers) + 1)]
        return ".".join(parts) if any(parts) else ""

    def dataflow(self) -> str:
        """The picked dataflow as ``AGENCY:ID(VERSION)`` ('' before one is picked)."""
        return self._flow.ref() if self._flow is not None and self.pickers else ""

    def _show_key(self) -> None:
        for i, (dim, box) in enumerate(zip(self.dims, self.boxes, strict=True), 1):
            codes = "+".join(self.chosen(i)) or translate("sdmx_browser", "every code")
            box.setTitle(f"{dim.position}. {dim.name} ({dim.id}): {codes}")
        self.ok_button.setEnabled(bool(self.pickers))
        if not self.pickers:
            self.key_label.setText(translate("sdmx_browser", "Series key: pick a dataflow first."))
            return
        shown = self.key() or translate("sdmx_browser", "(empty: every series of the dataflow)")
        self.key_label.setText(
            translate("sdmx_browser", "Series key: <b><tt>{key}</tt></b>").format(key=shown)
        )

    def fill_form(self, form: FetchForm) -> None:
        """Write the dataflow and the key into the Fetch form's SDMX option fields."""
        form.set_option_text("dataflow", self.dataflow())
        form.set_option_text("key", self.key())

    def accept(self) -> None:
        if self.pickers:
            super().accept()
