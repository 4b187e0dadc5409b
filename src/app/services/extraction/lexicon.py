"""The number grammar's patterns, compiled from every language's table of words.

The words live in :mod:`app.services.extraction.languages` (one table per language); this
module joins each word class across the tables into one anchored pattern, so the pipeline is
the same for every language. Every pattern here is anchored (``match`` at a position) or
searched in a short window, and none nests unbounded repeats, so scanning stays linear on any
input.
"""

from __future__ import annotations

import re

from app.services.extraction.languages import TABLES, fragments, joined
from app.services.extraction.languages.zh import (
    CJK,
    ZH_BOUND_WORDS,
    ZH_CONTEXT_COUNTS,
    ZH_CONTEXT_PERSONS,
    ZH_COUNT_NOUNS,
    ZH_DOUBLING,
    ZH_DOUBLINGS,
    ZH_FALL,
    ZH_GROWTH_BY_TIMES,
    ZH_MAGNITUDE_PATTERN,
    ZH_MAGNITUDES,
    ZH_MORE,
    ZH_RISE,
)

_I = re.IGNORECASE
_L = r"[^\W\d_]"
_SP = r"[ \u00a0\u202f\u2009]*"

#: Full-width digits and signs of Chinese text mapped one to one onto ASCII ("２４．４％" is
#: "24.4%"); one character for one, so offsets into the original text stay valid.
FULLWIDTH: dict[int, str] = {
    **{0xFF10 + i: chr(0x30 + i) for i in range(10)},
    0xFF0E: ".",
    0xFF05: "%",
    0xFF0D: "-",
}

# --- magnitudes ---------------------------------------------------------------------------
#: (stem, factor, language or "" for any): matched at the start of the word found.
MAG_STEMS: tuple[tuple[str, float, str], ...] = tuple(
    sorted(
        [(s.lower(), f, "") for t in TABLES for s, f in t.magnitudes]
        + [(s.lower(), f, t.code) for t in TABLES for s, f in t.local_magnitudes],
        key=lambda x: -len(x[0]),
    )
)
#: Magnitudes that are the whole word ("bn", "mn", "crore").
WHOLE_MAGNITUDES: dict[str, float] = {s.lower(): f for t in TABLES for s, f in t.whole_magnitudes}
#: Single letters glued to a number: "$5m", "$1.6b", "57k".
SHORT_MAGNITUDES = {"m": 1e6, "b": 1e9, "k": 1e3}

_STEMS = "|".join(re.escape(s) for s, _f, _lang in MAG_STEMS)
_WHOLE = "|".join(re.escape(s) for s in sorted(WHOLE_MAGNITUDES, key=len, reverse=True))
#: A magnitude word right after a number ("2.44 billion", "2,45 млрд", "1.6bn", "57 min").
MAGNITUDES = re.compile(
    rf"(?:[ \u00a0\u202f\u2009]?-?[ \u00a0\u202f\u2009]?"
    rf"(?P<word>(?:{_STEMS}){_L}*\.?(?:-{_L}+)?|(?:{_WHOLE})(?:-{_L}+)?(?!{_L}))"
    rf"|[ \u00a0\u202f\u2009]?(?P<zh>{ZH_MAGNITUDE_PATTERN})"
    rf"|(?P<short>[mbk])(?!{_L}))",
    _I,
)

# --- currencies -------------------------------------------------------------------------
#: Currencies in the order they are tried: a longer name before a shorter one it contains
#: ("Pakistani rupees" before "rupees", "美元" before "元").
CURRENCY_ORDER = (
    "PKR", "INR", "USD", "AZN", "CNY", "EUR", "RUB", "GEL", "KZT", "UZS", "TRY", "MAD", "GBP"
)  # fmt: skip


def _currency_fragments(field: str, code: str) -> list[str]:
    seen: dict[str, None] = {}
    for table in TABLES:
        for fragment in getattr(table, field).get(code, ()):
            seen.setdefault(fragment, None)
    return sorted(seen, key=len, reverse=True)


