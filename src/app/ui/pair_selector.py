"""Country pair selector: two searchable combo boxes of ISO 3166 countries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from app.domain.countries import all_countries
from app.qt.i18n import current_language, translate
from app.qt.table_text import place_name


def _by_name(item: tuple[str, str]) -> str:
    return item[1].casefold()


def _combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    language = current_language()
    countries = all_countries()
    if language != "en":  # names in the desk's language (CLDR), in that language's order
        countries = sorted(((c, place_name(c, language)) for c, _n in countries), key=_by_name)
    for code, name in countries:
        box.addItem(f"{name} ({code})", code)
    completer = box.completer()
    if completer is not None:  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setMinimumContentsLength(18)
    return box


class PairSelector(QWidget):
    #: (a, b) alpha-3 codes; both directions are shown
    pair_changed = Signal(str, str)

    def __init__(self, a: str = "CHN", b: str = "AZE", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _combo(self)
        self.second = _combo(self)
        self.first.setToolTip(
            translate("pair_selector", "First country of the pair (figures in both directions)")
        )
        self.second.setToolTip(translate("pair_selector", "Second country of the pair"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(translate("pair_selector", "Pair:")))
        layout.addWidget(self.first)
        layout.addWidget(QLabel("⇄"))
        layout.addWidget(self.second)
        self.set_pair(a, b)
        self.first.currentIndexChanged.connect(self._emit)
        self.second.currentIndexChanged.connect(self._emit)

    def set_pair(self, a: str, b: str) -> None:
        for box, code in ((self.first, a), (self.second, b)):
            i = box.findData(code)
            if i >= 0:
                box.setCurrentIndex(i)

    def pair(self) -> tuple[str, str]:
        return str(self.first.currentData()), str(self.second.currentData())

    def _emit(self) -> None:
        a, b = self.pair()
        if a and b:
            self.pair_changed.emit(a, b)
