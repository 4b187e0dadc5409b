"""One SDMX series per unit: indicators that a file gives in more than one unit.

A unit dimension (``UNIT_MEASURE``, Eurostat's ``unit``) is part of the series key, yet
Corridor keeps it as the figure's unit, not in the indicator code, so that ``XX_TRADE``
in ``MIO_EUR`` stays ``XX_TRADE``. Where one indicator comes in several units (OECD's
reference series give GDP in USD and in national currency, ``XDC``), the figures would
collide; those indicators get the unit code appended instead (``….B1GQ_V.USD`` and
``….B1GQ_V.XDC``), each with a catalogue row of its own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services.importers.base import catalogue_rows
from app.services.importers.problems import ImportResult
from app.services.importers.unitmap import portal_unit


class UnitsSeen:
    """The unit codes each indicator code came with."""

    def __init__(self) -> None:
        self.units: dict[str, set[str]] = {}

    def learn(self, codes: pd.Series, units: pd.Series) -> None:
        if _coded(codes) and _coded(units):  # distinct pairs of category codes, in row order
            c, u = codes.cat.codes.to_numpy(), units.cat.codes.to_numpy()
            pair = pd.unique(c.astype(np.int64) * len(units.cat.categories) + u)
            code_text = np.asarray(codes.cat.categories, dtype=object)
            unit_text = np.asarray(units.cat.categories, dtype=object)
            seen = zip(
                code_text[pair // len(unit_text)], unit_text[pair % len(unit_text)], strict=True
            )
            for code, unit in seen:
                self.units.setdefault(str(code), set()).add(str(unit))
            return
        pairs = pd.DataFrame({"c": codes.astype(str), "u": units.astype(str)}).drop_duplicates()
        for code, unit in zip(pairs["c"], pairs["u"], strict=True):
            self.units.setdefault(code, set()).add(unit)

    def split(self, result: ImportResult, names: dict[str, str]) -> None:
        """Append the unit code to indicators seen in several units (observations and
        catalogue rows alike)."""
        multi = {c: u for c, u in self.units.items() if len({x for x in u if x}) > 1}
        obs = result.observations
        if not multi or obs.empty:
            return
        indicator = obs["indicator"].astype(str).to_numpy(dtype=object)
        unit = obs["unit"].astype(str).to_numpy(dtype=object)
        renamed = indicator.copy()
        added: list[dict[str, str]] = []
        for code, raws in multi.items():
            back = {_stored(r): r for r in sorted(raws) if r}
            rows = indicator == code
            if not rows.any():
                continue
            suffix = np.array([back.get(u, u) for u in unit[rows]], dtype=object)
            renamed[rows] = code + "." + suffix
            name = names.get(code, code)
            added += [
                {"code": f"{code}.{s}", "name": f"{name} ({s})", "topic": _topic(result, code)}
                for s in sorted(set(suffix))
            ]
        was_category = isinstance(obs["indicator"].dtype, pd.CategoricalDtype)
        obs["indicator"] = pd.Categorical(renamed) if was_category else renamed
        kept = result.indicators
        if not kept.empty:
            kept = kept[~kept["code"].isin(list(multi))]
        result.indicators = pd.concat([kept, catalogue_rows(added)], ignore_index=True)


def _coded(s: pd.Series) -> bool:
    """A categorical without missing cells (its codes stand for every row)."""
    return (
        isinstance(s.dtype, pd.CategoricalDtype)
        and len(s.cat.categories) > 0
        and not s.isna().any()
    )


def _stored(raw: str) -> str:
    """The unit a RowBuilder stores for a unit code (known codes are translated)."""
    hit = portal_unit(raw.strip())
    return hit[0] if hit is not None else raw.strip()


def _topic(result: ImportResult, code: str) -> str:
    rows = result.indicators
    if rows.empty or "topic" not in rows:
        return result.source.publisher
    hit = rows.loc[rows["code"] == code, "topic"]
    return str(hit.iat[0]) if len(hit) else result.source.publisher
