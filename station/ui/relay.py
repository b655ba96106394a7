"""The one relay to the GUI thread: calls wait in a locked queue, an empty signal fetches them."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


def report_bug(error: BaseException) -> None:
    """Hand a bug to ``sys.excepthook``, with its traceback.

    The application installs :func:`station.ui.errors.install_exception_hook` there, which
    logs the frames (never the message) and shows the crash dialog.
    """
    sys.excepthook(type(error), error, error.__traceback__)


class GuiRelay(QObject):
    """Run on the GUI thread the calls that any thread hands over, in the order they came.

    Worker threads, device threads and driver futures report through :meth:`post` and
    :meth:`follow`. The calls wait in a locked queue and a signal without arguments tells
    the GUI thread to collect them: Python objects never ride a queued signal (PySide6 6.12
    drops a reference to such objects' contents, which crashes the interpreter later).

    A call that raises is a bug: it goes to :func:`report_bug` (the crash dialog, with its
    traceback) and the calls after it still run. :attr:`delivered` is emitted on the GUI
    thread after each call, which tests wait for with ``qtbot.waitSignal``.
    """

    delivered = Signal()
    _ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the relay in the GUI thread (it starts no thread of its own)."""
        super().__init__(parent)
        self._lock = threading.Lock()
        self._calls: deque[Callable[[], None]] = deque()
        self._closed = False
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (calls are dropped from then on)."""
        with self._lock:
            return self._closed

    def post(self, call: Callable[[], None]) -> None:
        """Run ``call`` on the GUI thread soon (callable from any thread)."""
        with self._lock:
            if self._closed:
                return
            self._calls.append(call)
        with contextlib.suppress(RuntimeError):  # the relay was deleted meanwhile
            self._ready.emit()

    def follow(
        self,
        future: Future[T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Call ``on_done(result)`` or ``on_error(error)`` on the GUI thread after ``future``.

        A cancelled future reports nothing (its work never ran).
        """

        def settled(finished: Future[T]) -> None:
            if finished.cancelled():
                return
            error = finished.exception()
            if error is None:
                result = finished.result()
                self.post(lambda: on_done(result))
            else:
                self.post(lambda: on_error(error))

        future.add_done_callback(settled)

    def close(self) -> None:
        """Drop the calls still waiting and those that arrive from now on."""
        with self._lock:
            self._closed = True
            self._calls.clear()

    @Slot()
    def _deliver(self) -> None:
        try:
            while True:
                with self._lock:
                    if not self._calls:
                        return
                    call = self._calls.popleft()
                try:
                    call()
                except Exception as bug:
                    report_bug(bug)
                self.delivered.emit()
        finally:
            # A KeyboardInterrupt left calls behind: collect them at the next turn.
            with self._lock:
                left = bool(self._calls)
            if left:
                self._ready.emit()
