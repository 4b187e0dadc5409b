"""Column filters, the value-as-typed search and the search in notes, quotes and speakers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.conftest import tiny_tables

from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import month_index
from app.domain.value_search import number_query, query_terms
from app.domain.view import ViewSpec, compute_order, row_mask
from app.domain.view_filters import (
    ColumnFilter,
    distinct_values,
    filters_mask,
    search_columns,
    text_mask,
)

NAMES = {"trade_turnover": "Trade turnover", "tourist_arrivals_from_partner": "Tourist arrivals"}


@pytest.fixture
def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    obs, src = tiny_tables()
    obs = obs.assign(note=[""] * 5 + ["from the customs committee", "", ""])
    src.loc[src["source_id"] == 2, "speaker"] = "Ambassador Lu Mei"
    src.loc[src["source_id"] == 3, "quote"] = "turnover reached a record"
    return normalise_observations(obs), normalise_sources(src)


def ids(obs: pd.DataFrame, spec: ViewSpec, columns: object = None) -> list[int]:
    return sorted(obs["obs_id"].to_numpy()[compute_order(obs, spec, columns)].tolist())


def test_value_filter_keeps_the_picked_values(tables) -> None:
    obs, src = tables
    f = ColumnFilter("reporter", ("CHN",))
    assert ids(obs, ViewSpec(column_filters=(f,))) == [2, 4, 5]
    by_source = ColumnFilter("source", ("Xinhua, 2025-12-25",))
    columns = search_columns(obs, src, NAMES)
    assert ids(obs, ViewSpec(column_filters=(by_source,)), columns) == [5, 7]
    assert ColumnFilter("partner", ("CHN", "AZE", "CHN")).values == ("AZE", "CHN")


def test_value_and_period_ranges(tables) -> None:
    obs, _ = tables
    at_least = ColumnFilter("value", low=2.44e9)
    assert ids(obs, ViewSpec(column_filters=(at_least,))) == [2, 3, 4, 5, 6]
    between = ColumnFilter("value", low=1e9, high=2.44e9)
    assert ids(obs, ViewSpec(column_filters=(between,))) == [1, 4, 5, 8]
    # whole periods inside 2023 .. Oct 2025: the Jan-Oct and Jan-Jul figures, not 2022
    period = ColumnFilter("period", low=month_index(2023, 1), high=month_index(2025, 10))
    assert ids(obs, ViewSpec(column_filters=(period,))) == [2, 3, 4, 5, 6, 7, 8]
    upto_july = ColumnFilter("period", low=month_index(2025, 1), high=month_index(2025, 7))
    assert ids(obs, ViewSpec(column_filters=(upto_july,))) == [6]
    assert period.describe() == "2023 – 2025-10"
    assert at_least.describe() == "≥ 2.44 bn"


def test_filters_combine_with_the_pair_and_the_text(tables) -> None:
    obs, src = tables
    columns = search_columns(obs, src, NAMES)
    spec = ViewSpec(
        pair=("CHN", "AZE"),
        text="trade",
        column_filters=(ColumnFilter("value", low=2.4e9), ColumnFilter("reporter", ("AZE",))),
    )
    assert ids(obs, spec, columns) == [3, 6]
    assert ids(obs, ViewSpec(pair=("AZE", "RUS"), text="trade"), columns) == [8]


def test_distinct_values_count_the_rows_the_other_filters_leave(tables) -> None:
    obs, src = tables
    columns = search_columns(obs, src, NAMES)
    spec = ViewSpec(
        pair=("CHN", "AZE"),
        column_filters=(ColumnFilter("reporter", ("CHN",)), ColumnFilter("indicator", ("x",))),
    )
    mask = row_mask(obs, spec, columns, skip_column="reporter")
    assert not mask.any()  # no indicator "x"
    spec = ViewSpec(pair=("CHN", "AZE"), column_filters=(ColumnFilter("reporter", ("CHN",)),))
    mask = row_mask(obs, spec, columns, skip_column="reporter")
    assert distinct_values(obs, "reporter", mask, columns) == [("AZE", 4), ("CHN", 3)]
    assert distinct_values(obs, "source", mask, columns)[-1] == ("Xinhua, 2025-12-25", 2)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("57,000", [7]),
        ("57000", [7]),
        ("57k", [7]),
        ("2.44 bn", [4, 5]),
        ("$2.44 bn", [4, 5]),
        ("$2.44bn", [4, 5]),
        ("2.44", [4, 5]),  # the mantissa the table shows: "$2.44 bn"
        ("2.4 bn", [4, 5, 6]),  # typed to one decimal: 2.35 .. 2.45 bn
        ("€2.44 bn", []),  # figures in dollars only
        ("trade 3.1 bn", [2]),
        ("tourist 57,000", [7]),
    ],
)
def test_values_match_as_typed(tables, query: str, expected: list[int]) -> None:
    obs, src = tables
    assert ids(obs, ViewSpec(text=query), search_columns(obs, src, NAMES)) == expected


def test_query_terms_keep_words_and_numbers_apart() -> None:
    terms = query_terms("trade $2.44 bn 2025-10 17.5 %")
    assert [t.text for t in terms] == ["trade", "$2.44 bn", "2025-10", "17.5 %"]
    assert [t.number.unit if t.number else "word" for t in terms] == [
        "word",
        "USD",
        "word",  # a period, searched as a word
        "percent",
    ]
    q = number_query("57,000")
    assert q is not None
    assert (q.value, q.tolerance) == (57000.0, 0.5)
    assert number_query("bn") is None


def test_text_finds_notes_quotes_and_speakers(tables) -> None:
    obs, src = tables
    columns = search_columns(obs, src, NAMES)
    assert ids(obs, ViewSpec(text="customs committee"), columns) == [6]
    assert ids(obs, ViewSpec(text="record"), columns) == [3]
    assert ids(obs, ViewSpec(text="lu mei"), columns) == [2]
    assert ids(obs, ViewSpec(text="Tourist arrivals"), columns) == [7]


def test_filters_are_data(tables) -> None:
    obs, _ = tables
    f = ColumnFilter("period", low=month_index(2019, 1), high=month_index(2025, 10))
    assert ColumnFilter.from_dict(f.to_dict()) == f
    assert hash(f) == hash(ColumnFilter.from_dict(f.to_dict()))
    with pytest.raises(ValueError, match="range"):
        ColumnFilter("value", ("1",))
    with pytest.raises(ValueError, match="no filter"):
        ColumnFilter("note", ("x",))
    with pytest.raises(ValueError, match="before it starts"):
        ColumnFilter("value", low=2.0, high=1.0)
    with pytest.raises(ValueError, match="needs its labels"):
        filters_mask(obs, [ColumnFilter("source", ("Trend",))])


def test_a_million_rows_filter_fast() -> None:
    """Filters and the value search are array operations: 1M rows in well under a second
    here (the benchmarks measure them against their limits)."""
    import time

    rng = np.random.default_rng(0)
    n = 1_000_000

    def category(labels: list[str]) -> pd.Categorical:
        return pd.Categorical.from_codes(rng.integers(0, len(labels), n), labels)

    start = rng.integers(24000, 24300, n)
    obs = normalise_observations(
        pd.DataFrame(
            {
                "obs_id": np.arange(n),
                "indicator": category([f"ind{i}" for i in range(50)]),
                "reporter": category(["AZE", "CHN", "TUR"]),
                "partner": category(["AZE", "CHN", "RUS"]),
                "period_start": start,
                "period_end": start + 11,
                "value": rng.random(n) * 1e9,
                "unit": category(["USD"]),
                "source_id": rng.integers(0, 500, n),
                "note": np.array(["", "a note", "customs"], dtype=object)[rng.integers(0, 3, n)],
            }
        )
    )
    src = normalise_sources(pd.DataFrame({"source_id": np.arange(500), "publisher": "P"}))
    columns = search_columns(obs, src, {})
    spec = ViewSpec(
        text="customs 0.5 bn",
        column_filters=(
            ColumnFilter("indicator", ("ind1", "ind2")),
            ColumnFilter("value", low=1e8),
            ColumnFilter("period", low=24010, high=24200),
        ),
        sort=(),
    )
    started = time.perf_counter()
    mask = row_mask(obs, spec, columns)
    assert time.perf_counter() - started < 1.5
    assert (
        mask.sum()
        == (
            obs["indicator"].isin(["ind1", "ind2"])
            & (obs["value"] >= 1e8)
            & (obs["period_start"] >= 24010)
            & (obs["period_end"] <= 24200)
            & (obs["note"] == "customs")
            & ((obs["value"] - 0.5e9).abs() <= 0.05e9 * (1 + 1e-9))
        ).sum()
    )
    assert text_mask(obs, "no-such-word", columns).sum() == 0
