"""The observation table's cell editors, one delegate per kind of column.

Every field of a figure is edited where it is shown, and every change is one undoable edit
made by the model (:meth:`ObservationTableModel.setData` and friends), so the editors only
choose what to hand it: the indicator from the catalogue (by name or code), reporter and
partner from the countries (names in the desk's language), the qualifier and status from
their words, the reported change as a bound and a number, the source from the workspace's
sources or a new one (:mod:`app.ui.source_picker`). The value editor asks "Did you mean…?"
on a likely slip (:func:`app.ui.value_check.confirm_value`) before anything is stored.

Dialogs opened while a cell is being edited are children of the editor: Qt ends an edit
when the focus leaves its editor, but not when it moves inside it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.cell_edit import parse_change, parse_value
from app.domain.countries import REGIONS, all_countries, country_name
from app.domain.model import change_words, qualifier_words
from app.domain.units import format_quantity
from app.qt.catalogue_model import indicator_display_name
from app.qt.columns import COLUMN_INDEX, EDITED_MARK
from app.qt.i18n import current_language, translate
from app.qt.observation_model import EDITED_ROLE, ObservationTableModel
from app.qt.table_text import place_name, qualifier_items, status_items
from app.ui.source_picker import SourcePicker
from app.ui.value_check import confirm_value

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


def searchable_combo(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    """An editable combo box of (data, label) items that finds an item by any word of its
    label as one types (a catalogue or a country list is too long to scroll)."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for data, label in items:
        box.addItem(label, data)
    completer = box.completer()
    if completer is not None:  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box


def chosen_data(box: QComboBox) -> str:
    """The data of the item the box shows, or of the item whose label was typed in full
    (any case); else the typed text itself, for the domain's rules to read or refuse."""
    text = box.currentText().strip()
    i = box.currentIndex()
    if i >= 0 and text == box.itemText(i).strip():
        return str(box.itemData(i))
    wanted = text.casefold()
    for j in range(box.count()):
        if box.itemText(j).strip().casefold() == wanted:
            return str(box.itemData(j))
    return text


def select_data(box: QComboBox, data: str) -> None:
    """Show the item of ``data``, selected, so that typing replaces it (as in a cell)."""
    i = box.findData(data)
    if i >= 0:
        box.setCurrentIndex(i)
    else:
        box.setEditText(data)
    line = box.lineEdit()
    if line is not None:
        line.selectAll()


@lru_cache(maxsize=8)
def country_items(language: str) -> tuple[tuple[str, str], ...]:
    """(alpha-3, "AZE — Azerbaijan") of every country and region, names in ``language``,
    by name."""
    named = [
        (code, name if language == "en" else place_name(code, language))
        for code, name in all_countries()
    ]
    named.sort(key=lambda t: t[1].casefold())
    named += sorted(REGIONS.items(), key=lambda t: t[1])
    return tuple((code, f"{code} — {name}") for code, name in named)


