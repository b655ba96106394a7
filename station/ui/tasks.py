"""Run service calls off the GUI thread, one at a time, and report back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

_log = logging.getLogger("station.ui.tasks")

T = TypeVar("T")
_Finished = tuple[tuple[bool, Any], Callable[[Any], None], Callable[[BaseException], None]]


class Submit(Protocol):
    """Run ``work`` in the background; then ``on_done(result)`` or ``on_error(error)``.

    Both callbacks run on the GUI thread. Widgets take a ``Submit`` in their constructor so
    that tests and the application decide where the work runs.
    """

    def __call__(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Start ``work``; report its outcome later on the GUI thread."""


class BackgroundTasks(QObject):
    """One worker thread for service calls (the store writes one transaction at a time).

    ``submit`` is a :class:`Submit`. ``idle`` is emitted on the GUI thread each time the
    last pending job has reported back, which tests wait for with ``qtbot.waitSignal``.

    Outcomes wait in a locked queue and a signal without arguments tells the GUI thread to
    collect them: Python objects are never carried by a queued signal (PySide6 6.12 drops
    a reference to such objects' contents, which crashes the interpreter later).
    """

    idle = Signal()
    _ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Start the worker; :meth:`shutdown` stops it."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-task")
        self._pending = 0
        self._lock = threading.Lock()
        self._outcomes: deque[_Finished] = deque()
        self._ready.connect(self._on_ready, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        with self._lock:
            return self._pending

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Queue ``work``; its outcome is delivered to ``on_done``/``on_error`` on this thread."""
        with self._lock:
            self._pending += 1

        def job() -> None:
            try:
                outcome: tuple[bool, Any] = (True, work())
            except BaseException as error:
                outcome = (False, error)
            with self._lock:
                self._outcomes.append((outcome, on_done, on_error))
            self._ready.emit()

        self._executor.submit(job)

    __call__ = submit

    @Slot()
    def _on_ready(self) -> None:
        while True:
            with self._lock:
                if not self._outcomes:
                    return
                (succeeded, value), on_done, on_error = self._outcomes.popleft()
            try:
                if succeeded:
                    on_done(value)
                else:
                    on_error(value)
            except Exception as failure:
                # The type only: a message could carry patient data.
                _log.error("a background task's callback failed: %s", type(failure).__name__)
            finally:
                with self._lock:
                    self._pending -= 1
                    now_idle = self._pending == 0
                if now_idle:
                    self.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs; with ``wait``, let running ones finish (their callbacks are lost)."""
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
