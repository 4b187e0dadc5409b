"""The projects, claims, events and extraction views speak the desk's language.

Two guards. A scan of the source (ast): every text literal handed to a widget, a message box,
the message bus or a header table is wrapped in ``translate``/``QT_TRANSLATE_NOOP`` with the
module's own context, so ``pyside6-lupdate`` finds it (names, codes and formats excepted).
And a run with a translator that marks every message of these contexts ("⟦…⟧"): the panels,
dialogs and table models built under it show no English outside the marks, so no text
reaches the screen without passing through the catalogue (vocabularies included).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from tests.conftest import TEST_DATA

from app.domain.store import ObservationStore
from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.tasks import SyncTaskRunner
from app.services.desk import Desk

SEED_ITEM = TEST_DATA / "claims" / "seed-press-2025-12-25-china-azerbaijan.txt"
SRC = Path(__file__).resolve().parents[2] / "src" / "app"
FILES = [
    *(
        SRC / "ui" / f"{stem}.py"
        for stem in (
            "project_dialog",
            "project_form",
            "project_details",
            "projects_panel",
            "project_actions",
            "event_dialog",
            "claim_dialog",
            "claims_panel",
            "claim_actions",
            "extract_dialog",
            "dock_panel_parts",
        )
    ),
    *(
        SRC / "qt" / f"{stem}.py"
        for stem in (
            "claim_model",
            "project_model",
            "record_table_model",
            "candidate_model",
            "extract_models",
        )
    ),
]
#: contexts of these files, and the shared vocabularies they show (event types, qualifiers,
#: statuses, claim verdicts)
CONTEXTS = {f.stem for f in FILES} | {"event_painter", "table_text", "columns"}

#: calls whose text arguments the user reads (any receiver)
VISIBLE_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setHtml",
    "addItem",
    "addItems",
    "insertItem",
    "addTab",
    "setTabText",
    "addRow",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QAction",
    # this package's helpers that put their arguments on screen
    "button",
    "filter_box",
    "titled",
    "section",
    "_RowList",
}
#: receivers whose methods show their arguments (QMessageBox.question, bus.info …)
VISIBLE_RECEIVERS = {"QMessageBox", "QInputDialog", "QFileDialog", "bus"}
#: argument positions that are text in calls of this package's table helpers
TEXT_POSITIONS = {"_field": (1,), "ProjectColumn": (0,)}
#: module- and class-level tables of shown words: their values are marked
WORD_TABLES = {
    "HEADERS",
    "ROLLUP_HEADERS",
    "WORDS",
    "TYPE_WORDS",
    "STATUS_WORDS",
    "VERDICT_MARKS",
    "CHOICE_WORDS",
    "EVENT_TYPE_WORDS",
    "DECISIONS",
}
#: text that stays as it is in every language: codes, units, symbols
ALLOWED = {"MW", "GW", "MWh", "USD", "EUR", "CNY", "AZN", "CHN", "AZE", "%"}
WRAPPERS = {"translate", "QT_TRANSLATE_NOOP"}
_TAG = re.compile(r"<[^>]+>|\{[^}]*\}|&\w+;")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _receiver(func: ast.expr) -> str:
    if not isinstance(func, ast.Attribute):
        return ""
    value = func.value
    while isinstance(value, ast.Attribute) and value.attr not in VISIBLE_RECEIVERS:
        value = value.value
    return _name(value)


def _has_words(text: str) -> bool:
    plain = _TAG.sub(" ", text).strip()
    return bool(re.search(r"[A-Za-z]", plain)) and plain not in ALLOWED


def bare_texts(node: ast.AST) -> Iterator[ast.AST]:
    """The text literals in ``node`` that reach the screen without a translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        pieces = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _has_words(pieces):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from bare_texts(node.left)
        yield from bare_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from bare_texts(node.body)
        yield from bare_texts(node.orelse)
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from bare_texts(element)
    elif isinstance(node, ast.Starred):
        yield from bare_texts(node.value)
    # a call (translate(...), .format(...), words(code)) answers its own text


