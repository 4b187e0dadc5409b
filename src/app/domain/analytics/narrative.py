"""Sentences that state the analytics, each with the sources behind its numbers.

The summary, its exports and the CLI all print these; none of them re-derive a number.
A :class:`Sentence` is plain text plus the source ids to footnote; :func:`render_text`
numbers the footnotes in order of first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics.choice import chosen_order, figure_records, figures_at
from app.domain.analytics.claim_checks import CONFLICTING
from app.domain.analytics.claim_checks.dispatch import check_rows
from app.domain.analytics.claims import computed_text
from app.domain.analytics.column_texts import category_texts, text_codes
from app.domain.analytics.conflicts import conflict_records
from app.domain.analytics.figures import pack
from app.domain.analytics.growth import yoy_records_of_ids
from app.domain.analytics.passes import frame_column
from app.domain.analytics.projection import project_full_year
from app.domain.analytics.records import RecordStatus, record_statuses, series_record_status
from app.domain.model import qualified_quantity
from app.domain.periods import period_label
from app.domain.records import empty_record_tables, empty_records
from app.domain.selection import category_codes, claims_pair_mask, pair_mask
from app.domain.units import format_quantity


@dataclass(frozen=True)
class Sentence:
    topic: str  # indicator code, or "conflicts"
    kind: str  # latest / record / projection / claim / conflict
    text: str
    source_ids: tuple[int, ...] = field(default_factory=tuple)


def _last_per_group(group: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """Position of the last row of each group by ``keys`` (ties: the later row): the
    latest figure of each group (by end month, then window length when those are the
    keys), in order of the groups' codes (``group``: small codes >= 0).

    Two scatter-maxima instead of a sort: each group's greatest key, then the last row
    holding it."""
    n = len(group)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    rank = pack(list(keys)) if keys else np.zeros(n, dtype=np.int64)
    best = np.full(int(group.max()) + 1, -1, dtype=np.int64)
    np.maximum.at(best, group, rank)
    top = np.flatnonzero(rank == best[group])
    last = np.full(len(best), -1, dtype=np.int64)
    np.maximum.at(last, group[top], top)
    out: np.ndarray = last[last >= 0]
    return out


class _PairFacts:
    """The analytics behind a pair's indicator sentences, computed once for every
    indicator: the figures used, each indicator's latest figure (and latest calendar
    year), their change on a year earlier, the record standing of every series."""

    def __init__(
        self, obs: pd.DataFrame, sources: pd.DataFrame | None, same_reporter: bool
    ) -> None:
        self.obs, self.sources, self.same_reporter = obs, sources, same_reporter
        used = chosen_order(obs, sources, same_reporter)
        used = used.at(~frame_column(obs, "period_point").to_numpy(dtype=bool)[used.rows])
        self._used = used
        self._fig: pd.DataFrame | None = None
        # the latest figures are found on the columns; only they are keyed into rows
        # numbered by first appearance of each text, as a factorize of the texts would
        codes, words = text_codes(frame_column(obs, "indicator"))
        same_text = pd.factorize(words)[0]
        codes = pd.factorize(same_text[codes[used.rows]])[0]
        start = frame_column(obs, "period_start").to_numpy().astype(np.int64)[used.rows]
        end = frame_column(obs, "period_end").to_numpy().astype(np.int64)[used.rows]
        length = end - start
        latest = _last_per_group(codes, end, length)
        annual_mask = (start % 12 == 0) & (length == 11)
        annual_at = np.flatnonzero(annual_mask)
        annual = annual_at[_last_per_group(codes[annual_mask], end[annual_mask])]
        # a latest year needs no year beside it (see sentences): only the others' are read
        annual = annual[np.isin(codes[annual], codes[latest[length[latest] != 11]])]
        wanted = np.concatenate([latest, annual])
        records = figure_records(obs, used.at(wanted), sources, same_reporter)
        self.latest: dict[str, dict[str, Any]] = {}
        self.annual: dict[str, dict[str, Any]] = {}
        for n, record in enumerate(records):
            target = self.latest if n < len(latest) else self.annual
            target[str(record["indicator"])] = record
        self._yoy: dict[int, dict[str, Any]] | None = None
        self._status: dict[int, RecordStatus] | None = None
        self._by_indicator: dict[str, np.ndarray] | None = None
        self._labels: dict[tuple[int, int], str] = {}

    def label(self, start: int, end: int) -> str:
        """:func:`period_label` of a period, made once (a pair's 400 indicators share a
        few periods)."""
        text = self._labels.get((start, end))
        if text is None:
            text = self._labels[(start, end)] = period_label(start, end)
        return text

    @property
    def fig(self) -> pd.DataFrame:
        """The figures used (:func:`choose_figures`, but points in time), keyed when a
        series' standing is not among the record statuses (rarely)."""
        if self._fig is None:
            self._fig = figures_at(self.obs, self._used, self.sources, self.same_reporter)
        return self._fig

    def yoy(self, obs_id: int) -> dict[str, Any]:
        """The change of a latest figure on a year earlier (one ``yoy_of_ids`` for all)."""
        if self._yoy is None:
            ids = [int(r["obs_id"]) for r in self.latest.values()]
            yoy = yoy_records_of_ids(self.obs, ids, self.sources, self.same_reporter)
            self._yoy = dict(zip(ids, yoy, strict=True))
        return self._yoy[obs_id]

    def status(self, row: dict[str, Any], window_len: int) -> RecordStatus:
        """The record standing of ``row``'s series (one ``record_statuses`` for all)."""
        if self._status is None:
            self._status = {
                s.latest_obs_id: s
                for s in record_statuses(self.obs, self.sources, self.same_reporter)
            }
        hit = self._status.get(int(row["obs_id"]))
        if hit is not None:
            return hit
        fig = self.fig
        series = fig[
            (fig["indicator"] == row["indicator"])
            & (fig["window_month"] == row["window_month"])
            & (fig["window_len"] == window_len)
            & (fig["side_a"] == row["side_a"])
            & (fig["side_b"] == row["side_b"])
            & (fig["subject"] == row["subject"])
        ]
        return series_record_status(series)

    def _latest_sentence(self, indicator: str, name: str, row: dict[str, Any]) -> Sentence:
        """ "Trade turnover: $1.78 bn in 2024 (AZE); preferred of 2 figures."."""
        label = self.label(int(row["period_start"]), int(row["period_end"]))
        level = qualified_quantity(float(row["value"]), str(row["unit"]), str(row["qualifier"]))
        who = f" ({row['reporter']})" if row["reporter"] else ""
        used = "" if row["n_rows"] == 1 else f"; {row['choice']} of {row['n_rows']} figures"
        return Sentence(
            indicator, "latest", f"{name}: {level} in {label}{who}{used}.", (int(row["source_id"]),)
        )

    def indicator_rows(self, indicator: str) -> pd.DataFrame:
        """The pair's observations of one indicator (for a projection)."""
        if self._by_indicator is None:
            codes = self.obs["indicator"].astype(str).to_numpy(dtype=object)
            groups = pd.Series(np.arange(len(codes))).groupby(codes).indices
            self._by_indicator = {str(k): np.asarray(v) for k, v in groups.items()}
        return self.obs.iloc[self._by_indicator.get(indicator, np.array([], dtype=np.int64))]

    def sentences(
        self,
        indicator: str,
        name: str,
        disputed_bases: frozenset[int] = frozenset(),
        latest: bool = True,
    ) -> list[Sentence]:
        """Latest figure (unless not ``latest``), its change on the same window a year
        earlier, record, projection."""
        hit = self.latest.get(indicator)
        if hit is None:
            return []
        row = hit
        start, end = int(row["period_start"]), int(row["period_end"])
        out = [self._latest_sentence(indicator, name, row)] if latest else []
        window_len = int(row["window_len"])
        if window_len > 11:
            # a figure over several years (a CAGR 2019–2024, a five-year total) has no "same
            # period a year earlier" and no record among years: say only what it is
            return out
        obs_id = int(row["obs_id"])
        prior = self.label(start - 12, end - 12)
        if obs_id in disputed_bases:
            out.append(
                Sentence(
                    indicator,
                    "change",
                    f"No change on {prior} is computed: the sources disagree about the {prior} "
                    "base (see the claim check).",
                )
            )
        else:
            out.append(
                _change_sentence_of(self.yoy(obs_id), row, indicator, self.same_reporter, prior)
            )
        status = self.status(row, window_len)
        out.append(Sentence(indicator, "record", status.explanation(), status.source_ids))
        annual = self.annual.get(indicator)
        if window_len != 11 and annual is not None:
            # briefings speak of record *years*: state the latest year's standing too
            status = self.status(annual, 11)
            out.append(Sentence(indicator, "record", status.explanation(), status.source_ids))
        if row["window_month"] == 0 and 0 < window_len < 11:
            proj = project_full_year(
                self.indicator_rows(indicator), obs_id, self.sources, self.same_reporter
            )
            out.append(Sentence(indicator, "projection", proj.explanation(), proj.source_ids))
        return out


