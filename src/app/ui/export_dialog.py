"""File > Export briefing…: options, live preview, export in a worker.

The format list, the file filter and the option form come from the export registry
(:mod:`app.services.export_registry`); the form is built by :class:`OptionForm` from the
chosen format's declared options; the choices are remembered in the settings. For the note
and the dossier templates, :class:`MessagePicker` lists the last preview's key messages to
pin or drop. The preview (Markdown) is rebuilt in the task runner a moment after each
change through a :class:`TaskSlot`, so an older preview never overwrites a newer one. The
briefing, its chart images (:mod:`app.qt.chart_render`; none for PDF, which paints vectors)
and the file are made in the task runner; the GUI thread only shows progress.

Entry point for the window's controllers: :func:`run_export_dialog`, given a
:class:`DeskContext` instead of the window. Table data export is :mod:`app.ui.table_export`;
the indicator list is :mod:`app.ui.export_indicators`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import parse_period
from app.domain.selection import parse_pair
from app.domain.store import ObservationStore
from app.qt.context import DeskContext
from app.qt.document_charts import chart_renderer_for
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.settings import (
    BRIEF_CHART_INDICATORS,
    BRIEF_CHARTS,
    BRIEF_FIRST,
    BRIEF_FORMAT,
    BRIEF_INDICATORS,
    BRIEF_LAST,
    BRIEF_LOCALE,
    BRIEF_MESSAGES,
    BRIEF_PAIR,
    BRIEF_PATH,
    BRIEF_TEMPLATE,
    EXPORT_LAST_DIR,
)
from app.qt.tasks import IsCancelled, Progress, TaskSlot
from app.services.briefing import (
    LOCALES,
    Briefing,
    BriefingRequest,
    build_briefing,
    create_exporter,
)
from app.services.briefing.model import TEMPLATES
from app.services.export_registry import ExportFormat, formats
from app.ui.briefing_tasks import preview_text, stop_if, write_briefing
from app.ui.export_indicators import CHART_COLUMN, INDICATOR_COLUMN, IndicatorChecklist
from app.ui.message_picker import MessagePicker
from app.ui.option_form import OptionForm

# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
#: the template box's entries, in the order of TEMPLATES (shown translated)
TEMPLATE_TITLES = {
    "note": str(QT_TRANSLATE_NOOP("export_dialog", "Note — one to two pages")),
    "dossier": str(QT_TRANSLATE_NOOP("export_dialog", "Dossier")),
    "table": str(QT_TRANSLATE_NOOP("export_dialog", "Table of figures")),
}


class ExportDialog(QDialog):
    """The briefing export form over the desk of ``ctx``; writes nothing until Export."""

    def __init__(
        self, ctx: DeskContext, pair: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialog", "Export briefing"))
        self.ctx, self.settings, self.runner, self.bus = ctx, ctx.settings, ctx.runner, ctx.bus
        self.formats = formats("briefing")
        self._previews: TaskSlot[tuple[Briefing, str]] = TaskSlot(ctx.runner)
        self.briefing: Briefing | None = None
        self.written: Path | None = None
        self._build_form(self.settings.get(BRIEF_PAIR) or "-".join(pair))
        self._restore()
        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._connect_changes()
        self.refresh_preview()

    # --- form -----------------------------------------------------------------------------

    def _build_form(self, pair: str) -> None:
        self.pair = QLineEdit(pair)
        self.indicators = IndicatorChecklist()
        self.first, self.last = QLineEdit(), QLineEdit()
        self.first.setPlaceholderText(translate("export_dialog", "any, e.g. 2020"))
        self.last.setPlaceholderText(translate("export_dialog", "any, e.g. 2025-10"))
        self.template = combo(
            (translate("export_dialog", TEMPLATE_TITLES[t]) if t in TEMPLATE_TITLES else t, t)
            for t in TEMPLATES
        )
        self.format = combo((fmt.title, name) for name, fmt in self.formats.items())
        # the briefing's languages by their own names (data of the briefing, not translated)
        self.locale_box = combo((f"{title} ({code})", code) for code, title in LOCALES.items())
        self.charts = QCheckBox(translate("export_dialog", "Include charts"))
        self.options_form = QFormLayout()
        self.form = OptionForm(self.options_form)
        self.path = QLineEdit()
        browse = QPushButton(translate("export_dialog", "Browse…"))
        browse.clicked.connect(self._browse)
        self.preview = QPlainTextEdit(readOnly=True)
        self.picker = MessagePicker()
        self.progress = QProgressBar()
        self.export_button = QPushButton(translate("export_dialog", "Export"))
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(translate("export_dialog", "Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        for text, widget in (
            (translate("export_dialog", "Pair"), self.pair),
            (translate("export_dialog", "From"), self.first),
            (translate("export_dialog", "To"), self.last),
            (translate("export_dialog", "Template"), self.template),
            (translate("export_dialog", "Format"), self.format),
            (translate("export_dialog", "Language"), self.locale_box),
            ("", self.charts),
        ):
            form.addRow(text, widget)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(translate("export_dialog", "File"), path_row)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.indicators, 1)
        left.addLayout(self.options_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.picker)
        right.addWidget(self.preview)
        right.setSizes([260, 440])
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.resize(1100, 700)
        self.indicators.fill(self.store, pair)

    @property
    def store(self) -> ObservationStore:
        """The open desk's observations (the session may have opened another desk)."""
        return self.ctx.session.store

    def _rebuild_options(self) -> None:
        self.form.build(self.export_format().options)
        self._enable_charts()

    def _enable_charts(self) -> None:
        """Chart choices only where the format draws charts and the template has them."""
        able = self.export_format().charts and self.template_name() != "table"
        self.charts.setEnabled(able)
        self.indicators.setColumnHidden(CHART_COLUMN, not able)
        self.picker.setEnabled(self.template_name() != "table")

    def _restore(self) -> None:
        s = self.settings
        self.first.setText(s.get(BRIEF_FIRST))
        self.last.setText(s.get(BRIEF_LAST))
        self.template.setCurrentIndex(max(0, self.template.findData(s.get(BRIEF_TEMPLATE))))
        self.picker.restore(s.get(BRIEF_MESSAGES))
        self.format.setCurrentIndex(max(0, self.format.findData(s.get(BRIEF_FORMAT))))
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(s.get(BRIEF_LOCALE))))
        self.charts.setChecked(bool(s.get(BRIEF_CHARTS)))
        self.path.setText(s.get(BRIEF_PATH))
        for column, setting in (
            (INDICATOR_COLUMN, BRIEF_INDICATORS),
            (CHART_COLUMN, BRIEF_CHART_INDICATORS),
        ):
            codes: list[str] = s.get(setting)
            self.indicators.check(column, codes)
        self._rebuild_options()
        self._pair_changed()

    def _connect_changes(self) -> None:
        later = self._preview_timer.start
        self.pair.textChanged.connect(lambda text: self.indicators.fill(self.store, text))
        self.pair.textChanged.connect(self._pair_changed)
        self.pair.textChanged.connect(later)
        self.template.currentIndexChanged.connect(self._enable_charts)
        self.template.currentIndexChanged.connect(later)
        self.picker.choices_changed.connect(later)
        for edit in (self.first, self.last):
            edit.textChanged.connect(later)
        self.locale_box.currentIndexChanged.connect(later)
        self.charts.toggled.connect(later)
        self.indicators.itemChanged.connect(later)
        self.format.currentIndexChanged.connect(self._format_changed)

    def _pair_changed(self) -> None:
        """The pins and drops of the pair now typed (each pair keeps its own)."""
        try:
            self.picker.show_pair("-".join(parse_pair(self.pair.text())))
        except ValueError:
            self.picker.show_pair(self.pair.text().strip())

    def _format_changed(self) -> None:
        self._rebuild_options()
        path = self.path.text()
        if path:
            self.path.setText(str(Path(path).with_suffix(self.export_format().suffix)))

    def _browse(self) -> None:
        start = self.path.text() or self.settings.get(EXPORT_LAST_DIR)
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("export_dialog", "Export briefing"),
            start,
            self.export_format().file_filter,
        )
        if path:
            self.path.setText(path)

    # --- state ----------------------------------------------------------------------------

    def export_format(self) -> ExportFormat:
        """The chosen briefing format's registry entry."""
        return self.formats[str(self.format.currentData())]

    def template_name(self) -> str:
        return str(self.template.currentData())

    def request(self) -> BriefingRequest:
        """The briefing the form describes; raises ValueError for bad pair or period text."""
        a, b = parse_pair(self.pair.text())
        first = parse_period(self.first.text()).start if self.first.text().strip() else None
        last = parse_period(self.last.text()).end if self.last.text().strip() else None
        chart_codes, template = self.indicators.checked(CHART_COLUMN), self.template_name()
        return BriefingRequest(
            a=a,
            b=b,
            indicators=self.indicators.checked(INDICATOR_COLUMN),
            first_month=first,
            last_month=last,
            locale=self.locale_box.currentData(),
            charts=self.charts.isChecked()
            and self.indicators.any_checked(CHART_COLUMN)
            and template != "table",
            chart_indicators=chart_codes,
            template=template,
            pinned=self.picker.pinned(),
            dropped=self.picker.dropped(),
        )

    def options(self) -> dict[str, Any]:
        return self.form.values()

    def remember(self) -> None:
        s, r = self.settings, self.request()
        s.set(BRIEF_PAIR, f"{r.a}-{r.b}")
        s.set(BRIEF_INDICATORS, list(r.indicators))
        s.set(BRIEF_CHART_INDICATORS, list(r.chart_indicators))
        s.set(BRIEF_FIRST, self.first.text().strip())
        s.set(BRIEF_LAST, self.last.text().strip())
        s.set(BRIEF_TEMPLATE, r.template)
        s.set(BRIEF_MESSAGES, self.picker.remembered())
        s.set(BRIEF_FORMAT, self.format.currentData())
        s.set(BRIEF_LOCALE, r.locale)
        s.set(BRIEF_CHARTS, int(self.charts.isChecked()))
        s.set(BRIEF_PATH, self.path.text())

    # --- preview and export ---------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Rebuild the preview in the runner; a preview still building is superseded."""
        try:
            request = self.request()
        except ValueError as exc:
            self._previews.cancel()
            self.preview.setPlainText(
                translate("export_dialog", "Cannot build the briefing: {error}").format(error=exc)
            )
            return
        store = self.store
        self.preview.setPlainText(translate("export_dialog", "Building the preview…"))
        self._previews.start(
            lambda _p, cancelled: preview_text(store, request, cancelled),
            on_done=self._show_preview,
            on_error=lambda msg, _tb: self.preview.setPlainText(msg),
        )

    def _show_preview(self, preview: tuple[Briefing, str]) -> None:
        self.briefing, text = preview
        self.preview.setPlainText(text)
        self.picker.show_briefing(self.briefing)

    def reject(self) -> None:
        self._previews.cancel()
        super().reject()

    def start_export(self) -> None:
        try:
            request = self.request()
        except ValueError as exc:
            self.bus.error(translate("export_dialog", "Cannot export: {error}").format(error=exc))
            return
        if not self.path.text().strip():
            self._browse()
        if not self.path.text().strip():
            return
        self.export_button.setEnabled(False)
        store = self.store

        def build(progress: Progress, cancelled: IsCancelled) -> Briefing:
            def step(done: int, total: int) -> None:
                stop_if(cancelled)
                progress(done, total * 2)

            return build_briefing(store, request, progress=step)

        self.runner.start(
            build, on_done=self._write, on_error=self._failed, on_progress=self._progress
        )

    def _write(self, briefing: Briefing) -> None:
        """Charts (QPainter on images, no widgets) and the file, in the worker."""
        fmt = self.export_format()
        exporter = create_exporter(fmt.name)
        # the PDF writer paints briefing.chart_specs() as vectors itself: no images for it
        drawn = briefing.request.charts and fmt.charts
        render = chart_renderer_for(fmt.name) if drawn else None
        path = Path(self.path.text().strip())
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        options = self.options()

        def write(progress: Progress, cancelled: IsCancelled) -> Path:
            return write_briefing(briefing, exporter, path, options, render, progress, cancelled)

        self.runner.start(
            write, on_done=self._written, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _written(self, path: Path) -> None:
        self.written = path
        self.export_button.setEnabled(True)
        self.remember()
        self.settings.set(EXPORT_LAST_DIR, str(path.parent))
        size = path.stat().st_size
        self.bus.info(
            translate("export_dialog", "Briefing written to {path} (%Ln bytes)", "", size).format(
                path=path
            )
        )

    def _failed(self, message: str, details: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.bus.error(
            translate("export_dialog", "The briefing was not written: {error}").format(
                error=message
            ),
            details,
        )


def combo(entries: Iterable[tuple[str, str]]) -> QComboBox:
    """A combo box of (title, data) entries."""
    box = QComboBox()
    for title, data in entries:
        box.addItem(title, data)
    return box


def run_export_dialog(ctx: DeskContext, pair: tuple[str, str], parent: QWidget) -> None:
    """File > Export briefing… (the dialog stays open, owned by ``parent``, until closed)."""
    ExportDialog(ctx, pair, parent).open()
