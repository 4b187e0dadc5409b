"""The table in the desk's language: numbers, periods and dates as the briefings write them
in Russian, Azerbaijani and Chinese; English exactly as before; each text formatted once."""

from __future__ import annotations

from collections.abc import Iterator
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.edits import SetValues
from app.qt import table_text
from app.qt.columns import COLUMN_INDEX
from app.qt.i18n import install_translators, remove_translators
from app.qt.messages import MessageBus
from app.qt.observation_model import ObservationTableModel
from app.qt.session import DeskSession
from app.services.briefing.locale_format import format_amount, format_day, format_period
from app.services.desk import Desk


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Put the desk in a language for one test, and back to English after it."""
    installed: list[object] = []

    def put(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield put
    remove_translators(qapp, installed)  # type: ignore[arg-type]


def model_over(desk: Desk) -> ObservationTableModel:
    return ObservationTableModel(DeskSession(desk, MessageBus()))


def cell(model: ObservationTableModel, obs_id: int, key: str, role: int = 0) -> object:
    return model.data(model.index(model.row_of(obs_id), COLUMN_INDEX[key]), role)


def test_english_is_unchanged(tiny_desk: Desk) -> None:
    model = model_over(tiny_desk)
    assert cell(model, 4, "value") == "$2.44 bn"
    assert cell(model, 4, "period") == "Jan–Oct 2025"
    assert cell(model, 7, "value") == "57,000 persons"
    assert cell(model, 7, "qualifier") == "more than"
    assert cell(model, 4, "source") == "Trend, 2025-12-25  ⧉2"
    assert cell(model, 4, "value", Qt.ItemDataRole.ToolTipRole) == "2,440,000,000.00 USD"
    tiny_desk.apply(SetValues([4], {"change_value": ([float("nan")], [20.0])}, "a claim"))
    tiny_desk.apply(SetValues([4], {"change_unit": ([""], ["%"])}, "a claim"))
    tiny_desk.apply(SetValues([4], {"change_qualifier": ([""], ["more_than"])}, "a claim"))
    assert cell(model_over(tiny_desk), 4, "change") == "more than +20 %"


def test_russian_numbers_periods_and_dates(tiny_desk: Desk, in_language) -> None:
    in_language("ru")
    model = model_over(tiny_desk)
    nbsp = "\u00a0"
    amount = format_amount(2.44e9, "USD", "ru")
    assert cell(model, 4, "value") == amount == f"2,44{nbsp}млрд{nbsp}долл."
    assert cell(model, 7, "value") == f"57{nbsp}000 чел."
    assert cell(model, 4, "period") == format_period(24300, 24309, False, "ru") == "янв.–окт. 2025"
    day = format_day("2025-12-25", "ru")
    assert cell(model, 4, "source") == f"Trend, {day}  ⧉2"
    tip = cell(model, 4, "value", Qt.ItemDataRole.ToolTipRole)
    assert tip == "2\u00a0440\u00a0000\u00a0000,00 USD"
    assert cell(model, 4, "reporter", Qt.ItemDataRole.ToolTipRole) == "Китай"


@pytest.mark.parametrize(
    ("language", "value", "period"),
    [
        ("az", "2,44\u00a0mlrd ABŞ dolları", "2025-ci ilin yanvar–oktyabr"),
        ("zh", "24.4亿美元", "2025年1—10月"),
    ],
)
def test_azerbaijani_and_chinese(
    tiny_desk: Desk, in_language, language: str, value: str, period: str
) -> None:
    in_language(language)
    model = model_over(tiny_desk)
    assert cell(model, 4, "value") == value
    assert cell(model, 4, "period") == period


def test_a_reported_change_in_russian_keeps_its_sign(tiny_desk: Desk, in_language) -> None:
    tiny_desk.apply(SetValues([4], {"change_value": ([float("nan")], [-3.5])}, "a claim"))
    tiny_desk.apply(SetValues([4], {"change_unit": ([""], ["%"])}, "a claim"))
    in_language("ru")
    model = model_over(tiny_desk)
    assert cell(model, 4, "change") == "-3,5\u00a0%"
    # the editor still shows what the domain reads back
    assert cell(model, 4, "change", Qt.ItemDataRole.EditRole) == "-3.5 %"


def test_each_text_is_formatted_once_while_scrolling(tiny_desk: Desk, in_language) -> None:
    in_language("ru")
    model = model_over(tiny_desk)
    with mock.patch.object(table_text, "format_amount", wraps=table_text.format_amount) as fmt:
        for _ in range(50):
            for r in range(model.rowCount()):
                model.data(model.index(r, COLUMN_INDEX["value"]))
    distinct = {
        (float(v), str(u))
        for v, u in zip(
            tiny_desk.store.observations["value"], tiny_desk.store.observations["unit"], strict=True
        )
    }
    assert fmt.call_count == len(distinct)


def test_back_in_english_the_table_is_english_again(tiny_desk: Desk, qapp) -> None:
    installed = install_translators(qapp, "ru")
    try:
        model = model_over(tiny_desk)
        assert cell(model, 4, "value") == "2,44\u00a0млрд\u00a0долл."
    finally:
        remove_translators(qapp, installed)
    model.refresh()
    assert cell(model, 4, "value") == "$2.44 bn"
