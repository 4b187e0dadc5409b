"""The observations table with its text filter and period-range filter."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import month_index
from app.qt.columns import COLUMNS
from app.qt.observation_model import ObservationTableModel

ANY_YEAR = 1899  # the spin boxes' "any" value


def _year_box(tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(ANY_YEAR, 2100)
    box.setSpecialValueText("any")
    box.setValue(ANY_YEAR)
    box.setToolTip(tip)
    return box


class TablePanel(QWidget):
    #: the current observation changed: obs_id (-1 for none)
    current_changed = Signal(int)

    def __init__(self, model: ObservationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            "Filter: words in indicator, country, source, status… (Ctrl+F)"
        )
        self.filter.setClearButtonEnabled(True)
        self.first_year = _year_box("Only figures whose period reaches this year or later")
        self.last_year = _year_box("Only figures whose period starts in this year or earlier")
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(QLabel("From"))
        bar.addWidget(self.first_year)
        bar.addWidget(QLabel("to"))
        bar.addWidget(self.last_year)
        bar.addWidget(self.count)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSortingEnabled(False)  # the header click sorts through the model
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_by)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filters)
        self.filter.textChanged.connect(self._debounce.start)
        self.first_year.valueChanged.connect(self.apply_filters)
        self.last_year.valueChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        model.rows_changed.connect(self._count)
        model.busy.connect(self._busy)
        model.modelReset.connect(self._reselect)
        self._count(model.rowCount())

    def apply_filters(self) -> None:
        fy, ly = self.first_year.value(), self.last_year.value()
        self.model.update_spec(
            text=self.filter.text(),
            first_month=month_index(fy, 1) if fy != ANY_YEAR else None,
            last_month=month_index(ly, 12) if ly != ANY_YEAR else None,
        )

    def _sort_by(self, section: int) -> None:
        key = COLUMNS[section].sort_key
        if key is None:
            return
        header = self.view.horizontalHeader()
        current = self.model.spec.sort[0] if self.model.spec.sort else None
        ascending = not (current and current[0] == key and current[1])
        rest = tuple(k for k in self.model.spec.sort if k[0] != key)
        header.setSortIndicator(
            section, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        )
        # values rarely tie: one stable argsort, not a lexsort over the earlier keys too
        self.model.update_spec(
            sort=((key, ascending),) if key == "value" else ((key, ascending), *rest)
        )

    def _busy(self, on: bool) -> None:
        if on:
            self.count.setText("Sorting and filtering…")

    def _count(self, shown: int) -> None:
        total = len(self.model._session.store.observations)
        self.count.setText(f"{shown:,} of {total:,} figures")

    def _current(self, current: object, _previous: object) -> None:
        row = self.view.currentIndex().row()
        self.current_changed.emit(self.model.obs_id_at(row) if row >= 0 else -1)

    def _reselect(self) -> None:
        self.current_changed.emit(-1)

    def select_obs(self, obs_id: int) -> None:
        row = self.model.row_of(obs_id)
        if row >= 0:
            idx = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(idx)

    def selected_obs_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.obs_id_at(r) for r in rows]

    def copy_selection(self) -> str:
        """Selected cells as tab-separated text (rows x columns), also put on the clipboard."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = ["\t".join(COLUMNS[c].title for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                text = self.model.data(self.model.index(r, c)) if (r, c) in chosen else ""
                cells.append(str(text or "").replace("\t", " ").replace("\n", " "))
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text
