"""SDMX-CSV and DataBank readers work once per distinct cell text (issue 21): the results
must be those of the cell-by-cell reading they replaced."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from app.services.importers import read_file
from app.services.importers.formats.distinct import categorical, distinct, first_rows
from app.services.importers.formats.sdmx_columns import split_labels

_LABELLED = re.compile(r"^(?P<id>[A-Za-z0-9_@.$\-]+): (?P<name>.*)$", re.DOTALL)


def _split_cell_by_cell(cells: list[str]) -> tuple[list[str], list[str]]:
    ids, names = [], []
    for cell in cells:
        text = cell.strip()
        m = _LABELLED.match(text)
        ids.append(m.group("id") if m else text)
        names.append(m.group("name").strip() if m else "")
    return ids, names


def test_split_labels_matches_the_cell_by_cell_split() -> None:
    cells = [" AZE: Azerbaijan ", "AZE", "CHN: China", "", "  ", "X1: ", "US:  United: States"]
    cells += ["AZE: Azerbaijan", "A B: c", "DE:Germany", "AZE"] * 3
    s = pd.Series(cells, dtype="str", index=range(10, 10 + len(cells)))
    codes, names = split_labels(s)
    want_ids, want_names = _split_cell_by_cell(cells)
    assert isinstance(codes.dtype, pd.CategoricalDtype)  # no string per row
    assert list(codes.astype(object)) == want_ids
    assert list(names.astype(object)) == want_names
    assert list(codes.index) == list(s.index)
    # ' AZE: Azerbaijan ', 'AZE' and 'AZE: Azerbaijan' are one code
    assert list(codes.cat.categories).count("AZE") == 1


def test_split_labels_of_an_empty_column() -> None:
    codes, names = split_labels(pd.Series([], dtype="str"))
    assert codes.empty
    assert names.empty


def test_distinct_keeps_missing_cells_as_astype_str_does() -> None:
    s = pd.Series([" a", np.nan, 3, " a", None], dtype=object)
    codes, texts = distinct(s)
    expected = s.astype(str).str.strip()
    got = texts.str.strip().to_numpy(dtype=object)[codes]
    assert [str(x) for x in got] == [str(x) for x in expected]


def test_categorical_merges_equal_labels_and_first_rows_count_up() -> None:
    out = categorical(np.array([0, 1, 2, 1, 0]), ["x", "y", "x"], pd.RangeIndex(5))
    assert list(out.astype(object)) == ["x", "y", "x", "y", "x"]
    assert list(out.cat.categories) == ["x", "y"]
    assert list(first_rows(np.array([0, 0, 1, 0, 2, 1, 3]))) == [0, 2, 4, 6]
    assert len(first_rows(np.array([], dtype=np.intp))) == 0


def test_sdmx_codes_joined_alike_are_one_indicator_named_from_its_first_row(
    tmp_path: Path,
) -> None:
    f = tmp_path / "joined.csv"
    f.write_text(
        "DATAFLOW,REF_AREA,INDICATOR,SECTOR,TIME_PERIOD,OBS_VALUE\n"
        'ESTAT:XX(1.0),AZE,"A.B: First",C,2020,1\n'
        'ESTAT:XX(1.0),AZE,"A: Second","B.C: Third",2021,2\n'
        'ESTAT:XX(1.0),AZE," A.B ",D,2022,3\n',
        encoding="utf-8",
    )
    r = read_file(f, "sdmx")
    assert list(r.observations["indicator"].astype(str)) == ["XX.A.B.C", "XX.A.B.C", "XX.A.B.D"]
    assert r.indicators.set_index("code").loc["XX.A.B.C", "name"] == "First"
    assert r.indicators.set_index("code").loc["XX.A.B.D", "name"] == "XX.A.B.D"


def test_imf_flow_codes_map_only_where_a_partner_is_given(tmp_path: Path) -> None:
    f = tmp_path / "imts.csv"
    f.write_text(
        "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n"
        "IMF.STA:IMTS(1.0.0),AZE, MG_CIF_USD ,CHN,A,2020,1\n"
        "IMF.STA:IMTS(1.0.0),AZE,MG_CIF_USD,,A,2021,2\n"
        "IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD: Exports,CHN,A,2022,3\n",
        encoding="utf-8",
    )
    obs = read_file(f, "sdmx").observations
    assert list(obs["indicator"].astype(str)) == [
        "imports_from_partner",
        "IMTS.MG_CIF_USD",
        "exports_to_partner",
    ]
    assert set(obs["unit"].astype(str)) == {"USD"}


def test_databank_blank_and_footer_rows_inside_a_block_are_left_out(tmp_path: Path) -> None:
    f = tmp_path / "edge_Data.csv"
    f.write_text(
        "\ufeffSeries Name,Series Code,Country Name,Country Code,2022 [YR2022],2023 [YR2023]\n"
        "Merchandise exports (current US$),TX.VAL.MRCH.CD.WT,Azerbaijan,AZE,1,2\n"
        "  Merchandise exports (current US$)  , TX.VAL.MRCH.CD.WT ,China,CHN,3,..\n"
        "   ,X.Y,China,CHN,5,6\n"
        " Data from database: x,S,C,CHN,1,1\n"
        "Source: somewhere,A,B,CHN,1,2\n"
        "GDP (current US$),NY.GDP.MKTP.CD,China,CHN,7,8\n"
        "\n\nData from database: World Development Indicators\nLast Updated: 11/13/2024\n",
        encoding="utf-8",
    )
    r = read_file(f, "databank")
    obs = r.observations
    assert sorted(set(obs["indicator"].astype(str))) == ["NY.GDP.MKTP.CD", "TX.VAL.MRCH.CD.WT"]
    assert len(obs) == 5
    assert set(obs["unit"].astype(str)) == {"USD"}
    names = r.indicators.set_index("code")["name"]
    assert names["TX.VAL.MRCH.CD.WT"] == "Merchandise exports (current US$)"
