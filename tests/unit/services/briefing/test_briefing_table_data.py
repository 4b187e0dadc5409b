"""Table data export: CSV (read back with pandas), XLSX (openpyxl), Parquet (pyarrow).

Formula-like text is neutralised in CSV/XLSX; numbers, negative ones included, are not.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from tests.conftest import TINY_INDICATORS, tiny_tables

from app.domain.model import normalise_observations, normalise_sources
from app.services.briefing import export_table, table_frame
from app.services.safe_cells import restore

FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"]


@pytest.fixture
def frame() -> pd.DataFrame:
    obs, src = tiny_tables()
    obs.loc[:5, "note"] = FORMULAS
    obs.loc[6, "value"] = -3.5
    src.loc[0, "publisher"] = '=HYPERLINK("http://evil")'
    obs = normalise_observations(obs)
    order = np.array([6, 0, 3])  # a filtered, sorted view: positions in the store
    names = dict(zip(TINY_INDICATORS["code"], TINY_INDICATORS["name"], strict=True))
    return table_frame(obs.iloc[order], normalise_sources(src), names)


def test_frame_keeps_view_order_and_sources(frame: pd.DataFrame) -> None:
    assert frame["obs_id"].tolist() == [7, 1, 4]
    assert frame["publisher"].tolist() == ["Xinhua", '=HYPERLINK("http://evil")', "Trend"]
    assert frame["period"].tolist()[1] == "2022"


def test_csv_neutralises_formulas_not_numbers(frame: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    assert export_table(frame, path) == "csv"
    back = pd.read_csv(path, keep_default_na=False)
    assert back["value"].tolist() == [-3.5, 2.15e9, 2.44e9]
    assert back["note"].tolist() == ["", "'=1+1", "'@cmd"]
    assert all(
        not str(v).startswith(("=", "+", "-", "@", "\t", "\r"))
        for col in back.columns
        if not pd.api.types.is_numeric_dtype(back[col])
        for v in back[col]
    )
    assert back["publisher"].map(restore).tolist() == frame["publisher"].tolist()


def test_xlsx_values_numeric_text_neutralised(frame: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    export_table(frame, path)
    ws = openpyxl.load_workbook(path)["Observations"]
    header = [c.value for c in ws[1]]
    value_col = header.index("value") + 1
    values = [ws.cell(row=r, column=value_col) for r in range(2, 5)]
    assert [v.value for v in values] == [-3.5, 2150000000, 2440000000]
    assert values[1].number_format == '"$"#,##0'
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:W{ws.max_row}"
    texts = [c.value for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_parquet_round_trips_types(frame: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    export_table(frame, path)
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(back, frame.reset_index(drop=True), check_dtype=False)
    assert back["value"].dtype == np.float64


def test_unknown_format_is_refused(frame: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown table format"):
        export_table(frame, tmp_path / "t.ods")
    assert not list(tmp_path.iterdir())
