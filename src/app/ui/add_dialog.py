"""Add an observation with its source; validation says what is wrong and where.

Value, period, qualifier, status and note go through the table's cell rules
(:func:`app.domain.cell_edit.parse_cell`), so the dialog refuses what a cell refuses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.cell_edit import parse_cell
from app.domain.countries import to_alpha3
from app.domain.edits import AddObservations
from app.domain.model import Observation, Qualifier, Source, Status
from app.domain.periods import Period
from app.domain.store import ObservationStore


class AddObservationDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        pair: tuple[str, str],
        indicator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add observation")
        self._store = store
        self.edit: AddObservations | None = None
        self.indicator = QComboBox()
        for code, name in sorted(store.indicator_names().items(), key=lambda t: t[1]):
            self.indicator.addItem(f"{name} ({code})", code)
        if indicator:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(indicator)))
        self.reporter = QLineEdit(pair[0])
        self.partner = QLineEdit(pair[1])
        self.subject = QLineEdit()
        self.period = QLineEdit()
        self.period.setPlaceholderText("2025, 2025-Q1, 2025-H1, 2025-10, 2025-01/2025-10, @2019-07")
        self.value = QLineEdit()
        self.value.setPlaceholderText("2.44 bn, 2,440,000,000, 57k")
        self.unit = QLineEdit("USD")
        self.qualifier = QComboBox()
        self.qualifier.addItems([q.value for q in Qualifier])
        self.status = QComboBox()
        self.status.addItems([s.value for s in Status if s is not Status.DERIVED])
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
        form = QFormLayout()
        for label, w in (
            ("Indicator", self.indicator),
            ("Reporter (ISO)", self.reporter),
            ("Partner (ISO)", self.partner),
            ("Subject", self.subject),
            ("Period", self.period),
            ("Value", self.value),
            ("Unit", self.unit),
            ("Qualifier", self.qualifier),
            ("Status", self.status),
            ("Source publisher", self.publisher),
            ("Source URL", self.url),
            ("Published", self.published),
            ("Speaker", self.speaker),
            ("Quote", self.quote),
            ("Note", self.note),
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

    def accept(self) -> None:
        try:
            self.edit = self._build()
        except ValueError as exc:  # UnitError, PeriodError: a message for the user
            self.error.setText(str(exc))
            return
        super().accept()

    def _country(self, field: QLineEdit, name: str, allow_empty: bool) -> str:
        text = field.text().strip()
        if not text and allow_empty:
            return ""
        code = to_alpha3(text)
        if code is None:
            raise ValueError(f"{name}: {text!r} is not an ISO 3166 country code")
        return code

    def _cells(self, unit: str) -> dict[str, Any]:
        """The fields typed into the form, read by the same rules as the table's cells."""
        fields: dict[str, Any] = {}
        for label, column, text in (
            ("Value", "value", self.value.text()),
            ("Period", "period", self.period.text()),
            ("Qualifier", "qualifier", self.qualifier.currentText()),
            ("Status", "status", self.status.currentText()),
            ("Note", "note", self.note.text()),
        ):
            try:
                fields |= parse_cell(column, text, unit).fields
            except ValueError as exc:
                raise ValueError(f"{label}: {exc}") from exc
        return fields

    def _build(self) -> AddObservations:
        if not self.value.text().strip():
            raise ValueError("Value: enter a number, e.g. 2.44 bn")
        unit = self.unit.text().strip() or "USD"
        f = self._cells(unit)
        period = Period(f["period_start"], f["period_end"], f["period_point"])
        if not self.publisher.text().strip() and not self.url.text().strip():
            raise ValueError("Source: give at least a publisher or a URL — every figure is sourced")
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
            indicator=str(self.indicator.currentData() or ""),
            period=period,
            value=f["value"],
            unit=unit,
            reporter=self._country(self.reporter, "Reporter", False),
            partner=self._country(self.partner, "Partner", True),
            subject=self.subject.text().strip(),
            period_text=self.period.text().strip(),
            qualifier=f["qualifier"],
            status=f["status"],
            source_id=sid,
            note=f["note"],
            obs_id=self._store.next_obs_id(),
        )
        if not obs.indicator:
            raise ValueError("Indicator: choose one from the catalogue")
        return AddObservations(
            pd.DataFrame([obs.as_row()]),
            pd.DataFrame([source.as_row()]),
            f"Add {obs.indicator} {period.label()}",
        )
