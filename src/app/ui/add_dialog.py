"""Add an observation with its source; validation says what is wrong and where.

Value, period, qualifier, status and note go through the table's cell rules
(:func:`app.domain.cell_edit.parse_cell`), so the dialog refuses what a cell refuses.
The unit is the chosen indicator's (the catalogue's): it changes with the indicator and
stays locked until "Different unit" is ticked, so a count of tourists is not stored in
dollars by default. Before the figure is added, :func:`app.ui.value_check.confirm_value`
compares it with its series and asks when it looks like a slip ("Did you mean 57,000
persons?").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.cell_edit import allows_negative, parse_cell
from app.domain.countries import to_alpha3
from app.domain.edits import AddObservations
from app.domain.model import Observation, Source
from app.domain.periods import Period
from app.domain.store import ObservationStore
from app.domain.validation import expected_unit
from app.qt.catalogue_model import indicator_display_name
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.table_text import qualifier_items, status_items
from app.ui import value_check
from app.ui.value_check import unit_choices

#: the form's fields, named in refusals ("Value: …") as on their labels
FIELD_NAMES = {
    "value": QT_TRANSLATE_NOOP("add_dialog", "Value"),
    "period": QT_TRANSLATE_NOOP("add_dialog", "Period"),
    "qualifier": QT_TRANSLATE_NOOP("add_dialog", "Qualifier"),
    "status": QT_TRANSLATE_NOOP("add_dialog", "Status"),
    "note": QT_TRANSLATE_NOOP("add_dialog", "Note"),
}


def _choice_box(items: list[tuple[str, str]]) -> QComboBox:
    """A box of (code, words) choices, the words shown and the code as data."""
    box = QComboBox()
    for code, words in items:
        box.addItem(words, code)
    return box


class AddObservationDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        pair: tuple[str, str],
        indicator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("add_dialog", "Add observation"))
        self._store = store
        self.edit: AddObservations | None = None
        self.indicator = QComboBox()
        names = {c: indicator_display_name(n) for c, n in store.indicator_names().items()}
        for code, name in sorted(names.items(), key=lambda t: t[1]):
            self.indicator.addItem(f"{name} ({code})", code)
        self.reporter = QLineEdit(pair[0])
        self.partner = QLineEdit(pair[1])
        self.subject = QLineEdit()
        self.period = QLineEdit()
        self.period.setPlaceholderText(
            translate("add_dialog", "e.g. {examples}").format(
                examples="2025, 2025-Q1, 2025-H1, 2025-10, 2025-01/2025-10, @2019-07"
            )
        )
        self.value = QLineEdit()
        self.value.setPlaceholderText(
            translate("add_dialog", "e.g. {examples}").format(
                examples="2.44 bn, 2,440,000,000, 57k"
            )
        )
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(unit_choices(store))
        self.different_unit = QCheckBox(translate("add_dialog", "Different unit"))
        self.different_unit.setToolTip(
            translate(
                "add_dialog",
                "Figures are kept in their indicator's unit; tick to store this one in another",
            )
        )
        self.different_unit.toggled.connect(self._unlock_unit)
        self.qualifier = _choice_box(qualifier_items())  # the table's words
        self.status = _choice_box(status_items())
        self.publisher = QLineEdit()
        self.url = QLineEdit()
        self.published = QLineEdit(dt.date.today().isoformat())
        self.speaker = QLineEdit()
        self.quote = QPlainTextEdit()
        self.quote.setMaximumHeight(70)
        self.note = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        if indicator:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(indicator)))
        self._indicator_changed()
        self._lay_out()

    def _lay_out(self) -> None:
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.different_unit)
        form = QFormLayout()
        for label, w in (
            (translate("add_dialog", "Indicator"), self.indicator),
            (translate("add_dialog", "Reporter (ISO)"), self.reporter),
            (translate("add_dialog", "Partner (ISO)"), self.partner),
            (translate("add_dialog", "Subject"), self.subject),
            (translate("add_dialog", "Period"), self.period),
            (translate("add_dialog", "Value"), self.value),
            (translate("add_dialog", "Unit"), unit_row),
            (translate("add_dialog", "Qualifier"), self.qualifier),
            (translate("add_dialog", "Status"), self.status),
            (translate("add_dialog", "Source publisher"), self.publisher),
            (translate("add_dialog", "Source URL"), self.url),
            (translate("add_dialog", "Published"), self.published),
            (translate("add_dialog", "Speaker"), self.speaker),
            (translate("add_dialog", "Quote"), self.quote),
            (translate("add_dialog", "Note"), self.note),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # --- the unit follows the indicator -------------------------------------------------

    def indicator_code(self) -> str:
        return str(self.indicator.currentData() or "")

    def _indicator_changed(self, _index: int = -1) -> None:
        """The unit becomes the new indicator's and is locked again; an indicator whose
        catalogue names no unit leaves the box open, for the user to say."""
        unit = expected_unit(self._store, self.indicator_code())
        self.unit.setCurrentText(unit)
        self.different_unit.setChecked(False)
        self.different_unit.setEnabled(bool(unit))
        self._unlock_unit(not unit)

    def _unlock_unit(self, on: bool) -> None:
        self.unit.setEnabled(on)
        if not on:
            catalogue = expected_unit(self._store, self.indicator_code())
            if catalogue:
                self.unit.setCurrentText(catalogue)

    # --- building the figure ------------------------------------------------------------

    def accept(self) -> None:
        try:
            edit = self._build()
        except ValueError as exc:  # UnitError, PeriodError: a message for the user
            self.error.setText(str(exc))
            return
        row = edit.observations.iloc[0]
        answer = value_check.confirm_value(
            self,
            self._store,
            str(row["indicator"]),
            str(row["reporter"]),
            str(row["partner"]),
            int(row["period_start"]),
            int(row["period_end"]),
            float(row["value"]),
            str(row["unit"]),
            subject=str(row["subject"]),
        )
        if answer is None:  # "Go back": the form stays open as it was
            self.value.setFocus()
            return
        if answer[0] < 0 and not allows_negative(answer[1]):
            self.error.setText(
                translate(
                    "add_dialog", "Value: a negative figure is not possible in {unit}"
                ).format(unit=answer[1])
            )
            return
        edit.observations["value"] = answer[0]  # one row: the figure as answered
        edit.observations["unit"] = answer[1]
        self.edit = edit
        super().accept()

    def _field_error(self, field: str, exc: Exception) -> ValueError:
        """ "Value: 'x' is not a number" — the field's name on its label, the rule's text."""
        name = translate("add_dialog", str(FIELD_NAMES[field]))
        return ValueError(translate("add_dialog", "{field}: {error}").format(field=name, error=exc))

    def _country(self, field: QLineEdit, allow_empty: bool) -> str:
        text = field.text().strip()
        if not text and allow_empty:
            return ""
        code = to_alpha3(text)
        if code is None:
            message = (
                translate("add_dialog", "Reporter: {text} is not an ISO 3166 country code")
                if field is self.reporter
                else translate("add_dialog", "Partner: {text} is not an ISO 3166 country code")
            )
            raise ValueError(message.format(text=repr(text)))
        return code

    def _cells(self, unit: str) -> dict[str, Any]:
        """The fields typed into the form, read by the same rules as the table's cells."""
        fields: dict[str, Any] = {}
        for column, text in (
            ("value", self.value.text()),
            ("period", self.period.text()),
            ("qualifier", str(self.qualifier.currentData())),
            ("status", str(self.status.currentData())),
            ("note", self.note.text()),
        ):
            try:
                fields |= parse_cell(column, text, unit).fields
            except ValueError as exc:
                raise self._field_error(column, exc) from exc
        return fields

    def _build(self) -> AddObservations:
        indicator = self.indicator_code()
        if not indicator:
            raise ValueError(translate("add_dialog", "Indicator: choose one from the catalogue"))
        if not self.value.text().strip():
            raise ValueError(translate("add_dialog", "Value: enter a number, e.g. 2.44 bn"))
        unit = self.unit.currentText().strip()
        if not unit:
            raise ValueError(translate("add_dialog", "Unit: say what the figure counts"))
        f = self._cells(unit)
        period = Period(f["period_start"], f["period_end"], f["period_point"])
        if not self.publisher.text().strip() and not self.url.text().strip():
            raise ValueError(
                translate(
                    "add_dialog",
                    "Source: give at least a publisher or a URL — every figure is sourced",
                )
            )
        sid = self._store.next_source_id()
        source = Source(
            publisher=self.publisher.text().strip(),
            url=self.url.text().strip(),
            published=self.published.text().strip(),
            speaker=self.speaker.text().strip(),
            quote=self.quote.toPlainText().strip(),
            kind="manual",
            source_id=sid,
            retrieved=dt.date.today().isoformat(),
        )
        obs = Observation(
            indicator=indicator,
            period=period,
            value=f["value"],
            unit=unit,
            reporter=self._country(self.reporter, False),
            partner=self._country(self.partner, True),
            subject=self.subject.text().strip(),
            period_text=self.period.text().strip(),
            qualifier=f["qualifier"],
            status=f["status"],
            source_id=sid,
            note=f["note"],
            obs_id=self._store.next_obs_id(),
        )
        return AddObservations(
            pd.DataFrame([obs.as_row()]),
            pd.DataFrame([source.as_row()]),
            translate("add_dialog", "Add {indicator} {period}").format(
                indicator=obs.indicator, period=period.label()
            ),
        )
