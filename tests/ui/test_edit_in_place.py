"""Every field of a figure edited in its cell, as a user does it, and undone in one step:
indicator, reporter, partner, subject, qualifier, status, source (picked or new), reported
change and value (with its "did you mean" question); the edited mark; first column widths."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.qt.columns import COLUMN_INDEX, COLUMNS, EDITED_MARK
from app.qt.messages import MessageBus
from app.qt.observation_model import ObservationTableModel
from app.qt.session import DeskSession
from app.services.desk import Desk
from app.ui import value_check
from app.ui.source_picker import SourceForm, SourcePicker
from app.ui.table_delegates import ChangeEditor
from app.ui.table_panel import DEFAULT_MAX_WIDTH, MAX_WIDTH, TablePanel

TOOLTIP = Qt.ItemDataRole.ToolTipRole


class Table:
    """The table panel alone over a desk, with the messages it posts."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.bus = MessageBus()
        self.messages: list[str] = []
        self.bus.message.connect(lambda _level, text, _details: self.messages.append(text))
        self.session = DeskSession(desk, self.bus)
        self.model = ObservationTableModel(self.session)
        self.model.edit_rejected.connect(self.messages.append)
        self.panel = TablePanel(self.model)
        self.view = self.panel.view

    @property
    def store(self) -> Any:
        return self.desk.store

    def index(self, obs_id: int, key: str) -> QModelIndex:
        return self.model.index(self.model.row_of(obs_id), COLUMN_INDEX[key])

    def cell(self, obs_id: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.model.data(self.index(obs_id, key), role)

    def open_editor(self, obs_id: int, key: str) -> QWidget:
        """Start editing a cell as a double click does; the editor the delegate made."""
        index = self.index(obs_id, key)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        editor = self.view.indexWidget(index)
        assert editor is not None, f"no editor opened on {key}"
        return editor

    def commit(self, obs_id: int, key: str, editor: QWidget) -> None:
        """Enter: the delegate hands the editor's choice to the model and closes it."""
        delegate = self.view.itemDelegateForColumn(COLUMN_INDEX[key])
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def edit(self, obs_id: int, key: str, fill: Callable[[Any], None]) -> None:
        editor = self.open_editor(obs_id, key)
        fill(editor)
        self.commit(obs_id, key, editor)

    def painted(self, obs_id: int, key: str) -> tuple[str, bool]:
        """(text, italic) the cell is painted with, as its delegate prepares it."""
        index = self.index(obs_id, key)
        option = QStyleOptionViewItem()
        delegate = self.view.itemDelegateForColumn(COLUMN_INDEX[key])
        delegate.initStyleOption(option, index)
        return option.text, option.font.italic()

    def undo_all(self) -> None:
        while self.session.undo_stack.canUndo():
            self.session.undo_stack.undo()


@pytest.fixture
def t(qtbot, tiny_desk: Desk) -> Table:
    table = Table(tiny_desk)
    qtbot.addWidget(table.panel)
    table.panel.resize(1400, 500)
    table.panel.show()
    return table


def choose(data: str) -> Callable[[QComboBox], None]:
    def fill(box: QComboBox) -> None:
        i = box.findData(data)
        assert i >= 0, f"{data!r} is not offered"
        box.setCurrentIndex(i)

    return fill


def typed(text: str) -> Callable[[QComboBox | QLineEdit], None]:
    def fill(editor: QComboBox | QLineEdit) -> None:
        if isinstance(editor, QComboBox):
            editor.setEditText(text)
        else:
            editor.setText(text)

    return fill


def test_indicator_from_the_catalogue_says_when_its_unit_differs(t: Table) -> None:
    editor = t.open_editor(4, "indicator")
    assert isinstance(editor, QComboBox)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert labels == [
        "Tourist arrivals from partner (tourist_arrivals_from_partner)",
        "Trade turnover (trade_turnover)",
    ]
    assert editor.currentData() == "trade_turnover"  # the cell's indicator, chosen
    editor.setCurrentIndex(0)
    t.commit(4, "indicator", editor)
    assert t.store.get(4, "indicator") == "tourist_arrivals_from_partner"
    assert t.cell(4, "indicator") == "Tourist arrivals from partner"
    assert any("counted in persons" in m and "stays in USD" in m for m in t.messages)
    assert t.session.undo_stack.count() == 1
    t.session.undo_stack.undo()
    assert t.store.get(4, "indicator") == "trade_turnover"
    # typed by name, without picking from the list
    t.edit(4, "indicator", typed("tourist arrivals from partner"))
    assert t.store.get(4, "indicator") == "tourist_arrivals_from_partner"


def test_reporter_and_partner_by_code_or_name_validated(t: Table) -> None:
    t.edit(4, "reporter", choose("TUR"))
    assert t.store.get(4, "reporter") == "TUR"
    t.edit(4, "partner", typed("Georgia"))
    assert t.store.get(4, "partner") == "GEO"
    t.edit(4, "partner", typed("Narnia"))
    assert t.store.get(4, "partner") == "GEO"
    assert any("'Narnia' is not an ISO 3166 country" in m for m in t.messages)
    t.edit(4, "partner", choose(""))  # "(no partner)"
    assert t.store.get(4, "partner") == ""
    assert t.session.undo_stack.count() == 3
    t.undo_all()
    assert (t.store.get(4, "reporter"), t.store.get(4, "partner")) == ("CHN", "AZE")
    tip = t.cell(4, "reporter", TOOLTIP)
    assert tip == "China"


def test_subject_qualifier_and_status(t: Table) -> None:
    t.edit(4, "subject", typed("Alat free zone"))
    t.edit(4, "qualifier", choose("about"))
    t.edit(4, "status", choose("provisional"))
    assert t.cell(4, "subject") == "Alat free zone"
    assert t.cell(4, "qualifier") == "about"
    assert t.cell(4, "status") == "provisional"
    assert t.session.undo_stack.count() == 3
    t.undo_all()
    assert (t.cell(4, "subject"), t.cell(4, "qualifier"), t.cell(4, "status")) == (
        "",
        "",
        "actual",
    )


def test_source_picked_from_the_workspace(t: Table) -> None:
    picker = t.open_editor(4, "source")
    assert isinstance(picker, SourcePicker)
    assert picker.currentData() == 4
    assert picker.itemText(picker.count() - 1) == "New source…"
    labels = [picker.itemText(i) for i in range(picker.count() - 1)]
    assert labels == sorted(labels)  # by publisher, title, date
    picker.setCurrentIndex(picker.findData(8))
    t.commit(4, "source", picker)
    assert int(t.store.get(4, "source_id")) == 8
    assert t.cell(4, "source").startswith("Other")
    t.session.undo_stack.undo()
    assert int(t.store.get(4, "source_id")) == 4


def test_a_new_source_is_created_and_cited_as_one_undo_step(t: Table, qtbot) -> None:
    picker = t.open_editor(4, "source")
    assert isinstance(picker, SourcePicker)
    seen: list[str] = []

    def fill_form() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, SourceForm)
        form.accept()  # empty: refused, the form says why and stays
        seen.append(form.error.text())
        form.publisher.setText("APA")
        form.title.setText("Azerbaijan–China trade")
        form.url.setText("https://apa.az/news/1")
        form.published.setText("2025-11-20")
        form.language.setCurrentIndex(form.language.findData("az"))
        form.quote.setPlainText("Ticarət dövriyyəsi 2,44 milyard dollar olub.")
        form.accept()

    before = len(t.store.sources)
    QTimer.singleShot(0, fill_form)
    picker.activated.emit(picker.count() - 1)  # "New source…"
    assert seen == ["Give at least a publisher or a URL: every figure is sourced."]
    sid = int(t.store.get(4, "source_id"))
    source = t.store.source(sid)
    assert len(t.store.sources) == before + 1
    assert (source["publisher"], source["language"], source["published"]) == (
        "APA",
        "az",
        "2025-11-20",
    )
    assert t.cell(4, "source") == "APA, 2025-11-20  ⧉2"
    assert t.session.undo_stack.count() == 1
    t.session.undo_stack.undo()
    assert int(t.store.get(4, "source_id")) == 4
    t.session.undo_stack.redo()
    assert int(t.store.get(4, "source_id")) == sid
    # the workspace holds it too
    stored = t.desk.workspace.load()
    assert sid in set(stored.sources["source_id"])
    assert int(stored.observations.set_index("obs_id").loc[4, "source_id"]) == sid


