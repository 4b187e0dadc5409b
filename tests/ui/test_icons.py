"""Every action has an icon of its own, drawn from our SVG at any scale (a 200 % screen
gets a sharp 96-pixel drawing for a 48-pixel icon, not a blown-up small one)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QImageReader

from app.ui.actions import ACTIONS
from app.ui.icons import THEME_FALLBACK, action_icon, action_icon_file


def inked_pixels(image: QImage) -> int:
    """How many pixels are not transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


def test_the_svg_plugins_are_there(qapp) -> None:
    assert b"svg" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]
    # the icon engine of an SVG file draws at the size asked (the QSvgIconEngine)
    icon = QIcon(str(action_icon_file("edit-find")))
    big = icon.pixmap(QSize(256, 256))
    assert big.width() == 256


def test_every_action_has_its_own_svg_icon(qapp) -> None:
    names = [spec.icon for spec in ACTIONS]
    assert all(names), [spec.id for spec in ACTIONS if not spec.icon]
    assert len(set(names)) == len(names)  # one picture per action
    for name in names:
        assert action_icon_file(str(name)).is_file(), name


def test_every_icon_renders_sharp_at_200_percent(qapp) -> None:
    for spec in ACTIONS:
        icon = action_icon(str(spec.icon))
        assert not icon.isNull(), spec.id
        pixmap = icon.pixmap(QSize(48, 48), 2.0)
        assert pixmap.devicePixelRatio() == 2.0, spec.id
        assert (pixmap.width(), pixmap.height()) == (96, 96), spec.id
        inked = inked_pixels(pixmap.toImage())
        # strokes, not a blank square nor a filled one
        assert 96 * 96 * 0.03 < inked < 96 * 96 * 0.7, (spec.id, inked)


def test_a_missing_file_falls_back_to_the_theme(qapp) -> None:
    # no SVG of that name: the theme's icon (null where the platform has no theme)
    assert action_icon("no-such-icon").isNull() == QIcon.fromTheme("no-such-icon").isNull()
    assert set(THEME_FALLBACK) <= {str(spec.icon) for spec in ACTIONS}
