"""The key messages of a briefing, to pin or drop before exporting.

:class:`MessageChoices` is the user's decision per message key (pinned, dropped or left to
the ranking), plain data that the export dialog keeps per pair and remembers as JSON.
:class:`MessagePicker` lists ``briefing.candidates`` in rank order with each message's
state: pinned (always printed, first), in the note or not (the ranking decides), dropped
(never printed). Space pins or unpins the selected rows, Delete drops or restores them,
Backspace resets them; the same actions are on the context menu and the buttons.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.qt.i18n import translate
from app.services.briefing.model import Briefing, KeyMessage

PINNED, AUTOMATIC, DROPPED = "pinned", "automatic", "dropped"
KEY_ROLE = Qt.ItemDataRole.UserRole
MESSAGE, KIND, STATE = range(3)
NO_UPDATE = QItemSelectionModel.SelectionFlag.NoUpdate


@dataclass
class MessageChoices:
    """Pinned keys (in the order pinned) and dropped keys; any other key is automatic."""

    pinned: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def state(self, key: str) -> str:
        if key in self.pinned:
            return PINNED
        return DROPPED if key in self.dropped else AUTOMATIC

    def set_state(self, key: str, state: str) -> None:
        self.pinned = [k for k in self.pinned if k != key]
        self.dropped = [k for k in self.dropped if k != key]
        if state == PINNED:
            self.pinned.append(key)
        elif state == DROPPED:
            self.dropped.append(key)

    def as_dict(self) -> dict[str, list[str]]:
        return {"pinned": list(self.pinned), "dropped": list(self.dropped)}

    @classmethod
    def of(cls, data: Any) -> MessageChoices:
        """From :meth:`as_dict`'s shape; anything unreadable gives no choices."""
        if not isinstance(data, dict):
            return cls()
        keys = {
            name: [str(k) for k in data.get(name, ()) if isinstance(k, str)]
            for name in ("pinned", "dropped")
        }
        return cls(keys["pinned"], keys["dropped"])


