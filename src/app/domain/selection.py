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
    codes = category_codes(col)
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


def _code_table(col: pd.Series, values: set[str]) -> np.ndarray:
    """Per code of a categorical column (and a last, False, entry for code -1, a missing
    value): whether its text is one of ``values``."""
    cats = col.cat.categories
    table = np.zeros(len(cats) + 1, dtype=bool)
    table[:-1] = cats.isin(list(values))
    return table


#: up to this many matching codes, a column is compared with each (a vectorised equality
#: per code) rather than looked up per row in a table (a gather, several times slower)
_FEW_CODES = 3


def holds_any(col: pd.Series, values: set[str]) -> np.ndarray:
    """Per row: whether a (categorical) column holds one of ``values``, read on its codes
    (see :func:`code_rows`)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        return code_rows(category_codes(col), _code_table(col, values))
    return col.isin(list(values)).to_numpy()


def code_rows(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Per row: ``table[codes]``, a boolean per code (its last entry for code -1).

    When few codes are wanted, as for one country, indicator or column value, each is
    compared with the codes (a vectorised equality); a lookup per row (a gather) costs
    several times as much and is done only for many."""
    hits = np.flatnonzero(table)
    if len(hits) > _FEW_CODES:
        mask: np.ndarray = table[codes]
        return mask
    wanted = [-1 if h == len(table) - 1 else h for h in hits.tolist()]
    if not wanted:
        return np.zeros(len(codes), dtype=bool)
    mask = codes == wanted[0]
    if len(wanted) > 1:
        same = np.empty_like(mask)  # one scratch array, not one per code
        for code in wanted[1:]:
            mask |= np.equal(codes, code, out=same)
    return mask


def rows_in(col: pd.Series, values: set[str], at: np.ndarray) -> np.ndarray:
    """The positions of ``at`` whose row of a categorical column holds one of ``values``
    (read on the codes of those rows only)."""
    held: np.ndarray = at[_code_table(col, values)[category_codes(col)[at]]]
    return held


def pair_mask(obs: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """Rows of the pair in both directions, and one-country rows of either side."""
    rep, par = obs["reporter"], obs["partner"]
    if not (
        isinstance(rep.dtype, pd.CategoricalDtype) and isinstance(par.dtype, pd.CategoricalDtype)
    ):
        same = (holds_any(rep, {a}) & holds_any(par, {a})) | (
            holds_any(rep, {b}) & holds_any(par, {b})
        )
        plain: np.ndarray = holds_any(rep, {a, b}) & holds_any(par, {a, b, ""}) & ~same
        return plain
    mask = np.zeros(len(obs), dtype=bool)
    mask[pair_rows(obs, a, b)] = True
    return mask


def pair_rows(obs: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """The positions of :func:`pair_mask`'s rows, ascending."""
    rep, par = obs["reporter"], obs["partner"]
    if not (
        isinstance(rep.dtype, pd.CategoricalDtype) and isinstance(par.dtype, pd.CategoricalDtype)
    ):
        return np.flatnonzero(pair_mask(obs, a, b))
    # each row's reporter and partner as a class (0 other, 1 a, 2 b, 3 no partner), then
    # one lookup in the table of pairs of classes the pair holds: a side with a partner of
    # the other side, or with none; never a side with itself. Read at the rows whose
    # reporter is a side and whose partner one or none only: a pair is a small share
    at = np.flatnonzero(holds_any(rep, {a, b}) & holds_any(par, {a, b, ""}))
    r = _classes(rep, (a, b), at)
    p = _classes(par, (a, b, ""), at)
    allowed = np.zeros((3, 4), dtype=bool)
    # (a == b: both sides are class 1, never 2, so only its rows without a partner)
    allowed[1, 2] = allowed[2, 1] = allowed[1, 3] = allowed[2, 3] = True
    rows: np.ndarray = at[allowed[r, p]]
    return rows


def _classes(col: pd.Series, texts: tuple[str, ...], at: np.ndarray) -> np.ndarray:
    """Per row at ``at`` of a categorical column: 1 + the position in ``texts`` of its
    text (the first, when two are equal), 0 for any other text or a missing value."""
    cats = col.cat.categories
    table = np.zeros(len(cats) + 1, dtype=np.int8)
    for i, text in reversed(list(enumerate(texts))):
        table[:-1][np.asarray(cats == text)] = i + 1
    classes: np.ndarray = table[category_codes(col)[at]]
    return classes


def category_codes(col: pd.Series) -> np.ndarray:
    """The codes of a categorical column (-1 missing), read only: those of its array,
    without the copy ``.cat.codes`` makes (4 ms at 10M rows; a report reads them 50
    times, 15 µs each even for a pair)."""
    out: np.ndarray = col.array.codes
    return out


def indicator_mask(obs: pd.DataFrame, codes: set[str]) -> np.ndarray:
    return holds_any(obs["indicator"], codes)


def period_mask(obs: pd.DataFrame, first: int | None, last: int | None) -> np.ndarray:
    """Rows whose period overlaps [first, last] (month indices; None = open)."""
    mask = np.ones(len(obs), dtype=bool)
    if first is not None:
        mask &= obs["period_end"].to_numpy() >= first
    if last is not None:
        mask &= obs["period_start"].to_numpy() <= last
    return mask


def claims_pair_mask(claims: pd.DataFrame, a: str, b: str) -> np.ndarray:
    """Claims about the pair (as :func:`pair_mask`) and claims that name no country.

    A claims table's country columns are text, not categorical: each is factorized once
    and read as :func:`pair_rows` reads codes (eight ``isin`` calls on a thousand claims
    cost a report a millisecond)."""
    rep, rep_texts = pd.factorize(claims["reporter"])
    par, par_texts = pd.factorize(claims["partner"])
    sides = (a, b, "")
    # each row's reporter and partner as a class (0 other or missing, 1 a, 2 b, 3 blank)
    r = _text_classes(rep_texts, sides)[rep]
    p = _text_classes(par_texts, sides)[par]
    allowed = np.zeros((4, 4), dtype=bool)
    allowed[1, 2] = allowed[2, 1] = allowed[1, 3] = allowed[2, 3] = True
    blank = _text_classes(rep_texts, ("",))[rep].astype(bool)
    blank &= _text_classes(par_texts, ("",))[par].astype(bool)
    mask: np.ndarray = allowed[r, p] | blank
    return mask


def _text_classes(texts: object, wanted: tuple[str, ...]) -> np.ndarray:
    """Per code of ``pd.factorize``'s ``texts`` (and a last entry, 0, for code -1, a
    missing value): 1 + the position in ``wanted`` of its text (the first, when two are
    equal), 0 for any other."""
    class_of = {text: i + 1 for i, text in reversed(list(enumerate(wanted)))}
    values = np.asarray(texts, dtype=object).tolist()
    classes = [class_of.get(v, 0) if isinstance(v, str) else 0 for v in values]
    return np.array([*classes, 0], dtype=np.int8)
