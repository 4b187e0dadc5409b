"""The export dialog's indicator list (:mod:`app.ui.export_dialog`): which indicators the
briefing covers and which of them get a chart.

One row per indicator the pair has figures for, two check boxes: the row's own (in the
briefing) and the chart column's. "All checked" is said as no choice at all (an empty
tuple), so a remembered choice of "everything" still covers indicators added later.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.selection import pair_mask, parse_pair
from app.domain.store import ObservationStore
from app.qt.i18n import translate

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
#: the columns: the indicator (in the briefing) and whether it gets a chart
INDICATOR_COLUMN, CHART_COLUMN = 0, 1
CODE_ROLE = Qt.ItemDataRole.UserRole


class IndicatorChecklist(QTreeWidget):
    """The pair's indicators, each checked in or out of the briefing and of its charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(
            [translate("export_indicators", "Indicator"), translate("export_indicators", "Chart")]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(INDICATOR_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHART_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(360)

    def fill(self, store: ObservationStore, pair_text: str) -> None:
        """The indicators with figures for the pair typed (none while it cannot be read),
        all checked."""
        self.clear()
        try:
            a, b = parse_pair(pair_text)
        except ValueError:
            return
        obs = store.observations[pair_mask(store.observations, a, b)]
        names = store.indicator_names()
        for code in sorted(set(obs["indicator"].astype(str))):
            item = QTreeWidgetItem([names.get(code, code), ""])
            item.setData(INDICATOR_COLUMN, CODE_ROLE, code)
            item.setCheckState(INDICATOR_COLUMN, CHECKED)
            item.setCheckState(CHART_COLUMN, CHECKED)
            self.addTopLevelItem(item)

    def items(self) -> list[QTreeWidgetItem]:
        rows = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        return [i for i in rows if i is not None]

    def check(self, column: int, codes: Iterable[str]) -> None:
        """Check the rows of ``codes`` in ``column``, uncheck the others (no codes: leave
        them all as they are)."""
        wanted = set(codes)
        if not wanted:
            return
        for item in self.items():
            code = item.data(INDICATOR_COLUMN, CODE_ROLE)
            item.setCheckState(column, CHECKED if code in wanted else UNCHECKED)

    def checked(self, column: int) -> tuple[str, ...]:
        """The codes checked in ``column``; () when every row is."""
        items = self.items()
        chosen = [
            i.data(INDICATOR_COLUMN, CODE_ROLE) for i in items if i.checkState(column) == CHECKED
        ]
        return () if len(chosen) == len(items) else tuple(chosen)

    def any_checked(self, column: int) -> bool:
        return any(i.checkState(column) == CHECKED for i in self.items())
