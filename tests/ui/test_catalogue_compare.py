"""The catalogue hands indicators to the comparison: drag data and "Add to comparison"."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.model import normalise_observations
from app.qt.catalogue_model import (
    CODE_ROLE,
    INDICATOR_MIME,
    CatalogueModel,
    indicator_codes,
    indicator_mime,
)
from app.ui.catalogue_panel import CataloguePanel

DRAG = Qt.ItemFlag.ItemIsDragEnabled
DROP = Qt.ItemFlag.ItemIsDropEnabled


def observations() -> pd.DataFrame:
    return normalise_observations(tiny_tables()[0])


def indicator_index(model, code: str, column: int = 0) -> QModelIndex:
    for t in range(model.rowCount()):
        top = model.index(t, 0)
        for r in range(model.rowCount(top)):
            if model.index(r, 0, top).data(CODE_ROLE) == code:
                return model.index(r, column, top)
    raise AssertionError(code)


def test_indicator_rows_drag_their_codes_and_topics_do_not() -> None:
    model = CatalogueModel()
    model.rebuild(TINY_INDICATORS, observations())
    trade = indicator_index(model, "trade_turnover")
    tourism = indicator_index(model, "tourist_arrivals_from_partner", column=1)
    topic = model.index(0, 0)
    assert model.flags(trade) & DRAG
    assert model.flags(tourism) & DRAG  # the count column drags its indicator too
    assert not model.flags(topic) & DRAG
    assert not any(model.flags(i) & DROP for i in (trade, tourism, topic, QModelIndex()))
    assert not any(model.flags(i) & Qt.ItemFlag.ItemIsEditable for i in (trade, tourism, topic))
    assert model.mimeTypes() == [INDICATOR_MIME]
    data = model.mimeData([trade, trade.siblingAtColumn(1), tourism, topic])
    assert indicator_codes(data) == ["trade_turnover", "tourist_arrivals_from_partner"]
    assert data.text() == "trade_turnover\ntourist_arrivals_from_partner"
    assert indicator_codes(indicator_mime([])) == []
    model.rebuild(TINY_INDICATORS, observations())  # the same after a rebuild
    assert model.flags(indicator_index(model, "trade_turnover")) & DRAG
    assert not model.flags(model.index(0, 0)) & (DRAG | DROP)


def test_panel_tree_drags_and_its_menu_asks_for_a_comparison(qtbot) -> None:
    panel = CataloguePanel()
    qtbot.addWidget(panel)
    panel.model.rebuild(TINY_INDICATORS, observations())
    panel.tree.expandAll()
    assert panel.tree.dragEnabled()
    assert panel.tree.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    # through the search filter, as the user sees it
    panel.search.setText("trade")
    index = indicator_index(panel.proxy, "trade_turnover")
    assert indicator_codes(panel.proxy.mimeData([index])) == ["trade_turnover"]
    menu = panel.context_menu(index)
    assert menu is not None
    (action,) = menu.actions()
    assert action.text() == "Add to comparison"
    with qtbot.waitSignal(panel.compare_requested) as signal:
        action.trigger()
    assert signal.args == ["trade_turnover"]
    assert panel.context_menu(panel.proxy.index(0, 0)) is None  # a topic
    assert panel.context_menu(QModelIndex()) is None
    # choosing an indicator still charts it, as before
    with qtbot.waitSignal(panel.indicator_chosen) as chosen:
        assert panel.select_code("trade_turnover")
    assert chosen.args == ["trade_turnover", "Trade turnover"]
