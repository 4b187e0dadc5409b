"""One SDMX series per unit: indicators that a file gives in more than one unit.

A unit dimension (``UNIT_MEASURE``, Eurostat's ``unit``) is part of the series key, yet
Corridor keeps it as the figure's unit, not in the indicator code, so that ``XX_TRADE``
in ``MIO_EUR`` stays ``XX_TRADE``. Where one indicator comes in several units (OECD's
reference series give GDP in USD and in national currency, ``XDC``), the figures would
collide; those indicators get the unit code appended instead (``….B1GQ_V.USD`` and
``….B1GQ_V.XDC``), each with a catalogue row of its own. The catalogue rows then get the
unit their figures came in (:func:`fill_units`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services.importers.base import catalogue_rows, kind_of_unit
from app.services.importers.formats.distinct import (
    first_rows,
    in_first_appearance,
    numbered_in_order,
)
from app.services.importers.problems import ImportResult
from app.services.importers.unitmap import portal_unit


class UnitsSeen:
    """The unit codes each indicator code came with."""

    def __init__(self) -> None:
        self.units: dict[str, set[str]] = {}

    def learn(self, codes: pd.Series, units: pd.Series) -> None:
        if _coded(codes) and _coded(units):  # distinct pairs of category codes, in row order
            c, u = codes.cat.codes.to_numpy(), units.cat.codes.to_numpy()
            pair = in_first_appearance(c.astype(np.int64) * len(units.cat.categories) + u)
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


def fill_units(result: ImportResult) -> None:
    """Give catalogue rows the unit (and kind) their observations came in."""
    if result.indicators.empty or result.observations.empty:
        return
    obs = result.observations
    indicator, unit = obs["indicator"], obs["unit"]
    if _categorical(indicator) and _categorical(unit):
        # the first unit of each indicator, from the codes: no string per row
        codes = indicator.array.codes
        first = _first_row_of_each(codes)
        units = pd.Series(
            unit.iloc[first].astype(object).astype(str).to_numpy(),
            index=indicator.iloc[first].astype(object).astype(str).to_numpy(),
        )
    else:
        units = (
            pd.DataFrame({"i": indicator.astype(str), "u": unit.astype(str)})
            .drop_duplicates("i")
            .set_index("i")["u"]
        )
    result.indicators["unit"] = result.indicators["code"].map(units).astype(object).fillna("")
    result.indicators["kind"] = result.indicators["unit"].map(kind_of_unit)


def _first_row_of_each(codes: np.ndarray) -> np.ndarray:
    """The first row of each code, in row order: from the running maxima when the codes
    are numbered in order of first appearance (as the accumulator numbers them), a pass
    without hashing; else hashed (cheaper than a sort)."""
    if numbered_in_order(codes):
        return first_rows(codes)
    out: np.ndarray = pd.Series(codes).drop_duplicates().index.to_numpy()
    return out


def _categorical(s: pd.Series) -> bool:
    return isinstance(s.dtype, pd.CategoricalDtype) and not s.isna().any()
