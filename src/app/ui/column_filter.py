"""A spreadsheet's autofilter for the observations table: the popup that edits one column's
filter, and the bar of active filters above the table.

The popup edits a :class:`~app.domain.view_filters.ColumnFilter` and hands it back through
:attr:`ColumnFilterPopup.chosen`; it never touches the table. Categorical columns get a
checkable list of their values with row counts, a search box and select all/none; the
value column a min/max range read like a typed cell ("2.44 bn", "57,000"); the period
column a from/to range of periods ("2019" to "2025-10").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import PeriodError, parse_period
from app.domain.units import UnitError, parse_number
from app.domain.view_filters import RANGE_COLUMNS, ColumnFilter, month_text, number_text
from app.qt.columns import FILTER_TITLES
from app.qt.i18n import desk_locale, translate

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def column_title(column: str) -> str:
    """A filterable column's name on screen, in the desk's language."""
    title = FILTER_TITLES.get(column)
    return translate("columns", title) if title else column


class ColumnFilterPopup(QFrame):
    """Edits the filter of one column; emits :attr:`chosen` with the new filter, or None
    when the column is to show everything, then closes."""

    #: ColumnFilter | None
    chosen = Signal(object)

    def __init__(
        self,
        column: str,
        values: list[tuple[str, str, int]],
        current: ColumnFilter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.column = column
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        layout = QVBoxLayout(self)
        title = column_title(column).lower()
        heading = translate("column_filter", "Filter {column}").format(column=title)
        layout.addWidget(QLabel(f"<b>{heading}</b>"))
        if column in RANGE_COLUMNS:
            self._build_range(layout, current)
        else:
            self._build_values(layout, values, current)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(translate("column_filter", "Clear filter"))
        self.ok_button = QPushButton(translate("column_filter", "OK"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(translate("column_filter", "Cancel"))
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(lambda: self._finish(None))
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.close)

    # --- values ---------------------------------------------------------------------------

    def _build_values(
        self,
        layout: QVBoxLayout,
        values: list[tuple[str, str, int]],
        current: ColumnFilter | None,
    ) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("column_filter", "Search values…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        every = QPushButton(translate("column_filter", "Select all"))
        none = QPushButton(translate("column_filter", "Select none"))
        every.clicked.connect(lambda: self.check_all(True))
        none.clicked.connect(lambda: self.check_all(False))
        self.list = QListWidget()
        kept = set(current.values or ()) if current is not None else None
        locale = desk_locale()
        for value, label, count in values:
            item = QListWidgetItem(f"{label}  ({locale.toString(count)})")
            item.setData(VALUE_ROLE, value)
            item.setToolTip(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = kept is None or value in kept
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update_ok())
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _search(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def check_all(self, on: bool) -> None:
        """Check (or uncheck) every value the search shows, as a spreadsheet does."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def checked_values(self) -> list[str]:
        return [
            str(item.data(VALUE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.checked_values()))

    # --- ranges ---------------------------------------------------------------------------

    def _build_range(self, layout: QVBoxLayout, current: ColumnFilter | None) -> None:
        self.low, self.high = QLineEdit(), QLineEdit()
        form = QFormLayout()
        show: Callable[[float | None, bool], str]
        if self.column == "value":
            show = number_text
            self.low.setPlaceholderText(
                translate("column_filter", "e.g. 1 bn or 57,000 (empty: no minimum)")
            )
            self.high.setPlaceholderText(
                translate("column_filter", "e.g. 2.44 bn (empty: no maximum)")
            )
            form.addRow(translate("column_filter", "At least"), self.low)
            form.addRow(translate("column_filter", "At most"), self.high)
        else:
            show = month_text
            self.low.setPlaceholderText(
                translate("column_filter", "e.g. 2019 or 2019-07 (empty: from the first)")
            )
            self.high.setPlaceholderText(
                translate("column_filter", "e.g. 2025-10 (empty: to the last)")
            )
            form.addRow(translate("column_filter", "From"), self.low)
            form.addRow(translate("column_filter", "To"), self.high)
        if current is not None:
            self.low.setText(show(current.low, True))
            self.high.setText(show(current.high, False))
        layout.addLayout(form)

    def range_filter(self) -> ColumnFilter | None:
        """The range typed (None for two empty boxes); ValueError with a message."""
        read = _number if self.column == "value" else _period_bound
        low = read(self.low.text(), True)
        high = read(self.high.text(), False)
        if low is None and high is None:
            return None
        return ColumnFilter(self.column, low=low, high=high)

    # --- the outcome ----------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self._finish(self.current_filter())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()

    def current_filter(self) -> ColumnFilter | None:
        """The filter the popup shows now; None when it keeps every row."""
        if self.column in RANGE_COLUMNS:
            return self.range_filter()
        values = self.checked_values()
        if len(values) == self.list.count():
            return None  # everything ticked: no filter
        return ColumnFilter(self.column, tuple(values))

    def _finish(self, result: ColumnFilter | None) -> None:
        self.chosen.emit(result)
        self.close()

    def popup(self, at: QPoint) -> None:
        self.adjustSize()
        self.move(at)
        self.show()
        (self.search if hasattr(self, "search") else self.low).setFocus()


def _number(text: str, _low: bool) -> float | None:
    if not text.strip():
        return None
    try:
        return parse_number(text)
    except UnitError as exc:
        raise ValueError(str(exc)) from None


def _period_bound(text: str, low: bool) -> int | None:
    """A period's first month (for "from") or last month (for "to")."""
    if not text.strip():
        return None
    try:
        period = parse_period(text.strip())
    except PeriodError as exc:
        raise ValueError(str(exc)) from None
    return period.start if low else period.end


class FilterBar(QWidget):
    """The active filters above the table, one removable chip each, and "Show all
    figures"; hidden while nothing narrows the table."""

    #: a chip's ✕ was clicked: the column
    removed = Signal(str)
    show_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QToolButton] = {}
        self.all_button = QPushButton(translate("column_filter", "Show all figures"))
        self.all_button.setToolTip(
            translate(
                "column_filter", "Clear the filters: every figure of the pair (Esc, Ctrl+Shift+A)"
            )
        )
        self.all_button.clicked.connect(self.show_all)
        self._layout.addStretch(1)
        self._layout.addWidget(self.all_button)
        self.hide()

    def set_filters(self, chips: list[tuple[str, str]], narrowed: bool) -> None:
        """``chips``: (column, text) of each column filter; ``narrowed``: whether anything
        (a chip, the text box, the years) filters the table."""
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for i, (column, text) in enumerate(chips):
            chip = QToolButton()
            chip.setText(f"{column_title(column)}: {text}  ✕")
            chip.setToolTip(translate("column_filter", "Remove this filter"))
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _c=False, col=column: self.removed.emit(col))
            self._layout.insertWidget(i, chip)
            self.chips[column] = chip
        self.setVisible(narrowed)
