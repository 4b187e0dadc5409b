"""Typed settings: a handle gives its own type back, undeclared handles are refused, old
files are migrated (dead keys removed), unreadable values fall back to the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.qt.settings import (
    BRIEF_CHARTS,
    BRIEF_INDICATORS,
    DESK_PARTNER,
    SCHEMA_VERSION,
    SETTINGS,
    WINDOW_GEOMETRY,
    Setting,
    Settings,
)


def test_values_come_back_in_their_types(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    s = Settings.at(path)
    assert s.get(DESK_PARTNER) == "AZE"  # the default
    assert s.get(WINDOW_GEOMETRY).isEmpty()
    s.set(BRIEF_INDICATORS, ["trade_turnover"])
    s.set(BRIEF_CHARTS, 0)
    s.set(WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    s.sync()
    again = Settings.at(path)
    assert again.get(BRIEF_INDICATORS) == ["trade_turnover"]
    assert again.get(BRIEF_CHARTS) == 0
    assert isinstance(again.get(BRIEF_CHARTS), int)
    assert again.get(WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")


def test_an_undeclared_handle_is_refused(tmp_path: Path) -> None:
    s = Settings.at(str(tmp_path / "s.ini"))
    with pytest.raises(KeyError, match="undeclared"):
        s.set(Setting("desk/typo", str, "", "not declared"), "x")


def test_old_files_lose_dead_keys_and_bad_values_read_as_default(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue("meta/schema_version", 1)
    old.setValue("desk/recent", ["/tmp/a.duckdb"])
    old.setValue(BRIEF_CHARTS.key, "not a number")
    old.sync()
    s = Settings.at(path)
    assert s.get(BRIEF_CHARTS) == BRIEF_CHARTS.default
    s.sync()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert again.value("desk/recent") is None
    assert int(again.value("meta/schema_version")) == SCHEMA_VERSION


def test_every_key_is_declared_once() -> None:
    assert len(SETTINGS) == len({s.key for s in SETTINGS.values()})
    assert all(s.description for s in SETTINGS.values())
