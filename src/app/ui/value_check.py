"""Ask before storing a figure that looks like a slip: "Did you mean 57,000 persons?".

Every place a person types a figure (the Add dialog, the table's value editor) calls
:func:`confirm_value`. It runs the domain's checks (:func:`app.domain.validation.check_value`:
the indicator's unit, the scale of its series, the change on a year earlier) and, only when
one of them finds something, says in words what looks wrong and offers the likely figure.
It never blocks: keeping what was typed is always one click away, and "Go back" returns to
the editor without storing anything.

Tests answer the question by replacing :meth:`ValueCheckDialog.exec` with a function that
clicks one of its buttons (``use_button``, ``keep_button``, ``back_button``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.store import ObservationStore
from app.domain.units import CANONICAL_UNITS
from app.domain.validation import Suspicion, check_value
from app.qt.catalogue_model import indicator_display_name
from app.qt.i18n import LANGUAGES, current_language, desk_locale, translate
from app.qt.table_text import amount
from app.services.briefing.locale_format import format_period


def confirm_value(
    parent: QWidget,
    store: ObservationStore,
    indicator: str,
    reporter: str,
    partner: str,
    period_start: int,
    period_end: int,
    value: float,
    unit: str,
    obs_id: int | None = None,
    subject: str | None = None,
) -> tuple[float, str] | None:
    """The (value, unit) to store: as typed when nothing looks wrong, else what the user
    answers to the question (the suggestion or what was typed); None for "Go back".

    ``obs_id``: the figure being edited (left out of its own series); ``subject``: the
    figure's subject where there is no ``obs_id`` to read it from (a project's name).
    """
    found = check_value(
        store,
        indicator,
        reporter,
        partner,
        period_start,
        period_end,
        value,
        unit,
        obs_id=obs_id,
        subject=subject,
    )
    if not found:
        return value, unit
    names = store.indicator_names()
    dialog = ValueCheckDialog(found, value, unit, names.get(indicator, indicator), parent)
    dialog.exec()
    outcome = dialog.outcome
    dialog.deleteLater()  # asked once; the editor it belongs to may live long
    return outcome


def unit_choices(store: ObservationStore) -> list[str]:
    """The units a figure can be given: the canonical ones and those the catalogue uses."""
    used = set(store.indicators["unit"].dropna().astype(str)) if len(store.indicators) else set()
    return sorted((set(CANONICAL_UNITS) | used) - {""}, key=str.lower)


def suggestion(found: list[Suspicion], value: float, unit: str) -> tuple[float, str] | None:
    """The figure the suspicions point to: the slipped power of ten undone and the
    catalogue's unit; None when they point to nothing better than what was typed."""
    better = value
    better_unit = unit
    for s in found:
        if s.kind == "scale" and s.suggested is not None:
            better = s.suggested
        elif s.kind == "unit" and s.expected_unit:
            better_unit = s.expected_unit
    return None if (better, better_unit) == (value, unit) else (better, better_unit)


def _times(factor: float) -> str:
    """ "100,000" for a ratio: two significant digits, in the desk's number format."""
    n = abs(factor) if abs(factor) >= 1 else 1 / abs(factor)
    rounded = float(f"{n:.2g}")
    return desk_locale().toString(rounded, "f", 0)


def _period(s: Suspicion) -> str:
    if s.reference_period is None:
        return ""
    start, end, point = s.reference_period
    return format_period(start, end, point, LANGUAGES[current_language()][1])


def explain(s: Suspicion, indicator: str, unit: str) -> str:
    """One suspicion in words (``indicator``: its name as shown)."""
    value = amount(s.value, unit)
    reference = amount(s.reference, unit) if s.reference is not None else ""
    if s.kind == "unit":
        return translate(
            "value_check", "{indicator} is counted in {expected}, but the figure is in {unit}."
        ).format(indicator=indicator, expected=s.expected_unit, unit=unit)
    if s.kind == "scale":
        text = (
            translate(
                "value_check",
                "{value} is about {times} times the figure stored for {period} ({reference}).",
            )
            if abs(s.factor) >= 1
            else translate(
                "value_check",
                "{value} is about {times} times smaller than the figure stored for {period} "
                "({reference}).",
            )
        )
        return text.format(
            value=value, times=_times(s.factor), period=_period(s), reference=reference
        )
    change = amount(s.change_percent, "percent")
    return translate(
        "value_check",
        "{value} would be a change of {change} on the same period a year earlier "
        "({reference} for {period}).",
    ).format(
        value=value,
        change=f"+{change}" if s.change_percent > 0 else change,
        reference=reference,
        period=_period(s),
    )


class ValueCheckDialog(QDialog):
    """The question: what looks wrong, "Did you mean …?", and three answers.

    ``outcome`` is the (value, unit) to store, or None when the user goes back (also on
    Escape or closing the window)."""

    def __init__(
        self,
        found: list[Suspicion],
        value: float,
        unit: str,
        indicator_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("value_check", "Check the figure"))
        self.found = found
        self.outcome: tuple[float, str] | None = None
        self.suggested = suggestion(found, value, unit)
        name = indicator_display_name(indicator_name)
        lines = [explain(s, name, unit) for s in found]
        if self.suggested is not None:
            lines.append(
                translate("value_check", "Did you mean {figure}?").format(
                    figure=amount(*self.suggested)
                )
            )
        else:
            lines.append(translate("value_check", "Is the figure right?"))
        self.message = QLabel("\n\n".join(lines))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.use_button: QPushButton | None = None
        if self.suggested is not None:
            self.use_button = buttons.addButton(
                translate("value_check", "&Use {figure}").format(figure=amount(*self.suggested)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.use_button.clicked.connect(lambda: self._answer(self.suggested))
        self.keep_button = buttons.addButton(
            translate("value_check", "&Keep {figure}").format(figure=amount(value, unit)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.keep_button.clicked.connect(lambda: self._answer((value, unit)))
        self.back_button = buttons.addButton(
            translate("value_check", "&Go back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.clicked.connect(self.reject)
        (self.use_button or self.keep_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _answer(self, outcome: tuple[float, str] | None) -> None:
        self.outcome = outcome
        self.accept()

    def reject(self) -> None:
        self.outcome = None
        super().reject()
