"""The one form builder for declared options, shared by the import and export dialogs.

:class:`OptionForm` adapts a tuple of :class:`app.services.options.Option` to the rows of a
QFormLayout (one widget per option, chosen by its kind) and reads the widgets back into a
``{key: value}`` dict that an importer's ``read`` or an exporter's ``export`` accepts.
An option's label and help are the importer's or exporter's words (app.services) and are shown
as declared; the form's own words (the column boxes' first entries) are translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.options import Option

#: the first two entries of a column box: let the importer guess, or use no column
GUESS = str(QT_TRANSLATE_NOOP("option_form", "(guess from the names)"))
NONE = str(QT_TRANSLATE_NOOP("option_form", "(none)"))


class OptionForm:
    """The rows of ``layout``, built from options and read back as their values."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}

    def build(self, options: Sequence[Option], columns: Sequence[str] = ()) -> None:
        """Replace the rows with one per option; ``columns`` fill the column boxes."""
        while self.layout.rowCount():
            self.layout.removeRow(0)
        self.widgets = {}
        for option in options:
            widget = option_widget(option, columns)
            widget.setToolTip(option.help)
            self.layout.addRow(option.label, widget)
            self.widgets[option.key] = widget

    def values(self) -> dict[str, Any]:
        """Each option's value as the widgets show it, by key."""
        return {key: widget_value(w) for key, w in self.widgets.items()}

    def set_value(self, key: str, value: Any) -> None:
        """Show ``value`` in the option's widget, as the user would set it."""
        set_widget_value(self.widgets[key], value)

    def restore(self, values: Mapping[str, Any]) -> None:
        """Show remembered values; keys the form does not have are ignored."""
        for key, value in values.items():
            if key in self.widgets:
                self.set_value(key, value)


def option_widget(option: Option, columns: Sequence[str] = ()) -> QWidget:
    """A form field for one option, showing its default."""
    if option.kind == "bool":
        check = QCheckBox()
        check.setChecked(bool(option.default))
        return check
    if option.kind in ("choice", "column"):
        return _combo(option, columns)
    if option.kind == "int":
        spin = QSpinBox()
        spin.setRange(int(option.minimum), int(option.maximum))
        spin.setValue(int(option.default))
        return spin
    if option.kind == "float":
        number = QDoubleSpinBox()
        number.setRange(option.minimum, option.maximum)
        number.setValue(float(option.default))
        return number
    return QLineEdit(str(option.default))


def _combo(option: Option, columns: Sequence[str]) -> QComboBox:
    combo = QComboBox()
    items = (
        [(c, c) for c in option.choices]
        if option.kind == "choice"
        else [
            (translate("option_form", GUESS), ""),
            (translate("option_form", NONE), "-"),
            *((c, c) for c in columns),
        ]
    )
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(option.default)))
    return combo


def widget_value(widget: QWidget) -> Any:
    """The value a field holds: bool, the chosen item's data, a number or the text."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return None


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a field built by :func:`option_widget`."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
