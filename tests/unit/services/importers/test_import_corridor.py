"""Corridor's own tidy files: what Corridor exports, it imports back without loss."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from tests.conftest import TEST_DATA

from app.domain.store import ObservationStore
from app.services.importers import plan_import, read_file
from app.services.importers.formats.corridor_format import TIDY_COLUMNS, to_tidy_frame, write_tidy

DATA = TEST_DATA / "import"


def tricky_store(tiny_desk) -> ObservationStore:
    """The tiny desk plus text a spreadsheet would execute, quotes, newlines, NaN, points."""
    store = tiny_desk.store
    obs = store.observations.copy()
    for col in ("note", "change_unit"):
        obs[col] = obs[col].astype(object)
    # plain floats, whatever the store holds them as (it may keep a sparse column)
    obs["change_value"] = obs["change_value"].to_numpy(dtype="float64", na_value=float("nan"))
    obs.loc[0, "note"] = "=SUM(A1:A9)"
    obs.loc[1, "note"] = "+20 % claimed"
    obs.loc[2, "value"] = float("nan")
    obs.loc[3, "period_point"] = True
    obs.loc[3, "period_end"] = obs.loc[3, "period_start"]
    obs.loc[4, "change_value"] = 21.9
    obs.loc[4, "change_unit"] = "%"
    obs["value"] = obs["value"] + 0.1  # floats that do not print short
    src = store.sources.copy()
    src.loc[0, "quote"] = '@mention "quoted", comma\nsecond line, Товарооборот'
    src.loc[1, "title"] = "-minus first"
    return ObservationStore(obs, src, store.indicators)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_round_trip_without_loss(tiny_desk, tmp_path: Path, suffix: str) -> None:
    store = tricky_store(tiny_desk)
    tidy = to_tidy_frame(store)
    assert list(tidy.columns) == TIDY_COLUMNS
    path = tmp_path / f"export{suffix}"
    write_tidy(tidy, path)
    result = read_file(path)
    assert result.format == "corridor"
    assert not result.problems
    target = ObservationStore(indicators=store.indicators)
    target.apply(plan_import(result, target))
    back = to_tidy_frame(target)
    pd.testing.assert_frame_equal(back, tidy, check_dtype=False)
    assert len(target.sources) == len(store.sources)  # no file source: every row had one


def test_spreadsheet_cells_are_neutralised_but_numbers_are_not(tiny_desk, tmp_path: Path) -> None:
    tidy = to_tidy_frame(tricky_store(tiny_desk))
    write_tidy(tidy, tmp_path / "e.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "e.xlsx").worksheets[0]
    header = [c.value for c in ws[1]]
    note = ws.cell(row=2, column=header.index("note") + 1)
    assert note.value == "'=SUM(A1:A9)"
    assert note.data_type == "s"
    value = ws.cell(row=2, column=header.index("value") + 1).value
    assert isinstance(value, float)
    write_tidy(tidy, tmp_path / "e.csv")
    assert "'=SUM(A1:A9)" in (tmp_path / "e.csv").read_text(encoding="utf-8")


def test_fixture_file_reads_with_its_sources() -> None:
    r = read_file(DATA / "corridor_tidy.csv")
    assert len(r.observations) == 4
    assert r.observations["note"].astype(str).iloc[0] == "=1+1 looks like a formula"
    assert set(r.row_sources["publisher"]) == {"Trend", "News.az", "Vestnik Kavkaza"}
    quote = r.row_sources.set_index("publisher").loc["News.az", "quote"]
    assert quote == 'Quote with "quotes", a comma\nand a newline'


def test_rows_without_source_get_the_file_source(tmp_path: Path) -> None:
    frame = pd.read_csv(DATA / "corridor_tidy.csv", dtype=str, keep_default_na=False)
    for c in frame.columns:
        if c.startswith("source_"):
            frame[c] = ""
    frame.to_csv(tmp_path / "nosrc.csv", index=False)
    r = read_file(tmp_path / "nosrc.csv")
    store = ObservationStore()
    store.apply(plan_import(r, store))
    assert store.sources["title"].tolist() == ["nosrc.csv"]
    assert store.sources["kind"].tolist() == ["file"]


def test_exact_duplicate_rows_are_reported(tmp_path: Path) -> None:
    text = (DATA / "corridor_tidy.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    (tmp_path / "dup.csv").write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    r = read_file(tmp_path / "dup.csv")
    assert len(r.observations) == 4
    assert not r.errors  # a word-for-word repeat is stored once, with a note
    [note] = [p for p in r.problems if p.message.startswith("rows repeated word for word")]
    assert (note.severity, note.count) == ("info", 1)


def test_a_month_outside_the_stored_years_is_a_problem_of_its_row(tmp_path: Path) -> None:
    """Months are stored as int16 (years 1800 to 2200): a larger one is refused with the
    row's problem, and the other rows import."""
    frame = pd.read_csv(DATA / "corridor_tidy.csv", dtype=str, keep_default_na=False)
    frame.loc[0, ["period_start", "period_end"]] = ["9999999", "9999999"]
    frame.to_csv(tmp_path / "far.csv", index=False)
    r = read_file(tmp_path / "far.csv")
    assert len(r.observations) == len(frame) - 1
    [problem] = [p for p in r.problems if "outside the years 1800 to 2200" in p.message]
    assert problem.count == 1
    store = ObservationStore()
    store.apply(plan_import(r, store))
    assert len(store.observations) == len(frame) - 1
