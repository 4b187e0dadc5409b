"""Reporter and partner columns read into codes, keeping what is not an ISO country.

A portal file mixes countries with aggregates (EU27_2020, EA20, EXT_EA20), old or special
codes (KSV, IMY, NOC) and sometimes names. None of these refuses a row: the code is kept as
the file wrote it, recorded as an *entity* of kind aggregate or unknown with the name the
file gives beside it, and the import reports one warning per kind with the codes, the
number of rows and the first lines. A row with an empty code but a name gets the code the
name stands for, or stays without one, with a warning either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pycountry

from app.domain.countries import EntityKind, entity_kind, to_alpha3
from app.services.importers.codes import Coded, encode
from app.services.importers.problems import ProblemLog, Severity

#: Portal aggregates written with codes of their own.
WORLD_ALIASES = {"0": "WLD", "W00": "WLD", "G001": "WLD", "1W": "WLD", "_T": "WLD"}
ENTITY_COLUMNS = ("code", "name", "kind")
_CODES_NAMED = 8


@dataclass
class _Seen:
    rows: int = 0
    lines: list[int] = field(default_factory=list)


class EntityReader:
    """Turns code (and name) columns into model codes; remembers the entities it kept."""

    def __init__(self, aliases: dict[str, str] | None = None) -> None:
        self.aliases = {**WORLD_ALIASES, **(aliases or {})}
        self.names: dict[str, str] = {}  # kept entity code -> name the file gave
        self.kinds: dict[str, EntityKind] = {}
        self._seen: dict[tuple[str, str], _Seen] = {}  # (problem kind, code or name) -> rows

    def read(self, frame: pd.DataFrame, field: str, lines: np.ndarray, times: int = 1) -> Coded:
        """Model codes of a block's ``field`` column (using ``field_name`` when present).
        ``times``: each row stands for that many rows, the block repeated as a whole (the
        base rows of a wide block, one copy per period): counted and lined as those."""
        n = len(frame)
        codes = _encoded(frame, field, n)
        names = _encoded(frame, field + "_name", n)
        width = len(names.values)
        pair = codes.codes.astype("int64")
        if width > 1:  # names beside the codes (else one empty name for every row)
            pair *= width
            pair += names.codes
        uniq, inverse, counts = _unique(pair, len(codes.values) * width)
        out: list[str] = []
        for i, k in enumerate(uniq.tolist()):
            code, name = str(codes.values[k // width]), str(names.values[k % width])
            value = self._resolve(code, name)
            out.append(value)
            key = _notice(code, name, value, self.kinds)
            if key is not None:
                first = lines[np.flatnonzero(inverse == i)[:5]]
                self._note(key, int(counts[i]) * times, np.tile(first, min(times, 5))[:5])
        return Coded(inverse, out)

    def _resolve(self, code: str, name: str) -> str:
        if not code:
            return (_country_by_name(name) or "") if name else ""
        if code in self.aliases:
            return self.aliases[code]
        hit = to_alpha3(code) or _country_by_name(code)
        if hit is not None:
            return hit
        kind = entity_kind(code)
        self.kinds[code] = kind
        if name and code not in self.names:
            self.names[code] = name
        return code

    def _note(self, key: tuple[str, str], rows: int, lines: np.ndarray) -> None:
        seen = self._seen.setdefault(key, _Seen())
        seen.rows += rows
        if len(seen.lines) < 5:
            seen.lines.extend(int(x) for x in lines[: 5 - len(seen.lines)])

    def report(self, log: ProblemLog, column: str) -> None:
        """One warning per kind of kept entity, and per name read without a code."""
        by_kind: dict[EntityKind, list[str]] = {}
        for (what, code), _seen in self._seen.items():
            if what == "entity":
                by_kind.setdefault(self.kinds[code], []).append(code)
        for kind, codes in by_kind.items():
            seen = [self._seen[("entity", c)] for c in codes]
            listed = ", ".join(
                c + (f" ({self.names[c]})" if self.names.get(c) else "")
                for c in sorted(codes)[:_CODES_NAMED]
            )
            more = f" and {len(codes) - _CODES_NAMED} more" if len(codes) > _CODES_NAMED else ""
            what = (
                "is not an ISO 3166 country"
                if len(codes) == 1
                else f"({len(codes)} codes) are not ISO 3166 countries"
            )
            log.add_rows(
                sorted(x for s in seen for x in s.lines)[:5],
                column,
                f"{listed}{more} {what}; kept as written, as entities of kind {kind}",
                Severity.WARNING,
                count=sum(s.rows for s in seen),
            )
        for (what, name), noted in self._seen.items():
            if what == "entity":
                continue
            text = (
                f"no code, only the name {name!r}: the code is taken from the name"
                if what == "named"
                else f"no code, only the name {name!r}, which is not a country Corridor "
                "knows: stored without one"
            )
            log.add_rows(noted.lines, column, text, Severity.WARNING, count=noted.rows)

    def entities(self) -> pd.DataFrame:
        """The entities kept: code, name (as the file gave it) and kind."""
        rows = [(c, self.names.get(c, ""), str(k)) for c, k in sorted(self.kinds.items())]
        return pd.DataFrame(rows, columns=list(ENTITY_COLUMNS))


def _notice(
    code: str, name: str, value: str, kinds: dict[str, EntityKind]
) -> tuple[str, str] | None:
    """What a (code, name) pair is worth a warning for: a kept entity or a name-only row."""
    if code and value in kinds:
        return ("entity", value)
    if not code and name:
        return ("named" if value else "unnamed", name)
    return None


def _unique(pair: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.unique(pair, return_inverse=True, return_counts=True)`` of codes below
    ``size``: counted, not sorted (a pass over the rows instead of a sort)."""
    if size > 4 * len(pair) + 1024:
        uniq, inverse, counts = np.unique(pair, return_inverse=True, return_counts=True)
        return uniq, inverse.reshape(-1), counts
    every = np.bincount(pair, minlength=size)
    uniq = np.flatnonzero(every)
    if len(uniq) == size:  # every code used: the codes are their own positions
        return uniq, pair, every
    remap = np.zeros(size, dtype=np.int64)
    remap[uniq] = np.arange(len(uniq))
    return uniq, remap[pair], every[uniq]


def _encoded(frame: pd.DataFrame, field: str, n: int) -> Coded:
    s = frame.get(field)
    return encode(s if isinstance(s, pd.Series) else None, n, "", strip=True)


def _country_by_name(text: str) -> str | None:
    """ISO alpha-3 for a country written out ("Azerbaijan", "China"); None if unknown."""
    if len(text) <= 3:
        return None
    try:
        hit = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return str(hit.alpha_3)
