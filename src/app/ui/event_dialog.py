"""Events on the chart: the dialog that adds or edits one, and :class:`ChartEvents`, the
controller between the chart panel and the desk.

An annotation is an event of type ``annotation`` with no source: the user's own mark ("new
customs rules", "port closed"), added from the chart's context menu with the date clicked.
The same dialog records a sourced event (a visit, an agreement…) when a stored source is
chosen. Every change is one undoable edit (:func:`app.domain.events.add_event`,
:func:`~app.domain.events.set_event_fields`, :func:`~app.domain.events.delete_events`)
pushed on the session, so Undo takes it back like any other change. The panel only asks
(signals); this module decides and pushes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import Op, touched_tables
from app.domain.events import add_event, delete_events, events_for, set_event_fields
from app.domain.records import EventType, date_months
from app.qt.context import DeskContext
from app.qt.event_painter import event_type_name
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.settings import CHART_HIDDEN_EVENT_TYPES
from app.ui.chart_panel import ChartPanel, event_icon

DATE_HINT = QT_TRANSLATE_NOOP("event_dialog", "YYYY, YYYY-MM or YYYY-MM-DD")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


def event_problem(fields: Mapping[str, Any], sources: Mapping[int, str]) -> str:
    """What is wrong with the event's fields ('' when it can be saved), in the terms
    :func:`app.domain.events.add_event` checks, plus a title and the country codes."""
    start, end = str(fields["date_start"]), str(fields["date_end"])
    hint = translate("event_dialog", str(DATE_HINT))
    if date_months(start) is None:
        return translate("event_dialog", "The date must be {hint}.").format(hint=hint)
    if end and date_months(end) is None:
        return translate("event_dialog", "The end date must be {hint}, or empty.").format(hint=hint)
    if end and end < start:
        return translate("event_dialog", "The event ends before it starts.")
    if not str(fields["title"]).strip():
        return translate("event_dialog", "Give the event a title.")
    bad = [c for c in str(fields["countries"]).split() if not _COUNTRY.match(c)]
    if bad:
        return translate(
            "event_dialog", "Countries are ISO alpha-3 codes separated by spaces (not {code})."
        ).format(code=repr(bad[0]))
    if int(fields["source_id"]) == -2:
        return translate("event_dialog", "Choose a stored source from the list, or leave it empty.")
    if int(fields["source_id"]) >= 0 and int(fields["source_id"]) not in sources:
        return translate("event_dialog", "The source is not stored in this workspace.")
    return ""


class EventDialog(QDialog):
    """Date (start, optional end), type, title, countries, an optional stored source and
    its quote, a note and, for a new event, the link to the charted indicator."""

    def __init__(
        self,
        sources: Mapping[int, str],
        parent: QWidget | None = None,
        *,
        event: Mapping[str, Any] | None = None,
        day: str = "",
        pair: Sequence[str] = (),
        indicator: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self.sources = dict(sources)
        self.original = dict(event) if event is not None else None
        self.setWindowTitle(
            translate("event_dialog", "Edit event")
            if event is not None
            else translate("event_dialog", "Add annotation")
        )
        self.date_start = QLineEdit(day)
        self.date_end = QLineEdit()
        for box in (self.date_start, self.date_end):
            box.setPlaceholderText(translate("event_dialog", str(DATE_HINT)))
        self.type_box = QComboBox()
        for kind in EventType:
            self.type_box.addItem(event_icon(kind), event_type_name(str(kind)), str(kind))
        self.type_box.setCurrentIndex(self.type_box.findData(str(EventType.ANNOTATION)))
        self.title_edit = QLineEdit()
        self.countries = QLineEdit(" ".join(sorted(pair)))
        self.source_box = self._source_box()
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText(
            translate("event_dialog", "The source's words, verbatim (optional)")
        )
        self.quote.setFixedHeight(64)
        self.note = QLineEdit()
        code, name = indicator
        self.link = QCheckBox(
            translate("event_dialog", "Link to the indicator “{name}”").format(name=name or code)
        )
        self.link.setChecked(bool(code))
        self.link.setVisible(bool(code) and event is None)
        self._indicator = code
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b71c1c")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if event is not None:
            self._fill(event)
        for edit in (self.date_start, self.date_end, self.title_edit, self.countries):
            edit.textChanged.connect(lambda _t: self._check())
        self.source_box.currentTextChanged.connect(lambda _t: self._check())
        self._check()

    def _source_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", -1)
        for sid, text in sorted(self.sources.items(), key=lambda kv: kv[1].lower()):
            box.addItem(text, sid)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box.setCompleter(completer)
        line = box.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("event_dialog", "none: the user's own annotation"))
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("event_dialog", "Date"), self.date_start)
        form.addRow(translate("event_dialog", "Until (optional)"), self.date_end)
        form.addRow(translate("event_dialog", "Type"), self.type_box)
        form.addRow(translate("event_dialog", "Title"), self.title_edit)
        form.addRow(translate("event_dialog", "Countries"), self.countries)
        form.addRow(translate("event_dialog", "Source"), self.source_box)
        form.addRow(translate("event_dialog", "Quote"), self.quote)
        form.addRow(translate("event_dialog", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.link)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _fill(self, event: Mapping[str, Any]) -> None:
        self.date_start.setText(str(event["date_start"]))
        self.date_end.setText(str(event["date_end"]))
        index = self.type_box.findData(str(event["event_type"]))
        self.type_box.setCurrentIndex(max(index, 0))
        self.title_edit.setText(str(event["title"]))
        self.countries.setText(str(event["countries"]))
        self.source_box.setCurrentIndex(max(self.source_box.findData(int(event["source_id"])), 0))
        self.quote.setPlainText(str(event["quote"]))
        self.note.setText(str(event["note"]))

    # --- reading the form -----------------------------------------------------------------

    def source_id(self) -> int:
        """The chosen source; -1 for none, -2 for text that names no stored source."""
        text = self.source_box.currentText().strip()
        if not text:
            return -1
        index = self.source_box.findText(text, Qt.MatchFlag.MatchExactly)
        return int(self.source_box.itemData(index)) if index > 0 else -2

    def fields(self) -> dict[str, Any]:
        """The event's columns as the form holds them."""
        return {
            "date_start": self.date_start.text().strip(),
            "date_end": self.date_end.text().strip(),
            "event_type": str(self.type_box.currentData()),
            "title": " ".join(self.title_edit.text().split()),
            "countries": " ".join(self.countries.text().upper().split()),
            "source_id": self.source_id(),
            "quote": self.quote.toPlainText().strip(),
            "note": self.note.text().strip(),
        }

    def indicators(self) -> list[str]:
        """The indicator a new event is linked to (the one charted), if kept ticked."""
        return [self._indicator] if self._indicator and self.link.isChecked() else []

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the event being edited (all of them for a new one)."""
        now = self.fields()
        if self.original is None:
            return now
        return {k: v for k, v in now.items() if str(v) != str(self.original.get(k, ""))}

    def problem(self) -> str:
        return event_problem(self.fields(), self.sources)

    def _check(self) -> None:
        text = self.problem()
        self.problem_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def accept(self) -> None:
        if self.problem():
            self._check()
            return
        super().accept()


class ChartEvents(QObject):
    """Feeds the chart panel the pair's events (again whenever an edit touches the events or
    links), remembers the hidden event types, and turns the panel's requests into dialogs
    and undoable edits."""

    def __init__(
        self, ctx: DeskContext, chart: ChartPanel, pair: Callable[[], tuple[str, str]]
    ) -> None:
        super().__init__(chart)
        self.ctx = ctx
        self.chart = chart
        self.pair = pair
        #: the dialog open now (tests fill it in)
        self.dialog: EventDialog | None = None
        hidden: list[str] = ctx.settings.get(CHART_HIDDEN_EVENT_TYPES)
        chart.set_hidden_event_types(hidden)
        chart.hidden_event_types_changed.connect(self._remember_hidden)
        chart.annotation_requested.connect(self.add_at)
        chart.event_edit_requested.connect(self.edit)
        chart.event_delete_requested.connect(self.delete)
        ctx.session.changed.connect(self._changed)

    @property
    def records(self) -> dict[str, pd.DataFrame]:
        return self.ctx.session.store.records

    def refresh(self) -> None:
        """The pair's events (and every annotation) on the chart."""
        store = self.ctx.session.store
        self.chart.show_events(events_for(store.records, self.pair()), store.source_label_by_id())

    def _changed(self, ops: list[Op]) -> None:
        if touched_tables(ops) & {"events", "links"}:
            self.refresh()

    def _remember_hidden(self, kinds: list[str]) -> None:
        self.ctx.settings.set(CHART_HIDDEN_EVENT_TYPES, list(kinds))

    def _open(self, dialog: EventDialog, done: Callable[[EventDialog], None]) -> EventDialog:
        dialog.accepted.connect(partial(done, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_at(self, day: str) -> EventDialog:
        """The dialog for a new annotation on ``day``, for the pair and the charted indicator."""
        spec = self.chart.spec
        dialog = EventDialog(
            self.ctx.session.store.source_label_by_id(),
            self.chart.window(),
            day=day,
            pair=self.pair(),
            indicator=(spec.indicator, spec.name),
        )
        return self._open(dialog, self._add)

    def _add(self, dialog: EventDialog) -> None:
        try:
            edit = add_event(self.records, dialog.fields(), indicators=dialog.indicators())
        except ValueError as exc:
            self.ctx.bus.warning(translate("event_dialog", "Not added: {error}").format(error=exc))
            return
        self.ctx.session.push(edit)

    def _event(self, event_id: int) -> dict[str, Any] | None:
        events = self.records["events"]
        row = events[events["event_id"] == int(event_id)]
        return {str(k): v for k, v in row.iloc[0].items()} if len(row) else None

    def edit(self, event_id: int) -> EventDialog | None:
        event = self._event(event_id)
        if event is None:
            return None
        dialog = EventDialog(
            self.ctx.session.store.source_label_by_id(), self.chart.window(), event=event
        )
        return self._open(dialog, partial(self._save, int(event_id)))

    def _save(self, event_id: int, dialog: EventDialog) -> None:
        changes = dialog.changes()
        if changes:
            self.ctx.session.push(set_event_fields(self.records, event_id, changes))

    def delete(self, event_id: int) -> None:
        event = self._event(event_id)
        if event is None:
            return
        if self.ctx.session.push(delete_events(self.records, [int(event_id)])):
            self.ctx.bus.info(
                translate("event_dialog", "Deleted “{title}” (Undo brings it back).").format(
                    title=event["title"]
                )
            )
