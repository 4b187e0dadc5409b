"""The Add dialog refuses what a table cell refuses, and builds the figure it was given."""

from __future__ import annotations

import pytest

from app.services.desk import Desk
from app.ui.add_dialog import AddObservationDialog


@pytest.fixture
def dialog(qtbot, tiny_desk: Desk) -> AddObservationDialog:
    d = AddObservationDialog(tiny_desk.store, ("AZE", "CHN"), "trade_turnover")
    qtbot.addWidget(d)
    d.period.setText("2025-Q1")
    d.value.setText("2.44 bn")
    d.publisher.setText("Trend")
    return d


def test_a_valid_figure_becomes_an_add_edit(dialog: AddObservationDialog) -> None:
    dialog.qualifier.setCurrentText("more_than")
    dialog.note.setText("  from the briefing ")
    dialog.accept()
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


def test_a_negative_figure_is_refused_like_in_the_table(dialog: AddObservationDialog) -> None:
    dialog.value.setText("-2.44 bn")
    dialog.accept()
    assert dialog.edit is None
    assert "Value:" in dialog.error.text()
    assert "negative USD" in dialog.error.text()
    dialog.unit.setText("percent")
    dialog.value.setText("-3.5")
    dialog.accept()
    assert dialog.edit is not None
    assert dialog.edit.observations.iloc[0]["value"] == -3.5


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
