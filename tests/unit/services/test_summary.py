"""The summary of the bundled workspace carries the seed's figures, periods and sources."""

from __future__ import annotations

import html.parser
import io

import numpy as np
import pandas as pd
import pytest

from app.domain.edits import SetValues
from app.domain.store import ObservationStore
from app.services.bundled import bundled_tables
from app.services.desk import Desk
from app.services.summary import build_summary, render_csv, render_html, render_markdown


@pytest.fixture(scope="module")
def bundled_store() -> ObservationStore:
    t = bundled_tables()
    return ObservationStore(t.observations, t.sources, t.indicators)


def test_seed_figures_are_in_the_summary(bundled_store: ObservationStore) -> None:
    text = render_markdown(build_summary(bundled_store, "CHN", "AZE"))
    assert "Trade turnover, Jan–Oct 2025: $2.44 bn" in text
    assert "Tourist arrivals from partner, Jan–Oct 2025:" in text
    assert "57,000 persons" in text
    assert "1,570 MW" in text
    assert "Khizi-Absheron WPP, as of Jan 2026: 240 MW" in text
    assert "## Sources" in text
    assert "https://" in text


def test_every_footnote_has_a_citation(bundled_store: ObservationStore) -> None:
    s = build_summary(bundled_store, "CHN", "AZE")
    numbers = {c.number for c in s.citations}
    assert numbers == set(range(1, len(numbers) + 1))
    assert {line.footnote for line in s.lines} <= numbers


