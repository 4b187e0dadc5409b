"""The import preview's "Units not recognised" table: one row per series whose unit the file
wrote in a way Corridor does not know, with a cell to type what it is ("EUR mn")."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importers.unit_fixes import parse_fix

HEADERS = (
    str(QT_TRANSLATE_NOOP("import_units", "Indicator")),
    str(QT_TRANSLATE_NOOP("import_units", "Unit as written")),
    str(QT_TRANSLATE_NOOP("import_units", "Rows")),
    str(QT_TRANSLATE_NOOP("import_units", "Corridor unit (type, e.g. EUR mn)")),
)
_FIX = 3


class UnitFixTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([translate("import_units", h) for h in HEADERS])
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setVisible(False)

    def set_units(self, unknown: pd.DataFrame) -> None:
        """The series of ``unknown_units(result)``; typed fixes of the same series stay."""
        typed = self.fixes()
        self.setRowCount(len(unknown))
        for row, r in enumerate(unknown.itertuples(index=False)):
            cells = (str(r.indicator), str(r.unit), f"{int(str(r.rows)):,}")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, col, item)
            self.setItem(row, _FIX, QTableWidgetItem(typed.get((cells[0], cells[1]), "")))
        self.resizeColumnsToContents()

    def fixes(self) -> dict[tuple[str, str], str]:
        """(indicator, unit as written) -> the unit typed for it (only rows with text)."""
        out: dict[tuple[str, str], str] = {}
        for row in range(self.rowCount()):
            cells = [self.item(row, c) for c in (0, 1, _FIX)]
            if all(c is not None for c in cells):
                indicator, written, fix = (c.text() for c in cells if c is not None)
                if fix.strip():
                    out[(indicator, written)] = fix.strip()
        return out

    def check(self) -> str:
        """'' when every typed unit is readable, else a message naming the first bad one."""
        for (indicator, _written), typed in self.fixes().items():
            try:
                parse_fix(typed)
            except ValueError as exc:
                return f"{indicator}: {exc}"
        return ""
