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
    """``pd.unique(codes)``: the distinct codes in order of first appearance (one hash
    pass; cheaper than telling a running maximum that counts up by one)."""
    return np.asarray(pd.unique(codes))


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
    top = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate([[True], top[1:] > top[:-1]]))


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
