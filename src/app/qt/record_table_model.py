"""The plumbing the record tables share (the projects and the claims tables).

:class:`RecordTableModel` holds a frame (:attr:`view`) and the positions of the rows shown
(:attr:`order`), filtered by a frozen dataclass with a ``mask(view)`` method; each shown
cell's text is prepared once per reorder. It refreshes when the session's operations touch
what it shows (:meth:`touches`) or another workspace is opened. Subclasses say what the
columns are, how the frame is made (:meth:`refresh`) and how the shown rows are arranged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain.edits import Op, touched_tables
from app.qt.session import DeskSession

Index = QModelIndex | QPersistentModelIndex
#: the role that answers a row's id
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows are positions in :attr:`order` over :attr:`view`; columns are :attr:`TITLES`."""

    #: the rows shown changed (after a filter, a sort or a change of data): row count
    rows_changed = Signal(int)

    #: the id column of :attr:`view`
    KEY: ClassVar[str] = ""
    #: the column titles (in English: :meth:`title` gives them in the desk's language)
    TITLES: ClassVar[tuple[str, ...]] = ()
    #: the record tables whose change calls for a refresh
    TABLES: ClassVar[frozenset[str]] = frozenset()
    #: whether setting the filter it already has is ignored (else the rows are redone)
    SKIP_SAME_FILTER: ClassVar[bool] = False

    def __init__(self, session: DeskSession, flt: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self.filter = flt
        self.view = pd.DataFrame()
        self.order: list[int] = []
        self._cells: list[list[str]] = []
        session.changed.connect(self._on_changed)
        session.replaced.connect(self.refresh)

    # --- contents -------------------------------------------------------------------------

    def refresh(self) -> None:
        raise NotImplementedError

    def touches(self, ops: Sequence[Op]) -> bool:
        """Whether ``ops`` change what the table shows."""
        return bool(touched_tables(ops) & self.TABLES)

    def _on_changed(self, ops: Sequence[Op]) -> None:
        if self.touches(ops):
            self.refresh()

    def set_filter(self, flt: Any) -> None:
        if self.SKIP_SAME_FILTER and flt == self.filter:
            return
        self.filter = flt
        self._reorder()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(dataclasses.replace(self.filter, **changes))

    def _reorder(self, view: pd.DataFrame | None = None) -> None:
        """Filter and arrange (a new ``view`` too, if given) between the reset notices."""
        self.beginResetModel()
        if view is not None:
            self._take(view)
        shown = np.flatnonzero(self.filter.mask(self.view)).tolist() if len(self.view) else []
        self.order = self._arrange(shown)
        self._fill()
        self.endResetModel()
        self.rows_changed.emit(len(self.order))

    def _take(self, view: pd.DataFrame) -> None:
        """Keep a new frame (and whatever is made of it once)."""
        self.view = view

    def _arrange(self, shown: list[int]) -> list[int]:
        """The order of the rows the filter keeps (as they are, unless sorted)."""
        return shown

    def _fill(self) -> None:
        """Prepare :attr:`_cells` (and anything else per row shown) for :attr:`order`."""
        raise NotImplementedError

    def choices(self, column: str) -> list[str]:
        return sorted({str(v) for v in self.view[column]}) if len(self.view) else []

    def id_at(self, row: int) -> int:
        return int(self.view[self.KEY].to_numpy()[self.order[row]])

    def row_of(self, record_id: int) -> int:
        ids = self.view[self.KEY].to_numpy() if len(self.view) else np.zeros(0)
        for row, i in enumerate(self.order):
            if int(ids[i]) == record_id:
                return row
        return -1

    # --- Qt interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        return self._role_data(index.row(), index.column(), role)

    def _role_data(self, row: int, column: int, role: int) -> Any:
        """What a cell answers for a role other than its text and its id."""
        return None

    def title(self, section: int) -> str:
        """Column ``section``'s title as shown. Subclasses translate it in their own context
        (the module that marks the titles), so the catalogue holds each title once."""
        return self.TITLES[section]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self.TITLES)
        ):
            return None
        return self.title(section)
