"""Edit > Derived series…: the stored derivations with their rule and figures; remove one
(with its figures, undoable) or recompute them all.

Derived figures are computed: deleting them in the table does not remove the series (the
next recomputation puts them back), so this is where a derived series is removed. Each
change is one edit pushed on the session's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.derive.derivations import stored_derivations
from app.domain.derive.lineage import refresh_edit, remove_derivation_edit
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.session import DeskSession

# str(): PySide6 types QT_TRANSLATE_NOOP as returning object; the mark gives the text
HEADERS = (
    str(QT_TRANSLATE_NOOP("derived_series_dialog", "Name")),
    str(QT_TRANSLATE_NOOP("derived_series_dialog", "Rule")),
    str(QT_TRANSLATE_NOOP("derived_series_dialog", "Output")),
    str(QT_TRANSLATE_NOOP("derived_series_dialog", "Figures")),
    str(QT_TRANSLATE_NOOP("derived_series_dialog", "Note")),
)


class DerivedSeriesDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("derived_series_dialog", "Derived series"))
        self.resize(900, 360)
        self.session = session
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [translate("derived_series_dialog", h) for h in HEADERS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.remove_button = QPushButton(translate("derived_series_dialog", "&Remove"))
        self.remove_button.setToolTip(
            translate("derived_series_dialog", "Remove the selected derived series and its figures")
        )
        self.recompute_button = QPushButton(translate("derived_series_dialog", "Re&compute all"))
        self.recompute_button.setToolTip(
            translate("derived_series_dialog", "Compute every derived series again from its inputs")
        )
        for b in (self.remove_button, self.recompute_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove_selected)
        self.recompute_button.clicked.connect(self.recompute)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        """One row per stored derivation, with how many figures it holds now."""
        store = self.session.store
        self._ids = []
        counts = store.observations["source_id"].value_counts()
        derivations = stored_derivations(store)
        self.table.setRowCount(len(derivations))
        for row, d in enumerate(derivations):
            self._ids.append(d.derivation_id)
            figures = int(counts.get(d.source_id, 0))
            cells = (
                d.name,
                d.rule(),
                f"{d.indicator} {d.reporter}–{d.partner} ({d.unit})",
                f"{figures:,}",
                d.note,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        for col in (0, 2):  # name and output read whole; the rule takes the rest
            self.table.resizeColumnToContents(col)
        if not derivations:
            self.message.setText(
                translate(
                    "derived_series_dialog",
                    "No derived series are stored. Edit > Derive series… adds one.",
                )
            )
        self.recompute_button.setEnabled(bool(derivations))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows else None

    def remove_selected(self) -> None:
        derivation_id = self.selected_id()
        if derivation_id is None:
            return
        try:
            edit = remove_derivation_edit(self.session.store, derivation_id)
        except ValueError as exc:  # another derivation reads its output
            self.message.setText(
                translate("derived_series_dialog", "Not removed: {error}.").format(error=exc)
            )
            return
        if self.session.push(edit):
            self.message.setText(
                translate("derived_series_dialog", "{change} (Ctrl+Z undoes it).").format(
                    change=edit.text
                )
            )
        self.fill()

    def recompute(self) -> None:
        try:
            edit = refresh_edit(self.session.store)
        except ValueError as exc:
            self.message.setText(
                translate("derived_series_dialog", "Not recomputed: {error}.").format(error=exc)
            )
            return
        if edit is None:
            self.message.setText(
                translate("derived_series_dialog", "Derived series are up to date.")
            )
        elif self.session.push(edit):
            self.message.setText(f"{edit.text}.")
        self.fill()