def test_a_new_source_form_cancelled_keeps_the_cell_as_it_was(t: Table) -> None:
    picker = t.open_editor(4, "source")
    assert isinstance(picker, SourcePicker)

    def cancel() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, SourceForm)
        form.reject()

    QTimer.singleShot(0, cancel)
    picker.activated.emit(picker.count() - 1)
    assert picker.currentData() == 4
    t.commit(4, "source", picker)
    assert int(t.store.get(4, "source_id")) == 4
    assert t.session.undo_stack.count() == 0


def test_reported_change_with_its_bound_set_and_cleared(t: Table) -> None:
    def fill(editor: ChangeEditor) -> None:
        assert editor.number.text() == ""
        editor.bound.setCurrentIndex(editor.bound.findData("more_than"))
        editor.number.setText("15 %")

    t.edit(4, "change", fill)
    assert t.cell(4, "change") == "more than +15 %"
    assert t.store.get(4, "change_qualifier") == "more_than"

    def shown(editor: ChangeEditor) -> None:  # the editor shows the stored change
        assert editor.bound.currentData() == "more_than"
        assert editor.number.text() == "+15 %"
        editor.number.setText("−3.2 %")  # typed without a bound: the list's is kept
        editor.bound.setCurrentIndex(editor.bound.findData("exact"))

    t.edit(4, "change", shown)
    assert t.cell(4, "change") == "-3.2 %"
    t.edit(4, "change", lambda e: e.number.setText(""))
    assert math.isnan(t.store.get(4, "change_value"))
    assert t.session.undo_stack.count() == 3
    t.undo_all()
    assert t.cell(4, "change") == ""


def answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[str]) -> None:
    """The value question answered by clicking ``button`` (use, keep or back)."""

    def click(dialog: value_check.ValueCheckDialog) -> int:
        asked.append(dialog.message.text())
        getattr(dialog, f"{button}_button").click()
        return int(dialog.result())

    monkeypatch.setattr(value_check.ValueCheckDialog, "exec", click)


def test_the_value_editor_asks_and_the_suggestion_is_stored(t: Table, monkeypatch) -> None:
    asked: list[str] = []
    answer(monkeypatch, "use", asked)
    assert t.cell(3, "value") == "$3.744 bn"
    t.edit(3, "value", typed("45 bn"))  # a slipped zero: 4.5 bn meant
    assert len(asked) == 1
    assert "Did you mean $4.5 bn?" in asked[0]
    assert t.store.get(3, "value") == 4.5e9
    assert t.cell(3, "value") == "$4.5 bn"  # the text copied and exported: the figure
    assert t.painted(3, "value") == ("$4.5 bn" + EDITED_MARK, True)  # what the eye sees
    assert "Edited: no longer the value the source's quote gives" in t.cell(3, "value", TOOLTIP)
    assert t.painted(4, "value") == ("$2.44 bn", False)  # others: unmarked
    assert t.session.undo_stack.count() == 1
    t.session.undo_stack.undo()
    assert t.painted(3, "value") == ("$3.744 bn", False)  # as the source gave it again
    assert "Edited" not in t.cell(3, "value", TOOLTIP)


def test_keeping_what_was_typed_and_no_question_when_nothing_looks_wrong(
    t: Table, monkeypatch
) -> None:
    asked: list[str] = []
    answer(monkeypatch, "keep", asked)
    t.edit(3, "value", typed("3.9 bn"))
    assert asked == []
    assert t.store.get(3, "value") == 3.9e9
    t.edit(3, "value", typed("45 bn"))
    assert len(asked) == 1
    assert t.store.get(3, "value") == 45e9


