"""The task runner: results on the GUI thread, a newer task in a slot supersedes the older
one, and a finished task keeps nothing alive (its callbacks often hold whole-store data)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.qt.tasks import Cancelled, TaskRunner, TaskSlot


class Big:
    """Stands for a frame or arrays a callback captures."""


def test_a_finished_task_releases_its_callbacks(qtbot: QtBot) -> None:
    runner = TaskRunner()
    big = Big()
    seen: list[int] = []
    ref = weakref.ref(big)

    def on_done(value: int, held: Big = big) -> None:
        seen.append(value)

    handle = runner.start(lambda _p, _c: 42, on_done=on_done)
    qtbot.waitUntil(lambda: seen == [42])
    del big, on_done, handle
    gc.collect()
    assert ref() is None
    assert runner.wait(5000)


def test_failures_and_cancellations_reach_the_gui_thread_and_release_too(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []
    stopped: list[bool] = []

    def fail(_p: object, _c: object) -> None:
        raise ValueError("no such file")

    def stop(_p: object, _c: object) -> None:
        raise Cancelled

    runner.start(fail, on_error=lambda msg, _tb: errors.append(msg))
    runner.start(stop, on_cancel=lambda: stopped.append(True))
    qtbot.waitUntil(lambda: errors == ["no such file"] and stopped == [True])
    assert not runner._handles  # forgotten once delivered


def test_a_newer_task_in_a_slot_drops_the_older_result(qtbot: QtBot) -> None:
    slot: TaskSlot[str] = TaskSlot(TaskRunner())
    release = threading.Event()
    got: list[str] = []

    def old(_p: object, _c: object) -> str:
        release.wait(10)
        return "old"

    slot.start(old, on_done=got.append)
    slot.start(lambda _p, _c: "new", on_done=got.append)
    qtbot.waitUntil(lambda: got == ["new"])
    release.set()  # the older task finishes after the newer one: its result is dropped
    assert slot._runner.wait(5000)
    qtbot.wait(50)
    assert got == ["new"]
    assert not slot.busy


def test_tasks_started_after_an_edit_wait_for_the_repaint(qtbot: QtBot) -> None:
    """Inside after_repaint a launch is held until the events queued so far (a widget's
    repaint, posted at low priority) are handled; a task superseded meanwhile never runs."""
    from PySide6.QtWidgets import QWidget

    from app.qt import tasks
    from app.qt.tasks import after_repaint

    order: list[str] = []

    class Painted(QWidget):
        def paintEvent(self, _event: object) -> None:
            # still held while the window paints
            order.append("paint" if tasks._HELD and tasks._HELD.launches else "paint late")

    widget = Painted()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    order.clear()
    runner = TaskRunner()
    slot: TaskSlot[str] = TaskSlot(runner)
    ran: list[str] = []
    got: list[str] = []

    def task(name: str) -> Callable[[object, object], str]:
        def fn(_p: object, _c: object) -> str:
            ran.append(name)
            order.append("run")
            return name

        return fn

    with after_repaint():
        widget.update()
        slot.start(task("superseded"), on_done=got.append)
        slot.start(task("newest"), on_done=got.append)
        assert not ran  # held
    qtbot.waitUntil(lambda: got == ["newest"])
    assert runner.wait(5000)
    assert ran == ["newest"]
    assert order == ["paint", "run"]


def test_waiting_for_the_runner_releases_held_tasks(qtbot: QtBot) -> None:
    from app.qt.tasks import after_repaint

    runner = TaskRunner()
    ran: list[int] = []
    with after_repaint():
        runner.start(lambda _p, _c: ran.append(1))
    assert runner.wait(5000)
    assert ran == [1]


def test_held_tasks_run_one_after_another(qtbot: QtBot) -> None:
    """Released, the tasks an edit started run in turn (the GUI thread shares the GIL
    with one worker); each still delivers to its own callback."""
    from app.qt.tasks import after_repaint

    runner = TaskRunner()
    first_may_end = threading.Event()
    ran: list[str] = []
    got: list[str] = []

    def first(_p: object, _c: object) -> str:
        ran.append("first")
        first_may_end.wait(10)
        return "first"

    def second(_p: object, _c: object) -> str:
        ran.append("second")
        return "second"

    with after_repaint():
        runner.start(first, on_done=got.append)
        runner.start(second, on_done=got.append)
    qtbot.waitUntil(lambda: ran == ["first"])
    qtbot.wait(100)
    assert ran == ["first"]  # the second waits for the first
    first_may_end.set()
    qtbot.waitUntil(lambda: got == ["first", "second"])
    assert runner.wait(5000)


def test_a_connection_already_gone_does_not_end_the_delivery(qtbot: QtBot) -> None:
    """PySide warns "Failed to disconnect" (a RuntimeWarning, an error under the tests'
    warning filter) when a connection is already gone: the delivery still ends, releases
    its callbacks and tells its runner (seen once in a window's teardown in CI)."""
    import warnings

    class GoneSignal:
        def disconnect(self, _callback: object) -> None:
            warnings.warn("libpyside: Failed to disconnect", RuntimeWarning, stacklevel=1)

    runner = TaskRunner()
    seen: list[int] = []
    ended: list[bool] = []
    handle = runner.start(lambda _p, _c: 7, on_done=seen.append)
    handle._callbacks.insert(0, (GoneSignal(), seen.append))  # type: ignore[arg-type]
    on_end = handle.on_end
    assert on_end is not None
    handle.on_end = lambda h: (ended.append(True), on_end(h))  # type: ignore[assignment]
    qtbot.waitUntil(lambda: seen == [7] and ended == [True])
    assert handle._callbacks == []
    assert runner.wait(5000)
