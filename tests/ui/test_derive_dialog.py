"""The Derive dialog: a balance formula previews its first figures and, on OK, is pushed and
stored; a formula mixing units shows the reason under the field and keeps OK disabled; a
conversion of a stock defaults to the end of the period."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.model import Observation, Source, normalise_observations, normalise_sources
from app.domain.periods import Period, month_index
from app.domain.store import ObservationStore
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.services.storage import DuckDBStorage
from app.ui.derive_dialog import DeriveDialog
from app.ui.source_panel import SourcePanel

JAN25 = month_index(2025, 1)
INDICATORS = pd.DataFrame(
    [
        {"code": c, "name": n, "topic": "Trade", "unit": u, "kind": k, "description": ""}
        for c, n, u, k in (
            ("exports_to_partner", "Exports to partner", "USD", "flow"),
            ("imports_from_partner", "Imports from partner", "USD", "flow"),
            ("tourist_arrivals_from_partner", "Tourist arrivals", "persons", "flow"),
            ("fdi_stock_from_partner", "FDI stock from partner", "USD", "stock"),
        )
    ]
)


def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = []
    for i, (code, unit, base) in enumerate(
        (
            ("exports_to_partner", "USD", 100e6),
            ("imports_from_partner", "USD", 60e6),
            ("tourist_arrivals_from_partner", "persons", 5000.0),
        )
    ):
        for m in range(4):
            obs = Observation(code, Period(JAN25 + m, JAN25 + m), base + m, unit, "AZE", "CHN")
            obs.source_id, obs.obs_id = 1, 1 + 10 * i + m
            rows.append(obs.as_row())
    source = Source(publisher="Customs", published="2025-11-20", source_id=1).as_row()
    return pd.DataFrame(rows), pd.DataFrame([source])


@pytest.fixture
def session(tmp_path: Path) -> Iterator[DeskSession]:
    path = tmp_path / "dialog.duckdb"
    DuckDBStorage.create(path, INDICATORS, *tables()).close()
    desk = Desk.open(path)
    yield DeskSession(desk, MessageBus())
    desk.close()


@pytest.fixture
def store() -> ObservationStore:
    """The same figures in memory only, for dialogs that are not pushed."""
    obs, sources = tables()
    return ObservationStore(
        normalise_observations(obs), normalise_sources(sources), INDICATORS.copy()
    )


def formula_dialog(qtbot: QtBot, store: ObservationStore, second: str) -> DeriveDialog:
    dialog = DeriveDialog(store, ("AZE", "CHN"), indicator="exports_to_partner")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("formula"))
    dialog.add_input.click()
    row = dialog.inputs[1]
    row.indicator.setCurrentIndex(row.indicator.findData(second))
    return dialog


def ok_button(dialog: DeriveDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_balance_formula_previews_then_is_stored(qtbot: QtBot, session: DeskSession) -> None:
    dialog = formula_dialog(qtbot, session.store, "imports_from_partner")
    dialog.inputs[0].name.setText("exports")
    dialog.inputs[1].name.setText("imports")
    assert (dialog.inputs[1].direction.currentData()) == ("AZE", "CHN")
    qtbot.keyClicks(dialog.formula, "exports - imports")
    dialog.name.setText("Trade balance")
    assert ok_button(dialog).isEnabled()
    assert dialog.formula_error.text() == ""
    assert dialog.preview.count() == 4
    first = dialog.preview.item(0).text()
    assert first == "Jan 2025: $40 mn — Jan 2025 = exports − imports (each for Jan 2025)"
    assert "4 figures, 0 gaps, in USD → trade_balance AZE–CHN" in dialog.summary.text()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    edit = dialog.result_edit()
    assert edit is not None
    assert session.push(edit)
    obs = session.store.observations
    stored = obs[obs["indicator"] == "trade_balance"]
    assert stored["value"].tolist() == [40e6] * 4
    assert set(stored["status"].astype(str)) == {"derived"}
    session.undo_stack.undo()
    assert (session.store.observations["indicator"] == "trade_balance").sum() == 0


def test_unit_error_disables_ok_and_says_why(qtbot: QtBot, store: ObservationStore) -> None:
    dialog = formula_dialog(qtbot, store, "tourist_arrivals_from_partner")
    qtbot.keyClicks(dialog.formula, "a + b")
    assert not ok_button(dialog).isEnabled()
    message = dialog.formula_error.text()
    assert "USD" in message
    assert "persons" in message
    assert dialog.preview.count() == 0
    dialog.formula.setText("a")  # fixed: OK again
    assert ok_button(dialog).isEnabled()


def test_conversion_defaults_from_the_indicator_kind(qtbot: QtBot, store: ObservationStore) -> None:
    dialog = DeriveDialog(store, ("AZE", "CHN"), indicator="exports_to_partner")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("convert"))
    assert dialog.how.currentText() == "sum"  # a flow
    dialog.target.setCurrentText("quarter")
    assert dialog.preview.count() == 2  # Q1 2025, and Q2 2025 as a gap
    assert "gap" in dialog.preview.item(1).text()
    assert not dialog.formula.isEnabled()
    row = dialog.inputs[0]
    row.indicator.setCurrentIndex(row.indicator.findData("fdi_stock_from_partner"))
    assert dialog.how.currentText() == "last"  # a stock: the end of the period
    assert not ok_button(dialog).isEnabled()  # no FDI figures are stored
    assert "no figures are stored" in dialog.formula_error.text()


def test_source_panel_shows_how_a_figure_was_derived(qtbot: QtBot) -> None:
    panel = SourcePanel()
    qtbot.addWidget(panel)
    text = "Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025 (Turnover), derived from sources [3] Trend"
    panel.show_source(
        {"publisher": "Corridor (derived)", "kind": "derived"},
        note="Oct 2025 = Jan–Oct 2025 − Jan–Sep 2025",
        derivation=text,
    )
    shown = panel.view.toPlainText()
    assert f"Derived: {text}" in shown
    assert "Note:" not in shown  # the note is the derivation shown, not said twice


def test_months_to_years_leaves_the_incomplete_year_as_a_gap(qtbot: QtBot, tmp_path: Path) -> None:
    """Twelve months of 2024 make a derived 2024 total; Jan–Oct 2025 is shown as a gap in
    the preview and stores nothing (never a partial sum)."""
    months = [(2024, m, 100e6 + m) for m in range(1, 13)] + [(2025, m, 200e6) for m in range(1, 11)]
    rows = []
    for i, (year, month, value) in enumerate(months):
        at = month_index(year, month)
        obs = Observation("exports_to_partner", Period(at, at), value, "USD", "AZE", "CHN")
        obs.source_id, obs.obs_id = 1, 1 + i
        rows.append(obs.as_row())
    source = Source(publisher="Customs", published="2025-11-20", source_id=1).as_row()
    path = tmp_path / "months.duckdb"
    DuckDBStorage.create(path, INDICATORS, pd.DataFrame(rows), pd.DataFrame([source])).close()
    desk = Desk.open(path)
    session = DeskSession(desk, MessageBus())
    try:
        dialog = DeriveDialog(session.store, ("AZE", "CHN"), indicator="exports_to_partner")
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("convert"))
        dialog.target.setCurrentText("year")
        lines = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
        assert lines[0].startswith("2024: $1.2 bn")
        assert lines[1] == "2025: gap: 2025 has 10 of 12 months"
        assert dialog.summary.text().startswith("1 figure, 1 gap")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        edit = dialog.result_edit()
        assert edit is not None
        assert session.push(edit)
        obs = session.store.observations
        years = obs[(obs["status"] == "derived") & (obs["period_end"] - obs["period_start"] == 11)]
        assert years["period_text"].tolist() == ["2024"]
        assert years["value"].tolist() == [sum(v for y, _m, v in months if y == 2024)]
        session.undo_stack.undo()
        assert (session.store.observations["status"] != "derived").all()
    finally:
        desk.close()
