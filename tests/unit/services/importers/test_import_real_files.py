"""The real portal files of ../shared/fixtures (README: independently counted observations)
imported with the default command, plus layouts derived from them: spreadsheets, WDI,
DataBank, legacy Comtrade, SDMX-CSV, ECB portal CSV and the kinds that hold no table."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SHARED_FIXTURES, TEST_DATA

from app.domain.periods import parse_period
from app.services.importers import ImportFailed, Severity, detect, read_file
from app.services.importers.tables import chosen_sheet, kind_of, table_columns

FIX = SHARED_FIXTURES
WDI = FIX / "wdi_bulk_api_sp.pop.totl_ds2_en_csv_v2_56.csv"
WDI_COUNTRY = FIX / "wdi_bulk_metadata_country_api_sp.pop.totl_ds2_en_csv_v2_56.csv"
WDI_INDICATOR = FIX / "wdi_bulk_metadata_indicator_api_sp.pop.totl_ds2_en_csv_v2_56.csv"
LEGACY = FIX / "comtrade_legacy_csv_madagascar_maize_groundnut_exports.csv"
ODS = FIX / "ods_uk_civil_service_statistics.ods"
XLS = FIX / "xls_ons_inflation_eu_de_us_apr2023.xls"
DATABANK = FIX / "databank_xlsx_wdi_trade_services_extract.xlsx"
REFSERIES = FIX / "sdmxcsv10_oecd_refseries_gdp.csv"
GOV_DEBT = FIX / "sdmxcsv10_oecd_gov_debt.csv"
#: The ODS mapping: the four text columns name the office, one column per grade.
ODS_KEY = "Civil Service parent department + Civil Service organisation + NUTS 3 region + Postcode"
ODS_MAP = {
    "layout": "series",
    "subject_column": ODS_KEY,
    "reporter": "GBR",
    "period": "2021-03",
    "unit": "persons",
}
XLS_MAP = {"layout": "series", "period_column": "_col0", "unit": "%"}


def value(result, **where: str) -> float:
    """The one value whose columns hold the given texts (period as written)."""
    obs = result.observations
    hit = obs
    for col, text in where.items():
        hit = hit[hit[col].astype(str) == text]
    assert len(hit) == 1, f"{len(hit)} rows match {where}"
    return float(hit["value"].iat[0])


def duplicates(result) -> int:
    """Rows left out because their figure repeats an earlier row's: word-for-word repeats
    (a note, stored once) and the same figure with another value (errors)."""
    assert all("duplicate row" in p.message for p in result.errors)
    repeated = sum(p.count for p in result.problems if p.message.startswith("rows repeated"))
    return int(result.skipped) + repeated


def month(text: str) -> tuple[int, int]:
    p = parse_period(text)
    return p.start, p.end


# --- the README's count, file by file --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("sdmxcsv10_oecd_refseries_gdp.csv", "sdmx", 2688),
        ("sdmxcsv10_oecd_gov_debt.csv", "sdmx", 690),
        ("wdi_bulk_api_sp.pop.totl_ds2_en_csv_v2_56.csv", "wdi", 16930),
        ("databank_xlsx_wdi_trade_services_extract.xlsx", "databank", 437),
    ],
)
def test_fixture_stores_the_readme_count(name: str, fmt: str, count: int) -> None:
    assert detect(FIX / name) == fmt
    r = read_file(FIX / name)
    assert len(r.observations) == count
    assert not r.has_errors


def test_legacy_comtrade_reads_203_values_of_which_15_repeat_whole_rows() -> None:
    """The file repeats 15 rows verbatim (lines 54-57 repeat 50-53, 161-171 repeat
    150-160): 203 numbers as the README counts them, 188 distinct figures stored."""
    assert detect(LEGACY) == "comtrade"
    r = read_file(LEGACY)
    assert len(r.observations) + duplicates(r) == 203
    assert len(r.observations) == 188
    obs = r.observations
    assert set(obs["reporter"].astype(str)) == {"MDG"}
    assert set(obs["indicator"].astype(str)) == {"exports_to_partner"}
    assert set(obs["subject"].astype(str)) == {"HS 1005", "HS 1202"}
    assert value(r, partner="WLD", subject="HS 1005", period_text="2000") == 267840
    assert value(r, partner="FRA", subject="HS 1005", period_text="2013") == 214744
    assert set(obs["unit"].astype(str)) == {"USD"}
    assert r.source.dataset == "C/A/H1"
    # "Areas, nes" (899) has no ISO code: kept, with a warning
    assert (obs["partner"].astype(str) == "899").sum() == 3


@pytest.mark.parametrize("companion", [WDI_COUNTRY, WDI_INDICATOR])
def test_wdi_companions_are_named_not_mapped(companion: Path) -> None:
    kind = "country" if "country" in companion.name else "indicator"
    for attempt in (
        lambda: detect(companion),
        lambda: read_file(companion, "table"),
        lambda: read_file(companion, "wdi"),
    ):
        with pytest.raises(ImportFailed, match=f"World Bank {kind} metadata file") as err:
            attempt()
        assert WDI.name in str(err.value)
        assert "choose the value column" not in str(err.value)


# --- World Bank ------------------------------------------------------------------------


def test_wdi_reads_the_metadata_beside_it() -> None:
    r = read_file(WDI)
    assert sorted(r.details["metadata"]) == sorted([WDI_COUNTRY.name, WDI_INDICATOR.name])
    assert value(r, reporter="AZE", period_text="2020") == 10093121
    assert set(r.observations["unit"].astype(str)) == {"persons"}
    assert {"WLD", "EAS", "HIC"} <= set(r.observations["reporter"].astype(str))
    cat = r.indicators.set_index("code").loc["SP.POP.TOTL"]
    assert cat["name"] == "Population, total"
    assert cat["description"].startswith("Total population is based on the de facto")
    assert "Source: (1) United Nations Population Division" in cat["description"]


def test_wdi_without_its_preamble_is_still_wdi(tmp_path: Path) -> None:
    lines = WDI.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    bare = tmp_path / "population.csv"
    bare.write_text("".join(lines[4:]), encoding="utf-8")
    assert detect(bare) == "wdi"
    r = read_file(bare)
    assert len(r.observations) == 16930
    assert value(r, reporter="AZE", period_text="2020") == 10093121


def test_wdi_saved_as_a_workbook_with_its_metadata_sheets(tmp_path: Path) -> None:
    """The WDI Excel layout: the bulk CSV's rows (preamble included) in sheet "Data", the
    companions as further sheets."""
    import csv

    import openpyxl

    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Data"
    lines = WDI.read_text(encoding="utf-8-sig").splitlines()
    for row in csv.reader(lines[:30]):
        data.append([float(c) if c.isdigit() else c for c in row])
    for title, companion in (
        ("Metadata - Countries", WDI_COUNTRY),
        ("Metadata - Indicators", WDI_INDICATOR),
    ):
        sheet = wb.create_sheet(title)
        for row in csv.reader(companion.read_text(encoding="utf-8-sig").splitlines()):
            sheet.append(row)
    path = tmp_path / "API_SP.POP.TOTL_DS2_en_excel_v2_56.xlsx"
    wb.save(path)
    assert detect(path) == "wdi"
    r = read_file(path)
    assert r.details["sheet"] == "Data"
    assert r.details["metadata"] == ["Metadata - Countries", "Metadata - Indicators"]
    assert set(r.observations["reporter"].astype(str)) >= {"ABW", "AFE", "AFG"}
    assert value(r, reporter="ABW", period_text="1960") == 54608
    assert r.indicators.set_index("code").loc["SP.POP.TOTL", "name"] == "Population, total"


def test_databank_workbook_data_sheet_footer_and_metadata_sheet() -> None:
    r = read_file(DATABANK)
    assert r.details["sheet"] == "Data"
    assert r.empty_cells == 163  # the ".." placeholders
    got = value(r, indicator="NE.TRD.GNFS.ZS", reporter="CHN", period_text="1980 [YR1980]")
    assert got == pytest.approx(12.424848527654724)
    assert set(r.observations["reporter"].astype(str)) == {"CHN", "USA"}
    cat = r.indicators.set_index("code")
    assert cat.loc["NE.TRD.GNFS.ZS", "name"] == "Trade (% of GDP)"
    assert cat.loc["NE.TRD.GNFS.ZS", "description"].startswith("Trade is the sum of exports")
    assert cat.loc["NE.TRD.GNFS.ZS", "unit"] == "percent"


# --- spreadsheets through the generic mapping ------------------------------------------


def test_ods_chooses_the_data_sheet_and_finds_the_header() -> None:
    assert kind_of(ODS) == "ods"
    assert detect(ODS) == "table"
    cols = table_columns(ODS)
    assert cols[:4] == [
        "Civil Service parent department",
        "Civil Service organisation",
        "NUTS 3 region",
        "Postcode",
    ]
    assert cols[-1] == "Total number of civil servants"
    assert table_columns(ODS, "Notes") == ["Note number", "Note text"]


def test_ods_staff_in_post_maps_every_number_of_its_table() -> None:
    """Counted with odfpy (pandas' "odf" engine), header row 5 of Staff_in_post: 5,539
    rows x 7 grade columns = 38,773 cells: 30,397 numbers (the README's count for the
    sheet) and 8,376 "[c]". The four text columns do not tell every office apart (postcodes
    under 5 staff are "[c]" too): 27,577 distinct figures, 2,820 repeat a key."""
    r = read_file(ODS, options=ODS_MAP)
    assert r.details["sheet"] == "Staff_in_post"
    assert len(r.details["series_columns"]) == 7
    assert len(r.observations) == 27_577
    assert duplicates(r) == 2_820
    assert len(r.observations) + duplicates(r) == 30_397
    assert r.empty_cells == 8_376
    infos = [p.message for p in r.problems if p.severity is Severity.INFO]
    assert "8376 cells marked [c] (confidential) read as empty" in infos
    senior = "Number of civil servants at Senior Civil Service level"
    office = "Attorney General's Departments / Attorney General's Office / Westminster / SW1H9GL"
    assert value(r, indicator=senior, subject=office) == 10
    total = "Total number of civil servants"
    assert value(r, indicator=total, subject=office) == 50
    assert set(r.observations["unit"].astype(str)) == {"persons"}


def test_ods_leavers_sheet_by_name_and_by_number() -> None:
    """Leavers (odfpy count): 2,823 rows x 7 = 19,761 cells, 13,261 numbers, 6,500 "[c]";
    13,092 distinct figures."""
    r = read_file(ODS, options={**ODS_MAP, "sheet": "Leavers"})
    assert r.details["sheet"] == "Leavers"
    assert len(r.observations) == 13_092
    assert len(r.observations) + duplicates(r) == 13_261
    assert r.empty_cells == 6_500
    assert chosen_sheet(ODS, "3") == chosen_sheet(ODS, "leavers") == "Leavers"
    with pytest.raises(ImportFailed, match="no sheet 'Joiners'"):
        read_file(ODS, options={**ODS_MAP, "sheet": "Joiners"})


def test_xls_month_rows_one_column_per_series() -> None:
    """121 months (Apr 2013 - Apr 2023) x 5 series. The README counts 600 numeric cells:
    the first month's row holds its numbers as text cells ("2.4"), read as numbers here."""
    assert kind_of(XLS) == "xls"
    assert detect(XLS) == "table"
    r = read_file(XLS, options=XLS_MAP)
    assert r.details["series_columns"] == ["CPI (UK)", "France", "Germany", "EU27", "US - HICP"]
    assert len(r.observations) == 605
    assert not r.problems
    assert value(r, indicator="CPI (UK)", period_text="Apr 2013") == 2.4  # a text cell
    assert value(r, indicator="France", period_text="Apr 2023") == 6.9
    assert value(r, indicator="US - HICP", period_text="Mar 2023") == 3.9
    assert set(r.observations["unit"].astype(str)) == {"percent"}
    apr = r.observations[r.observations["period_text"].astype(str) == "Apr 2023"]
    assert {
        (int(s), int(e)) for s, e in zip(apr["period_start"], apr["period_end"], strict=True)
    } == {month("2023-04")}


def test_xls_series_as_reporters() -> None:
    opts = {**XLS_MAP, "series_field": "reporter", "indicator": "inflation_annual"}
    r = read_file(XLS, options=opts)
    assert len(r.observations) == 605
    per = r.observations["reporter"].astype(str).value_counts()
    assert per["FRA"] == per["DEU"] == 121
    assert value(r, reporter="DEU", period_text="Apr 2023") == 7.6


def test_header_row_can_be_named(tmp_path: Path) -> None:
    r = read_file(XLS, options={**XLS_MAP, "header_row": 7})
    assert len(r.observations) == 605
    with pytest.raises(ImportFailed, match="row 3 of the sheet is empty"):
        read_file(XLS, options={**XLS_MAP, "header_row": 3})


# --- SDMX-CSV --------------------------------------------------------------------------


def test_oecd_refseries_unit_mult_per_row_and_one_series_per_unit() -> None:
    r = read_file(REFSERIES)
    assert r.source.publisher == "OECD"
    assert r.source.dataset == "DF_REFSERIES_GLOBAL"
    usd, xdc = "DF_REFSERIES_GLOBAL.B1GQ_V.USD", "DF_REFSERIES_GLOBAL.B1GQ_V.XDC"
    counts = r.observations["indicator"].astype(str).value_counts()
    assert counts[usd] == counts[xdc] == 1344
    assert value(r, indicator=usd, reporter="UGA", period_text="2014") == 33542.5e6
    assert value(r, indicator=xdc, reporter="UGA", period_text="2014") == 86994500e6
    assert value(r, indicator=xdc, reporter="VNM", period_text="2014") == pytest.approx(
        4937031.68e9
    )
    assert value(r, indicator=xdc, reporter="NRU", period_text="2014") == 102000e3
    assert set(r.indicators["code"]) == {usd, xdc}


def test_oecd_gov_debt_empty_values_are_empty_not_errors() -> None:
    r = read_file(GOV_DEBT)
    assert r.empty_cells == 5
    assert r.source.publisher == "OECD"
    assert set(r.observations["indicator"].astype(str)) == {"DF_GOV_PF_YU.GGD.S13.YU.PF"}
    assert value(r, reporter="IRL", period_text="2010") == pytest.approx(83.356)


def test_sdmx_labels_attributes_and_default_view(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(
        "DATAFLOW,REF_AREA,MEASURE,OBS_STATUS,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,COMMENT\n"
        "OECD.SDD.TPS:DSD_X@DF_TRADE$DEFAULTVIEW(1.0),AZE: Azerbaijan,IMP: Imports,"
        "E: Estimated value,USD: US dollar,2023,12.5,note\n",
        encoding="utf-8",
    )
    r = read_file(path)
    obs = r.observations
    assert list(obs["indicator"].astype(str)) == ["DF_TRADE.IMP"]  # OBS_STATUS left out
    assert list(obs["reporter"].astype(str)) == ["AZE"]
    assert list(obs["unit"].astype(str)) == ["USD"]
    assert list(obs["status"].astype(str)) == ["estimate"]
    assert r.source.dataset == "DF_TRADE"
    assert r.source.publisher == "OECD"
    assert r.indicators.set_index("code").loc["DF_TRADE.IMP", "name"] == "Imports"


# --- Comtrade and ECB layouts ----------------------------------------------------------


def test_comtrade_with_a_pandas_index_column(tmp_path: Path) -> None:
    import pandas as pd

    frame = pd.read_csv(TEST_DATA / "import" / "comtrade_annual.csv", dtype=str)
    path = tmp_path / "TradeData_indexed.csv"
    frame.to_csv(path)  # the index as an unnamed first column
    assert detect(path) == "comtrade"
    r = read_file(path)
    assert len(r.observations) == 4
    assert value(r, indicator="imports_from_partner", reporter="AZE") == 1234567890.5
    legacy = pd.read_csv(LEGACY, dtype=str, keep_default_na=False)
    path = tmp_path / "legacy_indexed.csv"
    legacy.to_csv(path)
    assert detect(path) == "comtrade"
    assert len(read_file(path).observations) == 188


def test_ecb_portal_csv_daily_and_monthly(tmp_path: Path) -> None:
    path = tmp_path / "ecb.csv"
    path.write_text(
        '"DATE","TIME PERIOD","US dollar/Euro (EXR.D.USD.EUR.SP00.A)",'
        '"Chinese yuan renminbi/Euro (EXR.D.CNY.EUR.SP00.A)"\n'
        '"2024-01-15","15 Jan 2024","1.0945","7.8546"\n'
        '"2024-01-16","16 Jan 2024","1.0882",""\n',
        encoding="utf-8",
    )
    assert detect(path) == "ecb"
    r = read_file(path, options={"unit": "CNY"})
    assert len(r.observations) == 3
    assert value(r, indicator="EXR.D.USD.EUR.SP00.A", period_text="16 Jan 2024") == 1.0882
    assert r.empty_cells == 1
    assert r.source.publisher == "ECB"
    cat = r.indicators.set_index("code")
    assert cat.loc["EXR.D.CNY.EUR.SP00.A", "name"] == "Chinese yuan renminbi/Euro"
    monthly = tmp_path / "hicp.csv"
    monthly.write_text(
        '"DATE","TIME PERIOD","HICP - Overall index (ICP.M.U2.N.000000.4.ANR)"\n'
        '"2024-01-31","2024Jan","2.8"\n"2024-02-29","2024Feb","2.6"\n',
        encoding="utf-8",
    )
    r = read_file(monthly)
    obs = r.observations.sort_values("period_start")
    assert list(obs["value"]) == [2.8, 2.6]
    assert (int(obs["period_start"].iat[1]), int(obs["period_end"].iat[1])) == month("2024-02")


# --- what is not a table ---------------------------------------------------------------


def test_known_kinds_that_hold_no_table(tmp_path: Path) -> None:
    page = tmp_path / "data.csv"
    page.write_text("<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", encoding="utf-8")
    pdf = tmp_path / "report.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    archive = tmp_path / "API_SP.POP.TOTL_DS2_en_csv_v2_56.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("API_SP.POP.TOTL_DS2_en_csv_v2_56.csv", "x")
        z.writestr("Metadata_Country_API_SP.POP.TOTL_DS2_en_csv_v2_56.csv", "x")
    html_xls = tmp_path / "DataBank export.xls"  # an HTML table saved under a workbook name
    html_xls.write_text("<html><body><table><tr><td>1</td></tr></table>", encoding="utf-8")
    for path, kind in (
        (page, "an HTML page, not a data file"),
        (html_xls, "an HTML page, not a data file"),
        (pdf, "a PDF document"),
        (archive, "a ZIP archive, not a data file: unpack it"),
    ):
        with pytest.raises(ImportFailed, match=kind):
            detect(path)
        with pytest.raises(ImportFailed, match=kind):
            read_file(path, "table")
    with pytest.raises(ImportFailed, match=r"API_SP\.POP\.TOTL_DS2_en_csv_v2_56\.csv"):
        detect(archive)


def test_spreadsheet_kinds_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "inflation.csv"  # a workbook under a text name
    renamed.write_bytes(XLS.read_bytes())
    assert kind_of(renamed) == "xls"
    assert kind_of(ODS.read_bytes()) == "ods"
    assert kind_of(DATABANK.read_bytes()) == "xlsx"
    assert kind_of(tmp_path / "not_yet_written.ods") == "ods"
    assert len(read_file(renamed, "table", XLS_MAP).observations) == 605


# --- spreadsheets built here, hostile and damaged ones ---------------------------------


def small_ods(rows: list[list[str | float]]) -> bytes:
    """An ODS workbook (a notes sheet, then the rows in sheet "Data"), written by odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, table in (("Notes", [["About this workbook"]]), ("Data", rows)):
        sheet = Table(name=name)
        for row in table:
            tr = TableRow()
            for v in row:
                cell = (
                    TableCell(valuetype="float", value=v)
                    if isinstance(v, float)
                    else TableCell(valuetype="string")
                )
                cell.addElement(P(text=str(v)))
                tr.addElement(cell)
            sheet.addElement(tr)
        doc.spreadsheet.addElement(sheet)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


SMALL = small_ods(
    [
        ["Table 1: arrivals"],
        ["Country", "Year", "Value"],
        ["AZE", "2023", 1.5],
        ["CHN", "2024", "[c]"],
        ["CHN", "2025", 2000.0],
    ]
)


def test_small_ods_written_by_odfpy() -> None:
    assert kind_of(SMALL) == "ods"
    r = read_file(SMALL, options={"indicator": "tourist_arrivals_from_partner"})
    assert r.details["sheet"] == "Data"
    assert values_by(r, "reporter") == {"AZE": 1.5, "CHN": 2000.0}
    assert r.empty_cells == 1


def values_by(result, column: str) -> dict[str, float]:
    obs = result.observations
    return dict(zip(obs[column].astype(str), obs["value"].astype(float), strict=True))


def test_ods_with_a_dtd_is_refused() -> None:
    hostile = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SMALL)) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "content.xml":
                doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                data = data.replace(b"?>", b"?>" + doctype, 1).replace(b"AZE", b"&e;")
            dst.writestr(item, data)
    with pytest.raises(ImportFailed, match="declares a DTD/entities; refused"):
        read_file(hostile.getvalue(), "table", {"indicator": "x"})


FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original[: draw(st.integers(0, len(original)))])
    for _ in range(draw(st.integers(0, 4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def mutated_ods_xml(draw: st.DrawFn) -> bytes:
    """The small ODS with its content.xml cut or altered (the zip itself stays sound)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SMALL)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "content.xml":
                data = draw(damaged(data))
            dst.writestr(item, data)
    return out.getvalue()


READERS = st.sampled_from(["table", "wdi", "databank", "comtrade", "sdmx", "ecb", "auto"])


def outcome(data: bytes, fmt: str, options: dict[str, object] | None = None) -> None:
    """ImportFailed or a result; any other exception fails the test."""
    try:
        result = read_file(data, fmt, options)
    except ImportFailed:
        return
    assert len(result.observations) >= 0


@FUZZ
@given(data=st.one_of(damaged(XLS.read_bytes()), damaged(SMALL), st.binary(max_size=400)))
def test_damaged_workbooks_fail_cleanly(data: bytes) -> None:
    outcome(data, "table", {"indicator": "x", "layout": "series", "period": "2024"})
    outcome(data, "auto")


@FUZZ
@given(st.data())
def test_damaged_ods_xml_fails_cleanly(data: st.DataObject) -> None:
    outcome(mutated_ods_xml(data.draw), "table", {"indicator": "x"})


TEXTS = [
    LEGACY.read_bytes()[:3000],
    REFSERIES.read_bytes()[:3000],
    GOV_DEBT.read_bytes()[:3000],
    WDI.read_bytes()[:4000],
    WDI_COUNTRY.read_bytes()[:2000],
    b'"DATE","TIME PERIOD","US dollar/Euro (EXR.D.USD.EUR.SP00.A)"\n"2024-01-15","15 Jan'
    b' 2024","1.0945"\n',
    b"<!DOCTYPE html><html></html>",
]


@FUZZ
@given(data=st.sampled_from(TEXTS).flatmap(damaged), fmt=READERS)
def test_damaged_portal_text_fails_cleanly(data: bytes, fmt: str) -> None:
    outcome(data, fmt)
