"""The chart: same-period mode, projections, records."""

from __future__ import annotations

import pandas as pd
from tests.conftest import tiny_tables

from app.domain.model import Observation, normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.ui.chart_panel import ChartPanel


def frames(extra: list[tuple[str, float, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    obs, src = tiny_tables()
    rows = [
        Observation(
            "trade_turnover",
            parse_period(p),
            v,
            "USD",
            r,
            "AZE" if r == "CHN" else "CHN",
            obs_id=100 + i,
            source_id=1,
        ).as_row()
        for i, (p, v, r) in enumerate(extra)
    ]
    return (
        normalise_observations(pd.concat([obs, pd.DataFrame(rows)], ignore_index=True)),
        normalise_sources(src),
    )


def test_same_period_mode_draws_each_year_of_one_window(qtbot) -> None:
    obs, src = frames([("2024-01/2024-10", 2.0e9, "CHN"), ("2023-01/2023-10", 1.9e9, "CHN")])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    labels = [chart.window_box.itemText(i) for i in range(chart.window_box.count())]
    assert "Jan–Oct" in labels
    chart.window_box.setCurrentIndex(labels.index("Jan–Oct"))
    chart.same_period.setChecked(True)
    # one value per year for CHN: 2023, 2024, 2025 (two sources of 2025 agree: one is used)
    assert chart.bars["CHN"] == [1.9, 2.0, 2.44]
    chart.same_period.setChecked(False)
    assert chart.bars == {}


def test_projection_from_year_to_date_is_drawn_and_labelled(qtbot) -> None:
    # Jan–Oct 2023 was 2.6 of a 3.1 bn year: Jan–Oct 2025 at 2.44 projects to ~2.91 bn
    obs, src = frames([("2023-01/2023-10", 2.6e9, "CHN")])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert len(chart.projections) == 1
    p = chart.projections[0]
    assert p.year == 2025
    assert abs(p.projected - 2.44e9 / (2.6 / 3.1)) < 1e6
    assert "share of the annual total" in p.method


def test_records_are_marked(qtbot) -> None:
    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    records = chart.points[chart.points["record"]]
    assert 3 in records["obs_id"].tolist()  # AZE 2024 ($3.744 bn) beats AZE 2022
    assert "★" in chart.title.text()


def test_many_series_share_items(qtbot) -> None:
    """200 reporters of one indicator: one line item and one scatter per kind, all points."""
    import numpy as np

    rows = [
        Observation(
            "trade_turnover",
            parse_period(str(2000 + y)),
            float(1 + r + y),
            "USD",
            "AZE",
            "CHN",
            subject=f"S{r}",
            obs_id=r * 100 + y + 1,
            source_id=1,
        ).as_row()
        for r in range(200)
        for y in range(5)
    ]
    obs = normalise_observations(pd.DataFrame(rows))
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade", "trade_turnover", obs, {}, "USD", None)
    assert len(chart._lines) == 1
    assert len([k for k in chart._scatters if k[1] != "record"]) == 1
    assert len(chart.marker_values()) == 1000
    ys = next(iter(chart._lines.values())).yData
    assert int(np.isnan(ys).sum()) == 199  # one break between each pair of series


def test_forward_figures_are_hollow_and_named_in_the_legend(qtbot) -> None:
    from app.qt.chart_painter import HOLLOW_TEXT

    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)

    def legend() -> list[str]:
        return [label.text for _sample, label in chart.legend.items]

    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert HOLLOW_TEXT not in legend()
    target = int(obs.loc[obs["indicator"] == "trade_turnover", "obs_id"].iloc[0])
    obs = obs.copy()
    obs["status"] = obs["status"].astype(object)
    obs.loc[obs["obs_id"] == target, "status"] = "target"
    obs = normalise_observations(obs)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    assert HOLLOW_TEXT in legend()
    brushes = {
        int(spot.data()[0]): spot.brush().color().name()
        for (_series, mark), sc in chart._scatters.items()
        if mark != "record"
        for spot in sc.points()
    }
    assert brushes[target] == "#ffffff"
    assert all(c != "#ffffff" for i, c in brushes.items() if i != target)


def test_highlight_rings_the_figures_and_clears(qtbot) -> None:
    obs, src = frames([])
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.show_indicator("Trade turnover", "trade_turnover", obs, {}, "USD", src)
    ids = [int(i) for i in chart.points["obs_id"][:2]]
    chart.highlight_obs([*ids, 999])  # 999 is not on the chart: no ring
    assert sorted(chart.highlighted_obs()) == sorted(ids)
    chart.highlight_obs([])
    assert chart.highlighted_obs() == []
