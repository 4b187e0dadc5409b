"""Choose the source a figure cites, in the table: one of the workspace's sources (found by
publisher, title or date as you type), or "New source…", a small form whose source is
created and cited in one undoable step (:meth:`ObservationTableModel.cite_new_source`).

The picker is the source column's cell editor (:mod:`app.ui.table_delegates`); the form is
its child, so that typing in the form does not end the cell's editing.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from app.domain.cell_edit import SourceFieldError, source_fields
from app.qt.i18n import LANGUAGES, translate

#: the item data of "New source…"
NEW_SOURCE = -1


def source_items(sources: pd.DataFrame) -> list[tuple[int, str]]:
    """(source_id, "Trend — Title (2025-12-25)") of every source, by publisher, title and
    date, so that a source is found by any of the three."""
    ordered = sources.sort_values(["publisher", "title", "published"], kind="stable")
    items = []
    for sid, publisher, speaker, title, published in zip(
        ordered["source_id"],
        ordered["publisher"],
        ordered["speaker"],
        ordered["title"],
        ordered["published"],
        strict=True,
    ):
        who = str(publisher or speaker or "?")
        text = f"{who} — {title}" if title else who
        items.append((int(sid), f"{text} ({published})" if published else text))
    return items


class SourcePicker(QComboBox):
    """The workspace's sources and, last, "New source…"; typing finds a source by any
    word of its label. Picking "New source…" opens :class:`SourceForm`; what it gives is
    kept in :attr:`new_source` and :attr:`chosen` says the choice is made."""

    #: a source was picked or a new one filled in: the cell can be committed
    chosen = Signal()

    def __init__(self, sources: pd.DataFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for sid, label in source_items(sources):
            self.addItem(label, sid)
        self.addItem(translate("source_picker", "New source…"), NEW_SOURCE)
        self.setItemData(
            self.count() - 1,
            translate("source_picker", "Create a source (publisher, title, URL, date, quote)"),
            Qt.ItemDataRole.ToolTipRole,
        )
        completer = self.completer()
        if completer is not None:  # an editable combo box always has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMinimumContentsLength(30)
        self.new_source: dict[str, str] | None = None
        self._previous = 0
        self.activated.connect(self._picked)

    def set_source(self, source_id: int) -> None:
        i = self.findData(source_id)
        self._previous = max(0, i)
        self.setCurrentIndex(self._previous)

    def source_id(self) -> int | None:
        """The source picked (None for a text that names no source)."""
        if self.currentText() != self.itemText(self.currentIndex()):
            hits = [i for i in range(self.count()) if self.itemText(i) == self.currentText()]
            return int(self.itemData(hits[0])) if hits else None
        return int(self.currentData())

    def _picked(self, index: int) -> None:
        if int(self.itemData(index)) != NEW_SOURCE:
            self._previous = index
            self.chosen.emit()
            return
        form = SourceForm(self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.new_source = form.fields()
            self.chosen.emit()
        else:  # back to the source cited before; the cell stays in editing
            self.setCurrentIndex(self._previous)


class SourceForm(QDialog):
    """A new source: publisher, title, URL, published date, language, quote. OK checks the
    fields by the domain's rules (:func:`source_fields`) and says what is wrong."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("source_picker", "New source"))
        self.publisher = QLineEdit()
        self.publisher.setPlaceholderText(translate("source_picker", "e.g. Trend, Xinhua"))
        self.title = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.published = QLineEdit((today or dt.date.today()).isoformat())
        self.published.setPlaceholderText(translate("source_picker", "YYYY-MM-DD or YYYY-MM"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, (name, _locale, _suffix) in LANGUAGES.items():
            self.language.addItem(f"{code} — {name}", code)
        self.language.setCurrentIndex(-1)
        self.language.setToolTip(translate("source_picker", "The language of the quote"))
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText(
            translate("source_picker", "The sentence that gives the figure")
        )
        self.quote.setMaximumHeight(80)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("source_picker", "Publisher"), self.publisher)
        form.addRow(translate("source_picker", "Title"), self.title)
        form.addRow(translate("source_picker", "URL"), self.url)
        form.addRow(translate("source_picker", "Published"), self.published)
        form.addRow(translate("source_picker", "Language"), self.language)
        form.addRow(translate("source_picker", "Quote"), self.quote)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, str]:
        """The form as source fields (publisher, title, url, published, language, quote)."""
        language = self.language.currentText().strip()
        if self.language.currentIndex() >= 0 and language == self.language.itemText(
            self.language.currentIndex()
        ):
            language = str(self.language.currentData())
        return {
            "publisher": self.publisher.text(),
            "title": self.title.text(),
            "url": self.url.text(),
            "published": self.published.text(),
            "language": language,
            "quote": self.quote.toPlainText(),
        }

    def accept(self) -> None:
        try:
            source_fields(self.fields())
        except SourceFieldError as exc:  # the domain's rule, said in the desk's language
            self.error.setText(self._refusal(exc.field))
            self.error.show()
            return
        super().accept()

    def _refusal(self, field: str) -> str:
        if field == "published":
            return translate(
                "source_picker", "{text} is not a date: write YYYY-MM-DD or YYYY-MM."
            ).format(text=self.published.text().strip())
        if field == "language":
            return translate(
                "source_picker", "{text} is not a two-letter language code (en, ru, az, zh)."
            ).format(text=self.language.currentText().strip())
        return translate(
            "source_picker", "Give at least a publisher or a URL: every figure is sourced."
        )
