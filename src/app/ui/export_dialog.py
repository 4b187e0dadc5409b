"""File > Export briefing…: options, live preview, export in a worker; table data export.

The form's exporter options are built from the chosen exporter's declared options; the
choices are remembered in the settings. The preview is the briefing's Markdown text, rebuilt
(in the task runner) a moment after each change. Charts are drawn on the GUI thread (they
are widgets) between building the briefing and writing the file in the worker.

Hooks for the main window, one line each: ``run_export_dialog(window)`` and
``export_table_data(window)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import parse_period
from app.domain.selection import pair_mask, parse_pair
from app.domain.store import ObservationStore
from app.qt.messages import MessageBus
from app.qt.pdf_export import all_exporters
from app.qt.settings import Settings
from app.qt.tasks import Cancelled, TaskRunner
from app.services.briefing import (
    LOCALES,
    TABLE_FORMATS,
    Briefing,
    BriefingRequest,
    ExportOption,
    build_briefing,
    export_table,
    render_charts,
    render_markdown,
    table_frame,
)
from app.ui.chart_export import briefing_chart_renderer

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def option_widget(option: ExportOption) -> QWidget:
    """A form field for one declared exporter option."""
    if option.choices:
        box = QComboBox()
        box.addItems(list(option.choices))
        box.setCurrentText(str(option.default))
        return box
    if isinstance(option.default, bool):
        check = QCheckBox()
        check.setChecked(option.default)
        return check
    spin = QSpinBox()
    spin.setRange(option.minimum, option.maximum)
    spin.setValue(int(option.default))
    return spin


def option_value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    assert isinstance(widget, QSpinBox)
    return widget.value()


class ExportDialog(QDialog):
    def __init__(self, store: ObservationStore, pair: tuple[str, str], settings: Settings,
                 runner: TaskRunner, bus: MessageBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export briefing")
        self.store, self.settings, self.runner, self.bus = store, settings, runner, bus
        self.exporters = all_exporters()
        self.briefing: Briefing | None = None
        self.written: Path | None = None
        self._build_form(settings.get("brief/pair") or "-".join(pair))
        self._restore()
        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._connect_changes()
        self.refresh_preview()

    # --- form -----------------------------------------------------------------------------

    def _build_form(self, pair: str) -> None:
        self.pair = QLineEdit(pair)
        self.indicators = QTreeWidget()
        self.indicators.setHeaderLabels(["Indicator", "Chart"])
        header = self.indicators.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.indicators.setMinimumWidth(360)
        self.first, self.last = QLineEdit(), QLineEdit()
        self.first.setPlaceholderText("any, e.g. 2020")
        self.last.setPlaceholderText("any, e.g. 2025-10")
        self.format = QComboBox()
        for name, exporter in self.exporters.items():
            self.format.addItem(exporter.title, name)
        self.locale_box = QComboBox()
        for code, title in LOCALES.items():
            self.locale_box.addItem(f"{title} ({code})", code)
        self.charts = QCheckBox("Include charts")
        self.options_form = QFormLayout()
        self.option_widgets: dict[str, QWidget] = {}
        self.path = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.preview = QPlainTextEdit(readOnly=True)
        self.progress = QProgressBar()
        self.export_button = QPushButton("Export")
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        form = QFormLayout()
        for text, widget in (("Pair", self.pair), ("From", self.first), ("To", self.last),
                             ("Format", self.format), ("Numbers and dates", self.locale_box),
                             ("", self.charts)):
            form.addRow(text, widget)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow("File", path_row)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.indicators, 1)
        left.addLayout(self.options_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.resize(1100, 700)
        self._fill_indicators()

    def _fill_indicators(self) -> None:
        self.indicators.clear()
        try:
            a, b = parse_pair(self.pair.text())
        except ValueError:
            return
        obs = self.store.observations[pair_mask(self.store.observations, a, b)]
        names = self.store.indicator_names()
        for code in sorted(set(obs["indicator"].astype(str))):
            item = QTreeWidgetItem([names.get(code, code), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, code)
            item.setCheckState(0, CHECKED)
            item.setCheckState(1, CHECKED)
            self.indicators.addTopLevelItem(item)

    def _rebuild_options(self) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets = {}
        for option in self.exporter().options:
            widget = option_widget(option)
            self.options_form.addRow(option.label, widget)
            self.option_widgets[option.key] = widget
        self.charts.setEnabled(self.exporter().uses_charts)

    def _restore(self) -> None:
        s = self.settings
        self.first.setText(s.get("brief/first"))
        self.last.setText(s.get("brief/last"))
        self.format.setCurrentIndex(max(0, self.format.findData(s.get("brief/format"))))
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(s.get("brief/locale"))))
        self.charts.setChecked(bool(s.get("brief/charts")))
        self.path.setText(s.get("brief/path"))
        self._check(0, set(s.get("brief/indicators")))
        self._check(1, set(s.get("brief/chart_indicators")))
        self._rebuild_options()

    def _check(self, column: int, codes: set[str]) -> None:
        if not codes:
            return
        for item in self._items():
            code = item.data(0, Qt.ItemDataRole.UserRole)
            item.setCheckState(column, CHECKED if code in codes else UNCHECKED)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.indicators.topLevelItem(i)
                 for i in range(self.indicators.topLevelItemCount()))
        return [i for i in items if i is not None]

    def _checked(self, column: int) -> tuple[str, ...]:
        items = self._items()
        chosen = [i.data(0, Qt.ItemDataRole.UserRole) for i in items
                  if i.checkState(column) == CHECKED]
        return () if len(chosen) == len(items) else tuple(chosen)

    def _connect_changes(self) -> None:
        later = self._preview_timer.start
        self.pair.textChanged.connect(self._fill_indicators)
        self.pair.textChanged.connect(later)
        for edit in (self.first, self.last):
            edit.textChanged.connect(later)
        self.locale_box.currentIndexChanged.connect(later)
        self.charts.toggled.connect(later)
        self.indicators.itemChanged.connect(later)
        self.format.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        self._rebuild_options()
        path = self.path.text()
        if path:
            self.path.setText(str(Path(path).with_suffix(self.exporter().suffix)))

    def _browse(self) -> None:
        exporter = self.exporter()
        start = self.path.text() or self.settings.get("export/last_dir")
        path, _ = QFileDialog.getSaveFileName(self, "Export briefing", start,
                                              f"{exporter.title} (*{exporter.suffix})")
        if path:
            self.path.setText(path)

    # --- state ----------------------------------------------------------------------------

    def exporter(self) -> Any:
        return self.exporters[self.format.currentData()]

    def request(self) -> BriefingRequest:
        """The briefing the form describes; raises ValueError for bad pair or period text."""
        a, b = parse_pair(self.pair.text())
        first = parse_period(self.first.text()).start if self.first.text().strip() else None
        last = parse_period(self.last.text()).end if self.last.text().strip() else None
        chart_codes = self._checked(1)
        return BriefingRequest(
            a=a, b=b, indicators=self._checked(0), first_month=first, last_month=last,
            locale=self.locale_box.currentData(),
            charts=self.charts.isChecked() and self._any_chart(), chart_indicators=chart_codes)

    def _any_chart(self) -> bool:
        return any(i.checkState(1) == CHECKED for i in self._items())

    def options(self) -> dict[str, Any]:
        return {key: option_value(w) for key, w in self.option_widgets.items()}

    def remember(self) -> None:
        s, r = self.settings, self.request()
        s.set("brief/pair", f"{r.a}-{r.b}")
        s.set("brief/indicators", list(r.indicators))
        s.set("brief/chart_indicators", list(r.chart_indicators))
        s.set("brief/first", self.first.text().strip())
        s.set("brief/last", self.last.text().strip())
        s.set("brief/format", self.format.currentData())
        s.set("brief/locale", r.locale)
        s.set("brief/charts", int(self.charts.isChecked()))
        s.set("brief/path", self.path.text())

    # --- preview and export ---------------------------------------------------------------

    def refresh_preview(self) -> None:
        try:
            request = self.request()
        except ValueError as exc:
            self.preview.setPlainText(f"Cannot build the briefing: {exc}")
            return
        store = self.store
        self.preview.setPlainText("Building the preview…")
        self.runner.start(lambda _p, _c: build_briefing(store, request),
                          on_done=self._show_preview,
                          on_error=lambda msg, _tb: self.preview.setPlainText(msg))

    def _show_preview(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.preview.setPlainText(render_markdown(briefing))

    def start_export(self) -> None:
        try:
            request = self.request()
        except ValueError as exc:
            self.bus.error(f"Cannot export: {exc}")
            return
        if not self.path.text().strip():
            self._browse()
        if not self.path.text().strip():
            return
        self.export_button.setEnabled(False)
        store = self.store

        def build(progress: Any, cancelled: Any) -> Briefing:
            def step(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled
                progress(done, total * 2)
            return build_briefing(store, request, progress=step)

        self.runner.start(build, on_done=self._write, on_error=self._failed,
                          on_progress=self._progress)

    def _write(self, briefing: Briefing) -> None:
        exporter = self.exporter()
        if briefing.request.charts and exporter.uses_charts:
            render_charts(briefing, briefing_chart_renderer())
        path = Path(self.path.text().strip())
        if not path.suffix:
            path = path.with_suffix(exporter.suffix)
        options = self.options()

        def write(progress: Any, _cancelled: Any) -> Path:
            exporter.export(briefing, path, options)
            progress(2, 2)
            return path

        self.runner.start(write, on_done=self._written, on_error=self._failed,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _written(self, path: Path) -> None:
        self.written = path
        self.export_button.setEnabled(True)
        self.remember()
        self.settings.set("export/last_dir", str(path.parent))
        self.bus.info(f"Briefing written to {path} ({path.stat().st_size:,} bytes)")

    def _failed(self, message: str, details: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.bus.error(f"The briefing was not written: {message}", details)


def run_export_dialog(window: MainWindow) -> ExportDialog:
    """File > Export briefing… (the dialog stays open until the user closes it)."""
    dialog = ExportDialog(window.session.store, window.pair(), window.settings, window.runner,
                          window.bus, window)
    dialog.open()
    return dialog


def export_table_data(window: MainWindow) -> None:
    """File > Export table…: the rows as the table shows them (filtered, sorted)."""
    path, chosen = QFileDialog.getSaveFileName(window, "Export table",
                                               window.settings.get("export/last_dir"),
                                               ";;".join(TABLE_FORMATS.values()))
    if not path:
        return
    suffix = Path(path).suffix.lstrip(".").lower()
    fmt = suffix if suffix in TABLE_FORMATS else next(
        (k for k, v in TABLE_FORMATS.items() if v == chosen), "csv")
    target = Path(path) if Path(path).suffix else Path(f"{path}.{fmt}")
    store = window.session.store
    frame = table_frame(store.observations.iloc[window.model.order], store.sources,
                        store.indicator_names())
    window.runner.start(
        lambda _p, _c: export_table(frame, target, fmt),
        on_done=lambda _f: window.bus.info(f"{len(frame):,} rows written to {target}"),
        on_error=lambda msg, tb: window.bus.error(f"Could not export the table: {msg}", tb))
