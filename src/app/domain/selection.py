"""Selecting observations: country pairs, indicators, period ranges, text.

Masks are computed on categorical codes, never by reordering the frame.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: the columns :func:`pair_mask` reads
PAIR_COLUMNS = ("reporter", "partner")


def code_counts(col: pd.Series, rows: np.ndarray | None = None) -> dict[str, int]:
    """How many of ``rows`` (positions or a mask; None for all) hold each text of a
    categorical column, counted on its codes (no text per row); texts held by no row are
    left out."""
    if not isinstance(col.dtype, pd.CategoricalDtype):
        part = col if rows is None else col.iloc[rows]
        return {str(k): int(n) for k, n in part.astype(str).value_counts().items()}
    codes = col.cat.codes.to_numpy()
    if rows is not None:
        codes = codes[rows]
    counts = np.bincount(codes[codes >= 0], minlength=len(col.cat.categories))
    held = np.flatnonzero(counts)
    texts = np.asarray(col.cat.categories, dtype=object)[held]
    return {str(t): int(n) for t, n in zip(texts, counts[held], strict=True)}


def parse_pair(text: str) -> tuple[str, str]:
    """ "CHN-AZE" -> ("CHN", "AZE"). Raises ValueError for anything else."""
    parts = [p.strip().upper() for p in text.replace("/", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise ValueError(f"a pair is two ISO alpha-3 codes such as CHN-AZE, not {text!r}")
    return parts[0], parts[1]


def _in(col: pd.Series, values: set[str]) -> np.ndarray:
    """Boolean mask of a (categorical) column's membership, computed on its codes: one
    table lookup per row (code -1, a missing value, reads the table's last, False, entry)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = col.cat.categories
        table = np.zeros(len(cats) + 1, dtype=bool)
        table[:-1] = cats.isin(list(values))
        mask: np.ndarray = table[col.cat.codes.to_numpy()]
        return mask
    return col.isin(list(values)).to_numpy()


def pair_mask(obs: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """Rows of the pair in both directions, and one-country rows of either side."""
    rep = _in(obs["reporter"], {a, b})
    par = _in(obs["partner"], {a, b, ""})
    # a row of one side with itself as partner is not the pair's
    same = (_in(obs["reporter"], {a}) & _in(obs["partner"], {a})) | (
        _in(obs["reporter"], {b}) & _in(obs["partner"], {b})
    )
    mask: np.ndarray = rep & par & ~same
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
