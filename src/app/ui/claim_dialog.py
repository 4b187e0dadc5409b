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
from app.qt.catalogue_model import indicator_display_name
from app.qt.claim_model import STATUS_WORDS, status_words, type_words
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.table_text import qualifier_choice
from app.ui.dock_panel_parts import code_box, select_code

STATUSES = tuple(STATUS_WORDS)
QUALIFIERS = tuple(str(q) for q in Qualifier)
#: the codes the form offers in a choice (windows, units, ranks), as words; qualifiers are
#: named as the figures table names them (app.qt.table_text)
CHOICE_WORDS = {
    "year": QT_TRANSLATE_NOOP("claim_dialog", "year"),
    "ytd": QT_TRANSLATE_NOOP("claim_dialog", "year to date"),
    "half": QT_TRANSLATE_NOOP("claim_dialog", "half-year"),
    "quarter": QT_TRANSLATE_NOOP("claim_dialog", "quarter"),
    "month": QT_TRANSLATE_NOOP("claim_dialog", "month"),
    "period": QT_TRANSLATE_NOOP("claim_dialog", "period"),
    "times": QT_TRANSLATE_NOOP("claim_dialog", "times"),
    "first": QT_TRANSLATE_NOOP("claim_dialog", "first"),
    "only": QT_TRANSLATE_NOOP("claim_dialog", "only"),
}


def choice_words(code: str) -> str:
    """A choice's code as shown ("year to date" for ytd, "more than" for more_than; "%"
    stays "%")."""
    if code in CHOICE_WORDS:
        return translate("claim_dialog", str(CHOICE_WORDS[code]))
    return qualifier_choice(code)


@dataclass(frozen=True)
class ParamField:
    key: str
    label: str  # in English (marked for the catalogue): translate("claim_dialog", label)
    kind: str  # number, int, text, bool, or choice
    choices: tuple[str, ...] = ()


def _field(key: str, label: object, kind: str = "text", *choices: str) -> ParamField:
    return ParamField(key, str(label), kind, tuple(choices))


WINDOWS = ("year", "ytd", "half", "quarter", "month", "period")
_OF = QT_TRANSLATE_NOOP("claim_dialog", "Of")
_EXPECTED = QT_TRANSLATE_NOOP("claim_dialog", "Expected")
_WINDOW = QT_TRANSLATE_NOOP("claim_dialog", "Window")
#: the parameters each type's form shows (docs/claims.md, "Parameters per type")
PARAM_FIELDS: dict[str, tuple[ParamField, ...]] = {
    "growth": (
        _field("change", QT_TRANSLATE_NOOP("claim_dialog", "Change"), "number"),
        _field(
            "change_unit", QT_TRANSLATE_NOOP("claim_dialog", "Change unit"), "choice", "%", "times"
        ),
        _field(
            "change_qualifier",
            QT_TRANSLATE_NOOP("claim_dialog", "Change qualifier"),
            "choice",
            *QUALIFIERS,
        ),
    ),
    "level": (),
    "record": (
        _field("window", _WINDOW, "choice", *WINDOWS),
        _field("expected", _EXPECTED, "bool"),
    ),
    "record_streak": (
        _field("window", _WINDOW, "choice", *WINDOWS),
        _field("length", QT_TRANSLATE_NOOP("claim_dialog", "Length"), "int"),
        _field("expected", _EXPECTED, "bool"),
    ),
    "first": (
        _field("kind", QT_TRANSLATE_NOOP("claim_dialog", "Kind"), "choice", "first", "only"),
        _field("of", _OF),
        _field("scope", QT_TRANSLATE_NOOP("claim_dialog", "Scope")),
    ),
    "rank": (
        _field("rank", QT_TRANSLATE_NOOP("claim_dialog", "Rank"), "int"),
        _field("of", _OF),
        _field("among", QT_TRANSLATE_NOOP("claim_dialog", "Among")),
    ),
    "sum_count": (
        _field("count", QT_TRANSLATE_NOOP("claim_dialog", "Count"), "int"),
        _field("total", QT_TRANSLATE_NOOP("claim_dialog", "Total"), "number"),
        _field("total_unit", QT_TRANSLATE_NOOP("claim_dialog", "Total unit")),
        _field("of", _OF),
    ),
    "share": (
        _field("share", QT_TRANSLATE_NOOP("claim_dialog", "Share"), "number"),
        _field("of", _OF),
    ),
}


