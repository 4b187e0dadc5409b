"""The analytics' rows as numbers: keyed frames and coded rows.

Each text column of the figure key becomes integer codes in one vocabulary sorted like the
texts (:func:`coded_rows`), the key one int64 per row (:func:`pack`), the publication
date a rank per source (:func:`~app.domain.analytics.column_texts.published_rank`);
:mod:`.choice` picks one row per key from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.analytics.column_texts import distinct, published_texts, text_codes, vocabulary
from app.domain.analytics.passes import frame_column

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
        "published": (inverse, published_texts(uniq, sources)),
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
