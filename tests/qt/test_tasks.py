"""The task runner: results on the GUI thread, a newer task in a slot supersedes the older
one, and a finished task keeps nothing alive (its callbacks often hold whole-store data)."""

from __future__ import annotations

import gc
import threading
import weakref

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
