"""Table models of the extract dialog's claims, events and project-facts tabs.

Each row has a checkbox in its first column (kept or not); a few simple fields are
editable (claim type; event date, type and title). A counted group of projects ("five
projects, 1,570 MW") is shown as a claim, unchecked and not checkable: it is never created
as a project. The models translate; what is stored is built by
:mod:`app.services.extraction.proposals`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.records import ClaimType, EventType, date_months
from app.services.extraction.claims import ClaimCandidate
from app.services.extraction.events import EventCandidate
from app.services.extraction.project_facts import ProjectFactCandidate
from app.services.extraction.proposals import (
    claim_checked,
    claim_value,
    claim_words,
    creatable,
    event_checked,
    params_summary,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_CLAIM_TYPES = frozenset(str(t) for t in ClaimType)
_EVENT_TYPES = frozenset(str(t) for t in EventType) - {str(EventType.ANNOTATION)}


class CheckableModel(QAbstractTableModel, Generic[T]):
    """Rows of items with a checkbox in column 0 and named columns after it."""

    COLUMNS: tuple[str, ...] = ()
    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[str] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.items: list[T] = []
        self.checked: list[bool] = []

    # subclasses: the text of a cell, whether a row may be checked, its default, an edit
    def text(self, item: T, column: str) -> str:
        raise NotImplementedError

    def checkable(self, item: T) -> bool:
        return True

    def default_checked(self, item: T) -> bool:
        return True

    def set_field(self, item: T, column: str, text: str) -> bool:
        return False

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.checked = [self.checkable(i) and self.default_checked(i) for i in self.items]
        self.endResetModel()

    def kept(self) -> list[T]:
        return [i for i, c in zip(self.items, self.checked, strict=True) if c]

    def set_checked(self, row: int, on: bool) -> bool:
        if on and not self.checkable(self.items[row]):
            return False
        self.checked[row] = on
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return str(section + 1) if orientation == Qt.Orientation.Vertical else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        item = self.items[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == "check":
            if not self.checkable(item):
                return None
            return Qt.CheckState.Checked if self.checked[row] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if column == "check" else self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(getattr(item, "quote", ""))
        if role == Qt.ItemDataRole.BackgroundRole and not self.checkable(item):
            return QBrush(QColor("#e6e6e6"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        if column == "check" and self.checkable(self.items[index.row()]):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "check":
            on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self.set_checked(row, on)
        if role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        if not self.set_field(self.items[row], column, str(value).strip()):
            return False
        self.dataChanged.emit(index, index, [role])
        return True


class ClaimModel(CheckableModel[ClaimCandidate]):
    COLUMNS = ("check", "type", "words", "period", "value", "status", "params")
    HEADERS = ("", "Type", "Claim", "Period", "Value", "Status", "Parameters")
    EDITABLE = frozenset({"type"})

    def default_checked(self, item: ClaimCandidate) -> bool:
        return claim_checked(item)

    def text(self, item: ClaimCandidate, column: str) -> str:
        cells: dict[str, Callable[[], str]] = {
            "type": lambda: str(item.type),
            "words": lambda: claim_words(item),
            "period": lambda: item.period.code() if item.period else "",
            "value": lambda: claim_value(item),
            "status": lambda: item.status,
            "params": lambda: params_summary(item.params),
        }
        return cells[column]()

    def set_field(self, item: ClaimCandidate, column: str, text: str) -> bool:
        if text not in _CLAIM_TYPES:
            return False
        item.type = ClaimType(text)
        return True


class EventModel(CheckableModel[EventCandidate]):
    COLUMNS = ("check", "date", "how", "type", "title", "countries")
    HEADERS = ("", "Date", "How found", "Type", "Title", "Countries")
    EDITABLE = frozenset({"date", "type", "title"})

    def default_checked(self, item: EventCandidate) -> bool:
        return event_checked(item)

    def text(self, item: EventCandidate, column: str) -> str:
        cells: dict[str, Callable[[], str]] = {
            "date": lambda: item.date_start,
            "how": lambda: item.note or "stated",
            "type": lambda: item.event_type,
            "title": lambda: item.title,
            "countries": lambda: item.countries,
        }
        return cells[column]()

    def set_field(self, item: EventCandidate, column: str, text: str) -> bool:
        if column == "date":
            if date_months(text) is None:
                return False
            item.date_start = text
            item.note = ""  # the user's own date
        elif column == "type":
            if text not in _EVENT_TYPES:
                return False
            item.event_type = text
        else:
            if not text:
                return False
            item.title = text
        return True


def count_text(item: ProjectFactCandidate) -> str:
    return f"count: {item.count} — a claim, not a project" if item.count else ""


class ProjectFactModel(CheckableModel[ProjectFactCandidate]):
    COLUMNS = ("check", "name", "technology", "capacity", "stage", "companies", "count")
    HEADERS = ("", "Name", "Technology", "Capacity", "Stage", "Companies", "Count")

    def checkable(self, item: ProjectFactCandidate) -> bool:
        return creatable(item)

    def default_checked(self, item: ProjectFactCandidate) -> bool:
        return False  # a user confirms projects

    def text(self, item: ProjectFactCandidate, column: str) -> str:
        if column == "name":
            return item.name or "unnamed"
        if column == "technology":
            return ", ".join(item.technologies)
        if column == "capacity":
            return f"{item.capacity:g} {item.capacity_unit}"
        if column == "stage":
            if not item.stage:
                return ""
            when = f" {item.date}" if item.date else ""
            return f"{item.stage}{' (expected)' if item.stage_expected else ''}{when}"
        if column == "companies":
            return "; ".join(item.companies)
        return count_text(item)
