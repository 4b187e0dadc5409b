"""Indicators are created and changed from the catalogue, and a new one is usable at once:
it is in the catalogue and the Add dialog, takes a figure, and undo takes both back."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication

from app.domain.edits import SaveIndicators
from app.qt.catalogue_model import CODE_ROLE, TOPIC_ROLE
from app.qt.i18n import install_translators, remove_translators
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.services.storage import DuckDBStorage
from app.ui.add_dialog import AddObservationDialog
from app.ui.catalogue_panel import CataloguePanel
from app.ui.indicator_dialog import IndicatorDialog

RAIL = "rail_passengers_to_partner"


@pytest.fixture
def session(tiny_desk: Desk) -> DeskSession:
    return DeskSession(tiny_desk, MessageBus())


@pytest.fixture
def panel(qtbot, session: DeskSession) -> CataloguePanel:
    """The catalogue as the window keeps it: rebuilt whenever the session changes."""
    p = CataloguePanel(session)
    qtbot.addWidget(p)

    def rebuild(_ops: object = None) -> None:
        p.model.rebuild(session.store.indicators, session.store.observations)
        p.tree.expandAll()

    session.changed.connect(rebuild)
    rebuild()
    return p


def answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[IndicatorDialog], None]) -> list:
    """Let the next indicator dialogs be filled by ``fill`` and accepted with OK."""
    shown: list[IndicatorDialog] = []

    def exec_(self: IndicatorDialog) -> int:
        shown.append(self)
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(IndicatorDialog, "exec", exec_)
    return shown


def rail(d: IndicatorDialog) -> None:
    d.code.setText(RAIL)
    d.name.setText("Rail passengers to partner")
    d.unit.setCurrentText("persons")
    d.kind.setCurrentIndex(d.kind.findData("flow"))
    d.topic.setCurrentText("Transport")
    d.description.setPlainText("Passengers carried by rail from the reporter to the partner.")


def row_of(panel: CataloguePanel, code: str):
    model = panel.model
    for t in range(model.rowCount()):
        top = model.index(t, 0)
        for r in range(model.rowCount(top)):
            if model.index(r, 0, top).data(CODE_ROLE) == code:
                return model.index(r, 0, top)
    return None


def test_create_add_a_figure_and_undo(qtbot, monkeypatch, panel, session) -> None:
    answer(monkeypatch, rail)
    with qtbot.waitSignal(panel.indicator_chosen) as chosen:
        assert panel.new_indicator("Trade")
    assert chosen.args == [RAIL, "Rail passengers to partner"]  # current, ready for a figure
    item = row_of(panel, RAIL)
    assert item is not None
    assert (item.data(TOPIC_ROLE), item.siblingAtColumn(1).data()) == ("Transport", "0")
    stored = DuckDBStorage.open(session.desk.workspace.path, read_only=True).load().indicators
    assert stored.set_index("code").loc[RAIL, "unit"] == "persons"
    # the Add dialog offers it, in its unit, and takes a figure without a question
    add = AddObservationDialog(session.store, ("AZE", "CHN"), RAIL)
    qtbot.addWidget(add)
    assert add.indicator_code() == RAIL
    assert add.unit.currentText() == "persons"
    add.period.setText("2025")
    add.value.setText("12k")
    add.publisher.setText("ADY")
    add.accept()
    assert add.edit is not None, add.error.text()
    assert session.push(add.edit)
    assert row_of(panel, RAIL).siblingAtColumn(1).data() == "1"
    figures = session.store.observations
    assert figures.loc[figures["indicator"] == RAIL, "value"].tolist() == [12_000.0]
    # undo: the figure goes, then the indicator
    session.undo_stack.undo()
    assert row_of(panel, RAIL).siblingAtColumn(1).data() == "0"
    session.undo_stack.undo()
    assert row_of(panel, RAIL) is None
    assert RAIL not in session.store.indicator_names()
    stored = DuckDBStorage.open(session.desk.workspace.path, read_only=True).load().indicators
    assert RAIL not in set(stored["code"])
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert row_of(panel, RAIL).siblingAtColumn(1).data() == "1"


def test_edit_changes_the_catalogue_row_and_undo_restores_it(monkeypatch, panel, session) -> None:
    def rename(d: IndicatorDialog) -> None:
        assert d.code.isReadOnly()  # figures carry the code
        assert (d.name.text(), d.unit.currentText()) == ("Trade turnover", "USD")
        assert d.kind.currentData() == "flow"
        assert d.topic_value() == "Trade"
        d.name.setText("Trade turnover (goods)")

    answer(monkeypatch, rename)
    assert panel.select_code("trade_turnover")
    assert panel.edit_current()
    assert row_of(panel, "trade_turnover").data() == "Trade turnover (goods)"
    assert session.undo_stack.undoText() == "Edit indicator trade_turnover"
    session.undo_stack.undo()
    assert row_of(panel, "trade_turnover").data() == "Trade turnover"
    assert session.store.indicator_names()["trade_turnover"] == "Trade turnover"


def test_ok_without_a_change_adds_nothing_to_undo(monkeypatch, panel, session) -> None:
    answer(monkeypatch, lambda _d: None)
    assert not panel.edit_indicator("trade_turnover")
    assert session.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("code", "name", "unit", "message"),
    [
        ("", "Rail", "persons", "Code: give the indicator a code"),
        ("rail passengers", "Rail", "persons", "without spaces"),
        ("trade_turnover", "Rail", "persons", "Code: trade_turnover is in the catalogue already"),
        (RAIL, "  ", "persons", "Name: give the indicator a name"),
        (RAIL, "Rail", "", "Unit: say what the figures count"),
    ],
)
def test_the_form_refuses_what_cannot_be_a_catalogue_row(
    qtbot, session, code: str, name: str, unit: str, message: str
) -> None:
    d = IndicatorDialog(session.store)
    qtbot.addWidget(d)
    d.code.setText(code)
    d.name.setText(name)
    d.unit.setCurrentText(unit)
    d.accept()
    assert d.edit is None
    assert message in d.error.text()
    assert d.result() != IndicatorDialog.DialogCode.Accepted


def test_changing_the_unit_says_the_figures_are_not_converted(qtbot, session) -> None:
    d = IndicatorDialog(session.store, "trade_turnover")
    qtbot.addWidget(d)
    assert d.unit_note.text() == ""
    d.unit.setCurrentText("EUR")
    assert "figures of this indicator are stored in another unit" in d.unit_note.text()


def test_the_menu_offers_new_and_edit_with_a_session(qtbot, panel) -> None:
    index = row_of(panel, "trade_turnover")
    proxy_index = panel.proxy.mapFromSource(index)
    menu = panel.context_menu(proxy_index)
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Add to comparison", "Edit indicator…", "New indicator…"]
    topic = panel.context_menu(proxy_index.parent())
    assert topic is not None
    assert [a.text() for a in topic.actions()] == ["New indicator…"]
    browse_only = CataloguePanel()
    qtbot.addWidget(browse_only)
    assert browse_only.context_menu(proxy_index.parent()) is None


def test_the_catalogue_speaks_the_desks_language(qtbot, panel, session) -> None:
    """Bundled names and topics in Russian; a name a user gave stays theirs; the search
    still finds an indicator by its English name or code."""
    app = QApplication.instance()
    installed = install_translators(app, "ru")  # type: ignore[arg-type]
    try:
        own = {"code": "own", "name": "My own series", "unit": "count", "kind": "count"}
        assert session.push(SaveIndicators(pd.DataFrame(), pd.DataFrame([own]), "Add own"))
        tourists = row_of(panel, "tourist_arrivals_from_partner")
        assert tourists.data() == "Турпоток из страны-партнёра"
        assert tourists.parent().data() == "Туризм"
        assert row_of(panel, "own").data() == "My own series"
        assert row_of(panel, "own").parent().data() == "Прочее"
        panel.search.setText("tourist arrivals")
        assert panel.select_code("tourist_arrivals_from_partner")
        panel.search.setText("trade_turnover")
        assert not panel.select_code("tourist_arrivals_from_partner")
        assert panel.select_code("trade_turnover")
    finally:
        remove_translators(app, installed)  # type: ignore[arg-type]
