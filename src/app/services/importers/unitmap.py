"""Portal unit codes to Corridor's canonical units and a factor.

Adds what :func:`app.domain.units.canonical_unit` does not know: SDMX/Eurostat codes
(``MIO_EUR``, ``THS_PER``, ``PC``, ``NR``), World Bank name hints ("(current US$)") and
UNIT_MULT powers of ten. Unknown units are kept as written with factor 1 (and a warning).
"""

from __future__ import annotations

import math
import re

import pycountry

from app.domain.units import UnitError, canonical_unit

_PREFIX_SCALE = {
    "THS": 1e3,
    "TH": 1e3,
    "MIO": 1e6,
    "MN": 1e6,
    "MLN": 1e6,
    "BN": 1e9,
    "BIO": 1e9,
    "MRD": 1e9,
    "BLN": 1e9,
    "THOUSAND": 1e3,
    "THOUSANDS": 1e3,
    "MILES": 1e3,  # Spanish "miles de personas"
    "MILLION": 1e6,
    "MILLIONS": 1e6,
    "BILLION": 1e9,
    "BILLIONS": 1e9,
}
_CODES = {
    "PC": "percent",
    "PCT": "percent",
    "PERCENT": "percent",
    "PER": "persons",
    "PERS": "persons",
    "PS": "persons",
    "NR": "count",
    "NUM": "count",
    "NUMBER": "count",
    "USD": "USD",
    "EUR": "EUR",
    "US$": "USD",
    "$": "USD",
    "US DOLLAR": "USD",
    "US DOLLARS": "USD",
    "EURO": "EUR",
    "EUROS": "EUR",
    "PERSON": "persons",
    "PERSONS": "persons",
    "PERSONAS": "persons",
    "PERSONNES": "persons",
    "T": "tonnes",
    "TNE": "tonnes",
    "TONNE": "tonnes",
    "TONNES": "tonnes",
    "TONS": "tonnes",
    "XDC": "national currency",  # IMF/OECD: domestic currency
    "NAC": "national currency",  # Eurostat: national currency
    "INDEX": "index",
    "IX": "index",  # IMF
    "PT": "percent",  # IMF
}
#: Eurostat and OECD unit codes by prefix: percentages of something, indices.
_PERCENT_PREFIXES = ("PC_", "PCH_", "PC", "PCH", "PCT_", "PD_", "PPCH_", "PT_")


def portal_unit(text: str) -> tuple[str, float] | None:
    """(canonical unit, factor) for a unit text or code; None if it is not recognised."""
    t = text.strip()
    if not t:
        return None
    try:
        return canonical_unit(t)
    except UnitError:
        pass
    parts = [p for p in re.split(r"[_\s]+", t.upper()) if p and p not in ("OF", "DE", "IN")]
    factor = 1.0
    if len(parts) > 1 and re.fullmatch(r"CP|PYP|CLV\d*", parts[0]):
        parts = parts[1:]  # Eurostat: current prices, previous year's, chain-linked volumes
    if len(parts) == 1 and re.fullmatch(r"M(EUR|NAC|USD)", parts[0]):
        factor, parts = 1e6, [parts[0][1:]]  # MEUR: million euro
    if len(parts) > 1 and parts[0] in _PREFIX_SCALE:
        factor, parts = _PREFIX_SCALE[parts[0]], parts[1:]
    elif len(parts) > 1 and parts[-1] in _PREFIX_SCALE:
        factor, parts = _PREFIX_SCALE[parts[-1]], parts[:-1]
    base = " ".join(parts)
    if base in _CODES:
        return _CODES[base], factor
    coded = _eurostat_code(base)
    if coded is not None:
        return coded, factor
    try:
        unit, f = canonical_unit(base)
    except UnitError:
        return None
    return unit, f * factor


def _eurostat_code(base: str) -> str | None:
    """percent for PC_GDP, PCH_PRE, PC_TOT...; index for I15, I2015; a currency for an ISO
    4217 code (NOK, CHF); None otherwise."""
    if base.startswith(_PERCENT_PREFIXES) and base not in ("PC", "PCH"):
        return "percent"
    if re.fullmatch(r"I\d{2,4}(?:_\w+)?", base):
        return "index"
    if re.fullmatch(r"[A-Z]{3}", base) and pycountry.currencies.get(alpha_3=base) is not None:
        return base
    return None


def unit_from_name(name: str) -> str:
    """A unit guessed from a World Bank indicator name; '' when the name does not say."""
    n = name.lower()
    if "us$" in n or "(usd" in n:
        return "USD"
    if "%" in n or "percent" in n:
        return "percent"
    if "kwh" in n:
        return "kWh"
    if "arrivals" in n or "departures" in n or "population" in n:
        return "persons"
    if "number of" in n:
        return "count"
    return ""


def power_of_ten(text: str) -> float | None:
    """10**n for a UNIT_MULT cell ("6", "6: Millions"); None if it is not a small integer."""
    t = text.split(":", 1)[0].strip()
    if not re.fullmatch(r"-?\d{1,2}", t):
        return None
    return math.pow(10.0, int(t))


def parse_scale(text: str) -> float:
    """A scale typed in the mapping: "1", "1000", "1e6", "mn", "bn", "6" is not a power."""
    t = text.strip().lower()
    words = {
        "": 1.0,
        "k": 1e3,
        "thousand": 1e3,
        "th": 1e3,
        "m": 1e6,
        "mn": 1e6,
        "million": 1e6,
        "mio": 1e6,
        "bn": 1e9,
        "billion": 1e9,
        "b": 1e9,
    }
    if t in words:
        return words[t]
    value = float(t)
    if not math.isfinite(value) or value == 0:
        raise ValueError(f"scale {text!r} must be a finite, non-zero number")
    return value
