"""Start-up holds the GUI thread's garbage collector while the workspace opens (each
timed collection would walk every object the worker's imports made) and runs it again
once the desk's window is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.main import _pause_collector, _resume_collector
from app.qt.collector import collect_on_gui_thread


def test_the_collector_pauses_while_the_workspace_opens_and_runs_after(qapp) -> None:
    collector = collect_on_gui_thread(QApplication.instance())
    assert collector.timer.isActive()
    paused = _pause_collector(qapp)
    try:
        assert paused is collector  # the application's one collector
        assert not collector.timer.isActive()
    finally:
        _resume_collector(paused)
    assert collector.timer.isActive()
    assert collector.timer.interval() > 0
