"""File > Export briefing…: options, live preview, export in a worker.

The format list, the file filter and the option form come from the export registry
(:mod:`app.services.export_registry`); the form is built by :class:`OptionForm` from the
chosen format's declared options, and the other choices are remembered in the settings.
The preview is the briefing's Markdown text, rebuilt in the task runner a moment after
each change through a :class:`TaskSlot`, so an older preview never overwrites a newer one.
The briefing is built, its charts drawn (QPainter on images, :mod:`app.qt.chart_render`)
and the file written in the task runner; the GUI thread only shows progress.

Entry point for the window's controllers: :func:`run_export_dialog`, given a
:class:`DeskContext` instead of the window. Table data export is
:mod:`app.ui.table_export`.
"""

from __future__ import annotations

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
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import parse_period
from app.domain.selection import pair_mask, parse_pair
from app.domain.store import ObservationStore
from app.qt.chart_render import briefing_chart_renderer
from app.qt.context import DeskContext
from app.qt.settings import (
    BRIEF_CHART_INDICATORS,
    BRIEF_CHARTS,
    BRIEF_FIRST,
    BRIEF_FORMAT,
    BRIEF_INDICATORS,
    BRIEF_LAST,
    BRIEF_LOCALE,
    BRIEF_PAIR,
    BRIEF_PATH,
    EXPORT_LAST_DIR,
)
from app.qt.tasks import Cancelled, IsCancelled, Progress, TaskSlot
from app.services.briefing import (
    LOCALES,
    Briefing,
    BriefingRequest,
    build_briefing,
    create_exporter,
    render_charts,
    render_markdown,
)
from app.services.export_registry import (
    ExportFormat,
    formats,
)
from app.ui.option_form import OptionForm

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ExportDialog(QDialog):
    """The briefing export form over the desk of ``ctx``; writes nothing until Export."""

    def __init__(
        self, ctx: DeskContext, pair: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export briefing")
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
        for name, fmt in self.formats.items():
            self.format.addItem(fmt.title, name)
        self.locale_box = QComboBox()
        for code, title in LOCALES.items():
            self.locale_box.addItem(f"{title} ({code})", code)
        self.charts = QCheckBox("Include charts")
        self.options_form = QFormLayout()
        self.form = OptionForm(self.options_form)
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
        for text, widget in (
            ("Pair", self.pair),
            ("From", self.first),
            ("To", self.last),
            ("Format", self.format),
            ("Numbers and dates", self.locale_box),
            ("", self.charts),
        ):
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

    @property
    def store(self) -> ObservationStore:
        """The open desk's observations (the session may have opened another desk)."""
        return self.ctx.session.store

    def _rebuild_options(self) -> None:
        fmt = self.export_format()
        self.form.build(fmt.options)
        self.charts.setEnabled(fmt.charts)

    def _restore(self) -> None:
        s = self.settings
        self.first.setText(s.get(BRIEF_FIRST))
        self.last.setText(s.get(BRIEF_LAST))
        self.format.setCurrentIndex(max(0, self.format.findData(s.get(BRIEF_FORMAT))))
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(s.get(BRIEF_LOCALE))))
        self.charts.setChecked(bool(s.get(BRIEF_CHARTS)))
        self.path.setText(s.get(BRIEF_PATH))
        for column, setting in enumerate((BRIEF_INDICATORS, BRIEF_CHART_INDICATORS)):
            codes: list[str] = s.get(setting)
            self._check(column, set(codes))
        self._rebuild_options()

    def _check(self, column: int, codes: set[str]) -> None:
        if not codes:
            return
        for item in self._items():
            code = item.data(0, Qt.ItemDataRole.UserRole)
            item.setCheckState(column, CHECKED if code in codes else UNCHECKED)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (
            self.indicators.topLevelItem(i) for i in range(self.indicators.topLevelItemCount())
        )
        return [i for i in items if i is not None]

    def _checked(self, column: int) -> tuple[str, ...]:
        items = self._items()
        chosen = [
            i.data(0, Qt.ItemDataRole.UserRole) for i in items if i.checkState(column) == CHECKED
        ]
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
            self.path.setText(str(Path(path).with_suffix(self.export_format().suffix)))

    def _browse(self) -> None:
        start = self.path.text() or self.settings.get(EXPORT_LAST_DIR)
        path, _ = QFileDialog.getSaveFileName(
            self, "Export briefing", start, self.export_format().file_filter
        )
        if path:
            self.path.setText(path)

    # --- state ----------------------------------------------------------------------------

    def export_format(self) -> ExportFormat:
        """The chosen briefing format's registry entry."""
        return self.formats[str(self.format.currentData())]

    def request(self) -> BriefingRequest:
        """The briefing the form describes; raises ValueError for bad pair or period text."""
        a, b = parse_pair(self.pair.text())
        first = parse_period(self.first.text()).start if self.first.text().strip() else None
        last = parse_period(self.last.text()).end if self.last.text().strip() else None
        chart_codes = self._checked(1)
        return BriefingRequest(
            a=a,
            b=b,
            indicators=self._checked(0),
            first_month=first,
            last_month=last,
            locale=self.locale_box.currentData(),
            charts=self.charts.isChecked() and self._any_chart(),
            chart_indicators=chart_codes,
        )

    def _any_chart(self) -> bool:
        return any(i.checkState(1) == CHECKED for i in self._items())

    def options(self) -> dict[str, Any]:
        return self.form.values()

    def remember(self) -> None:
        s, r = self.settings, self.request()
        s.set(BRIEF_PAIR, f"{r.a}-{r.b}")
        s.set(BRIEF_INDICATORS, list(r.indicators))
        s.set(BRIEF_CHART_INDICATORS, list(r.chart_indicators))
        s.set(BRIEF_FIRST, self.first.text().strip())
        s.set(BRIEF_LAST, self.last.text().strip())
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
            self.preview.setPlainText(f"Cannot build the briefing: {exc}")
            return
        store = self.store
        self.preview.setPlainText("Building the preview…")
        self._previews.start(
            lambda _p, cancelled: preview_text(store, request, cancelled),
            on_done=self._show_preview,
            on_error=lambda msg, _tb: self.preview.setPlainText(msg),
        )

    def _show_preview(self, preview: tuple[Briefing, str]) -> None:
        self.briefing, text = preview
        self.preview.setPlainText(text)

    def reject(self) -> None:
        self._previews.cancel()
        super().reject()

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
        render = briefing_chart_renderer() if briefing.request.charts and fmt.charts else None
        path = Path(self.path.text().strip())
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        options = self.options()

        def write(progress: Progress, cancelled: IsCancelled) -> Path:
            if render is not None:

                def step(done: int, total: int) -> None:
                    stop_if(cancelled)
                    progress(total + done, total * 2)

                render_charts(briefing, render, progress=step)
            exporter.export(briefing, path, options)
            progress(2, 2)
            return path

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
        self.bus.info(f"Briefing written to {path} ({path.stat().st_size:,} bytes)")

    def _failed(self, message: str, details: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.bus.error(f"The briefing was not written: {message}", details)


def stop_if(cancelled: IsCancelled) -> None:
    """Raise Cancelled when the task was cancelled (called between indicators)."""
    if cancelled():
        raise Cancelled


def preview_text(
    store: ObservationStore, request: BriefingRequest, cancelled: IsCancelled
) -> tuple[Briefing, str]:
    """The briefing and its Markdown text, built in a worker; a superseded preview stops
    at the next indicator."""
    briefing = build_briefing(store, request, progress=lambda _d, _t: stop_if(cancelled))
    return briefing, render_markdown(briefing)


def run_export_dialog(ctx: DeskContext, pair: tuple[str, str], parent: QWidget) -> None:
    """File > Export briefing… (the dialog stays open, owned by ``parent``, until closed)."""
    ExportDialog(ctx, pair, parent).open()
