"""The request form of File > Fetch: which portal, which pair, which codes, which years.

:class:`FetchForm` shows one source combo (every connector of the registry, its ``limits``
sentence under it), the pair (reporter and partner, ISO alpha-3, editable), the indicator
codes (greyed out with a hint when the connector does not take codes), the period span and
frequency, the connector's own options and, for a connector that can use one, the
subscription key. Which options a connector has is data
(:data:`app.ui.fetch_options.OPTION_FIELDS`, by name); any other ``KEY=VALUE`` can be typed
under "More options", so a connector's new option needs no new widget.

The key is read from the keyring (:mod:`app.services.fetch.secrets`) or typed for one
fetch; it is never part of :meth:`FetchForm.state` (what the dialog remembers in the
settings) nor of the request (what the workspace stores).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import translate
from app.qt.settings import FETCH_LAST, Settings
from app.services.fetch import secrets
from app.services.fetch.base import Connector, FetchRequest
from app.services.fetch.errors import KeyStoreUnavailable
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import CONNECTORS
from app.ui.fetch_options import frequency_items, option_fields, parse_more, split_codes

__all__ = ["ClientFactory", "FetchForm", "split_codes"]

#: makes the HTTP client of one fetch (tests give short timeouts and no backoff sleeps)
ClientFactory = Callable[[], HttpClient]

_CODE = re.compile(r"^[A-Za-z]{3}$")


class FetchForm(QWidget):
    """The fields of a fetch request; :meth:`request` reads them (ValueError if wrong)."""

    #: any field changed (a shown preview no longer matches the form)
    changed = Signal()

    def __init__(self, pair: tuple[str, str] = ("", ""), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._per_source: dict[str, dict[str, Any]] = {}
        self._option_edits: dict[str, QLineEdit] = {}
        self.source_box = QComboBox()
        for connector in CONNECTORS.values():
            self.source_box.addItem(connector.label or connector.name, connector.name)
        self.limits = _note()
        self.reporter = _code_edit(
            pair[0], translate("fetch_form", "Reporter: the country whose figures these are")
        )
        self.partner = _code_edit(
            pair[1], translate("fetch_form", "Partner (optional): the other country of the pair")
        )
        self.indicators = QLineEdit()
        self.indicators.setPlaceholderText("NY.GDP.MKTP.CD, NY.GNP.PCAP.CD")
        self.indicators.setToolTip(
            translate("fetch_form", "The portal's indicator codes, separated by commas or spaces")
        )
        self.indicator_hint = _note()
        # where the Fetch dialog puts its Search… and Browse… buttons (it owns them)
        self.indicator_row = QHBoxLayout()
        self.indicator_row.addWidget(self.indicators, 1)
        self.options_tools = QHBoxLayout()
        self.start = QLineEdit()
        self.start.setPlaceholderText(translate("fetch_form", "2000 or 2024-01"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(translate("fetch_form", "2024 or 2024-10"))
        self.frequency = QComboBox()
        for text, code in frequency_items():
            self.frequency.addItem(text, code)
        self.options_box = QGroupBox(translate("fetch_form", "Options of this source"))
        self.options_form = QFormLayout()
        self.more = QLineEdit()
        self.more.setPlaceholderText(translate("fetch_form", "KEY=VALUE, KEY=VALUE"))
        self.more.setToolTip(
            translate("fetch_form", "Any other option the connector reads, as KEY=VALUE pairs")
        )
        more_form = QFormLayout()
        more_form.addRow(translate("fetch_form", "More options"), self.more)
        options_layout = QVBoxLayout(self.options_box)
        options_layout.addLayout(self.options_form)
        options_layout.addLayout(self.options_tools)
        options_layout.addLayout(more_form)
        self.key_box = QGroupBox(translate("fetch_form", "Subscription key"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setToolTip(
            translate(
                "fetch_form",
                "Used for this fetch; kept only in the system keyring if you tick the box, "
                "never in the settings or the workspace",
            )
        )
        self.key_state = _note()
        self.remember_key = QCheckBox(translate("fetch_form", "Remember in the system keyring"))
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addWidget(self.key_edit)
        key_layout.addWidget(self.key_state)
        key_layout.addWidget(self.remember_key)
        self._build_layout()
        self._show_source()
        self.source_box.currentIndexChanged.connect(self._source_changed)
        for edit in (self.reporter, self.partner, self.indicators, self.start, self.end):
            edit.textChanged.connect(self.changed)
        self.more.textChanged.connect(self.changed)
        self.frequency.currentIndexChanged.connect(self.changed)
        self.key_edit.textChanged.connect(self.changed)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("fetch_form", "Source"), self.source_box)
        form.addRow("", self.limits)
        pair = QHBoxLayout()
        pair.addWidget(self.reporter)
        pair.addWidget(QLabel(translate("fetch_form", "with")))
        pair.addWidget(self.partner)
        pair.addStretch(1)
        form.addRow(translate("fetch_form", "Pair"), pair)
        form.addRow(translate("fetch_form", "Indicators"), self.indicator_row)
        form.addRow("", self.indicator_hint)
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel(translate("fetch_form", "to")))
        span.addWidget(self.end)
        form.addRow(translate("fetch_form", "From"), span)
        form.addRow(translate("fetch_form", "Frequency"), self.frequency)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.options_box)
        layout.addWidget(self.key_box)
        layout.addStretch(1)

    # --- the chosen source ------------------------------------------------------------------

    def connector(self) -> Connector:
        return CONNECTORS[self.source_name()]

    def source_name(self) -> str:
        return str(self.source_box.currentData())

    def set_source(self, name: str) -> None:
        i = self.source_box.findData(name)
        if i >= 0:
            self.source_box.setCurrentIndex(i)

    def _source_changed(self) -> None:
        self._show_source()
        self._restore_source(self._per_source.get(self.source_name(), {}))
        self.changed.emit()

    def _show_source(self) -> None:
        """Limits, indicator field, option rows and key field of the chosen connector."""
        c = self.connector()
        no_limits = translate("fetch_form", "{source}: no limits stated.")
        self.limits.setText(c.limits or no_limits.format(source=c.label))
        self.indicators.setEnabled(c.takes_indicators)
        self.indicator_hint.setText(
            ""
            if c.takes_indicators
            else translate(
                "fetch_form",
                "{source} takes no indicator codes: the options below say what to fetch.",
            ).format(source=c.label)
        )
        self.indicator_hint.setVisible(not c.takes_indicators)
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self._option_edits = {}
        for field in option_fields(c):
            edit = QLineEdit()
            label, placeholder, tip = field.shown()
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(tip)
            edit.textChanged.connect(self.changed)
            self.options_form.addRow(label, edit)
            self._option_edits[field.key] = edit
        self._show_key_state()

    def option_text(self, key: str) -> str:
        edit = self._option_edits.get(key)
        return edit.text().strip() if edit is not None else ""

    def set_option_text(self, key: str, text: str) -> None:
        """Fill an option field of the chosen connector, as typing would (none: ignored)."""
        if key in self._option_edits:
            self._option_edits[key].setText(text)

    def _show_key_state(self, message: str = "") -> None:
        c = self.connector()
        self.key_box.setVisible(bool(c.key_name))
        self.key_edit.clear()
        if not c.key_name:
            return
        keyring = secrets.keyring_name()
        if secrets.has_key(c.key_name):
            where = translate("fetch_form", "key stored in {keyring}").format(keyring=keyring)
            self.key_edit.setPlaceholderText(where)
            self.key_state.setText(
                message
                or translate(
                    "fetch_form", "A key is stored in {keyring}; type another to use it instead."
                ).format(keyring=keyring)
            )
        else:
            self.key_edit.setPlaceholderText(translate("fetch_form", "subscription key (optional)"))
            self.key_state.setText(
                message or translate("fetch_form", "Without a key the public endpoint is used.")
            )

    # --- reading the form -----------------------------------------------------------------

    def request(self) -> FetchRequest:
        """The request the fields describe (ValueError with what to fix)."""
        reporter, partner = self.reporter.text().strip(), self.partner.text().strip()
        wrong = (
            translate("fetch_form", "Reporter: give an ISO alpha-3 code such as CHN, not {code}"),
            translate("fetch_form", "Partner: give an ISO alpha-3 code such as CHN, not {code}"),
        )
        for message, code in zip(wrong, (reporter, partner), strict=True):
            if code and not _CODE.match(code):
                raise ValueError(message.format(code=repr(code)))
        options = [(k, e.text().strip()) for k, e in self._option_edits.items() if e.text().strip()]
        options += parse_more(self.more.text())
        c = self.connector()
        return FetchRequest(
            c.name,
            (reporter.upper(),) if reporter else (),
            (partner.upper(),) if partner else (),
            split_codes(self.indicators.text()) if c.takes_indicators else (),
            self.start.text().strip(),
            self.end.text().strip(),
            str(self.frequency.currentData()),
            tuple(sorted(dict(options).items())),
        )

    def key(self) -> str:
        """The key for this fetch: the one typed, else the stored one ('' when none).

        A typed key is kept in the keyring when the box is ticked; when the keyring cannot
        be used the state line says why and the key still serves this fetch.
        """
        c = self.connector()
        if not c.key_name:
            return ""
        typed = self.key_edit.text().strip()
        if typed and self.remember_key.isChecked():
            try:
                secrets.set_key(c.key_name, typed)
            except KeyStoreUnavailable as exc:
                self.key_state.setText(
                    translate("fetch_form", "Not remembered: {reason}.").format(reason=exc)
                )
            else:
                self.key_state.setText(
                    translate("fetch_form", "The key is kept in {keyring}.").format(
                        keyring=secrets.keyring_name()
                    )
                )
        return typed or secrets.get_key(c.key_name)

    # --- what the dialog remembers (never the key) ------------------------------------------

    def state(self) -> dict[str, Any]:
        """The source and, per source, its codes, years and options (no key, no pair)."""
        self._per_source[self.source_name()] = {
            "indicators": self.indicators.text(),
            "start": self.start.text(),
            "end": self.end.text(),
            "frequency": str(self.frequency.currentData()),
            "options": {k: e.text() for k, e in self._option_edits.items()},
            "more": self.more.text(),
        }
        return {"source": self.source_name(), "sources": dict(self._per_source)}

    def restore(self, state: Mapping[str, Any]) -> None:
        sources = state.get("sources")
        self._per_source = dict(sources) if isinstance(sources, dict) else {}
        name = str(state.get("source") or "")
        if name in CONNECTORS and name != self.source_name():
            self.set_source(name)  # restores that source's fields
        else:
            self._restore_source(self._per_source.get(self.source_name(), {}))

    def _restore_source(self, values: Mapping[str, Any]) -> None:
        if not isinstance(values, Mapping):
            return
        self.indicators.setText(str(values.get("indicators") or ""))
        self.start.setText(str(values.get("start") or ""))
        self.end.setText(str(values.get("end") or ""))
        i = self.frequency.findData(str(values.get("frequency") or "A"))
        self.frequency.setCurrentIndex(max(i, 0))
        options = values.get("options")
        for key, edit in self._option_edits.items():
            edit.setText(str(options.get(key) or "") if isinstance(options, dict) else "")
        self.more.setText(str(values.get("more") or ""))

    def remember(self, settings: Settings) -> None:
        settings.set(FETCH_LAST, json.dumps(self.state(), ensure_ascii=False, sort_keys=True))

    def recall(self, settings: Settings) -> None:
        try:
            state = json.loads(settings.get(FETCH_LAST) or "{}")
        except ValueError:
            return
        if isinstance(state, dict):
            self.restore(state)


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #555")
    return label


def _code_edit(code: str, tip: str) -> QLineEdit:
    edit = QLineEdit(code)
    edit.setMaxLength(3)
    edit.setFixedWidth(70)
    edit.setPlaceholderText("ISO3")
    edit.setToolTip(tip)
    return edit
