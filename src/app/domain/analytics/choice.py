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

The rule runs on numbers, never on texts (issue 21): the rows come coded
(:mod:`.figures`), one sort of the keys groups them and only keys stated more than once
go through the rule's sort. The texts of the result are taken through the codes for the
rows chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.domain.analytics.column_texts import published_rank, str_column
from app.domain.analytics.figures import (
    CodedRows,
    Vocab,
    coded_rows,
    figure_keys,
    keyed_at,
    keyed_parts,
    part_values,
)
from app.domain.analytics.passes import frame_column, once_per_pass

CHOICE_PREFERRED = "preferred"
CHOICE_ONLY = "only figure"
CHOICE_LATEST = "most recently published"


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
    caller that reads a few of them keys only those: :func:`figures_at`). Once per frame
    within :func:`one_pass`, like the choice it orders (callers read the result, never
    write into it)."""
    return once_per_pass(
        "chosen order",
        (observations, sources, same_reporter),
        lambda: _chosen_order(observations, sources, same_reporter),
    )


def _chosen_order(
    observations: pd.DataFrame, sources: pd.DataFrame | None, same_reporter: bool
) -> Used:
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
