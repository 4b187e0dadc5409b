"""The desk in four languages: catalogues complete, and the window in Russian (and the other
two) has no English string left, checked by walking every widget's text."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from app.main import create_main_window
from app.qt.i18n import LANGUAGES, catalogue_file, install_translators, remove_translators
from app.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]

#: words that stay as they are in every language: names, codes, formats, units
KEEP = {
    "corridor", "csv", "xlsx", "xls", "ods", "json", "sdmx", "pdf", "docx", "html", "md",
    "svg", "png", "tsv", "usd", "eur", "azn", "cny", "rub", "try", "mw", "kwh", "gwh", "yoy",
    "ytd", "postgresql", "duckdb", "url", "iso", "comtrade", "eurostat", "wdi", "databank",
    "imf", "oecd", "unctad", "ecb", "bis", "ctrl", "shift", "alt", "del", "esc", "pgup",
    "pgdn", "json-stat", "ilo", "fao", "who", "undp", "pdf/a", "utc", "ascii",
}  # fmt: skip
#: words of a language that are also English words ("may", the month, in Azerbaijani)
KEEP_IN = {"az": {"may"}, "ru": set(), "zh": set()}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
_TAGS = re.compile(r"<[^>]+>")
_HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture(params=["ru", "az", "zh"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    installed = install_translators(app, request.param)  # type: ignore[arg-type]
    yield request.param
    remove_translators(app, installed)  # type: ignore[arg-type]


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a user can read on ``widget`` itself."""
    name = f"{type(widget).__name__} {widget.objectName()!r}"
    if widget.toolTip():
        yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QDockWidget) or widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield f"{name} text", widget.text()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab {i}", widget.tabText(i)
    elif isinstance(widget, QMenu):
        yield f"{name} title", widget.title()
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for i in range(model.columnCount()):
            yield f"{name} header {i}", str(model.headerData(i, _HORIZONTAL) or "")


def english_left(text: str, english: set[str]) -> list[str]:
    """The English words ``text`` still has (HTML and accelerators removed)."""
    plain = html.unescape(_TAGS.sub(" ", text)).replace("&", "")
    return [w for w in _WORD.findall(plain) if w.lower() in english]


def english_words(language: str) -> set[str]:
    """Words of the desk's English strings that no translation into ``language`` uses
    (Azerbaijani is written in Latin letters too, so "English" means these words)."""
    suffix = LANGUAGES[language][2]
    tree = ET.parse(ROOT / "resources" / "translations" / f"corridor_{suffix}.ts")
    sources: set[str] = set()
    translated: set[str] = set()
    for message in tree.getroot().iter("message"):
        sources.update(w.lower() for w in _WORD.findall(message.findtext("source") or ""))
        for node in message.iter("translation"):
            for text in [node.text or "", *(f.text or "" for f in node.iter("numerusform"))]:
                translated.update(w.lower() for w in _WORD.findall(text))
    return sources - translated - KEEP - KEEP_IN[language]


def _data_words(desk: Desk) -> set[str]:
    """Words of the data the window shows as it is (indicator codes, sources, places)."""
    store = desk.store
    words: set[str] = set()
    frames = [store.sources.astype(str), store.indicators[["code"]].astype(str)]
    for frame in frames:
        for column in frame.columns:
            for value in frame[column].unique():
                words.update(w.lower() for w in _WORD.findall(str(value)))
    for column in ("reporter", "partner", "unit", "subject"):
        for value in store.observations[column].astype(str).unique():
            words.update(w.lower() for w in _WORD.findall(value))
    return words


def test_catalogues_are_complete_and_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_ui_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_catalogue_compiles_and_loads(code: str) -> None:
    qm = catalogue_file(code)
    assert qm is not None
    assert qm.stat().st_size > 1000


def test_window_has_no_untranslated_string(
    qtbot, language: str, seeded_desk: Desk, tmp_path: Path
) -> None:
    assert QLocale().name().startswith(LANGUAGES[language][1][:2])
    window = create_main_window(seeded_desk, str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    made = (window.analysis.compare, window.analysis.pivot)  # made on first show: now
    assert all(p.parent() is not None for p in made)  # in their docks, walked below
    window.projects_dock.show()  # the roll-up of the hidden dock is made when shown
    english = english_words(language) - _data_words(seeded_desk)
    left: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QTextBrowser):
            continue  # a figure's source: data, in the language it was published in
        for where, text in _texts(widget):
            words = english_left(text, english)
            if words:
                left.append(f"{where}: {text!r} ({', '.join(words)})")
    for action in window.findChildren(type(window.actions_by_id["file.open"])):
        for kind, text in (
            ("text", action.text()),
            ("tip", action.statusTip()),
            ("tooltip", action.toolTip()),
        ):
            words = english_left(text, english)
            if words:
                left.append(f"action {action.objectName() or action.text()!r} {kind}: {text!r}")
    assert not left, f"{len(left)} untranslated in {language}:\n" + "\n".join(sorted(set(left)))
    # the start-up window's words come from the same catalogue
    assert QCoreApplication.translate("main", "Opening the workspace…") != (
        "Opening the workspace…"
    )
