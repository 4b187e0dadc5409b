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
from app.qt.claim_model import status_words, type_words
from app.qt.event_painter import event_type_name
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.project_model import words
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


def _code_of(text: str, codes: frozenset[str], shown: Callable[[str], str]) -> str | None:
    """The code typed (or its word as shown) into an editable cell; None if neither."""
    if text in codes:
        return text
    return next((c for c in sorted(codes) if shown(c) == text), None)


class CheckableModel(QAbstractTableModel, Generic[T]):
    """Rows of items with a checkbox in column 0 and named columns after it. A cell shows
    its text in the desk's language; an editable one is edited as the code it holds (the
    word shown is accepted too)."""

    COLUMNS: tuple[str, ...] = ()
    #: column titles in English, marked for the catalogue in the context "extract_models"
    HEADERS: tuple[object, ...] = ()
    EDITABLE: frozenset[str] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.items: list[T] = []
        self.checked: list[bool] = []

    # subclasses: the text of a cell, whether a row may be checked, its default, an edit
    def text(self, item: T, column: str) -> str:
        raise NotImplementedError

    def edit_text(self, item: T, column: str) -> str:
        """What an editor starts from (the cell's text unless it shows a code as words)."""
        return self.text(item, column)

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
            title = self.HEADERS[section]
            return translate("extract_models", str(title)) if title else ""
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
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column == "check" else self.text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return "" if column == "check" else self.edit_text(item, column)
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
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("extract_models", "Type"),
        QT_TRANSLATE_NOOP("extract_models", "Claim"),
        QT_TRANSLATE_NOOP("extract_models", "Period"),
        QT_TRANSLATE_NOOP("extract_models", "Value"),
        QT_TRANSLATE_NOOP("extract_models", "Status"),
        QT_TRANSLATE_NOOP("extract_models", "Parameters"),
    )
    EDITABLE = frozenset({"type"})

    def default_checked(self, item: ClaimCandidate) -> bool:
        return claim_checked(item)

    def text(self, item: ClaimCandidate, column: str) -> str:
        cells: dict[str, Callable[[], str]] = {
            "type": lambda: type_words(str(item.type)),
            "words": lambda: claim_words(item),
            "period": lambda: item.period.code() if item.period else "",
            "value": lambda: claim_value(item),
            "status": lambda: status_words(item.status),
            "params": lambda: params_summary(item.params),
        }
        return cells[column]()

    def edit_text(self, item: ClaimCandidate, column: str) -> str:
        return str(item.type) if column == "type" else self.text(item, column)

    def set_field(self, item: ClaimCandidate, column: str, text: str) -> bool:
        code = _code_of(text, _CLAIM_TYPES, type_words)
        if code is None:
            return False
        item.type = ClaimType(code)
        return True


class EventModel(CheckableModel[EventCandidate]):
    COLUMNS = ("check", "date", "how", "type", "title", "countries")
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("extract_models", "Date"),
        QT_TRANSLATE_NOOP("extract_models", "How found"),
        QT_TRANSLATE_NOOP("extract_models", "Type"),
        QT_TRANSLATE_NOOP("extract_models", "Title"),
        QT_TRANSLATE_NOOP("extract_models", "Countries"),
    )
    EDITABLE = frozenset({"date", "type", "title"})

    def default_checked(self, item: EventCandidate) -> bool:
        return event_checked(item)

    def text(self, item: EventCandidate, column: str) -> str:
        cells: dict[str, Callable[[], str]] = {
            "date": lambda: item.date_start,
            "how": lambda: item.note or translate("extract_models", "stated"),
            "type": lambda: event_type_name(item.event_type),
            "title": lambda: item.title,
            "countries": lambda: item.countries,
        }
        return cells[column]()

    def edit_text(self, item: EventCandidate, column: str) -> str:
        return item.event_type if column == "type" else self.text(item, column)

    def set_field(self, item: EventCandidate, column: str, text: str) -> bool:
        if column == "date":
            if date_months(text) is None:
                return False
            item.date_start = text
            item.note = ""  # the user's own date
        elif column == "type":
            code = _code_of(text, _EVENT_TYPES, event_type_name)
            if code is None:
                return False
            item.event_type = code
        else:
            if not text:
                return False
            item.title = text
        return True


def count_text(item: ProjectFactCandidate) -> str:
    if not item.count:
        return ""
    return translate("extract_models", "count: {count} — a claim, not a project").format(
        count=item.count
    )


class ProjectFactModel(CheckableModel[ProjectFactCandidate]):
    COLUMNS = ("check", "name", "technology", "capacity", "stage", "companies", "count")
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("extract_models", "Name"),
        QT_TRANSLATE_NOOP("extract_models", "Technology"),
        QT_TRANSLATE_NOOP("extract_models", "Capacity"),
        QT_TRANSLATE_NOOP("extract_models", "Stage"),
        QT_TRANSLATE_NOOP("extract_models", "Companies"),
        QT_TRANSLATE_NOOP("extract_models", "Count"),
    )

    def checkable(self, item: ProjectFactCandidate) -> bool:
        return creatable(item)

    def default_checked(self, item: ProjectFactCandidate) -> bool:
        return False  # a user confirms projects

    def text(self, item: ProjectFactCandidate, column: str) -> str:
        if column == "name":
            return item.name or translate("extract_models", "unnamed")
        if column == "technology":
            return ", ".join(words(t) for t in item.technologies)
        if column == "capacity":
            return f"{item.capacity:g} {item.capacity_unit}"
        if column == "stage":
            if not item.stage:
                return ""
            stage = words(item.stage)
            if item.stage_expected:
                stage = translate("extract_models", "{stage} (expected)").format(stage=stage)
            return f"{stage} {item.date}" if item.date else stage
        if column == "companies":
            return "; ".join(item.companies)
        return count_text(item)
