"""A task runner the test controls: tasks wait until the test finishes them, in any order,
so a test can make a newer preview end before an older one."""

from __future__ import annotations

from app.qt.tasks import TaskFn, TaskHandle, TaskRunner


class HeldRunner(TaskRunner):
    """Holds each started task; :meth:`finish` runs one on the test's thread."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[TaskHandle, TaskFn]] = []

    def _launch(self, handle: TaskHandle, fn: TaskFn) -> None:
        self.held.append((handle, fn))

    def finish(self, index: int) -> None:
        handle, fn = self.held[index]
        handle.run(fn)
