"""Add or edit one claim by hand: its type, what it is about, the figure stated with it, its
source (a stored one, required) and quote, and the type's parameters as simple fields.

On OK the form becomes one edit of the ``claims`` table (:attr:`ClaimDialog.edit`): an
:class:`~app.domain.edits.AddRecords` for a new claim, a
:class:`~app.domain.edits.SetRecordValues` of the changed columns for an existing one.
Parameters the form does not show (``base``, ``members``, ``target_date``) are kept.
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
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import AddRecords, Edit, SetRecordValues
from app.domain.model import Qualifier
from app.domain.periods import PeriodError, parse_period, period_code
from app.domain.records import (
    ClaimType,
    claim_params,
    next_record_ids,
    normalise_records,
    params_text,
)
from app.domain.store import ObservationStore

STATUSES = ("actual", "expected", "forecast", "target", "planned")
QUALIFIERS = tuple(str(q) for q in Qualifier)


@dataclass(frozen=True)
class ParamField:
    key: str
    label: str
    kind: str  # number, int, text, bool, or choice
    choices: tuple[str, ...] = ()


def _field(key: str, kind: str = "text", *choices: str) -> ParamField:
    return ParamField(key, key.replace("_", " ").capitalize(), kind, tuple(choices))


WINDOWS = ("year", "ytd", "half", "quarter", "month", "period")
#: the parameters each type's form shows (docs/claims.md, "Parameters per type")
PARAM_FIELDS: dict[str, tuple[ParamField, ...]] = {
    "growth": (
        _field("change", "number"),
        _field("change_unit", "choice", "%", "times"),
        _field("change_qualifier", "choice", *QUALIFIERS),
    ),
    "level": (),
    "record": (_field("window", "choice", *WINDOWS), _field("expected", "bool")),
    "record_streak": (
        _field("window", "choice", *WINDOWS),
        _field("length", "int"),
        _field("expected", "bool"),
    ),
    "first": (_field("kind", "choice", "first", "only"), _field("of"), _field("scope")),
    "rank": (_field("rank", "int"), _field("of"), _field("among")),
    "sum_count": (
        _field("count", "int"),
        _field("total", "number"),
        _field("total_unit"),
        _field("of"),
    ),
    "share": (_field("share", "number"), _field("of")),
}


def _number(text: str, what: str, whole: bool = False) -> float | int | None:
    t = text.strip().replace(",", "").replace(" ", "")
    if not t:
        return None
    try:
        return int(t) if whole else float(t)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"{what}: {text!r} is not {kind}") from None


class ClaimDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        claim_id: int | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.claim_id = claim_id
        self.edit: Edit | None = None
        claims = store.records["claims"]
        hit = claims[claims["claim_id"] == claim_id] if claim_id is not None else claims.iloc[0:0]
        self.old: dict[str, Any] | None = dict(hit.iloc[0]) if len(hit) else None
        self.setWindowTitle(f"Edit claim {claim_id}" if self.old else "Add claim")
        self.param_fields: dict[str, QWidget] = {}
        self._build()
        self._load(self.old or {**self._blank(), **(defaults or {})})

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.type_box = QComboBox()
        for t in ClaimType:
            self.type_box.addItem(str(t).replace("_", " "), str(t))
        self.indicator_box = QComboBox()
        self.indicator_box.addItem("(none)", "")
        ind = self.store.indicators
        for code, name in zip(ind.get("code", []), ind.get("name", []), strict=True):
            self.indicator_box.addItem(f"{name} ({code})", str(code))
        self.reporter, self.partner = QLineEdit(), QLineEdit()
        for box in (self.reporter, self.partner):
            box.setMaxLength(3)
            box.setPlaceholderText("ISO alpha-3")
        self.period = QLineEdit()
        self.period.setPlaceholderText("2025, 2025-Q1, 2025-01/2025-10, @2027-12 or empty")
        self.value, self.unit = QLineEdit(), QLineEdit()
        self.value.setPlaceholderText("in the canonical unit, e.g. 2440000000")
        self.unit.setPlaceholderText("USD, MW, %, persons…")
        self.qualifier = QComboBox()
        self.qualifier.addItems(QUALIFIERS)
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.source = QComboBox()
        self.source.addItem("(choose the source)", -1)
        for sid, label in sorted(self.store.source_label_by_id().items()):
            self.source.addItem(f"{label} [#{sid}]", int(sid))
        self.quote = QPlainTextEdit()
        self.quote.setFixedHeight(70)
        form = QFormLayout()
        for label, w in (
            ("Type", self.type_box),
            ("Indicator", self.indicator_box),
            ("Reporter", self.reporter),
            ("Partner", self.partner),
            ("Period", self.period),
            ("Value", self.value),
            ("Unit", self.unit),
            ("Qualifier", self.qualifier),
            ("Status", self.status),
            ("Source", self.source),
            ("Quote", self.quote),
        ):
            form.addRow(label, w)
        self.params_box = QGroupBox("Parameters")
        self.params_form = QFormLayout(self.params_box)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.params_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.type_box.currentIndexChanged.connect(lambda _i: self._build_params({}))
        self.setMinimumWidth(560)

    @staticmethod
    def _blank() -> dict[str, Any]:
        return {"claim_type": "growth", "status": "actual", "qualifier": "exact", "params": ""}

    def _load(self, row: dict[str, Any]) -> None:
        was = self.type_box.blockSignals(True)
        self.type_box.setCurrentIndex(max(self.type_box.findData(row.get("claim_type")), 0))
        self.type_box.blockSignals(was)
        self.indicator_box.setCurrentIndex(
            max(self.indicator_box.findData(row.get("indicator", "")), 0)
        )
        self.reporter.setText(str(row.get("reporter", "")))
        self.partner.setText(str(row.get("partner", "")))
        start, end = int(row.get("period_start", -1)), int(row.get("period_end", -1))
        self.period.setText(period_code(start, end) if start >= 0 else "")
        value = float(row.get("value", math.nan))
        self.value.setText(f"{value:.15g}" if math.isfinite(value) else "")
        self.unit.setText(str(row.get("unit", "")))
        self.qualifier.setCurrentText(str(row.get("qualifier", "")) or "exact")
        self.status.setCurrentText(str(row.get("status", "")) or "actual")
        self.source.setCurrentIndex(max(self.source.findData(int(row.get("source_id", -1))), 0))
        self.quote.setPlainText(str(row.get("quote", "")))
        self._build_params(claim_params(str(row.get("params", ""))))

    def _build_params(self, params: dict[str, Any]) -> None:
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_fields = {}
        fields = PARAM_FIELDS.get(self.claim_type(), ())
        for f in fields:
            widget = self._param_widget(f, params.get(f.key))
            self.params_form.addRow(f.label, widget)
            self.param_fields[f.key] = widget
        self.params_box.setVisible(bool(fields))

    @staticmethod
    def _param_widget(f: ParamField, value: Any) -> QWidget:
        if f.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if f.kind == "choice":
            combo = QComboBox()
            combo.addItems(f.choices)
            if value is not None:
                combo.setCurrentText(str(value))
            return combo
        return QLineEdit(
            "" if value is None else f"{value:.15g}" if isinstance(value, float) else str(value)
        )

    # --- reading the form -----------------------------------------------------------------

    def claim_type(self) -> str:
        return str(self.type_box.currentData())

    def params(self) -> dict[str, Any]:
        """The type's parameters from the form, over the kept ones the form does not show."""
        old = claim_params(str(self.old["params"])) if self.old else {}
        out = {
            k: v
            for k, v in old.items()
            if k not in {f.key for fs in PARAM_FIELDS.values() for f in fs}
        }
        for f in PARAM_FIELDS.get(self.claim_type(), ()):
            w = self.param_fields[f.key]
            if isinstance(w, QCheckBox):
                out[f.key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentText()
            elif isinstance(w, QLineEdit):
                if f.kind in ("number", "int"):
                    number = _number(w.text(), f.label, whole=f.kind == "int")
                    if number is not None:
                        out[f.key] = number
                elif w.text().strip():
                    out[f.key] = w.text().strip()
        return out

    def row(self) -> dict[str, Any]:
        """The claim row the form describes. Raises ValueError with what is wrong."""
        source = int(self.source.currentData())
        if source < 0:
            raise ValueError("Choose the source whose statement this is.")
        start = end = -1
        period = self.period.text().strip()
        if period:
            try:
                p = parse_period(period)
            except PeriodError as exc:
                raise ValueError(f"Period: {exc}") from None
            start, end = p.start, p.end
        value = _number(self.value.text(), "Value")
        codes = {"Reporter": self.reporter.text(), "Partner": self.partner.text()}
        for what, code in codes.items():
            if code.strip() and not (len(code.strip()) == 3 and code.strip().isalpha()):
                raise ValueError(f"{what}: an ISO alpha-3 code such as CHN, not {code!r}")
        old = self.old or {}
        same_period = (start, end) == (old.get("period_start"), old.get("period_end"))
        return {
            "claim_type": self.claim_type(),
            "source_id": source,
            "obs_id": int(old.get("obs_id", -1)),
            "quote": self.quote.toPlainText().strip(),
            "indicator": str(self.indicator_box.currentData() or ""),
            "reporter": self.reporter.text().strip().upper(),
            "partner": self.partner.text().strip().upper(),
            "period_start": start,
            "period_end": end,
            "period_text": str(old.get("period_text", "")) if same_period else period,
            "value": math.nan if value is None else float(value),
            "unit": self.unit.text().strip(),
            "qualifier": self.qualifier.currentText(),
            "status": self.status.currentText(),
            "params": params_text(self.params()),
            "note": str(old.get("note", "")) or "added by hand",
        }

    def accept(self) -> None:
        try:
            row = self.row()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.edit = self._edit_of(row)
        super().accept()

    def _edit_of(self, row: dict[str, Any]) -> Edit | None:
        claims = self.store.records["claims"]
        if self.old is None:
            new_id = int(next_record_ids(claims, "claim_id", 1)[0])
            self.claim_id = new_id
            frame = normalise_records("claims", pd.DataFrame([{"claim_id": new_id, **row}]))
            return AddRecords({"claims": frame}, f"Add {row['claim_type']} claim")
        changed = {k: v for k, v in row.items() if not _same(self.old.get(k), v)}
        if not changed:
            return None
        return SetRecordValues(
            "claims",
            [int(self.old["claim_id"])],
            {k: ([self.old[k]], [v]) for k, v in changed.items()},
            f"Edit claim {int(self.old['claim_id'])}",
        )


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b)
