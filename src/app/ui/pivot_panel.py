"""The pivot view: series × periods, one chosen figure per cell, marks for conflicts and
claims; copy to a spreadsheet, export CSV/XLSX, and a cell asks for its figures.

The rows (indicators, pairs or reporters) and the frequency (years, quarters, months, or the
same Jan–m window of each year) are chosen above the grid. The pivot of a large workspace
runs in the task runner (one :class:`~app.qt.tasks.TaskSlot`: a newer layout drops an older
result); a small one at once. :meth:`state` / :meth:`set_state` give the layout as plain
data for saved views; the pair is the window's (:meth:`set_data`), except that rows of
pairs show every pair.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import MONTH_ABBR
from app.domain.pivot import PivotSpec, pivot
from app.domain.store import ObservationStore
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.pivot_model import PivotModel, PivotView, legend, pivot_view
from app.qt.tasks import TaskRunner, TaskSlot
from app.services.pivot_export import tab_separated, write_pivot
from app.ui.dock_panel_parts import ProjectTableView, button

#: a workspace with more observations than this is pivoted off the GUI thread
SYNC_LIMIT = 100_000
# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
#: (title, data) of the boxes' entries; the titles are shown translated
ROW_CHOICES = (
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Indicators")), "indicator"),
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Pairs")), "pair"),
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Reporters")), "reporter"),
)
FREQUENCY_CHOICES = (
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Years")), "year"),
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Quarters")), "quarter"),
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Months")), "month"),
    (str(QT_TRANSLATE_NOOP("pivot_panel", "Same months each year")), "window"),
)
EXPORT_FILTER = str(QT_TRANSLATE_NOOP("pivot_panel", "CSV (*.csv);;Excel workbook (*.xlsx)"))


def _combo(choices: tuple[tuple[str, str], ...], tip: str) -> QComboBox:
    box = QComboBox()
    for text, data in choices:
        box.addItem(translate("pivot_panel", text), data)
    box.setToolTip(tip)
    return box


class MonthBox(QSpinBox):
    """A spin box of calendar months shown as "Jan" … "Dec" (the value is 1..12)."""

    def __init__(self, month: int, tip: str) -> None:
        super().__init__()
        self.setRange(1, 12)
        self.setValue(month)
        self.setToolTip(tip)

    def textFromValue(self, value: int) -> str:
        return MONTH_ABBR[value - 1]

    def valueFromText(self, text: str) -> int:
        found = [i for i, m in enumerate(MONTH_ABBR, 1) if m.lower() == text.strip().lower()]
        return found[0] if found else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip().lower()
        if any(m.lower() == typed for m in MONTH_ABBR):
            return QValidator.State.Acceptable, text, pos
        if any(m.lower().startswith(typed) for m in MONTH_ABBR):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class PivotPanel(QWidget):
    #: the figures of a clicked cell (list[int]: the chosen one first)
    figures_chosen = Signal(list)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: TaskSlot[PivotView] = TaskSlot(runner)
        self._store: ObservationStore | None = None
        self._pair: tuple[str, str] | None = None
        self._kept = PivotSpec()  # what set_state gave beyond the widgets
        self.model = PivotModel(self)
        self._build_bar()
        self.view = ProjectTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        self.view.clicked.connect(self._cell_chosen)
        self.view.activated.connect(self._cell_chosen)
        self.view.copy_pressed.connect(self.copy)
        self.status = QLabel(legend())
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._show_window_boxes()

    def sizeHint(self) -> QSize:
        return QSize(1100, 380)

    def _build_bar(self) -> None:
        self.rows_box = _combo(ROW_CHOICES, translate("pivot_panel", "What the grid's rows are"))
        self.frequency_box = _combo(
            FREQUENCY_CHOICES, translate("pivot_panel", "What each column is: like for like")
        )
        self.first_month = MonthBox(
            1, translate("pivot_panel", "First month of each year's window")
        )
        self.last_month = MonthBox(
            10, translate("pivot_panel", "Last month of each year's window (Jan–Oct: Jan to Oct)")
        )
        self.window_label = QLabel(translate("pivot_panel", "from"))
        self.window_to = QLabel(translate("pivot_panel", "to"))
        self.copy_button = button(
            translate("pivot_panel", "Copy"),
            translate(
                "pivot_panel",
                "Copy the selected cells (or the whole grid) for a spreadsheet (Ctrl+C)",
            ),
            self.copy,
        )
        self.export_button = button(
            translate("pivot_panel", "Export…"),
            translate("pivot_panel", "Write the grid as CSV or XLSX"),
            self._export,
        )
        bar = QHBoxLayout()
        for label, box in (
            (translate("pivot_panel", "Rows"), self.rows_box),
            (translate("pivot_panel", "Columns"), self.frequency_box),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        for widget in self._window_widgets():
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        self._bar = bar
        self.rows_box.currentIndexChanged.connect(self.refresh)
        self.frequency_box.currentIndexChanged.connect(self._frequency_changed)
        self.first_month.valueChanged.connect(self._window_changed)
        self.last_month.valueChanged.connect(self._window_changed)
        self._bound_window()

    # --- the layout -----------------------------------------------------------------------

    def spec(self) -> PivotSpec:
        """The layout the widgets show, over the window's pair (every pair for rows of pairs)."""
        rows = str(self.rows_box.currentData())
        a, b = self.first_month.value(), self.last_month.value()
        return PivotSpec(
            rows=rows,
            frequency=str(self.frequency_box.currentData()),
            window=(a, b),
            indicators=self._kept.indicators,
            pair=None if rows == "pair" else self._pair,
            first_year=self._kept.first_year,
            last_year=self._kept.last_year,
        )

    def state(self) -> dict[str, Any]:
        """The layout as plain data (JSON-able), for a saved view."""
        return self.spec().to_dict()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show a saved layout (the pair stays the window's). ValueError if malformed."""
        spec = PivotSpec.from_dict(state)
        self._kept = spec
        widgets = (self.rows_box, self.frequency_box, self.first_month, self.last_month)
        blocked = [w.blockSignals(True) for w in widgets]
        self.rows_box.setCurrentIndex(self.rows_box.findData(spec.rows))
        self.frequency_box.setCurrentIndex(self.frequency_box.findData(spec.frequency))
        if spec.window:
            self.first_month.setRange(1, 12)
            self.last_month.setRange(1, 12)
            self.first_month.setValue(spec.window[0])
            self.last_month.setValue(spec.window[1])
            self._bound_window()
        for w, was in zip(widgets, blocked, strict=True):
            w.blockSignals(was)
        self._show_window_boxes()
        self.refresh()

    def set_indicators(self, codes: tuple[str, ...]) -> None:
        """Only these indicators (none: all), e.g. the catalogue's selection."""
        self._kept = dataclasses.replace(self._kept, indicators=tuple(codes))
        self.refresh()

    def _frequency_changed(self) -> None:
        self._show_window_boxes()
        self.refresh()

    def _window_changed(self) -> None:
        self._bound_window()
        if self.frequency_box.currentData() == "window":
            self.refresh()

    def _bound_window(self) -> None:
        """A window runs within a year: the last month is never before the first."""
        self.last_month.setMinimum(self.first_month.value())
        self.first_month.setMaximum(self.last_month.value())

    def _show_window_boxes(self) -> None:
        on = self.frequency_box.currentData() == "window"
        for w in self._window_widgets():
            w.setVisible(on)

    def _window_widgets(self) -> tuple[QWidget, ...]:
        return (self.window_label, self.first_month, self.window_to, self.last_month)

    # --- computing ------------------------------------------------------------------------

    def set_data(self, store: ObservationStore, pair: tuple[str, str]) -> None:
        """The workspace and the window's pair; the grid is redone."""
        self._store, self._pair = store, pair
        self.refresh()

    def refresh(self) -> None:
        """Pivot again (at once for a small workspace, else in the task runner)."""
        store = self._store
        if store is None:
            return
        spec = self.spec()
        obs, sources = store.observations, store.sources
        claims, names = store.records.get("claims"), store.indicator_names()

        def work(*_: object) -> PivotView:
            return pivot_view(pivot(obs, sources, spec, claims, names=names))

        if len(obs) <= SYNC_LIMIT:
            try:
                self._show(work())
            except ValueError as exc:
                self._failed(str(exc), "")
            return
        self.status.setText(translate("pivot_panel", "Pivoting…"))
        self._task.start(work, on_done=self._show, on_error=self._failed)

    def _show(self, view: PivotView) -> None:
        self.model.set_view(view)
        rows, cols = view.table.shape
        self.status.setText(
            translate("pivot_panel", "{caption}: {rows} rows × {periods} periods. {legend}").format(
                caption=view.table.caption, rows=f"{rows:,}", periods=f"{cols:,}", legend=legend()
            )
        )
        if rows and cols:  # the latest periods in sight: that is what a grid is read for
            # after the layout has settled (a dock just shown has no width yet)
            QTimer.singleShot(0, lambda: self.view.scrollTo(self.model.index(0, cols - 1)))

    def _failed(self, message: str, _trace: str) -> None:
        self.status.setText(
            translate("pivot_panel", "The grid could not be made: {error}").format(error=message)
        )

    # --- cells, copy, export --------------------------------------------------------------

    def _cell_chosen(self, index: QModelIndex) -> None:
        ids = self.model.obs_ids_at(index.row(), index.column()) if index.isValid() else []
        if ids:
            self.figures_chosen.emit(ids)

    def copy(self) -> str:
        """The selected cells (or the whole grid) as tab-separated text, also on the
        clipboard: a header row of periods, row labels and units, conflicts marked."""
        indexes = self.view.selectionModel().selectedIndexes()
        rows = sorted({i.row() for i in indexes}) if indexes else None
        cols = sorted({i.column() for i in indexes}) if indexes else None
        text = tab_separated(self.model.table, rows, cols)
        QGuiApplication.clipboard().setText(text)
        return text

    def export_to(self, path: Path) -> None:
        """Write the grid as CSV or XLSX (by the suffix). OSError/ValueError if it cannot."""
        write_pivot(self.model.table, path)
        self.status.setText(_wrote(path))

    def _export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("pivot_panel", "Export the grid"),
            "pivot.xlsx",
            translate("pivot_panel", EXPORT_FILTER),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:  # the filter's pattern, not its (translated) title, says which
            path = path.with_suffix(".csv" if "*.csv" in chosen else ".xlsx")
        table = self.model.table
        # a million cells take seconds
        self.status.setText(translate("pivot_panel", "Writing {path}…").format(path=path))

        def write(*_: object) -> Path:
            write_pivot(table, path)
            return path

        self._runner.start(
            write,
            on_done=lambda done: self.status.setText(_wrote(done)),
            on_error=lambda message, _trace: self.status.setText(
                translate("pivot_panel", "The grid could not be written: {error}").format(
                    error=message
                )
            ),
        )


def _wrote(path: Path) -> str:
    return translate("pivot_panel", "Wrote {path}.").format(path=path)
