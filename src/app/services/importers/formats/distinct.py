"""Text columns worked on per distinct value: one hash pass gives a code per row and the
distinct texts; whatever would be done to every cell (``.astype(str)``, ``.str.strip()``,
a regex, a lookup) is done to the few distinct texts and re-indexed by the codes, and the
result is a categorical over those codes: no Python string per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from app.domain.model import counts_up


def distinct(s: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """(code per row, distinct texts in order of first appearance) of ``s.astype(str)``.

    Codes index the distinct texts (a missing cell is a distinct value of its own, as
    ``.astype(str)`` keeps it), so ``f(texts)[codes]`` is ``f(s.astype(str))`` for any
    cell-by-cell ``f``. Arrow text is hashed by Arrow (``dictionary_encode``); a
    categorical (a column the parser dictionary-encoded) is read from its codes and
    categories, without a string per row."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        return _distinct_categorical(s)
    text = s.astype(str)
    codes, uniques = pd.factorize(text, use_na_sentinel=False)
    return np.asarray(codes), pd.Series(uniques, dtype=text.dtype)


def _distinct_categorical(s: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """:func:`distinct` of a categorical: its labels as ``astype(str)`` writes them (a
    missing cell stays missing, a text of its own; equal labels merged), then numbered in
    order of first appearance (no remapping where they already are, as a parser numbers
    them)."""
    codes, labels = coded_texts(s)
    merged, texts = pd.factorize(np.array(labels, dtype=object), use_na_sentinel=False)
    if len(codes) and codes.min() < 0:
        codes = np.where(codes < 0, len(labels) - 1, codes)
    row = merged[codes] if len(texts) < len(labels) else codes
    seen = in_first_appearance(row)
    texts = np.asarray(texts, dtype=object)
    if not counts_up(seen):
        remap = np.zeros(len(texts), dtype=np.intp)
        remap[seen] = np.arange(len(seen), dtype=np.intp)
        row = remap[row]
    # the text dtype ``astype(str)`` gives, so that ``.str`` methods work as they would
    return np.asarray(row, dtype=np.intp), pd.Series(texts[seen], dtype=str)


def in_first_appearance(codes: np.ndarray) -> np.ndarray:
    """``pd.unique(codes)``: the distinct codes in order of first appearance. Codes that
    are numbered so already (a column the parser dictionary-encoded) are told without a
    hash pass (:func:`numbered_in_order`): they are 0 to their maximum."""
    if numbered_in_order(codes):
        top = int(codes.max()) + 1 if len(codes) else 0
        return np.arange(top, dtype=codes.dtype)
    if len(codes) > _RUNS_FROM:
        # the code of each run of equal codes (a sorted file repeats its indicator for
        # every partner and year): the same first appearances from fewer values to hash
        starts = np.flatnonzero(codes[1:] != codes[:-1])
        if len(starts) < len(codes) // 4:
            return np.asarray(pd.unique(np.concatenate([codes[:1], codes[starts + 1]])))
    return np.asarray(pd.unique(codes))


#: Blocks of more rows than this are looked at run by run (fewer: hashed at once).
_RUNS_FROM = 4096


#: Rows per block of :func:`numbered_in_order` and :func:`first_rows`: blocks of the
#: first size, then, when many of those bring new codes, of the second.
_BLOCKS = (1024, 64)
#: At most this many blocks are read row by row (more: the slow way, at once).
_READ_BLOCKS = 32


def numbered_in_order(codes: np.ndarray) -> bool:
    """Are ``codes`` numbered 0, 1, 2, ... in order of first appearance (each new code one
    more than the largest before it), as far as that is cheap to tell? Told from the
    maxima of blocks of rows, a cheap vector reduction: a block whose maximum is at most
    one more than every code before it cannot break that order, and only the blocks
    bringing two new codes or more are read row by row. When many do even in small
    blocks, False: the caller then hashes, which costs about what reading them would."""
    n = len(codes)
    if n == 0:
        return True
    if codes.dtype.kind not in "iu" or codes.min() < 0:
        return False
    for size in _BLOCKS:
        tops, before = _block_maxima(codes, size)
        before[0] = -1  # the first code must be 0
        suspect = np.flatnonzero(tops > before + 1)
        if len(suspect) <= _READ_BLOCKS:
            break
    else:
        return False
    for j in suspect.tolist():
        block = codes[j * size : (j + 1) * size].astype(np.int64)
        top = np.maximum.accumulate(np.concatenate([[before[j]], block[:-1]]))
        if (block > top + 1).any():
            return False
    return True


def coded_texts(s: pd.Series) -> tuple[np.ndarray, list[Any]]:
    """(code per row, labels) of ``s.astype(str)``, like :func:`distinct` but without
    reading the rows of a categorical: its codes index its categories as text, and its
    missing code -1 the last label, what ``astype(str)`` makes of a missing cell. Labels
    may be unused or, for other columns, in order of first appearance."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        missing = pd.Series([None], dtype=object).astype(str).iloc[0]
        return s.cat.codes.to_numpy(), [*s.cat.categories.astype(str), missing]
    codes, texts = distinct(s)
    return codes, list(texts)


def used_texts(s: pd.Series) -> set[Any]:
    """``set(s.astype(str))`` from the distinct texts alone."""
    codes, labels = coded_texts(s)
    if not len(codes):
        return set()
    used = np.zeros(len(labels), dtype=bool)
    used[codes] = True
    return {t for t, u in zip(labels, used.tolist(), strict=True) if u}


def categorical(codes: np.ndarray, labels: Sequence[str], index: pd.Index) -> pd.Series:
    """``labels[codes]`` as a categorical Series; ``labels`` may repeat (equal labels
    become one category, in order of first listing). ``codes`` must index ``labels``."""
    merged, cats = pd.factorize(np.array(labels, dtype=object))
    if len(cats) < len(labels):
        codes = merged[codes]
    cat = pd.Categorical.from_codes(codes, categories=pd.Index(cats, dtype=object), validate=False)
    return pd.Series(cat, index=index)


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The first row of each code, for codes numbered 0, 1, 2, ... in order of first
    appearance (as ``pd.factorize`` numbers them): a new code is a new running maximum."""
    if not len(codes):
        return np.zeros(0, dtype=np.intp)
    # blocks of rows whose maximum tops every code before them hold the first rows: only
    # those are read row by row (a running maximum is a slow numpy pass)
    size = _BLOCKS[0]
    tops, before = _block_maxima(codes, size)
    fresh = np.flatnonzero(tops > before)
    if len(fresh) > _READ_BLOCKS:
        top = np.maximum.accumulate(codes)
        return np.flatnonzero(np.concatenate([[True], top[1:] > top[:-1]]))
    found = []
    for j in fresh.tolist():
        block = codes[j * size : (j + 1) * size].astype(np.int64)
        top = np.maximum.accumulate(np.concatenate([[before[j]], block[:-1]]))
        found.append(j * size + np.flatnonzero(block > top))
    return np.concatenate(found)


def _block_maxima(codes: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(maximum of each block of ``size`` rows, the largest code before each block;
    before the first: the least int64) of a non-empty integer array."""
    whole = len(codes) - len(codes) % size
    tops = codes[:whole].reshape(-1, size).max(axis=1).astype(np.int64)
    if whole < len(codes):
        tops = np.append(tops, int(codes[whole:].max()))
    start = np.iinfo(np.int64).min
    before = np.concatenate([[start], np.maximum.accumulate(tops)[:-1]])
    return tops, before


def combinations(dims: list[pd.Series]) -> tuple[np.ndarray, np.ndarray]:
    """(combination per row, first row of each) of categorical columns; combinations are
    numbered in order of first appearance."""
    codes = dims[0].cat.codes.to_numpy()
    if numbered_in_order(codes):  # numbered so already (no missing cell): factorize keeps them
        combo = codes.astype(np.int64)
    else:
        combo, _ = pd.factorize(codes.astype(np.int64) + 1)
    for d in dims[1:]:
        codes = d.cat.codes.to_numpy().astype(np.int64)
        combo, _ = pd.factorize(combo * (len(d.cat.categories) + 1) + codes + 1)
    return np.asarray(combo), first_rows(combo)


def distinct_rows(frame: pd.DataFrame, columns: Sequence[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """(code per row, the distinct rows of ``columns`` as text, in order of first
    appearance): whatever a cell-by-cell ``f`` of those columns gives, ``f(rows)`` indexed
    by the codes gives for every row, at the cost of the few distinct rows. The texts are
    ``astype(str)`` of the cells, as categoricals or text columns hold them."""
    key = np.zeros(len(frame), dtype=np.int64)
    radix = 1
    coded = [coded_texts(frame[col]) for col in columns]
    for codes, labels in coded:
        if radix * len(labels) >= 2**62:  # too many combinations for one integer: renumber
            key = pd.factorize(key)[0].astype(np.int64)
            radix = int(key.max(initial=0)) + 1
        key = key * len(labels) + codes
        radix *= len(labels)
    seen, _keys = pd.factorize(key)
    first = first_rows(seen)
    index = frame.index[first]
    out = pd.DataFrame(
        {
            col: pd.Series(np.array(labels, dtype=object)[codes[first]], index, dtype=str)
            for col, (codes, labels) in zip(columns, coded, strict=True)
        },
        index=index,
    )
    return np.asarray(seen), out


def per_distinct(
    frame: pd.DataFrame, columns: Sequence[str], fn: Callable[[pd.DataFrame], pd.Series]
) -> pd.Series:
    """``fn(frame[columns].astype(str))`` for a cell-by-cell ``fn`` returning text, worked
    out once per distinct row of ``columns`` and spread over the rows as a categorical."""
    codes, rows = distinct_rows(frame, columns)
    return categorical(codes, [str(t) for t in fn(rows)], frame.index)