def _visible(call: ast.Call) -> bool:
    return _name(call.func) in VISIBLE_CALLS or _receiver(call.func) in VISIBLE_RECEIVERS


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    if name in TEXT_POSITIONS:
        return [call.args[i] for i in TEXT_POSITIONS[name] if i < len(call.args)]
    if name in ("addItem", "insertItem") and len(call.args) > 1:
        return call.args[:-1]  # the last is the item's data (a code)
    if _visible(call):
        return [*call.args, *(k.value for k in call.keywords)]
    return []


def _loop_texts(loop: ast.For) -> Iterator[ast.AST]:
    """Texts of a literal table looped over whose names reach a visible call:
    ``for label, w in (("Name", box), …): form.addRow(label, w)``."""
    if not isinstance(loop.iter, (ast.Tuple, ast.List)):
        return
    targets = loop.target.elts if isinstance(loop.target, ast.Tuple) else [loop.target]
    names = [t.id if isinstance(t, ast.Name) else "" for t in targets]
    shown = {
        a.id
        for node in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
        if isinstance(node, ast.Call) and _visible(node)
        for a in _shown_arguments(node)
        if isinstance(a, ast.Name)
    }
    for row in loop.iter.elts:
        cells = row.elts if isinstance(row, ast.Tuple) and len(names) > 1 else [row]
        for name, cell in zip(names, cells, strict=False):
            if name in shown:
                yield from bare_texts(cell)


def _table_texts(tree: ast.Module) -> Iterator[ast.AST]:
    """Unmarked words in the header and vocabulary tables (module or class level)."""
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & WORD_TABLES:
                yield from _marked_values(value)
            elif "COLUMNS" in names and isinstance(value, ast.Tuple):
                for column in value.elts:  # (title, key, width) rows; a plain key is a code
                    if isinstance(column, ast.Tuple):
                        yield from bare_texts(column.elts[0])


def _marked_values(value: ast.expr) -> Iterator[ast.AST]:
    if isinstance(value, ast.Dict):
        for v in value.values:
            yield from _marked_values(v)
    elif isinstance(value, (ast.Tuple, ast.List)):
        for v in value.elts:
            yield from _marked_values(v)
    else:
        yield from bare_texts(value)


def unwrapped(path: Path) -> list[str]:
    """``file:line text`` for each visible text of ``path`` not through the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[ast.AST] = list(_table_texts(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                found += bare_texts(argument)
        elif isinstance(node, ast.For):
            found += _loop_texts(node)
    return sorted(f"{path.name}:{n.lineno} {ast.unparse(n)}" for n in found)  # type: ignore[attr-defined]


def wrong_contexts(path: Path) -> list[str]:
    """Wrapped texts whose context is not the module's stem, or not a literal."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in WRAPPERS and node.args:
            context = node.args[0]
            if not (isinstance(context, ast.Constant) and context.value == path.stem):
                out.append(f"{path.name}:{node.lineno} {ast.unparse(context)}")
    return out


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_every_visible_text_is_wrapped_in_its_modules_context(path: Path) -> None:
    assert unwrapped(path) == []
    assert wrong_contexts(path) == []


