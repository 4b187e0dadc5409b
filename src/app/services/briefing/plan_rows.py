"""The pair's rows a briefing's sections read, split by (indicator, subject) once for every
section: the figures used as columns (:func:`figure_columns`), the latest figures
(:func:`latest_used`) as plain rows, their statuses and value texts, and the
:class:`PairPlan` that holds them with the analytics' results.

A dossier's pair has 10,000 rows and 400 sections: each step here reads a column at a
time (or a few columns at the rows wanted), never a frame per section or a row at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics import plain
from app.domain.analytics.choice import Used
from app.domain.analytics.column_texts import str_texts
from app.domain.analytics.figures import keyed_parts, part_values
from app.domain.analytics.records import RecordStatus
from app.services.briefing.grouping import grouped
from app.services.summary import latest_rows

#: the columns of a figure row of the table (:class:`FigureRow`)
FIGURE_COLUMNS = (
    "indicator",
    "subject",
    "period_start",
    "period_end",
    "period_point",
    "value",
    "unit",
    "qualifier",
    "reporter",
    "partner",
    "obs_id",
    "source_id",
)


def rows_by(
    frame: pd.DataFrame, columns: tuple[str, ...]
) -> dict[tuple[str, ...], list[tuple[Any, ...]]]:
    """The rows of ``frame`` as tuples of ``columns``' values, by (indicator, subject), in
    order: read column by column (a dossier has 10,000 rows), not row by row."""
    if frame.empty:
        return {}
    rows = plain.rows(frame, columns)
    groups = grouped((str_texts(frame["indicator"]), str_texts(frame["subject"])))
    return {key: [rows[i] for i in at.tolist()] for key, at in groups.items()}


def records_by(
    frame: pd.DataFrame, columns: tuple[str, ...]
) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """The rows of ``frame`` as plain dicts, by (indicator, subject), in order."""
    return {
        key: [dict(zip(columns, row, strict=True)) for row in rows]
        for key, rows in rows_by(frame, columns).items()
    }


def figure_columns(
    upto: pd.DataFrame, used: Used, sources: pd.DataFrame | None
) -> tuple[dict[str, list[Any]], dict[tuple[str, ...], tuple[int, int]], np.ndarray]:
    """The figures used (:func:`choose_figures`' rows ``used``) as lists of
    FIGURE_COLUMNS' values, section after section, each section's sorted as the table
    prints them: by period, then reporter, the rule's order among ties (a stable sort);
    each section's (start, stop) in the lists; each figure's position in ``upto``. Made
    from the keyed columns: a frame of 10,000 figures, sorted and read back, costs more
    than the rows it holds."""
    parts = dict(keyed_parts(upto, used.rows, sources))
    reporter, _sides = parts["reporter"]  # codes ordered like the texts
    order = np.lexsort((reporter, parts["period_end"], parts["period_start"]))
    values = {c: part_values(parts[c])[order] for c in FIGURE_COLUMNS}
    groups = grouped((values["indicator"], values["subject"]))
    at = np.concatenate(list(groups.values())) if groups else np.array([], dtype=np.int64)
    columns = {c: values[c][at].tolist() for c in FIGURE_COLUMNS}
    spans, start = {}, 0
    for key, rows in groups.items():
        spans[key] = (start, start + len(rows))
        start += len(rows)
    return columns, spans, used.rows[order][at]


def latest_used(
    shown: pd.DataFrame, upto_ids: np.ndarray, used: np.ndarray, everything: bool
) -> pd.DataFrame:
    """``latest_rows`` of the rows of ``shown`` among the figures used (``used``:
    positions in the frame whose obs ids are ``upto_ids``): the latest figure of each
    indicator, subject and kind of period. ``everything``: ``shown`` holds every row of
    that frame, in its order, so the positions are its own (no search of 10,000 obs ids)."""
    if everything:
        at = np.sort(used)
    else:
        at = np.flatnonzero(np.isin(shown["obs_id"].to_numpy(), upto_ids[used]))
    if not len(at):
        return shown.iloc[:0]
    return latest_rows(shown if len(at) == len(shown) else shown.take(at))  # all: no copy


def observation_statuses(upto: pd.DataFrame, ids: np.ndarray) -> dict[int, tuple[str, str]]:
    """obs id -> the observation's (status, note) for the obs ids ``ids`` of ``upto``
    (the latest figures: their frame lacks them), found by sorted search."""
    upto_ids = upto["obs_id"].to_numpy()
    order = np.argsort(upto_ids, kind="stable")
    at = order[np.searchsorted(upto_ids[order], ids)]
    status, note = (str_texts(upto[c])[at].tolist() for c in ("status", "note"))
    keys = upto_ids[at].astype(int).tolist()
    return dict(zip(keys, zip(status, note, strict=True), strict=True))


def headline_texts(
    figures: dict[str, list[Any]], latest: dict[tuple[str, ...], list[dict[str, Any]]]
) -> dict[int, str]:
    """obs id -> the table's value text of each latest figure among the figures used (a
    headline states the text its table prints): the few hundred headlines' texts, not a
    map of all 10,000 figures."""
    wanted = np.fromiter(
        (int(r["obs_id"]) for rows in latest.values() for r in rows), dtype=np.int64
    )
    ids = np.asarray(figures["obs_id"], dtype=np.int64)
    found = np.flatnonzero(np.isin(ids, wanted)).tolist()
    texts = figures["value_text"]
    return {int(ids[i]): texts[i] for i in found}


@dataclass
class PairPlan:
    """The analytics of every section of a briefing, computed once over the pair's rows
    (figures chosen, latest figures, their change, records, claim checks, conflicts) and
    split by (indicator, subject): a section only reads its share."""

    upto: pd.DataFrame
    shown: pd.DataFrame
    #: (indicator, subject) -> positions in ``upto`` / in ``shown``
    rows: dict[tuple[str, ...], np.ndarray]
    shown_rows: dict[tuple[str, ...], np.ndarray]
    #: the figures used that are in the range, section after section, sorted as the table
    #: prints them: a list per column (FIGURE_COLUMNS and the texts the table prints:
    #: "period", "value_text", "status", "remark", "note", "point")
    figures: dict[str, list[Any]]
    #: (indicator, subject) -> (start, stop) of the section's figures in ``figures``
    spans: dict[tuple[str, ...], tuple[int, int]]
    #: the latest figures (one per kind of period), per section, newest first
    latest: dict[tuple[str, ...], list[dict[str, Any]]]
    #: obs id -> the observation's (status, note)
    statuses: dict[int, tuple[str, str]]
    #: obs id -> change on a year earlier in percent (headlines that are not stocks)
    change: dict[int, float]
    records: dict[tuple[str, ...], list[RecordStatus]]
    conflicts: dict[tuple[str, ...], list[dict[str, Any]]]
    checks: dict[tuple[str, ...], list[dict[str, Any]]]
    #: obs id -> a figure's value in the reader's words (the table's texts, formatted at once)
    headline_texts: dict[int, str] = field(default_factory=dict)
    #: the figures each section's checks name, by obs id (:func:`claim_rows`)
    claim_rows: dict[tuple[str, ...], dict[int, dict[str, Any]]] = field(default_factory=dict)
