"""Add figures from text…: paste a press item, review what it proposes, keep some.

Beside the figures (accepted or rejected row by row), the text's claims, events and project
facts are listed in their own tabs with a checkbox per row: claims and events with a
period/date are checked, project facts are not (a user confirms projects), and a counted
group ("five projects, 1,570 MW") cannot be checked: it is a claim, not a project.

The dialog writes nothing: after ``exec`` the caller asks :meth:`accepted_edit` for one
undoable :class:`~app.services.extraction.proposals.ProposalEdit` (figures with one press
source per distinct quote, claims, events, projects) and pushes it on the undo stack. Short
text is read at once; a long one (> 50 kB) in the task runner so that the window stays
responsive; both read all four kinds in one go.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

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
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.store import ObservationStore
from app.qt.candidate_model import COLUMNS as candidate_columns
from app.qt.candidate_model import CandidateModel
from app.qt.extract_models import CheckableModel, ClaimModel, EventModel, ProjectFactModel
from app.qt.i18n import translate
from app.qt.tasks import TaskRunner
from app.services.extraction.duplicates import duplicate_flags
from app.services.extraction.proposals import (
    ProposalEdit,
    Proposals,
    SourceInfo,
    build_edit,
    find_all,
)

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
        pair: tuple[str, ...] = (),
    ) -> None:
        """``pair``: the countries the desk shows, for events and projects whose sentence
        names fewer."""
        super().__init__(parent)
        self.setWindowTitle(translate("extract_dialog", "Add figures from text"))
        self._store = store
        self._runner = runner
        self._pair = tuple(pair)
        self.text = PressTextEdit()
        self.text.setPlaceholderText(
            translate("extract_dialog", "Paste a press item here, or drop a .txt file.")
        )
        self.url = QLineEdit()
        self.publisher = QLineEdit()
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.model = CandidateModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims = ClaimModel()
        self.events = EventModel()
        self.projects = ProjectFactModel()
        self.tabs = QTabWidget()
        self.status = QLabel("")
        self._build()
        self.table.selectionModel().selectionChanged.connect(self._highlight)
        # "this year", "last year" are read against the publication date: re-read on change
        self.published.dateChanged.connect(self._date_changed)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(translate("extract_dialog", "URL"), self.url)
        form.addRow(translate("extract_dialog", "Publisher"), self.publisher)
        form.addRow(translate("extract_dialog", "Published"), self.published)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.text)
        left_layout.addLayout(form)
        self.find_button = QPushButton(translate("extract_dialog", "Find figures"))
        self.find_button.clicked.connect(self.find_figures)
        left_layout.addWidget(self.find_button)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.addWidget(self.table)
        figures_layout.addLayout(self._decision_buttons())
        self.tabs.addTab(figures, translate("extract_dialog", "Figures"))
        for model, title in zip(self._checked_models(), self._tab_titles(), strict=True):
            self.tabs.addTab(self._checked_table(model), title)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.tabs)
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

    def _checked_models(self) -> tuple[CheckableModel[Any], ...]:
        return (self.claims, self.events, self.projects)

    @staticmethod
    def _tab_titles() -> tuple[str, ...]:
        """The titles of the claims, events and projects tabs (before their counts)."""
        return (
            translate("extract_dialog", "Claims"),
            translate("extract_dialog", "Events"),
            translate("extract_dialog", "Projects"),
        )

    def _checked_table(self, model: CheckableModel[Any]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        return view

    def _decision_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, decision, rows in (
            (translate("extract_dialog", "Accept"), True, self._selected_rows),
            (translate("extract_dialog", "Reject"), False, self._selected_rows),
            (translate("extract_dialog", "Accept all"), True, self._all_rows),
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
        """Read the text now, or in the task runner when it is long: figures, claims,
        events and project facts in one go."""
        text, published, url = self.text.toPlainText(), self.published_date(), self.url.text()
        pair = self._pair
        known = tuple(
            dict.fromkeys(str(c) for c in self._store.records["project_parties"]["company"])
        )

        def work() -> Proposals:
            return find_all(text, published, url, pair, known)

        if len(text) <= BACKGROUND_CHARS or self._runner is None:
            self._show(work())
            return
        self.find_button.setEnabled(False)
        self.status.setText(translate("extract_dialog", "Reading the text…"))
        self._runner.start(lambda _p, _c: work(), on_done=self._show, on_error=self._failed)

    def _date_changed(self) -> None:
        if self.text.toPlainText().strip():
            self.find_figures()

    def _failed(self, message: str, _trace: str) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(
            translate("extract_dialog", "Could not read the text: {error}").format(error=message)
        )

    def _fit_columns(self) -> None:
        """Each short column as wide as its text (at most 220 px); the sentence takes the rest."""
        quote = candidate_columns.index("quote")
        for column in range(self.model.columnCount()):
            if column != quote:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.table.horizontalHeader().setStretchLastSection(True)

    def _show(self, proposals: Proposals) -> None:
        self.find_button.setEnabled(True)
        found = proposals.figures
        self.model.set_candidates(found, duplicate_flags(found, self._store.observations))
        self._fit_columns()
        self.claims.set_items(proposals.claims)
        self.events.set_items(proposals.events)
        self.projects.set_items(proposals.projects)
        models = self._checked_models()
        for i, (model, title) in enumerate(zip(models, self._tab_titles(), strict=True), start=1):
            self.tabs.setTabText(i, f"{title} ({model.rowCount()})")
        dups = sum(self.model.duplicates)
        if dups:
            found_text = translate(
                "extract_dialog",
                "{figures} figures found, {duplicates} already stored; {claims} claims, "
                "{events} events, {facts} project facts. Relative periods (“this year”) are "
                "read against {date}; set Published to the article's date.",
            )
        else:
            found_text = translate(
                "extract_dialog",
                "{figures} figures found; {claims} claims, {events} events, {facts} project "
                "facts. Relative periods (“this year”) are read against {date}; set Published "
                "to the article's date.",
            )
        self.status.setText(
            found_text.format(
                figures=len(found),
                duplicates=dups,
                claims=len(proposals.claims),
                events=len(proposals.events),
                facts=len(proposals.projects),
                date=self.published_date(),
            )
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

    def source_info(self) -> SourceInfo:
        return SourceInfo(self.publisher.text(), self.url.text(), self.published_date())

    def accepted_edit(self) -> ProposalEdit | None:
        """The accepted figures (with a period) and the checked claims, events and
        projects as one undoable edit, or None when nothing is kept."""
        return build_edit(
            self._store,
            self.source_info(),
            self.model.accepted(),
            self.claims.kept(),
            self.events.kept(),
            self.projects.kept(),
        )

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the table edits a cell; it must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)
