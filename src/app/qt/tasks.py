"""Long work off the GUI thread: a task runner over QThreadPool.

A task is a plain function ``fn(progress, is_cancelled) -> result``; ``progress(done,
total)`` may be called from the worker; the result, the error or the progress reaches the
GUI thread through queued signals. Tests use :class:`SyncTaskRunner`, which runs the task
at once on the calling thread.

Work that a newer request makes obsolete (a table sort, a preview, the conflicts list)
goes through a :class:`TaskSlot`: starting a task in a slot cancels the slot's previous
task and drops its result, so an older answer can never overwrite a newer one. This is the
one superseding mechanism of the app (Picard's ``run_task`` keeps the result type the same
way: ``on_done`` receives what ``fn`` returns).

Work an edit starts (conflicts, claim checks, the table's YoY) waits until the window has
repainted: inside :func:`after_repaint` a launch is held and released by an event posted
behind the repaint's, so the GUI thread paints without workers taking the GIL from it (on
two cores three such workers made the GUI thread's work after an edit two to three times
slower). Released, the held tasks run one after another: being mostly pandas under the
GIL they would take turns anyway, and the GUI thread then shares the GIL with one worker
rather than with all of them. A task superseded while held never runs;
:meth:`TaskRunner.wait` starts every held task at once.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

R = TypeVar("R")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
TaskFn = Callable[[Progress, IsCancelled], Any]


#: every task handle whose outcome has not been delivered yet (see TaskRunner._launch)
_IN_FLIGHT: set[TaskHandle] = set()


class Cancelled(Exception):
    """Raised by a task that noticed it was cancelled."""


class TaskHandle(QObject):
    """One task's cancel flag and its way back to the GUI thread.

    The worker never sends a Python object through a queued signal: it keeps its outcome
    (result, error or cancellation) on the handle and emits the argument-less ``_ready``,
    whose slot (on the GUI thread, where the handle lives) emits ``finished``, ``failed``
    or ``cancelled``. A queued signal that carries a Python object needs the GIL while Qt
    holds its signal-slot lock; the GUI thread deleting a collected widget holds the GIL
    and waits for that lock: a deadlock seen once every window refresh started background
    work. After the outcome is delivered every callback is disconnected, so a finished
    task keeps nothing alive (its callbacks often hold whole-store arrays).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # message, traceback
    cancelled = Signal()
    _ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._outcome: tuple[Any, ...] = ()
        self._callbacks: list[tuple[Any, Callable[..., None]]] = []
        #: called with the handle once its outcome is delivered (the runner forgets it)
        self.on_end: Callable[[TaskHandle], None] | None = None
        self._ready.connect(self._deliver)

    def connect_callbacks(
        self,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Connect the callbacks (each optional); they are disconnected once the outcome
        has been delivered."""
        pairs = (
            (self.finished, on_done),
            (self.failed, on_error),
            (self.progressed, on_progress),
            (self.cancelled, on_cancel),
        )
        for signal, callback in pairs:
            if callback is not None:
                signal.connect(callback)
                self._callbacks.append((signal, callback))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, fn: TaskFn) -> None:
        try:
            result = fn(self._progress, self.is_cancelled)
        except Cancelled:
            self._outcome = (self.cancelled,)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user
            self._outcome = (self.failed, str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self._outcome = (self.cancelled,) if self.is_cancelled() else (self.finished, result)
        self._emit(self._ready)

    @Slot()
    def _deliver(self) -> None:
        outcome, self._outcome = self._outcome, ()
        if outcome:
            signal, *args = outcome
            signal.emit(*args)
        with warnings.catch_warnings():
            # a connection already gone is what the disconnect wants anyway: PySide says
            # "Failed to disconnect" with a RuntimeWarning (an error in the tests: seen
            # once in a window's teardown), which must not end the delivery
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal, callback in self._callbacks:
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(callback)
        self._callbacks.clear()
        if self.on_end is not None:
            self.on_end(self)
            self.on_end = None

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.progressed, done, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Emit unless the receiver side is gone (the app is quitting): then nobody waits."""
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, fn: TaskFn) -> None:
        super().__init__()
        self._handle = handle
        self._fn = fn

    def run(self) -> None:
        self._handle.run(self._fn)


