"""Sentences that state the analytics, each with the sources behind its numbers.

The summary, its exports and the CLI all print these; none of them re-derive a number.
A :class:`Sentence` is plain text plus the source ids to footnote; :func:`render_text`
numbers the footnotes in order of first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.domain.analytics.claim_checks import CONFLICTING, check_all_claims
from app.domain.analytics.claims import computed_text
from app.domain.analytics.conflicts import find_conflicts
from app.domain.analytics.figures import choose_figures
from app.domain.analytics.growth import yoy_for
from app.domain.analytics.projection import project_full_year
from app.domain.analytics.records import series_record_status
from app.domain.model import qualified_quantity
from app.domain.periods import period_label
from app.domain.records import empty_record_tables, empty_records
from app.domain.selection import claims_pair_mask, pair_mask
from app.domain.units import format_quantity


@dataclass(frozen=True)
class Sentence:
    topic: str  # indicator code, or "conflicts"
    kind: str  # latest / record / projection / claim / conflict
    text: str
    source_ids: tuple[int, ...] = field(default_factory=tuple)


def _latest(fig: pd.DataFrame) -> pd.Series:
    """The latest figure of an indicator: latest end month, then the longest window."""
    ordered = fig.sort_values(["period_end", "window_len"], kind="mergesort")
    return ordered.iloc[-1]


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
    fig = choose_figures(obs[obs["indicator"] == indicator], sources, same_reporter)
    fig = fig[~fig["period_point"]]
    if fig.empty:
        return []
    row = _latest(fig)
    label = period_label(int(row["period_start"]), int(row["period_end"]))
    level = qualified_quantity(float(row["value"]), str(row["unit"]), str(row["qualifier"]))
    who = f" ({row['reporter']})" if row["reporter"] else ""
    used = "" if row["n_rows"] == 1 else f"; {row['choice']} of {row['n_rows']} figures"
    out = [
        Sentence(
            indicator, "latest", f"{name}: {level} in {label}{who}{used}.", (int(row["source_id"]),)
        )
    ]
    if int(row["window_len"]) > 11:
        # a figure over several years (a CAGR 2019–2024, a five-year total) has no "same
        # period a year earlier" and no record among years: say only what it is
        return out
    if int(row["obs_id"]) in disputed_bases:
        prior = period_label(int(row["period_start"]) - 12, int(row["period_end"]) - 12)
        out.append(
            Sentence(
                indicator,
                "change",
                f"No change on {prior} is computed: the sources disagree about the {prior} "
                "base (see the claim check).",
            )
        )
    else:
        out.append(_change_sentence(obs, sources, row, indicator, same_reporter))
    out.append(_record_sentence(fig, row, indicator, int(row["window_len"])))
    annual = fig[(fig["window_month"] == 0) & (fig["window_len"] == 11)]
    if row["window_len"] != 11 and not annual.empty:
        # briefings speak of record *years*: state the latest year's standing too
        out.append(_record_sentence(annual, _latest(annual), indicator, 11))
    if row["window_month"] == 0 and 0 < row["window_len"] < 11:
        proj = project_full_year(obs, int(row["obs_id"]), sources, same_reporter)
        out.append(Sentence(indicator, "projection", proj.explanation(), proj.source_ids))
    return out


def _record_sentence(
    fig: pd.DataFrame, row: pd.Series, indicator: str, window_len: int
) -> Sentence:
    series = fig[
        (fig["window_month"] == row["window_month"])
        & (fig["window_len"] == window_len)
        & (fig["side_a"] == row["side_a"])
        & (fig["side_b"] == row["side_b"])
        & (fig["subject"] == row["subject"])
    ]
    status = series_record_status(series)
    return Sentence(indicator, "record", status.explanation(), status.source_ids)


def _change_sentence(
    obs: pd.DataFrame,
    sources: pd.DataFrame | None,
    row: pd.Series,
    indicator: str,
    same_reporter: bool,
) -> Sentence:
    target = obs[obs["obs_id"] == row["obs_id"]]
    yoy = yoy_for(target, sources, universe=obs, same_reporter=same_reporter).iloc[0]
    prior = period_label(int(row["period_start"]) - 12, int(row["period_end"]) - 12)
    if int(yoy["prev_obs_id"]) < 0:
        who = f" from {row['reporter']}" if same_reporter and row["reporter"] else ""
        return Sentence(indicator, "change", f"No {prior} figure{who} is stored to compare.")
    then = qualified_quantity(
        float(yoy["prev_value"]), str(row["unit"]), str(yoy["prev_qualifier"])
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
    obs = observations[pair_mask(observations, a, b)]
    codes = indicators or sorted(obs["indicator"].astype(str).unique())
    names = names or {}
    tables = dict(records) if records is not None else empty_record_tables()
    stored = tables.get("claims", empty_records("claims"))
    claims = check_all_claims(obs, sources, stored[claims_pair_mask(stored, a, b)], tables)
    disputed = frozenset(
        int(i)
        for i in claims.loc[
            (claims["claim_type"] == "growth") & (claims["verdict"] == CONFLICTING), "obs_id"
        ]
    )
    out: list[Sentence] = []
    for code in codes:
        out += indicator_sentences(
            obs, sources, code, names.get(code, code), same_reporter, disputed
        )
    for _, c in claims.iterrows():
        topic = str(c["indicator"]) or "claims"
        head = names.get(topic, topic) if c["indicator"] else str(c["claim_type"])
        text = (
            f"{head}, {c['period']}: {c['explanation']}"
            if c["period"]
            else (f"{head}: {c['explanation']}")
        )
        out.append(Sentence(topic, "claim", text, tuple(c["source_ids"])))
    conflicts = find_conflicts(obs, sources)
    for _, c in conflicts[conflicts["preferred_obs_id"] < 0].iterrows():
        out.append(
            Sentence(
                "conflicts",
                "conflict",
                conflict_sentence(c, names),
                tuple(sorted(set(c["source_ids"]))),
            )
        )
    return out


def conflict_sentence(c: pd.Series, names: Mapping[str, str] | None = None) -> str:
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
