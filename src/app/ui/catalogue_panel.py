"""The indicator catalogue: a searchable tree, topic -> indicator, with figure counts.

Indicators can be dragged onto the comparison chart (the model offers their codes as
:data:`app.qt.catalogue_model.INDICATOR_MIME`), or sent there with "Add to comparison"
from the context menu. Given the session, the panel also creates and changes indicators
("New indicator…", "Edit indicator…" in the context menu, F2 on the current one) through
:class:`app.ui.indicator_dialog.IndicatorDialog`; the edit goes on the undo stack, and the
window rebuilds the tree when the session says the catalogue changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.qt.catalogue_model import CODE_ROLE, TOPIC_ROLE, CatalogueFilter, CatalogueModel
from app.qt.i18n import translate

if TYPE_CHECKING:
    from app.qt.session import DeskSession


class CataloguePanel(QWidget):
    #: an indicator was chosen: (code, name)
    indicator_chosen = Signal(str, str)
    #: "Add to comparison" on an indicator: its code
    compare_requested = Signal(str)

    def __init__(self, session: DeskSession | None = None, parent: QWidget | None = None) -> None:
        """``session``: where new and changed indicators go (None: the catalogue is only
        browsed, and its menu offers no editing)."""
        super().__init__(parent)
        self.session = session
        self.model = CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("catalogue_panel", "Search indicators…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._chosen)
        # drag an indicator onto the comparison chart; the catalogue takes no drops
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        if session is not None:
            rename = QAction(self.tree)
            rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
            rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            rename.triggered.connect(lambda _checked=False: self.edit_current())
            self.tree.addAction(rename)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _chosen(self, index: QModelIndex, _prev: QModelIndex) -> None:
        code = index.siblingAtColumn(0).data(CODE_ROLE)
        if code:
            self.indicator_chosen.emit(str(code), str(index.siblingAtColumn(0).data()))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of an indicator row: Add to comparison and, with a session, Edit and
        New; of a topic or empty space: New (in that topic). None when there is nothing."""
        code = index.siblingAtColumn(0).data(CODE_ROLE) if index.isValid() else None
        if not code and self.session is None:
            return None
        menu = QMenu(self)
        if code:
            add = menu.addAction(translate("catalogue_panel", "Add to comparison"))
            add.setToolTip(
                translate(
                    "catalogue_panel",
                    "Draw this indicator for the current pair on the comparison chart",
                )
            )
            add.triggered.connect(lambda _checked=False: self.compare_requested.emit(str(code)))
        if self.session is None:
            return menu
        if code:
            menu.addSeparator()
            edit = menu.addAction(translate("catalogue_panel", "Edit indicator…"))
            edit.triggered.connect(lambda _checked=False: self.edit_indicator(str(code)))
        new = menu.addAction(translate("catalogue_panel", "New indicator…"))
        topic = str(index.siblingAtColumn(0).data(TOPIC_ROLE) or "") if index.isValid() else ""
        new.triggered.connect(lambda _checked=False: self.new_indicator(topic))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # --- creating and changing indicators ---------------------------------------------

    def new_indicator(self, topic: str = "") -> bool:
        """Ask for a new indicator (starting in ``topic``) and add it; True when added.
        The new indicator becomes the current one, ready for its first figure."""
        return self._save(None, topic)

    def edit_indicator(self, code: str) -> bool:
        """Change ``code``'s name, unit, kind, topic or description; True when changed."""
        return self._save(code, "")

    def edit_current(self) -> bool:
        code = self.tree.currentIndex().siblingAtColumn(0).data(CODE_ROLE)
        return self.edit_indicator(str(code)) if code else False

    def _save(self, code: str | None, topic: str) -> bool:
        from app.ui.indicator_dialog import IndicatorDialog

        if self.session is None:
            return False
        dialog = IndicatorDialog(self.session.store, code or "", topic, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.edit is None:
            return False
        saved = str(dialog.edit.after["code"].iloc[0])
        if not self.session.push(dialog.edit):
            return False
        self.select_code(saved)
        return True

    def select_code(self, code: str) -> bool:
        for r in range(self.proxy.rowCount()):
            top = self.proxy.index(r, 0)
            for c in range(self.proxy.rowCount(top)):
                idx = self.proxy.index(c, 0, top)
                if idx.data(CODE_ROLE) == code:
                    self.tree.expand(top)
                    self.tree.setCurrentIndex(idx)
                    return True
        return False