def indicator_sentences(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    indicator: str,
    name: str,
    same_reporter: bool = True,
    disputed_bases: frozenset[int] = frozenset(),
) -> list[Sentence]:
    """Latest figure, its change on the same window a year earlier, record, projection.

    ``disputed_bases``: obs ids whose claimed growth the sources contradict about the base
    (claim check ``conflicting_sources``); for those no change is computed."""
    mine = obs[(obs["indicator"].astype(str) == indicator).to_numpy()]
    return _PairFacts(mine, sources, same_reporter).sentences(indicator, name, disputed_bases)


def _change_sentence_of(
    yoy: Mapping[str, Any],
    row: Mapping[str, Any],
    indicator: str,
    same_reporter: bool,
    prior: str,
) -> Sentence:
    """The change of ``row`` on the same window a year earlier (``prior``, its label)."""
    if int(yoy["prev_obs_id"]) < 0:
        who = f" from {row['reporter']}" if same_reporter and row["reporter"] else ""
        return Sentence(indicator, "change", f"No {prior} figure{who} is stored to compare.")
    then = qualified_quantity(
        float(yoy["prev_value"]),
        str(row["unit"]),
        str(yoy["prev_qualifier"]),
    )
    return Sentence(
        indicator,
        "change",
        f"Change on {prior} ({then}): {computed_text(yoy)}.",
        (int(yoy["prev_source_id"]),),
    )


