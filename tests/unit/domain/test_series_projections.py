"""Which figures a chart projects to a full year: the latest year-to-date figure of each
reporter and subject (:func:`app.domain.series.latest_projections`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from app.domain import series
from app.domain.analytics import projection


def frame(rng: np.random.Generator, n: int, categorical: bool) -> pd.DataFrame:
    """Figures of three reporters and two subjects ("" is none): full years, Jan–Oct and
    Jan–Jun windows, points in time, some at the same end (obs_id breaks the tie)."""
    year = rng.integers(2019, 2026, n) * 12
    length = rng.choice([11, 9, 5, 0], n)
    start = year + np.where(rng.random(n) < 0.1, 3, 0)  # some windows start in April
    out = pd.DataFrame(
        {
            "obs_id": rng.permutation(n) + 1,
            "reporter": rng.choice(["CHN", "AZE", "TUR"], n),
            "subject": rng.choice(["", "oil"], n),
            "period_start": start.astype("int16"),
            "period_end": (start + length).astype("int16"),
            "period_point": (length == 0) & (rng.random(n) < 0.5),
        }
    )
    if categorical:
        for c in ("reporter", "subject"):
            # category order other than the sorted one: the groups go in category order
            out[c] = pd.Categorical(out[c], categories=sorted(set(out[c]), reverse=True))
    return out


def by_groupby(obs: pd.DataFrame) -> list[int]:
    """The same choice the plain pandas way (the reference)."""
    ranges = obs[~obs["period_point"].to_numpy()]
    start_month = ranges["period_start"].to_numpy() % 12
    length = (ranges["period_end"] - ranges["period_start"]).to_numpy()
    ytd = ranges[(start_month == 0) & (length > 0) & (length < 11)]
    return [
        int(group.sort_values(["period_end", "obs_id"]).iloc[-1]["obs_id"])
        for _, group in ytd.groupby(["reporter", "subject"], observed=True)
    ]


@pytest.mark.parametrize("categorical", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_the_latest_year_to_date_figure_of_each_series(
    monkeypatch: pytest.MonkeyPatch, seed: int, categorical: bool
) -> None:
    obs = frame(np.random.default_rng(seed), 60, categorical)
    asked: list[list[int]] = []

    def project(_obs: Any, ids: list[int], _sources: Any) -> list[Any]:
        asked.append(list(ids))
        return []

    monkeypatch.setattr(projection, "project_full_years", project)
    assert series.latest_projections(obs) == []
    assert asked == [by_groupby(obs)]
    assert asked[0], "the frames hold year-to-date figures"


def test_no_year_to_date_figure_projects_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    obs = frame(np.random.default_rng(0), 30, True)
    obs = obs[(obs["period_end"] - obs["period_start"]) == 11]  # full years only
    monkeypatch.setattr(projection, "project_full_years", lambda *_: pytest.fail("called"))
    assert series.latest_projections(obs) == []
    assert series.latest_projections(obs.iloc[0:0]) == []
