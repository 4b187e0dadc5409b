"""Table models for the import preview: the first rows as they will be stored, and the
validation problems. Both hold display strings computed once; ``data()`` only looks up.
:func:`preview_rows` formats the rows without Qt objects, so the import dialog computes
them in its worker and hands the model only the finished strings.

Column titles, severities and the choices for figures already stored are the desk's words
(marked for the catalogue here, translated where shown); the rows are data and stay as read.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.countries import country_name
from app.domain.periods import period_label
from app.domain.units import format_quantity
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importers import OnDuplicate, Problem, Severity

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 200

ROW_COLUMNS = (
    "indicator",
    "reporter",
    "partner",
    "subject",
    "period",
    "value",
    "unit",
    "status",
    "note",
)
ROW_HEADERS = (
    str(QT_TRANSLATE_NOOP("import_preview_model", "Indicator")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Reporter")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Partner")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Subject")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Period")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Value")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Unit")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Status")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Note")),
)
PROBLEM_HEADERS = (
    str(QT_TRANSLATE_NOOP("import_preview_model", "File")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "First line")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Column")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Severity")),
    str(QT_TRANSLATE_NOOP("import_preview_model", "Problem")),
)
#: a problem's severity as the Severity column says it
SEVERITY_WORDS = {
    Severity.ERROR: str(QT_TRANSLATE_NOOP("import_preview_model", "error")),
    Severity.WARNING: str(QT_TRANSLATE_NOOP("import_preview_model", "warning")),
    Severity.INFO: str(QT_TRANSLATE_NOOP("import_preview_model", "info")),
}
#: what the import and fetch dialogs offer for figures already stored, in their order (the
#: desk's own words, so they are translated; the services' CLI words stay English)
DUPLICATE_WORDS = (
    (
        str(QT_TRANSLATE_NOOP("import_preview_model", "Keep both, as separate sources")),
        OnDuplicate.KEEP,
    ),
    (
        str(QT_TRANSLATE_NOOP("import_preview_model", "Replace the stored figures")),
        OnDuplicate.REPLACE,
    ),
    (
        str(QT_TRANSLATE_NOOP("import_preview_model", "Skip figures already stored")),
        OnDuplicate.SKIP,
    ),
)


def duplicate_choices() -> list[tuple[str, str]]:
    """(words in the desk's language, mode value) for a "Figures already stored" box."""
    return [(translate("import_preview_model", text), mode.value) for text, mode in DUPLICATE_WORDS]


_SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#b00020"),
    Severity.WARNING: QColor("#8a6d00"),
    Severity.INFO: QColor("#555555"),
}


class _TextTable(QAbstractTableModel):
    """A read-only grid of pre-formatted strings."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.headers):
                return None
            return translate("import_preview_model", self.headers[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._extra(index, role) if index.isValid() else None
        if not index.isValid():
            return None
        return self._rows[index.row()][index.column()]

    def _extra(self, index: Index, role: int) -> Any:
        return None

    def _reset(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class ImportPreviewModel(_TextTable):
    """The first rows of an import, formatted as the table panel will show them."""

    headers = ROW_HEADERS

    def set_frame(self, frame: pd.DataFrame | None, limit: int = PREVIEW_ROWS) -> None:
        """Show the first ``limit`` rows of ``frame`` (formatted here, on this thread)."""
        self.set_rows(preview_rows(frame, limit))

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Show rows already formatted by :func:`preview_rows` (in a worker)."""
        self._reset(rows)


def preview_rows(frame: pd.DataFrame | None, limit: int = PREVIEW_ROWS) -> list[tuple[str, ...]]:
    """The first ``limit`` observations as the table panel will show them, as strings."""
    if frame is None:
        return []
    return [_row(r) for r in frame.head(limit).to_dict("records")]


def _row(r: dict[Any, Any]) -> tuple[str, ...]:
    value = float(r["value"])
    return (
        str(r["indicator"]),
        _country(str(r["reporter"])),
        _country(str(r["partner"])),
        str(r["subject"]),
        period_label(int(r["period_start"]), int(r["period_end"]), bool(r["period_point"])),
        "" if math.isnan(value) else format_quantity(value, str(r["unit"])),
        str(r["unit"]),
        str(r["status"]),
        str(r["note"]),
    )


def _country(code: str) -> str:
    return f"{country_name(code)} ({code})" if code else ""


class ProblemModel(_TextTable):
    """Every problem the importer found: file, line, column, severity, message."""

    headers = PROBLEM_HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._severity: list[Severity] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self._severity = [p.severity for p in problems]
        self._reset(
            [
                (
                    p.file,
                    "" if p.line is None else str(p.line),
                    p.column,
                    translate("import_preview_model", SEVERITY_WORDS.get(p.severity, p.severity)),
                    p.message + p.rows_text(),
                )
                for p in problems
            ]
        )

    def _extra(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_SEVERITY_COLOURS[self._severity[index.row()]])
        return None
