"""The seed press item's claims, checked on the bundled dataset.

The press item (Xinhua, 25 Dec 2025) says: Jan–Oct 2025 trade $2.44 bn, "more than 20 %"
on the same period; a record expected by year end, "the third consecutive year" of records;
Chinese tourists Jan–Oct "exceeded 57,000", "nearly 50 %" more. Whatever the verdicts are,
they must follow from the stored figures and be explained: each test recomputes the
expected verdict from the stored comparable figure by plain arithmetic.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.domain.analytics import check_claims, pair_narrative, project_full_year, record_statuses
from app.domain.periods import month_index, period_label
from app.services.bundled import bundled_tables
from app.services.storage import Tables

JAN_OCT_2025 = (month_index(2025, 1), month_index(2025, 10))
JAN_OCT_2024 = (month_index(2024, 1), month_index(2024, 10))


@pytest.fixture(scope="module")
def tables() -> Tables:
    return bundled_tables()


def rows(t: Tables, indicator: str, window: tuple[int, int], **eq: str) -> pd.DataFrame:
    o = t.observations
    mask = (
        (o["indicator"] == indicator)
        & (o["period_start"] == window[0])
        & (o["period_end"] == window[1])
    )
    for col, value in eq.items():
        mask &= o[col] == value
    return o[mask]


def verdict_of(t: Tables, obs_id: int) -> pd.Series:
    claims = check_claims(t.observations, t.sources)
    return claims[claims["obs_id"] == obs_id].iloc[0]


def test_jan_oct_trade_more_than_20_percent(tables: Tables) -> None:
    claim = rows(tables, "trade_turnover", JAN_OCT_2025, change_qualifier="more_than")
    assert len(claim) == 1, "the seed's 'more than 20 percent' figure is bundled"
    row = claim.iloc[0]
    assert row["value"] == pytest.approx(2.44e9)
    assert row["change_value"] == pytest.approx(20.0)
    c = verdict_of(tables, int(row["obs_id"]))
    earlier = rows(tables, "trade_turnover", JAN_OCT_2024, reporter=str(row["reporter"]))
    if earlier.empty:
        assert c["verdict"] == "cannot_check"
        return
    assert int(c["compared_obs_id"]) in set(earlier["obs_id"])
    prev = earlier[earlier["obs_id"] == c["compared_obs_id"]].iloc[0]
    # the highest change the stored figures allow: 2.44 bn (rounded up) against the
    # earlier level, which is a floor when it is "more than"
    best_case = ((row["value"] + 0.005e9) / prev["value"] - 1) * 100
    expected = "consistent" if best_case >= 20.0 - 0.5 else "inconsistent"
    assert c["verdict"] == expected
    assert "Jan–Oct 2024" in c["explanation"]
    assert c["explanation"].endswith(f": {expected}.")
    assert int(prev["source_id"]) in c["source_ids"]


def test_jan_oct_tourists_nearly_50_percent(tables: Tables) -> None:
    claim = rows(tables, "tourist_arrivals_from_partner", JAN_OCT_2025, change_qualifier="nearly")
    assert len(claim) >= 1
    row = claim.iloc[0]
    assert row["value"] == pytest.approx(57000)
    c = verdict_of(tables, int(row["obs_id"]))
    earlier = rows(
        tables, "tourist_arrivals_from_partner", JAN_OCT_2024, reporter=str(row["reporter"])
    )
    if earlier.empty:
        assert c["verdict"] == "cannot_check"
        assert f"no Jan–Oct 2024 figure from {row['reporter']} is stored" in c["explanation"]
    else:
        assert c["verdict"] in ("consistent", "inconsistent")
        assert int(c["compared_obs_id"]) in set(earlier["obs_id"])


def test_full_year_2024_is_not_a_jan_oct_comparison(tables: Tables) -> None:
    """The bundled 2024 tourist total must not stand in for Jan–Oct 2024."""
    row = rows(tables, "tourist_arrivals_from_partner", JAN_OCT_2025).iloc[0]
    c = verdict_of(tables, int(row["obs_id"]))
    assert c["compared_period"] in ("", period_label(*JAN_OCT_2024))


def _expected_streak(series: pd.DataFrame) -> int:
    """Consecutive years up to the last, each above every earlier stored year."""
    by_year = series.set_index("year")["value"].sort_index()
    streak, year = 0, int(by_year.index[-1])
    while (
        year in by_year.index
        and (by_year.index < year).any()
        and (by_year[year] > by_year[by_year.index < year].max())
    ):
        streak, year = streak + 1, year - 1
    return streak


def test_record_streak_for_2025(tables: Tables) -> None:
    from app.domain.analytics import choose_figures

    either = [
        s
        for s in record_statuses(
            tables.observations, tables.sources, same_reporter=False, windows="year"
        )
        if s.indicator == "trade_turnover" and s.subject == ""
    ]
    assert len(either) == 1
    s = either[0]
    assert s.latest_period == "2025"
    fig = choose_figures(
        tables.observations[tables.observations["indicator"] == "trade_turnover"],
        tables.sources,
        same_reporter=False,
    )
    annual = fig[(fig["window_len"] == 11) & (fig["window_month"] == 0)]
    assert s.streak == _expected_streak(annual)
    assert s.status == "record"
    assert s.streak_years[-1] == 2025
    assert f"record streak {s.streak}" in s.explanation()
    own = [
        x
        for x in record_statuses(tables.observations, tables.sources, windows="year")
        if x.indicator == "trade_turnover" and x.reporter == "CHN" and x.subject == ""
    ]
    assert own[0].latest_period == "2025"
    if 2024 not in set(annual[annual["reporter"] == "CHN"]["year"]):
        assert own[0].streak_end_reason == "2024 not stored"


def test_year_end_record_projection_needs_history(tables: Tables) -> None:
    row = rows(tables, "trade_turnover", JAN_OCT_2025, change_qualifier="more_than").iloc[0]
    p = project_full_year(tables.observations, int(row["obs_id"]), tables.sources)
    if p.projected is None:
        assert "Jan–Oct" in p.reason
    else:
        assert p.years_used
        assert p.record_verdict in ("record", "not_expected", "uncertain")
    assert p.explanation()


def test_every_claim_has_an_explanation_and_sources(tables: Tables) -> None:
    claims = check_claims(tables.observations, tables.sources)
    assert len(claims) == int(tables.observations["change_value"].notna().sum())
    assert claims["explanation"].str.len().min() > 20
    assert all(len(s) >= 1 for s in claims["source_ids"])
    assert set(claims["verdict"]) <= {"consistent", "inconsistent", "cannot_check"}


def test_narrative_for_the_pair_footnotes_every_number(tables: Tables) -> None:
    sentences = pair_narrative(tables.observations, tables.sources, "CHN", "AZE")
    kinds = {s.kind for s in sentences}
    assert {"latest", "record", "claim"} <= kinds
    assert all(s.source_ids for s in sentences if s.kind in ("latest", "claim", "conflict"))


def test_cli_check_prints_every_verdict_and_conflict(
    tmp_path: object, capsys: pytest.CaptureFixture[str], tables: Tables
) -> None:
    from pathlib import Path

    from app.cli.main import main
    from app.services.bundled import create_seeded_workspace

    path = Path(str(tmp_path)) / "seed.corridor"
    create_seeded_workspace(path).close()
    assert main(["check", "--workspace", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    implicit = check_claims(tables.observations, tables.sources)
    stored_ids = {c["claim_id"] for c in report["claims"] if c["claim_id"] > 0}
    # every reported change of a figure, and the stored claims beside them
    assert {-c["claim_id"] for c in report["claims"] if c["claim_id"] < 0} | {
        c["obs_id"] for c in report["claims"] if c["claim_id"] > 0 and c["claim_type"] == "growth"
    } >= set(implicit["obs_id"])
    assert stored_ids <= set(tables.records["claims"]["claim_id"])
    assert all(c["explanation"] and c["sources"] for c in report["claims"])
    assert main(["check", "--workspace", str(path), "--pair", "CHN-AZE"]) == 0
    text = capsys.readouterr().out
    assert "Claims (" in text
    assert "Conflicts (" in text
    assert main(["check", "--workspace", str(path), "--pair", "nonsense"]) == 2
