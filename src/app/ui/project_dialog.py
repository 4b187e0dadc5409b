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

from app.domain.edits import Edit
from app.domain.records import (
    PROJECT_FIELDS,
    PartyRole,
    ProjectStage,
    Technology,
    date_months,
)
from app.qt.i18n import translate
from app.qt.project_model import words
from app.ui.dock_panel_parts import code_box
from app.ui.project_form import (
    PARTY_FIELDS,
    STAGE_FIELDS,
    ProjectForm,
    Row,
    country_code,
    form_edit,
    number_text,
    quantity,
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
    """An editable combo of units: what is typed or chosen is read as text."""
    box = QComboBox()
    box.setEditable(editable)
    box.addItems(values)
    if current:
        if box.findText(current) < 0:
            box.addItem(current)
        box.setCurrentText(current)
    return box


def _code(box: QComboBox) -> str:
    return str(box.currentData() or "")


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

    def __init__(self, title: str, headers: tuple[str, ...], add_text: str, add_tip: str) -> None:
        super().__init__(title)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(6, 6, 6, 6)
        for c, h in enumerate(headers):
            label = QLabel(h)
            label.setStyleSheet("color: #555")
            self.grid.addWidget(label, 0, c)
        self.rows: list[Any] = []
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(add_tip)
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
        remove.setToolTip(translate("project_dialog", "Remove this row"))
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
        self.setWindowTitle(
            translate("project_dialog", "Edit project")
            if project_id is not None
            else translate("project_dialog", "Add project")
        )
        values = self._existing() if project_id is not None else dict(defaults or {})
        self._fields(values)
        self.companies = _RowList(
            translate("project_dialog", "Companies"),
            (
                translate("project_dialog", "Company"),
                translate("project_dialog", "Role"),
                translate("project_dialog", "Country (ISO)"),
            ),
            translate("project_dialog", "+ Company"),
            translate("project_dialog", "Add another company"),
        )
        self.companies.add_button.clicked.connect(lambda: self.add_company())
        self.stages = _RowList(
            translate("project_dialog", "Stages"),
            (translate("project_dialog", "Stage"), translate("project_dialog", "Date"), ""),
            translate("project_dialog", "+ Stage"),
            translate("project_dialog", "Add another stage"),
        )
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
        self.other_names.setPlaceholderText(
            translate("project_dialog", "other names and spellings, separated by |")
        )
        self.country = QLineEdit(str(v.get("country", "")))
        self.country.setPlaceholderText(translate("project_dialog", "host country, ISO code (AZE)"))
        self.partner = QLineEdit(str(v.get("partner", "")))
        self.partner.setPlaceholderText(
            translate("project_dialog", "partner country, ISO code (CHN)")
        )
        self.technology = code_box(
            [str(t) for t in Technology], words, str(v.get("technology", "")), True
        )
        self.capacity = QLineEdit(number_text(float(v.get("capacity", math.nan))))
        self.capacity.setPlaceholderText(translate("project_dialog", "240, 1,000 or blank"))
        self.capacity_unit = _combo(["MW", "GW", "MWh"], str(v.get("capacity_unit") or "MW"), True)
        self.investment = QLineEdit(number_text(float(v.get("investment", math.nan))))
        self.investment.setPlaceholderText(translate("project_dialog", "300 mn, 1.2 bn or blank"))
        self.investment_unit = _combo(
            ["USD", "EUR", "CNY", "AZN"], str(v.get("investment_unit") or "USD"), True
        )
        self.location = QLineEdit(str(v.get("location", "")))
        self.note = QPlainTextEdit(str(v.get("note", "")))
        self.note.setMaximumHeight(60)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, w in (
            (translate("project_dialog", "Name"), self.name),
            (translate("project_dialog", "Other names"), self.other_names),
            (translate("project_dialog", "Country"), self.country),
            (translate("project_dialog", "Partner"), self.partner),
            (translate("project_dialog", "Technology"), self.technology),
            (
                translate("project_dialog", "Capacity"),
                self._pair(self.capacity, self.capacity_unit),
            ),
            (
                translate("project_dialog", "Investment"),
                self._pair(self.investment, self.investment_unit),
            ),
            (translate("project_dialog", "Location"), self.location),
            (translate("project_dialog", "Note"), self.note),
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
        name.setPlaceholderText(translate("project_dialog", "company name"))
        name.setMinimumWidth(320)
        roles = code_box(["", *(str(r) for r in PartyRole)], words, role, True)
        code = QLineEdit(country)
        code.setPlaceholderText("CHN")
        code.setMaximumWidth(80)
        self.companies.add(_CompanyRow(party_id, name, roles, code), [name, roles, code])

    def add_stage(
        self, stage: str = "", date: str = "", planned: bool = False, stage_id: int | None = None
    ) -> None:
        stages = code_box([str(s) for s in ProjectStage], words, stage, True)
        when = QLineEdit(date)
        when.setPlaceholderText(translate("project_dialog", "2025, 2025-04 or 2025-04-23"))
        when.setMinimumWidth(200)
        box = QCheckBox(translate("project_dialog", "planned"))
        box.setToolTip(
            translate("project_dialog", "A date the source expects, not one that happened")
        )
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
            raise ValueError(translate("project_dialog", "Name: a project needs a name"))
        capacity, capacity_unit = quantity(
            translate("project_dialog", "Capacity"),
            self.capacity.text(),
            self.capacity_unit.currentText(),
        )
        investment, investment_unit = quantity(
            translate("project_dialog", "Investment"),
            self.investment.text(),
            self.investment_unit.currentText(),
        )
        project = {
            "name": name,
            "other_names": self.other_names.text().strip(),
            "country": country_code(translate("project_dialog", "Country"), self.country.text()),
            "partner": country_code(translate("project_dialog", "Partner"), self.partner.text()),
            "technology": _code(self.technology),
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
                    "role": _code(row.role),
                    "company_country": country_code(
                        translate("project_dialog", "Country of {company}").format(company=company),
                        row.country.text(),
                    ),
                }
            )
        return out

    def _stages(self) -> list[Row]:
        out = []
        for row in self.stages.rows:
            date = row.date.text().strip()
            if date and date_months(date) is None:
                raise ValueError(
                    translate(
                        "project_dialog",
                        "Stage date: {date} is not a date (2025, 2025-04, 2025-04-23)",
                    ).format(date=repr(date))
                )
            if row.stage_id is None and not date:
                continue  # a new row left blank
            out.append(
                {
                    "stage_id": row.stage_id,
                    "stage": _code(row.stage),
                    "date": date,
                    "expected": row.planned.isChecked(),
                }
            )
        return out
