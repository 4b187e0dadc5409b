"""The observations table model: a thin adapter over a row-order array.

Filtering and sorting compute the order array in :mod:`app.domain.view`; what a cell shows
and how typed text becomes an edit belongs to the :mod:`app.qt.columns` objects and the
domain; the analytics columns come from :mod:`app.domain.analytics.table`. This module
only schedules that work and forwards change notices (napari's ``_base_item_model`` way).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.analytics.table import ANALYTICS_LIMIT, TableAnalytics, table_analytics
from app.domain.cell_edit import fields_edit, new_source_edit
from app.domain.edits import Insert, Op, touches_observations
from app.domain.store import ObservationStore
from app.domain.units import UnitError, canonical_unit
from app.domain.view import ViewSpec, compute_order, is_unfiltered, row_mask, selection
from app.domain.view_filters import BLANK, ColumnFilter, distinct_values, filter_of
from app.qt.columns import COLUMN_INDEX, COLUMNS, FILTER_TITLES, MAX_CELL_TEXT, TableData
from app.qt.i18n import translate
from app.qt.painted_cells import ASK, ASK_SLOT, BLANK_CELL, SLOTS, PaintedCells
from app.qt.session import DeskSession
from app.qt.tasks import TaskRunner, TaskSlot, after_repaint

__all__ = [
    "COLUMNS",
    "COLUMN_INDEX",
    "EDITED_ROLE",
    "MAX_CELL_TEXT",
    "SERVED",
    "ObservationTableModel",
]

Index = QModelIndex | QPersistentModelIndex
OBS_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: whether a value was changed by hand since its source gave it (the value's delegate marks
#: it); Qt never asks a custom role by itself, so painting pays nothing for it
EDITED_ROLE = Qt.ItemDataRole.UserRole + 2
#: the roles the model answers, each with the Column method that answers it
ROLE_METHODS = {
    Qt.ItemDataRole.DisplayRole: "display",
    Qt.ItemDataRole.EditRole: "edit_text",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.BackgroundRole: "background",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.TextAlignmentRole: "align",
    OBS_ID_ROLE: "obs_id",
    EDITED_ROLE: "edited",
}
SERVED = frozenset(ROLE_METHODS)
#: analytics of selections up to this many rows are computed at once, larger off-thread
BACKGROUND_ROWS = 5_000
#: filters and sorts of stores larger than this are computed off the GUI thread
BACKGROUND_ORDER_ROWS = 1_000_000
Reader = Callable[[TableData, int], Any]
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: flags per column, for a writable [False] and a read-only [True] workspace
_FLAGS = {
    False: [_SHOWN | Qt.ItemFlag.ItemIsEditable if c.editable else _SHOWN for c in COLUMNS],
    True: [_SHOWN] * len(COLUMNS),
}
#: appended to the title of a filtered column's header
FILTERED_MARK = " ▾"


class ObservationTableModel(QAbstractTableModel):
    """Adapts the session's :class:`~app.domain.store.ObservationStore`, seen through a
    :class:`ViewSpec`, to a Qt table: rows are the positions in :attr:`order`, columns are
    :data:`COLUMNS`, each role is answered by one Column method over :class:`TableData`;
    ``setData`` pushes the domain edit the column parses. Invalid input is signalled, never
    shown in a dialog."""

    #: a user entry was refused: (message)
    edit_rejected = Signal(str)
    #: the set of rows shown changed: (row count)
    rows_changed = Signal(int)
    #: a filter or sort is being computed in the background (True) or is done (False)
    busy = Signal(bool)
    #: the YoY and claim texts of the shown rows were (re)computed
    analytics_changed = Signal()

    def __init__(
        self, session: DeskSession, parent: Any = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._order_task: TaskSlot[np.ndarray] | None = TaskSlot(runner) if runner else None
        self._analytics_task: TaskSlot[TableAnalytics] | None = TaskSlot(runner) if runner else None
        #: whether analytics were computed once: the first time pays the claim checks'
        #: first use (imports, ~0.1 s), so it runs off-thread once the window is shown
        self._analytics_warm = False
        self._readers: dict[int, list[Reader]] = {
            int(role): [getattr(c, name) for c in COLUMNS] for role, name in ROLE_METHODS.items()
        }
        #: the same readers by column, then role (what one cell answers, for multiData)
        self._cells: list[dict[int, Reader]] = [
            {role: readers[i] for role, readers in self._readers.items()}
            for i in range(len(COLUMNS))
        ]
        self.spec = ViewSpec()
        self.order = np.zeros(0, dtype=np.int64)
        self._t: TableData | None = None
        self._painted: PaintedCells | None = None
        session.changed.connect(self._on_changed)
        session.replaced.connect(self.refresh)
        self.refresh()

    # --- contents -------------------------------------------------------------------------

    def update_spec(self, **changes: Any) -> None:
        """Show another filter or sort: a new spec replaces the old one (never mutated)."""
        self.set_spec(dataclasses.replace(self.spec, **changes))

    def set_spec(self, spec: ViewSpec) -> None:
        self.spec = spec
        self.refresh()

    def refresh(self) -> None:
        """Recompute the order (after a filter, sort or reload); arrays are re-extracted
        only when the store changed, so a filter or sort at 10M rows costs the order alone.
        Large stores are ordered in a worker while the current rows stay shown."""
        obs = self._session.store.observations
        if self._analytics_task is not None:
            self._analytics_task.cancel()
        spec = self.spec
        # a request still running is dropped; the busy mark stays on if another starts
        was_busy = self._order_task is not None and self._order_task.busy
        if self._order_task is not None and was_busy:
            self._order_task.cancel()
        fresh = not self._is_extracted()
        if fresh:  # new arrays (a new store or a change): ordered here, shown at once
            self._t = TableData(self._session.store)
        data = self._data()
        sorted_all = data.sorted_orders.get(spec.sort)
        if sorted_all is not None and is_unfiltered(spec):
            self._show_order(sorted_all, was_busy)  # clearing a filter: the order is known
            return
        text_cols = data.text_columns
        if self._order_task is not None and len(obs) > BACKGROUND_ORDER_ROWS and not fresh:
            if not was_busy:
                self.busy.emit(True)
            self._order_task.start(
                lambda _p, _c: compute_order(obs, spec, text_cols, sorted_all),
                on_done=lambda order: self._ordered(data, spec, order),
                on_error=self._order_failed,
            )
            return
        self._ordered(data, spec, compute_order(obs, spec, text_cols, sorted_all), was_busy)

    def _ordered(
        self, data: TableData, spec: ViewSpec, order: np.ndarray, end_busy: bool = True
    ) -> None:
        """Show ``order`` and keep it as the sorted order of all rows when ``spec`` filters
        nothing (for these very arrays: a change since makes new ones)."""
        if is_unfiltered(spec):
            order.flags.writeable = False
            data.sorted_orders[spec.sort] = order
        self._show_order(order, end_busy)

    def _show_order(self, order: np.ndarray, end_busy: bool = True) -> None:
        self.beginResetModel()
        self.order = order
        self._data().analytics = TableAnalytics()  # until the new selection's are computed
        self.endResetModel()
        self._start_analytics()
        if end_busy:  # a worker's order, or one that replaced a worker's request
            self.busy.emit(False)
        self.rows_changed.emit(len(self.order))

    def _order_failed(self, message: str, details: str) -> None:
        self.busy.emit(False)
        self._session.bus.error(
            translate("observation_model", "Could not filter or sort the table: {message}").format(
                message=message
            ),
            details,
        )

    def _is_extracted(self) -> bool:
        return self._t is not None and self._t.is_current(self._session.store)

    def _data(self) -> TableData:
        assert self._t is not None
        return self._t

    def _start_analytics(self) -> None:
        """YoY and claim texts of the selected rows: small selections at once, large ones
        in a worker (the two columns fill in when ready; a newer start drops an older one).
        The first ever (start-up) also goes to the worker, once the event loop has shown
        the window: the window answers before the claim checks are first loaded.
        Called with the analytics cleared (a reset, or freshly extracted arrays)."""
        t, store = self._data(), self._session.store
        positions = self._selected()
        t.too_many = positions is not None and len(positions) > ANALYTICS_LIMIT
        if positions is None or t.too_many:
            return
        obs, sources = store.observations, store.sources
        task = self._analytics_task
        if task is None or (self._analytics_warm and len(positions) <= BACKGROUND_ROWS):
            self._take_analytics(t, table_analytics(obs, sources, positions))
            return
        # the first waits for the window's repaint (a newer start drops it, held or not)
        with contextlib.nullcontext() if self._analytics_warm else after_repaint():
            task.start(
                lambda _p, _c: table_analytics(obs, sources, positions),
                on_done=lambda result: self._take_analytics(t, result),
            )

    def _selected(self) -> np.ndarray | None:
        """Positions of the rows the view selects before its filters (None: all rows); a
        pair's are kept by the store, so an edit does not look at every row again."""
        store = self._session.store
        if self.spec.pair is not None:
            return store.pair_positions(*self.spec.pair)
        mask = selection(store.observations, self.spec)
        return None if mask is None else np.flatnonzero(mask)

    def _take_analytics(self, t: TableData, result: TableAnalytics) -> None:
        self._analytics_warm = True
        t.analytics = result
        if t is not self._t:
            return
        if self.rowCount():
            first, last = COLUMN_INDEX["yoy"], COLUMN_INDEX["claim"]
            self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, last))
        self.analytics_changed.emit()

    def _on_changed(self, ops: list[Op]) -> None:
        if not touches_observations(ops):
            return  # claims, projects, events: not rows of this table
        if any(isinstance(op, Insert) for op in ops) or any(
            not hasattr(op, "column") for op in ops
        ):
            self._rows_added_or_removed()
            return
        # value edits keep the order (like a spreadsheet); only the cells change, and only
        # the columns set are read again
        store = self._session.store
        self._t = (self._t.after(store, ops) if self._t is not None else None) or TableData(store)
        self._start_analytics()
        if self.rowCount():  # a filter may show no row: nothing on screen changed
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _rows_added_or_removed(self) -> None:
        """Figures were added or deleted (here, or by another user of a shared workspace):
        the new order replaces the old as a layout change, so the selected and current
        figures stay selected and the view keeps its scroll position. Stores ordered in a
        worker, and an empty table, are reset instead."""
        obs = self._session.store.observations
        busy = self._order_task is not None and self._order_task.busy
        if len(self.order) == 0 or len(obs) > BACKGROUND_ORDER_ROWS or busy or self._t is None:
            self.refresh()
            return
        shown = self._t.obs_id[self.order]  # row -> figure, before the change
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        self._t = TableData(self._session.store)
        self.order = compute_order(obs, self.spec, self._t.text_columns)
        rows = pd.Index(self._t.obs_id[self.order]).get_indexer(
            [shown[i.row()] if 0 <= i.row() < len(shown) else -1 for i in before]
        )
        self.changePersistentIndexList(
            before,
            [
                self.index(int(r), i.column()) if r >= 0 else QModelIndex()
                for i, r in zip(before, rows, strict=True)
            ],
        )
        self.layoutChanged.emit()
        self._start_analytics()
        self.rows_changed.emit(len(self.order))

    @property
    def analytics_warm(self) -> bool:
        """Whether analytics were computed once (from then on small selections' are
        computed at once; before, the first is on its way from a worker)."""
        return self._analytics_warm

    @property
    def analytics(self) -> TableAnalytics:
        """The YoY and claim texts shown now (by row position in the store)."""
        return self._data().analytics

    def obs_id_at(self, row: int) -> int:
        return int(self._data().obs_id[self.order[row]])

    def claim_of(self, obs_id: int) -> tuple[str, str] | None:
        """(verdict, explanation) of an observation's reported change, if it has one."""
        t = self._data()
        hits = np.flatnonzero(t.obs_id == obs_id)
        return t.analytics.claims.get(int(hits[0])) if len(hits) else None

    def row_of(self, obs_id: int) -> int:
        hits = np.flatnonzero(self._data().obs_id[self.order] == obs_id)
        return int(hits[0]) if len(hits) else -1

    # --- column filters -------------------------------------------------------------------

    def column_filter(self, column: str) -> ColumnFilter | None:
        return filter_of(self.spec.column_filters, column)

    def filter_values(self, column: str) -> list[tuple[str, str, int]]:
        """(value, label, rows) of ``column`` among the rows the *other* filters leave (a
        spreadsheet's autofilter list); labels name indicators, blanks say so."""
        obs, t = self._session.store.observations, self._data()
        mask = row_mask(obs, self.spec, t.text_columns, skip_column=column)
        names = t.names if column == "indicator" else {}
        return [
            (value, names.get(value, value) or BLANK, n)
            for value, n in distinct_values(obs, column, mask, t.text_columns)
        ]

    def filter_text(self, column: str) -> str:
        """What the filter of ``column`` keeps, in words ('' when it has none)."""
        f = self.column_filter(column)
        return f.describe(self._data().names if self._t is not None else {}) if f else ""

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        filtered = [c for c in column.filters if self.column_filter(c) is not None]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header() + (FILTERED_MARK if filtered else "")
        if role == Qt.ItemDataRole.ToolTipRole and column.filters:
            tip = translate("observation_model", "Click to sort; right-click to filter.")
            if not filtered:
                return tip
            said = "; ".join(
                f"{translate('columns', FILTER_TITLES.get(c, c))}: {self.filter_text(c)}"
                for c in filtered
            )
            head = translate("observation_model", "Filtered ({filters}).").format(filters=said)
            return f"{head} {tip}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Qt asks once per painted cell: a lookup, no enum arithmetic per call
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[self._session.desk.read_only][index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One role of one cell, from the column's own method (a single role is cheaper
        read directly than through the painted cells of :meth:`multiData`, which answer
        the same: ``tests/qt/test_painted_cells.py``)."""
        readers = self._readers.get(role)  # first: roles not served cost one lookup
        if readers is None or self._t is None or not index.isValid():
            return None
        return readers[index.column()](self._t, self.order.item(index.row()))

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """What :meth:`data` says for every role of ``roleDataSpan``, in one call: Qt's
        item delegate asks seven roles of each painted cell this way, so Python is entered
        once per cell, not seven times, and those roles are kept answers
        (:class:`PaintedCells`, made a block of rows at a time). Qt reuses the span from
        cell to cell, so every role is set or cleared."""
        t = self._t
        if t is None or not index.isValid():
            cell, row = BLANK_CELL, -1
        else:
            self._painted = painted = PaintedCells.of(self._painted, t, self.order)
            cell, row = painted.cell(index.row(), index.column()), index.row()
        slot = SLOTS.get
        # a QModelRoleDataSpan (its stubs know neither len nor indexing); by position, so
        # that no IndexError ends the loop
        for i in range(len(roleDataSpan)):
            entry = roleDataSpan[i]
            role = entry.role()
            value = cell[slot(role, ASK_SLOT)]
            if value is ASK:  # a role painting never asks (a tooltip): the column's answer
                read = self._cells[index.column()].get(role)
                value = None if read is None or t is None else read(t, self.order.item(row))
            if value is None:
                entry.clearData()
            else:
                entry.setData(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._t is None:
            return False
        column = COLUMNS[index.column()]
        if not column.editable:
            return False
        obs_id = self.obs_id_at(index.row())
        try:
            edit = column.parse_edit(self._session.store, obs_id, str(value))
        except ValueError as exc:  # UnitError, PeriodError: a message for the user
            self.edit_rejected.emit(str(exc))
            return False
        if edit is None or not self._session.push(edit):
            return False
        if column.key == "indicator":
            self._say_if_units_differ(obs_id)
        return True

    # --- edits the editors make (app.ui.table_delegates) -----------------------------------

    @property
    def store(self) -> ObservationStore:
        """The figures the table shows (read by the editors: catalogue, sources, places)."""
        return self._session.store

    def set_fields(self, row: int, fields: dict[str, Any], text: str) -> bool:
        """Set several fields of the figure at ``row`` as one undoable edit (a value with
        the unit a "did you mean" answer chose); False when nothing changed or it failed."""
        edit = fields_edit(self._session.store, self.obs_id_at(row), fields, text)
        return edit is not None and self._session.push(edit)

    def cite_new_source(self, row: int, fields: dict[str, str], today: dt.date) -> bool:
        """Create a source from the form's ``fields`` and make the figure at ``row`` cite
        it, as one undoable step; a refused form is signalled by :attr:`edit_rejected`."""
        try:
            edit = new_source_edit(self._session.store, self.obs_id_at(row), fields, today)
        except ValueError as exc:
            self.edit_rejected.emit(str(exc))
            return False
        return self._session.push(edit)

    def _say_if_units_differ(self, obs_id: int) -> None:
        """An indicator counted in another unit than the figure: the figure keeps its value
        and unit (nothing is converted), and the user is told to check them."""
        store = self._session.store
        code, unit = str(store.get(obs_id, "indicator")), str(store.get(obs_id, "unit"))
        hit = store.indicators[store.indicators["code"] == code] if len(store.indicators) else None
        wanted = str(hit["unit"].iloc[0]) if hit is not None and len(hit) else ""
        if wanted and _canonical(wanted) != _canonical(unit):
            self._session.bus.warning(
                translate(
                    "observation_model",
                    "{indicator} is counted in {unit}; this figure stays in {figure_unit}: "
                    "check its value and unit.",
                ).format(
                    indicator=self._data().names.get(code, code), unit=wanted, figure_unit=unit
                )
            )


def _canonical(unit: str) -> str:
    try:
        return canonical_unit(unit)[0]
    except UnitError:
        return unit.strip()
