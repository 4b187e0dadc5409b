"""The Claims view as an analyst drives it: the bundled claims with their verdicts, the
figures a claim rests on shown in the table and on the chart, the record option, and
claims added or deleted by hand as undoable steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.main import create_main_window
from app.qt.context import DeskContext
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.settings import CLAIMS_ALLOW_OTHER_REPORTER, Settings
from app.qt.tasks import SyncTaskRunner
from app.services.desk import Desk
from app.ui.claim_actions import ClaimActions
from app.ui.claim_dialog import ClaimDialog
from app.ui.claims_panel import ClaimsPanel

GROWTH = 3  # the seed's "more than 20 percent" trade growth claim (Jan–Oct 2025)
STREAK = 4  # "the third consecutive year" of records


class Desked:
    """A panel and its controller over a session of a seeded temporary workspace."""

    def __init__(self, desk: Desk, tmp_path: Path) -> None:
        self.bus = MessageBus()
        self.session = DeskSession(desk, self.bus)
        self.settings = Settings.at(str(tmp_path / "s.ini"))
        ctx = DeskContext(self.session, self.settings, SyncTaskRunner())
        self.panel = ClaimsPanel(self.session, ctx.runner, lambda: ("CHN", "AZE"))
        self.actions = ClaimActions(ctx, self.panel, self.panel)
        self.messages: list[str] = []
        self.bus.message.connect(lambda _level, text, _details: self.messages.append(text))

    def ids(self) -> list[int]:
        model = self.panel.model
        return [model.claim_id_at(r) for r in range(model.rowCount())]

    def cell(self, claim_id: int, column: int) -> str:
        model = self.panel.model
        return str(model.data(model.index(model.row_of(claim_id), column)))


@pytest.fixture
def desked(qtbot, seeded_desk: Desk, tmp_path: Path) -> Desked:
    d = Desked(seeded_desk, tmp_path)
    qtbot.addWidget(d.panel)
    return d


def set_combo(box, value: str) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_model_passes_the_model_tester(desked: Desked, qtmodeltester) -> None:
    qtmodeltester.check(desked.panel.model)


def test_growth_claim_shows_sources_disagree_with_both_sources(desked: Desked) -> None:
    assert GROWTH in desked.ids()
    assert desked.cell(GROWTH, 0) == "⇄ sources disagree"
    assert desked.cell(GROWTH, 1) == "growth"
    assert desked.cell(GROWTH, 2) == "Trade turnover"
    assert desked.cell(GROWTH, 4) == "CHN"
    assert "more than +20 %" in desked.cell(GROWTH, 5)
    assert desked.cell(STREAK, 6) == "expected"
    assert desked.panel.select_claim(GROWTH)
    text = desked.panel.details.toPlainText()
    assert "From January to October of this year" in text  # the quote
    assert "the sources disagree about the Jan–Oct 2024 base" in text
    assert "Xinhua (Russian service) via MIL-OSI translation, 2025-12-25" in text
    assert "News.az citing local media, 2024-12-20" in text
    assert "#29" in text
    assert "#19" in text


def test_option_lets_the_streak_use_the_other_side(desked: Desked) -> None:
    assert desked.cell(STREAK, 0) == "? cannot check"
    desked.panel.allow_other.setChecked(True)
    assert desked.cell(STREAK, 0) == "✓ consistent"
    assert desked.settings.get(CLAIMS_ALLOW_OTHER_REPORTER) == 1
    desked.panel.allow_other.setChecked(False)
    assert desked.cell(STREAK, 0) == "? cannot check"


def test_filters_by_type_and_verdict(desked: Desked) -> None:
    total = len(desked.ids())
    set_combo(desked.panel.type_box, "record_streak")
    assert desked.ids() == [STREAK]
    set_combo(desked.panel.type_box, "")
    set_combo(desked.panel.verdict_box, "conflicting_sources")
    shown = desked.ids()
    assert GROWTH in shown
    assert len(shown) < total
    assert all(desked.cell(i, 0) == "⇄ sources disagree" for i in shown)
    assert f"{len(shown)} of {total} claims" == desked.panel.count.text()
    set_combo(desked.panel.verdict_box, "")
    assert len(desked.ids()) == total


def test_selected_source_only(desked: Desked) -> None:
    desked.panel.set_current_obs(29)  # a figure of the Xinhua item (source 24)
    desked.panel.source_only.setChecked(True)
    sources = desked.panel.model.view.set_index("claim_id")["source_id"]
    assert desked.ids()
    assert all(sources[i] == 24 for i in desked.ids())
    assert GROWTH in desked.ids()
    desked.panel.source_only.setChecked(False)
    assert len(desked.ids()) > len([i for i in desked.ids() if sources[i] == 24])


def test_add_claim_by_hand_then_undo(desked: Desked, monkeypatch) -> None:
    dialogs: list[ClaimDialog] = []

    def fill(dialog: ClaimDialog) -> int:
        set_combo(dialog.type_box, "rank")
        set_combo(dialog.indicator_box, "trade_turnover")
        dialog.period.setText("2025")
        set_combo(dialog.source, 24)
        dialog.quote.setPlainText("China is Azerbaijan's second largest trading partner.")
        dialog.param_fields["rank"].setText("2")  # type: ignore[attr-defined]
        dialog.param_fields["of"].setText("trading partners")  # type: ignore[attr-defined]
        dialog.param_fields["among"].setText("AZE")  # type: ignore[attr-defined]
        dialog.accept()
        dialogs.append(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ClaimDialog, "exec", fill)
    before = set(desked.ids())
    desked.actions.add_claim()
    new = set(desked.ids()) - before
    assert len(new) == 1
    (claim_id,) = new
    assert dialogs[0].claim_id == claim_id
    assert desked.cell(claim_id, 1) == "rank"
    assert "2nd among AZE's trading partners" in desked.cell(claim_id, 5)
    assert desked.panel.selected_ids() == [claim_id]
    desked.session.undo_stack.undo()
    assert claim_id not in desked.ids()
    desked.session.undo_stack.redo()
    assert claim_id in desked.ids()


def test_dialog_refuses_a_bad_period_and_a_missing_source(qtbot, desked: Desked) -> None:
    dialog = ClaimDialog(desked.session.store)
    qtbot.addWidget(dialog)
    dialog.period.setText("2025-13")
    dialog.accept()
    assert "Choose the source" in dialog.error.text()
    set_combo(dialog.source, 24)
    dialog.accept()
    assert dialog.error.text() == "Period: month 13 is not between 1 and 12"
    dialog.period.setText("October 2025")
    dialog.accept()
    assert "cannot read period 'October 2025' (expected e.g. 2025" in dialog.error.text()
    assert dialog.edit is None


def test_edit_claim_changes_only_what_changed(desked: Desked, monkeypatch) -> None:
    def change(dialog: ClaimDialog) -> int:
        dialog.param_fields["change"].setText("30")  # type: ignore[attr-defined]
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ClaimDialog, "exec", change)
    desked.actions.edit_claim(GROWTH)
    params = desked.session.store.record_rows("claims", [GROWTH]).iloc[0]["params"]
    assert '"change": 30.0' in params
    assert '"base": "same period last year"' in params
    assert "more than +30 %" in desked.cell(GROWTH, 5)
    desked.session.undo_stack.undo()
    assert "more than +20 %" in desked.cell(GROWTH, 5)


def test_deleting_an_implicit_claim_is_refused_with_the_reason(desked: Desked) -> None:
    implicit = next(i for i in desked.ids() if i < 0)
    desked.actions.delete_claims([implicit], confirm=False)
    assert implicit in desked.ids()
    assert any(
        f"it is the reported change of figure {-implicit}; edit the figure" in m
        for m in desked.messages
    )


def test_delete_claim_then_undo(desked: Desked, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    desked.panel.select_claim(GROWTH)
    desked.panel.delete_button.click()
    assert GROWTH not in desked.ids()
    desked.session.undo_stack.undo()
    assert GROWTH in desked.ids()


def test_selecting_a_claim_shows_its_figures(qtbot, seeded_desk: Desk, tmp_path: Path) -> None:
    w = create_main_window(seeded_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.actions_by_id["view.claims"].trigger()
    assert w.claims_dock.isVisible()
    qtbot.waitUntil(lambda: w.claims.model.row_of(GROWTH) >= 0)
    assert w.claims.select_claim(GROWTH)
    assert w.current_obs_id() == 29
    assert w.indicator[0] == "trade_turnover"
    assert set(w.chart.highlighted_obs()) == {29, 19}
    assert w.claims.select_claim(STREAK)  # checked against no figure: the rings go
    assert w.chart.highlighted_obs() == []


def test_claims_name_their_indicators_in_the_desks_language(
    desked: Desked, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker names only the claims' indicators, in the desk's language; a code the
    catalogue lacks stays a code."""
    from app.qt import i18n
    from app.qt.claim_model import CheckOptions, ClaimInputs, claim_view

    inputs = ClaimInputs.of(desked.session.store, "CHN", "AZE")
    english = claim_view(inputs, CheckOptions())
    assert "Trade turnover" in set(english["indicator_name"])
    monkeypatch.setitem(i18n._CURRENT, "language", "ru")
    russian = claim_view(inputs, CheckOptions())
    assert "Товарооборот" in set(russian["indicator_name"])
    assert "Trade turnover" not in set(russian["indicator_name"])
    unnamed = claim_view(
        ClaimInputs(**{**vars(inputs), "names": {}}), CheckOptions()
    )  # no catalogue names: the codes themselves
    assert set(unnamed["indicator_name"]) == set(unnamed["indicator"].astype(str))
