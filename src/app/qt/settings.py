"""Settings declared once: key, type, default, description; stored with QSettings.

Tests give :class:`Settings` an INI file in a temporary folder, never the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    description: str


OPTIONS = {o.key: o for o in (
    Option("window/geometry", QByteArray, QByteArray(), "main window geometry"),
    Option("window/state", QByteArray, QByteArray(), "dock and toolbar layout"),
    Option("window/splitter_main", QByteArray, QByteArray(), "catalogue | centre splitter"),
    Option("window/splitter_centre", QByteArray, QByteArray(), "table | chart splitter"),
    Option("window/header", QByteArray, QByteArray(), "table column widths and order"),
    Option("desk/reporter", str, "CHN", "first country of the pair"),
    Option("desk/partner", str, "AZE", "second country of the pair"),
    Option("desk/recent", list, [], "recently opened workspaces"),
    Option("export/last_dir", str, "", "folder of the last export"),
    Option("brief/pair", str, "", "briefing: country pair (empty: the window's pair)"),
    Option("brief/indicators", list, [], "briefing: indicator codes (empty: all)"),
    Option("brief/chart_indicators", list, [], "briefing: indicators to chart (empty: all)"),
    Option("brief/first", str, "", "briefing: first period, e.g. 2020 (empty: open)"),
    Option("brief/last", str, "", "briefing: last period, e.g. 2025-10 (empty: open)"),
    Option("brief/format", str, "docx", "briefing: docx, pdf, html, md or xlsx"),
    Option("brief/locale", str, "en", "briefing: number and date locale (Babel code)"),
    Option("brief/charts", int, 1, "briefing: 1 to include charts, 0 to leave them out"),
    Option("brief/path", str, "", "briefing: the last file written"),
)}


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings
        version = int(self._q.value("meta/schema_version", 0) or 0)
        if version < SCHEMA_VERSION:
            self._migrate(version)

    @classmethod
    def at(cls, path: str) -> Settings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _migrate(self, version: int) -> None:
        # version 0 -> 1: nothing to convert, the first schema
        self._q.setValue("meta/schema_version", SCHEMA_VERSION)

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        raw = self._q.value(key, opt.default)
        if raw is None:
            return opt.default
        if opt.type is list:
            return list(raw) if isinstance(raw, (list, tuple)) else ([raw] if raw else [])
        if opt.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        try:
            return opt.type(raw)
        except (TypeError, ValueError):
            return opt.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(f"undeclared setting {key!r}")
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def path(self) -> str:
        return self._q.fileName()
