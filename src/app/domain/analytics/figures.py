"""One figure per key: which of several rows for the same figure the analytics use.

Several sources often give the same figure (indicator, reporter, partner, subject, period:
``FIGURE_KEY``). The analytics use one row per key, chosen by a fixed, documented rule:

1. the row marked ``preferred`` (the user's choice);
2. else the row whose source was published most recently (later statements usually
   correct earlier ones; a blank date counts as oldest);
3. else the row with the highest ``obs_id`` (the one entered last).

``choice`` says which rule decided, so that every view can say which value it used.

In "any reporter" mode the key uses the unordered country pair instead of
(reporter, partner): a figure stated by either side of the pair competes for one slot.

The rule runs on numbers, never on texts (issue 21): each text column of the key becomes
integer codes in one vocabulary sorted like the texts (:func:`coded_rows`), the key one
int64 per row (:func:`pack`), the publication date a rank per source; one sort of the keys
groups the rows and only keys stated more than once go through the rule's sort. The texts
of the result are taken through the codes for the rows chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar, cast

import numpy as np
import pandas as pd

from app.domain.selection import category_codes

#: Series key of comparable periods: the figure key without the year.
WINDOW_COLUMNS = (
    "indicator",
    "side_a",
    "side_b",
    "subject",
    "period_point",
    "window_month",
    "window_len",
)

CHOICE_PREFERRED = "preferred"
CHOICE_ONLY = "only figure"
CHOICE_LATEST = "most recently published"


@dataclass
class _Pass:
    """What one report computes once (:func:`one_pass`): each shared step's result by
    (step name, ids of its inputs), kept beside the inputs so that an id stays theirs."""

    memo: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = field(default_factory=dict)


_PASS: ContextVar[_Pass | None] = ContextVar("analytics_pass", default=None)


@contextmanager
def one_pass() -> Iterator[None]:
    """Within the block, a report's shared steps run once: each categorical column's texts
    are read once (its figures, changes, records, claims and conflicts each read the 1,000
    indicator names again), and the figures of a frame are chosen once (the figures used,
    their changes and their records choose among the same rows). The rows and categories
    are not changed while a report is built (categories never are), so nothing can go
    stale; the memo ends with the block."""
    token = _PASS.set(_Pass())
    try:
        yield
    finally:
        _PASS.reset(token)


_T = TypeVar("_T")


def once_per_pass(name: str, inputs: tuple[object, ...], build: Callable[[], _T]) -> _T:
    """``build()``, made once per block of :func:`one_pass` for the same ``inputs`` (the
    same objects: they are not changed while a report is built), shared by every step
    that asks (callers read the result, never write into it); outside a block, built on
    every call."""
    shared = _PASS.get()
    if shared is None:
        return build()
    key = (name, *map(id, inputs))
    hit = shared.memo.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], inputs, strict=True)):
        return cast(_T, hit[1])
    out = build()
    shared.memo[key] = (inputs, out)
    return out


def frame_column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]``, looked up once per block of :func:`one_pass` (a report's steps read
    its pair's columns 200 times, 13 µs each through a frame's string column index)."""
    return once_per_pass(f"column {name}", (frame,), lambda: frame[name])


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


def _published_texts(ids: np.ndarray, sources: pd.DataFrame | None) -> np.ndarray:
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
    texts = _published_texts(uniq, sources)
    is_text = np.asarray([isinstance(t, str) for t in texts], dtype=bool)
    words = sorted({t for t in texts[is_text]})
    at = {w: i for i, w in enumerate(words)}
    rank = np.asarray([at[t] if ok else -1 for t, ok in zip(texts, is_text, strict=True)])
    out: np.ndarray = rank.astype(np.int64)[inverse]
    return out


def fine_rows(observations: pd.DataFrame) -> np.ndarray | None:
    """Rows finer than a month (a day or week in ``period_detail``); None if none."""
    detail = observations.get("period_detail", None)
    if detail is None:
        return None
    codes, words = text_codes(detail)
    fine = (words != "")[codes]
    return fine if fine.any() else None


