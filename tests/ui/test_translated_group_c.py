"""Group C's files speak the desk's language: every string they show goes through Qt's
translation system (:mod:`app.qt.i18n`), in a form ``pyside6-lupdate`` extracts.

The scan reads the source with :mod:`ast`: a string literal (or an f-string with words in
it) handed to a call that shows text — ``setText``, ``setToolTip``, ``QLabel(…)``,
``addItem``, a message box, the message bus, header labels… — is a string nobody can
translate, and so is a sentence in a module-level table that is not marked with
``QT_TRANSLATE_NOOP``. It also checks that each ``translate`` names its module as context
and is written so that lupdate finds it (lupdate silently skips a call whose count is an
expression or a keyword). Two behaviour tests then install a small compiled Russian catalogue
and check that choices show translated titles while the data behind them stays the same.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.qt.i18n import compile_ts, lrelease_program
from app.services.desk import Desk

SRC = Path(__file__).resolve().parents[2] / "src" / "app"
FILES = [
    *(
        f"ui/{name}.py"
        for name in (
            "compare_panel",
            "compare_items",
            "compare_add",
            "pivot_panel",
            "derive_dialog",
            "derived_series_dialog",
            "view_dialog",
            "view_actions",
            "export_dialog",
            "export_indicators",
            "export_actions",
            "message_picker",
            "table_export",
            "briefing_tasks",
            "analysis_actions",
            "edit_actions",
            "pair_selector",
        )
    ),
    "qt/pivot_model.py",
    "qt/session.py",
    "qt/messages.py",
]
#: shown as they are, on purpose: the formula language's own words (a, b, sum(…))
NOT_TRANSLATED = {"a - b, a / b * 100, sum(a, b, c), a / b"}
#: method -> the positions of its text arguments (None: every argument)
SHOWS_TEXT: dict[str, tuple[int, ...] | None] = {
    "setText": None,
    "setToolTip": None,
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setPlaceholderText": (0,),
    "setPlainText": (0,),
    "setAccessibleName": (0,),
    "setLabelText": (0,),
    "showMessage": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addRow": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "setTabText": (1,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
}
#: widgets and items built with their text, and the panels' ``button(text, tip, slot)``
BUILT_WITH_TEXT: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QMenu": (0,),
    "QAction": (0,),
    "QDockWidget": (0,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "button": (0, 1),
    # these files' own helpers: a dock's title, a choice box's and a month box's tooltip,
    # a context menu entry's text and tip
    "_dock": (0,),
    "_combo": (1,),
    "MonthBox": (1,),
    "_action": (0, 1),
}
MESSAGE_BOX = {"question", "warning", "information", "critical", "about"}
BUS = {"info", "warning", "error"}
#: module-level tables whose entries are shown (titles, headers, legends, filters)
TABLE_NAME = re.compile(r"(HEADERS|TITLES|CHOICES|TARGETS|AGGREGATIONS|LEGEND|_TEXT|FILTER)$")
WORD = re.compile(r"[^\W\d_]{2,}")


def tree(name: str) -> ast.Module:
    return ast.parse((SRC / name).read_text(encoding="utf-8"), filename=name)


def is_call_to(node: ast.AST, *names: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id in names) or (
        isinstance(func, ast.Attribute) and func.attr in names
    )


def words_of(node: ast.AST) -> Iterator[str]:
    """The literal text in ``node`` a user would read untranslated (translated calls, and
    anything computed, yield nothing)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if WORD.search(node.value) and node.value not in NOT_TRANSLATED:
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if WORD.search(text):
            yield ast.unparse(node)
    elif isinstance(node, ast.BinOp):
        yield from words_of(node.left)
        yield from words_of(node.right)
    elif isinstance(node, ast.IfExp):
        yield from words_of(node.body)
        yield from words_of(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from words_of(element)


def text_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that a user reads, by what is called."""
    func, args = call.func, call.args
    positions: tuple[int, ...] | None = ()
    if isinstance(func, ast.Name):
        positions = BUILT_WITH_TEXT.get(func.id, ())
    elif isinstance(func, ast.Attribute):
        owner = ast.unparse(func.value)
        if owner == "QMessageBox" and func.attr in MESSAGE_BOX:
            positions = (1, 2)
        elif owner.split(".")[-1] == "bus" and func.attr in BUS:
            positions = (0,)
        elif func.attr in BUILT_WITH_TEXT:
            positions = BUILT_WITH_TEXT[func.attr]
        elif func.attr in SHOWS_TEXT:
            positions = SHOWS_TEXT[func.attr]
    if positions is None:
        return list(args)
    return [args[i] for i in positions if i < len(args)]


@pytest.mark.parametrize("name", FILES)
def test_every_shown_literal_is_translated(name: str) -> None:
    found = [
        f"{name}:{node.lineno}: {text!r}"
        for node in ast.walk(tree(name))
        if isinstance(node, ast.Call)
        for argument in text_arguments(node)
        for text in words_of(argument)
    ]
    assert not found, "untranslated text:\n" + "\n".join(found)


@pytest.mark.parametrize("name", FILES)
def test_tables_of_shown_strings_are_marked(name: str) -> None:
    """Titles in a module-level table are marked with QT_TRANSLATE_NOOP (their data, the
    lowercase codes beside them, is not); they are translated where shown."""
    found = []
    for statement in tree(name).body:
        targets = (
            statement.targets
            if isinstance(statement, ast.Assign)
            else [statement.target]
            if isinstance(statement, ast.AnnAssign)
            else []
        )
        if not any(isinstance(t, ast.Name) and TABLE_NAME.search(t.id) for t in targets):
            continue
        marked = {
            id(c)
            for call in ast.walk(statement)
            if is_call_to(call, "QT_TRANSLATE_NOOP")
            for c in ast.walk(call)
        }
        value = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign) else None
        for node in ast.walk(value or ast.Constant(None)):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in marked
                and node.value not in NOT_TRANSLATED
                and (node.value[:1].isupper() or " " in node.value)
            ):
                found.append(f"{name}:{node.lineno}: {node.value!r}")
    assert not found, "unmarked table strings:\n" + "\n".join(found)


def marked_names(module: ast.Module, context: str) -> set[str]:
    """Module-level names whose value holds strings marked with QT_TRANSLATE_NOOP."""
    return {
        t.id
        for s in module.body
        if isinstance(s, ast.Assign)
        and any(
            is_call_to(c, "QT_TRANSLATE_NOOP")
            and isinstance(c, ast.Call)
            and isinstance(c.args[0], ast.Constant)
            and c.args[0].value == context
            for c in ast.walk(s.value)
        )
        for t in s.targets
        if isinstance(t, ast.Name)
    }


def extraction_problems(call: ast.Call, stem: str, marked: set[str]) -> list[str]:
    """Why lupdate would miss ``call`` or file it under another context ([] if fine)."""
    context, text = [*call.args, ast.Constant(None), ast.Constant(None)][:2]
    out = []
    if not (isinstance(context, ast.Constant) and context.value == stem):
        out.append(f"the context is not {stem!r}")
    table = text.value if isinstance(text, ast.Subscript) else text
    if isinstance(table, ast.Name):
        if table.id.isupper() and table.id not in marked:
            out.append(f"{table.id} is not marked with QT_TRANSLATE_NOOP here")
    elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        out.append("the English is computed")
    count = call.args[3] if len(call.args) > 3 else None
    if call.keywords or (count is not None and not isinstance(count, ast.Name | ast.Constant)):
        out.append("lupdate cannot read this call (keyword or computed count)")
    return out


@pytest.mark.parametrize("name", FILES)
def test_translations_name_their_module_and_can_be_extracted(name: str) -> None:
    """Context = the module's stem; the English is a literal (or an entry of a table
    marked with QT_TRANSLATE_NOOP in the same context); a count is a plain name or number
    passed by position (lupdate silently drops a call whose count is an expression or a
    keyword); nothing is translated at import time, before the translator is installed."""
    module, stem = tree(name), Path(name).stem
    marked = marked_names(module, stem)
    problems = [
        f"{name}:{node.lineno}: {problem}"
        for node in ast.walk(module)
        if isinstance(node, ast.Call) and is_call_to(node, "translate", "QT_TRANSLATE_NOOP")
        for problem in extraction_problems(node, stem, marked)
    ]
    problems += [
        f"{name}:{node.lineno}: translated at import time"
        for statement in module.body
        if not isinstance(statement, ast.FunctionDef | ast.ClassDef)
        for node in ast.walk(statement)
        if isinstance(node, ast.Call) and is_call_to(node, "translate")
    ]
    assert not problems, "\n".join(problems)


# --- under a Russian catalogue ----------------------------------------------------------

RUSSIAN = {
    "pivot_panel": {
        "Indicators": "Показатели",
        "Pairs": "Пары",
        "Years": "Годы",
        "Rows": "Строки",
        "{caption}: {rows} rows × {periods} periods. {legend}": (
            "{caption}: строк — {rows}, периодов — {periods}. {legend}"
        ),
    },
    "pivot_model": {
        "⇄ sources disagree (tinted) · ※ a claim is checked against the figure · "
        "blue: target, plan or forecast · grey italics: derived": "⇄ источники расходятся",
    },
    "derive_dialog": {
        "sum": "сумма",
        "last": "последнее значение",
        "quarter": "квартал",
        "Derive a series": "Рассчитать ряд",
    },
    "message_picker": {"Pinned ({place})": "Закреплено ({place})"},
}


def _ts(catalogue: dict[str, dict[str, str]]) -> str:
    from xml.sax.saxutils import escape

    contexts = "".join(
        f"<context><name>{context}</name>"
        + "".join(
            f"<message><source>{escape(en)}</source><translation>{escape(ru)}</translation>"
            "</message>"
            for en, ru in messages.items()
        )
        + "</context>"
        for context, messages in catalogue.items()
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru_RU">{contexts}</TS>'
    )


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    if lrelease_program() is None:
        pytest.skip("no lrelease to compile a catalogue")
    ts, qm = tmp_path / "group_c_ru.ts", tmp_path / "group_c_ru.qm"
    ts.write_text(_ts(RUSSIAN), encoding="utf-8")
    assert compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_pivot_choices_are_translated_and_keep_their_data(
    qtbot: QtBot, russian: None, tiny_desk: Desk
) -> None:
    from app.qt.tasks import SyncTaskRunner
    from app.ui.message_picker import PINNED, state_text
    from app.ui.pivot_panel import PivotPanel

    panel = PivotPanel(SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.set_data(tiny_desk.store, ("CHN", "AZE"))
    rows = [(panel.rows_box.itemText(i), panel.rows_box.itemData(i)) for i in range(2)]
    assert rows == [("Показатели", "indicator"), ("Пары", "pair")]
    assert panel.frequency_box.currentText() == "Годы"
    assert panel.spec().rows == "indicator"
    assert panel.spec().frequency == "year"
    assert panel.status.text().startswith("CHN–AZE, calendar years: строк — 2, периодов — 3.")
    assert panel.status.text().endswith("⇄ источники расходятся")
    assert state_text(PINNED, 2) == "Закреплено (2)"


def test_derive_parameters_stay_codes_under_translated_titles(
    qtbot: QtBot, russian: None, tiny_desk: Desk
) -> None:
    from app.ui.derive_dialog import DeriveDialog

    dialog = DeriveDialog(tiny_desk.store, ("CHN", "AZE"), indicator="trade_turnover")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Рассчитать ряд"
    dialog.kind.setCurrentIndex(dialog.kind.findData("convert"))
    assert dialog.how.currentText() == "сумма"  # a flow: the sum of its months
    dialog.target.setCurrentIndex(dialog.target.findData("quarter"))
    assert dialog.target.currentText() == "квартал"
    assert dialog.params() == {"to": "quarter", "how": "sum"}
