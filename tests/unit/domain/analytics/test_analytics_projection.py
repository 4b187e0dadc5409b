"""Full-year projection from a year-to-date figure, and the record it would make."""

from __future__ import annotations

import pandas as pd
import pytest

from app.domain.analytics import project_full_year
from app.domain.model import normalise_observations
from app.domain.periods import parse_period


def obs(*rows: tuple[str, str, float, str]) -> pd.DataFrame:
    out = []
    for i, (rep, period, value, qual) in enumerate(rows, start=1):
        p = parse_period(period)
        out.append(
            {
                "obs_id": i,
                "indicator": "trade_turnover",
                "reporter": rep,
                "partner": "AZE" if rep == "CHN" else "CHN",
                "period_start": p.start,
                "period_end": p.end,
                "value": value,
                "unit": "USD",
                "qualifier": qual,
                "source_id": i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


HISTORY = (
    ("CHN", "2023-01/2023-10", 2.5e9, "exact"),
    ("CHN", "2023", 3.1e9, "exact"),
    ("CHN", "2024-01/2024-10", 3.0e9, "exact"),
    ("CHN", "2024", 3.7e9, "exact"),
)


def test_projection_uses_the_window_share_of_earlier_years() -> None:
    o = obs(*HISTORY, ("CHN", "2025-01/2025-10", 4.0e9, "exact"))
    p = project_full_year(o, 5)
    shares = (2.5 / 3.1, 3.0 / 3.7)
    assert p.years_used == (2023, 2024)
    assert p.shares == pytest.approx(shares)
    assert p.projected == pytest.approx(4.0e9 / (sum(shares) / 2))
    assert p.low == pytest.approx(4.0e9 / max(shares))
    assert p.high == pytest.approx(4.0e9 / min(shares))
    assert "Jan–Oct share of the annual total in 2023, 2024" in p.method
    assert p.record_year == 2024
    assert p.record_verdict == "record"
    assert "would be a record" in p.explanation()
    assert p.source_ids == (1, 2, 3, 4, 5)


def test_projection_below_the_record_is_not_expected_to_be_one() -> None:
    p = project_full_year(obs(*HISTORY, ("CHN", "2025-01/2025-10", 2.44e9, "exact")), 5)
    assert p.record_verdict == "not_expected"


def test_no_history_no_projection() -> None:
    p = project_full_year(
        obs(("CHN", "2024", 3.7e9, "exact"), ("CHN", "2025-01/2025-10", 2.44e9, "exact")), 2
    )
    assert p.projected is None
    assert p.reason == "no earlier Jan–Oct figure from CHN is stored"
    assert p.explanation().startswith("No full-year projection for 2025")


def test_bounds_and_other_reporters_are_not_history() -> None:
    o = obs(
        ("CHN", "2024-01/2024-10", 3.0e9, "more_than"),
        ("AZE", "2024", 3.744e9, "exact"),
        ("CHN", "2025-01/2025-10", 2.44e9, "exact"),
    )
    assert project_full_year(o, 3).projected is None
    assert project_full_year(o, 3, same_reporter=False).projected is None
    exact = o.assign(qualifier=pd.Categorical(["exact"] * 3))
    cross = project_full_year(exact, 3, same_reporter=False)
    assert cross.projected == pytest.approx(2.44e9 / (3.0 / 3.744))


def test_a_full_year_is_not_projected() -> None:
    p = project_full_year(obs(*HISTORY), 4)
    assert p.projected is None
    assert "not a year-to-date" in p.reason


def test_projections_of_several_figures_are_those_of_each_alone() -> None:
    """A chart projects every series of its indicator at once (the figures are chosen
    once); each projection is the one asked for alone, in the order asked."""
    from app.domain.analytics.projection import project_full_years

    o = obs(
        *HISTORY,
        ("CHN", "2025-01/2025-10", 4.0e9, "exact"),
        ("AZE", "2024-01/2024-10", 1.0e9, "exact"),
        ("AZE", "2025-01/2025-10", 1.2e9, "exact"),
    )
    ids = [7, 5, 3]
    assert project_full_years(o, ids) == [project_full_year(o, i) for i in ids]
    assert project_full_years(o, ids, same_reporter=False) == [
        project_full_year(o, i, same_reporter=False) for i in ids
    ]
    assert project_full_years(o, []) == []
    with pytest.raises(KeyError):
        project_full_years(o, [5, 99])


def test_lookup_finds_each_wanted_window_and_year_as_an_index_would() -> None:
    """The positions of (window key, year) rows among chosen figures, -1 when absent: the
    answer a MultiIndex's get_indexer gives."""
    import numpy as np

    from app.domain.analytics.figures import WINDOW_COLUMNS, lookup

    rng = np.random.default_rng(5)
    keys = pd.DataFrame(
        {
            "indicator": pd.Categorical(rng.choice(["trade", "fdi"], 40)),
            "side_a": rng.choice(["AZE", "CHN", ""], 40),
            "side_b": rng.choice(["AZE", "CHN", ""], 40),
            "subject": rng.choice(["", "oil"], 40),
            "period_point": rng.random(40) < 0.2,
            "window_month": rng.choice([0, 3], 40),
            "window_len": rng.choice([5, 11], 40),
            "year": rng.integers(2015, 2026, 40),
        }
    )
    figures = keys.drop_duplicates().reset_index(drop=True)
    wanted = pd.concat([keys.sample(25, random_state=1), keys.assign(year=1990).head(5)])
    columns = [*WINDOW_COLUMNS, "year"]
    index = pd.MultiIndex.from_frame(figures[columns])
    expected = index.get_indexer(pd.MultiIndex.from_frame(wanted[columns]))
    assert lookup(figures, wanted).tolist() == expected.tolist()
    assert (lookup(figures, wanted)[-5:] == -1).all()
