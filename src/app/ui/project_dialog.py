"""Add or edit a project: its fields, its companies with their roles, its dated stages.

The form is read into a :class:`ProjectForm` (validation says what is wrong and where) and
:func:`form_edit` turns it into one undoable edit: a new project with its rows
(:func:`app.domain.projects.add_project`), or, for an existing one, the changed fields
(:func:`app.domain.projects.set_project_fields`) plus the companies and stages added,
changed or removed. Rows left as they were keep their source and quote; sourced facts are
not edited here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.countries import to_alpha3
from app.domain.edits import Edit
from app.domain.records import (
    PROJECT_FIELDS,
    PartyRole,
    ProjectStage,
    Technology,
    date_months,
)
from app.domain.units import UnitError, canonical_unit, parse_number, scaled
from app.ui.project_form import (
    PARTY_FIELDS,
    STAGE_FIELDS,
    ProjectForm,
    Row,
    form_edit,
)

__all__ = [
    "PARTY_FIELDS",
    "PROJECT_FIELDS",
    "STAGE_FIELDS",
    "ProjectDialog",
    "ProjectForm",
    "form_edit",
]


def _combo(values: list[str], current: str = "", editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItems(values)
    if current:
        if box.findText(current) < 0:
            box.addItem(current)
        box.setCurrentText(current)
    return box


def _number_text(value: float) -> str:
    """ "240", "300 mn" (read back by parse_number)."""
    if math.isnan(value):
        return ""
    number, word = scaled(value)
    return f"{number:,.10g} {word}".strip()


@dataclass
class _CompanyRow:
    party_id: int | None
    name: QLineEdit
    role: QComboBox
    country: QLineEdit


@dataclass
class _StageRow:
    stage_id: int | None
    stage: QComboBox
    date: QLineEdit
    planned: QCheckBox


class _RowList(QGroupBox):
    """A titled grid of editable rows with "+" to add one and "−" on each to remove it."""

    def __init__(self, title: str, headers: tuple[str, ...], add_text: str) -> None:
        super().__init__(title)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(6, 6, 6, 6)
        for c, h in enumerate(headers):
            label = QLabel(h)
            label.setStyleSheet("color: #555")
            self.grid.addWidget(label, 0, c)
        self.rows: list[Any] = []
        self.add_button = QPushButton(f"+ {add_text}")
        self.add_button.setToolTip(f"Add another {add_text.lower()}")
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    def add(self, entry: Any, widgets: list[QWidget]) -> None:
        """Show ``widgets`` as a new row; ``entry`` stays in :attr:`rows` until removed."""
        r = self.grid.rowCount()
        remove = QPushButton("−")
        remove.setFixedWidth(28)
        remove.setToolTip("Remove this row")
        remove.clicked.connect(lambda: self._remove(entry, [*widgets, remove]))
        for c, w in enumerate([*widgets, remove]):
            self.grid.addWidget(w, r, c)
        self.rows.append(entry)

    def _remove(self, entry: Any, widgets: list[QWidget]) -> None:
        self.rows.remove(entry)
        for w in widgets:
            self.grid.removeWidget(w)
            w.deleteLater()


class ProjectDialog(QDialog):
    """Add a project (``project_id`` None) or edit one; :attr:`edit` is the result."""

    def __init__(
        self,
        records: dict[str, pd.DataFrame],
        project_id: int | None = None,
        defaults: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self.project_id = project_id
        self.edit: Edit | None = None
        self.setWindowTitle("Edit project" if project_id is not None else "Add project")
        values = self._existing() if project_id is not None else dict(defaults or {})
        self._fields(values)
        self.companies = _RowList("Companies", ("Company", "Role", "Country (ISO)"), "Company")
        self.companies.add_button.clicked.connect(lambda: self.add_company())
        self.stages = _RowList("Stages", ("Stage", "Date", ""), "Stage")
        self.stages.grid.setColumnStretch(4, 1)  # rows stay compact, left-aligned
        self.stages.add_button.clicked.connect(lambda: self.add_stage())
        self._children(project_id)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(self.form)
        inner.addWidget(self.companies)
        inner.addWidget(self.stages)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 780)

    # --- building -------------------------------------------------------------------------

    def _existing(self) -> Row:
        projects = self._records["projects"]
        row = projects[projects["project_id"] == self.project_id]
        if row.empty:
            raise KeyError(f"no project {self.project_id}")
        return {str(k): v for k, v in row.iloc[0].items()}

    def _fields(self, v: Row) -> None:
        self.name = QLineEdit(str(v.get("name", "")))
        self.other_names = QLineEdit(str(v.get("other_names", "")))
        self.other_names.setPlaceholderText("other names and spellings, separated by |")
        self.country = QLineEdit(str(v.get("country", "")))
        self.country.setPlaceholderText("host country, ISO code (AZE)")
        self.partner = QLineEdit(str(v.get("partner", "")))
        self.partner.setPlaceholderText("partner country, ISO code (CHN)")
        self.technology = _combo([str(t) for t in Technology], str(v.get("technology", "")))
        self.capacity = QLineEdit(_number_text(float(v.get("capacity", math.nan))))
        self.capacity.setPlaceholderText("240, 1,000 or blank")
        self.capacity_unit = _combo(["MW", "GW", "MWh"], str(v.get("capacity_unit") or "MW"), True)
        self.investment = QLineEdit(_number_text(float(v.get("investment", math.nan))))
        self.investment.setPlaceholderText("300 mn, 1.2 bn or blank")
        self.investment_unit = _combo(
            ["USD", "EUR", "CNY", "AZN"], str(v.get("investment_unit") or "USD"), True
        )
        self.location = QLineEdit(str(v.get("location", "")))
        self.note = QPlainTextEdit(str(v.get("note", "")))
        self.note.setMaximumHeight(60)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, w in (
            ("Name", self.name),
            ("Other names", self.other_names),
            ("Country", self.country),
            ("Partner", self.partner),
            ("Technology", self.technology),
            ("Capacity", self._pair(self.capacity, self.capacity_unit)),
            ("Investment", self._pair(self.investment, self.investment_unit)),
            ("Location", self.location),
            ("Note", self.note),
        ):
            self.form.addRow(label, w)

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a, 1)
        row.addWidget(b)
        return box

    def _children(self, project_id: int | None) -> None:
        parties, stages = (self._records[t] for t in ("project_parties", "project_stages"))
        if project_id is not None:
            for r in parties[parties["project_id"] == project_id].to_dict("records"):
                self.add_company(r["company"], r["role"], r["company_country"], int(r["party_id"]))
            for r in stages[stages["project_id"] == project_id].to_dict("records"):
                self.add_stage(r["stage"], r["date"], bool(r["expected"]), int(r["stage_id"]))
        if not self.companies.rows:
            self.add_company()
        if not self.stages.rows:
            self.add_stage()

    def add_company(
        self, company: str = "", role: str = "", country: str = "", party_id: int | None = None
    ) -> None:
        name = QLineEdit(company)
        name.setPlaceholderText("company name")
        name.setMinimumWidth(320)
        roles = _combo(["", *(str(r) for r in PartyRole)], role)
        code = QLineEdit(country)
        code.setPlaceholderText("CHN")
        code.setMaximumWidth(80)
        self.companies.add(_CompanyRow(party_id, name, roles, code), [name, roles, code])

    def add_stage(
        self, stage: str = "", date: str = "", planned: bool = False, stage_id: int | None = None
    ) -> None:
        stages = _combo([str(s) for s in ProjectStage], stage)
        when = QLineEdit(date)
        when.setPlaceholderText("2025, 2025-04 or 2025-04-23")
        when.setMinimumWidth(200)
        box = QCheckBox("planned")
        box.setToolTip("A date the source expects, not one that happened")
        box.setChecked(planned)
        self.stages.add(_StageRow(stage_id, stages, when, box), [stages, when, box])

    # --- reading --------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.edit = form_edit(self._records, self.read_form(), self.project_id)
        except ValueError as exc:  # what is wrong and where, for the user
            self.error.setText(str(exc))
            return
        super().accept()

    def read_form(self) -> ProjectForm:
        name = self.name.text().strip()
        if not name:
            raise ValueError("Name: a project needs a name")
        capacity, capacity_unit = _quantity(
            "Capacity", self.capacity.text(), self.capacity_unit.currentText()
        )
        investment, investment_unit = _quantity(
            "Investment", self.investment.text(), self.investment_unit.currentText()
        )
        project = {
            "name": name,
            "other_names": self.other_names.text().strip(),
            "country": _country("Country", self.country.text()),
            "partner": _country("Partner", self.partner.text()),
            "technology": self.technology.currentText(),
            "capacity": capacity,
            "capacity_unit": capacity_unit,
            "investment": investment,
            "investment_unit": investment_unit,
            "location": self.location.text().strip(),
            "note": self.note.toPlainText().strip(),
        }
        return ProjectForm(project, self._parties(), self._stages())

    def _parties(self) -> list[Row]:
        out = []
        for row in self.companies.rows:
            company = row.name.text().strip()
            if not company:
                continue  # an empty row is no company
            out.append(
                {
                    "party_id": row.party_id,
                    "company": company,
                    "role": row.role.currentText(),
                    "company_country": _country(f"Country of {company}", row.country.text()),
                }
            )
        return out

    def _stages(self) -> list[Row]:
        out = []
        for row in self.stages.rows:
            date = row.date.text().strip()
            if date and date_months(date) is None:
                raise ValueError(f"Stage date: {date!r} is not a date (2025, 2025-04, 2025-04-23)")
            if row.stage_id is None and not date:
                continue  # a new row left blank
            out.append(
                {
                    "stage_id": row.stage_id,
                    "stage": row.stage.currentText(),
                    "date": date,
                    "expected": row.planned.isChecked(),
                }
            )
        return out


def _country(label: str, text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    code = to_alpha3(text)
    if code is None:
        raise ValueError(f"{label}: {text!r} is not an ISO 3166 country code")
    return code


def _quantity(label: str, text: str, unit: str) -> tuple[float, str]:
    """A typed amount in the canonical unit: "1 GW" is 1,000 MW; blank is none."""
    unit = unit.strip()
    if not text.strip():
        return math.nan, unit
    try:
        value = parse_number(text)
        canonical, factor = canonical_unit(unit) if unit else ("", 1.0)
    except UnitError as exc:
        raise ValueError(f"{label}: {exc}") from exc
    return value * factor, canonical
