"""“Add series…” of the comparison (:mod:`app.ui.compare_panel`): a dialog of what the
store holds."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from app.domain.compare import YEARS, CompareSeries, available_series, compare_figures
from app.domain.countries import country_name
from app.domain.store import ObservationStore
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.chart_tooltips import desk_words

_COLUMNS = ("indicator", "reporter", "partner", "subject")


def _choice_text(column: str, value: str) -> str:
    if not value:
        return translate("compare_add", "— (none)")
    return value if column == "subject" else f"{country_name(value)} ({value})"


class AddSeriesDialog(QDialog):
    """Indicator, reporter, partner, subject and window of a new series, from what the
    store holds (each box lists what the boxes above allow)."""

    def __init__(
        self, store: ObservationStore, names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("compare_add", "Add series to the comparison"))
        self._store = store
        self._table = available_series(store.observations)
        self.boxes = [QComboBox() for _ in range(5)]
        form = QFormLayout(self)
        titles = (
            translate("compare_add", "Indicator"),
            translate("compare_add", "Reporter"),
            translate("compare_add", "Partner"),
            translate("compare_add", "Subject"),
            translate("compare_add", "Periods"),
        )
        for text, box in zip(titles, self.boxes, strict=True):
            form.addRow(text, box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for level, box in enumerate(self.boxes[:4]):
            box.currentIndexChanged.connect(lambda _i, level=level: self._fill(level + 1))
        codes = sorted({str(c) for c in self._table["indicator"]}, key=lambda c: c.lower())
        for code in sorted(codes, key=lambda c: str(names.get(c) or c).lower()):
            self.boxes[0].addItem(str(names.get(code) or code), code)
        self._fill(1)

    def _fill(self, level: int) -> None:
        """Refill the boxes from ``level`` down with what the choices above allow."""
        rows = self._table
        for col, box in zip(_COLUMNS[:level], self.boxes[:level], strict=True):
            rows = rows[rows[col] == box.currentData()]
        for col, box in zip(_COLUMNS[level:], self.boxes[level:4], strict=True):
            was = box.blockSignals(True)
            box.clear()
            for value in sorted(set(rows[col])):
                box.addItem(_choice_text(col, value), value)
            rows = rows[rows[col] == box.currentData()]
            box.blockSignals(was)
        self._fill_windows()

    def _fill_windows(self) -> None:
        box = self.boxes[4]
        box.clear()
        box.addItem(translate("compare_add", "The kind with most figures"), None)
        found = self._plain()
        if found is None:
            return
        figs = compare_figures(self._store.observations, self._store.sources, [found])
        codes, counts = np.unique(figs.part(0, all_windows=True)["code"], return_counts=True)
        for code, count in zip(codes.tolist(), counts.tolist(), strict=True):
            window = (code // 1000, code % 1000)
            text = translate("compare_add", "{window} (%n figures)", "", count)
            box.addItem(text.format(window=window_text(window)), window)

    def _plain(self) -> CompareSeries | None:
        values = [b.currentData() for b in self.boxes[:4]]
        if any(v is None for v in values):
            return None
        indicator, reporter, partner, subject = (str(v) for v in values)
        return CompareSeries(indicator, reporter, partner, subject)

    def series(self) -> CompareSeries | None:
        """The series chosen (None when the store holds none)."""
        found = self._plain()
        return replace(found, window=self.boxes[4].currentData()) if found else None


_REGULAR_WORDS = {
    1: QT_TRANSLATE_NOOP("compare_add", "monthly"),
    3: QT_TRANSLATE_NOOP("compare_add", "quarterly"),
    6: QT_TRANSLATE_NOOP("compare_add", "half-yearly"),
}


def window_text(window: tuple[int, int]) -> str:
    """The kind of period of a comparison line in the desk's language ("calendar years",
    "Jan–Oct", "monthly", "as of dates"; app.domain.compare.window_words in English)."""
    first, months = window
    if window == (0, 0):
        return translate("compare_add", "as of dates")
    if first == 0:
        if months in _REGULAR_WORDS:
            return translate("compare_add", _REGULAR_WORDS[months])
        return translate("compare_add", "{months}-month periods").format(months=months)
    if window == YEARS:
        return translate("compare_add", "calendar years")
    return desk_words().window_words(first, months)