def keyed(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    months_only: bool = True,
) -> pd.DataFrame:
    """Plain key columns of each observation (original index kept).

    ``side_a``/``side_b`` are (reporter, partner) when ``same_reporter``; otherwise the
    sorted pair, so that either side's statement fits one series. Figures finer than a
    month (a day or week in ``period_detail``) are left out when ``months_only``: growth,
    windows and claims compare months, and a daily rate is not its month's figure.
    """
    fine = fine_rows(observations) if months_only else None
    rows = np.arange(len(observations)) if fine is None else np.flatnonzero(~fine)
    return keyed_at(observations, rows, sources, same_reporter)


def keyed_at(
    observations: pd.DataFrame,
    rows: np.ndarray,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> pd.DataFrame:
    """:func:`keyed` of the rows at positions ``rows`` (in that order), all months."""
    parts = keyed_parts(observations, rows, sources, same_reporter)
    return assemble(parts, observations.index[rows], len(rows))


#: a column of :func:`keyed_parts`: plain values, or texts as (codes, words)
Part = tuple[str, np.ndarray | tuple[np.ndarray, np.ndarray]]


def keyed_parts(
    observations: pd.DataFrame,
    rows: np.ndarray,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> list[Part]:
    """The columns of :func:`keyed_at` (KEYED_COLUMNS, in order) before they are a frame:
    for callers that want rows or columns, not a frame (building one costs more than
    computing its columns on a report's few rows)."""
    n = len(rows)
    (rep_c, par_c), sides = vocabulary(
        [frame_column(observations, "reporter"), frame_column(observations, "partner")]
    )
    rep_c, par_c = rep_c[rows], par_c[rows]
    if same_reporter:
        a_c, b_c = rep_c, par_c
    else:
        swap = par_c < rep_c
        a_c, b_c = np.where(swap, par_c, rep_c), np.where(swap, rep_c, par_c)
    ids = frame_column(observations, "source_id").to_numpy()[rows]
    uniq, inverse = distinct(ids)
    texts: dict[str, tuple[np.ndarray, np.ndarray]] = {
        "side_a": (a_c, sides),
        "side_b": (b_c, sides),
        "reporter": (rep_c, sides),
        "partner": (par_c, sides),
        "published": (inverse, _published_texts(uniq, sources)),
    }
    for name in ("indicator", "subject", "period_detail", "qualifier", "unit"):
        if name == "period_detail" and name not in observations:
            texts[name] = (np.zeros(n, dtype=np.int64), np.asarray([""], dtype=object))
            continue
        codes, words = text_codes(frame_column(observations, name))
        texts[name] = (codes[rows], words)

    def ints(name: str) -> np.ndarray:
        out: np.ndarray = frame_column(observations, name).to_numpy()[rows].astype("int64")
        return out

    start, end = ints("period_start"), ints("period_end")
    plain = {
        "period_point": frame_column(observations, "period_point").to_numpy(dtype=bool)[rows],
        "window_month": start % 12,
        "window_len": end - start,
        "year": start // 12,
        "period_start": start,
        "period_end": end,
        "value": frame_column(observations, "value").to_numpy(dtype="float64")[rows],
        "obs_id": ints("obs_id"),
        "source_id": ids.astype("int64"),
        "preferred": frame_column(observations, "preferred").to_numpy(dtype=bool)[rows],
    }
    return [(c, texts[c] if c in texts else plain[c]) for c in KEYED_COLUMNS]


def part_values(part: np.ndarray | tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """A column of :func:`keyed_parts` as values (texts as an object array of str)."""
    if isinstance(part, tuple):
        codes, words = part
        out: np.ndarray = np.take(words, codes)
        return out
    return part


def assemble(columns: Sequence[Part], index: pd.Index, n: int) -> pd.DataFrame:
    """A frame of plain columns and object text columns given as (codes, words): the
    texts are taken into one block of object arrays (explicit objects: letting pandas
    infer a string dtype costs more than everything else here), the rest inserted."""
    texts = [(i, name, col) for i, (name, col) in enumerate(columns) if isinstance(col, tuple)]
    block = np.empty((len(texts), n), dtype=object)
    for row, (_i, _name, (codes, words)) in zip(block, texts, strict=True):
        np.take(words, codes, out=row)
    out = pd.DataFrame(
        block.T, index=index, columns=[name for _i, name, _c in texts], dtype=object, copy=False
    )
    for i, (name, col) in enumerate(columns):
        if not isinstance(col, tuple):
            out.insert(i, name, col)
    return out


#: the columns of :func:`keyed`, in order
KEYED_COLUMNS = (
    "indicator",
    "side_a",
    "side_b",
    "subject",
    "period_point",
    "period_detail",
    "window_month",
    "window_len",
    "year",
    "period_start",
    "period_end",
    "value",
    "qualifier",
    "unit",
    "reporter",
    "partner",
    "obs_id",
    "source_id",
    "preferred",
    "published",
)


# --- the rule on numbers ------------------------------------------------------------------


@dataclass(frozen=True)
class CodedRows:
    """The rows of one frame that :func:`keyed` keeps, their figure key as numbers.

    Text codes index vocabularies shared by every frame coded together
    (:func:`coded_rows`), so keys of different frames compare."""

    frame: pd.DataFrame
    rows: np.ndarray  # positions in ``frame``
    indicator: np.ndarray
    side_a: np.ndarray
    side_b: np.ndarray
    reporter: np.ndarray
    partner: np.ndarray
    subject: np.ndarray
    detail: np.ndarray
    point: np.ndarray
    start: np.ndarray  # months (int32)
    end: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)

    def take(self, column: str) -> np.ndarray:
        """A plain (non-text) column of ``frame`` at these rows."""
        out: np.ndarray = frame_column(self.frame, column).to_numpy()[self.rows]
        return out

    def value(self) -> np.ndarray:
        out: np.ndarray = np.asarray(
            frame_column(self.frame, "value").to_numpy(dtype="float64")[self.rows]
        )
        return out


@dataclass(frozen=True)
class Vocab:
    """Texts of the codes of :class:`CodedRows` (reporter and partner share ``sides``)."""

    indicator: np.ndarray
    sides: np.ndarray
    subject: np.ndarray
    detail: np.ndarray


def coded_rows(
    frames: Sequence[pd.DataFrame], same_reporter: bool = True, months_only: bool = True
) -> tuple[list[CodedRows], Vocab]:
    """:func:`keyed`'s key of each frame's rows as codes in shared vocabularies (the
    detail only with ``months_only`` False: the months kept have none)."""
    kept: list[np.ndarray | None] = []  # None: every row
    for f in frames:
        fine = fine_rows(f) if months_only else None
        kept.append(None if fine is None else np.flatnonzero(~fine))

    def at(arr: np.ndarray, rows: np.ndarray | None) -> np.ndarray:
        return arr if rows is None else arr[rows]

    def detail_of(f: pd.DataFrame) -> pd.Series:
        col = f.get("period_detail", None)
        return col if col is not None else pd.Series(np.full(len(f), ""), dtype=object)

    ind, ind_v = vocabulary([frame_column(f, "indicator") for f in frames])
    sides, sides_v = vocabulary(
        [c for f in frames for c in (frame_column(f, "reporter"), frame_column(f, "partner"))]
    )
    subj, subj_v = vocabulary([frame_column(f, "subject") for f in frames])
    if months_only:
        det = [np.zeros(len(f), dtype=np.int32) for f in frames]
        det_v = np.asarray([""], dtype=object)
    else:
        det, det_v = vocabulary([detail_of(f) for f in frames])
    out = []
    for i, (f, rows) in enumerate(zip(frames, kept, strict=True)):
        rep, par = at(sides[2 * i], rows), at(sides[2 * i + 1], rows)
        if same_reporter:
            a, b = rep, par
        else:
            a, b = np.minimum(rep, par), np.maximum(rep, par)
        out.append(
            CodedRows(
                frame=f,
                rows=np.arange(len(f)) if rows is None else rows,
                indicator=at(ind[i], rows),
                side_a=a,
                side_b=b,
                reporter=rep,
                partner=par,
                subject=at(subj[i], rows),
                detail=at(det[i], rows),
                point=at(frame_column(f, "period_point").to_numpy(dtype=bool), rows),
                start=_months(at(frame_column(f, "period_start").to_numpy(), rows)),
                end=_months(at(frame_column(f, "period_end").to_numpy(), rows)),
            )
        )
    return out, Vocab(ind_v, sides_v, subj_v, det_v)


def _months(arr: np.ndarray) -> np.ndarray:
    """Month indices as int32 (int64 if they come wider): room for the arithmetic of
    windows and years, half the memory of int64 per row."""
    out: np.ndarray = arr.astype(np.int32 if arr.dtype.itemsize <= 4 else np.int64)
    return out


def pack(parts: Sequence[np.ndarray]) -> np.ndarray:
    """One int64 per row ordering like the tuple of ``parts`` (int arrays, first most
    significant): mixed radix over each part's range, re-numbered densely (order kept)
    where the radix would overflow."""
    n = len(parts[0]) if parts else 0
    key = np.zeros(n, dtype=np.int64)
    span = 1
    for part in parts:
        if n == 0:
            continue
        p = np.asarray(part)
        low = int(p.min())
        size = int(p.max()) - low + 1
        if size == 1:
            continue  # one value: nothing to order
        if span * size >= 2**62:
            uniq, inverse = np.unique(key, return_inverse=True)
            key, span = inverse.reshape(-1).astype(np.int64), len(uniq)
        key *= size
        key += p
        if low:
            key -= low
        span *= size
    return key


def window_parts(c: CodedRows) -> list[np.ndarray]:
    """The series key (WINDOW_COLUMNS, in order) of coded rows."""
    return [
        c.indicator,
        c.side_a,
        c.side_b,
        c.subject,
        c.point,
        c.start % 12,
        c.end - c.start,
    ]


def figure_keys(coded: Sequence[CodedRows]) -> tuple[list[np.ndarray], int]:
    """(WINDOW_COLUMNS, year) of each coded frame as one int64 ``series * span + year -
    first year``, comparable across the frames and ordered like the columns; and ``span``
    (a year earlier is ``key - 1`` when the year is not the first)."""
    if len(coded) == 1:
        parts, year = window_parts(coded[0]), coded[0].start // 12
    else:
        parts = [np.concatenate(p) for p in zip(*(window_parts(c) for c in coded), strict=True)]
        year = np.concatenate([c.start // 12 for c in coded])
    series = pack(parts)
    first = int(year.min()) if len(year) else 0
    span = int(year.max()) - first + 1 if len(year) else 1
    if len(series) and (int(series.max()) + 1) * span >= 2**62:
        series = np.unique(series, return_inverse=True)[1].reshape(-1).astype(np.int64)
    return _split(series * span + (year - first), coded), span


def _split(key: np.ndarray, coded: Sequence[CodedRows]) -> list[np.ndarray]:
    cuts = np.cumsum([len(c) for c in coded])[:-1]
    return list(np.split(key, cuts))


def best_first(
    preferred: np.ndarray, rank: np.ndarray, obs_id: np.ndarray, position: np.ndarray
) -> np.ndarray:
    """The order of the rule: preferred first, then the latest publication, then the
    highest obs_id; ties by ``position`` (distinct ints >= 0: a stable sort's row order)."""
    n = len(preferred)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    ids = obs_id.astype(np.int64)
    pos = position.astype(np.int64)
    pub_span = int(rank.max()) - int(rank.min()) + 1
    id_span = int(ids.max()) - int(ids.min()) + 1
    pos_span = int(pos.max()) + 1
    if 2 * pub_span * id_span * pos_span < 2**62:
        # one distinct int64 per row (its position last): an unstable sort is stable
        key = (~preferred).astype(np.int64) * pub_span + (int(rank.max()) - rank)
        key = (key * id_span + (int(ids.max()) - ids)) * pos_span + pos
        out: np.ndarray = np.argsort(key)
        return out
    return np.lexsort((pos, -ids, -rank, (~preferred).astype(np.int8)))


@dataclass(frozen=True)
class Choice:
    """The figure used per key: ``rows`` (positions in the coded rows) in key order."""

    rows: np.ndarray
    keys: np.ndarray  # sorted, unique
    sizes: np.ndarray  # rows sharing each key
    slot: np.ndarray  # per coded row, its key's position in ``keys``


def choose(key: np.ndarray, preferred: np.ndarray, rank: np.ndarray, obs_id: np.ndarray) -> Choice:
    """One row per ``key`` by the rule of the module: one sort of the keys; keys stated
    more than once (few) sorted by the rule."""
    n = len(key)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Choice(empty, empty, empty, empty)
    # stable: a timsort, linear on the long sorted runs stored rows come in (the ties'
    # order does not matter, the rule below settles them)
    order = np.argsort(key, kind="stable")
    sk = key[order]
    new = np.ones(n, dtype=bool)
    new[1:] = sk[1:] != sk[:-1]
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, n))
    chosen = order[starts]
    run = np.cumsum(new) - 1
    slot = np.empty(n, dtype=np.int64)
    slot[order] = run
    if len(starts) < n:
        at = np.flatnonzero((sizes > 1)[run])
        rows, r = order[at], run[at]
        o = np.lexsort((rows, -obs_id[rows].astype(np.int64), -rank[rows], (~preferred[rows]), r))
        r_o = r[o]
        first = np.ones(len(o), dtype=bool)
        first[1:] = r_o[1:] != r_o[:-1]
        chosen[r_o[first]] = rows[o][first]
    return Choice(chosen, sk[starts], sizes, slot)


#: the rules by number (see :func:`choice_codes`)
CHOICES = (CHOICE_PREFERRED, CHOICE_LATEST, CHOICE_ONLY)


def choice_codes(preferred: np.ndarray, n_rows: np.ndarray) -> np.ndarray:
    """Which rule picked each used row, as a position in CHOICES."""
    out: np.ndarray = np.where(preferred, 0, np.where(n_rows > 1, 1, 2)).astype(np.int8)
    return out


@dataclass(frozen=True)
class Chosen:
    """The rows the analytics use of one coded frame, in key order, with their numbers."""

    coded: CodedRows
    vocab: Vocab
    choice: Choice
    #: positions in ``coded.frame`` of the used rows
    rows: np.ndarray
    keys: np.ndarray
    #: ``keys // span`` numbers the series, ``keys % span`` the years
    span: int
    #: the rule's inputs of the used rows
    preferred: np.ndarray
    rank: np.ndarray


def chosen_rows(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
    others: Sequence[pd.DataFrame] = (),
) -> tuple[Chosen, list[CodedRows], list[np.ndarray]]:
    """The choice of :func:`choose_figures` on numbers; ``others`` are coded with the same
    vocabularies (returned with their figure keys, ``observations`` first, all rows).
    Without ``others``, once per frame within :func:`one_pass` (callers read the result,
    never write into it)."""
    if others:
        return _chosen_rows(observations, sources, same_reporter, others)
    return once_per_pass(
        "chosen rows",
        (observations, sources, same_reporter),
        lambda: _chosen_rows(observations, sources, same_reporter, ()),
    )


def _chosen_rows(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    same_reporter: bool,
    others: Sequence[pd.DataFrame],
) -> tuple[Chosen, list[CodedRows], list[np.ndarray]]:
    coded, vocab = coded_rows([observations, *others], same_reporter)
    keys, span = figure_keys(coded)
    c, key = coded[0], keys[0]
    finite = np.isfinite(c.value())
    if not finite.all():
        keep = np.flatnonzero(finite)
        c = subset_rows(c, keep)
        key = key[keep]
    preferred = c.take("preferred").astype(bool)
    rank = published_rank(c.take("source_id"), sources)
    ch = choose(key, preferred, rank, c.take("obs_id"))
    used = Chosen(c, vocab, ch, c.rows[ch.rows], ch.keys, span, preferred[ch.rows], rank[ch.rows])
    return used, coded, keys


def subset_rows(c: CodedRows, keep: np.ndarray) -> CodedRows:
    """The coded rows at positions ``keep`` of ``c``."""
    return CodedRows(
        frame=c.frame,
        rows=c.rows[keep],
        indicator=c.indicator[keep],
        side_a=c.side_a[keep],
        side_b=c.side_b[keep],
        reporter=c.reporter[keep],
        partner=c.partner[keep],
        subject=c.subject[keep],
        detail=c.detail[keep],
        point=c.point[keep],
        start=c.start[keep],
        end=c.end[keep],
    )


def choose_figures(
    observations: pd.DataFrame, sources: pd.DataFrame | None = None, same_reporter: bool = True
) -> pd.DataFrame:
    """The keyed rows that the analytics use, one per figure key (see module doc).

    Adds ``n_rows`` (rows sharing the key) and ``choice`` (the rule that picked this row;
    :func:`conflicts.find_conflicts` lists the rows that lost). Rows without a value are
    ignored. Rows come in the rule's order (preferred, latest published, highest obs_id).
    """
    used = chosen_order(observations, sources, same_reporter)
    return figures_at(observations, used, sources, same_reporter)


@dataclass(frozen=True)
class Used:
    """The figures used of a frame, in :func:`choose_figures`' row order."""

    rows: np.ndarray  # positions in the frame
    n_rows: np.ndarray  # rows sharing each one's key
    preferred: np.ndarray

    def at(self, keep: np.ndarray) -> Used:
        """The figures at positions (or a mask) ``keep`` of these."""
        return Used(self.rows[keep], self.n_rows[keep], self.preferred[keep])


def chosen_order(
    observations: pd.DataFrame, sources: pd.DataFrame | None = None, same_reporter: bool = True
) -> Used:
    """Which rows :func:`choose_figures` returns, in its order, without their frame (a
    caller that reads a few of them keys only those: :func:`figures_at`)."""
    ch, _, _ = chosen_rows(observations, sources, same_reporter)
    rows = ch.rows
    ids = frame_column(observations, "obs_id").to_numpy()[rows]
    order = best_first(ch.preferred, ch.rank, ids, rows)
    return Used(rows[order], ch.choice.sizes[order].astype(np.int64), ch.preferred[order])


def figures_at(
    observations: pd.DataFrame,
    used: Used,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> pd.DataFrame:
    """The rows of :func:`choose_figures` for ``used`` (each row keyed on its own)."""
    out = keyed_at(observations, used.rows, sources, same_reporter)
    out["n_rows"] = used.n_rows
    out["choice"] = str_column(choice_codes(used.preferred, used.n_rows), CHOICES)
    return out


def figure_records(
    observations: pd.DataFrame,
    used: Used,
    sources: pd.DataFrame | None = None,
    same_reporter: bool = True,
) -> list[dict[str, object]]:
    """``plain.records(figures_at(...))``: the rows as dicts, made from the columns without
    the frame (a report reads a pair's latest figures this way)."""
    parts = keyed_parts(observations, used.rows, sources, same_reporter)
    columns = [(name, part_values(p).tolist()) for name, p in parts]
    columns.append(("n_rows", used.n_rows.tolist()))
    choice = choice_codes(used.preferred, used.n_rows).tolist()
    columns.append(("choice", [CHOICES[c] for c in choice]))
    names = [name for name, _values in columns]
    rows = zip(*[values for _name, values in columns], strict=True)
    return [dict(zip(names, row, strict=True)) for row in rows]


def lookup(figures: pd.DataFrame, wanted: pd.DataFrame) -> np.ndarray:
    """Position in ``figures`` of each ``wanted`` key (window columns + year); -1 if absent.

    The frames are a chart's or a claim's few rows: a dict of the keys serves them in
    microseconds where a MultiIndex on both sides cost milliseconds."""
    key = [*WINDOW_COLUMNS, "year"]
    at = {k: i for i, k in enumerate(zip(*(figures[c].tolist() for c in key), strict=True))}
    found = [at.get(k, -1) for k in zip(*(wanted[c].tolist() for c in key), strict=True)]
    return np.asarray(found, dtype="int64")


def is_year_window(figures: pd.DataFrame) -> np.ndarray:
    """Rows whose window is a calendar year (Jan..Dec, not a point)."""
    return (
        (figures["window_month"] == 0) & (figures["window_len"] == 11) & ~figures["period_point"]
    ).to_numpy()
