"""Render the Corridor icon from its SVG source into every file the installers need.

Run it after changing resources/icons/corridor.svg and commit what it writes:

    python packaging/make-icons.py

It writes the freedesktop hicolor PNGs (resources/icons/hicolor/<n>x<n>/apps/corridor.png,
shipped as package data: the window icon and the Linux desktop entry use them), a Windows
.ico (packaging/windows/corridor.ico: the exe and the installer) and a macOS .icns
(packaging/macos/corridor.icns: the .app bundle). Rendering uses PySide6's QtSvg, which is
already a dependency, so no image tool has to be installed; the .ico and .icns containers are
written here directly because both simply hold PNG images behind a small index.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "corridor.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "corridor.ico"
ICNS = ROOT / "packaging" / "macos" / "corridor.icns"

#: Sizes freedesktop desktops look up in hicolor.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes Windows picks from for taskbar, Explorer views and the installer.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, by pixel size (ic10 is the 512@2x = 1024 slot).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """Draw the SVG on a transparent square of ``size`` pixels and return PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (understood since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO index
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file whose entries are PNG images (macOS 10.7 and later)."""
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size]
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    sys.stdout.write(f"{path.relative_to(ROOT)}  {len(data)} bytes\n")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SVG}\n")
        return 1
    wanted = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in wanted}
    for size in PNG_SIZES:
        write(HICOLOR / f"{size}x{size}" / "apps" / "corridor.png", pngs[size])
    write(ICO, ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    write(ICNS, icns_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