def _number(text: str, what: str, whole: bool = False) -> float | int | None:
    """``text`` as a number (None when blank); ``what`` names the field in the error."""
    t = text.strip().replace(",", "").replace(" ", "")
    if not t:
        return None
    try:
        return int(t) if whole else float(t)
    except ValueError:
        if whole:
            message = translate("claim_dialog", "{field}: {text} is not a whole number")
        else:
            message = translate("claim_dialog", "{field}: {text} is not a number")
        raise ValueError(message.format(field=what, text=repr(text))) from None


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
        self.setWindowTitle(
            translate("claim_dialog", "Edit claim {id}").format(id=claim_id)
            if self.old
            else translate("claim_dialog", "Add claim")
        )
        self.param_fields: dict[str, QWidget] = {}
        self._build()
        self._load(self.old or {**self._blank(), **(defaults or {})})

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.type_box = code_box([str(t) for t in ClaimType], type_words)
        self.indicator_box = QComboBox()
        self.indicator_box.addItem(translate("claim_dialog", "(none)"), "")
        ind = self.store.indicators
        for code, name in zip(ind.get("code", []), ind.get("name", []), strict=True):
            self.indicator_box.addItem(f"{indicator_display_name(name)} ({code})", str(code))
        self.reporter, self.partner = QLineEdit(), QLineEdit()
        for box in (self.reporter, self.partner):
            box.setMaxLength(3)
            box.setPlaceholderText(translate("claim_dialog", "ISO alpha-3"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(
            translate("claim_dialog", "2025, 2025-Q1, 2025-01/2025-10, @2027-12 or empty")
        )
        self.value, self.unit = QLineEdit(), QLineEdit()
        self.value.setPlaceholderText(
            translate("claim_dialog", "in the canonical unit, e.g. 2440000000")
        )
        self.unit.setPlaceholderText(translate("claim_dialog", "USD, MW, %, persons…"))
        self.qualifier = code_box(QUALIFIERS, qualifier_choice)
        self.status = code_box(STATUSES, status_words)
        self.source = QComboBox()
        self.source.addItem(translate("claim_dialog", "(choose the source)"), -1)
        for sid, label in sorted(self.store.source_label_by_id().items()):
            self.source.addItem(f"{label} [#{sid}]", int(sid))
        self.quote = QPlainTextEdit()
        self.quote.setFixedHeight(70)
        form = QFormLayout()
        for label, w in (
            (translate("claim_dialog", "Type"), self.type_box),
            (translate("claim_dialog", "Indicator"), self.indicator_box),
            (translate("claim_dialog", "Reporter"), self.reporter),
            (translate("claim_dialog", "Partner"), self.partner),
            (translate("claim_dialog", "Period"), self.period),
            (translate("claim_dialog", "Value"), self.value),
            (translate("claim_dialog", "Unit"), self.unit),
            (translate("claim_dialog", "Qualifier"), self.qualifier),
            (translate("claim_dialog", "Status"), self.status),
            (translate("claim_dialog", "Source"), self.source),
            (translate("claim_dialog", "Quote"), self.quote),
        ):
            form.addRow(label, w)
        self.params_box = QGroupBox(translate("claim_dialog", "Parameters"))
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
        select_code(self.qualifier, str(row.get("qualifier", "")) or "exact")
        select_code(self.status, str(row.get("status", "")) or "actual")
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
            self.params_form.addRow(translate("claim_dialog", f.label), widget)
            self.param_fields[f.key] = widget
        self.params_box.setVisible(bool(fields))

    @staticmethod
    def _param_widget(f: ParamField, value: Any) -> QWidget:
        if f.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if f.kind == "choice":
            return code_box(f.choices, choice_words, "" if value is None else str(value))
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
                out[f.key] = str(w.currentData())
            elif isinstance(w, QLineEdit):
                if f.kind in ("number", "int"):
                    label = translate("claim_dialog", f.label)
                    number = _number(w.text(), label, whole=f.kind == "int")
                    if number is not None:
                        out[f.key] = number
                elif w.text().strip():
                    out[f.key] = w.text().strip()
        return out

    def row(self) -> dict[str, Any]:
        """The claim row the form describes. Raises ValueError with what is wrong."""
        source = int(self.source.currentData())
        if source < 0:
            raise ValueError(
                translate("claim_dialog", "Choose the source whose statement this is.")
            )
        start = end = -1
        period = self.period.text().strip()
        if period:
            try:
                p = parse_period(period)
            except PeriodError as exc:
                message = translate("claim_dialog", "Period: {error}")
                raise ValueError(message.format(error=exc)) from None
            start, end = p.start, p.end
        value = _number(self.value.text(), translate("claim_dialog", "Value"))
        codes = {
            translate("claim_dialog", "Reporter"): self.reporter.text(),
            translate("claim_dialog", "Partner"): self.partner.text(),
        }
        for what, code in codes.items():
            if code.strip() and not (len(code.strip()) == 3 and code.strip().isalpha()):
                message = translate(
                    "claim_dialog", "{field}: an ISO alpha-3 code such as CHN, not {code}"
                )
                raise ValueError(message.format(field=what, code=repr(code)))
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
            "qualifier": str(self.qualifier.currentData()),
            "status": str(self.status.currentData()),
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
