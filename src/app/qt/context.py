"""What the desk's controllers and dialogs are handed instead of the main window.

``app.main`` builds one :class:`DeskContext` (the open session, the settings, the task
runner and the message bus) and passes it to the window and to each controller, so no
module of ``app.ui`` needs to know the window's shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.qt.messages import MessageBus
from app.qt.session import DeskSession
from app.qt.settings import Settings
from app.qt.tasks import TaskRunner


@dataclass(frozen=True)
class DeskContext:
    session: DeskSession
    settings: Settings
    runner: TaskRunner

    @property
    def bus(self) -> MessageBus:
        return self.session.bus
