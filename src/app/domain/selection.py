"""Selecting observations: country pairs, indicators, period ranges, text.

Masks are computed on categorical codes, never by reordering the frame.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def parse_pair(text: str) -> tuple[str, str]:
    """ "CHN-AZE" -> ("CHN", "AZE"). Raises ValueError for anything else."""
    parts = [p.strip().upper() for p in text.replace("/", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise ValueError(f"a pair is two ISO alpha-3 codes such as CHN-AZE, not {text!r}")
    return parts[0], parts[1]


def _in(col: pd.Series, values: set[str]) -> np.ndarray:
    """Boolean mask of a (categorical) column's membership, computed on its codes."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = col.cat.categories
        wanted = np.flatnonzero(cats.isin(list(values)))
        return np.isin(col.cat.codes.to_numpy(), wanted)
    return col.isin(list(values)).to_numpy()


def pair_mask(obs: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """Rows of the pair in both directions, and one-country rows of either side."""
    sides = {a, b}
    rep = _in(obs["reporter"], sides)
    par = _in(obs["partner"], {*sides, ""})
    own_pair = rep & par & ~(_in(obs["reporter"], {a}) & _in(obs["partner"], {a}))
    mask: np.ndarray = own_pair & ~(_in(obs["reporter"], {b}) & _in(obs["partner"], {b}))
    return mask


def indicator_mask(obs: pd.DataFrame, codes: set[str]) -> np.ndarray:
    return _in(obs["indicator"], codes)


def period_mask(obs: pd.DataFrame, first: int | None, last: int | None) -> np.ndarray:
    """Rows whose period overlaps [first, last] (month indices; None = open)."""
    mask = np.ones(len(obs), dtype=bool)
    if first is not None:
        mask &= obs["period_end"].to_numpy() >= first
    if last is not None:
        mask &= obs["period_start"].to_numpy() <= last
    return mask


def claims_pair_mask(claims: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """Claims about the pair (as :func:`pair_mask`) and claims that name no country."""
    blank = _in(claims["reporter"], {""}) & _in(claims["partner"], {""})
    mask: np.ndarray = pair_mask(claims, a, b) | blank
    return mask
