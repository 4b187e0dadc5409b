"""One export registry: every format declared once; services load only the Qt-free ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from app.services.briefing import EXPORTERS, Exporter, create_exporter
from app.services.briefing.table_data import export_table
from app.services.export_registry import (
    EXPORT_FORMATS,
    default_format,
    export_format,
    format_for_path,
    formats,
)
from app.services.summary import Summary


def test_names_are_unique_within_a_kind_and_suffixes_are_dotted() -> None:
    keys = [(f.kind, f.name) for f in EXPORT_FORMATS]
    assert len(keys) == len(set(keys))
    assert all(f.suffix.startswith(".") for f in EXPORT_FORMATS)


def test_briefing_formats_in_dialog_order_and_the_qt_free_exporters() -> None:
    assert list(formats("briefing")) == ["docx", "pdf", "html", "md", "xlsx"]
    assert list(EXPORTERS) == ["docx", "html", "md", "xlsx"]
    assert default_format("briefing") == "docx"
    assert [n for n, f in formats("briefing").items() if f.needs_qt] == ["pdf"]
    for name, exporter in EXPORTERS.items():
        assert isinstance(exporter, Exporter)
        assert exporter.name == name
        assert exporter.options == export_format("briefing", name).options
    assert not EXPORTERS["xlsx"].uses_charts
    assert EXPORTERS["docx"].title == "Word document"


def test_table_and_summary_formats_load_their_implementations() -> None:
    assert list(formats("table")) == ["csv", "xlsx", "parquet"]
    assert all(callable(f.load()) for f in EXPORT_FORMATS if not f.needs_qt)
    assert isinstance(formats("summary")["csv"].load()(Summary("CHN", "AZE", [], [])), str)


def test_file_filters_and_paths_name_formats() -> None:
    assert export_format("table", "xlsx").file_filter == "Excel workbook (*.xlsx)"
    assert format_for_path("table", ".CSV") == "csv"
    assert format_for_path("table", ".txt", "Parquet (*.parquet)") == "parquet"
    assert format_for_path("table", ".csv", "Parquet (*.parquet)") == "csv"
    assert format_for_path("table", ".txt") is None
    with pytest.raises(KeyError, match="choose one of docx, pdf"):
        export_format("briefing", "odt")


def test_export_table_uses_the_registry_writer(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "=y"]})
    assert export_table(frame, tmp_path / "t.parquet") == "parquet"
    assert pd.read_parquet(tmp_path / "t.parquet")["a"].tolist() == [1, 2]


def test_services_never_import_qt() -> None:
    code = (
        "import sys, app.services.briefing, app.services.export_registry as r; "
        "[f.load() for f in r.EXPORT_FORMATS if not f.needs_qt]; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_create_exporter_refuses_a_name_that_is_not_registered() -> None:
    with pytest.raises(KeyError, match="unknown briefing format"):
        create_exporter("odt")
