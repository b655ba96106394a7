"""Device futures followed without blocking: their outcomes are handed to the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")
_Outcome = tuple[bool, Any, Callable[[Any], None], Callable[[BaseException], None]]


class DeviceCalls(QObject):
    """Follow a driver's :class:`Future` and call back on the GUI thread when it settles.

    Like :class:`station.ui.tasks.BackgroundTasks`, outcomes wait in a locked queue and an
    argument-less signal tells the GUI thread to collect them (no Python object rides on a
    queued signal). :attr:`settled` is emitted after each callback has run.
    """

    settled = Signal()
    _ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the relay (it starts no thread: the drivers own theirs)."""
        super().__init__(parent)
        self._lock = threading.Lock()
        self._outcomes: deque[_Outcome] = deque()
        self._closed = False
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def follow(
        self,
        future: Future[T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Call ``on_done(result)`` or ``on_error(error)`` on the GUI thread after ``future``."""

        def finished(settled: Future[T]) -> None:
            error = settled.exception()
            outcome: _Outcome = (
                (True, settled.result(), on_done, on_error)
                if error is None
                else (False, error, on_done, on_error)
            )
            with self._lock:
                if self._closed:
                    return
                self._outcomes.append(outcome)
            with contextlib.suppress(RuntimeError):  # the relay was deleted meanwhile
                self._ready.emit()

        future.add_done_callback(finished)

    def close(self) -> None:
        """Drop outcomes that arrive from now on (the screen is going away)."""
        with self._lock:
            self._closed = True
            self._outcomes.clear()

    @Slot()
    def _deliver(self) -> None:
        while True:
            with self._lock:
                if not self._outcomes:
                    return
                succeeded, value, on_done, on_error = self._outcomes.popleft()
            if succeeded:
                on_done(value)
            else:
                on_error(value)
            self.settled.emit()
