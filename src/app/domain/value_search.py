"""The free-text search of a table view: words, and numbers as a person types them.

A query is split into terms. A word matches rows whose dimensions, names, sources, notes,
quotes or speakers contain it. A number ("57,000", "57000", "2.44 bn", "$2.44 bn", "17.7 %")
also matches rows whose *value* shows as that number: the typed precision sets the
tolerance (half a unit of the last digit typed, times the scale word), so "2.44 bn" finds
$2.44 bn and $2.441 bn but not $2.45 bn. A number typed without a scale word also matches
the mantissa the table shows ("2.44" finds "$2.44 bn"), as a search over the shown text
would. Values are compared as one vectorised operation per term (PERFORMANCE.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.units import CURRENCY_SYMBOL, SCALE_WORDS, UnitError, parse_number

#: a currency symbol typed before a number restricts the match to that currency
SYMBOL_UNITS = {sym: code for code, sym in CURRENCY_SYMBOL.items() if len(sym) == 1}
#: the scales the table shows a mantissa in ("$2.44 bn" shows 2.44 for 2.44e9)
DISPLAY_SCALES = (1e6, 1e9, 1e12)

_NUMBER = re.compile(
    r"^(?P<sign>[-+−])?(?P<cur>[$€£])?(?P<num>\d[\d,.'\u00a0\u202f]*)"
    r"\s*(?P<scale>[A-Za-z]+\.?)?\s*(?P<pct>%)?$"
)


@dataclass(frozen=True)
class NumberQuery:
    """A typed number: the value it means, how far a shown value may be from it, and the
    unit a symbol named ("$" is USD, "%" is percent; None for any unit)."""

    value: float
    tolerance: float
    unit: str | None = None
    #: typed without a scale word: also match the mantissa of a scaled value
    bare: bool = False

    def mask(self, obs: pd.DataFrame) -> np.ndarray:
        """Rows whose value shows as this number (one comparison per display scale)."""
        values = obs["value"].to_numpy(dtype=float)
        hit = _near(values, self.value, self.tolerance)
        if self.bare and 1 <= abs(self.value) < 1000:
            for factor in DISPLAY_SCALES:
                hit |= _near(values, self.value * factor, self.tolerance * factor)
        if self.unit is not None:
            hit &= _unit_mask(obs["unit"], self.unit)
        return hit


@dataclass(frozen=True)
class Term:
    """One term of a query: its text (lower case) and, if it reads as a number, that."""

    text: str
    number: NumberQuery | None = None


def query_terms(text: str) -> list[Term]:
    """The terms of a query: "$2.44 bn trade" -> [$2.44 bn (a number), trade].

    A scale word or a lone "%" after a number belongs to it; anything that does not read
    as a number stays a word.
    """
    tokens = text.split()
    terms: list[Term] = []
    i = 0
    while i < len(tokens):
        phrase, used = _number_phrase(tokens, i)
        number = number_query(phrase) if used else None
        if number is None:
            phrase, used = tokens[i], 1
        terms.append(Term(phrase.lower(), number))
        i += used
    return terms


def _number_phrase(tokens: list[str], i: int) -> tuple[str, int]:
    """The longest phrase from token ``i`` that may be one number (0 tokens if none)."""
    if number_query(tokens[i]) is None:
        return "", 0
    phrase, used = tokens[i], 1
    nxt = tokens[i + 1].lower().rstrip(".") if i + 1 < len(tokens) else ""
    if nxt in SCALE_WORDS and number_query(f"{phrase} {tokens[i + 1]}") is not None:
        phrase, used = f"{phrase} {tokens[i + 1]}", 2
    if i + used < len(tokens) and tokens[i + used] == "%":
        phrase, used = f"{phrase} %", used + 1
    return phrase, used


def number_query(phrase: str) -> NumberQuery | None:
    """The number ``phrase`` reads as, with the tolerance its typed precision gives."""
    m = _NUMBER.match(phrase.strip())
    if not m:
        return None
    try:
        base = parse_number(m["num"])
    except UnitError:
        return None
    factor = 1.0
    if m["scale"]:
        scale = SCALE_WORDS.get(m["scale"].rstrip(".").lower())
        if scale is None:
            return None
        factor = scale
    sign = -1.0 if m["sign"] in ("-", "−") else 1.0
    unit = "percent" if m["pct"] else SYMBOL_UNITS.get(m["cur"] or "")
    tolerance = 0.5 * 10.0 ** -_decimals(base) * factor
    return NumberQuery(sign * base * factor, tolerance, unit, bare=not m["scale"])


def _decimals(x: float) -> int:
    """How many decimals ``x`` was typed with (trailing zeros do not count)."""
    for d in range(10):
        if abs(round(x, d) - x) <= 1e-9 * max(1.0, abs(x)):
            return d
    return 10


def _near(values: np.ndarray, target: float, tolerance: float) -> np.ndarray:
    # a hair of slack: 2.445e9 - 2.44e9 is not exactly 0.005e9 in binary
    return np.asarray(np.abs(values - target) <= tolerance * (1 + 1e-9))


def _unit_mask(col: pd.Series, unit: str) -> np.ndarray:
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = np.asarray(col.cat.categories, dtype=object)
        ok = np.append(cats == unit, False)
        return np.asarray(ok[col.cat.codes.to_numpy()])
    return np.asarray(col.astype(str).to_numpy() == unit)
