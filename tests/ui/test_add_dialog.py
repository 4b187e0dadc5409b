"""The Add dialog refuses what a table cell refuses, takes the unit from the indicator,
and asks before adding a figure that looks like a slip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.validation import check_value
from app.services.desk import Desk
from app.ui.add_dialog import AddObservationDialog
from app.ui.value_check import ValueCheckDialog, confirm_value

TOURISTS = "tourist_arrivals_from_partner"


def parent(qtbot) -> QWidget:
    """A window for the question to belong to, kept for the test's length."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(qtbot, tiny_desk: Desk) -> AddObservationDialog:
    d = AddObservationDialog(tiny_desk.store, ("AZE", "CHN"), "trade_turnover")
    qtbot.addWidget(d)
    d.period.setText("2025-Q1")
    d.value.setText("2.44 bn")
    d.publisher.setText("Trend")
    return d


@dataclass(frozen=True)
class Asked:
    """What a question said: its text and its buttons' ("" for a button it lacks)."""

    text: str
    use: str
    keep: str


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[Asked]]:
    """Answer every value question with one of its buttons ("use", "keep", "back");
    returns the factory that sets the answer and gives the questions asked."""
    asked: list[Asked] = []
    answer = {"button": "back"}

    def exec_(self: ValueCheckDialog) -> int:
        use = self.use_button.text() if self.use_button is not None else ""
        asked.append(Asked(self.message.text(), use, self.keep_button.text()))
        button = getattr(self, f"{answer['button']}_button")
        assert button is not None, f"no {answer['button']} button"
        button.click()
        return self.result()

    monkeypatch.setattr(ValueCheckDialog, "exec", exec_)

    def answering(button: str) -> list[Asked]:
        answer["button"] = button
        return asked

    return answering


def test_a_valid_figure_becomes_an_add_edit(dialog: AddObservationDialog, questions) -> None:
    asked = questions("back")
    dialog.qualifier.setCurrentIndex(dialog.qualifier.findData("more_than"))
    dialog.note.setText("  from the briefing ")
    dialog.accept()
    assert asked == []  # $2.44 bn for a quarter raises no question
    assert dialog.edit is not None, dialog.error.text()
    row = dialog.edit.observations.iloc[0]
    assert row["value"] == 2.44e9
    assert row["unit"] == "USD"
    assert (row["period_start"], row["period_end"]) == (2025 * 12, 2025 * 12 + 2)
    assert row["qualifier"] == "more_than"
    assert row["status"] == "actual"
    assert row["note"] == "from the briefing"
    assert row["reporter"] == "AZE"
    assert row["partner"] == "CHN"


def test_the_unit_is_the_indicators_and_locked(dialog: AddObservationDialog) -> None:
    assert dialog.unit.currentText() == "USD"
    assert not dialog.unit.isEnabled()
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(TOURISTS))
    assert dialog.unit.currentText() == "persons"  # not USD: the reported problem
    assert not dialog.unit.isEnabled()
    dialog.different_unit.setChecked(True)
    assert dialog.unit.isEnabled()
    dialog.unit.setCurrentText("count")
    dialog.different_unit.setChecked(False)  # changed their mind: the catalogue's again
    assert dialog.unit.currentText() == "persons"
    dialog.different_unit.setChecked(True)
    dialog.unit.setCurrentText("count")
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("trade_turnover"))
    assert (dialog.unit.currentText(), dialog.different_unit.isChecked()) == ("USD", False)


def test_five_point_seven_bn_tourists_asks_and_did_you_mean_stores_57000(
    dialog: AddObservationDialog, questions
) -> None:
    """The done-when of issue 20: "5.7 bn" typed for 57,000 tourist arrivals."""
    asked = questions("use")
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(TOURISTS))
    dialog.period.setText("2025-01/2025-10")
    dialog.value.setText("5.7 bn")
    dialog.accept()
    (question,) = asked
    text = question.text
    assert "5.7 bn persons is about 100,000 times the figure stored for Jan–Oct 2025" in text
    assert "(57,000 persons)" in text
    assert "Did you mean 57,000 persons?" in text
    assert question.use == "&Use 57,000 persons"
    assert question.keep == "&Keep 5.7 bn persons"
    assert dialog.result() == AddObservationDialog.DialogCode.Accepted
    assert dialog.edit is not None
    row = dialog.edit.observations.iloc[0]
    assert (row["value"], row["unit"]) == (57_000, "persons")


def test_keeping_what_was_typed_is_always_possible(dialog: AddObservationDialog, questions) -> None:
    asked = questions("keep")
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(TOURISTS))
    dialog.period.setText("2025-01/2025-10")
    dialog.value.setText("5.7 bn")
    dialog.accept()
    assert len(asked) == 1
    assert dialog.edit is not None
    assert dialog.edit.observations.iloc[0]["value"] == 5.7e9


