"""Conflicts between sources and between the two sides, and marking a preferred value."""

from __future__ import annotations

import pandas as pd
import pytest

from app.domain.analytics import find_conflicts, is_symmetric, prefer, yoy_for
from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.store import ObservationStore


def obs(*rows: tuple[str, str, str, str, float, str]) -> pd.DataFrame:
    """(indicator, reporter, partner, period, value, qualifier)."""
    out = []
    for i, (ind, rep, par, period, value, qual) in enumerate(rows, start=1):
        p = parse_period(period)
        out.append(
            {
                "obs_id": i,
                "indicator": ind,
                "reporter": rep,
                "partner": par,
                "period_start": p.start,
                "period_end": p.end,
                "value": value,
                "unit": "USD",
                "qualifier": qual,
                "source_id": i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


SOURCES = normalise_sources(
    pd.DataFrame(
        {"source_id": [1, 2, 3, 4], "published": ["2023-09-01", "2022-06-03", "", "2024-01-01"]}
    )
)


def test_sources_that_disagree_form_one_group_with_the_spread() -> None:
    o = obs(
        ("trade_turnover", "AZE", "CHN", "2021", 1.78e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2021", 1.7e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2021", 1.4e9, "exact"),
    )
    c = find_conflicts(o, SOURCES)
    assert len(c) == 1
    row = c.iloc[0]
    assert row["kind"] == "sources"
    assert row["n"] == 3
    assert row["spread_abs"] == pytest.approx(0.38e9)
    assert row["spread_pct"] == pytest.approx(0.38 / 1.4 * 100)
    assert row["source_ids"] == (1, 2, 3)
    assert row["used_obs_id"] == 1
    assert row["used_rule"] == "most recently published"
    assert row["preferred_obs_id"] == -1


def test_agreement_within_tolerance_and_bounds_is_no_conflict() -> None:
    o = obs(
        ("trade_turnover", "AZE", "CHN", "2022", 2.15e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2022", 2.159e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2023", 3.0e9, "more_than"),
        ("trade_turnover", "AZE", "CHN", "2023", 3.1e9, "exact"),
    )
    assert find_conflicts(o, SOURCES).empty
    assert len(find_conflicts(o, SOURCES, tolerance=0.001)) == 1


def test_mirror_of_a_symmetric_indicator() -> None:
    o = obs(
        ("trade_turnover", "CHN", "AZE", "2023", 3.1e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2023", 2.2e9, "exact"),
    )
    c = find_conflicts(o, SOURCES)
    assert c["kind"].tolist() == ["mirror"]
    assert c.iloc[0]["obs_ids"] == (1, 2)


def test_imports_mirror_the_partners_exports_but_not_its_imports() -> None:
    o = obs(
        ("imports_from_partner", "AZE", "CHN", "2024", 3.7e9, "exact"),
        ("exports_to_partner", "CHN", "AZE", "2024", 4.4e9, "exact"),
        ("imports_from_partner", "CHN", "AZE", "2024", 0.5e9, "exact"),
    )
    c = find_conflicts(o, SOURCES)
    assert len(c) == 1
    assert set(c.iloc[0]["obs_ids"]) == {1, 2}


def test_direction_named_in_the_code_is_symmetric() -> None:
    assert is_symmetric("tourist_arrivals_from_CHN")
    assert is_symmetric("trade_turnover")
    assert not is_symmetric("imports_from_partner")


def test_marking_preferred_is_undoable_and_changes_what_is_used() -> None:
    o = obs(
        ("trade_turnover", "AZE", "CHN", "2021", 1.78e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2021", 1.7e9, "exact"),
        ("trade_turnover", "AZE", "CHN", "2022", 2.15e9, "exact"),
    )
    store = ObservationStore(o.copy(), SOURCES)
    conflict = find_conflicts(store.observations, SOURCES).iloc[0]
    edit = prefer(store.observations, conflict["obs_ids"], 2)
    store.apply(edit)
    after = find_conflicts(store.observations, SOURCES).iloc[0]
    assert after["used_obs_id"] == 2
    assert after["used_rule"] == "preferred"
    assert yoy_for(store.observations, SOURCES).loc[2, "prev_obs_id"] == 2
    store.apply(edit, forward=False)
    assert not store.observations["preferred"].any()
    assert find_conflicts(store.observations, SOURCES).iloc[0]["used_obs_id"] == 1


def test_prefer_rejects_an_outsider() -> None:
    o = obs(("trade_turnover", "AZE", "CHN", "2021", 1.78e9, "exact"))
    with pytest.raises(ValueError, match="not part"):
        prefer(o, [1], 7)