class _Held(QObject):
    """Launches held by :func:`after_repaint` until the events queued before it (the
    repaint among them) are handled."""

    #: behind every event Qt posts with LowEventPriority (a widget's UpdateRequest)
    PRIORITY = int(Qt.EventPriority.LowEventPriority.value) - 1
    EVENT = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.owner = 0
        self.launches: list[tuple[TaskRunner, TaskHandle, TaskFn]] = []
        #: released, waiting for the task before them to end
        self.queue: list[tuple[TaskRunner, TaskHandle, TaskFn]] = []
        self.running: TaskHandle | None = None
        self.posted = False

    def holds(self) -> bool:
        return self.depth > 0 and threading.get_ident() == self.owner

    def post(self) -> None:
        if self.launches and not self.posted:
            self.posted = True
            QCoreApplication.postEvent(self, QEvent(self.EVENT), self.PRIORITY)

    def event(self, event: QEvent) -> bool:
        if event.type() == self.EVENT:
            self.posted = False
            self.release()
            return True
        return super().event(event)

    def release(self, chained: bool = True) -> None:
        """Start the held tasks, one after another (``chained``: the next once the one
        before has delivered; they would take turns on the GIL anyway, and the GUI thread
        then shares it with one worker, not with all of them), or all at once."""
        self.queue += self.launches
        self.launches = []
        while self.queue and (self.running is None or not chained):
            runner, handle, fn = self.queue.pop(0)
            if handle.is_cancelled():
                handle.run(_cancelled)  # superseded while held: delivered, never run
                continue
            if chained:
                self.running = handle
                handle.on_end = self._then_next(handle.on_end)
            runner._pool.start(_Runnable(handle, fn))

    def _then_next(
        self, on_end: Callable[[TaskHandle], None] | None
    ) -> Callable[[TaskHandle], None]:
        def ended(handle: TaskHandle) -> None:
            if on_end is not None:
                on_end(handle)
            if self.running is handle:
                self.running = None
                self.release()

        return ended


def _cancelled(*_: object) -> None:
    raise Cancelled


_HELD: _Held | None = None


@contextlib.contextmanager
def after_repaint() -> Iterator[None]:
    """Tasks launched on this thread inside the block start once the window has handled
    the events queued so far (its repaint): see the module. Without a QCoreApplication
    they start at once."""
    global _HELD
    if QCoreApplication.instance() is None:
        yield
        return
    if _HELD is None:
        _HELD = _Held()
    held = _HELD
    if held.depth == 0:
        held.owner = threading.get_ident()
    held.depth += 1
    try:
        yield
    finally:
        held.depth -= 1
        if held.depth == 0:
            held.post()


def release_held() -> None:
    """Start every task :func:`after_repaint` still holds, all at once: whoever waits for
    the workers (a window closing, a test ending) waits for these too."""
    if _HELD is not None:
        _HELD.release(chained=False)


class TaskRunner(QObject):
    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._pool = pool or QThreadPool.globalInstance()
        self._handles: set[TaskHandle] = set()

    def start(
        self,
        fn: Callable[[Progress, IsCancelled], R],
        on_done: Callable[[R], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """Run ``fn``; the callbacks are called on the GUI thread."""
        handle = TaskHandle()
        handle.connect_callbacks(on_done, on_error, on_progress, on_cancel)
        self._launch(handle, fn)
        return handle

    def _launch(self, handle: TaskHandle, fn: TaskFn) -> None:
        # kept alive until its outcome is delivered, by the module as well as the runner:
        # a runner collected with its window (a closed window, a test's teardown) must not
        # take a handle with it while a worker still runs the task
        self._handles.add(handle)
        _IN_FLIGHT.add(handle)

        def ended(h: TaskHandle) -> None:
            self._handles.discard(h)
            _IN_FLIGHT.discard(h)

        handle.on_end = ended
        if _HELD is not None and _HELD.holds():
            _HELD.launches.append((self, handle, fn))
            return
        self._pool.start(_Runnable(handle, fn))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every task launched so far (held ones start now)."""
        release_held()
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread (tests)."""

    def _launch(self, handle: TaskHandle, fn: TaskFn) -> None:
        handle.run(fn)


class TaskSlot(Generic[R]):
    """At most one live task of one kind: a newer start supersedes the older task.

    ``start`` cancels the task still running in the slot (its function sees
    ``is_cancelled()``) and makes sure none of its callbacks reach the caller: only the
    newest task's result, error, progress or cancellation is delivered.
    """

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._current: TaskHandle | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(
        self,
        fn: Callable[[Progress, IsCancelled], R],
        on_done: Callable[[R], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle:
        self.cancel()
        handle = TaskHandle()
        self._current = handle

        def live(callback: Callable[..., None] | None, final: bool) -> Callable[..., None]:
            def deliver(*args: Any) -> None:
                if handle is not self._current:
                    return  # superseded: a newer task owns the slot
                if final:
                    self._current = None
                if callback is not None:
                    callback(*args)

            return deliver

        handle.connect_callbacks(
            live(on_done, True),
            live(on_error, True),
            live(on_progress, False),
            live(on_cancel, True),
        )
        self._runner._launch(handle, fn)
        return handle

    def cancel(self) -> None:
        """Cancel the running task, if any; none of its callbacks will be called."""
        if self._current is not None:
            self._current.cancel()
            self._current = None
