"""Area "analytics": conflicts, year-on-year change, records, claim checks, the summary and
the briefing over a whole workspace (0.1's analytics, never benchmarked before).

Measured on the fixture's table with 1 % of its figures stated again by a second source
10 % higher (:func:`benchmarks.pivot.with_second_sources`), so that the choice rule of
``choose_figures`` sorts and ``find_conflicts`` finds 10,000 conflicts at 1M. Each timing
is compared with a limit measured in the same run (PERFORMANCE.md), target 2×:

- conflicts (:func:`app.domain.analytics.find_conflicts`): a pandas group-by of the figure
  key codes counting distinct values (a figure with more than one value is a conflict);
  the limit finds the same count.
- YoY (:func:`app.domain.analytics.yoy_for`, every row against the whole store): numpy on
  one int64 key per figure built from the category codes (series, window, year): the
  choice of one figure per key by a lexsort (preferred, publication date, obs_id, like the
  app's rule), then a ``searchsorted`` of each row's key one year earlier. The table's
  column texts (:func:`app.domain.analytics.table.table_analytics`, YoY and claim cells of
  every row) are reported against the same limit, without a target.
- records (:func:`app.domain.analytics.record_marks`, the figures used and the record
  marks the chart draws, for every series of the workspace; :func:`record_statuses`, the
  per-series standing the summary and the briefing print): the same choice and a groupby
  ``cummax`` per series (a figure is a record when it beats the running maximum before it).
- claim checks (:func:`app.domain.analytics.check_all_claims`, 1,000 stored claims built
  from the data, 3 in 4 of them growth claims, half of those right, 1 in 4 level claims,
  against the whole store): the minimal lookup, one key per row sorted once, each claim's
  figure found by ``searchsorted`` of its key (a year earlier for growth), its implied
  change or the other sources' values compared with the claim.
- the summary (:func:`app.services.summary.build_summary` + its Markdown) and the dossier
  briefing (:func:`app.services.briefing.build_briefing` + its Markdown, no charts: the
  in-memory document the DOCX/HTML/PDF exporters walk) of one pair with 10,000 figures
  (400 indicators × 25 years, the rest of the workspace beside it). Limit: the same
  analytics done minimally on the pair's codes with pandas (mask, choice, YoY by a shift,
  records by a cummax, conflicts by ``nunique``) and as many formatted lines as the app's
  document has: a report can be no cheaper than computing its numbers and writing its
  lines.

Each of ours is timed best of 3, like its limit (REPEAT; the table's texts, without a
target, once). The first call in the process is the cold one: the summary's and the
briefing's import the briefing package and Babel's locale data, and the first 1M-row
calls fault in fresh heap pages that the limits, measured later and best of 3, do not pay.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.domain.analytics import (
    check_all_claims,
    find_conflicts,
    record_marks,
    record_statuses,
    yoy_for,
)
from app.domain.analytics.table import table_analytics
from app.domain.records import empty_record_tables, normalise_records
from app.domain.store import ObservationStore
from benchmarks.common import best_of, ms, once
from benchmarks.fixture import Fixture
from benchmarks.pivot import with_second_sources
from benchmarks.report import Result

TARGET = 2.0
MILLION = 1_000_000
AREA = "analytics"
DIMENSIONS = ("indicator", "reporter", "partner", "subject")
CLAIMS = 1_000
#: timings per metric, ours and the limit alike (best of)
REPEAT = 3
#: the pair of the summary and briefing: AZE reports on USA, USA never on AZE (one side)
PAIR = ("AZE", "USA")
PAIR_FIGURES = 10_000
TODAY = dt.date(2026, 1, 1)


# --- the limits -------------------------------------------------------------------------


@dataclass(frozen=True)
class Keys:
    """One int64 key per row: series (the dimension codes), window, year (last)."""

    key: np.ndarray
    #: the year's place in the key: key - 1 is the same window a year earlier
    years: int


def figure_keys(obs: pd.DataFrame) -> Keys:
    series = np.zeros(len(obs), dtype=np.int64)
    for c in DIMENSIONS:
        col = obs[c]
        series = series * (len(col.cat.categories) + 1) + col.cat.codes.to_numpy()
    start = obs["period_start"].to_numpy().astype(np.int64)
    length = obs["period_end"].to_numpy().astype(np.int64) - start
    point = obs["period_point"].to_numpy().astype(np.int64)
    window = (point * 12 + start % 12) * 1024 + np.clip(length, 0, 1023)
    year = start // 12
    first = int(year.min()) if len(year) else 0
    years = (int(year.max()) - first + 2) if len(year) else 2
    # year 0 of the key is never stored: key - 1 of a first year finds nothing
    return Keys((series * (24 * 1024) + window) * years + (year - first + 1), years)


def _published_rank(obs: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """The rank of each row's source by publication date (higher = more recent)."""
    ids = sources["source_id"].to_numpy()
    rank = np.zeros(int(max(ids.max(), obs["source_id"].max())) + 1, dtype=np.int64)
    rank[ids] = pd.Series(sources["published"].astype(str).to_numpy()).rank(method="dense")
    out: np.ndarray = rank[obs["source_id"].to_numpy()]
    return out


