"""File > Import: preview what a file holds before anything is stored.

Shows the detected format (overridable), the importer's options (column mapping and
constants for generic tables, units, scale), the first rows as they will be stored, every
problem with file, line and column, and what to do with figures already stored. Reading
runs in the task runner with a progress bar and a Stop button. The dialog writes nothing:
after ``exec`` the caller takes :meth:`planned_edit` and pushes it on the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import Edit
from app.domain.store import ObservationStore
from app.qt.import_preview_model import ImportPreviewModel, ProblemModel
from app.qt.tasks import Cancelled, TaskHandle, TaskRunner
from app.services.importers import (
    IMPORTERS,
    ImportCancelled,
    ImportFailed,
    ImportResult,
    OnDuplicate,
    PlanSummary,
    Problem,
    Severity,
    detect,
    plan_import,
    plan_with_summary,
    read_file,
)
from app.services.importers.base import Option
from app.services.importers.tables import table_columns

DUPLICATE_CHOICES = (
    ("Keep both, as separate sources", OnDuplicate.KEEP),
    ("Replace the stored figures", OnDuplicate.REPLACE),
    ("Skip figures already stored", OnDuplicate.SKIP),
)
GUESS, NONE = "(guess from the names)", "(none)"


class ImportDialog(QDialog):
    def __init__(self, path: str | Path, store: ObservationStore,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(f"Import {self.path.name}")
        self._store = store
        self._runner = runner or TaskRunner()
        self._handle: TaskHandle | None = None
        self._generation = 0
        self._result: ImportResult | None = None
        self._edit: Edit | None = None
        self._option_widgets: dict[str, QWidget] = {}
        self._build()
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.reread.clicked.connect(self.start_reading)
        self.stop.clicked.connect(self._stop)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_formats()
        self._build_options()
        self.start_reading()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.options_box = QGroupBox("Options")
        self.options_form = QFormLayout(self.options_box)
        self.reread = QPushButton("Read again")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.stop = QPushButton("Stop reading")
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.preview_model = ImportPreviewModel()
        self.problem_model = ProblemModel()
        self.preview = _table(self.preview_model)
        self.problems = _table(self.problem_model)
        self.duplicates = QComboBox()
        for text, mode in DUPLICATE_CHOICES:
            self.duplicates.addItem(text, mode.value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        top = QFormLayout()
        top.addRow("File", QLabel(str(self.path)))
        top.addRow("Format", self.format_box)
        top.addRow("Figures already stored", self.duplicates)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.stop)
        bar.addWidget(self.reread)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(_titled("First rows as they will be stored", self.preview))
        split.addWidget(_titled("Problems (file, line, column)", self.problems))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.options_box)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 700)

    def _fill_formats(self) -> None:
        try:
            detected = detect(self.path)
        except ImportFailed:
            detected = "table"
        self.format_box.blockSignals(True)
        for name, imp in IMPORTERS.items():
            suffix = "  (detected)" if name == detected else ""
            self.format_box.addItem(imp.label + suffix, name)
        self.format_box.setCurrentIndex(self.format_box.findData(detected))
        self.format_box.blockSignals(False)

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, name: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(name))

    def _format_changed(self) -> None:
        self._build_options()
        self.start_reading()

    def _build_options(self) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self._option_widgets = {}
        opts = IMPORTERS[self.format_name()].options
        columns = self._columns() if any(o.kind == "column" for o in opts) else []
        for opt in opts:
            widget = _option_widget(opt, columns)
            self._option_widgets[opt.key] = widget
            self.options_form.addRow(opt.label, widget)
        self.options_box.setVisible(bool(opts))

    def _columns(self) -> list[str]:
        try:
            return table_columns(self.path)
        except (ImportFailed, OSError, ValueError):
            return []

    def options(self) -> dict[str, Any]:
        return {key: _option_value(w) for key, w in self._option_widgets.items()}

    def set_option(self, key: str, value: Any) -> None:
        """Set one option as the user would (tests, drag-and-drop presets)."""
        w = self._option_widgets[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    # --- reading ------------------------------------------------------------------------

    def start_reading(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._result = None
        self.ok_button.setEnabled(False)
        self.progress.setValue(0)
        self.stop.setEnabled(True)
        self.summary.setText("Reading…")
        path, fmt, opts, store = self.path, self.format_name(), self.options(), self._store

        def task(progress: Any, cancelled: Any) -> tuple[ImportResult, PlanSummary]:
            try:
                result = read_file(path, fmt, opts, progress, cancelled)
            except ImportCancelled as exc:
                raise Cancelled from exc
            return result, plan_with_summary(result, store, OnDuplicate.KEEP)[1]

        self._generation += 1
        gen = self._generation
        self._handle = self._runner.start(
            task, on_done=lambda payload: self._done(gen, payload),
            on_error=lambda msg, _tb: self._failed(gen, msg),
            on_progress=self._progress, on_cancel=lambda: self._cancelled(gen))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(1000 * done / total))

    def _stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _done(self, gen: int, payload: tuple[ImportResult, PlanSummary]) -> None:
        if gen != self._generation:
            return
        result, summary = payload
        self._result = result
        self.progress.setValue(1000)
        self.stop.setEnabled(False)
        self.preview_model.set_frame(result.observations)
        self.problem_model.set_problems(result.problems)
        n, errors = len(result.observations), len(result.errors)
        self.summary.setText(
            f"{n} observations ready from {result.source.publisher or 'the file'}; "
            f"{result.skipped} rows skipped ({errors} errors), {result.empty_cells} empty "
            f"cells; {summary.matching} match figures already stored.")
        self.ok_button.setEnabled(n > 0)
        self.ok_button.setText("Import, skipping bad rows" if errors else "Import")

    def _failed(self, gen: int, message: str) -> None:
        if gen != self._generation:
            return
        self.stop.setEnabled(False)
        self.preview_model.set_frame(None)
        self.problem_model.set_problems([Problem(self.path.name, None, "", message,
                                                 Severity.ERROR)])
        self.summary.setText(f"Cannot import: {message}")

    def _cancelled(self, gen: int) -> None:
        if gen == self._generation:
            self.stop.setEnabled(False)
            self.summary.setText("Reading stopped; nothing was imported.")

    # --- outcome ------------------------------------------------------------------------

    def import_result(self) -> ImportResult | None:
        return self._result

    def accept(self) -> None:
        if self._result is None or self._result.observations.empty:
            return
        self._edit = plan_import(self._result, self._store, str(self.duplicates.currentData()))
        super().accept()

    def reject(self) -> None:
        self._stop()
        self._generation += 1  # a late result of the stopped read is ignored
        self._edit = None
        super().reject()

    def planned_edit(self) -> Edit | None:
        return self._edit


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def _option_widget(opt: Option, columns: list[str]) -> QWidget:
    if opt.kind == "bool":
        box = QCheckBox()
        box.setChecked(bool(opt.default))
        return box
    if opt.kind in ("choice", "column"):
        combo = QComboBox()
        items = [(c, c) for c in opt.choices] if opt.kind == "choice" else [
            (GUESS, ""), (NONE, "-"), *((c, c) for c in columns)]
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(opt.default)))
        return combo
    edit = QLineEdit(str(opt.default))
    edit.setToolTip(opt.help)
    return edit


def _option_value(w: QWidget) -> Any:
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QLineEdit):
        return w.text()
    return None
