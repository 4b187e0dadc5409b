"""Generic tables and the text robustness every importer relies on."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from tests.conftest import TEST_DATA

from app.domain.periods import parse_period
from app.services.importers import ImportFailed, Severity, detect, read_file
from app.services.importers.periodtext import read_period
from app.services.importers.text import sniff_encoding

DATA = TEST_DATA / "import"
HEADER = "indicator,reporter,partner,period,value,unit\n"


def write(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def values(result) -> list[float]:
    return [float(v) for v in result.observations.sort_values("period_start")["value"]]


def test_wide_table_with_scales_in_the_unit_column() -> None:
    r = read_file(DATA / "generic_wide.csv")
    assert r.details["mapping"]["reporter"] == "Country"
    obs = r.observations.set_index(["indicator", "period_text"])["value"]
    assert obs[("trade_turnover", "2022")] == 1.5e9
    assert obs[("trade_turnover", "2023")] == pytest.approx(2.2e9)  # decimal comma
    assert obs[("trade_turnover", "2024-Q1")] == pytest.approx(0.6e9)
    assert obs[("tourist_arrivals_from_partner", "2023")] == 15500
    assert r.empty_cells == 1
    dups = [p for p in r.errors if p.message.startswith("duplicate row")]
    assert {p.line for p in dups} == {4}  # "Azerbaijan" is AZE: the same figures again


def test_long_cp1251_semicolons_and_number_words() -> None:
    path = DATA / "generic_long_cp1251.csv"
    assert sniff_encoding(path.read_bytes()) == "cp1251"
    r = read_file(path)
    assert set(r.observations["indicator"].astype(str)) == {"товарооборот"}
    assert values(r) == [1234.5e6, 2.44e9]
    assert not r.problems


def test_mapping_with_constants_for_missing_dimensions(tmp_path: Path) -> None:
    path = write(tmp_path, "Year;Amount\n2023;10\n2024;12,5\n")
    opts = {
        "indicator": "tourist_arrivals_from_partner",
        "reporter": "AZE",
        "partner": "CHN",
        "unit": "persons",
        "value_column": "Amount",
    }
    r = read_file(path, "table", opts)
    obs = r.observations
    assert set(obs["reporter"].astype(str)) == {"AZE"}
    assert set(obs["partner"].astype(str)) == {"CHN"}
    assert values(r) == [10, 12.5]
    assert r.indicators["code"].tolist() == ["tourist_arrivals_from_partner"]


def test_mapping_errors_are_clear(tmp_path: Path) -> None:
    path = write(tmp_path, "a,b\n1,2\n")
    with pytest.raises(ImportFailed, match="value column"):
        read_file(path, "table")
    with pytest.raises(ImportFailed, match="no column 'zzz'"):
        read_file(path, "table", {"value_column": "zzz"})


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = HEADER + "café_imports,FRA,AZE,2024,1.5,EUR\n"
    r = read_file(write(tmp_path, text, encoding=encoding))
    assert list(r.observations["indicator"].astype(str)) == ["café_imports"]
    assert values(r) == [1.5]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    text = (HEADER + "x,AZE,CHN,2024,7,USD\n").replace(",", delimiter)
    assert values(read_file(write(tmp_path, text))) == [7]


def test_quoted_newlines_and_ragged_rows(tmp_path: Path) -> None:
    text = (
        HEADER + '"multi\nline",AZE,CHN,2023,1,USD\n'
        "x,AZE,CHN,2024\n"
        "x,AZE,CHN,2025,3,USD,extra\n"
        "y,AZE,CHN,2024,2,USD\n"
    )
    r = read_file(write(tmp_path, text))
    assert sorted(r.observations["indicator"].astype(str)) == ["multi\nline", "y"]
    ragged = [p.message for p in r.errors if "fields where the header has 6" in p.message]
    assert len(ragged) == 2


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="empty"):
        read_file(write(tmp_path, ""))
    r = read_file(write(tmp_path, HEADER, "h.csv"))
    assert r.observations.empty
    assert not r.has_errors


def test_numbers_nan_inf_and_huge(tmp_path: Path) -> None:
    text = (
        HEADER
        + "a,AZE,CHN,2020,NaN,USD\n"
        + "a,AZE,CHN,2021,inf,USD\n"
        + "a,AZE,CHN,2022,1e400,USD\n"
        + "a,AZE,CHN,2023,123456789012345678901234567890,USD\n"
        + "a,AZE,CHN,2024,-1.5e-3,USD\n"
        + "a,AZE,CHN,2025,12abc,USD\n"
    )
    r = read_file(write(tmp_path, text))
    assert values(r) == [1.2345678901234568e29, -0.0015]
    assert sorted((line, p.message) for p in r.errors for line in p.lines) == [
        (3, "not a finite number"),
        (4, "not a finite number"),
        (7, "cannot read the number '12abc'"),
    ]
    assert r.empty_cells == 1


@pytest.mark.parametrize(
    ("text", "freq", "expected"),
    [
        ("2024-05-31", "", "2024-05"),
        ("31.05.2024", "", "2024-05"),
        ("05/31/2024", "", "2024-05"),
        ("05/2024", "", "2024-05"),
        ("May 2024", "", "2024-05"),
        ("2024M05", "", "2024-05"),
        ("202405", "", "2024-05"),
        ("2000 [YR2000]", "", "2000"),
        ("2024-12-31", "A", "2024"),
        ("2024-04-01", "Q", "2024-Q2"),
        ("2025-M01", "", "2025-01"),
        ("2024-S2", "", "2024-H2"),
    ],
)
def test_dates_in_several_forms(text: str, freq: str, expected: str) -> None:
    assert read_period(text, freq) == parse_period(expected)


def test_unreadable_period_is_reported(tmp_path: Path) -> None:
    body = "a,AZE,CHN,2024-W54,1,USD\na,AZE,CHN,32.13.2024,1,USD\n"
    r = read_file(write(tmp_path, HEADER + body))
    assert [(p.line, p.column) for p in r.errors] == [(2, "period"), (3, "period")]


def test_xlsx_and_parquet_generic_tables(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "Series": ["x", "x"],
            "ISO3": ["AZE", "CHN"],
            "Year": [2023, 2024],
            "Value": [1.25, 2.5],
            "Unit": ["MW", "GW"],
        }
    )
    frame.to_excel(tmp_path / "t.xlsx", index=False)
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    for name in ("t.xlsx", "t.parquet"):
        assert detect(tmp_path / name) == "table"
        r = read_file(tmp_path / name)
        assert values(r) == [1.25, 2500.0]
        assert set(r.observations["unit"].astype(str)) == {"MW"}


def test_unknown_unit_is_kept_with_a_warning(tmp_path: Path) -> None:
    r = read_file(write(tmp_path, HEADER + "a,AZE,CHN,2024,1,bushels\n"))
    assert list(r.observations["unit"].astype(str)) == ["bushels"]
    assert any("bushels" in p.message for p in r.problems if p.severity is Severity.WARNING)


def test_value_too_large_once_scaled_is_refused(tmp_path: Path) -> None:
    r = read_file(write(tmp_path, HEADER + "a,AZE,CHN,2024,1e308,USD bn\n"))
    assert r.observations.empty
    assert [(p.line, p.message) for p in r.errors] == [
        (2, "too large once the unit's scale is applied")
    ]


def test_xlsx_with_an_external_entity_is_refused(tmp_path: Path) -> None:
    import zipfile

    plain = tmp_path / "plain.xlsx"
    pd.DataFrame({"indicator": ["PLACEHOLDER"], "period": ["2024"], "value": [1]}).to_excel(
        plain, index=False
    )
    hostile = tmp_path / "xxe.xlsx"
    doctype = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if b"PLACEHOLDER" in data:  # the entity is used where the text was
                data = data.replace(b"<worksheet", doctype + b"<worksheet", 1).replace(
                    b"PLACEHOLDER", b"&xxe;"
                )
            dst.writestr(item, data)
    with pytest.raises(ImportFailed, match="not a readable XLSX"):
        read_file(hostile, "table")
