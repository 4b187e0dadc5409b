"""The unit of a formula's result, checked operation by operation.

The rules, small on purpose:

* a series has the unit of its figures ("USD", "persons", "USD/kWh", "USD per person");
  '' and "ratio" are pure numbers;
* ``+``, ``−`` and ``sum()`` need one unit on every side and keep it: USD − USD is USD,
  USD + persons is refused with a :class:`UnitError` naming both units and both operands.
  A bare number (``1``, ``100``) may only be added to a pure number or to percent
  (``a / b - 1``, ``a / b * 100 - 100``): "exports + 5" does not say 5 of what;
* ``×`` and ``/`` multiply and divide units: USD / persons is "USD per person", USD / USD is
  a pure number ("ratio"), a number × USD stays USD;
* a pure number made from series and multiplied by the number 100 anywhere in the same
  product (``a / b * 100``, ``100 * a / b``) is "percent": the one way a formula says that it
  is a share or a percent. Without the 100 a same-unit quotient is a "ratio";
* unary minus and ``abs()`` keep the unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.derive.syntax import (
    Call,
    Expression,
    ExpressionError,
    Neg,
    Node,
    Num,
    Ref,
    UnitError,
    render,
)
from app.domain.units import CANONICAL_UNITS

PERCENT_UNIT = "percent"
RATIO_UNIT = "ratio"
#: Plural unit names and the word one of them reads as after "per".
_SINGULAR = {"persons": "person", "companies": "company", "trains": "train", "turbines": "turbine"}
_PLURAL = {v: k for k, v in _SINGULAR.items()}


@dataclass(frozen=True)
class Unit:
    """A product of named units with integer powers (sorted, no zero powers); () is a pure
    number."""

    powers: tuple[tuple[str, int], ...] = ()

    @staticmethod
    def of(powers: Mapping[str, int]) -> Unit:
        return Unit(tuple(sorted((k, v) for k, v in powers.items() if v)))

    @property
    def pure(self) -> bool:
        return not self.powers

    def times(self, other: Unit, sign: int = 1) -> Unit:
        out = dict(self.powers)
        for name, power in other.powers:
            out[name] = out.get(name, 0) + sign * power
        return Unit.of(out)

    def over(self, other: Unit) -> Unit:
        return self.times(other, -1)

    def text(self) -> str:
        """ "USD", "USD per person", "USD/kWh" (a canonical unit), "ratio"."""
        if self.pure:
            return RATIO_UNIT
        top = [_power(n, p) for n, p in self.powers if p > 0]
        bottom = [_power(_SINGULAR.get(n, n), -p) for n, p in self.powers if p < 0]
        if len(top) == 1 and len(bottom) == 1 and f"{top[0]}/{bottom[0]}" in CANONICAL_UNITS:
            return f"{top[0]}/{bottom[0]}"
        head = "·".join(top) if top else "1"
        return " per ".join([head, *bottom])


PERCENT = Unit(((PERCENT_UNIT, 1),))


def parse_unit(text: str) -> Unit:
    """The unit of a series from its text: "USD", "USD/kWh", "USD per person", '' (a number)."""
    t = " ".join(str(text).split())
    if t in ("", RATIO_UNIT):
        return Unit()
    parts = [p for chunk in t.split(" per ") for p in chunk.split("/")]
    unit = _factors(parts[0])
    for part in parts[1:]:
        unit = unit.over(_factors(part, plural=True))
    return unit


def expression_unit(expr: Expression, units: Mapping[str, str]) -> str:
    """The unit of ``expr``'s result given each series' unit. Raises UnitError on a mismatch,
    ExpressionError when a name has no unit."""
    missing = [n for n in expr.names if n not in units]
    if missing:
        raise ExpressionError(f"no unit given for {', '.join(missing)}")
    resolved = {name: parse_unit(units[name]) for name in expr.names}
    return _walk(expr.tree, resolved).unit.text()


@dataclass(frozen=True)
class _Typed:
    unit: Unit
    bare: bool = False  # a number written in the formula (no series in it)
    hundred: bool = False  # a product holding the factor 100 (a percent in the making)


def _walk(node: Node, units: Mapping[str, Unit]) -> _Typed:
    if isinstance(node, Num):
        return _Typed(Unit(), bare=True, hundred=node.value == 100.0)
    if isinstance(node, Ref):
        return _Typed(units[node.name])
    if isinstance(node, Neg):
        return _walk(node.operand, units)
    if isinstance(node, Call):
        typed = [_walk(a, units) for a in node.args]
        if node.fn == "abs":
            return typed[0]
        out = typed[0]
        for arg, t in zip(node.args[1:], typed[1:], strict=True):
            out = _same(out, t, "+", render(node.args[0]), render(arg), " in sum()")
        return out
    left, right = _walk(node.left, units), _walk(node.right, units)
    if node.op in "+-":
        return _same(left, right, node.op, render(node.left), render(node.right), "")
    return _product(left, right, node.op)


def _product(left: _Typed, right: _Typed, op: str) -> _Typed:
    unit = left.unit.times(right.unit) if op == "*" else left.unit.over(right.unit)
    hundred = left.hundred or right.hundred
    if left.bare and right.bare:
        return _Typed(unit, bare=True, hundred=hundred)
    if unit.pure and hundred:
        return _Typed(PERCENT)
    return _Typed(unit, hundred=hundred)


def _same(left: _Typed, right: _Typed, op: str, a: str, b: str, where: str) -> _Typed:
    """The unit of ``left op right`` for + and −: both sides must agree."""
    if left.unit == right.unit:
        return _Typed(left.unit, bare=left.bare and right.bare)
    if left.bare and _takes_numbers(right.unit):
        return right
    if right.bare and _takes_numbers(left.unit):
        return left
    ua, ub = _name(left), _name(right)
    if op == "-":
        message = f"cannot subtract {ub} from {ua}{where}: {a} is in {ua}, {b} in {ub}"
    else:
        message = f"cannot add {ua} and {ub}{where}: {a} is in {ua}, {b} in {ub}"
    raise UnitError(message)


def _takes_numbers(unit: Unit) -> bool:
    return unit.pure or unit == PERCENT


def _name(typed: _Typed) -> str:
    return "a plain number" if typed.bare else typed.unit.text()


def _factors(part: str, plural: bool = False) -> Unit:
    """ "USD·kWh^2" -> USD¹ kWh²; after "per", "person" reads as "persons"."""
    out: dict[str, int] = {}
    for factor in part.split("·"):
        name, _, power = factor.strip().partition("^")
        if not name or name == "1":
            continue
        name = _PLURAL.get(name, name) if plural else name
        try:
            p = int(power) if power else 1
        except ValueError:
            raise ExpressionError(f"cannot read the unit {part!r}") from None
        out[name] = out.get(name, 0) + p
    return Unit.of(out)


def _power(name: str, power: int) -> str:
    return name if power == 1 else f"{name}^{power}"