def choices_by_pair(text: str) -> dict[str, MessageChoices]:
    """The remembered choices (JSON ``{"CHN-AZE": {"pinned": [...], ...}}``) by pair."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(pair): MessageChoices.of(value) for pair, value in data.items()}


def choices_text(choices: dict[str, MessageChoices]) -> str:
    """The JSON :func:`choices_by_pair` reads; pairs without any choice are left out."""
    kept = {pair: c.as_dict() for pair, c in choices.items() if c.pinned or c.dropped}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def state_text(state: str, place: int | None) -> str:
    """The state column: the user's choice, and the message's place in the note (1..)."""
    if state == AUTOMATIC:
        if place:
            return translate("message_picker", "In the note ({place})").format(place=place)
        return translate("message_picker", "Not in the note")
    if state != PINNED:
        return translate("message_picker", "Dropped")
    if place is None:
        return translate("message_picker", "Pinned")
    return translate("message_picker", "Pinned ({place})").format(place=place)


class MessagePicker(QWidget):
    """The candidates of the last preview, each with the user's choice for the pair shown
    (every pair keeps its own choices); emits ``choices_changed`` when the user pins, drops
    or resets a message."""

    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = MessageChoices()
        self.by_pair: dict[str, MessageChoices] = {}
        self._in_note: dict[str, int] = {}  # key -> place in the note, 1..
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("message_picker", "Key message"),
                translate("message_picker", "Kind"),
                translate("message_picker", "State"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.setAccessibleName(translate("message_picker", "Key messages"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        self.keys: dict[int, QAction] = {}
        for state, text, tip, key in (
            (
                PINNED,
                translate("message_picker", "Pin"),
                translate(
                    "message_picker", "Always print the selected messages, first (again: unpin)"
                ),
                Qt.Key.Key_Space,
            ),
            (
                DROPPED,
                translate("message_picker", "Drop"),
                translate("message_picker", "Never print the selected messages (again: restore)"),
                Qt.Key.Key_Delete,
            ),
            (
                AUTOMATIC,
                translate("message_picker", "Reset"),
                translate("message_picker", "Let the ranking decide for the selected messages"),
                Qt.Key.Key_Backspace,
            ),
        ):
            action = self._action(text, tip, QKeySequence(key).toString(), self._toggler(state))
            self.keys[key.value] = action
            button = QPushButton(text)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self.tree.installEventFilter(self)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_candidates([])

    def _action(self, text: str, tip: str, key: str, slot: Callable[[], None]) -> QAction:
        """A context menu entry; its key is handled by :meth:`eventFilter` (a shortcut would
        need the dialog active and would fight the view over Space), shown after a tab."""
        action = QAction(f"{text}\t{key}", self.tree)
        action.setToolTip(f"{tip} ({key})")
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space, Delete and Backspace on the list pin, drop and reset the selection."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            action = self.keys.get(key.key())
            if action is not None and key.modifiers() == Qt.KeyboardModifier.NoModifier:
                action.trigger()
                return True
        return super().eventFilter(watched, event)

    def _toggler(self, state: str) -> Callable[[], None]:
        """Set ``state`` on the selected rows; when all of them have it already, undo it."""

        def toggle() -> None:
            keys = self.selected_keys()
            if not keys:
                return
            undo = state != AUTOMATIC and all(self.choices.state(k) == state for k in keys)
            self.set_states(keys, AUTOMATIC if undo else state)

        return toggle

    # --- state ----------------------------------------------------------------------------

    def restore(self, remembered: str) -> None:
        """The choices per pair remembered in the settings (:func:`choices_text`)."""
        self.by_pair = choices_by_pair(remembered)

    def remembered(self) -> str:
        return choices_text(self.by_pair)

    def show_pair(self, pair: str) -> None:
        """Use ``pair``'s choices (the rows stay until the next preview)."""
        self.choices = self.by_pair.setdefault(pair, MessageChoices())
        self._refresh_states()

    def set_states(self, keys: Iterable[str], state: str) -> None:
        for key in keys:
            self.choices.set_state(key, state)
        self._refresh_states()
        self.choices_changed.emit()

    def pinned(self) -> tuple[str, ...]:
        return tuple(self.choices.pinned)

    def dropped(self) -> tuple[str, ...]:
        return tuple(self.choices.dropped)

    def selected_keys(self) -> list[str]:
        """The selected rows' keys in rank order."""
        return [str(i.data(MESSAGE, KEY_ROLE)) for i in self.items() if i.isSelected()]

    def items(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [i for i in items if i is not None]

    # --- rows -----------------------------------------------------------------------------

    def show_briefing(self, briefing: Briefing) -> None:
        """The briefing's candidates, in rank order, marked with what its note prints."""
        self.show_candidates(briefing.candidates, [m.key for m in briefing.messages])

    def show_candidates(
        self, candidates: Sequence[KeyMessage], in_note: Iterable[str] = ()
    ) -> None:
        selected, current = set(self.selected_keys()), self._current_key()
        self._in_note = {key: place for place, key in enumerate(in_note, 1)}
        self.tree.clear()
        for message in candidates:
            item = QTreeWidgetItem([message.text.text, message.kind, ""])
            item.setData(MESSAGE, KEY_ROLE, message.key)
            tip = f"{message.text.text}\n\n{message.kind}: {message.reason}"
            for column in range(3):
                item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
            item.setSelected(message.key in selected)
            if message.key == current:
                self.tree.setCurrentItem(item, 0, NO_UPDATE)
        self._refresh_states()

    def _current_key(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(MESSAGE, KEY_ROLE))

    def _refresh_states(self) -> None:
        items = self.items()
        for item in items:
            key = str(item.data(MESSAGE, KEY_ROLE))
            state = self.choices.state(key)
            item.setText(STATE, state_text(state, self._in_note.get(key)))
            font = item.font(MESSAGE)
            font.setBold(state == PINNED)
            font.setStrikeOut(state == DROPPED)
            for column in range(3):
                item.setFont(column, font)
        self.caption.setText(
            translate(
                "message_picker",
                "Key messages: {in_note} of {total} in the note. "
                "Space pins, Delete drops, Backspace resets (or right-click).",
            ).format(in_note=len(self._in_note), total=len(items))
            if items
            else translate("message_picker", "Key messages: none for this briefing.")
        )
