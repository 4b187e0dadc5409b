"""The indicator catalogue: a searchable tree, topic -> indicator, with figure counts.

Indicators can be dragged onto the comparison chart (the model offers their codes as
:data:`app.qt.catalogue_model.INDICATOR_MIME`), or sent there with "Add to comparison"
from the context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.qt.catalogue_model import CODE_ROLE, CatalogueFilter, CatalogueModel


class CataloguePanel(QWidget):
    #: an indicator was chosen: (code, name)
    indicator_chosen = Signal(str, str)
    #: "Add to comparison" on an indicator: its code
    compare_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search indicators…")
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
        """The menu of an indicator row (None on a topic or empty space)."""
        code = index.siblingAtColumn(0).data(CODE_ROLE) if index.isValid() else None
        if not code:
            return None
        menu = QMenu(self)
        add = menu.addAction("Add to comparison")
        add.setToolTip("Draw this indicator for the current pair on the comparison chart")
        add.triggered.connect(lambda _checked=False: self.compare_requested.emit(str(code)))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

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
