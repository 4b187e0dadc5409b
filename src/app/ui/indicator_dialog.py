"""Create or change an indicator of the catalogue: code, name, unit, kind, topic, description.

A new indicator used to come only from an import; now the catalogue panel opens this form
("New indicator…", "Edit indicator…"). The code is the key every figure carries, so it is
checked (given, unique, no spaces) and cannot be changed once the indicator exists. The
form builds a :class:`~app.domain.edits.SaveIndicators` edit — one undoable step — and the
caller pushes it on the session.
"""

from __future__ import annotations

import re

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

from app.domain.edits import SaveIndicators
from app.domain.model import INDICATOR_COLUMNS
from app.domain.store import ObservationStore
from app.qt.catalogue_model import KIND_WORDS, kind_word, topic_display_name
from app.qt.i18n import translate
from app.ui.value_check import unit_choices

#: what a code may hold: letters, digits and _ . : - (it is typed in files and commands)
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]+$")


def catalogue_row(store: ObservationStore, code: str) -> dict[str, str] | None:
    """The catalogue's row of ``code`` as text (None when there is none)."""
    cat = store.indicators
    if cat.empty:
        return None
    hit = cat[cat["code"].astype(str) == code]
    if hit.empty:
        return None
    row = hit.iloc[0]
    return {c: "" if pd.isna(row.get(c)) else str(row.get(c)) for c in INDICATOR_COLUMNS}


class IndicatorDialog(QDialog):
    """The form of one indicator; ``code`` given: that indicator is edited, else a new one
    (``topic``: the topic a new one starts in). ``edit`` is set when OK was accepted."""

    def __init__(
        self,
        store: ObservationStore,
        code: str = "",
        topic: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._before = catalogue_row(store, code) if code else None
        self.edit: SaveIndicators | None = None
        self.setWindowTitle(
            translate("indicator_dialog", "Edit indicator")
            if self._before
            else translate("indicator_dialog", "New indicator")
        )
        start = self._before or {c: "" for c in INDICATOR_COLUMNS}
        self.code = QLineEdit(start["code"] or code)
        self.code.setPlaceholderText(
            translate("indicator_dialog", "e.g. {example}").format(example="rail_freight_tonnes")
        )
        self.code.setReadOnly(self._before is not None)
        if self._before is not None:
            self.code.setToolTip(
                translate("indicator_dialog", "Figures carry the code: it cannot be changed")
            )
        self.name = QLineEdit(start["name"])
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(unit_choices(store))
        self.unit.setCurrentText(start["unit"])
        self.kind = QComboBox()
        for kind in KIND_WORDS:
            self.kind.addItem(kind_word(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(start["kind"] or "flow")))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        for known in self._topics():
            self.topic.addItem(topic_display_name(known), known)
        self._set_topic(start["topic"] or topic)
        self.description = QPlainTextEdit(start["description"])
        self.description.setMaximumHeight(90)
        self.unit_note = QLabel()
        self.unit_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.unit.currentTextChanged.connect(self._show_unit_note)
        self._lay_out()
        self._show_unit_note()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, w in (
            (translate("indicator_dialog", "Code"), self.code),
            (translate("indicator_dialog", "Name"), self.name),
            (translate("indicator_dialog", "Unit"), self.unit),
            (translate("indicator_dialog", "Kind"), self.kind),
            (translate("indicator_dialog", "Topic"), self.topic),
            (translate("indicator_dialog", "Description"), self.description),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unit_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _topics(self) -> list[str]:
        cat = self._store.indicators
        if cat.empty:
            return []
        found = {str(t) for t in cat["topic"].dropna() if str(t)}
        return sorted(found, key=topic_display_name)

    def _set_topic(self, topic: str) -> None:
        index = self.topic.findData(topic)
        if index >= 0:
            self.topic.setCurrentIndex(index)
        else:
            self.topic.setCurrentText(topic)

    def topic_value(self) -> str:
        """The topic as stored: a known one's own text when its shown name is chosen."""
        text = self.topic.currentText().strip()
        index = self.topic.findText(text)
        return str(self.topic.itemData(index)) if index >= 0 else text

    def _show_unit_note(self, _text: str = "") -> None:
        """On an existing indicator: the figures keep their units when the catalogue's
        changes (nothing is converted), so say how many are stored in another one."""
        unit = self.unit.currentText().strip()
        self.unit_note.clear()
        if self._before is None or not unit:
            return
        obs = self._store.observations
        units = obs["unit"][obs["indicator"] == self._before["code"]].astype(str)
        other = int((units != unit).sum())
        if other == 1:
            self.unit_note.setText(
                translate(
                    "indicator_dialog",
                    "One figure of this indicator is stored in another unit; it is not converted.",
                )
            )
        elif other:
            self.unit_note.setText(
                translate(
                    "indicator_dialog",
                    "%n figures of this indicator are stored in another unit; they are not "
                    "converted.",
                    "",
                    other,
                )
            )

    def accept(self) -> None:
        try:
            self.edit = self._build()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def _check_code(self, code: str) -> None:
        if not code:
            raise ValueError(translate("indicator_dialog", "Code: give the indicator a code"))
        if not CODE_PATTERN.match(code):
            raise ValueError(
                translate(
                    "indicator_dialog",
                    "Code: use letters, digits and _ . : - only, without spaces",
                )
            )
        if self._before is None and catalogue_row(self._store, code) is not None:
            raise ValueError(
                translate("indicator_dialog", "Code: {code} is in the catalogue already").format(
                    code=code
                )
            )

    def _build(self) -> SaveIndicators | None:
        code = self.code.text().strip()
        self._check_code(code)
        name = " ".join(self.name.text().split())
        if not name:
            raise ValueError(translate("indicator_dialog", "Name: give the indicator a name"))
        unit = self.unit.currentText().strip()
        if not unit:
            raise ValueError(
                translate("indicator_dialog", "Unit: say what the figures count, e.g. persons")
            )
        after = {
            "code": code,
            "name": name,
            "topic": self.topic_value(),
            "unit": unit,
            "kind": str(self.kind.currentData()),
            "description": self.description.toPlainText().strip(),
        }
        if self._before == after:
            return None  # nothing changed: nothing to undo
        before = pd.DataFrame(
            [self._before] if self._before else [], columns=list(INDICATOR_COLUMNS)
        )
        text = (
            translate("indicator_dialog", "Edit indicator {code}")
            if self._before
            else translate("indicator_dialog", "New indicator {code}")
        )
        return SaveIndicators(before, pd.DataFrame([after]), text.format(code=code))
