"""Icons shipped in resources/icons (high-DPI: every hicolor size plus the SVG source)."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtGui import QIcon


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
