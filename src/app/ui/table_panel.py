"""The observations table with its filters: the text box (words, values as typed, notes,
quotes, speakers), the year range, per-column filters from the header (a spreadsheet's
autofilter, :mod:`app.ui.column_filter`) and the catalogue's indicator, which is the
indicator column's filter. A bar above the table names every active filter and offers the
way back to all figures (also Esc in the table and View > Show all figures).

Every field of a figure is edited in its cell (:mod:`app.ui.table_delegates`). On first
open the columns are as wide as their contents in the first rows (names of indicators
readable, long texts capped); once the user resizes them, the window saves and restores
the header's state (``TABLE_HEADER``) and the contents no longer decide."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import month_index, year_of
from app.domain.saved_views import table_state
from app.domain.view import ViewSpec
from app.domain.view_filters import ColumnFilter, drop_filter, replace_filter
from app.qt.columns import COLUMNS, FILTER_TITLES
from app.qt.i18n import desk_locale, translate
from app.qt.observation_model import ObservationTableModel
from app.ui.column_filter import ColumnFilterPopup, FilterBar
from app.ui.table_delegates import install_delegates

ANY_YEAR = 1899  # the spin boxes' "any" value
#: rows whose texts decide the columns' first widths (a sample: the table may hold millions)
SAMPLE_ROWS = 200
#: widest a column opens (pixels): most indicator names whole (a longer one is elided, whole
#: in its tooltip) with the period and value still in sight; long texts cut
MAX_WIDTH = {"indicator": 240, "subject": 100, "source": 320, "note": 360, "change": 200}
DEFAULT_MAX_WIDTH = 220
#: columns filled in later (computed in a worker): they open at least at their set width
LATE_COLUMNS = frozenset({"yoy", "claim"})
#: around a cell's text: margins, and the header's sort arrow and filter mark
CELL_PADDING, HEADER_PADDING = 16, 30


def _year_box(tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(ANY_YEAR, 2100)
    box.setSpecialValueText(translate("table_panel", "any"))
    box.setValue(ANY_YEAR)
    box.setToolTip(tip)
    return box


class TablePanel(QWidget):
    #: the current observation changed: obs_id (-1 for none)
    current_changed = Signal(int)

    def __init__(
        self, model: ObservationTableModel, parent: QWidget | None = None, *, fit: bool = True
    ) -> None:
        """``fit``: False when a saved header state will replace the widths (the window's
        layout memory): the columns are then fitted only if the first rows come while the
        header still has the set widths, as for a table opened empty."""
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate(
                "table_panel",
                "Filter: words in indicator, country, source, note, quote; values as typed "
                "(2.44 bn, 57,000)… (Ctrl+F)",
            )
        )
        self.filter.setClearButtonEnabled(True)
        self.first_year = _year_box(
            translate("table_panel", "Only figures whose period reaches this year or later")
        )
        self.last_year = _year_box(
            translate("table_panel", "Only figures whose period starts in this year or earlier")
        )
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(QLabel(translate("table_panel", "From")))
        bar.addWidget(self.first_year)
        bar.addWidget(QLabel(translate("table_panel", "to")))
        bar.addWidget(self.last_year)
        bar.addWidget(self.count)
        self.filter_bar = FilterBar()
        self.filter_bar.removed.connect(self.clear_column_filter)
        self.filter_bar.show_all.connect(self.show_all)
        self.popup: ColumnFilterPopup | None = None
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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
        self.delegates = install_delegates(self.view, model)
        #: the header's state while only the set widths decided it (a table opened empty)
        self._untouched: QByteArray | None = None
        if model.rowCount() and fit:
            self.fit_columns()
        else:
            self._untouched = header.saveState()
        self.view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filters)
        self.filter.textChanged.connect(self._debounce.start)
        self.first_year.valueChanged.connect(self.apply_filters)
        self.last_year.valueChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        model.rows_changed.connect(self._count)
        model.rows_changed.connect(self._fit_first_rows)
        model.rows_changed.connect(lambda _n: self._sync_bar())
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

    # --- column filters -------------------------------------------------------------------

    def set_column_filter(self, column: str, new: ColumnFilter | None) -> None:
        """Filter ``column`` by ``new`` (None: show every value of it)."""
        filters = self.model.spec.column_filters
        changed = replace_filter(filters, new) if new is not None else drop_filter(filters, column)
        self.model.update_spec(column_filters=changed)

    def clear_column_filter(self, column: str) -> None:
        self.set_column_filter(column, None)

    def filter_indicator(self, code: str, _name: str = "") -> None:
        """Show only the figures of indicator ``code`` (a choice in the catalogue)."""
        current = self.model.column_filter("indicator")
        if current is None or current.values != (code,):
            self.set_column_filter("indicator", ColumnFilter("indicator", (code,)))

    def follow_indicator(self, code: str, name: str = "") -> None:
        """Move an active indicator filter to ``code`` (the chart moved to it); without
        one, the table keeps showing every indicator."""
        if code and self.model.column_filter("indicator") is not None:
            self.filter_indicator(code, name)

    def show_all(self) -> None:
        """Every figure of the pair: column filters, text and years cleared at once."""
        for box, value in ((self.first_year, ANY_YEAR), (self.last_year, ANY_YEAR)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._debounce.stop()
        self.model.update_spec(text="", first_month=None, last_month=None, column_filters=())

    def open_filter(self, column: str) -> ColumnFilterPopup:
        """The popup editing ``column``'s filter, under its header section."""
        section = next(i for i, c in enumerate(COLUMNS) if column in c.filters)
        values = [] if column in ("value", "period") else self.model.filter_values(column)
        popup = ColumnFilterPopup(column, values, self.model.column_filter(column), self)
        popup.chosen.connect(lambda f, col=column: self.set_column_filter(col, f))
        header = self.view.horizontalHeader()
        at = header.mapToGlobal(QPoint(header.sectionViewportPosition(section), header.height()))
        popup.popup(at)
        self.popup = popup
        return popup

    def _header_menu(self, pos: QPoint) -> None:
        self.header_menu(self.view.horizontalHeader().logicalIndexAt(pos)).popup(
            self.view.horizontalHeader().mapToGlobal(pos)
        )

    def header_menu(self, section: int) -> QMenu:
        """Filter this column (each filter it offers), clear it, clear all."""
        menu = QMenu(self)
        column = COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        for key in column.filters if column else ():
            title = translate("columns", FILTER_TITLES[key]).lower()
            menu.addAction(
                translate("table_panel", "Filter {column}…").format(column=title),
                partial(self.open_filter, key),
            )
            if self.model.column_filter(key) is not None:
                menu.addAction(
                    translate("table_panel", "Clear {column} filter").format(column=title),
                    partial(self.clear_column_filter, key),
                )
        menu.addSeparator()
        every = menu.addAction(translate("table_panel", "Show all figures"), self.show_all)
        every.setEnabled(self.narrowed())
        return menu

    def narrowed(self) -> bool:
        """Whether anything but the pair narrows the table."""
        spec = self.model.spec
        return bool(
            spec.column_filters
            or spec.text.strip()
            or spec.first_month is not None
            or spec.last_month is not None
        )

    def _sync_bar(self) -> None:
        chips = [
            (f.column, self.model.filter_text(f.column)) for f in self.model.spec.column_filters
        ]
        self.filter_bar.set_filters(chips, self.narrowed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the table (not while editing a cell) shows all figures again."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.view.state() != QAbstractItemView.State.EditingState
            and self.narrowed()
        ):
            self.show_all()
            return True
        return super().eventFilter(watched, event)

    # --- column widths ------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Each column as wide as its header and the texts of the first rows, within
        :data:`MAX_WIDTH` (the widths a first open shows; a saved header replaces them)."""
        header = self.view.horizontalHeader()
        cells, heads = self.view.fontMetrics(), header.fontMetrics()
        rows = min(self.model.rowCount(), SAMPLE_ROWS)
        for i, column in enumerate(COLUMNS):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            widest = heads.horizontalAdvance(title) + HEADER_PADDING
            for r in range(rows):
                text = self.model.data(self.model.index(r, i))
                if text:
                    widest = max(widest, cells.horizontalAdvance(str(text)) + CELL_PADDING)
            floor = column.width if column.key in LATE_COLUMNS else 0
            cap = MAX_WIDTH.get(column.key, DEFAULT_MAX_WIDTH)
            header.resizeSection(i, max(floor, min(widest, cap)))

    def _fit_first_rows(self, shown: int) -> None:
        """A table that opened empty is sized when its first rows come, unless its header
        was restored (a saved layout) or resized since."""
        if not shown or self._untouched is None:
            return
        if self.view.horizontalHeader().saveState() == self._untouched:
            self.fit_columns()
        self._untouched = None

    # --- saved views ----------------------------------------------------------------------

    def table_state(self, indicator: str = "") -> dict[str, Any]:
        """The table's part of a saved view (text, sort, years, column filters)."""
        return table_state(self.model.spec, indicator)

    def show_spec(self, spec: ViewSpec) -> None:
        """Show a saved view's table (:meth:`SavedView.spec`); the text and year boxes
        follow it."""
        for box, month in ((self.first_year, spec.first_month), (self.last_year, spec.last_month)):
            box.blockSignals(True)
            box.setValue(ANY_YEAR if month is None else year_of(month))
            box.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.setText(spec.text)
        self.filter.blockSignals(False)
        self._debounce.stop()
        self.model.set_spec(spec)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        sort = self.model.spec.sort
        section = next((i for i, c in enumerate(COLUMNS) if sort and c.sort_key == sort[0][0]), -1)
        if section >= 0:
            order = Qt.SortOrder.AscendingOrder if sort[0][1] else Qt.SortOrder.DescendingOrder
            self.view.horizontalHeader().setSortIndicator(section, order)

    # --- sorting and selection ------------------------------------------------------------

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
            self.count.setText(translate("table_panel", "Sorting and filtering…"))

    def _count(self, shown: int) -> None:
        total = len(self.model.store.observations)
        self.count.setText(
            translate("table_panel", "{shown} of %Ln figures", "", total).format(
                shown=desk_locale().toString(shown)
            )
        )

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
        lines = ["\t".join(COLUMNS[c].header() for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                text = self.model.data(self.model.index(r, c)) if (r, c) in chosen else ""
                cells.append(str(text or "").replace("\t", " ").replace("\n", " "))
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text
