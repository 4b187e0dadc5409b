"""The formula language: numbers, series names, + − × /, unary minus, parentheses, sum(), abs().

``balance = exports - imports``, ``share = a / b * 100``, ``sum(chn, tur, rus)``. A formula is
read by Python's own parser (``ast.parse(text, mode="eval")``) and the tree is walked with a
strict whitelist into the small node types below; nothing is ever evaluated by Python
(no eval/exec/compile). Anything outside the whitelist — attributes, subscripts, calls of
other functions, lambdas, comprehensions, strings, comparisons — is refused with an
:class:`ExpressionError` naming the piece and its column (1-based). Length and nesting are
capped, so a hostile or runaway formula fails with a message, not a RecursionError.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field

MAX_LENGTH = 2000
MAX_DEPTH = 100
FUNCTIONS = ("sum", "abs")
MINUS = "\u2212"


class ExpressionError(ValueError):
    """A formula that cannot be read or used; ``column`` (1-based) when a piece is at fault."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.column = column


class UnitError(ExpressionError):
    """A formula whose units do not combine (USD + persons)."""


@dataclass(frozen=True)
class Num:
    value: float
    text: str


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class Bin:
    op: str  # one of + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    fn: str  # one of FUNCTIONS
    args: tuple[Node, ...]


Node = Num | Ref | Neg | Bin | Call


@dataclass(frozen=True)
class Expression:
    """A parsed formula: its text, the series names it uses (in order of first use) and its
    tree (private: build one with :func:`parse_expression`)."""

    text: str
    names: tuple[str, ...]
    _tree: Node = field(repr=False, compare=False)

    @property
    def tree(self) -> Node:
        return self._tree

    def render(self) -> str:
        """The formula in display form: "exports − imports", "a / b × 100"."""
        return render(self._tree)


def parse_expression(text: str) -> Expression:
    """Read a formula. Raises ExpressionError (with the offending piece and its column)."""
    if not isinstance(text, str):
        raise ExpressionError("a formula is text")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"the formula is too long: {len(text)} characters (at most {MAX_LENGTH})"
        )
    source = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    body = source.strip()
    if not body:
        raise ExpressionError("the formula is empty")
    lead = len(source) - len(source.lstrip())
    tree = _parse(body, lead)
    node = _Reader(body, lead).read(tree.body, 0)
    names = _names(node)
    if not names:
        raise ExpressionError("a formula needs at least one series name")
    return Expression(text, names, node)


def _parse(body: str, lead: int) -> ast.Expression:
    try:
        return ast.parse(body, mode="eval")
    except SyntaxError as exc:
        col = max(exc.offset or 1, 1) + lead
        raise ExpressionError(f"cannot read the formula: {exc.msg} (column {col})", col) from None
    except (RecursionError, MemoryError, ValueError):
        raise ExpressionError(
            f"the formula is nested too deeply (at most {MAX_DEPTH} levels)"
        ) from None


_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_REFUSED = {
    ast.Attribute: "attribute access",
    ast.Subscript: "a subscript",
    ast.Slice: "a slice",
    ast.Lambda: "a lambda",
    ast.ListComp: "a comprehension",
    ast.SetComp: "a comprehension",
    ast.DictComp: "a comprehension",
    ast.GeneratorExp: "a comprehension",
    ast.Compare: "a comparison",
    ast.BoolOp: "and/or",
    ast.IfExp: "an if-expression",
    ast.List: "a list",
    ast.Tuple: "a tuple",
    ast.Set: "a set",
    ast.Dict: "a dict",
    ast.JoinedStr: "a string",
    ast.NamedExpr: "an assignment",
    ast.Starred: "a starred argument",
    ast.Await: "await",
}


