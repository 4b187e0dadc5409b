"""Add figures from text: paste the seed, candidates appear, accept all gives one edit."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QDate, QMimeData, QUrl
from tests.conftest import TEST_DATA

from app.domain.edits import AddObservations
from app.domain.model import Observation
from app.domain.periods import parse_period
from app.domain.store import ObservationStore
from app.qt.tasks import SyncTaskRunner
from app.ui import extract_dialog
from app.ui.extract_dialog import ExtractDialog

LABELLED = TEST_DATA / "extraction" / "labelled.json"


def seed_text() -> str:
    items = json.loads(LABELLED.read_text("utf-8"))
    return next(i["text"] for i in items if i["id"] == "seed")


@pytest.fixture
def dialog(qtbot):  # type: ignore[no-untyped-def]
    d = ExtractDialog(ObservationStore(), runner=SyncTaskRunner())
    qtbot.addWidget(d)
    d.text.setPlainText(seed_text())
    d.url.setText("https://translation1.mil-osi.com/?p=16044")
    d.publisher.setText("Xinhua via MIL-OSI")
    d.published.setDate(QDate(2025, 12, 25))
    return d


def test_candidates_appear_with_highlighted_sentences(dialog: ExtractDialog) -> None:
    dialog.find_button.click()
    assert dialog.model.rowCount() == 4
    assert "4 figures found" in dialog.status.text()
    assert len(dialog.text.extraSelections()) == 4


def test_accept_all_yields_the_trade_figure_and_its_quote(dialog: ExtractDialog) -> None:
    dialog.find_button.click()
    accept_all = next(
        b for b in dialog.findChildren(extract_dialog.QPushButton) if b.text() == "Accept all"
    )
    accept_all.click()
    edit = dialog.accepted_edit()
    assert isinstance(edit, AddObservations)
    obs, sources = edit.observations, edit.sources
    trade = obs[obs["value"] == 2.44e9].iloc[0]
    assert trade["indicator"] == "trade_turnover"
    assert trade["period_text"].startswith("From January to October")
    quote = sources.set_index("source_id").loc[trade["source_id"], "quote"]
    assert "bilateral trade volume reached $2.44 billion" in quote
    assert set(sources["kind"]) == {"press"}
    assert set(sources["url"]) == {"https://translation1.mil-osi.com/?p=16044"}
    # the 1,570 MW figure has no period in its sentence: it is not stored until given one
    assert 1570.0 not in set(obs["value"])
    store = ObservationStore()
    store.apply(edit)
    assert len(store.observations) == len(obs)
    store.apply(edit, forward=False)
    assert store.observations.empty


def test_edited_period_lets_a_figure_in(dialog: ExtractDialog) -> None:
    dialog.find_button.click()
    model = dialog.model
    row = next(i for i, c in enumerate(model.candidates) if c.value == 1570.0)
    assert model.setData(model.index(row, 4), "@2025-12")
    assert not model.setData(model.index(row, 3), "roughly")  # not a qualifier
    model.decide([row], True)
    edit = dialog.accepted_edit()
    assert edit is not None
    assert list(edit.observations["value"]) == [1570.0]
    assert bool(edit.observations["period_point"].iloc[0])


def test_rejected_figures_are_left_out(dialog: ExtractDialog) -> None:
    dialog.find_button.click()
    dialog.model.decide([0, 1, 2, 3], True)
    dialog.model.decide([0], False)
    edit = dialog.accepted_edit()
    assert edit is not None
    assert 2.44e9 not in set(edit.observations["value"])


def test_stored_figures_are_marked_duplicate(qtbot) -> None:  # type: ignore[no-untyped-def]
    stored = Observation(
        "trade_turnover",
        parse_period("2025-01/2025-10"),
        2.44e9,
        "USD",
        reporter="CHN",
        partner="AZE",
        obs_id=1,
    )
    store = ObservationStore()
    store.apply(AddObservations(pd.DataFrame([stored.as_row()]), pd.DataFrame(), "seed"))
    d = ExtractDialog(store)
    qtbot.addWidget(d)
    d.text.setPlainText(seed_text())
    d.published.setDate(QDate(2025, 12, 25))
    d.find_figures()
    assert d.model.duplicates == [True, False, False, False]
    assert "1 already stored" in d.status.text()


def test_long_text_is_read_by_the_runner(dialog: ExtractDialog) -> None:
    dialog.text.setPlainText(seed_text() * 25)  # > 50 kB
    dialog.find_figures()
    assert dialog.model.rowCount() == 100


def test_dropped_text_file_is_loaded(dialog: ExtractDialog, tmp_path: Path) -> None:
    path = tmp_path / "item.txt"
    path.write_text("Trade reached $1.3 billion in 2017.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert dialog.text.canInsertFromMimeData(mime)
    dialog.text.insertFromMimeData(mime)
    dialog.find_figures()
    assert [c.value for c in dialog.model.candidates] == [1.3e9]


def test_dropped_text_opens_the_dialog_with_candidates(
    qtbot, tiny_desk, tmp_path, monkeypatch
) -> None:
    """Dropping a press text on the main window opens the dialog with its figures found."""
    from PySide6.QtWidgets import QDialog

    from app.main import create_main_window
    from app.ui import extract_dialog

    seen = {}

    def fake_exec(self) -> int:
        seen["rows"] = self.model.rowCount()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(extract_dialog.ExtractDialog, "exec", fake_exec)
    window = create_main_window(tiny_desk, str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setText("Trade reached $2.44 billion in January-October 2025.")
    window.edits.drop(mime)
    assert seen["rows"] >= 1
