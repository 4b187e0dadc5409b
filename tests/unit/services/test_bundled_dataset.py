"""The shipped China–Azerbaijan dataset: every source row accounted for, the seed press item's
figures present and right, the known disagreements kept apart, codes and units valid, the
committed files in step with the build script, and a seeded workspace that round-trips."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from app.domain.countries import to_alpha3
from app.domain.model import OBSERVATION_COLUMNS, SOURCE_COLUMNS, Qualifier, Status
from app.domain.periods import Period, month_index, parse_period
from app.domain.units import CANONICAL_UNITS
from app.services.bundled import (
    bundled_tables,
    catalogue,
    create_empty_workspace,
    create_seeded_workspace,
)

REPO = Path(__file__).resolve().parents[3]
SOURCE = REPO.parent / "shared" / "data" / "press_figures.csv"
SOURCE_ROWS = 133
JAN_OCT_2025 = parse_period("2025-01/2025-10")


@pytest.fixture(scope="module")
def obs() -> pd.DataFrame:
    return plain(bundled_tables().observations).set_index("obs_id", drop=False)


@pytest.fixture(scope="module")
def excluded() -> pd.DataFrame:
    return pd.read_csv(REPO / "data" / "excluded.csv", dtype=str, keep_default_na=False)


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as plain text, so frames compare by content, not category order."""
    out = frame[list(OBSERVATION_COLUMNS)].copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col].dtype):
            out[col] = out[col].astype(str).astype(object)
    return out


def rows(
    obs: pd.DataFrame, indicator: str, period: str, reporter: str = "AZE", partner: str = "CHN"
) -> pd.DataFrame:
    p = parse_period(period)
    hit = (
        (obs["indicator"] == indicator)
        & (obs["reporter"] == reporter)
        & (obs["partner"] == partner)
        & (obs["period_start"] == p.start)
        & (obs["period_end"] == p.end)
    )
    return obs[hit]


def test_every_source_row_is_placed_or_excluded_once(obs, excluded):
    placed = set(obs["obs_id"])
    dropped = {int(r) for r in excluded["row"]}
    assert not placed & dropped
    assert placed | dropped == set(range(1, SOURCE_ROWS + 1))
    assert all(excluded["reason"].str.len() > 0)


def test_excluded_rows_are_the_unplaceable_ones(excluded):
    reasons = dict(zip(excluded["row"].astype(int), excluded["reason"], strict=True))
    assert reasons[80] == "no value"
    assert "year not stated" in reasons[122]
    assert "'planned'" in reasons[37]
    assert "'development phase'" in reasons[105]


def test_seed_trade_turnover_jan_oct_2025(obs):
    seed = obs.loc[29]  # Xinhua via MIL-OSI: "an increase of more than 20 percent"
    assert (seed["indicator"], seed["reporter"], seed["partner"]) == (
        "trade_turnover",
        "CHN",
        "AZE",
    )
    assert (seed["period_start"], seed["period_end"]) == (JAN_OCT_2025.start, JAN_OCT_2025.end)
    assert seed["value"] == 2.44e9
    assert seed["unit"] == "USD"
    assert (seed["change_value"], seed["change_unit"]) == (20.0, "%")
    assert seed["change_qualifier"] == Qualifier.MORE_THAN
    same = rows(obs, "trade_turnover", "2025-01/2025-10", "CHN", "AZE")
    others = same[same["obs_id"] != 29]
    assert set(others["change_value"]) == {21.9}
    assert len(others) == 2
    assert len(set(same["source_id"])) == 3  # three sources, shown side by side


def test_seed_energy_projects(obs):
    signed = obs[obs["indicator"] == "renewable_projects_signed_capacity"]
    assert set(signed["value"]) == {1570.0}
    assert set(signed["unit"]) == {"MW"}
    assert set(signed["status"]) == {Status.PLANNED}
    wind = obs.loc[36]
    assert (wind["indicator"], wind["value"], wind["unit"]) == ("project_capacity", 240.0, "MW")
    assert wind["subject"] == "Khizi-Absheron WPP"
    assert wind["status"] == Status.PLANNED


def test_seed_chinese_tourists_jan_oct_2025(obs):
    tourists = rows(obs, "tourist_arrivals_from_partner", "2025-01/2025-10")
    assert set(tourists["value"]) == {57000.0}
    seed = tourists.loc[41]  # Trend: "more than 57,000 ... an increase of nearly 50 percent"
    assert seed["qualifier"] == Qualifier.MORE_THAN
    assert (seed["change_value"], seed["change_unit"]) == (50.0, "%")
    assert seed["change_qualifier"] == Qualifier.NEARLY
    assert seed["unit"] == "persons"


@pytest.mark.parametrize(
    ("year", "values"),
    [
        ("2017", {1.2e9, 1.3e9}),
        ("2021", {1.78e9, 1.7e9, 1.4e9}),
    ],
)
def test_known_disagreements_are_separate_rows(obs, year, values):
    found = rows(obs, "trade_turnover", year)
    assert set(found["value"]) == values
    assert found["source_id"].nunique() == len(found)


