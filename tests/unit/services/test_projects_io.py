"""The project registry to XLSX and CSV and back: round trips, the readable columns, and
bad files refused with the row and column named (nothing applied)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from app.domain.projects import overview
from app.domain.records import PROJECT_CHILDREN, empty_records, record_table
from app.domain.store import ObservationStore
from app.services.bundled import bundled_tables
from app.services.projects_io import (
    CSV_COLUMNS,
    export_projects,
    import_projects,
    read_csv,
)

REGISTRY = ("projects", *PROJECT_CHILDREN)
SUMMARY = ["name", "technology", "capacity", "status", "status_date", "companies"]


@pytest.fixture
def store() -> ObservationStore:
    return bundled_tables().store()


def emptied(store: ObservationStore) -> ObservationStore:
    """The same workspace (sources, figures) with no projects."""
    for table in REGISTRY:
        store.records[table] = empty_records(table)
    return store


def apply(store: ObservationStore, edit: object) -> None:
    store.validate(edit.forward())  # type: ignore[attr-defined]
    store.apply(edit)  # type: ignore[arg-type]


def without_keys(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    return frame.drop(columns=[record_table(table).key]).reset_index(drop=True)


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_xlsx_has_a_readable_overview_and_every_table(
    store: ObservationStore, tmp_path: Path
) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path, store.source_label_by_id())
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["overview", *REGISTRY]
    rows = list(book["overview"].iter_rows(values_only=True))
    header = rows[0]
    khizi = dict(zip(header, rows[1], strict=True))
    assert khizi["name"] == "Khizi-Absheron Wind Power Plant"
    assert khizi["capacity"] == 240
    assert (khizi["status"], khizi["status_date"]) == ("commissioned", "2026-01-08")
    assert "ACWA Power (developer, SAU)" in khizi["companies"]
    assert "News.az" in khizi["sources"]
    assert len(rows) == 1 + len(store.records["projects"])
    book.close()


def test_xlsx_round_trip_gives_the_same_registry(store: ObservationStore, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path, store.source_label_by_id())
    before = {t: store.records[t].copy() for t in REGISTRY}
    target = emptied(bundled_tables().store())
    edit = import_projects(path, target.records, set(target.sources["source_id"]))
    apply(target, edit)
    for table in REGISTRY:
        pd.testing.assert_frame_equal(target.records[table], before[table], check_like=True)
    assert edit.text == "Import 11 projects"


def test_xlsx_into_a_full_registry_gets_new_ids_and_children_follow(
    store: ObservationStore, tmp_path: Path
) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path)
    n = len(store.records["projects"])
    before = {t: store.records[t].copy() for t in REGISTRY}
    apply(store, import_projects(path, store.records, set(store.sources["source_id"])))
    projects = store.records["projects"]
    assert len(projects) == 2 * n
    assert list(projects["project_id"].iloc[n:]) == list(range(n + 1, 2 * n + 1))
    for table in REGISTRY:
        new = store.records[table].iloc[len(before[table]) :].copy()
        if "project_id" in new.columns and table != "projects":
            new["project_id"] -= n  # the copy's children point to the copies
        pd.testing.assert_frame_equal(
            without_keys(new, table), without_keys(before[table], table), check_like=True
        )


def test_xlsx_from_another_workspace_drops_unknown_sources(
    store: ObservationStore, tmp_path: Path
) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path)
    target = emptied(bundled_tables().store())
    apply(target, import_projects(path, target.records, known_sources={63}))
    stages = target.records["project_stages"]
    assert set(stages["source_id"]) == {63, -1}
    assert (stages["quote"] != "").sum() == (store.records["project_stages"]["quote"] != "").sum()


def test_csv_is_readable_and_round_trips(store: ObservationStore, tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    export_projects(store.records, path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(CSV_COLUMNS)
    khizi = frame.iloc[0]
    assert khizi["companies"].startswith("ACWA Power (developer, SAU); PowerChina Huadong")
    assert (khizi["status"], khizi["status_date"]) == ("commissioned", "2026-01-08")
    target = emptied(bundled_tables().store())
    apply(target, read_csv(path, target.records))
    again, before = overview(target.records), overview(store.records)
    pd.testing.assert_frame_equal(again[SUMMARY], before[SUMMARY])


def test_csv_with_the_least_columns(store: ObservationStore, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "new.csv",
        "name,technology,capacity,capacity_unit,country,partner,status,status_date,companies\n"
        'Neftchala Wind,wind,"1,000",MW,AZE,CHN,agreement,2026-02,'
        '"China Datang (developer, CHN); SOCAR Green (EPC, AZE)"\n'
        "Shirvan Solar,solar,,MW,aze,cn,,,Shirvan Energy Company (SEC)\n",
    )
    n = len(store.records["projects"])
    edit = read_csv(path, store.records)
    apply(store, edit)
    view = overview(store.records).set_index("name")
    wind = view.loc["Neftchala Wind"]
    assert (wind["capacity"], wind["status"], wind["status_date"]) == (
        1000.0,
        "agreement",
        "2026-02",
    )
    assert wind["companies"] == "China Datang (developer, CHN); SOCAR Green (EPC, AZE)"
    assert wind["project_id"] == n + 1
    solar = view.loc["Shirvan Solar"]
    assert (solar["country"], solar["partner"], solar["status"]) == ("AZE", "CHN", "unknown")
    assert pd.isna(solar["capacity"])
    assert solar["companies"] == "Shirvan Energy Company (SEC)"  # brackets of the name


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("name,technology,capacity,capacity_unit,country\nA,wind,1,MW,AZE\n", "column partner"),
        ("X\nA,wind,abc,MW,AZE,CHN\n", "row 2, column capacity: 'abc' is not a number"),
        ("X\nA,wind,1,MW,AZE,CHN\nB,windy,1,MW,AZE,CHN\n", "row 3, column technology: unknown"),
        ("X,status\nA,wind,1,MW,AZE,CHN,built\n", "row 2, column status: unknown stage"),
        ("X\nA,wind,1,MW,AZE,ZZZ\n", "row 2, column partner: 'ZZZ' is not an ISO"),
        ("X,status,status_date\nA,wind,1,MW,AZE,CHN,agreement,April\n", "column status_date"),
        ("X\n,wind,1,MW,AZE,CHN\n", "row 2, column name: empty"),
        ('X,companies\nA,wind,1,MW,AZE,CHN,"B (developer, ZZZ)"\n', "row 2, column companies"),
    ],
)
def test_bad_csv_names_row_and_column(
    store: ObservationStore, tmp_path: Path, body: str, message: str
) -> None:
    body = body.replace("X", "name,technology,capacity,capacity_unit,country,partner", 1)
    path = write_csv(tmp_path / "bad.csv", body)
    before = len(store.records["projects"])
    with pytest.raises(ValueError, match=message):
        read_csv(path, store.records)
    assert len(store.records["projects"]) == before


def test_bad_xlsx_names_sheet_row_and_column(store: ObservationStore, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path)
    book = load_workbook(path)
    book["project_stages"]["C4"] = "finished"  # the stage column of the third stage
    book.save(path)
    with pytest.raises(ValueError, match="sheet project_stages, row 4, column stage: unknown"):
        import_projects(path, store.records)
    del book["project_facts"]
    book.save(path)
    with pytest.raises(ValueError, match="no sheet 'project_facts'"):
        import_projects(path, store.records)
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        import_projects(tmp_path / "x.txt", store.records)


def test_xlsx_child_of_an_unknown_project_is_refused(
    store: ObservationStore, tmp_path: Path
) -> None:
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path)
    book = load_workbook(path)
    book["project_parties"]["B2"] = 99
    book.save(path)
    with pytest.raises(ValueError, match="row 2, column project_id: no project 99"):
        import_projects(path, store.records)


def test_formula_like_text_is_written_safe_and_read_back(
    store: ObservationStore, tmp_path: Path
) -> None:
    store.records["projects"].loc[0, "note"] = "=HYPERLINK(1)"
    path = tmp_path / "registry.xlsx"
    export_projects(store.records, path)
    book = load_workbook(path, read_only=True)
    assert next(book["projects"].iter_rows(min_row=2, values_only=True))[-1] == "'=HYPERLINK(1)"
    book.close()
    target = emptied(bundled_tables().store())
    apply(target, import_projects(path, target.records))
    assert target.records["projects"].loc[0, "note"] == "=HYPERLINK(1)"
