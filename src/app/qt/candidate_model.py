"""Table model over extraction candidates: editable fields, decision and duplicate marks.

The model translates; it holds the candidates the dialog gave it and the user's decision
per row (None = undecided, True = accepted, False = rejected).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.countries import to_alpha3
from app.domain.model import Qualifier
from app.domain.periods import PeriodError, parse_period
from app.domain.units import UnitError, format_quantity, parse_number
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.table_text import status_items, status_label
from app.services.extraction import Candidate

COLUMNS = (
    "decision",
    "value",
    "unit",
    "qualifier",
    "period",
    "indicator",
    "reporter",
    "partner",
    "change",
    "status",
    "scope",
    "quote",
)
HEADERS = (
    "",
    QT_TRANSLATE_NOOP("candidate_model", "Value"),
    QT_TRANSLATE_NOOP("candidate_model", "Unit"),
    QT_TRANSLATE_NOOP("candidate_model", "Bound"),
    QT_TRANSLATE_NOOP("candidate_model", "Period"),
    QT_TRANSLATE_NOOP("candidate_model", "Indicator"),
    QT_TRANSLATE_NOOP("candidate_model", "Reporter"),
    QT_TRANSLATE_NOOP("candidate_model", "Partner"),
    QT_TRANSLATE_NOOP("candidate_model", "Claimed change"),
    QT_TRANSLATE_NOOP("candidate_model", "Status"),
    QT_TRANSLATE_NOOP("candidate_model", "Bilateral"),
    QT_TRANSLATE_NOOP("candidate_model", "Sentence"),
)
#: a row's decision as its first cell says it (None: undecided)
DECISIONS = {
    None: "?",
    True: QT_TRANSLATE_NOOP("candidate_model", "accepted"),
    False: QT_TRANSLATE_NOOP("candidate_model", "rejected"),
}
EDITABLE = frozenset(
    {"value", "unit", "qualifier", "period", "status", "indicator", "reporter", "partner"}
)
_QUALIFIERS = frozenset(q.value for q in Qualifier)


def _statuses() -> dict[str, str]:
    """A typed status, as its code or its label in the desk's language -> the code."""
    out = {code: code for code, _label in status_items()}
    out.update({label.casefold(): code for code, label in status_items()})
    return out


def _scope_text(c: Candidate) -> str:
    if not c.scope:
        return translate("candidate_model", "yes")
    return translate("candidate_model", "no: “{words}”").format(words=c.scope)


Index = QModelIndex | QPersistentModelIndex


class CandidateModel(QAbstractTableModel):
    def __init__(
        self, candidates: list[Candidate] | None = None, duplicates: list[bool] | None = None
    ) -> None:
        super().__init__()
        self.candidates: list[Candidate] = []
        self.decisions: list[bool | None] = []
        self.duplicates: list[bool] = []
        self.set_candidates(candidates or [], duplicates)

    def set_candidates(
        self, candidates: list[Candidate], duplicates: list[bool] | None = None
    ) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.decisions = [None] * len(candidates)
        self.duplicates = list(duplicates) if duplicates else [False] * len(candidates)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return translate("candidate_model", str(HEADERS[section])) if HEADERS[section] else ""
        return str(section + 1) if orientation == Qt.Orientation.Vertical else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return None
        if not index.isValid():
            return None
        row, column = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return self._text(self.candidates[row], row, column, role == Qt.ItemDataRole.EditRole)

    def _text(self, c: Candidate, row: int, column: str, edit: bool) -> str:
        if column == "decision":
            decision = self.decisions[row]
            mark = (
                "?" if decision is None else translate("candidate_model", str(DECISIONS[decision]))
            )
            if self.duplicates[row]:
                return translate("candidate_model", "{decision} (duplicate)").format(decision=mark)
            return mark
        if column == "value":
            unit = "percent" if c.unit == "%" else c.unit
            return repr(c.value) if edit else format_quantity(c.value, unit)
        if column == "period":
            return c.period.code() if c.period else ""
        if column == "change":
            ch = c.reported_change
            return f"{ch.value:g} {ch.unit} ({ch.qualifier})" if ch else ""
        if column == "status":
            return c.status if edit else status_label(c.status)
        if column == "scope":
            return _scope_text(c)
        return str(getattr(c, column) or "")

    def _background(self, row: int) -> QBrush | None:
        if self.duplicates[row]:
            return QBrush(QColor("#f3e0b5"))
        if self.decisions[row] is False:
            return QBrush(QColor("#e6e6e6"))
        return None

    def _tooltip(self, row: int) -> str:
        c = self.candidates[row]
        lines = [c.quote]
        if c.scope:
            lines.append(
                translate(
                    "candidate_model",
                    "Not a figure between two countries: the sentence says “{words}” (a total "
                    "with the world or a region).",
                ).format(words=c.scope)
            )
        if self.duplicates[row]:
            lines.append(
                translate("candidate_model", "A stored observation already has this figure.")
            )
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE or not self._set(
            self.candidates[index.row()], column, str(value).strip()
        ):
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def _set(self, c: Candidate, column: str, text: str) -> bool:
        try:
            if column == "value":
                c.value = parse_number(text)
            elif column == "period":
                c.period = parse_period(text) if text else None
                c.period_text = text
            elif column == "qualifier":
                if text not in _QUALIFIERS:
                    return False
                c.qualifier = text
            elif column == "status":
                code = _statuses().get(text.casefold())
                if code is None:
                    return False
                c.status = code
            elif column in ("reporter", "partner"):
                code = to_alpha3(text) if text else ""
                if code is None:
                    return False
                setattr(c, column, code or None)
            else:
                setattr(c, column, text or None)
        except (PeriodError, UnitError):
            return False
        return True

    def decide(self, rows: list[int], accepted: bool | None) -> None:
        """Accept (True), reject (False) or undecide (None) some rows."""
        for row in rows:
            self.decisions[row] = accepted
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def accepted(self) -> list[Candidate]:
        return [c for c, d in zip(self.candidates, self.decisions, strict=True) if d]