class _Delegate(QStyledItemDelegate):
    """A delegate of one column of ``table`` (the view is its parent)."""

    def __init__(self, table: ObservationTableModel, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.table = table
        self.view = view


class _ComboDelegate(_Delegate):
    """A searchable list whose item data (a code) goes to the model, or the typed text."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        select_data(editor, str(index.data(EDIT)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, chosen_data(editor), EDIT)


class IndicatorDelegate(_ComboDelegate):
    """The catalogue by name and code; each item says its unit (a figure keeps its own
    unit when its indicator changes, and the model says so if they differ)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        store = self.table.store
        language = current_language()
        names = store.indicator_names()
        items = sorted(
            (
                (code, f"{indicator_display_name(name, language)} ({code})")
                for code, name in names.items()
            ),
            key=lambda t: t[1].casefold(),
        )
        box = searchable_combo(parent, items)
        units = dict(zip(store.indicators["code"], store.indicators["unit"], strict=True))
        for i, (code, _label) in enumerate(items):
            tip = translate("table_delegates", "{code}, counted in {unit}")
            box.setItemData(
                i, tip.format(code=code, unit=units.get(code, "")), Qt.ItemDataRole.ToolTipRole
            )
        return box


class PlaceDelegate(_ComboDelegate):
    """Reporter or partner: ISO alpha-3 codes with country names in the desk's language;
    codes a file brought (an old code, an aggregate) are offered as the workspace has them.
    A partner may be empty (a one-country indicator)."""

    def __init__(
        self, table: ObservationTableModel, view: QAbstractItemView, partner: bool
    ) -> None:
        super().__init__(table, view)
        self.partner = partner

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        items = list(country_items(current_language()))
        known = {code for code, _label in items}
        obs = self.table.store.observations
        used = set(obs["reporter"].cat.categories) | set(obs["partner"].cat.categories)
        items += [(c, f"{c} — {country_name(c)}") for c in sorted(used - known) if c]
        if self.partner:
            items.insert(0, ("", translate("table_delegates", "(no partner)")))
        box = searchable_combo(parent, items)
        box.setToolTip(
            translate("table_delegates", "An ISO 3166 code (AZE, CHN) or a country's name")
        )
        return box


class SubjectDelegate(_Delegate):
    """Free text, completed from the subjects the workspace already uses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        line = QLineEdit(parent)
        subjects = sorted(s for s in self.table.store.observations["subject"].cat.categories if s)
        completer = QCompleter(subjects, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        line.setPlaceholderText(
            translate("table_delegates", "A project or item the figure is about")
        )
        return line


class ChoiceDelegate(_Delegate):
    """A fixed list of codes shown as words (qualifier, status)."""

    def __init__(
        self, table: ObservationTableModel, view: QAbstractItemView, items: list[tuple[str, str]]
    ) -> None:
        super().__init__(table, view)
        self.items = items

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for code, label in self.items:
            box.addItem(label, code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        code = str(index.data(EDIT))
        if editor.findData(code) < 0:  # a code outside the list (derived): kept choosable
            editor.addItem(code, code)
        editor.setCurrentIndex(editor.findData(code))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, str(editor.currentData()), EDIT)


class ChangeEditor(QWidget):
    """A reported change: its bound (more than, about, …) and the number ("+20 %",
    "−3.2 %", "2.5 times"); an empty number clears the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.bound = QComboBox(self)
        for code, label in qualifier_items():
            self.bound.addItem(label, code)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(translate("table_delegates", "+20 %, −3.2 %, 2.5 times"))
        self.number.setToolTip(translate("table_delegates", "Empty: the source claims no change"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bound)
        layout.addWidget(self.number, 1)
        self.setFocusProxy(self.number)

    def set_text(self, text: str) -> None:
        """Show a stored change (as :func:`change_words` writes it)."""
        try:
            value, unit, qualifier = parse_change(text)
        except ValueError:
            value, unit, qualifier = float("nan"), "", "exact"
        self.bound.setCurrentIndex(max(0, self.bound.findData(qualifier or "exact")))
        self.number.setText(change_words(value, unit, "exact"))

    def text(self) -> str:
        """The change as the domain reads it: "more than +20 %"; '' to clear it. A bound
        typed with the number wins over the list's."""
        typed = self.number.text().strip()
        code = str(self.bound.currentData())
        if not typed or code == "exact":
            return typed
        try:
            own = parse_change(typed)[2]
        except ValueError:
            return typed  # the model refuses it and says why
        return typed if own != "exact" else f"{qualifier_words(code)} {typed}"


class ChangeDelegate(_Delegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return ChangeEditor(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ChangeEditor)
        editor.set_text(str(index.data(EDIT) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ChangeEditor)
        model.setData(index, editor.text(), EDIT)


class SourceDelegate(_Delegate):
    """The workspace's sources, or a new one (created and cited in one undoable step)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        picker = SourcePicker(self.table.store.sources, parent)
        picker.chosen.connect(lambda: self._finish(picker))
        return picker

    def _finish(self, picker: SourcePicker) -> None:
        self.commitData.emit(picker)
        self.closeEditor.emit(picker, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, SourcePicker)
        editor.set_source(int(index.data(EDIT)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, SourcePicker)
        if editor.new_source is not None:
            fields, editor.new_source = editor.new_source, None  # one source per form
            self.table.cite_new_source(index.row(), fields, dt.date.today())
            return
        source_id = editor.source_id()
        model.setData(index, editor.currentText() if source_id is None else str(source_id), EDIT)


class ValueDelegate(_Delegate):
    """The value as typed ("2.44 bn"); a likely slip is asked about before it is stored,
    and "Go back" reopens the editor with what was typed."""

    def __init__(self, table: ObservationTableModel, view: QAbstractItemView) -> None:
        super().__init__(table, view)
        self._asking = False
        self._typed: dict[QPersistentModelIndex, str] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """A value changed by hand since its source gave it: ✎ after it, in italic."""
        super().initStyleOption(option, index)
        if index.data(EDITED_ROLE):
            option.text += EDITED_MARK
            option.font.setItalic(True)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        typed = self._typed.pop(QPersistentModelIndex(index), None)
        if typed is not None and isinstance(editor, QLineEdit):
            editor.setText(typed)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if self._asking or not isinstance(editor, QLineEdit):
            return  # the question is open: the focus moved to it, nothing to commit yet
        text = editor.text().strip()
        store, row = self.table.store, index.row()
        obs_id = self.table.obs_id_at(row)
        unit = str(store.get(obs_id, "unit"))
        try:
            value = parse_value(text, unit)
        except ValueError:
            model.setData(index, text, EDIT)  # refused by the model's rule, which says why
            return
        if value == float(store.get(obs_id, "value")):
            return  # unchanged: nothing to ask about, nothing to store
        self._asking = True
        try:
            answer = confirm_value(editor, store, *self._where(obs_id), value, unit, obs_id=obs_id)
        finally:
            self._asking = False
        if answer is None:  # "Go back": the editor opens again with what was typed
            self._reopen(QPersistentModelIndex(index), editor.text())
            return
        chosen, chosen_unit = answer
        fields: dict[str, Any] = {"value": chosen}
        if chosen_unit != unit:
            fields["unit"] = chosen_unit
        said = (
            text if (chosen, chosen_unit) == (value, unit) else format_quantity(chosen, chosen_unit)
        )
        self.table.set_fields(
            row, fields, translate("table_delegates", "Set value to {value}").format(value=said)
        )

    def _where(self, obs_id: int) -> tuple[str, str, str, int, int]:
        """(indicator, reporter, partner, period start, period end) of the figure."""
        get = self.table.store.get
        return (
            str(get(obs_id, "indicator")),
            str(get(obs_id, "reporter")),
            str(get(obs_id, "partner")),
            int(get(obs_id, "period_start")),
            int(get(obs_id, "period_end")),
        )

    def _reopen(self, index: QPersistentModelIndex, typed: str) -> None:
        self._typed[index] = typed

        def again() -> None:
            if index.isValid():
                cell = self.table.index(index.row(), index.column())
                self.view.setCurrentIndex(cell)
                self.view.edit(cell)

        QTimer.singleShot(0, again)


def install_delegates(
    view: QAbstractItemView, model: ObservationTableModel
) -> dict[str, QStyledItemDelegate]:
    """Put an editor on every editable column that needs more than a line of text (the
    period and the note keep Qt's line editor); returns them by column key."""
    delegates: dict[str, QStyledItemDelegate] = {
        "indicator": IndicatorDelegate(model, view),
        "subject": SubjectDelegate(model, view),
        "reporter": PlaceDelegate(model, view, partner=False),
        "partner": PlaceDelegate(model, view, partner=True),
        "value": ValueDelegate(model, view),
        "qualifier": ChoiceDelegate(model, view, qualifier_items()),
        "status": ChoiceDelegate(model, view, status_items()),
        "change": ChangeDelegate(model, view),
        "source": SourceDelegate(model, view),
    }
    for key, delegate in delegates.items():
        view.setItemDelegateForColumn(COLUMN_INDEX[key], delegate)
    return delegates
