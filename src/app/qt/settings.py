"""Settings declared once, as typed handles: key, type, default, description.

Code reads ``settings.get(WINDOW_GEOMETRY)`` and gets a ``QByteArray``; there are no raw
string keys outside this module, so a mistyped or dead key cannot hide. Stored with
QSettings; tests give :class:`Settings` an INI file in a temporary folder, never the
user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from app.qt.i18n import LANGUAGE_KEY
from app.services.export_registry import default_format, formats

SCHEMA_VERSION = 2
T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting; the handle is its key in code."""

    key: str
    type: type[T]
    default: T
    description: str

    def convert(self, raw: object) -> T:
        """The stored value in this setting's type (the default when it cannot be read)."""
        if raw is None:
            return self.default
        if self.type is list:
            items = list(raw) if isinstance(raw, (list, tuple)) else ([raw] if raw else [])
            return cast(T, items)
        if self.type is QByteArray:
            return cast(T, raw if isinstance(raw, QByteArray) else QByteArray(cast(bytes, raw)))
        try:
            return cast(T, cast(Any, self.type)(raw))
        except (TypeError, ValueError):
            return self.default


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "main window geometry")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "dock and toolbar layout")
SPLITTER_MAIN = Setting(
    "window/splitter_main", QByteArray, QByteArray(), "catalogue | centre splitter"
)
SPLITTER_CENTRE = Setting(
    "window/splitter_centre", QByteArray, QByteArray(), "table | chart splitter"
)
TABLE_HEADER = Setting("window/header", QByteArray, QByteArray(), "table column widths and order")
UI_LANGUAGE = Setting(
    LANGUAGE_KEY, str, "", "desk language: en, ru, az or zh (empty: the system's)"
)
DESK_REPORTER = Setting("desk/reporter", str, "CHN", "first country of the pair")
DESK_PARTNER = Setting("desk/partner", str, "AZE", "second country of the pair")
EXPORT_LAST_DIR = Setting("export/last_dir", str, "", "folder of the last export")
BRIEF_PAIR = Setting("brief/pair", str, "", "briefing: country pair (empty: the window's pair)")
BRIEF_INDICATORS: Setting[list[str]] = Setting(
    "brief/indicators", list, [], "briefing: indicator codes (empty: all)"
)
BRIEF_CHART_INDICATORS: Setting[list[str]] = Setting(
    "brief/chart_indicators", list, [], "briefing: indicators to chart (empty: all)"
)
BRIEF_FIRST = Setting("brief/first", str, "", "briefing: first period, e.g. 2020 (empty: open)")
BRIEF_LAST = Setting("brief/last", str, "", "briefing: last period, e.g. 2025-10 (empty: open)")
BRIEF_FORMAT = Setting(
    "brief/format",
    str,
    default_format("briefing"),
    f"briefing: one of {', '.join(formats('briefing'))}",
)
BRIEF_LOCALE = Setting(
    "brief/locale", str, "en", "briefing: language and number locale (Babel code)"
)
#: empty: the first template (the briefing's names are not imported here: they load the
#: summary and its analyses, which the desk's window does not need to open)
BRIEF_TEMPLATE = Setting(
    "brief/template", str, "", "briefing: template, one of the briefing's (empty: the first)"
)
#: the key messages the user pinned or dropped, per pair (keys such as "headline:trade_turnover")
BRIEF_MESSAGES = Setting(
    "brief/messages",
    str,
    "",
    'briefing: pinned and dropped key messages per pair (JSON: {"CHN-AZE": '
    '{"pinned": [keys], "dropped": [keys]}})',
)
BRIEF_CHARTS = Setting("brief/charts", int, 1, "briefing: 1 to include charts, 0 to leave them out")
BRIEF_PATH = Setting("brief/path", str, "", "briefing: the last file written")
CHART_HIDDEN_EVENT_TYPES: Setting[list[str]] = Setting(
    "chart/hidden_event_types",
    list,
    [],
    "chart: event types not drawn (empty: every type shown; a new type starts shown)",
)
CLAIMS_ALLOW_OTHER_REPORTER = Setting(
    "claims/allow_other_reporter",
    int,
    0,
    "claims: 1 to let record and streak checks use the other side's figure for a missing year",
)
#: what the Fetch dialog remembers: the last source and, per source, its codes, years and
#: options (never a subscription key: keys live in the system keyring only)
FETCH_LAST = Setting(
    "fetch/last",
    str,
    "",
    "fetch dialog: the last source and, per source, its indicators, periods and options "
    "(JSON; never a subscription key)",
)
#: team servers connected to lately, newest first, as URLs without password (a password
#: the user asks to remember lives in the system keyring only)
SERVER_RECENT: Setting[list[str]] = Setting(
    "server/recent",
    list,
    [],
    "connect to server: recent server addresses, newest first (never a password)",
)

#: every declared setting, by key
SETTINGS: dict[str, Setting[Any]] = {
    s.key: s
    for s in (
        WINDOW_GEOMETRY,
        WINDOW_STATE,
        SPLITTER_MAIN,
        SPLITTER_CENTRE,
        TABLE_HEADER,
        UI_LANGUAGE,
        DESK_REPORTER,
        DESK_PARTNER,
        EXPORT_LAST_DIR,
        BRIEF_PAIR,
        BRIEF_INDICATORS,
        BRIEF_CHART_INDICATORS,
        BRIEF_FIRST,
        BRIEF_LAST,
        BRIEF_FORMAT,
        BRIEF_LOCALE,
        BRIEF_TEMPLATE,
        BRIEF_MESSAGES,
        BRIEF_CHARTS,
        BRIEF_PATH,
        CHART_HIDDEN_EVENT_TYPES,
        CLAIMS_ALLOW_OTHER_REPORTER,
        FETCH_LAST,
        SERVER_RECENT,
    )
}
#: keys of earlier versions that nothing reads any more (removed by the migration)
DEAD_KEYS = ("desk/recent",)


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings
        version = int(cast(Any, self._q.value("meta/schema_version", 0)) or 0)
        if version < SCHEMA_VERSION:
            self._migrate(version)

    @classmethod
    def at(cls, path: str) -> Settings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _migrate(self, version: int) -> None:
        # 0 -> 1: the first schema, nothing to convert; 1 -> 2: dead keys removed
        for key in DEAD_KEYS:
            self._q.remove(key)
        self._q.setValue("meta/schema_version", SCHEMA_VERSION)

    def get(self, setting: Setting[T]) -> T:
        return setting.convert(self._q.value(setting.key, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        if SETTINGS.get(setting.key) is not setting:
            raise KeyError(f"undeclared setting {setting.key!r}")
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def path(self) -> str:
        return self._q.fileName()
