"""Portal formats read from small fixtures written to the layouts in import-formats.md."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from tests.conftest import TEST_DATA

from app.domain.periods import parse_period
from app.services.importers import Severity, detect, read_file

DATA = TEST_DATA / "import"
WDI = DATA / "API_ST.INT.ARVL_DS2_en_csv_v2_123456.csv"


def rows(result) -> dict[tuple[str, str, str, str, str], float]:
    """(indicator, reporter, partner, subject, period code) -> value."""
    obs = result.observations
    out = {}
    for r in obs.itertuples(index=False):
        key = (
            str(r.indicator),
            str(r.reporter),
            str(r.partner),
            str(r.subject),
            f"{r.period_start}-{r.period_end}",
        )
        out[key] = float(r.value)
    return out


def period(text: str) -> str:
    p = parse_period(text)
    return f"{p.start}-{p.end}"


def messages(result, severity: Severity = Severity.ERROR) -> list[str]:
    return [p.message for p in result.problems if p.severity is severity]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        (WDI.name, "wdi"),
        ("databank_Data.csv", "databank"),
        ("databank_time_rows_Data.csv", "databank"),
        ("comtrade_annual.csv", "comtrade"),
        ("imf_imts.csv", "sdmx"),
        ("sdmx20_spec.csv", "sdmx"),
        ("eurostat_21.csv", "sdmx"),
        ("oecd_labels.csv", "sdmx"),
        ("eurostat_semicolon.csv", "sdmx"),
        ("imfp_table.csv", "imf-table"),
        ("generic_wide.csv", "table"),
        ("corridor_tidy.csv", "corridor"),
    ],
)
def test_format_is_detected_from_the_header(name: str, fmt: str) -> None:
    assert detect(DATA / name) == fmt


def test_wdi_bulk_keeps_aggregates_as_regions_and_reads_the_metadata() -> None:
    r = read_file(WDI)
    got = rows(r)
    assert got[("ST.INT.ARVL", "AZE", "", "", period("2024"))] == 2222000
    assert got[("ST.INT.ARVL", "WLD", "", "", period("2022"))] == 1e9
    assert got[("ST.INT.ARVL", "FCS", "", "", period("2023"))] == 5000
    # not a Corridor region, but Metadata_Country gives it an empty Region
    assert got[("ST.INT.ARVL", "ZZA", "", "", period("2023"))] == 7000
    assert len(got) == 6
    assert set(r.observations["unit"]) == {"persons"}
    assert r.source.kind == "file"
    assert r.source.dataset == "ST.INT.ARVL"
    cat = r.indicators.set_index("code")
    assert cat.loc["ST.INT.ARVL", "name"] == "International tourism, number of arrivals"
    assert cat.loc["ST.INT.ARVL", "description"].startswith("International inbound")
    assert not r.has_errors


def test_databank_reads_year_columns_skips_dots_and_footer() -> None:
    r = read_file(DATA / "databank_Data.csv")
    got = rows(r)
    assert got[("TX.VAL.MRCH.CD.WT", "CHN", "", "", period("2023"))] == 44444444444
    assert got[("ST.INT.ARVL", "AZE", "", "", period("2022"))] == 1234000
    assert got[("ST.INT.ARVL", "ATL", "", "", period("2022"))] == 12  # kept, with a warning
    assert len(got) == 6
    assert r.empty_cells == 6
    assert not r.has_errors
    warnings = [p for p in r.problems if p.severity is Severity.WARNING]
    assert [(p.line, p.column) for p in warnings] == [(5, "Country Code")]
    assert "ATL" in warnings[0].message


def test_databank_with_time_in_rows_and_series_in_columns() -> None:
    r = read_file(DATA / "databank_time_rows_Data.csv")
    got = rows(r)
    assert got == {
        ("TX.VAL.MRCH.CD.WT", "AZE", "", "", period("2022")): 11111111111,
        ("NY.GDP.MKTP.CD", "AZE", "", "", period("2022")): 78700000000,
        ("NY.GDP.MKTP.CD", "AZE", "", "", period("2023")): 72400000000,
    }
    assert r.indicators.set_index("code").loc["NY.GDP.MKTP.CD", "unit"] == "USD"


def test_comtrade_maps_flows_and_keeps_only_totals() -> None:
    r = read_file(DATA / "comtrade_annual.csv")
    got = rows(r)
    y = period("2024")
    assert got == {
        ("imports_from_partner", "AZE", "CHN", "", y): 1234567890.5,
        ("exports_to_partner", "AZE", "CHN", "", y): 12345678.9,
        ("exports_to_partner", "CHN", "AZE", "", y): 2345678901.2,
        ("comtrade_C_RX", "AZE", "WLD", "", y): 5550000,
    }
    assert set(r.observations["unit"]) == {"USD"}
    assert any("1 breakdown rows" in m for m in messages(r, Severity.INFO))
    assert list(r.indicators["code"]) == ["comtrade_C_RX"]
    assert r.source.publisher == "UN Comtrade"
    assert r.source.dataset == "C/A/H6"


def test_comtrade_breakdowns_on_request_become_subjects() -> None:
    r = read_file(DATA / "comtrade_annual.csv", options={"totals_only": False})
    subjects = set(r.observations["subject"].astype(str))
    assert "customsCode C01 motCode 1000" in subjects
    assert len(r.observations) == 5


def test_comtrade_monthly_commodity_and_bad_row() -> None:
    r = read_file(DATA / "comtrade_monthly.csv")
    got = rows(r)
    assert got[("imports_from_partner", "AZE", "CHN", "HS 0101", period("2024-05"))] == 1000.5
    assert got[("imports_from_partner", "AZE", "CHN", "", period("2024-06"))] == 98765.25
    where = {(p.line, p.column) for p in r.errors}
    assert where == {(4, "primaryValue"), (4, "period")}
    unknown = [p for p in r.problems if p.severity is Severity.WARNING]
    assert [(p.line, p.column) for p in unknown] == [(4, "partnerCode")]  # XXX kept as written
    assert r.skipped == 1


def test_comtrade_json_api_output(tmp_path: Path) -> None:
    frame = pd.read_csv(DATA / "comtrade_annual.csv", dtype=str, keep_default_na=False)
    path = tmp_path / "resp.json"
    path.write_text(
        '{"elapsedTime": "1s", "count": 5, "data": '
        + frame.to_json(orient="records")
        + ', "error": ""}',
        encoding="utf-8",
    )
    r = read_file(path)
    assert r.format == "comtrade"
    assert len(r.observations) == 4


def test_imf_imts_maps_flows_and_does_not_apply_scale() -> None:
    r = read_file(DATA / "imf_imts.csv")
    got = rows(r)
    assert got[("exports_to_partner", "CHN", "AZE", "", period("2023"))] == 1111111111
    assert got[("imports_from_partner", "AZE", "CHN", "", period("2025-01"))] == 333333333
    assert got[("IMTS.TBG_USD", "AZE", "WLD", "", period("2024-Q3"))] == -44444
    assert len(got) == 4  # empty and NaN cells left out
    assert any("SCALE 6 not applied" in m for m in messages(r, Severity.WARNING))
    est = r.observations[r.observations["indicator"] == "IMTS.TBG_USD"]
    assert list(est["status"]) == ["estimate"]
    scaled = read_file(DATA / "imf_imts.csv", options={"apply_scale": True})
    assert rows(scaled)[("exports_to_partner", "CHN", "AZE", "", period("2023"))] == 1111111111e6


def test_sdmx20_applies_unit_mult_flags_and_ignores_deletes() -> None:
    r = read_file(DATA / "sdmx20_spec.csv")
    obs = r.observations.sort_values("period_start")
    assert list(obs["indicator"].astype(str)) == ["DF_BILATERAL_TRADE.IMPORTS_USD"] * 2
    assert list(obs["value"]) == [1234.5e6, 2345.6e6]
    assert list(obs["unit"].astype(str)) == ["USD", "USD"]
    assert list(obs["status"].astype(str)) == ["actual", "estimate"]
    assert any("delete rows" in m for m in messages(r, Severity.INFO))
    assert r.source.publisher == "XX"
    assert r.source.dataset == "DF_BILATERAL_TRADE"


def test_eurostat_lowercase_dims_units_and_flags() -> None:
    r = read_file(DATA / "eurostat_21.csv")
    got = rows(r)
    assert got[("XX_TRADE", "EU27_2020", "AZE", "", period("2024"))] == 2345.6e6
    assert got[("XX_TRADE", "GRC", "CHN", "", period("2022"))] == 17e6
    assert set(r.observations["unit"].astype(str)) == {"EUR"}
    notes = dict(
        zip(
            r.observations["period_text"].astype(str),
            r.observations["note"].astype(str),
            strict=True,
        )
    )
    assert "break in series" in notes["2022"]
    assert r.source.publisher == "Eurostat"


def test_oecd_label_columns_give_names_not_codes() -> None:
    r = read_file(DATA / "oecd_labels.csv")
    assert set(r.observations["indicator"].astype(str)) == {"DF_XX.IMP"}
    assert sorted(r.observations["value"]) == [1234.5e6, 2345.6e6]
    assert r.indicators.set_index("code").loc["DF_XX.IMP", "name"] == "Imports"
    assert r.source.publisher == "OECD"


def test_semicolon_sdmx_with_decimal_commas() -> None:
    r = read_file(DATA / "eurostat_semicolon.csv")
    got = rows(r)
    assert got[("XX_TRADE", "DEU", "AZE", "", period("2023"))] == pytest.approx(1234.5e3)
    assert got[("XX_TRADE", "DEU", "AZE", "", period("2024-03"))] == pytest.approx(250.0)
    assert got[("XX_TRADE", "DEU", "AZE", "", period("2024-01"))] == pytest.approx(3500)  # W01
    assert not r.errors


def test_labels_both_cells_are_split_on_the_first_colon() -> None:
    r = read_file(DATA / "sdmx_labels_both.csv")
    obs = r.observations
    assert list(obs["indicator"].astype(str)) == ["DF_TOUR.ARR"]
    assert list(obs["unit"].astype(str)) == ["persons"]
    assert r.indicators.set_index("code").loc["DF_TOUR.ARR", "name"] == "Arrivals: total"


def test_imfp_table_accepts_iso2_and_iso3() -> None:
    r = read_file(DATA / "imfp_table.csv")
    got = rows(r)
    assert got[("exports_to_partner", "CHN", "AZE", "", period("2023-04"))] == 44444
    assert np.all(r.observations["unit"].astype(str) == "USD")
    assert r.source.publisher == "IMF"