def _currency_groups(field: str) -> str:
    groups = []
    for code in CURRENCY_ORDER:
        frags = _currency_fragments(field, code)
        if frags:
            groups.append(f"(?P<{code}>" + "|".join(frags) + ")")
    return "|".join(groups)


#: A currency written after the number (and its magnitude); group name = ISO 4217 code.
CURRENCY_AFTER = re.compile(
    _SP + r"(?:of\s+|d['’]\s?|de\s+)?(?:" + _currency_groups("currencies") + ")", _I
)
#: A currency or percent sign written before the number; group name = unit ("pct" = %).
CURRENCY_BEFORE = re.compile(
    r"(?:"
    + _currency_groups("currency_before")
    + "|(?P<pct>"
    + "|".join(fragments("percent_before"))
    + r"))[ \u00a0\u202f\u2009]?$",
    _I,
)

# --- units ------------------------------------------------------------------------------
_MEASURES = sorted(
    ((frag, unit, scale) for t in TABLES for frag, unit, scale in t.measures),
    key=lambda m: (m[1] != "kWh", m[1] != "MW", -len(m[0])),
)
#: group name -> canonical unit, and the factor from the printed unit to it.
UNIT_OF_GROUP: dict[str, str] = {"pct": "%", "times": "times"}
UNIT_SCALE: dict[str, float] = {}
_measure_groups = []
for _n, (_frag, _unit, _scale) in enumerate(_MEASURES):
    UNIT_OF_GROUP[f"m{_n}"] = _unit
    if _scale != 1.0:
        UNIT_SCALE[f"m{_n}"] = _scale
    _measure_groups.append(f"(?P<m{_n}>{_frag})")
#: A unit written after the number; group name = printed unit (see :data:`UNIT_OF_GROUP`).
UNIT_WORDS = re.compile(
    r"[ \u00a0\u202f\u2009]*+(?:-[ \u00a0\u202f\u2009]*+)?"
    + r"(?:(?P<pct>"
    + "|".join(fragments("percent"))
    + ")|"
    + r"(?:(?:de|d['’]|of)\s*)?(?:"  # "30 milliards de mètres cubes"
    + "|".join(_measure_groups)
    + ")"
    + r"|(?P<times>"
    + "|".join(fragments("times"))
    + "))",
    _I,
)

# --- counted nouns ----------------------------------------------------------------------
_PERSONS = "|".join(fragments("persons"))
_COUNTS = "|".join(fragments("counts"))

#: A counted noun after the number, with at most two words between ("37 wind turbines").
COUNT_NOUNS = re.compile(
    _SP + rf"(?:{_L}{{2,}}[ \u00a0-]){{0,2}}"
    r"(?:(?P<persons>" + _PERSONS + r")|(?P<count>" + _COUNTS + rf"))(?!{_L})",
    _I,
)
#: The same nouns before a bare number ("the number of Chinese tourists ... 57,000",
#: "中国游客人数达57000"); counts only after "number of", since "the project ... 37 hectares"
#: is no count of projects.
CONTEXT_PERSONS = re.compile(rf"(?<!{_L})(?:" + _PERSONS + rf")(?!{_L})|" + ZH_CONTEXT_PERSONS, _I)
CONTEXT_COUNTS = re.compile(
    joined("number_of")
    + rf"\s+(?:of\s+)?(?:{_L}+\s+){{0,2}}(?:"
    + _COUNTS
    + rf")(?!{_L})|"
    + ZH_CONTEXT_COUNTS,
    _I,
)

__all__ = [
    "CJK",
    "COUNT_NOUNS",
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "FULLWIDTH",
    "MAGNITUDES",
    "MAG_STEMS",
    "SHORT_MAGNITUDES",
    "UNIT_OF_GROUP",
    "UNIT_SCALE",
    "UNIT_WORDS",
    "WHOLE_MAGNITUDES",
    "ZH_BOUND_WORDS",
    "ZH_COUNT_NOUNS",
    "ZH_DOUBLING",
    "ZH_DOUBLINGS",
    "ZH_FALL",
    "ZH_GROWTH_BY_TIMES",
    "ZH_MAGNITUDES",
    "ZH_MORE",
    "ZH_RISE",
]