def test_html_escapes_everything(tiny_desk: Desk) -> None:
    tiny_desk.apply(SetValues([4], {"note": ([""], ["<script>alert(1)</script>"])}, "n"))
    src = tiny_desk.store.sources
    src.loc[src["source_id"] == 5, "publisher"] = "<b>Evil</b> & co"
    out = render_html(build_summary(tiny_desk.store, "CHN", "AZE"))
    assert "<script>" not in out
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; co" in out or "Evil" not in out

    class Tags(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.tags.add(tag)

    parser = Tags()
    parser.feed(out)
    assert "script" not in parser.tags
    assert "b" not in parser.tags


def test_csv_summary_reads_back_with_numbers(tiny_desk: Desk) -> None:
    frame = pd.read_csv(io.StringIO(render_csv(build_summary(tiny_desk.store, "CHN", "AZE"))))
    assert frame["value"].dtype.kind == "f"
    assert 2.44e9 in frame["value"].tolist()


def test_empty_pair_says_so(tiny_desk: Desk) -> None:
    s = build_summary(tiny_desk.store, "USA", "FRA")
    assert s.lines == []
    assert "No figures" in render_markdown(s)


def test_a_target_is_never_the_latest_figure(bundled_store: ObservationStore) -> None:
    """The end-2027 renewable target is listed apart and labelled; the latest actual figure
    (end-2024) is still shown as the state of things."""
    lines = [
        line
        for line in build_summary(bundled_store, "CHN", "AZE").lines
        if line.indicator == "renewable_installed_capacity"
    ]
    by_status = {line.status: line for line in lines}
    assert by_status["target"].value_text == "target: up to 2,000 MW"
    assert by_status["target"].period == "as of Dec 2027"
    assert by_status["actual"].value_text == "1,792.64 MW"
    planned = [
        line
        for line in build_summary(bundled_store, "CHN", "AZE").lines
        if line.status == "planned"
    ]
    assert planned
    assert all(line.value_text.startswith("planned: ") for line in planned)


def _latest_rows_by_pandas(obs: pd.DataFrame) -> pd.DataFrame:
    """The rule of ``latest_rows`` as it was written with pandas (the reference)."""
    from app.domain.model import FORWARD_STATUSES
    from app.domain.periods import period_kinds
    from app.services.summary import FAMILY

    kinds = period_kinds(
        obs["period_start"].to_numpy(), obs["period_end"].to_numpy(), obs["period_point"].to_numpy()
    )
    forward = obs["status"].astype(str).isin([str(x) for x in FORWARD_STATUSES])
    ranked = obs.assign(
        family_=pd.Series(kinds, index=obs.index).map(FAMILY) + forward.map({True: "+", False: ""}),
        pref_=obs["preferred"].astype(int),
        reported_=(obs["status"].astype(str) != "derived").astype(int),
    ).sort_values(
        ["period_end", "period_start", "pref_", "reported_", "obs_id"],
        ascending=[False, True, False, False, False],
        kind="stable",
    )
    first = ranked.drop_duplicates(["indicator", "subject", "family_"], keep="first")
    return first.drop(columns=["family_", "pref_", "reported_"])


@pytest.mark.parametrize("seed", range(6))
def test_latest_rows_follow_the_rule(seed: int) -> None:
    """The lexsort of ``latest_rows`` picks the rows (in the order) the pandas rule does,
    with ties of period, preference and status, targets and derived figures."""
    from app.domain.model import normalise_observations
    from app.services.summary import latest_rows

    rng = np.random.default_rng(seed)
    n = 300
    start = rng.integers(2018, 2024, n) * 12 + rng.choice([0, 0, 3, 6], n)
    length = rng.choice([0, 2, 5, 9, 11, 11], n)
    frame = pd.DataFrame(
        {
            "indicator": rng.choice(["a", "b", "c"], n),
            "reporter": "AZE",
            "partner": "CHN",
            "subject": rng.choice(["", "", "s"], n),
            "period_start": start,
            "period_end": start + length,
            "period_point": rng.random(n) < 0.15,
            "value": rng.random(n),
            "unit": "USD",
            "status": rng.choice(["actual", "actual", "derived", "target", "forecast"], n),
            "source_id": 1,
            "preferred": rng.random(n) < 0.1,
            "obs_id": rng.permutation(n) + 1,
        }
    )
    obs = normalise_observations(frame)
    if seed % 2:
        obs = obs.iloc[rng.permutation(n)]  # rows in no order, index labels kept
    pd.testing.assert_frame_equal(latest_rows(obs), _latest_rows_by_pandas(obs))


def _line_order_by_pandas(obs: pd.DataFrame, topics: dict[str, str]) -> list[int]:
    """The obs ids of the summary's lines as the frame sort gave them (the reference)."""
    from app.services.summary import latest_rows

    latest = latest_rows(obs)
    latest = latest.assign(topic_name=latest["indicator"].astype(str).map(topics).fillna("Other"))
    latest = latest.sort_values(["topic_name", "indicator", "subject"], kind="stable")
    return [int(i) for i in latest["obs_id"]]


@pytest.mark.parametrize("seed", range(8))
def test_lines_are_sorted_as_the_frame_sort_sorted_them(seed: int) -> None:
    """Topic by text, indicator and subject by category (categories in no order, some
    unused, for odd seeds), an indicator without a topic under "Other"."""
    from tests.unit.domain.analytics.test_analytics_vectorised import workspace

    from app.services.summary import _line_rows

    obs, _src = workspace(seed, n=200)
    obs = obs.assign(status="actual", change_value=np.nan, change_unit="", change_qualifier="")
    codes = sorted(obs["indicator"].astype(str).unique())
    topics = {code: ("Trade", "Energy", "Other")[i % 3] for i, code in enumerate(codes[:-1])}
    got = [row[-1] for row in _line_rows(obs, topics)]
    assert got == _line_order_by_pandas(obs, topics)
    assert [row[1] for row in _line_rows(obs, topics)] == sorted(
        row[1] for row in _line_rows(obs, topics)
    )


def test_footnotes_number_sources_in_order_of_first_citation() -> None:
    from app.services.summary import _refs, footnotes

    numbers = {7: 1}
    assert footnotes(numbers, (3, 7, np.int64(3), 5)) == (2, 1, 2, 3)
    assert numbers == {7: 1, 3: 2, 5: 3}
    assert all(type(k) is int for k in numbers)
    assert footnotes(numbers, ()) == ()
    assert _refs((2, 1, 12)) == "[2][1][12]"
    assert _refs(()) == ""
