"""File > Import: preview what a file holds before anything is stored.

Shows the detected format (overridable), the importer's options (column mapping and
constants for generic tables, units, scale) as a form built by :class:`OptionForm`, the
first rows as they will be stored, every problem with file, line and column, and what to do
with figures already stored. Detecting the format, reading the file's columns, reading and
formatting the preview all run in the task runner (the GUI thread only shows results) with
a progress bar and a Stop button; each goes through a :class:`TaskSlot`, so a newer read
supersedes an older one. The dialog writes nothing: after ``exec`` the caller takes
:meth:`planned_edit` and pushes it on the undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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
from app.qt.tasks import Cancelled, IsCancelled, Progress, TaskRunner, TaskSlot
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
    plan_with_summary,
    read_file,
)
from app.services.importers.tables import table_columns
from app.services.importers.unit_fixes import apply_unit_fixes, unknown_units
from app.ui.dock_panel_parts import rows_table, titled
from app.ui.import_units import UnitFixTable
from app.ui.option_form import OptionForm

#: the format offered when detection fails: the generic table lets the user map columns
FALLBACK_FORMAT = "table"


@dataclass(frozen=True)
class FileFacts:
    """What the dialog needs to know of a file before reading it: format and columns."""

    detected: str
    columns: list[str]


@dataclass(frozen=True)
class Reading:
    """A finished read: the result, its plan against the store, the formatted first rows."""

    result: ImportResult
    summary: PlanSummary
    rows: list[tuple[str, ...]]


def inspect_file(path: Path) -> FileFacts:
    """The detected format (the generic table if none fits) and the file's column names
    (none when it is not a table). Runs in a worker: it reads the file's head."""
    try:
        detected = detect(path)
    except ImportFailed:
        detected = FALLBACK_FORMAT
    try:
        columns = table_columns(path)
    except (ImportFailed, OSError, ValueError):
        columns = []
    return FileFacts(detected, columns)


def read_preview(
    path: Path,
    fmt: str,
    options: dict[str, Any],
    store: ObservationStore,
    progress: Progress,
    cancelled: IsCancelled,
) -> Reading:
    """Read the file, plan it against the store and format the preview rows (a worker)."""
    try:
        result = read_file(path, fmt, options, progress, cancelled)
    except ImportCancelled as exc:
        raise Cancelled from exc
    summary = plan_with_summary(result, store, OnDuplicate.KEEP)[1]
    return Reading(result, summary, preview_rows(result.observations))