class _Reader:
    """Turns a whitelisted ``ast`` tree into nodes; every refusal names piece and column."""

    def __init__(self, body: str, lead: int) -> None:
        self.body = body
        self.lead = lead
        self._bytes = body.encode("utf-8")

    def read(self, node: ast.expr, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise ExpressionError(f"the formula is nested too deeply (at most {MAX_DEPTH} levels)")
        if isinstance(node, ast.Constant):
            return self._number(node)
        if isinstance(node, ast.Name):
            return self._name(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            operand = self.read(node.operand, depth + 1)
            return Neg(operand) if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left = self.read(node.left, depth + 1)
            return Bin(_BINARY[type(node.op)], left, self.read(node.right, depth + 1))
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        raise self.refuse(node, self._what(node))

    def refuse(self, node: ast.AST, what: str) -> ExpressionError:
        col = self.column(node)
        piece = ast.get_source_segment(self.body, node) or ""
        return ExpressionError(
            f"{what} is not allowed in a formula: {piece!r} at column {col}", col
        )

    def column(self, node: ast.AST) -> int:
        """1-based character column of a node in the text as typed."""
        offset = int(getattr(node, "col_offset", 0))
        return len(self._bytes[:offset].decode("utf-8", errors="ignore")) + self.lead + 1

    def _what(self, node: ast.AST) -> str:
        if isinstance(node, ast.UnaryOp | ast.BinOp):
            symbol = {ast.Not: "not", ast.Invert: "~", ast.Pow: "**", ast.FloorDiv: "//"}
            name = symbol.get(type(node.op), type(node.op).__name__)
            return f"the operator {name!r}"
        return _REFUSED.get(type(node), type(node).__name__)

    def _number(self, node: ast.Constant) -> Num:
        value = node.value
        if isinstance(value, str | bytes):
            raise self.refuse(node, "a string")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.refuse(node, f"the constant {value!r}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise self.refuse(node, "a number this large")
        return Num(number, ast.get_source_segment(self.body, node) or repr(value))

    def _name(self, node: ast.Name) -> Ref:
        if node.id in FUNCTIONS:
            raise self.refuse(node, f"{node.id} without its arguments")
        if node.id.startswith("__"):
            raise self.refuse(node, "a name starting with '__'")
        return Ref(node.id)

    def _call(self, node: ast.Call, depth: int) -> Call:
        func = node.func
        if not isinstance(func, ast.Name):
            raise self.refuse(func, self._what(func))
        if func.id not in FUNCTIONS:
            raise self.refuse(node, f"the function {func.id}() (only sum() and abs())")
        if node.keywords:
            raise self.refuse(node.keywords[0], "a keyword argument")
        if func.id == "abs" and len(node.args) != 1:
            raise self.refuse(node, "abs() with other than one argument")
        if not node.args:
            raise self.refuse(node, "sum() without arguments")
        return Call(func.id, tuple(self.read(arg, depth + 1) for arg in node.args))


def _names(node: Node) -> tuple[str, ...]:
    """Series names in order of first use."""
    seen: dict[str, None] = {}
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Ref):
            seen.setdefault(n.name, None)
        elif isinstance(n, Neg):
            stack.append(n.operand)
        elif isinstance(n, Bin):
            stack.extend((n.right, n.left))
        elif isinstance(n, Call):
            stack.extend(reversed(n.args))
    return tuple(seen)


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_SYMBOL = {"+": "+", "-": MINUS, "*": "×", "/": "/"}


def render(node: Node) -> str:
    """Display text of a node with the parentheses its structure needs."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Ref):
        return node.name
    if isinstance(node, Neg):
        inner = render(node.operand)
        return MINUS + (inner if isinstance(node.operand, Num | Ref | Call) else f"({inner})")
    if isinstance(node, Call):
        return f"{node.fn}({', '.join(render(a) for a in node.args)})"
    prec = _PRECEDENCE[node.op]
    left, right = render(node.left), render(node.right)
    if _precedence(node.left) < prec:
        left = f"({left})"
    if _precedence(node.right) <= prec:
        right = f"({right})"
    return f"{left} {_SYMBOL[node.op]} {right}"


def _precedence(node: Node) -> int:
    return _PRECEDENCE[node.op] if isinstance(node, Bin) else 3
