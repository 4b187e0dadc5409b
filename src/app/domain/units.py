"""Canonical units, scale words and the display of quantities.

Values are stored in canonical units (USD, persons, MW, kWh, percent, count, times, ...);
the scale shown to a user ("$2.44 bn") is a view concern decided here, once.
"""

from __future__ import annotations

import math
import re

# Canonical units. Money is an ISO 4217 code.
CURRENCIES = frozenset(
    {"USD", "EUR", "CNY", "AZN", "RUB", "GBP", "TRY", "GEL", "KZT", "UZS", "INR", "PKR", "MAD"}
)
CANONICAL_UNITS = frozenset(
    {
        *CURRENCIES,
        "persons",
        "MW",
        "kWh",
        "percent",
        "count",
        "times",
        "trains",
        "companies",
        "turbines",
        "USD/kWh",
        "tonnes",
        "hectares",
        "m3",
    }
)

CURRENCY_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥"}

SCALE_WORDS: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "th": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "mio": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "g": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}

# Source units as printed in files, to (canonical unit, factor).
_UNIT_ALIASES: dict[str, tuple[str, float]] = {
    "gw": ("MW", 1e3),
    "mw": ("MW", 1.0),
    "kw": ("MW", 1e-3),
    "kwh": ("kWh", 1.0),
    "mwh": ("kWh", 1e3),
    "gwh": ("kWh", 1e6),
    "twh": ("kWh", 1e9),
    "percent": ("percent", 1.0),
    "%": ("percent", 1.0),
    "pct": ("percent", 1.0),
    "persons": ("persons", 1.0),
    "people": ("persons", 1.0),
    "tourists": ("persons", 1.0),
    "times": ("times", 1.0),
    "count": ("count", 1.0),
    "companies": ("companies", 1.0),
    "trains": ("trains", 1.0),
    "turbines": ("turbines", 1.0),
    "usd/kwh": ("USD/kWh", 1.0),
    "t": ("tonnes", 1.0),
    "tonnes": ("tonnes", 1.0),
    "tons": ("tonnes", 1.0),
    "kt": ("tonnes", 1e3),
    "ha": ("hectares", 1.0),
    "hectares": ("hectares", 1.0),
    "m3": ("m3", 1.0),
    "bcm": ("m3", 1e9),
}


class UnitError(ValueError):
    """A unit or quantity text that cannot be read."""


def canonical_unit(text: str) -> tuple[str, float]:
    """Map a printed unit ("USD bn", "mn kWh", "GW", "AZN mn") to (canonical unit, factor).

    >>> canonical_unit("USD bn")
    ('USD', 1000000000.0)
    """
    words = text.replace("_", " ").split()
    if not words:
        raise UnitError("empty unit")
    factor = 1.0
    rest: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in SCALE_WORDS and len(words) > 1:
            factor *= SCALE_WORDS[lw]
        else:
            rest.append(w)
    base = " ".join(rest)
    if base.upper() in CURRENCIES:
        return base.upper(), factor
    alias = _UNIT_ALIASES.get(base.lower())
    if alias is None:
        raise UnitError(f"unknown unit {text!r}")
    return alias[0], factor * alias[1]


_NUMBER = re.compile(
    r"^\s*(?P<sign>[-+−])?\s*(?P<cur>[$€£])?\s*(?P<num>[0-9][0-9,.\s\u00a0\u202f']*)\s*"
    r"(?P<scale>[A-Za-z]+)?\.?\s*$"
)


def parse_number(text: str) -> float:
    """Read a number typed by a person: "2.44 bn", "2,440,000,000", "57k", "1 570", "-3.5".

    Commas and spaces are thousands separators when followed by groups of three digits;
    a lone comma followed by one, two or four-plus digits is a decimal comma ("748,8").
    Raises UnitError for anything else, NaN and infinity included.
    """
    m = _NUMBER.match(text)
    if not m:
        raise UnitError(f"{text!r} is not a number (try 2.44 bn, 2,440,000,000 or 57k)")
    digits = _normalise_digits(m["num"])
    try:
        value = float(digits)
    except ValueError as exc:
        raise UnitError(f"{text!r} is not a number") from exc
    scale = m["scale"]
    if scale:
        factor = SCALE_WORDS.get(scale.lower())
        if factor is None:
            raise UnitError(f"unknown scale {scale!r} in {text!r} (use k, mn, bn)")
        value *= factor
    if m["sign"] in ("-", "−"):
        value = -value
    if not math.isfinite(value):
        raise UnitError(f"{text!r} is too large")
    return value


def _normalise_digits(raw: str) -> str:
    s = re.sub(r"[\s\u00a0\u202f']", "", raw)
    if "," in s and "." in s:
        # the later separator is the decimal one
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            s = s.replace(",", "")
        elif len(parts) == 2:
            s = s.replace(",", ".")
        else:
            raise UnitError(f"cannot read digits {raw!r}")
    elif s.count(".") > 1:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            s = s.replace(".", "")
        else:
            raise UnitError(f"cannot read digits {raw!r}")
    return s


def _trim(x: float, digits: int) -> str:
    s = f"{x:,.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def scaled(value: float) -> tuple[float, str]:
    """Pick a display scale: (2.44, 'bn') for 2.44e9."""
    a = abs(value)
    for factor, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if a >= factor:
            return value / factor, word
    return value, ""


#: counted or measured units shown with a scale word from a million ("1.5 mn tonnes")
_LARGE = frozenset({"kWh", "persons", "count", "companies", "trains", "turbines", "tonnes", "m3"})


def format_quantity(value: float, unit: str) -> str:
    """ "$2.44 bn", "57,000 persons", "1,570 MW", "17.69 %", "4.2 times", "AZN 29 mn"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if unit == "percent":
        return f"{_trim(value, 2)} %"
    if unit in CURRENCIES:
        v, word = scaled(abs(value))
        number = _trim(v, 3 if word else 0)
        tail = f" {word}" if word else ""
        sym = CURRENCY_SYMBOL.get(unit)
        sign = "−" if value < 0 and number != "0" else ""  # "−$967.3 mn", not "$-967.3 mn"
        return f"{sign}{sym}{number}{tail}" if sym else f"{sign}{unit} {number}{tail}"
    if unit in _LARGE and abs(value) >= 1e6:
        v, word = scaled(value)
        return f"{_trim(v, 3)} {word} {unit}"
    if unit == "USD/kWh":
        return f"${_trim(value, 4)}/kWh"
    return f"{_trim(value, 3)} {unit}"