def test_going_back_leaves_the_form_open_as_typed(dialog: AddObservationDialog, questions) -> None:
    asked = questions("back")
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(TOURISTS))
    dialog.period.setText("2025-01/2025-10")
    dialog.value.setText("5.7 bn")
    dialog.accept()
    assert len(asked) == 1
    assert dialog.edit is None
    assert dialog.result() != AddObservationDialog.DialogCode.Accepted
    assert dialog.value.text() == "5.7 bn"


def test_a_different_unit_is_deliberate_and_still_asked(
    dialog: AddObservationDialog, questions
) -> None:
    asked = questions("use")
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(TOURISTS))
    dialog.period.setText("2025-01/2025-10")
    dialog.value.setText("57k")
    dialog.different_unit.setChecked(True)
    dialog.unit.setCurrentText("USD")
    dialog.accept()
    (question,) = asked
    assert "is counted in persons, but the figure is in USD" in question.text
    assert dialog.edit is not None
    assert dialog.edit.observations.iloc[0]["unit"] == "persons"  # "Use 57,000 persons"


def test_a_negative_figure_is_refused_like_in_the_table(
    dialog: AddObservationDialog, questions
) -> None:
    asked = questions("keep")
    dialog.value.setText("-2.44 bn")
    dialog.accept()
    assert dialog.edit is None
    assert "Value:" in dialog.error.text()
    assert "negative USD" in dialog.error.text()
    dialog.different_unit.setChecked(True)
    dialog.unit.setCurrentText("percent")
    dialog.value.setText("-3.5")
    dialog.accept()
    assert len(asked) == 1  # trade turnover is in USD: asked, and kept
    assert dialog.edit is not None
    assert dialog.edit.observations.iloc[0]["value"] == -3.5
    assert dialog.edit.observations.iloc[0]["unit"] == "percent"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("value", "two point four", "Value: 'two point four' is not a number"),
        ("value", "", "Value: enter a number"),
        ("period", "sometime", "Period:"),
        ("publisher", "", "Source: give at least a publisher or a URL"),
        ("reporter", "Atlantis", "Reporter: 'Atlantis' is not an ISO 3166 country code"),
    ],
)
def test_refusals_say_what_and_where(
    dialog: AddObservationDialog, field: str, text: str, message: str
) -> None:
    getattr(dialog, field).setText(text)
    dialog.accept()
    assert dialog.edit is None
    assert message in dialog.error.text()


def test_a_figure_in_line_is_not_asked_about(qtbot, tiny_desk: Desk, questions) -> None:
    asked = questions("back")
    jan_oct = (2025 * 12, 2025 * 12 + 9)
    answer = confirm_value(
        parent(qtbot), tiny_desk.store, TOURISTS, "AZE", "CHN", *jan_oct, 58_000.0, "persons"
    )
    assert answer == (58_000.0, "persons")
    assert asked == []


def test_editing_a_stored_figure_compares_it_with_the_others(
    qtbot, seeded_desk: Desk, questions
) -> None:
    """The table's value editor passes the figure's id: it is not its own neighbour."""
    asked = questions("use")
    store = seeded_desk.store
    obs = store.observations
    ids = obs.loc[(obs["indicator"] == TOURISTS) & (obs["value"] == 57_000), "obs_id"].tolist()
    jan_oct = (2025 * 12, 2025 * 12 + 9)
    args = (store, TOURISTS, "AZE", "CHN", *jan_oct, 5.7e9, "persons")
    assert confirm_value(parent(qtbot), *args, obs_id=int(ids[0])) == (57_000.0, "persons")
    assert len(asked) == 1


def test_a_jump_on_a_year_earlier_is_asked_without_a_suggestion(
    qtbot, tiny_desk: Desk, questions
) -> None:
    asked = questions("keep")
    year = (2025 * 12, 2025 * 12 + 11)
    answer = confirm_value(
        parent(qtbot), tiny_desk.store, "trade_turnover", "AZE", "CHN", *year, 16e9, "USD"
    )
    assert answer == (16e9, "USD")
    (question,) = asked
    assert question.use == ""
    text = question.text
    assert "$16 bn would be a change of +327.35 % on the same period a year earlier" in text
    assert "($3.744 bn for 2024)" in text
    assert "Is the figure right?" in text


def test_escape_goes_back(qtbot, tiny_desk: Desk) -> None:
    found = check_value(
        tiny_desk.store, TOURISTS, "AZE", "CHN", 2025 * 12, 2025 * 12 + 9, 5.7e9, "persons"
    )
    question = ValueCheckDialog(found, 5.7e9, "persons", "Tourist arrivals from partner")
    qtbot.addWidget(question)
    question.show()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert question.outcome is None
    assert question.result() == ValueCheckDialog.DialogCode.Rejected
