"""Records, since when, and the streak of consecutive record years."""

from __future__ import annotations

import pandas as pd

from app.domain.analytics import RecordStatus, record_history, record_statuses
from app.domain.model import normalise_observations
from app.domain.periods import parse_period


def annual(*rows: tuple[str, int, float, str]) -> pd.DataFrame:
    out = []
    for i, (rep, year, value, qual) in enumerate(rows, start=1):
        p = parse_period(str(year))
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
                "source_id": 100 + i,
            }
        )
    return normalise_observations(pd.DataFrame(out))


def only(statuses: list[RecordStatus]) -> RecordStatus:
    assert len(statuses) == 1
    return statuses[0]


def test_third_consecutive_record_year() -> None:
    s = only(
        record_statuses(
            annual(
                ("AZE", 2019, 2.18, "exact"),
                ("AZE", 2022, 2.15, "exact"),
                ("AZE", 2023, 3.1, "exact"),
                ("AZE", 2024, 3.7, "exact"),
                ("AZE", 2025, 4.87, "exact"),
            )
        )
    )
    assert s.status == "record"
    assert s.streak == 3
    assert s.streak_years == (2023, 2024, 2025)
    assert s.streak_end_reason == "2022 was not a record"
    assert s.highest_since == 2019
    assert s.previous_best_year == 2024
    assert s.source_ids == (101, 102, 103, 104, 105)
    assert "record streak 3" in s.explanation()


def test_a_missing_year_breaks_the_streak() -> None:
    s = only(
        record_statuses(
            annual(
                ("CHN", 2018, 1.31, "exact"),
                ("CHN", 2023, 3.1, "exact"),
                ("CHN", 2025, 4.87, "exact"),
            )
        )
    )
    assert s.status == "record"
    assert s.streak == 1
    assert s.streak_end_reason == "2024 not stored"


def test_not_a_record_says_since_when_it_is_the_highest() -> None:
    s = only(
        record_statuses(
            annual(
                ("AZE", 2018, 5.0, "exact"),
                ("AZE", 2019, 2.0, "exact"),
                ("AZE", 2020, 3.0, "exact"),
                ("AZE", 2021, 4.0, "exact"),
            )
        )
    )
    assert s.status == "not_record"
    assert s.highest_since == 2019
    assert s.streak == 0


def test_lower_bound_is_not_a_point() -> None:
    """More than 3 bn beats 2.9 bn; a later 3.05 bn may or may not beat it."""
    h = record_history(
        annual(
            ("AZE", 2022, 2.9, "exact"),
            ("AZE", 2023, 3.0, "more_than"),
            ("AZE", 2024, 3.05, "exact"),
            ("AZE", 2025, 2.95, "exact"),
        ).assign(year=[2022, 2023, 2024, 2025])
    )
    assert h["status"].tolist() == ["first", "record", "uncertain", "not_record"]


def test_the_first_stored_year_is_not_counted_as_a_record() -> None:
    s = only(record_statuses(annual(("AZE", 2024, 1.0, "exact"))))
    assert s.status == "first"
    assert s.streak == 0
    assert s.explanation() == "2024 (AZE) is the first stored figure of its series (year)."


def test_series_by_reporter_unless_either_side_is_asked_for() -> None:
    o = annual(
        ("CHN", 2023, 3.1, "exact"), ("AZE", 2024, 3.744, "exact"), ("CHN", 2025, 4.87, "exact")
    )
    assert len(record_statuses(o)) == 2
    s = only(record_statuses(o, same_reporter=False))
    assert s.streak == 2
    assert s.reporters == ("AZE", "CHN")
    assert "figures from AZE and CHN" in s.explanation()


def test_record_flags_of_many_series_match_one_series_at_a_time() -> None:
    import numpy as np
    import pandas as pd

    from app.domain.analytics import record_flags, record_history

    rng = np.random.default_rng(7)
    rows = []
    for series in range(30):
        for year in rng.permutation(np.arange(2000, 2012)):
            rows.append(
                {
                    "reporter": f"R{series}",
                    "year": int(year),
                    "value": float(rng.integers(1, 20)),
                    "qualifier": str(rng.choice(["exact", "more_than", "about"])),
                    "obs_id": len(rows),
                    "source_id": 1,
                }
            )
    frame = pd.DataFrame(rows)
    flags = record_flags(frame, ["reporter"])
    for _, series in frame.groupby("reporter"):
        hist = record_history(series).set_index("obs_id")["status"]
        assert flags.loc[series.index].tolist() == hist.loc[series["obs_id"]].tolist()
