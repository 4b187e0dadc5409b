"""The candidate table model: qtmodeltester, display and editing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.qt.candidate_model import COLUMNS, CandidateModel
from app.services.extraction import extract

TEXT = (
    "From January to October of this year, trade reached $2.44 billion, up more than "
    "20 percent. Chinese companies signed projects with a total capacity of 1,570 MW."
)


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CandidateModel(extract(TEXT, date(2025, 12, 25)))
    qtmodeltester.check(model)


def test_display_and_edit() -> None:
    model = CandidateModel(extract(TEXT, date(2025, 12, 25)))
    value = model.index(0, COLUMNS.index("value"))
    assert model.data(value) == "$2.44 bn"
    assert model.data(model.index(0, COLUMNS.index("change"))) == "20 % (more_than)"
    assert model.setData(value, "2.45 bn")
    assert model.candidates[0].value == 2.45e9
    assert not model.setData(model.index(0, COLUMNS.index("period")), "sometime")
    assert model.setData(model.index(0, COLUMNS.index("reporter")), "AZ")
    assert model.candidates[0].reporter == "AZE"
    flags = model.flags(model.index(0, COLUMNS.index("quote")))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    model.decide([1], False)
    assert model.data(model.index(1, 0)) == "rejected"
    assert model.accepted() == []


def test_status_and_bilateral_columns() -> None:
    text = (
        "Trade reached $31 billion last year, and the sides aim to raise it to $40 billion by "
        "2030. Georgia exported wine to 50 countries worth $250 million."
    )
    model = CandidateModel(extract(text, date(2025, 6, 1)))
    status, scope = COLUMNS.index("status"), COLUMNS.index("scope")
    assert [model.data(model.index(r, status)) for r in range(3)] == ["actual", "target", "actual"]
    assert model.data(model.index(0, scope)) == "yes"
    assert model.data(model.index(2, scope)) == "no: “to 50 countries”"
    assert "total with the world or a region" in model.data(
        model.index(2, 0), Qt.ItemDataRole.ToolTipRole
    )
    # the status is edited by its code or its word; nonsense is refused
    assert model.setData(model.index(0, status), "estimate")
    assert model.candidates[0].status == "estimate"
    assert not model.setData(model.index(0, status), "maybe")
