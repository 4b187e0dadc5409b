"""Every statistical file in ../shared/fixtures, imported with the default command.

Each real download (README there, with observation counts made independently of Corridor)
goes through `corridor import FILE` into a new workspace, which must then hold exactly the
README's count; importing the same file a second time must store nothing new.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from tests.conftest import SHARED_FIXTURES

from app.cli.main import main

#: file -> observations the README counts (and the workspace must hold)
COUNTS = {
    "sdmxml_estat_nama_10_gdp_structurespecific.xml": 4,
    "sdmxml_insee_bdm_series_generic.xml": 756,
    "sdmxml_imf_weo_structurespecific.xml": 1,
    "sdmxml_wb_wits_tariff_generic.xml": 1,
    "sdmxjson10_oecd_part2.json": 7,
    "sdmxjson20_imf_whdreo_gx1213_bca.json": 55,
    "sdmxjson20_imf_afrreo_ttt_ggx.json": 3397,
    "sdmxcsv10_oecd_refseries_gdp.csv": 2688,
    "sdmxcsv10_oecd_gov_debt.csv": 690,
    "jsonstat_icane_epa_cantabria.json": 4205,
    "jsonstat_estat_demo_gind.json": 73,
    "jsonstat10_ssb_1120_salmon_exports.json": 8,
    "eurostat_tsv_tour_occ_arn2_country_level.tsv": 24595,
    "eurostat_tsv_legacy_bulk_gov_10dd_edpt1_subset.tsv": 24760,
    "eurostat_tsv_legacy_bulk_tsdde410.tsv": 1275,
    # the README counts 203 numbers; 15 rows repeat earlier rows word for word (lines 54-57
    # repeat 50-53, 161-171 repeat 150-160): the same figure is stored once, with a note
    "comtrade_legacy_csv_madagascar_maize_groundnut_exports.csv": 188,
    "comtrade_api_services_empty_response.json": 0,
    "wdi_bulk_api_sp.pop.totl_ds2_en_csv_v2_56.csv": 16930,
    "wbapi_v2_us_gni_per_capita_1990_1997.json": 8,
    "databank_xlsx_wdi_trade_services_extract.xlsx": 437,
    "imf_dots_compactdata_us_exports.json": 8,
}


def stored(workspace: Path) -> int:
    con = duckdb.connect(str(workspace), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM observations").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def test_every_fixture_has_a_count_here() -> None:
    """A file added to the fixtures without a line above fails here, not silently."""
    data = {
        p.name
        for p in SHARED_FIXTURES.iterdir()
        if p.suffix in (".xml", ".json", ".csv", ".tsv", ".xlsx")
        and "metadata" not in p.name
        and "error" not in p.name
    }
    assert data == set(COUNTS)


@pytest.mark.parametrize(("name", "count"), sorted(COUNTS.items()))
def test_the_default_import_stores_the_readme_count_once(
    name: str, count: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "w.duckdb"
    args = ["import", str(SHARED_FIXTURES / name), "--workspace", str(workspace)]
    assert main(args) == 0, capsys.readouterr().err
    assert stored(workspace) == count
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert stored(workspace) == count
    if count:
        assert "Nothing new: the workspace already holds all" in out


def test_an_api_error_body_is_refused_with_its_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = SHARED_FIXTURES / "comtrade_api_error_401_missing_key.json"
    assert main(["import", str(path), "--workspace", str(tmp_path / "w.duckdb")]) != 0
    assert "UN Comtrade API error 401" in capsys.readouterr().err


def test_a_wdi_companion_file_names_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = SHARED_FIXTURES / "wdi_bulk_metadata_country_api_sp.pop.totl_ds2_en_csv_v2_56.csv"
    assert main(["import", str(path), "--workspace", str(tmp_path / "w.duckdb")]) != 0
    assert "country metadata" in capsys.readouterr().err
