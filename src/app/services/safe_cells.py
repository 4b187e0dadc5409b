"""Safe output: spreadsheet cells that cannot run as formulas, links that cannot run code.

Spreadsheet-safe cells: text that a spreadsheet would run as a formula is neutralised.

A text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
leading apostrophe. Numbers are never changed (they are written as numbers), so "-3.5"
the number stays -3.5; "-3.5" the *text* is not a formula either and is left alone.
"""

from __future__ import annotations

import re
from typing import Any

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
PREFIX = "'"


def neutralise(value: Any) -> Any:
    if not isinstance(value, str) or not value.startswith(_TRIGGERS):
        return value
    if _NUMERIC.match(value):
        return value
    return PREFIX + value


def restore(value: Any) -> Any:
    """Undo :func:`neutralise` on a cell read back from a Corridor export."""
    if isinstance(value, str) and value.startswith(PREFIX) and value[1:].startswith(_TRIGGERS):
        return value[1:]
    return value


def is_web_url(url: str) -> bool:
    """Only http(s) addresses are ever written or opened as links (never javascript:,
    file: or data:)."""
    return url.strip().lower().startswith(("http://", "https://"))