def test_going_back_stores_nothing_and_reopens_the_editor(t: Table, monkeypatch, qtbot) -> None:
    asked: list[str] = []
    answer(monkeypatch, "back", asked)
    t.edit(3, "value", typed("45 bn"))
    assert len(asked) == 1
    assert t.store.get(3, "value") == 3.744e9
    assert t.session.undo_stack.count() == 0
    index = t.index(3, "value")
    qtbot.waitUntil(lambda: isinstance(t.view.indexWidget(index), QLineEdit))
    editor = t.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "45 bn"


def test_an_unreadable_value_is_refused_without_a_question(t: Table, monkeypatch) -> None:
    asked: list[str] = []
    answer(monkeypatch, "use", asked)
    t.edit(3, "value", typed("forty"))
    assert asked == []
    assert any("not a number" in m for m in t.messages)


def test_first_open_widths_read_the_longest_indicator_name(t: Table) -> None:
    header = t.view.horizontalHeader()
    metrics = t.view.fontMetrics()
    rows = t.model.rowCount()
    names = {t.model.data(t.model.index(r, COLUMN_INDEX["indicator"])) for r in range(rows)}
    longest = max(metrics.horizontalAdvance(n) for n in names)
    assert header.sectionSize(COLUMN_INDEX["indicator"]) >= longest
    # narrow columns stay narrow: a code column is not given the indicator's width
    assert header.sectionSize(COLUMN_INDEX["reporter"]) < header.sectionSize(
        COLUMN_INDEX["indicator"]
    )
    for i, column in enumerate(COLUMNS[:-1]):  # the last one stretches
        assert header.sectionSize(i) <= MAX_WIDTH.get(column.key, DEFAULT_MAX_WIDTH), column.key


def test_a_saved_header_wins_over_the_contents(qtbot, tiny_desk: Desk) -> None:
    first = Table(tiny_desk)
    qtbot.addWidget(first.panel)
    header = first.view.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["indicator"], 123)  # the user narrows it
    saved = header.saveState()
    again = Table(tiny_desk)
    qtbot.addWidget(again.panel)
    again.view.horizontalHeader().restoreState(saved)  # as the window restores its layout
    again.model.refresh()
    assert again.view.horizontalHeader().sectionSize(COLUMN_INDEX["indicator"]) == 123


def test_a_table_opened_empty_is_sized_when_its_rows_come(qtbot, tiny_desk: Desk) -> None:
    t = Table(tiny_desk)
    t.model.update_spec(text="no such figure")
    empty = TablePanel(t.model)
    qtbot.addWidget(empty)
    header = empty.view.horizontalHeader()
    assert header.sectionSize(COLUMN_INDEX["indicator"]) == COLUMNS[0].width
    t.model.update_spec(text="")
    names = [t.model.data(t.model.index(r, 0)) for r in range(t.model.rowCount())]
    longest = max(empty.view.fontMetrics().horizontalAdvance(n) for n in names)
    assert longest <= header.sectionSize(0) < COLUMNS[0].width


def test_typing_in_a_cell_starts_its_editor_and_enter_stores(t: Table, qtbot) -> None:
    index = t.index(4, "reporter")
    t.view.setCurrentIndex(index)
    t.view.setFocus()
    qtbot.keyClick(t.view, "G")  # any key starts editing, replacing the shown code
    editor = t.view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    line = editor.lineEdit()
    assert line is not None
    assert line.text() == "G"
    line.setText("Georgia")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: t.store.get(4, "reporter") == "GEO")
    assert t.view.indexWidget(index) is None  # the editor closed


def test_an_unchanged_value_asks_nothing(t: Table, monkeypatch) -> None:
    asked: list[str] = []
    answer(monkeypatch, "use", asked)
    t.edit(3, "value", typed("45 bn"))  # stored 4.5 bn, as suggested
    t.edit(3, "value", lambda e: None)  # opened and closed again as it was
    assert len(asked) == 1
    assert t.session.undo_stack.count() == 1
