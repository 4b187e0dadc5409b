"""The indicator catalogue as a tree: topic -> indicator, with observation counts.

The catalogue is small (hundreds to a few thousand indicators), so a QStandardItemModel
rebuilt on change is the simplest correct adapter; counts come from one value_counts on
the category codes of the current selection. Indicator rows can be dragged (onto the
comparison chart): they carry their codes as :data:`INDICATOR_MIME`, one per line.

Names and topics are shown in the desk's language: the bundled catalogue's names are in the
gettext catalogue the briefings use (context "indicator", :mod:`app.services.i18n`); a name
the user gave stays as given. The search box matches the shown name, the English name and
the code (:data:`SEARCH_ROLE`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.domain.selection import code_counts
from app.qt.i18n import LANGUAGES, QT_TRANSLATE_NOOP, current_language, translate
from app.services.i18n import translator

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: what the search box matches: shown name, English name and code, one per line
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: the stored topic of a topic row and of its indicators ("Trade", whatever is shown)
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 3
#: what a dragged catalogue entry carries: indicator codes, UTF-8, one per line
INDICATOR_MIME = "application/x-corridor-indicator"
#: a topic's cells: selectable, not editable, dragged or dropped on
_TOPIC_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
#: an indicator's cells drag its code
_INDICATOR_FLAGS = _TOPIC_FLAGS | Qt.ItemFlag.ItemIsDragEnabled


#: the kinds of indicator, as the catalogue stores them, with their words
KIND_WORDS = {
    "flow": QT_TRANSLATE_NOOP("catalogue_model", "flow"),
    "stock": QT_TRANSLATE_NOOP("catalogue_model", "stock"),
    "rate": QT_TRANSLATE_NOOP("catalogue_model", "rate"),
    "count": QT_TRANSLATE_NOOP("catalogue_model", "count"),
}


def _locale(language: str | None) -> str:
    return LANGUAGES.get(language or current_language(), LANGUAGES["en"])[1]


def indicator_display_name(name: str, language: str | None = None) -> str:
    """An indicator's name in the desk's language (as stored when it has no translation:
    the names users give stay theirs)."""
    return translator(_locale(language)).pgettext("indicator", name) if name else name


def topic_display_name(topic: str, language: str | None = None) -> str:
    """A catalogue topic in the desk's language (as stored when it is not a known one)."""
    from app.services.briefing.phrases import TOPIC_WORDS  # the briefing: not at start-up

    if topic not in TOPIC_WORDS:
        return topic
    return translator(_locale(language)).gettext(TOPIC_WORDS[topic])


def kind_word(kind: str) -> str:
    """flow / stock / rate / count in the desk's language (as stored if unknown)."""
    return translate("catalogue_model", str(KIND_WORDS[kind])) if kind in KIND_WORDS else kind


def indicator_mime(codes: list[str]) -> QMimeData:
    """Drag data of indicator ``codes`` (also plain text, for other applications)."""
    data = QMimeData()
    data.setData(INDICATOR_MIME, "\n".join(codes).encode("utf-8"))
    data.setText("\n".join(codes))
    return data


def indicator_codes(data: QMimeData) -> list[str]:
    """The indicator codes a drop carries ([] when it is not a catalogue drag)."""
    if not data.hasFormat(INDICATOR_MIME):
        return []
    text = bytes(data.data(INDICATOR_MIME).data()).decode("utf-8")
    return [code for code in text.split("\n") if code]


class CatalogueModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [translate("catalogue_model", "Indicator"), translate("catalogue_model", "Figures")]
        )
        # indicator rows drag; topics do not; nothing is dropped onto the catalogue: set on
        # the items when they are made (a flags() override ran in Python for every cell
        # each time the tree painted, ~300 calls a repaint)
        self.invisibleRootItem().setDropEnabled(False)

    def mimeTypes(self) -> list[str]:
        return [INDICATOR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The codes of the dragged indicator rows, each once, in order."""
        codes = [str(i.siblingAtColumn(0).data(CODE_ROLE) or "") for i in indexes]
        return indicator_mime([c for c in dict.fromkeys(codes) if c])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def rebuild(
        self, indicators: pd.DataFrame, observations: pd.DataFrame, at: np.ndarray | None = None
    ) -> None:
        """The catalogue's indicators under their topics, each with its count of figures
        at the rows ``at`` (positions or a mask of ``observations``; None for all)."""
        counts = code_counts(observations["indicator"], at) if len(observations) else {}
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        known = set(indicators["code"]) if len(indicators) else set()
        extra = sorted(str(c) for c in set(counts) - known)
        rows = (
            indicators[["code", "name", "topic", "unit", "kind", "description"]].fillna("")
            if len(indicators)
            else pd.DataFrame(columns=["code", "name", "topic", "unit", "kind", "description"])
        )
        if extra:
            rows = pd.concat(
                [
                    rows,
                    pd.DataFrame(
                        {
                            "code": extra,
                            "name": extra,
                            "topic": "Other",
                            "unit": "",
                            "kind": "",
                            "description": "",
                        }
                    ),
                ],
                ignore_index=True,
            )
        rows["topic"] = rows["topic"].astype(str).replace("", "Other")  # a topic nobody gave
        shown = {str(t): topic_display_name(str(t)) for t in rows["topic"].unique()}
        for topic, group in sorted(rows.groupby("topic"), key=lambda t: shown[str(t[0])]):
            total = sum(counts.get(str(c), 0) for c in group["code"])
            top = QStandardItem(shown[str(topic)])
            top.setData(f"{shown[str(topic)]}\n{topic}", SEARCH_ROLE)
            top.setData(str(topic), TOPIC_ROLE)
            top_count = QStandardItem(str(total))
            for item in (top, top_count):
                item.setFlags(_TOPIC_FLAGS)
            names = [indicator_display_name(str(n)) for n in group["name"]]
            for name, r in sorted(
                zip(names, group.itertuples(index=False), strict=True), key=lambda t: t[0]
            ):
                top.appendRow(self._indicator_row(name, r, counts.get(str(r.code), 0)))
            self.appendRow([top, top_count])
        self.blockSignals(False)
        self.endResetModel()

    @staticmethod
    def _indicator_row(name: str, r: Any, count: int) -> list[QStandardItem]:
        """The name (tooltip: code, kind, unit, description) and figure count of one
        indicator; both carry the code, so either column drags it."""
        item = QStandardItem(name)
        item.setData(str(r.code), CODE_ROLE)
        item.setData(f"{name}\n{r.name}\n{r.code}", SEARCH_ROLE)
        item.setData(str(r.topic), TOPIC_ROLE)
        item.setToolTip(f"{r.code} — {kind_word(str(r.kind))}, {r.unit}\n{r.description}".strip())
        n = QStandardItem(str(count))
        n.setData(str(r.code), CODE_ROLE)
        for cell in (item, n):
            cell.setFlags(_INDICATOR_FLAGS)
        if not count:
            item.setForeground(Qt.GlobalColor.gray)
        return [item, n]


class CatalogueFilter(QSortFilterProxyModel):
    """Search box filter: keeps topics whose indicators match (small tree only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
        self.setFilterRole(SEARCH_ROLE)
