"""Add figures from text: paste the seed, candidates appear (figures, claims, events,
project facts), accepting gives one edit that undo takes back in one step."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QDate, QMimeData, QUrl
from tests.conftest import TEST_DATA

from app.domain.edits import AddObservations, CompositeEdit
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
    assert isinstance(edit, CompositeEdit)  # figures, claims and events: one undo step
    assert isinstance(edit.edits[0], AddObservations)
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


# --- claims, events and project facts ---------------------------------------------------

SEED_ITEM = TEST_DATA / "claims" / "seed-press-2025-12-25-china-azerbaijan.txt"


@pytest.fixture
def seed_dialog(qtbot):  # type: ignore[no-untyped-def]
    d = ExtractDialog(ObservationStore(), runner=SyncTaskRunner(), pair=("AZE", "CHN"))
    qtbot.addWidget(d)
    d.url.setText("https://translation1.mil-osi.com/?p=16044")
    d.publisher.setText("Xinhua via MIL-OSI")
    d.published.setDate(QDate(2025, 12, 25))
    d.set_text(SEED_ITEM.read_text(encoding="utf-8"))
    return d


def _column(model, name: str) -> int:  # type: ignore[no-untyped-def]
    return model.COLUMNS.index(name)


def test_seed_lists_its_claims_events_and_project_facts(seed_dialog: ExtractDialog) -> None:
    d = seed_dialog
    types = {str(c.type) for c in d.claims.items}
    assert {"growth", "record", "record_streak", "sum_count", "first", "rank", "level"} <= types
    [forum] = [e for e in d.events.items if e.event_type == "forum"]
    assert forum.date_start == "2025-12-25"
    row = d.events.items.index(forum)
    assert d.events.data(d.events.index(row, _column(d.events, "how"))) == "stated"
    assert d.tabs.count() == 4
    assert d.tabs.tabText(1).startswith("Claims (")
    # claims with a period and events with a date are checked; the sum_count has no period
    checks = zip(d.claims.items, d.claims.checked, strict=True)
    by_type = {str(c.type): checked for c, checked in reversed(list(checks))}
    assert by_type["growth"]
    assert by_type["record"]
    assert not by_type["sum_count"]
    assert all(d.events.checked)
    assert not any(d.projects.checked)  # a user confirms projects
    words = d.claims.data(d.claims.index(1, _column(d.claims, "words")))
    assert isinstance(words, str)
    assert words


def test_counted_group_is_not_creatable_as_a_project(seed_dialog: ExtractDialog) -> None:
    from PySide6.QtCore import Qt

    model = seed_dialog.projects
    row = next(i for i, p in enumerate(model.items) if p.capacity == 1570)
    check = model.index(row, 0)
    assert model.data(model.index(row, _column(model, "count"))) == (
        "count: 5 — a claim, not a project"
    )
    assert not model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(check, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert not model.checked[row]
    assert model.data(check, Qt.ItemDataRole.CheckStateRole) is None


def test_accept_stores_checked_claims_and_events_undo_removes_all(
    seed_dialog: ExtractDialog,
) -> None:
    d = seed_dialog
    d.model.decide(list(range(d.model.rowCount())), True)
    edit = d.accepted_edit()
    assert isinstance(edit, CompositeEdit)
    store = ObservationStore()
    store.apply(edit)
    claims, events = store.records["claims"], store.records["events"]
    assert len(claims) == sum(d.claims.checked)
    assert set(events["event_type"]) == {"forum", "agreement"}
    sources = store.sources.set_index("source_id")
    for frame in (claims, events):
        assert (frame["source_id"] > 0).all()
        for sid, quote in zip(frame["source_id"], frame["quote"], strict=True):
            assert sources.loc[sid, "quote"] == quote
            assert sources.loc[sid, "url"] == "https://translation1.mil-osi.com/?p=16044"
    growth = claims[claims["claim_type"] == "growth"].iloc[0]
    trade = store.observations.set_index("obs_id").loc[growth["obs_id"]]
    assert trade["value"] == 2.44e9
    record = claims[claims["claim_type"] == "record"].iloc[0]
    assert record["obs_id"] == -1
    assert store.records["projects"].empty  # none confirmed
    store.apply(edit, forward=False)
    assert store.observations.empty
    assert all(frame.empty for frame in store.records.values())


def test_edited_event_and_confirmed_project_are_stored(seed_dialog: ExtractDialog) -> None:
    from PySide6.QtCore import Qt

    d = seed_dialog
    ev = d.events
    assert not ev.setData(ev.index(0, _column(ev, "date")), "25 December")
    assert not ev.setData(ev.index(0, _column(ev, "type")), "party")
    assert ev.setData(ev.index(0, _column(ev, "date")), "2025-12-24")
    assert ev.setData(ev.index(0, _column(ev, "title")), "Ambassador's year-end briefing")
    cl = d.claims
    assert not cl.setData(cl.index(0, _column(cl, "type")), "boast")
    for row in range(cl.rowCount()):
        cl.setData(cl.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    pr = d.projects
    row = next(i for i, p in enumerate(pr.items) if p.capacity == 240)
    assert pr.setData(pr.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    edit = d.accepted_edit()
    assert edit is not None
    store = ObservationStore()
    store.apply(edit)
    assert store.records["claims"].empty
    assert store.observations.empty
    forum = store.records["events"].iloc[0]
    assert (forum["date_start"], forum["title"]) == ("2025-12-24", "Ambassador's year-end briefing")
    [project] = store.records["projects"].to_dict("records")
    assert project["name"] == "Unnamed project (wind, 240 MW)"
    assert project["note"].startswith("proposed from press text")
    [stage] = store.records["project_stages"].to_dict("records")
    assert (stage["stage"], stage["date"], bool(stage["expected"])) == (
        "commissioned",
        "2025",
        True,
    )
    assert stage["source_id"] in set(store.sources["source_id"])
    store.apply(edit, forward=False)
    assert all(frame.empty for frame in store.records.values())
