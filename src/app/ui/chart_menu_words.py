"""The words of pyqtgraph's chart menu, marked for Corridor's catalogue.

The desk chart keeps pyqtgraph's view-box menu (View All, the X and Y axis ranges, the
mouse mode) beside Corridor's own "Add annotation here…". pyqtgraph asks Qt for those words
with ``QCoreApplication.translate`` in its own contexts ("ViewBox", "Form"), so marking them
here, in the same contexts, puts them into Corridor's .ts files and the installed catalogue
answers pyqtgraph too. pyqtgraph's "Plot Options" (FFT, log axes, downsampling) and its
"Export..." are switched off on every desk chart (:func:`desk_menus`): File > Export chart
does that for an analyst.
"""

from __future__ import annotations

from typing import Any

from app.qt.i18n import QT_TRANSLATE_NOOP

PYQTGRAPH_WORDS = (
    QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"),
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
    QT_TRANSLATE_NOOP("Form", "Link Axis:"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Links this axis with another view. When linked, both views "
        "will display the same data range.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Percent of data to be visible when auto-scaling. It may be "
        "useful to decrease this value for data with spiky noise.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Automatically resize this axis whenever the displayed data is "
        "changed.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Auto"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Set the range for this axis manually. This disables automatic "
        "scaling. </p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Manual"),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Minimum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Maximum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Inverts the display of this axis. (+y points downward instead "
        "of upward)</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Invert Axis"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Enables mouse interaction (panning, scaling) for this "
        "axis.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Mouse Enabled"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will only auto-scale to data that is "
        "visible along the orthogonal axis.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will automatically pan to center on the "
        "current data, but the scale along this axis will not change.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Auto Pan Only"),
)


def desk_menus(plot: Any, view_box_menu: bool = True) -> None:
    """A pyqtgraph PlotWidget's (or GraphicsLayoutWidget's) right-click menus as the desk
    has them: the view-box menu (when ``view_box_menu``) without pyqtgraph's Plot Options
    and Export..."""
    if hasattr(plot, "setMenuEnabled"):  # a PlotWidget or PlotItem (not a layout of them)
        plot.setMenuEnabled(False, enableViewBoxMenu=view_box_menu)
    scene = plot.scene()
    if scene is None:
        return
    for unused in scene.contextMenu:
        unused.setParent(None)
    scene.contextMenu = []
