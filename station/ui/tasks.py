"""Run service calls off the GUI thread, one at a time, and report back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from station.ui.relay import GuiRelay

T = TypeVar("T")


class Submit(Protocol):
    """Run ``work`` in the background; then ``on_done(result)`` or ``on_error(error)``.

    Both callbacks run on the GUI thread; one that raises is a bug and reaches the crash
    dialog. Widgets take a ``Submit`` in their constructor so that tests and the
    application decide where the work runs. :class:`BackgroundTasks` is the application's.
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

    ``submit`` is a :class:`Submit`. Outcomes reach the GUI thread through a
    :class:`~station.ui.relay.GuiRelay` (no Python object rides a queued signal), and a
    callback that raises goes to the crash dialog with its traceback. ``idle`` is emitted on
    the GUI thread each time the last pending job has reported back, which tests wait for
    with ``qtbot.waitSignal``.
    """

    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        thread_name: str = "station-task",
        relay: GuiRelay | None = None,
    ) -> None:
        """Start the worker; :meth:`shutdown` or :meth:`close` stops it.

        ``relay``: the relay outcomes go through, when they must keep their order with
        other news (a device bridge's); by default one of its own.
        """
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._relay = relay if relay is not None else GuiRelay(self)
        self._pending = 0
        self._lock = threading.Lock()

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

        def done(result: T) -> None:
            try:
                on_done(result)
            finally:
                self._reported()

        def failed(error: BaseException) -> None:
            try:
                on_error(error)
            finally:
                self._reported()

        self._relay.follow(self._executor.submit(work), done, failed)

    __call__ = submit

    def _reported(self) -> None:
        with self._lock:
            self._pending -= 1
            now_idle = self._pending == 0
        if now_idle:
            self.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs; with ``wait``, let running ones finish (their callbacks are lost)."""
        self._executor.shutdown(wait=wait, cancel_futures=not wait)

    def close(self) -> None:
        """Drop the jobs not started and every outcome; wait for the running job to end."""
        self._relay.close()
        self._executor.shutdown(wait=True, cancel_futures=True)
