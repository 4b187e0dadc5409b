"""The indicator catalogue: a searchable tree, topic -> indicator, with figure counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.qt.catalogue_model import CODE_ROLE, CatalogueFilter, CatalogueModel


class CataloguePanel(QWidget):
    #: an indicator was chosen: (code, name)
    indicator_chosen = Signal(str, str)

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
