"""Add figures from text…: paste a press item, review the figures found, accept some.

The dialog writes nothing: after ``exec`` the caller asks :meth:`accepted_edit` for one
:class:`~app.domain.edits.AddObservations` (observations and one press source per distinct
quote) and pushes it on the undo stack. Short text is read at once; a long one (> 50 kB) in
the task runner so that the window stays responsive.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.edits import AddObservations
from app.domain.model import Source
from app.domain.store import ObservationStore
from app.qt.candidate_model import CandidateModel
from app.qt.tasks import TaskRunner
from app.services.extraction import Candidate, extract
from app.services.extraction.duplicates import duplicate_flags

#: Texts longer than this are read in the task runner.
BACKGROUND_CHARS = 50_000


class PressTextEdit(QPlainTextEdit):
    """A text box that also takes a dropped or pasted text file."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
        if files:
            self.setPlainText(Path(files[0]).read_text(encoding="utf-8", errors="replace"))
            return
        super().insertFromMimeData(source)


class ExtractDialog(QDialog):
    def __init__(
        self,
        store: ObservationStore,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add figures from text")
        self._store = store
        self._runner = runner
        self.text = PressTextEdit()
        self.text.setPlaceholderText("Paste a press item here, or drop a .txt file.")
        self.url = QLineEdit()
        self.publisher = QLineEdit()
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.model = CandidateModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status = QLabel("")
        self._build()
        self.table.selectionModel().selectionChanged.connect(self._highlight)
        # "this year", "last year" are read against the publication date: re-read on change
        self.published.dateChanged.connect(self._date_changed)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("URL", self.url)
        form.addRow("Publisher", self.publisher)
        form.addRow("Published", self.published)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.text)
        left_layout.addLayout(form)
        self.find_button = QPushButton("Find figures")
        self.find_button.clicked.connect(self.find_figures)
        left_layout.addWidget(self.find_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.table)
        right_layout.addLayout(self._decision_buttons())
        right_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(box)

    def _decision_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, decision, rows in (
            ("Accept", True, self._selected_rows),
            ("Reject", False, self._selected_rows),
            ("Accept all", True, self._all_rows),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, d=decision, r=rows: self.model.decide(r(), d))
            row.addWidget(button)
        return row

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _all_rows(self) -> list[int]:
        return list(range(self.model.rowCount()))

    # --- extraction ---------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Start from a given text (a dropped file or pasted text) and find its figures."""
        self.text.setPlainText(text)
        self.find_figures()

    def published_date(self) -> dt.date:
        d = self.published.date()
        return dt.date(d.year(), d.month(), d.day())

    def find_figures(self) -> None:
        """Read the text now, or in the task runner when it is long."""
        text, published, url = self.text.toPlainText(), self.published_date(), self.url.text()
        if len(text) <= BACKGROUND_CHARS or self._runner is None:
            self._show(extract(text, published, url))
            return
        self.find_button.setEnabled(False)
        self.status.setText("Reading the text…")
        self._runner.start(
            lambda _p, _c: extract(text, published, url), on_done=self._show, on_error=self._failed
        )

    def _date_changed(self) -> None:
        if self.text.toPlainText().strip():
            self.find_figures()

    def _failed(self, message: str, _trace: str) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(f"Could not read the text: {message}")

    def _show(self, found: list[Candidate]) -> None:
        self.find_button.setEnabled(True)
        self.model.set_candidates(found, duplicate_flags(found, self._store.observations))
        dups = sum(self.model.duplicates)
        self.status.setText(
            f"{len(found)} figures found"
            + (f", {dups} already stored" if dups else "")
            + f". Relative periods (“this year”) are read against {self.published_date()}; "
            "set Published to the article's date."
        )
        self._highlight()

    def _highlight(self, *_args: Any) -> None:
        """Shade every figure's sentence; the selected ones stronger."""
        selected = set(self._selected_rows())
        selections = []
        for row, c in enumerate(self.model.candidates):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(c.sentence_span[0])
            cursor.setPosition(c.sentence_span[1], QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd54f" if row in selected else "#fff3c4"))
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)

    # --- result -------------------------------------------------------------------------

    def accepted_edit(self) -> AddObservations | None:
        """The accepted figures (with a period) as one undoable edit, or None."""
        chosen = [c for c in self.model.accepted() if c.period is not None]
        if not chosen:
            return None
        sources, source_of = self._sources(chosen)
        first = self._store.next_obs_id()
        rows = [c.to_observation_row(first + i, source_of[c.quote]) for i, c in enumerate(chosen)]
        return AddObservations(
            pd.DataFrame(rows), pd.DataFrame(sources), f"Add {len(rows)} figures from text"
        )

    def _sources(self, chosen: list[Candidate]) -> tuple[list[dict[str, Any]], dict[str, int]]:
        next_id = self._store.next_source_id()
        rows: list[dict[str, Any]] = []
        ids: dict[str, int] = {}
        for c in chosen:
            if c.quote in ids:
                continue
            ids[c.quote] = next_id + len(rows)
            rows.append(
                Source(
                    publisher=self.publisher.text().strip(),
                    url=self.url.text().strip(),
                    published=self.published_date().isoformat(),
                    language=c.language,
                    quote=c.quote,
                    retrieved=dt.date.today().isoformat(),
                    kind="press",
                    source_id=ids[c.quote],
                ).as_row()
            )
        return rows, ids

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the table edits a cell; it must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)
