"""Text columns as codes and words, for the analytics' keys and the reports' texts.

A categorical column is read through its codes and its categories' texts (made once per
category, and once per block of :func:`~app.domain.analytics.passes.one_pass`), never
as a string per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import numpy as np
import pandas as pd

from app.domain.analytics.passes import once_per_pass
from app.domain.selection import category_codes


def _categories(col: pd.Series) -> pd.Index:
    """A categorical column's categories, read from its dtype (``.cat`` costs 10×)."""
    return cast(pd.CategoricalDtype, col.dtype).categories


def category_texts(col: pd.Series) -> list[str]:
    """The str of each category of a categorical column, read through one ``tolist``
    (iterating Arrow-backed categories boxes them one by one: 1,000 indicator categories
    cost 0.3 ms, paid by every keyed frame of a pair's report); once per block of
    :func:`one_pass`."""
    cats = _categories(col)
    texts = once_per_pass("category texts", (cats,), lambda: tuple(str(c) for c in cats.tolist()))
    return list(texts)


def as_objects(col: pd.Series) -> np.ndarray:
    """A (categorical) text column as an object array of str, taken through its codes."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        cats = _category_words(col)
        codes = category_codes(col)
        return cats[np.where(codes < 0, len(cats) - 1, codes)]
    return np.asarray([str(x) for x in col.fillna("")], dtype=object)


def text_codes(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(codes, words): ``words[codes]`` is :func:`as_objects` of ``col`` (the last word is
    '', for a missing value), without making a string per row."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        return category_codes(col), _category_words(col)
    # a missing value is code -1 (''), any other the str of its value, as in as_objects
    codes, uniques = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=True)
    return codes, np.asarray([*(str(u) for u in uniques), ""], dtype=object)


def _category_words(col: pd.Series) -> np.ndarray:
    """The texts of a categorical column's categories and '' (for a missing value), read
    only; once per block of :func:`one_pass` (a report codes its columns a dozen times)."""

    def words() -> np.ndarray:
        out = np.asarray([*category_texts(col), ""], dtype=object)
        out.flags.writeable = False
        return out

    return once_per_pass("category words", (_categories(col),), words)


def str_texts(col: pd.Series) -> np.ndarray:
    """A (categorical) column as the object array of texts ``astype(str)`` gives (a missing
    category reads "nan"), made once per category rather than once per row."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        words = np.asarray([*category_texts(col), "nan"], dtype=object)
        out: np.ndarray = words[category_codes(col)]
        return out
    return col.astype(str).to_numpy(dtype=object)


def vocabulary(columns: Sequence[pd.Series]) -> tuple[list[np.ndarray], np.ndarray]:
    """Codes of text columns in one shared vocabulary sorted like the texts (code order is
    text order, equal texts one code), and the vocabulary: ``vocab[codes]`` is
    :func:`as_objects` of each column. Read only; once per block of :func:`one_pass` for
    the same columns' arrays (a report codes its pair's reporters and partners in every
    keyed step)."""
    arrays = tuple(col.array for col in columns)
    return once_per_pass("vocabulary", arrays, lambda: _vocabulary(columns))


def _vocabulary(columns: Sequence[pd.Series]) -> tuple[list[np.ndarray], np.ndarray]:
    parts = [text_codes(col) for col in columns]
    vocab = sorted({w for _codes, words in parts for w in words})
    at = {w: i for i, w in enumerate(vocab)}
    out = []
    for codes, words in parts:
        table = np.asarray([at[w] for w in words], dtype=np.int32)
        if len(words) == len(vocab) and (table[:-1] == np.arange(1, len(vocab))).all():
            # sorted categories without '': code c is word c + 1 ('' first, for -1)
            out.append(np.add(codes, 1, dtype=np.int32))
        else:
            out.append(table[codes])  # code -1 takes the last word: ''
    words = np.asarray(vocab, dtype=object)
    for arr in (*out, words):
        arr.flags.writeable = False
    return out, words


def distinct(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sorted distinct ints, the position of each row's among them): ``np.unique`` with
    ``return_inverse``, by a count where the ints are small (source ids)."""
    ids = np.asarray(ids)
    if len(ids) and ids.dtype.kind in "iu" and ids.min() >= 0 and ids.max() < 4 * len(ids) + 4096:
        present = np.bincount(ids) > 0
        uniq = np.flatnonzero(present)
        at = np.cumsum(present) - 1
        return uniq.astype(ids.dtype), at[ids]
    uniq, inverse = np.unique(ids, return_inverse=True)
    return uniq, inverse.reshape(-1)


def str_column(
    codes: np.ndarray, words: Sequence[str]
) -> pd.api.extensions.ExtensionArray | np.ndarray:
    """``words[codes]`` as the column pandas makes of a numpy str array (its default str
    dtype: Arrow strings), built by Arrow from the codes instead of string by string."""
    dtype = pd.Series(np.asarray(["x"])).dtype
    if not isinstance(dtype, pd.StringDtype) or dtype.storage != "pyarrow":
        plain: np.ndarray = np.asarray(words)[codes]
        return plain
    import pyarrow as pa

    arr = pa.DictionaryArray.from_arrays(pa.array(codes), pa.array(list(words))).cast(pa.string())
    out: pd.api.extensions.ExtensionArray = pd.array(arr, dtype=dtype)
    return out


def published_texts(ids: np.ndarray, sources: pd.DataFrame | None) -> np.ndarray:
    """Publication date text of each source id in ``ids`` ('' where unknown)."""
    if sources is None or sources.empty:
        return np.full(len(ids), "", dtype=object)
    dates = once_per_pass("published", (sources,), lambda: _published_dates(sources))
    return np.asarray([dates.get(i, "") for i in np.asarray(ids).tolist()], dtype=object)


def _published_dates(sources: pd.DataFrame) -> dict[int, str]:
    """The publication date text of each source id (a dict of the few sources, not an
    indexed Series: reports call this several times)."""
    dates: dict[int, str] = {}
    texts = sources["published"].astype(str).tolist()
    for sid, text in zip(sources["source_id"].tolist(), texts, strict=True):
        # the first row of an id stated twice; a missing date reads ''
        dates.setdefault(sid, text if isinstance(text, str) else "")
    return dates


def published_rank(source_ids: np.ndarray, sources: pd.DataFrame | None) -> np.ndarray:
    """Per row, the rank of its source's publication date text (higher = later in text
    order, '' lowest of the texts, a missing date below all): the rule's second step."""
    uniq, inverse = distinct(source_ids)
    texts = published_texts(uniq, sources)
    is_text = np.asarray([isinstance(t, str) for t in texts], dtype=bool)
    words = sorted({t for t in texts[is_text]})
    at = {w: i for i, w in enumerate(words)}
    rank = np.asarray([at[t] if ok else -1 for t, ok in zip(texts, is_text, strict=True)])
    out: np.ndarray = rank.astype(np.int64)[inverse]
    return out