def test_the_scan_finds_what_it_must() -> None:
    """The guard itself: bare texts in each kind of place are reported, wrapped ones and
    codes are not."""
    source = """
HEADERS = ("", QT_TRANSLATE_NOOP("x", "Value"), "Unit")
WORDS = {"wind": "wind power", "solar": QT_TRANSLATE_NOOP("x", "solar")}
COLUMNS = (("Verdict", "mark", 10), (QT_TRANSLATE_NOOP("x", "Type"), "type", 5))
def f(box, bus, log, n):
    box.setToolTip("Shown tip")
    box.setText(translate("x", "Fine {n}").format(n=n))
    QMessageBox.question(None, "Delete rows", f"Delete {n} rows?")
    bus.info(f"{n} copied")
    log.info("a log line stays English")
    box.addItem("MW")
    for label, w in (("Name", box), (translate("x", "Note"), box)):
        form.addRow(label, w)
    for column in ("status", "technology"):
        box.addItem(words(column), column)
"""
    path = Path("/tmp/x.py")
    tree = ast.parse(source)
    found = [ast.unparse(n) for n in _table_texts(tree)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                found += [ast.unparse(n) for n in bare_texts(argument)]
        elif isinstance(node, ast.For):
            found += [ast.unparse(n) for n in _loop_texts(node)]
    assert sorted(found) == sorted(
        [
            "'Unit'",
            "'wind power'",
            "'Verdict'",
            "'Shown tip'",
            "'Delete rows'",
            "f'Delete {n} rows?'",
            "f'{n} copied'",
            "'Name'",
        ]
    ), path


def test_the_file_filter_is_the_services_one() -> None:
    from app.services.projects_io import FILE_FILTER as SERVICES_FILTER
    from app.ui.project_actions import FILE_FILTER

    assert FILE_FILTER == SERVICES_FILTER


# --- at run time: everything shown passes through the catalogue --------------------------


class MarkingTranslator(QTranslator):
    """Translates every message of these contexts to "⟦English⟧"."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"⟦{source}⟧" if context in CONTEXTS and source else None

    def isEmpty(self) -> bool:
        return False


_MARKED = re.compile(r"⟦[^⟦⟧]*⟧", re.S)  # innermost first: sentences nest in templates


def english_left(text: str) -> str:
    """What of ``text`` is outside the marks and has letters ('' when all is marked)."""
    rest, before = text, ""
    while rest != before:  # a marked sentence inside a marked template, and so on
        before, rest = rest, _MARKED.sub(" ", rest)
    rest = _TAG.sub(" ", rest)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", rest) if w not in ALLOWED]
    return " ".join(words)


@pytest.fixture
def marked() -> Iterator[None]:
    app = QCoreApplication.instance()
    translator = MarkingTranslator()
    app.installTranslator(translator)  # type: ignore[union-attr]
    yield
    app.removeTranslator(translator)  # type: ignore[union-attr]


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a user reads on ``root`` and its children (Qt's own standard
    buttons and editable boxes, which hold what the user types, left out)."""
    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__
        if isinstance(w.parent(), QDialogButtonBox) or _foreign(w):
            continue
        yield f"{name} tooltip", w.toolTip()
        if w.isWindow():
            yield f"{name} title", w.windowTitle()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{name} text", w.text()
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield f"{name} title", w.title()
        elif isinstance(w, QComboBox) and not w.isEditable():
            yield from ((f"{name} item", w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            yield from ((f"{name} tab", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                yield f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")


def _foreign(widget: QWidget) -> bool:
    """Whether ``widget`` belongs to a part another module words (the capacity chart)."""
    from app.ui.capacity_chart import CapacityChart

    while widget is not None:
        if isinstance(widget, CapacityChart):
            return True
        widget = widget.parentWidget()
    return False


def assert_all_marked(root: QWidget) -> None:
    left = [f"{where}: {text!r}" for where, text in shown_texts(root) if english_left(text)]
    assert left == []


def column_texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.data(model.index(r, column)) or "") for r in range(model.rowCount())]


def test_projects_panel_and_its_dialog_show_only_catalogue_text(
    qtbot, seeded_desk: Desk, marked: None
) -> None:
    from app.ui.project_details import details_html
    from app.ui.project_dialog import ProjectDialog
    from app.ui.projects_panel import ProjectsPanel

    session = DeskSession(seeded_desk, MessageBus())
    panel = ProjectsPanel(session)
    qtbot.addWidget(panel)
    assert_all_marked(panel)
    assert all(t.startswith("⟦") for t in column_texts(panel.model, 1))  # technologies
    assert all(t.startswith("⟦") for t in column_texts(panel.model, 3))  # statuses
    assert not english_left(panel.totals.text())
    dialog = ProjectDialog(session.store.records, 1)
    qtbot.addWidget(dialog)
    assert_all_marked(dialog)
    dialog.capacity.setText("lots")
    dialog.accept()
    assert dialog.error.text().startswith("⟦⟦Capacity⟧: ")  # the field named in the sentence
    details = details_html(session.store, 1)
    assert "⟦Companies⟧" in details
    assert "⟦EPC⟧" in details


def test_claims_panel_and_its_dialog_show_only_catalogue_text(
    qtbot, seeded_desk: Desk, marked: None
) -> None:
    from app.ui.claim_dialog import ClaimDialog
    from app.ui.claims_panel import ClaimsPanel

    session = DeskSession(seeded_desk, MessageBus())
    panel = ClaimsPanel(session, SyncTaskRunner(), lambda: ("CHN", "AZE"))
    qtbot.addWidget(panel)
    assert_all_marked(panel)
    assert panel.model.rowCount() > 0
    assert all(t.startswith("⟦") for t in column_texts(panel.model, 0))  # verdicts
    assert all(t.startswith("⟦") for t in column_texts(panel.model, 1))  # claim types
    dialog = ClaimDialog(ObservationStore())
    qtbot.addWidget(dialog)
    assert_all_marked(dialog)
    for claim_type in range(dialog.type_box.count()):  # each type's parameter fields
        dialog.type_box.setCurrentIndex(claim_type)
        assert_all_marked(dialog)


def test_event_and_extract_dialogs_show_only_catalogue_text(qtbot, marked: None) -> None:
    from app.ui.event_dialog import EventDialog
    from app.ui.extract_dialog import ExtractDialog

    events = EventDialog({}, day="2025-06-16", indicator=("trade_turnover", "Trade turnover"))
    qtbot.addWidget(events)
    events.link.setText(events.link.text().replace("Trade turnover", ""))  # data, not text
    assert_all_marked(events)
    extract = ExtractDialog(ObservationStore(), runner=SyncTaskRunner(), pair=("AZE", "CHN"))
    qtbot.addWidget(extract)
    extract.set_text(
        "China and Azerbaijan signed an agreement on 23 April 2025 to build a 240 MW wind "
        "power plant, to be commissioned in 2026. Trade reached $2.44 billion in 2024."
    )
    assert_all_marked(extract)
    assert "⟦" in extract.status.text()
    for model, column in ((extract.events, "type"), (extract.projects, "technology")):
        texts = [t for t in column_texts(model, model.COLUMNS.index(column)) if t]
        assert texts
        assert all("⟦" in t for t in texts), texts


def test_editable_cells_keep_codes_and_take_the_words_shown(qtbot, marked: None) -> None:
    """An editable type cell shows the word, is edited as its code, and takes either."""
    from app.ui.extract_dialog import ExtractDialog

    dialog = ExtractDialog(ObservationStore(), runner=SyncTaskRunner(), pair=("AZE", "CHN"))
    qtbot.addWidget(dialog)
    dialog.set_text(SEED_ITEM.read_text(encoding="utf-8"))
    claims, events = dialog.claims, dialog.events
    growth = next(i for i, c in enumerate(claims.items) if str(c.type) == "growth")
    cell = claims.index(growth, claims.COLUMNS.index("type"))
    assert claims.data(cell) == "⟦growth⟧"
    assert claims.data(cell, Qt.ItemDataRole.EditRole) == "growth"
    assert claims.setData(cell, "⟦record streak⟧")  # the word shown
    assert str(claims.items[growth].type) == "record_streak"
    assert claims.setData(cell, "rank")  # the code
    assert not claims.setData(cell, "boast")
    forum = next(i for i, e in enumerate(events.items) if e.event_type == "forum")
    cell = events.index(forum, events.COLUMNS.index("type"))
    assert events.data(cell) == "⟦forum⟧"
    assert events.setData(cell, "⟦tariff change⟧")
    assert events.items[forum].event_type == "tariff"
