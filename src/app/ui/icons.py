"""Icons shipped in resources/icons: the application's (every hicolor size plus the SVG
source) and the actions' (one SVG each, resources/icons/actions/<name>.svg).

An action's icon is drawn by Corridor rather than taken from the desktop's theme: the
freedesktop names (``document-open``) resolve on most Linux desktops but not on Windows,
macOS or a minimal Linux, where the toolbar would be text only. A QIcon made from an SVG
file is rendered by Qt's SVG icon engine (the ``iconengines/qsvgicon`` and
``imageformats/qsvg`` plugins of PySide6-Essentials) at whatever size and device pixel
ratio is asked, so it stays crisp at 200 % scaling. The theme's icon of the same (or the
related freedesktop) name is the fallback when a file is missing.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtGui import QIcon

#: our icons without a freedesktop name of their own -> the theme icon closest to them
THEME_FALLBACK = {
    "series-refresh": "view-refresh",
    "table-export": "document-export",
    "chart-copy": "edit-copy",
    "filter-clear": "edit-clear",
    "project-registry": "folder",
    "claims": "dialog-information",
    "pivot-grid": "x-office-spreadsheet",
    "derive-series": "accessories-calculator",
    "derived-list": "view-list-details",
}


def app_icon() -> QIcon:
    icon = QIcon()
    root = files("app.resources") / "icons"
    hicolor = root / "hicolor"
    if hicolor.is_dir():
        for size_dir in sorted(hicolor.iterdir(), key=lambda p: p.name):
            png = size_dir / "apps" / "corridor.png"
            if png.is_file():
                with as_file(png) as path:
                    icon.addFile(str(path))
    svg = root / "corridor.svg"
    if svg.is_file():
        with as_file(svg) as path:
            icon.addFile(str(path))
    return icon


def action_icon_file(name: str) -> Path:
    """Where the SVG of the action icon ``name`` is (it may be missing)."""
    return Path(str(files("app.resources").joinpath("icons", "actions", f"{name}.svg")))


def action_icon(name: str) -> QIcon:
    """The icon ``name`` of :data:`app.ui.actions.ACTIONS`: our SVG, else the theme's."""
    path = action_icon_file(name)
    if path.is_file():
        icon = QIcon(str(path))
        if not icon.isNull():
            return icon
    return QIcon.fromTheme(THEME_FALLBACK.get(name, name))