def pair_narrative(
    observations: pd.DataFrame,
    sources: pd.DataFrame | None,
    a: str,
    b: str,
    names: Mapping[str, str] | None = None,
    same_reporter: bool = True,
    indicators: list[str] | None = None,
    records: Mapping[str, pd.DataFrame] | None = None,
) -> list[Sentence]:
    """All sentences for a country pair: per indicator, then claims (the stored claims of
    ``records`` and every reported change), then open conflicts."""
    mask = pair_mask(observations, a, b)
    obs = observations if mask.all() else observations[mask]
    return pair_rows_narrative(obs, sources, a, b, names, same_reporter, indicators, records)


def pair_rows_narrative(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    a: str,
    b: str,
    names: Mapping[str, str] | None = None,
    same_reporter: bool = True,
    indicators: list[str] | None = None,
    records: Mapping[str, pd.DataFrame] | None = None,
    latest: bool = True,
) -> list[Sentence]:
    """:func:`pair_narrative` of the pair's rows ``obs``, already selected (the summary
    has them from the store, which keeps them: no pass over them to select them again).

    ``latest`` False leaves out the sentences of kind "latest" (the summary states each
    latest figure in its own line, and would drop them)."""
    codes = indicators or _indicator_texts(frame_column(obs, "indicator"))
    names = names or {}
    tables = dict(records) if records is not None else empty_record_tables()
    stored = tables.get("claims")
    if stored is None:
        stored = empty_records("claims")
    # the checks as rows: the frame of check_all_claims, without making it
    claims = check_rows(obs, sources, stored[claims_pair_mask(stored, a, b)], tables)
    disputed = frozenset(
        int(c["obs_id"])
        for c in claims
        if c["claim_type"] == "growth" and c["verdict"] == CONFLICTING
    )
    facts = _PairFacts(obs, sources, same_reporter)
    out: list[Sentence] = []
    for code in codes:
        out += facts.sentences(code, names.get(code, code), disputed, latest)
    for c in claims:
        topic = str(c["indicator"]) or "claims"
        head = names.get(topic, topic) if c["indicator"] else str(c["claim_type"])
        text = (
            f"{head}, {c['period']}: {c['explanation']}"
            if c["period"]
            else (f"{head}: {c['explanation']}")
        )
        out.append(Sentence(topic, "claim", text, tuple(c["source_ids"])))
    for conflict in conflict_records(obs, sources):
        if conflict["preferred_obs_id"] >= 0:
            continue  # settled: a figure is preferred
        out.append(
            Sentence(
                "conflicts",
                "conflict",
                conflict_sentence(conflict, names),
                tuple(sorted(set(conflict["source_ids"]))),
            )
        )
    return out


def _indicator_texts(col: pd.Series) -> list[str]:
    """``sorted(col.astype(str).unique())``, made once per distinct code."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        # a missing category reads "nan", as in str_texts
        texts = np.asarray([*category_texts(col), "nan"], dtype=object)
        used = np.zeros(len(texts), dtype=bool)  # a mark per row, not a sort of the rows
        used[category_codes(col)] = True  # code -1 marks the last, "nan"
        return sorted(set(texts[used].tolist()))
    return sorted(col.astype(str).unique())


def conflict_sentence(
    c: Mapping[str, Any] | pd.Series, names: Mapping[str, str] | None = None
) -> str:
    """ "Trade turnover 2021 (AZE–CHN): 3 sources disagree, $1.4 bn to $1.78 bn (27 %)"."""
    name = (names or {}).get(str(c["indicator"]), str(c["indicator"]))
    what = "sources" if c["kind"] == "sources" else "sides"
    unit = str(c["unit"])
    span = f"{format_quantity(c['min'], unit)} to {format_quantity(c['max'], unit)}"
    spread = f"{c['spread_pct']:.0f} %" if np.isfinite(c["spread_pct"]) else "n/a"
    return (
        f"{name} {c['period']} ({c['reporter']}–{c['partner']}): {c['n']} {what} "
        f"disagree, {span} (spread {spread}); using obs {c['used_obs_id']} "
        f"({c['used_rule']})."
    )


def render_text(sentences: list[Sentence], labels: Mapping[int, str]) -> str:
    """Sentences with [n] footnote marks, then the numbered source list."""
    numbers: dict[int, int] = {}
    lines = []
    for s in sentences:
        marks = []
        for sid in s.source_ids:
            numbers.setdefault(sid, len(numbers) + 1)
            marks.append(f"[{numbers[sid]}]")
        lines.append(f"{s.text} {''.join(marks)}".rstrip())
    notes = [f"[{n}] {labels.get(sid, f'source {sid}')}" for sid, n in numbers.items()]
    return "\n".join(lines + (["", *notes] if notes else []))
