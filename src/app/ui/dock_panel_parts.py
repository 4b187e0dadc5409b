"""Parts the record dock panels share (the Projects and the Claims views): the filter
boxes and buttons, the choices of codes shown as words (their dialogs' too), the record
table's set-up and selection, the details browser with its figure links, the details' HTML
pieces and the copy of rows as tab-separated text; and the two pieces the import, fetch and
refresh dialogs lay out with (a titled box, a row table)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import qualified_quantity
from app.qt.catalogue_model import indicator_display_name
from app.qt.i18n import translate

#: a filter box's "any" choice
ANY = ""


# --- widgets ----------------------------------------------------------------------------


def filter_box(any_text: str, items: Iterable[tuple[str, str]] = ()) -> QComboBox:
    """A combo box of ``(text, data)`` choices after an "any" one (data :data:`ANY`); the
    texts come translated, the data are the codes filtered on."""
    box = QComboBox()
    box.addItem(any_text, ANY)
    for text, data in items:
        box.addItem(text, data)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def code_box(
    codes: Iterable[str], shown: Callable[[str], str], current: str = "", add_missing: bool = False
) -> QComboBox:
    """A choice of codes shown as words in the desk's language (``shown(code)``); each item's
    data is its code, what a form reads back (``currentData``). ``current`` is selected; when
    no item has it, it is added (``add_missing``) or the first item stays selected."""
    box = QComboBox()
    for code in codes:
        box.addItem(shown(code), code)
    if current and box.findData(current) < 0 and add_missing:
        box.addItem(shown(current), current)
    select_code(box, current)
    return box


def select_code(box: QComboBox, code: str) -> None:
    """Select the item of ``code`` (the selection stays when no item has it)."""
    index = box.findData(code) if code else -1
    if index >= 0:
        box.setCurrentIndex(index)


def button(text: str, tip: str, slot: Callable[[], object] | None = None) -> QPushButton:
    """A push button with a tooltip (calling ``slot`` when clicked, if given); the caller
    translates both texts in its own context."""
    out = QPushButton(text)
    out.setToolTip(tip)
    if slot is not None:
        out.clicked.connect(lambda _checked=False: slot())
    return out


def setup_record_view(
    view: QTableView, model: QAbstractItemModel, widths: Sequence[int], stretch_last: bool
) -> None:
    """A read-only table of whole-row, extended selection, compact rows, given widths."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    for i, width in enumerate(widths):
        header.resizeSection(i, width)


class ProjectTableView(QTableView):
    """A record table that takes Delete and Ctrl+C before the window's actions do, while
    it has the focus."""

    delete_pressed = Signal()
    copy_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_pressed.emit()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Delete) or event.matches(
            QKeySequence.StandardKey.Copy
        )


def selected_rows(view: QTableView) -> list[int]:
    """The rows with a selection, top to bottom."""
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def details_browser(on_obs: Callable[[int], object]) -> QTextBrowser:
    """A details pane whose ``obs:<id>`` links call ``on_obs(id)`` (other links do nothing)."""
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.anchorClicked.connect(lambda url: _obs_link(url, on_obs))
    return browser


def _obs_link(url: QUrl, on_obs: Callable[[int], object]) -> None:
    text = url.toString()
    if text.startswith("obs:") and text[4:].isdigit():
        on_obs(int(text[4:]))


def copy_rows(model: QAbstractItemModel, rows: Sequence[int], titles: Sequence[str]) -> str:
    """``rows`` of ``model`` as tab-separated text with a header, also on the clipboard."""
    if not rows:
        return ""
    lines = ["\t".join(titles)]
    for r in rows:
        cells = (model.data(model.index(r, c)) or "" for c in range(len(titles)))
        lines.append("\t".join(str(t).replace("\t", " ").replace("\n", " ") for t in cells))
    text = "\n".join(lines)
    QGuiApplication.clipboard().setText(text)
    return text


# --- details HTML -----------------------------------------------------------------------


def section(title: str, items: list[str], none: str | None = None) -> str:
    """A titled list, or the title with ``none`` (default: "none" in the desk's language)
    when there are no items. ``title`` and ``none`` come translated."""
    if not items:
        empty = translate("dock_panel_parts", "none") if none is None else none
        return f"<p><b>{title}</b>: <i>{empty}</i></p>"
    return f"<p><b>{title}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"


def figure_words(r: Mapping[Any, Any], names: Mapping[str, str]) -> tuple[str, str, str]:
    """A figure's indicator name (in the desk's language), value and who reported it to
    whom, each escaped: ``("Exports", "240 MW", "AZE → CHN")``."""
    value = qualified_quantity(float(r["value"]), str(r["unit"]), str(r["qualifier"]))
    code = str(r["indicator"])
    name = indicator_display_name(names[code]) if code in names else code
    who = " → ".join(c for c in (str(r["reporter"]), str(r["partner"])) if c)
    return html.escape(name), html.escape(value), html.escape(who)


def obs_link(obs_id: int) -> str:
    return f"<a href='obs:{obs_id}'>#{obs_id}</a>"


def titled(title: str, widget: QWidget) -> QWidget:
    """``widget`` in a box with ``title``."""
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def rows_table(model: QAbstractItemModel, row_height: int | None = None) -> QTableView:
    """A read-only table of ``model`` that selects whole rows, its last column stretched."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    return view
