"""The pivot grid: like-for-like columns, the choice rule, conflict and claim marks, labels,
texts and files; then the bundled trade figures with Jan–Oct windows.

Hand-made frames first (one section per concern), then random frames held to the rules of
``choose_figures`` and ``find_conflicts`` cell by cell, then the bundled dataset.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
import pytest

from app.domain import pivot as pivot_module
from app.domain.analytics import check_all_claims, choose_figures, find_conflicts
from app.domain.model import normalise_observations, normalise_sources
from app.domain.periods import parse_period
from app.domain.pivot import PivotSpec, PivotTable, pivot
from app.domain.records import normalise_records
from app.services.bundled import bundled_tables
from app.services.pivot_export import (
    cell_texts,
    cell_tooltip,
    pivot_csv,
    pivot_text,
    row_scales,
    tab_separated,
    write_pivot,
)
from app.services.safe_cells import restore

NAN = float("nan")
SOURCES = normalise_sources(
    pd.DataFrame(
        [
            (1, "Trend", "2025-12-25"),
            (2, "News.az", "2024-12-20"),
            (3, "Azernews", "2026-01-05"),
        ],
        columns=["source_id", "publisher", "published"],
    )
)


def ob(obs_id: int, period: str, value: float, source: int = 1, **kw: Any) -> dict[str, Any]:
    """One observation (trade turnover CHN→AZE in USD unless told otherwise)."""
    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": "trade_turnover",
        "reporter": "CHN",
        "partner": "AZE",
        "period_start": p.start,
        "period_end": p.end,
        "period_point": p.point,
        "value": value,
        "unit": "USD",
        "qualifier": "exact",
        "status": "actual",
        "source_id": source,
    }
    row.update(kw)
    return row


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return normalise_observations(pd.DataFrame(list(rows)))


def cell(table: PivotTable, row_label: str, column: str) -> tuple[int, int]:
    return table.row_labels.index(row_label), table.columns.index(column)


def value(table: PivotTable, row_label: str, column: str) -> float:
    return float(table.values[cell(table, row_label, column)])


TRADE = "trade_turnover · CHN → AZE"
MIXED = frame(
    ob(1, "2023", 3.1e9),
    ob(2, "2024", 3.744e9),
    ob(3, "2024-Q1", 0.75e9),
    ob(4, "2024-Q3", 0.9e9),
    ob(5, "2024-03", 0.25e9),
    ob(6, "2024-01/2024-10", 3.0e9, qualifier="more_than"),
    ob(7, "2025-01/2025-10", 2.44e9),
    ob(8, "2025-01/2025-09", 2.2e9),
    ob(9, "@2024-06", 5e9, indicator="investment_stock"),
    ob(10, "2024-H1", 1.5e9),
    ob(11, "2024-03", 0.26e9, period_detail="2024-03-15"),
)


# --- the layout ---------------------------------------------------------------------------


def test_a_spec_round_trips_through_json() -> None:
    spec = PivotSpec("reporter", "window", (1, 10), ("trade_turnover",), ("AZE", "CHN"), 2020)
    assert PivotSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
    assert PivotSpec.from_dict({}) == PivotSpec()
    assert spec.frequency_words() == "Jan–Oct of each year"


@pytest.mark.parametrize(
    "bad",
    [
        {"rows": "source"},
        {"frequency": "week"},
        {"frequency": "window"},
        {"frequency": "window", "window": [10, 1]},
        {"window": [0, 12]},
        {"window": 5},
    ],
)
def test_a_malformed_spec_is_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        PivotSpec.from_dict(bad)


# --- like for like columns ----------------------------------------------------------------


def test_each_frequency_takes_only_its_own_periods() -> None:
    years = pivot(MIXED, SOURCES, PivotSpec())
    assert years.columns == ("2023", "2024")
    assert value(years, TRADE, "2024") == 3.744e9
    quarters = pivot(MIXED, SOURCES, PivotSpec(frequency="quarter"))
    assert quarters.columns == ("Q1 2024", "Q2 2024", "Q3 2024")
    assert np.isnan(value(quarters, TRADE, "Q2 2024"))  # a gap stays a visible gap
    months = pivot(MIXED, SOURCES, PivotSpec(frequency="month"))
    assert months.columns == ("Mar 2024",)
    assert months.obs_ids(*cell(months, TRADE, "Mar 2024")) == [5]  # not the daily figure
    windows = pivot(MIXED, SOURCES, PivotSpec(frequency="window", window=(1, 10)))
    assert windows.columns == ("Jan–Oct 2024", "Jan–Oct 2025")
    assert windows.obs_ids(*cell(windows, TRADE, "Jan–Oct 2025")) == [7]  # never Jan–Sep
    assert windows.qualifier[cell(windows, TRADE, "Jan–Oct 2024")] == "more_than"
    for table in (years, quarters, months, windows):  # a stock "as of" is no period's flow
        assert "investment_stock · CHN → AZE" not in table.row_labels


def test_years_asked_for_bound_the_columns() -> None:
    table = pivot(MIXED, SOURCES, PivotSpec(first_year=2022, last_year=2025))
    assert table.columns == ("2022", "2023", "2024", "2025")
    quarters = pivot(
        MIXED, SOURCES, PivotSpec(frequency="quarter", first_year=2024, last_year=2024)
    )
    assert quarters.columns == ("Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024")


def test_an_empty_selection_is_an_empty_grid() -> None:
    table = pivot(MIXED, SOURCES, PivotSpec(indicators=("nothing",)))
    assert table.shape == (0, 0)
    assert pivot_text(table).startswith("Corridor pivot: nothing — ")


def test_a_grid_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pivot_module, "MAX_CELLS", 2)
    with pytest.raises(ValueError, match="the grid would have 1 rows × 3 columns"):
        pivot(MIXED, SOURCES, PivotSpec(frequency="quarter", first_year=2024))


# --- rows ---------------------------------------------------------------------------------

PAIRS = frame(
    ob(1, "2024", 3.7e9, reporter="AZE", partner="CHN"),
    ob(2, "2024", 3.1e9),
    ob(3, "2024", 7.0e9, reporter="AZE", partner="TUR"),
    ob(4, "2024", 8.0e6, indicator="tourist_arrivals", unit="persons", reporter="AZE", partner=""),
    ob(5, "2024", 240, indicator="project_capacity", unit="MW", subject="Khizi WPP"),
)


def test_the_row_dimension_labels_and_orders_the_rows() -> None:
    names = {"trade_turnover": "Trade turnover", "tourist_arrivals": "Arrivals"}
    by_indicator = pivot(PAIRS, SOURCES, PivotSpec(), names=names)
    assert by_indicator.row_labels == (
        "Arrivals · AZE",
        "project_capacity · Khizi WPP · CHN → AZE",
        "Trade turnover · AZE → CHN",
        "Trade turnover · AZE → TUR",
        "Trade turnover · CHN → AZE",
    )
    by_pair = pivot(PAIRS, SOURCES, PivotSpec(rows="pair", indicators=("trade_turnover",)))
    # both directions of a pair side by side
    assert by_pair.row_labels == (
        "AZE → CHN · trade_turnover",
        "CHN → AZE · trade_turnover",
        "AZE → TUR · trade_turnover",
    )
    by_reporter = pivot(PAIRS, SOURCES, PivotSpec(rows="reporter", pair=("AZE", "CHN")))
    assert by_reporter.row_labels[0] == "AZE · tourist_arrivals"
    assert "AZE · trade_turnover · with TUR" not in by_reporter.row_labels  # not the pair
    assert list(by_reporter.row_keys.columns) == ["indicator", "reporter", "partner", "subject"]


# --- the choice rule ----------------------------------------------------------------------


def test_the_preferred_figure_then_the_latest_published_fills_a_cell() -> None:
    obs = frame(
        ob(1, "2024", 3.0e9, source=2),  # News.az, 2024-12-20
        ob(2, "2024", 3.5e9, source=3),  # Azernews, 2026-01-05: the latest
        ob(3, "2024", 3.2e9, source=1),
        ob(4, "2023", 3.1e9, source=3),
        ob(5, "2023", 3.0e9, source=2, preferred=True),
    )
    table = pivot(obs, SOURCES, PivotSpec())
    assert table.obs_ids(*cell(table, TRADE, "2024")) == [2, 3, 1]
    assert table.obs_ids(*cell(table, TRADE, "2023")) == [5, 4]
    assert table.n_rows[cell(table, TRADE, "2024")] == 3
    tip = cell_tooltip(table, *cell(table, TRADE, "2023"))
    assert "2 stored figures for this period; shown: the preferred one" in tip
    assert "source: News.az, 2024-12-20" in tip


def random_frame(seed: int, n: int = 300) -> pd.DataFrame:
    """Figures of a few series, years and sources, with restatements, both sides of pairs,
    imports against the other side's exports, bounds and preferred marks."""
    rng = np.random.default_rng(seed)
    indicators = np.array(["trade_turnover", "imports_from_partner", "exports_to_partner", "fdi"])
    ind = rng.choice(indicators, n)
    side = rng.integers(0, 2, n).astype(bool)
    years = rng.integers(2000, 2024, n)
    rows = [
        ob(
            i + 1,
            str(years[i]),
            float(rng.choice([1.0, 1.0, 1.0, 1.01, 1.5]) * 1e9),
            source=int(rng.integers(1, 4)),
            indicator=str(ind[i]),
            reporter="AZE" if side[i] else "CHN",
            partner="CHN" if side[i] else "AZE",
            qualifier=str(rng.choice(["exact", "exact", "more_than", "up_to"])),
            preferred=bool(rng.random() < 0.05),
        )
        for i in range(n)
    ]
    return frame(*rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cells_hold_the_figures_choose_figures_uses(seed: int) -> None:
    obs = random_frame(seed)
    table = pivot(obs, SOURCES, PivotSpec())
    chosen = set(choose_figures(obs, SOURCES)["obs_id"].tolist())
    assert set(table.obs_id[table.obs_id >= 0].tolist()) == chosen


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cells_are_marked_where_find_conflicts_finds_a_conflict(seed: int) -> None:
    obs = random_frame(seed)
    for spec in (PivotSpec(), PivotSpec(indicators=("imports_from_partner",))):
        table = pivot(obs, SOURCES, spec)
        disputed = {int(i) for ids in find_conflicts(obs, SOURCES)["obs_ids"] for i in ids}
        for r, c in zip(*np.nonzero(table.obs_id >= 0), strict=True):
            ids = set(table.obs_ids(r, c))
            assert bool(table.conflict[r, c]) == bool(ids & disputed), (r, c, ids)


# --- conflict marks -----------------------------------------------------------------------


def test_disagreeing_sources_and_sides_are_marked_and_said() -> None:
    obs = frame(
        ob(1, "2024", 3.0e9, source=2),
        ob(2, "2024", 3.5e9, source=3),
        ob(3, "2023", 3.0e9, qualifier="more_than", source=2),
        ob(4, "2023", 3.1e9, source=3),  # a bound meets the figure: no conflict
        ob(5, "2022", 2.2e9, reporter="AZE", partner="CHN"),
        ob(6, "2022", 3.1e9),  # the two sides of the same turnover
    )
    table = pivot(obs, SOURCES, PivotSpec())
    flat = {label: i for i, label in enumerate(table.row_labels)}
    ncols = table.shape[1]
    at_2024 = flat[TRADE] * ncols + table.columns.index("2024")
    assert table.conflict_notes[at_2024] == "2 sources disagree ($3 bn to $3.5 bn)"
    assert not table.conflict[cell(table, TRADE, "2023")]
    assert table.conflict[cell(table, "trade_turnover · AZE → CHN", "2022")]
    tip = cell_tooltip(table, *cell(table, TRADE, "2022"))
    assert "conflict: AZE's and CHN's figures disagree ($2.2 bn to $3.1 bn)" in tip


def test_the_other_sides_counterpart_need_not_be_in_the_grid() -> None:
    obs = frame(
        ob(1, "2024", 1.5e9, indicator="imports_from_partner", reporter="AZE", partner="CHN"),
        ob(2, "2024", 0.9e9, indicator="exports_to_partner"),
    )
    table = pivot(obs, SOURCES, PivotSpec(indicators=("imports_from_partner",)))
    assert table.shape == (1, 1)
    assert table.conflict[0, 0]


# --- claim marks and status labels --------------------------------------------------------


def claim_row(cid: int, kind: str, obs_id: int = -1, period: str = "", **kw: Any) -> dict[str, Any]:
    p = parse_period(period) if period else None
    row = {
        "claim_id": cid,
        "claim_type": kind,
        "source_id": 1,
        "obs_id": obs_id,
        "indicator": "trade_turnover",
        "reporter": "CHN",
        "partner": "AZE",
        "period_start": p.start if p else -1,
        "period_end": p.end if p else -1,
        "params": "{}",
    }
    row.update(kw)
    return row


def test_claims_checked_against_a_figure_mark_its_cell() -> None:
    obs = frame(
        ob(1, "2024", 3.7e9, change_value=20.7, change_unit="%"),
        ob(2, "2023", 3.1e9, change_value=43.0, change_unit="%"),
        ob(3, "2022", 2.2e9),
        ob(4, "2021", 1.8e9),
    )
    claims = normalise_records(
        "claims",
        pd.DataFrame(
            [
                claim_row(1, "growth", obs_id=1),  # stands for figure 1's reported change
                claim_row(2, "record", period="2022"),  # on the key, not a row
                claim_row(3, "level", period="2019"),  # no figure to check against
            ]
        ),
    )
    table = pivot(obs, SOURCES, PivotSpec(first_year=2019), claims)
    at = {c: cell(table, TRADE, c) for c in ("2019", "2021", "2022", "2023", "2024")}
    assert [bool(table.claimed[at[c]]) for c in at] == [False, False, True, True, True]
    assert table.changes[at["2024"]] == 0  # the stored growth claim stands for it
    assert table.changes[at["2023"]] == 1
    tip = cell_tooltip(table, *at["2024"])
    assert tip.endswith("claims checked against it: growth claim 1")
    assert "record claim 2" in cell_tooltip(table, *at["2022"])


def test_forward_and_derived_figures_are_labelled() -> None:
    obs = frame(
        ob(1, "2024", 2000.0, indicator="capacity", unit="MW", status="actual"),
        ob(2, "2030", 2000.0, indicator="capacity", unit="MW", status="target", qualifier="up_to"),
        ob(3, "2025", 4.87e9, status="derived"),
        ob(4, "2024", 3.7e9, status="provisional"),
    )
    table = pivot(obs, SOURCES, PivotSpec())
    texts = cell_texts(table)
    assert texts[cell(table, "capacity · CHN → AZE", "2030")] == "target: up to 2,000"
    assert texts[cell(table, "capacity · CHN → AZE", "2024")] == "2,000"
    assert texts[cell(table, TRADE, "2025")] == "derived: 4.87"
    assert texts[cell(table, TRADE, "2024")] == "provisional: 3.7"
    assert table.status[cell(table, "capacity · CHN → AZE", "2030")] == "target"
    tip = cell_tooltip(table, *cell(table, "capacity · CHN → AZE", "2030"))
    assert "target: an intention or expectation, not an outcome" in tip


# --- texts and files ----------------------------------------------------------------------


def test_a_row_has_one_scale_and_a_cell_of_another_unit_is_written_in_full() -> None:
    obs = frame(
        ob(1, "2022", 1.5e6),
        ob(2, "2023", 3.1e9),
        ob(3, "2024", 29e6, unit="AZN", qualifier="more_than"),
        ob(4, "2024", 57000, indicator="arrivals", unit="persons"),
        ob(5, "2024", 17.69, indicator="share", unit="percent"),
    )
    table = pivot(obs, SOURCES, PivotSpec())
    scales = {table.row_labels[i]: s.text for i, s in enumerate(row_scales(table))}
    assert scales == {
        "arrivals · CHN → AZE": "persons",
        "share · CHN → AZE": "%",
        TRADE: "USD bn",
    }
    texts = cell_texts(table)
    row = table.row_labels.index(TRADE)
    assert texts[row].tolist() == ["0.0015", "3.1", "more than AZN 29 mn"]
    assert texts[cell(table, "arrivals · CHN → AZE", "2024")] == "57,000"
    assert texts[cell(table, "share · CHN → AZE", "2024")] == "17.69"


def test_copies_and_files_name_the_grid_its_sources_and_its_conflicts(tmp_path: Path) -> None:
    obs = frame(
        ob(1, "2024", 3.0e9, source=2),
        ob(2, "2024", 3.5e9, source=3),
        ob(3, "2023", 3.1e9, qualifier="more_than", source=1),
        ob(4, "2023", -2.5e9, indicator="balance", source=1),
    )
    names = {"balance": "=SUM(A1)"}  # a name that a spreadsheet would run as a formula
    table = pivot(obs, SOURCES, PivotSpec(pair=("AZE", "CHN")), names=names)
    copied = tab_separated(table).split("\n")
    assert copied[0] == "Indicator\tUnit\t2023\t2024"
    assert copied[2] == f"{TRADE}\tUSD bn\tmore than 3.1\t3.5 [conflict]"
    assert (
        tab_separated(table, [1], [1]) == f"Indicator\tUnit\t2024\n{TRADE}\tUSD bn\t3.5 [conflict]"
    )
    write_pivot(table, tmp_path / "grid.csv")
    csv_text = (tmp_path / "grid.csv").read_text(encoding="utf-8")
    assert csv_text == pivot_csv(table)
    lines = [row[0] if row else "" for row in csv.reader(io.StringIO(csv_text))]
    assert lines[0] == "Corridor pivot: AZE–CHN, calendar years"
    assert lines[1] == "Sources: Azernews, 2026-01-05; Trend, 2025-12-25"  # of the figures shown
    grid = pd.read_csv(tmp_path / "grid.csv", skiprows=3, nrows=2)
    assert list(grid.columns) == ["Indicator", "Unit", "2023", "2024"]
    assert restore(grid.iloc[0, 0]) == "=SUM(A1) · CHN → AZE"
    assert grid.iloc[0, 0].startswith("'")
    assert (grid.iloc[0, 1], float(grid.iloc[0, 2])) == ("USD bn", -2.5)
    assert grid.iloc[1].tolist()[2:] == ["more than 3.1", "3.5 [conflict]"]
    assert "[conflict]: the stored sources (or the two sides) disagree about it." in lines
    write_pivot(table, tmp_path / "grid.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "grid.xlsx").active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "Corridor pivot: AZE–CHN, calendar years"
    assert rows[3] == ["Indicator", "Unit", "2023", "2024"]
    assert rows[4][:3] == ["'=SUM(A1) · CHN → AZE", "USD bn", -2.5]
    assert rows[5][2:] == ["more than 3.1", "3.5 [conflict]"]
    assert any("[conflict]: the stored sources" in str(r[0]) for r in rows)
    with pytest.raises(ValueError, match=r"not '\.txt'"):
        write_pivot(table, tmp_path / "grid.txt")


# --- the bundled trade figures ------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Any:
    return bundled_tables()


def test_bundled_trade_figures_with_jan_oct_windows(bundled: Any) -> None:
    obs, sources, claims = bundled.observations, bundled.sources, bundled.records["claims"]
    names = dict(zip(bundled.indicators["code"], bundled.indicators["name"], strict=True))
    spec = PivotSpec(frequency="window", window=(1, 10), pair=("CHN", "AZE"))
    table = pivot(obs, sources, spec, claims, names=names)
    assert table.columns == ("Jan–Oct 2024", "Jan–Oct 2025")
    trade = "Trade turnover · CHN → AZE"
    r24, r25 = cell(table, trade, "Jan–Oct 2024"), cell(table, trade, "Jan–Oct 2025")
    assert (table.values[r24], table.qualifier[r24]) == (3.0e9, "more_than")
    assert table.values[r25] == 2.44e9
    # three sources give $2.44 bn: the same figure, not a conflict between sources
    assert sorted(table.obs_ids(*r25)) == [26, 29, 55]
    assert not table.conflict[r25]
    assert table.claimed[r24]
    assert table.claimed[r25]
    assert cell_texts(table)[r25] == "2.44"
    # checked, the 2025 growth claims find the sources disagreeing about the Jan–Oct 2024 base
    checked = check_all_claims(obs, sources, claims, bundled.records)
    notes = pivot(obs, sources, spec, checked, names=names).claim_notes
    flat = r25[0] * 2 + 1
    assert "growth claim 3: sources disagree" in notes[flat]
    assert "level claim 2: consistent" in notes[flat]
    assert "reported change of figure 26: sources disagree" in notes[flat]


def test_bundled_years_show_the_disputed_years(bundled: Any) -> None:
    table = pivot(bundled.observations, bundled.sources, PivotSpec(pair=("CHN", "AZE")))
    azerbaijan = "trade_turnover · AZE → CHN"
    disputed = [c for c in table.columns if table.conflict[cell(table, azerbaijan, c)]]
    assert disputed == ["2017", "2021", "2022", "2023"]
    assert table.conflict[cell(table, TRADE, "2023")]  # the other side of 2023