def test_2023_disagreement_kept(obs):
    embassy = rows(obs, "trade_turnover", "2023", "CHN", "AZE")
    assert set(embassy["value"]) == {3.1e9}
    economist = rows(obs, "trade_turnover", "2023")
    approaching = economist[economist["value"] == 2.2e9]
    assert list(approaching["qualifier"]) == [Qualifier.NEARLY]


def test_khizi_absheron_both_readings_kept(obs):
    wind = obs[(obs["indicator"] == "project_capacity") & (obs["subject"] == "Khizi-Absheron WPP")]
    assert set(wind["value"]) == {240.0}
    assert "SAU" in set(wind["partner"])  # ACWA Power's project
    chinese = wind[wind["reporter"] == "CHN"]
    assert chinese["note"].str.contains("PowerChina").any()  # built by a Chinese company


def test_codes_units_and_periods_are_valid(obs):
    cat = catalogue()
    assert {"exports_to_partner", "fdi_inflow_from_partner"} <= set(cat["code"])
    assert set(cat["unit"]) <= CANONICAL_UNITS
    assert set(obs["indicator"]) <= set(cat["code"])
    assert set(obs["unit"]) <= CANONICAL_UNITS
    assert all(to_alpha3(r) == r for r in obs["reporter"])
    assert all(p == "" or to_alpha3(p) == p for p in obs["partner"])
    assert set(obs["qualifier"]) <= {str(q) for q in Qualifier}
    assert set(obs["status"]) <= {str(s) for s in Status}
    assert set(obs["change_unit"]) <= {"", "%", "times"}
    for r in obs.itertuples():
        Period(r.period_start, r.period_end, r.period_point)
        assert r.period_text
        assert r.period_start >= month_index(1990, 1)


def test_values_are_rescaled_to_canonical_units(obs):
    assert obs.loc[8, "value"] == 748.8e6  # "748.8 USD mn"
    assert obs.loc[101, "value"] == 2000.0  # "2 GW"
    assert math.isclose(obs.loc[96, "value"], 520.2e6)  # "520.2 mn kWh"
    assert obs.loc[57, "change_unit"] == "times"  # "9.2x y/y"
    assert math.isclose(obs.loc[32, "change_value"], 88.54)  # "188.54% of same period"


def test_sources_carry_outlet_speaker_and_language():
    src = bundled_tables().sources.set_index("source_id")
    assert list(src.reset_index().columns) == list(SOURCE_COLUMNS)
    assert set(src["kind"]) == {"press"}
    by_lang = dict(zip(src["quote"].str[:12], src["language"], strict=False))
    assert by_lang["Ötən il ölkə"] == "az"
    assert "hy" in set(src["language"])
    assert set(src.loc[src["quote"] == "", "language"]) == {""}


@pytest.mark.skipif(not SOURCE.exists(), reason=f"{SOURCE} (the shared source) is not present")
def test_committed_files_match_a_fresh_build():
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_dataset.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_seeded_workspace_round_trips(tmp_path):
    tables = bundled_tables()
    ws = create_seeded_workspace(tmp_path / "seeded.duckdb")
    try:
        loaded = ws.load()
        assert ws.integrity_problems() == []
    finally:
        ws.close()
    pd.testing.assert_frame_equal(plain(loaded.observations), plain(tables.observations))
    pd.testing.assert_frame_equal(loaded.sources, tables.sources)
    assert set(loaded.indicators["code"]) == set(tables.indicators["code"])


def test_empty_workspace_has_catalogue_only(tmp_path):
    ws = create_empty_workspace(tmp_path / "empty.duckdb")
    try:
        loaded = ws.load()
    finally:
        ws.close()
    assert loaded.observations.empty
    assert len(loaded.indicators) == len(catalogue())


def test_a_0_1_default_workspace_gains_the_bundled_records_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A default workspace seeded by 0.1 (figures, no records) is upgraded, then given the
    registry, events and claims of the bundled dataset in one audited change, once."""
    import duckdb

    from app.domain.records import RECORD_TABLES
    from app.services import paths
    from app.services.bundled import create_seeded_workspace
    from app.services.desk import Desk

    target = tmp_path / "workspace.duckdb"
    monkeypatch.setattr(paths, "default_workspace_path", lambda: target)
    create_seeded_workspace(target).close()
    con = duckdb.connect(str(target))
    for name in RECORD_TABLES:
        con.execute(f"DELETE FROM {name}")
    con.execute("CHECKPOINT")
    con.close()
    desk = Desk.open()
    try:
        assert len(desk.store.records["projects"]) == 11
        assert len(desk.store.records["claims"]) > 0
        assert desk.workspace.audit()["description"].tolist()[-1].startswith("Add the bundled")
    finally:
        desk.close()
    desk = Desk.open()  # once: nothing added on the next start
    try:
        added = desk.workspace.audit()["description"].str.startswith("Add the bundled")
        assert added.sum() == 1
    finally:
        desk.close()


def test_a_workspace_of_other_data_gets_no_bundled_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import paths
    from app.services.bundled import create_empty_workspace
    from app.services.desk import Desk

    target = tmp_path / "workspace.duckdb"
    monkeypatch.setattr(paths, "default_workspace_path", lambda: target)
    create_empty_workspace(target).close()
    desk = Desk.open()
    try:
        assert all(len(f) == 0 for f in desk.store.records.values())
    finally:
        desk.close()