class ImportDialog(QDialog):
    def __init__(
        self,
        path: str | Path,
        store: ObservationStore,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(translate("import_dialog", "Import {file}").format(file=self.path.name))
        self._store = store
        runner = runner or TaskRunner()
        self._inspecting: TaskSlot[FileFacts] = TaskSlot(runner)
        self._reading: TaskSlot[Reading] = TaskSlot(runner)
        self._columns: list[str] = []
        self._result: ImportResult | None = None
        self._edit: Edit | None = None
        self._build()
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.reread.clicked.connect(self.start_reading)
        self.stop.clicked.connect(self._stop)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._start_inspecting()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.options_box = QGroupBox(translate("import_dialog", "Options"))
        self.options_form = QFormLayout(self.options_box)
        self.form = OptionForm(self.options_form)
        self.reread = QPushButton(translate("import_dialog", "Read again"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.stop = QPushButton(translate("import_dialog", "Stop reading"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.preview_model = ImportPreviewModel()
        self.problem_model = ProblemModel()
        self.preview = rows_table(self.preview_model)
        self.problems = rows_table(self.problem_model)
        self.units = UnitFixTable()
        self.units_box = titled(
            translate("import_dialog", "Units not recognised: type what each series is in"),
            self.units,
        )
        self.units_box.setVisible(False)
        self.units.itemChanged.connect(self._units_typed)
        self.duplicates = QComboBox()
        for text, mode in duplicate_choices():
            self.duplicates.addItem(text, mode)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        top = QFormLayout()
        top.addRow(translate("import_dialog", "File"), QLabel(str(self.path)))
        top.addRow(translate("import_dialog", "Format"), self.format_box)
        top.addRow(translate("import_dialog", "Figures already stored"), self.duplicates)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.stop)
        bar.addWidget(self.reread)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(
            titled(translate("import_dialog", "First rows as they will be stored"), self.preview)
        )
        split.addWidget(
            titled(
                translate("import_dialog", "Problems (file, first lines, column)"), self.problems
            )
        )
        split.addWidget(self.units_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.options_box)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 700)

    def _start_inspecting(self) -> None:
        self.summary.setText(translate("import_dialog", "Reading…"))
        self.options_box.setVisible(False)
        path = self.path
        self._inspecting.start(
            lambda _p, _c: inspect_file(path),
            on_done=self._inspected,
            on_error=lambda _msg, _tb: self._inspected(FileFacts(FALLBACK_FORMAT, [])),
        )

    def _inspected(self, facts: FileFacts) -> None:
        self._columns = facts.columns
        self._fill_formats(facts.detected)
        self._build_options()
        self.start_reading()

    def _fill_formats(self, detected: str) -> None:
        self.format_box.blockSignals(True)
        for name, imp in IMPORTERS.items():
            shown = (
                translate("import_dialog", "{format}  (detected)").format(format=imp.label)
                if name == detected
                else imp.label
            )
            self.format_box.addItem(shown, name)
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
        opts = IMPORTERS[self.format_name()].options
        self.form.build(opts, self._columns)
        self.options_box.setVisible(bool(opts))

    def options(self) -> dict[str, Any]:
        return self.form.values()

    def set_option(self, key: str, value: Any) -> None:
        """Set one option as the user would (tests, drag-and-drop presets)."""
        self.form.set_value(key, value)

    # --- reading ------------------------------------------------------------------------

    def start_reading(self) -> None:
        """Read the file with the chosen format and options; supersedes a read under way."""
        if not self.format_box.count():
            # the format is not known yet (detection was stopped, or is under way): detect
            # again; reading starts once it is known
            if not self._inspecting.busy:
                self._start_inspecting()
            return
        self._result = None
        self.ok_button.setEnabled(False)
        self.progress.setValue(0)
        self.stop.setEnabled(True)
        self.summary.setText(translate("import_dialog", "Reading…"))
        path, fmt, opts, store = self.path, self.format_name(), self.options(), self._store
        self._reading.start(
            lambda progress, cancelled: read_preview(path, fmt, opts, store, progress, cancelled),
            on_done=self._done,
            on_error=lambda msg, _tb: self._failed(msg),
            on_progress=self._progress,
            on_cancel=self._stopped,
        )

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(1000 * done / total))

    def _stop(self) -> None:
        busy = self._inspecting.busy or self._reading.busy
        self._inspecting.cancel()
        self._reading.cancel()
        if busy:
            self._stopped()

    def _done(self, reading: Reading) -> None:
        result, summary = reading.result, reading.summary
        self._result = result
        self.progress.setValue(1000)
        self.stop.setEnabled(False)
        self.preview_model.set_rows(reading.rows)
        self.problem_model.set_problems(result.problems)
        unknown = unknown_units(result)
        self.units.set_units(unknown)
        self.units_box.setVisible(len(unknown) > 0)
        n, errors = len(result.observations), len(result.errors)
        read = translate(
            "import_dialog",
            "%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), "
            "{empty} empty cells.",
            "",
            n,
        ).format(
            publisher=result.source.publisher or translate("import_dialog", "the file"),
            skipped=result.skipped,
            errors=errors,
            empty=result.empty_cells,
        )
        self.summary.setText(f"{read} {summary.sentence()}")
        self.summary.setWordWrap(True)
        self.ok_button.setEnabled(n > 0 and summary.changes > 0)
        self.ok_button.setText(
            translate("import_dialog", "Import, skipping bad rows")
            if errors
            else translate("import_dialog", "Import")
        )

    def _units_typed(self) -> None:
        """A unit typed for a series is a change even when the figures are stored already."""
        if self._result is not None and len(self._result.observations) and self.units.fixes():
            self.ok_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.stop.setEnabled(False)
        self.preview_model.set_rows([])
        self.problem_model.set_problems(
            [Problem(self.path.name, None, "", message, Severity.ERROR)]
        )
        self.summary.setText(
            translate("import_dialog", "Cannot import: {reason}").format(reason=message)
        )

    def _stopped(self) -> None:
        self.stop.setEnabled(False)
        self.summary.setText(translate("import_dialog", "Reading stopped; nothing was imported."))

    # --- outcome ------------------------------------------------------------------------

    def import_result(self) -> ImportResult | None:
        return self._result

    def accept(self) -> None:
        if self._result is None or self._result.observations.empty:
            return
        problem = self.units.check()
        if problem:
            self.summary.setText(
                translate("import_dialog", "Cannot import yet: {problem}").format(problem=problem)
            )
            return
        result = apply_unit_fixes(self._result, self.units.fixes())
        edit, summary = plan_with_summary(result, self._store, str(self.duplicates.currentData()))
        self._edit = edit if summary.changes else None
        super().accept()

    def reject(self) -> None:
        self._inspecting.cancel()
        self._reading.cancel()  # a late result of the stopped read is dropped
        self._edit = None
        super().reject()

    def planned_edit(self) -> Edit | None:
        return self._edit
