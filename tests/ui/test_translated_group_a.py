"""The fetch, import, refresh, server, restore and crash dialogs speak through the catalogue.

A scan of the source (``ast``, no Qt needed): every string literal handed to a call that puts
words on the screen (setText, setToolTip, QLabel(…), QPushButton(…), addItem, addRow, the
message bus, QMessageBox, QFileDialog titles and filters, …) must be wrapped in
``translate("<file stem>", …)``; literals without letters (punctuation, "") and the few
codes and names listed in :data:`KEPT` pass. f-strings and "+" sentences with words fail:
a sentence is one catalogue message with {placeholders}. The scan also keeps the catalogue
extractable: each file's context is its stem, the English is a literal (not an f-string), and
a plural's count is a plain name or number (``pyside6-lupdate`` drops the message when the
count is a call such as ``len(rows)``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.qt.import_preview_model import DUPLICATE_WORDS, duplicate_choices
from app.services.importers.plan import DUPLICATE_CHOICES

SRC = Path(__file__).resolve().parents[2] / "src" / "app"
FILES = [
    *(
        SRC / "ui" / f"{stem}.py"
        for stem in (
            "fetch_form",
            "fetch_options",
            "fetch_dialog",
            "fetch_actions",
            "portal_parts",
            "sdmx_browser",
            "refresh_dialog",
            "server_dialog",
            "option_form",
            "import_dialog",
            "import_units",
            "live_updates",
            "restore_dialog",
            "crash_dialog",
            "workspace_actions",
            "advice",
        )
    ),
    SRC / "qt" / "import_preview_model.py",
    SRC / "qt" / "crash.py",
    SRC / "qt" / "tasks.py",
]

#: methods whose string arguments are shown to the user
SHOWN_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setInformativeText",
    "setDetailedText",
    "setTitle",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "addItem",
    "addItems",
    "addRow",
    "addButton",
    "addTab",
    "showMessage",
    # the message bus (status bar, error dialog)
    "info",
    "warning",
    "error",
    # QFileDialog's titles and filters
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
#: constructors and helpers whose string arguments are shown
SHOWN_CALLS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMessageBox",
    "titled",
    "label",
    "line_edit",
    "Checklist",
    "CrashDialog",
}
#: codes and names shown as they are in every language
KEPT = {"ISO3", "NY.GDP.MKTP.CD, NY.GNP.PCAP.CD"}

_PLACEHOLDER = re.compile(r"\{\w*\}|<[^>]+>|%L?n")
_LETTER = re.compile(r"[^\W\d_]")


def has_words(text: str) -> bool:
    """Whether ``text`` has letters once placeholders and HTML tags are taken out."""
    return text not in KEPT and bool(_LETTER.search(_PLACEHOLDER.sub("", text)))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_message_box(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
    )


def bare_words(node: ast.AST) -> list[str]:
    """The unwrapped literals with words in an argument: a string, an f-string's text, either
    side of "+", either branch of a conditional, the items of a list or tuple. A call (such
    as translate(…) or its .format(…)) is where the words are wrapped, so it is not entered."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [ast.unparse(node)] if has_words(text) else []
    if isinstance(node, ast.BinOp):
        return bare_words(node.left) + bare_words(node.right)
    if isinstance(node, ast.IfExp):
        return bare_words(node.body) + bare_words(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [w for item in node.elts for w in bare_words(item)]
    return []


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


def unwrapped(path: Path) -> list[str]:
    """'line: literal' for every shown literal of ``path`` not wrapped in translate()."""
    found = []
    for call in _calls(path):
        name = _name(call.func)
        if name not in SHOWN_METHODS | SHOWN_CALLS and not _is_message_box(call.func):
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            found += [f"{call.lineno}: {name}({words!r})" for words in bare_words(arg)]
    return found


def catalogue_mistakes(path: Path) -> list[str]:
    """Calls lupdate would miss or file under another context."""
    found = []
    for call in _calls(path):
        name = _name(call.func)
        if name not in ("translate", "QT_TRANSLATE_NOOP") or not call.args:
            continue
        where = f"{path.name}:{call.lineno}"
        context = call.args[0]
        if not (isinstance(context, ast.Constant) and context.value in (path.stem, "actions")):
            found.append(f"{where}: context is not {path.stem!r}: {ast.unparse(context)}")
        if len(call.args) > 1 and isinstance(call.args[1], ast.JoinedStr):
            found.append(f"{where}: the English is an f-string: {ast.unparse(call.args[1])}")
        if len(call.args) > 3 and not isinstance(call.args[3], ast.Name | ast.Constant):
            found.append(f"{where}: the count is not a plain name: {ast.unparse(call.args[3])}")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_shown_literal_goes_through_the_catalogue(path: Path) -> None:
    assert unwrapped(path) == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_catalogue_can_extract_every_message(path: Path) -> None:
    assert catalogue_mistakes(path) == []


def test_the_scan_finds_what_it_guards_against(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Nothing was fetched.')\n"
        "QPushButton(f'Refresh {n} queries')\n"
        "bus.info('Opened ' + path)\n"
        "box.addItem(translate('sample', 'Annual'))\n"
        "box.addItem(f'{translate(\"sample\", name)} ({code})')\n"
        "edit.setPlaceholderText('ISO3')\n"
        "label.setText(' — ')\n"
        "translate('other', 'Wrong context')\n"
        "translate('sample', 'Lost by lupdate: %n rows', '', len(rows))\n",
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in unwrapped(sample)] == ["1", "2", "3"]
    assert len(catalogue_mistakes(sample)) == 2


def test_the_dialogs_offer_every_way_to_handle_stored_figures_in_order() -> None:
    assert [mode for _text, mode in DUPLICATE_WORDS] == [mode for _t, mode in DUPLICATE_CHOICES]
    assert [text for text, _mode in duplicate_choices()] == [t for t, _m in DUPLICATE_CHOICES]
