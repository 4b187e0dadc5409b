"""Batches made in threads of their own while the caller converts the one before: a CSV
block parsed (:class:`ReadAhead`) and then dictionary-encoded (:class:`Then`), a Parquet
batch decoded. pyarrow works without the GIL, so on two cores the stages overlap; each holds
at most one batch ahead, in order, and an exception is handed to the caller in its batch's
place. :func:`app.services.importers.text.iter_csv_blocks` chains them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

import pyarrow as pa

Item = tuple[Any, list[str], int]  # (batch | None at the end | an exception, bad rows, bytes)


class _Ahead:
    """Items made in a thread of their own, at most one ahead of the caller, in order; the
    thread stops after the last item (the end, or an exception handed over as the item)."""

    def __init__(self, name: str) -> None:
        self._items: queue.Queue[Item] = queue.Queue()
        self._slot = threading.Semaphore(1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def _make(self) -> Item | None:
        """The next item (None: stopped before one was made)."""
        raise NotImplementedError

    def _work(self) -> None:
        while True:
            while not self._slot.acquire(timeout=0.05):
                if self._stop.is_set():
                    return
            item = None if self._stop.is_set() else self._make()
            if item is None:
                return
            self._items.put(item)
            if not isinstance(item[0], pa.RecordBatch):
                return  # the end, or an exception: nothing follows

    def next(self) -> Item:
        """(batch | None at the end | the exception the read raised, bad rows, bytes read)."""
        item = self._items.get()
        self._slot.release()
        return item

    def next_unless(self, stop: threading.Event) -> Item | None:
        """:meth:`next`, or None once ``stop`` is set (this one may have stopped too)."""
        while not stop.is_set():
            try:
                item = self._items.get(timeout=0.05)
            except queue.Empty:
                continue
            self._slot.release()
            return item
        return None

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class ReadAhead(_Ahead):
    """Reads the next batch in a thread (a CSV block parsed, a Parquet batch decoded:
    pyarrow works without the GIL) while the caller converts the current one: two cores
    at work. ``tell``: bytes read so far; ``take_bad``: the bad rows the read met."""

    def __init__(
        self,
        read: Callable[[], pa.RecordBatch],
        tell: Callable[[], int] = lambda: 0,
        take_bad: Callable[[], list[str]] = list,
    ) -> None:
        self._read, self._tell, self._take_bad = read, tell, take_bad
        super().__init__("read-ahead")

    def _make(self) -> Item:
        try:
            batch = self._read()
        except StopIteration:
            return (None, self._take_bad(), 0)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            return (exc, self._take_bad(), 0)
        return (batch, self._take_bad(), self._tell())


class Then(_Ahead):
    """The batches of a :class:`ReadAhead` passed through ``fn`` in a thread of its own
    (Arrow's kernels run without the GIL): the same items in the same order, an
    exception ``fn`` raises taking the batch's place."""

    def __init__(self, source: ReadAhead, fn: Callable[[pa.RecordBatch], pa.RecordBatch]):
        self._source, self._fn = source, fn
        super().__init__("read-ahead-then")

    def _make(self) -> Item | None:
        item = self._source.next_unless(self._stop)
        if item is None or not isinstance(item[0], pa.RecordBatch):
            return item
        batch, bad, done = item
        try:
            return (self._fn(batch), bad, done)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            return (exc, bad, done)

    def close(self) -> None:
        super().close()
        self._source.close()
