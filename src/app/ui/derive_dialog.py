"""Derive a series: pick the kind, the inputs, the parameters or a formula; see the first
figures before storing them.

Every change of the form rebuilds the derivation with the same function the CLI uses
(:func:`app.domain.derive.builder.new_derivation`) and computes a preview; what cannot
be derived (a unit error naming both units, an input without figures, a formula that does
not parse) is said under the form and OK stays disabled. :meth:`DeriveDialog.result_edit`
is the edit the caller pushes on the session.
"""

from __future__ import annotations

import math
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
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.derive.builder import new_derivation
from app.domain.derive.derivations import (
    KIND_WORDS,
    SAME_SERIES,
    Derivation,
    DerivationKind,
    SeriesRef,
    catalogue_column,
    compute,
)
from app.domain.derive.lineage import add_derivation_edit
from app.domain.edits import Edit
from app.domain.periods import period_label
from app.domain.store import ObservationStore
from app.domain.units import format_quantity
from app.qt.i18n import QT_TRANSLATE_NOOP, translate

PREVIEW_ROWS = 12
_NAMES = "abcdefgh"
# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
#: the target frequencies and aggregations: (title, the parameter's value)
TARGETS = (
    (str(QT_TRANSLATE_NOOP("derive_dialog", "year")), "year"),
    (str(QT_TRANSLATE_NOOP("derive_dialog", "half")), "half"),
    (str(QT_TRANSLATE_NOOP("derive_dialog", "quarter")), "quarter"),
)
AGGREGATIONS = (
    (str(QT_TRANSLATE_NOOP("derive_dialog", "sum")), "sum"),
    (str(QT_TRANSLATE_NOOP("derive_dialog", "last")), "last"),
    (str(QT_TRANSLATE_NOOP("derive_dialog", "mean")), "mean"),
)
FORMULA_EXAMPLES = "a - b, a / b * 100, sum(a, b, c), a / b"  # the formula's words: as they are


class InputRow(QWidget):
    """One input series: the name the formula uses, an indicator, reporter → partner."""

    def __init__(
        self, store: ObservationStore, pair: tuple[str, str], name: str, code: str
    ) -> None:
        super().__init__()
        self._store = store
        self.name = QLineEdit(name)
        self.name.setMaximumWidth(90)
        self.indicator = QComboBox()
        for c, label in sorted(store.indicator_names().items(), key=lambda t: t[1]):
            self.indicator.addItem(f"{label} ({c})", c)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(code)))
        self.direction = QComboBox()
        a, b = pair
        for rep, par in ((a, b), (b, a), (a, ""), (b, "")):
            text = (
                f"{rep} → {par}"
                if par
                else translate("derive_dialog", "{reporter} (no partner)").format(reporter=rep)
            )
            self.direction.addItem(text, (rep, par))
        self.indicator.currentIndexChanged.connect(self._direction_with_figures)
        self._direction_with_figures()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name)
        row.addWidget(self.indicator, 1)
        row.addWidget(self.direction)

    def ref(self) -> SeriesRef:
        rep, par = self.direction.currentData()
        return SeriesRef(self.name.text().strip(), str(self.indicator.currentData()), rep, par)

    def _direction_with_figures(self) -> None:
        """Prefer a direction in which the indicator has figures."""
        obs = self._store.observations
        code = str(self.indicator.currentData())
        rows = obs[(obs["indicator"] == code).to_numpy()]
        have = set(zip(rows["reporter"].astype(str), rows["partner"].astype(str), strict=True))
        current = self.direction.currentData()
        if current in have:
            return
        for i in range(self.direction.count()):
            if self.direction.itemData(i) in have:
                self.direction.setCurrentIndex(i)
                return


class DeriveDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        pair: tuple[str, str],
        parent: QWidget | None = None,
        indicator: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("derive_dialog", "Derive a series"))
        self._store = store
        self._pair = pair
        self._first = indicator or next(iter(sorted(store.indicator_names())), "")
        self.derivation: Derivation | None = None
        self._edit: Edit | None = None
        self.kind = QComboBox()
        for k in DerivationKind:
            self.kind.addItem(f"{KIND_WORDS[k]} ({k.value})", k.value)
        self.inputs: list[InputRow] = []
        self._inputs_box = QVBoxLayout()
        self.add_input = QPushButton(translate("derive_dialog", "Add input"))
        self.remove_input = QPushButton(translate("derive_dialog", "Remove input"))
        self.add_input.clicked.connect(lambda: self._add_input())
        self.remove_input.clicked.connect(self._remove_input)
        self._build_params()
        self.formula = QLineEdit()
        self.formula.setPlaceholderText(FORMULA_EXAMPLES)
        self.formula_error = QLabel()
        self.formula_error.setStyleSheet("color: #b00020")
        self.formula_error.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("derive_dialog", "what to call it (default from the rule)")
        )
        self.indicator = QLineEdit()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._add_input()
        for signal in (
            self.kind.currentIndexChanged,
            self.formula.textChanged,
            self.name.textChanged,
            self.indicator.textChanged,
        ):
            signal.connect(self.rebuild)
        self._kind_changed()
        self.kind.currentIndexChanged.connect(self._kind_changed)

    # --- form --------------------------------------------------------------------------

    def _build_params(self) -> None:
        self.lag = QSpinBox(minimum=1, maximum=120, value=1)
        self.first = QLineEdit()
        self.first.setPlaceholderText("2020")
        self.last = QLineEdit()
        self.last.setPlaceholderText("2024")
        self.target = QComboBox()
        self.how = QComboBox()
        for box, choices in ((self.target, TARGETS), (self.how, AGGREGATIONS)):
            for title, value in choices:
                box.addItem(translate("derive_dialog", title), value)
        self.window_months = QSpinBox(minimum=1, maximum=240, value=12)
        self.restart = QCheckBox(translate("derive_dialog", "Restart every January"))
        self._params = QFormLayout()
        self._param_rows: dict[str, tuple[QWidget | None, ...]] = {}
        for key, label, widget in (
            ("lag", translate("derive_dialog", "Periods back"), self.lag),
            ("first", translate("derive_dialog", "From period"), self.first),
            ("last", translate("derive_dialog", "To period"), self.last),
            ("to", translate("derive_dialog", "Target frequency"), self.target),
            ("window", translate("derive_dialog", "Window (months)"), self.window_months),
            ("how", translate("derive_dialog", "Aggregation"), self.how),
            ("restart_yearly", "", self.restart),
        ):
            self._params.addRow(label, widget)
            self._param_rows[key] = (widget, self._params.labelForField(widget))
        for w in (self.lag, self.window_months):
            w.valueChanged.connect(self.rebuild)
        for e in (self.first, self.last):
            e.textChanged.connect(self.rebuild)
        for c in (self.target, self.how):
            c.currentIndexChanged.connect(self.rebuild)
        self.restart.toggled.connect(self.rebuild)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_input)
        buttons.addWidget(self.remove_input)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("derive_dialog", "Kind"), self.kind)
        form.addRow(translate("derive_dialog", "Inputs"), self._inputs_box)
        form.addRow("", buttons)
        form.addRow(translate("derive_dialog", "Formula"), self.formula)
        form.addRow("", self.formula_error)
        form.addRow(translate("derive_dialog", "Name"), self.name)
        form.addRow(translate("derive_dialog", "Output indicator"), self.indicator)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._params)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(translate("derive_dialog", "First derived figures:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    def _add_input(self, code: str = "") -> InputRow:
        row = InputRow(self._store, self._pair, _NAMES[len(self.inputs) % 8], code or self._first)
        row.name.textChanged.connect(self.rebuild)
        row.indicator.currentIndexChanged.connect(self._input_changed)
        row.direction.currentIndexChanged.connect(self.rebuild)
        self.inputs.append(row)
        self._inputs_box.addWidget(row)
        self._show_inputs()
        self.rebuild()
        return row

    def _remove_input(self) -> None:
        if len(self.inputs) > 1:
            row = self.inputs.pop()
            self._inputs_box.removeWidget(row)
            row.deleteLater()
            self.rebuild()

    def _current_kind(self) -> DerivationKind:
        return DerivationKind(str(self.kind.currentData()))

    def _kind_changed(self) -> None:
        k = self._current_kind()
        shown = {
            DerivationKind.CHANGE: {"lag"},
            DerivationKind.CAGR: {"first", "last"},
            DerivationKind.CONVERT: {"to", "how"},
            DerivationKind.ROLLING: {"window", "how"},
            DerivationKind.CUMULATIVE: {"how", "restart_yearly"},
        }.get(k, set())
        for key, widgets in self._param_rows.items():
            for w in widgets:
                if w is not None:
                    w.setVisible(key in shown)
        self.indicator.setEnabled(k not in SAME_SERIES)  # a year of months: the same series
        if k in SAME_SERIES:
            self.indicator.clear()
        self._default_how()
        self._show_inputs()
        self.rebuild()

    def _show_inputs(self) -> None:
        formula = self._current_kind() is DerivationKind.FORMULA
        for i, row in enumerate(self.inputs):
            row.setVisible(formula or i == 0)
            row.name.setEnabled(formula)
        for w in (self.formula, self.add_input, self.remove_input):
            w.setEnabled(formula)

    def _input_changed(self) -> None:
        self._default_how()
        self.rebuild()

    def _default_how(self) -> None:
        """Sum for flows and counts, the last month for stocks, the mean for rates."""
        k = self._current_kind()
        if k is DerivationKind.CONVERT and self.inputs:
            kind = catalogue_column(self._store, "kind").get(self.inputs[0].ref().indicator, "")
            self._set_how({"stock": "last", "rate": "mean"}.get(kind, "sum"))
        elif k in (DerivationKind.ROLLING, DerivationKind.CUMULATIVE) and self._how() == "last":
            self._set_how("sum")

    def _how(self) -> str:
        return str(self.how.currentData())

    def _set_how(self, how: str) -> None:
        self.how.setCurrentIndex(max(0, self.how.findData(how)))

    def params(self) -> dict[str, Any]:
        k = self._current_kind()
        if k is DerivationKind.CHANGE:
            return {"lag": self.lag.value()}
        if k is DerivationKind.CAGR:
            return {"first": self.first.text(), "last": self.last.text()}
        if k is DerivationKind.CONVERT:
            return {"to": str(self.target.currentData()), "how": self._how()}
        if k is DerivationKind.ROLLING:
            return {"window": self.window_months.value(), "how": self._how()}
        if k is DerivationKind.CUMULATIVE:
            return {"how": self._how(), "restart_yearly": self.restart.isChecked()}
        return {}

    # --- derivation and preview ----------------------------------------------------------

    def rebuild(self) -> None:
        """Build the derivation from the form and preview it; say what is wrong if it cannot."""
        if not hasattr(self, "buttons"):
            return  # still building the form
        k = self._current_kind()
        rows = self.inputs if k is DerivationKind.FORMULA else self.inputs[:1]
        self.derivation = None
        self.preview.clear()
        try:
            d = new_derivation(
                self._store,
                k,
                tuple(r.ref() for r in rows),
                formula=self.formula.text(),
                params=self.params(),
                name=self.name.text(),
                indicator=self.indicator.text(),
            )
            frame = compute(self._store, d)
        except ValueError as exc:
            self._refuse(str(exc))
            return
        self.derivation = d
        self.formula_error.clear()
        self.indicator.setPlaceholderText(d.indicator)
        stored = self._show_preview(d, frame)
        # nothing to store (every period a gap) is said, not offered as a derived series
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(stored > 0)

    def _refuse(self, message: str) -> None:
        self.formula_error.setText(message)
        self.summary.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_preview(self, d: Derivation, frame: pd.DataFrame) -> int:
        """Fill the preview; returns how many figures would be stored."""
        values = frame["value"].to_numpy(dtype="float64")
        gaps = int(pd.isna(values).sum())
        n = len(frame) - gaps
        self.summary.setText(
            translate(
                "derive_dialog", "{figures}, {gaps}, in {unit} → {output} (stored as derived)"
            ).format(
                figures=_figures(n),
                gaps=_gaps(gaps),
                unit=d.unit or translate("derive_dialog", "no unit"),
                output=f"{d.indicator} {d.reporter}–{d.partner}",
            )
        )
        for _, row in frame.head(PREVIEW_ROWS).iterrows():
            when = period_label(int(row["period_start"]), int(row["period_end"]))
            value = float(row["value"])
            note = str(row["note"])
            if math.isnan(value):  # the note says why ("gap: no 2002 figure …")
                self.preview.addItem(f"{when}: {note}")
            else:
                self.preview.addItem(f"{when}: {format_quantity(value, d.unit)} — {note}")
        return n

    # --- result ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.derivation is None:
            return
        try:
            self._edit = add_derivation_edit(self._store, self.derivation)
        except ValueError as exc:
            self._refuse(str(exc))
            return
        super().accept()

    def result_edit(self) -> Edit | None:
        """The edit storing the derivation (after OK), for the caller to push."""
        return self._edit


# a singular of its own keeps "1 figure" in English, which has no catalogue (plural forms)
def _figures(n: int) -> str:
    if n == 1:
        return translate("derive_dialog", "%n figure", "", n)
    return translate("derive_dialog", "%n figures", "", n)


def _gaps(n: int) -> str:
    if n == 1:
        return translate("derive_dialog", "%n gap", "", n)
    return translate("derive_dialog", "%n gaps", "", n)
