"""Cyclic garbage is collected on the GUI thread only (app.qt.collector): a worker that
allocates never runs Qt destructors of collected windows."""

from __future__ import annotations

import gc
import threading

from app.qt.collector import collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_runs_on_the_gui_thread_only(qapp, qtbot) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled()
    threads: list[str] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in threads  # far past the threshold, yet no collection there
        assert gc.get_count()[0] > collector.threshold[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] <= collector.threshold[0], timeout=5000)
        assert threads
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(seen)