def chosen_figures(obs: pd.DataFrame, sources: pd.DataFrame) -> tuple[Keys, np.ndarray]:
    """(keys of every row, positions of the figure used per key, in key order): the rule
    of ``choose_figures`` (preferred, most recently published, highest obs_id) by lexsort."""
    k = figure_keys(obs)
    order = np.lexsort(
        (
            obs["obs_id"].to_numpy(),
            _published_rank(obs, sources),
            obs["preferred"].to_numpy(),
            k.key,
        )
    )
    sorted_key = k.key[order]
    last = np.ones(len(order), dtype=bool)
    last[:-1] = sorted_key[1:] != sorted_key[:-1]
    return k, order[last]


def numpy_yoy(obs: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """The limit of YoY: every row's change on the figure a year earlier, in percent."""
    k, used = chosen_figures(obs, sources)
    fig_key, fig_value = k.key[used], obs["value"].to_numpy()[used]
    want = k.key - 1
    pos = np.minimum(np.searchsorted(fig_key, want), len(fig_key) - 1)
    hit = fig_key[pos] == want
    value = obs["value"].to_numpy()
    prev = np.where(hit, fig_value[pos], np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        out: np.ndarray = np.where((prev > 0) & (value > 0), (value / prev - 1.0) * 100.0, np.nan)
    return out


def pandas_records(obs: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """The limit of records: per series (key without the year), a figure beats the running
    maximum of the years before it (groupby cummax on the chosen figures)."""
    k, used = chosen_figures(obs, sources)
    series = k.key[used] // k.years
    value = obs["value"].to_numpy()[used]
    running = pd.Series(value).groupby(series, sort=False).cummax().to_numpy()
    before = np.empty(len(running))
    before[1:] = running[:-1]
    first = np.ones(len(series), dtype=bool)
    first[1:] = series[1:] != series[:-1]
    before[first] = -np.inf
    out: np.ndarray = (value > before) & ~first
    return out


def pandas_conflicts(obs: pd.DataFrame) -> int:
    """The limit of conflicts: figure keys (codes) with more than one distinct value."""
    frame = pd.DataFrame({c: obs[c].cat.codes.to_numpy() for c in DIMENSIONS})
    frame["period_start"] = obs["period_start"].to_numpy()
    frame["period_end"] = obs["period_end"].to_numpy()
    frame["value"] = obs["value"].to_numpy()
    distinct = frame.groupby([*DIMENSIONS, "period_start", "period_end"], sort=False)[
        "value"
    ].nunique()
    return int((distinct > 1).sum())


def numpy_claims(obs: pd.DataFrame, claims: pd.DataFrame) -> np.ndarray:
    """The limit of the claim checks: the rows sorted once by key, each claim's figure (a
    year earlier for growth, the same key for level) found by ``searchsorted``; a growth
    claim agrees when the change it states is the stored one (± 0.05 pp and the rounding),
    a level claim when every other value of its key is within 2 %."""
    k = figure_keys(obs)
    value = obs["value"].to_numpy()
    order = np.lexsort((value, k.key))
    key, val = k.key[order], value[order]
    pos = pd.Index(obs["obs_id"].to_numpy()).get_indexer(claims["obs_id"].to_numpy())
    growth = (claims["claim_type"] == "growth").to_numpy()
    change = np.array(
        [json.loads(p).get("change", np.nan) if p else np.nan for p in claims["params"]]
    )
    want = np.where(growth, k.key[pos] - 1, k.key[pos])
    lo, hi = np.searchsorted(key, want, "left"), np.searchsorted(key, want, "right")
    found = np.where(growth, hi > lo, hi - lo > 1)  # a level needs another value
    first = val[np.minimum(lo, len(val) - 1)]
    last = val[np.maximum(hi - 1, 0)]
    own = value[pos]
    with np.errstate(divide="ignore", invalid="ignore"):
        implied = (own / first - 1.0) * 100.0
    agree = np.where(
        growth,
        np.abs(implied - change) <= 0.05 + np.abs(implied) * 1e-3,
        (first >= own * 0.98) & (last <= own * 1.02),
    )
    out: np.ndarray = np.where(found, agree, False)
    return out


def _code(col: pd.Series, value: str) -> int:
    """The category code of ``value`` in a categorical column."""
    return int(np.flatnonzero(col.cat.categories == value)[0])


def pandas_pair_text(obs: pd.DataFrame, pair: tuple[str, str], lines: int) -> str:
    """The limit of a pair's report: its figures chosen, YoY by a shift, records by a
    cummax, conflicts by nunique (on the codes), then ``lines`` formatted lines."""
    rep, par = obs["reporter"], obs["partner"]
    a, b = (_code(rep, c) for c in pair)
    r, p = rep.cat.codes.to_numpy(), par.cat.codes.to_numpy()
    mask = ((r == a) & (p == b)) | ((r == b) & (p == a))
    frame = pd.DataFrame({c: obs[c].cat.codes.to_numpy()[mask] for c in DIMENSIONS})
    for c in ("period_start", "period_end", "value", "obs_id", "source_id"):
        frame[c] = obs[c].to_numpy()[mask]
    key = [*DIMENSIONS, "period_start", "period_end"]
    conflicts = int((frame.groupby(key, sort=False)["value"].nunique() > 1).sum())
    chosen = frame.sort_values([*key, "obs_id"]).drop_duplicates(key, keep="last")
    series = chosen.groupby([*DIMENSIONS, chosen["period_end"] - chosen["period_start"]])
    group = series.ngroup()
    prev = series["value"].shift(1)
    best_before = series["value"].cummax().groupby(group).shift(1)
    yoy = ((chosen["value"] / prev - 1.0) * 100.0).to_numpy()
    record = (chosen["value"] > best_before).to_numpy()
    names = obs["indicator"].cat.categories.to_numpy()[chosen["indicator"].to_numpy()]
    year = (chosen["period_start"].to_numpy() // 12).tolist()
    value = chosen["value"].to_numpy().tolist()
    source = chosen["source_id"].to_numpy().tolist()
    at = np.resize(np.arange(len(chosen)), lines).tolist()
    out = [f"{conflicts} conflicts"]
    for i in at:
        out.append(
            f"- {names[i]}, {year[i]}: {value[i]:,.2f} ({yoy[i]:+.1f} % on a year earlier; "
            f"{'a record' if record[i] else 'not a record'}) [{source[i]}]"
        )
    return "\n".join(out)


# --- the workspace ----------------------------------------------------------------------


def stored_claims(obs: pd.DataFrame, n: int = CLAIMS, seed: int = 3) -> pd.DataFrame:
    """``n`` claims about figures of the synthetic table (rows are indicator × pair ×
    year, so the row before a later year is the year before): 3 in 4 growth claims (half
    stating the stored change, half 5 pp more), 1 in 4 level claims."""
    rng = np.random.default_rng(seed)
    start = obs["period_start"].to_numpy()
    later = np.flatnonzero(start > start.min())
    pick = np.sort(rng.choice(later, n, replace=False))
    rows = obs.iloc[pick]
    assert (start[pick - 1] == start[pick] - 12).all(), "the row before is the year before"
    value = obs["value"].to_numpy()
    change = np.round((value[pick] / value[pick - 1] - 1.0) * 100.0, 1)
    change[1::2] += 5.0
    kind = np.where(np.arange(n) % 4 == 3, "level", "growth")
    claims: pd.DataFrame = normalise_records(
        "claims",
        pd.DataFrame(
            {
                "claim_id": np.arange(1, n + 1),
                "claim_type": kind,
                "source_id": rows["source_id"].to_numpy(),
                "obs_id": rows["obs_id"].to_numpy(),
                "quote": "synthetic claim",
                "indicator": rows["indicator"].astype(str).to_numpy(),
                "reporter": rows["reporter"].astype(str).to_numpy(),
                "partner": rows["partner"].astype(str).to_numpy(),
                "period_start": rows["period_start"].to_numpy(),
                "period_end": rows["period_end"].to_numpy(),
                "params": [
                    json.dumps({"change": float(c), "change_unit": "%"}) if k == "growth" else ""
                    for c, k in zip(change, kind, strict=True)
                ],
            }
        ),
    )
    return claims


def pair_store(fx: Fixture, obs: pd.DataFrame, claims: pd.DataFrame) -> ObservationStore:
    """The workspace with PAIR's figures cut to PAIR_FIGURES (its first indicators)."""
    rep = obs["reporter"].cat.codes.to_numpy()
    par = obs["partner"].cat.codes.to_numpy()
    a, b = (_code(obs["reporter"], c) for c in PAIR)
    assert not ((rep == b) & (par == a)).any(), "the pair must have one side only"
    mine = (rep == a) & (par == b)
    years = len(np.unique(obs["period_start"].to_numpy()[mine]))
    keep = ~mine | (obs["indicator"].cat.codes.to_numpy() < PAIR_FIGURES // years)
    kept = obs[keep].reset_index(drop=True)
    records = empty_record_tables() | {"claims": claims}
    return ObservationStore(kept, fx.sources, fx.indicators, records)


# --- the measurements -------------------------------------------------------------------


def _result(
    metric: str, ours: float, limit: float, note: str, target: float | None = TARGET
) -> Result:
    return Result(AREA, metric, ms(ours), ms(limit), "ms", target, note=note)


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """(best seconds of ``repeat`` calls, the last call's result)."""
    seconds, out = once(fn)
    if repeat > 1:
        seconds = min(seconds, best_of(fn, repeat - 1))
    return seconds, out


def _conflicts(obs: pd.DataFrame, sources: pd.DataFrame, scale: str) -> list[Result]:
    ours, found = _timed(lambda: find_conflicts(obs, sources), REPEAT)
    limit = best_of(lambda: pandas_conflicts(obs), REPEAT)
    expected = pandas_conflicts(obs)
    assert len(found) > 0, "the workspace must hold conflicts"
    assert expected > 0
    note = (
        f"find_conflicts: {len(found):,} conflicts ({expected:,} keys with >1 value) "
        "vs pandas nunique per figure key"
    )
    return [_result(f"conflicts, whole workspace ({scale})", ours, limit, note)]


def _yoy(obs: pd.DataFrame, sources: pd.DataFrame, scale: str) -> list[Result]:
    ours, frame = _timed(lambda: yoy_for(obs, sources), REPEAT)
    limit = best_of(lambda: numpy_yoy(obs, sources), REPEAT)
    found = int(np.isfinite(frame["yoy_pct"].to_numpy()).sum())
    assert found > 0
    assert np.isfinite(numpy_yoy(obs, sources)).sum() > 0
    texts, cells = _timed(lambda: table_analytics(obs, sources, np.arange(len(obs))), 1)
    assert len(cells.yoy) > 0
    return [
        _result(
            f"YoY, every row, whole workspace ({scale})",
            ours,
            limit,
            f"yoy_for: {found:,} changes vs numpy key lexsort + searchsorted a year earlier",
        ),
        _result(
            f"YoY + claim column texts, every row ({scale})",
            texts,
            limit,
            "informational: table_analytics (the table's cells, texts formatted per row)",
            None,
        ),
    ]


def _records(obs: pd.DataFrame, sources: pd.DataFrame, scale: str) -> list[Result]:
    ours, marks = _timed(lambda: record_marks(obs, sources), REPEAT)
    limit = best_of(lambda: pandas_records(obs, sources), REPEAT)
    n_marks = len(marks.records())
    assert len(marks.ranges) > 0
    assert n_marks > 0
    assert pandas_records(obs, sources).sum() > 0
    statuses_s, statuses = _timed(lambda: record_statuses(obs, sources), REPEAT)
    assert len(statuses) > 0
    return [
        _result(
            f"record flags, every series, whole workspace ({scale})",
            ours,
            limit,
            f"record_marks: {n_marks:,} records vs lexsort + groupby cummax",
        ),
        _result(
            f"record statuses, every series, whole workspace ({scale})",
            statuses_s,
            limit,
            f"record_statuses: {len(statuses):,} series (RecordStatus each, a Python loop) "
            "vs the same cummax",
        ),
    ]


def _claims(obs: pd.DataFrame, fx: Fixture, claims: pd.DataFrame, scale: str) -> list[Result]:
    records = empty_record_tables() | {"claims": claims}
    ours, checks = _timed(lambda: check_all_claims(obs, fx.sources, claims, records), REPEAT)
    limit = best_of(lambda: numpy_claims(obs, claims), REPEAT)
    assert len(checks) == len(claims)
    assert numpy_claims(obs, claims).any()
    verdicts = ", ".join(f"{v} {n}" for v, n in checks["verdict"].value_counts().items())
    return [
        _result(
            f"claim checks, {len(claims):,} claims vs whole workspace ({scale})",
            ours,
            limit,
            f"check_all_claims ({verdicts}) vs searchsorted of the claim keys",
        )
    ]


def _documents(fx: Fixture, obs: pd.DataFrame, claims: pd.DataFrame, scale: str) -> list[Result]:
    from app.services.briefing import BriefingRequest, build_briefing
    from app.services.briefing import render_markdown as briefing_markdown
    from app.services.summary import build_summary
    from app.services.summary import render_markdown as summary_markdown

    store = pair_store(fx, obs, claims)
    a, b = PAIR
    shown = store.observations
    n_pair = int(((shown["reporter"].astype(str) == a) & (shown["partner"].astype(str) == b)).sum())
    request = BriefingRequest(a=a, b=b, charts=False, template="dossier")
    summary_s, summary = _timed(lambda: summary_markdown(build_summary(store, a, b, TODAY)), REPEAT)
    briefing_s, briefing = _timed(
        lambda: briefing_markdown(build_briefing(store, request, TODAY)), REPEAT
    )
    summary_lines, briefing_lines = len(summary.splitlines()), len(briefing.splitlines())
    assert summary_lines > 100, "the summary must not be empty"
    assert briefing_lines > 1000, "the briefing must not be empty"
    summary_limit = best_of(lambda: pandas_pair_text(shown, PAIR, summary_lines), REPEAT)
    briefing_limit = best_of(lambda: pandas_pair_text(shown, PAIR, briefing_lines), REPEAT)
    name = f"one pair of {n_pair:,} figures in a {scale} workspace"
    return [
        _result(
            f"summary (Markdown), {name}",
            summary_s,
            summary_limit,
            f"build_summary + render_markdown ({summary_lines:,} lines) vs pandas pair "
            "analytics + as many f-string lines",
        ),
        _result(
            f"briefing dossier (Markdown, no charts), {name}",
            briefing_s,
            briefing_limit,
            f"build_briefing + render_markdown ({briefing_lines:,} lines) vs pandas pair "
            "analytics + as many f-string lines",
        ),
    ]


def run(fx: Fixture) -> list[Result]:
    """Every analytics metric on the fixture's table plus 1 % second sources."""
    scale = f"{fx.rows // MILLION}M"
    obs = with_second_sources(fx.observations)
    claims = stored_claims(fx.observations)
    out: list[Result] = []
    out += _conflicts(obs, fx.sources, scale)
    out += _yoy(obs, fx.sources, scale)
    out += _records(obs, fx.sources, scale)
    out += _claims(obs, fx, claims, scale)
    out += _documents(fx, obs, claims, scale)
    return out


if __name__ == "__main__":  # python -m benchmarks.analytics [rows]
    import sys

    from benchmarks.report import text_table

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else MILLION
    print(text_table(run(Fixture.build(rows))))
