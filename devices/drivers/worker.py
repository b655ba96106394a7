"""One thread per device port: commands from any thread become futures, one in flight at a time."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from typing import Any, TypeVar

from devices.readings import DeviceError
from devices.transport import DEFAULT_MAX_LINE_LENGTH, LinePort

_log = logging.getLogger("devices.worker")

T = TypeVar("T")

LineHandler = Callable[[bytes], None]
"""Receives a line that arrived while no command was running (unsolicited or streamed)."""

ErrorHandler = Callable[[DeviceError], None]
"""Receives a device fault met while listening between commands (e.g. the cable was pulled)."""


class WorkerStoppedError(DeviceError):
    """The device worker was stopped before the command could run, or while it ran."""


class WrongThreadError(RuntimeError):
    """A driver method that touches the port was called outside the port's owner thread (a bug)."""


@dataclass
class _Job:
    function: Callable[[LinePort], Any]
    future: Future[Any]


def _settle(future: Future[Any], *, result: Any = None, error: BaseException | None = None) -> None:
    """Complete ``future`` unless :meth:`DeviceWorker.stop` already failed it."""
    if future.done():
        return
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
    except InvalidStateError:  # settled by stop() between the check and the set
        pass


class DeviceWorker:
    """Owns one :class:`LinePort` on one thread.

    ``submit`` may be called from any thread; the job runs on the owner thread with the port
    and its result or exception lands in the returned :class:`~concurrent.futures.Future`.
    Exactly one job runs at a time, in submission order. Between jobs, when ``listening`` is
    on, the worker reads lines and hands them to ``on_line`` (unsolicited ``I4`` lines,
    streamed readings); a new job wakes that read at once. Listening reads lines of up to
    ``max_line_length`` bytes (longer ones are dropped); drivers set it to their protocol's
    longest line, e.g. the scanner's longest payload.

    :meth:`stop` is prompt: a command in flight fails at once with
    :class:`WorkerStoppedError` ("stopped") in its caller's future, its port reads and writes
    raise the same error so the job ends, and the thread is joined within a bounded time.
    """

    def __init__(
        self,
        port: LinePort,
        *,
        name: str,
        on_line: LineHandler | None = None,
        on_error: ErrorHandler | None = None,
        terminator: bytes = b"\r\n",
        listen_deadline_s: float = 1.0,
        max_line_length: int = DEFAULT_MAX_LINE_LENGTH,
    ) -> None:
        """Prepare the worker; call :meth:`start` to run its thread."""
        if max_line_length < 1:
            raise ValueError(f"maximum line length must be positive, not {max_line_length}")
        self.port = port
        self.name = name
        self.on_line = on_line
        self.on_error = on_error
        self.terminator = terminator
        self.listen_deadline_s = listen_deadline_s
        self.max_line_length = max_line_length
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._current: _Job | None = None
        self._current_lock = threading.Lock()
        self._listening = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"device-{name}", daemon=True)

    # -- any thread ----------------------------------------------------------------------

    def start(self) -> DeviceWorker:
        """Start the owner thread; returns ``self`` for chaining."""
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """True while the owner thread runs."""
        return self._thread.is_alive()

    @property
    def listening(self) -> bool:
        """True while lines between commands go to ``on_line``."""
        return self._listening.is_set()

    def set_listening(self, listening: bool) -> None:
        """Turn reading between commands on or off."""
        if listening:
            self._listening.set()
            self._jobs.put(None)  # wake a worker waiting for jobs
        else:
            self._listening.clear()
        self.port.interrupt()

    def submit(self, function: Callable[[LinePort], T]) -> Future[T]:
        """Queue ``function(port)`` to run on the owner thread; returns its future."""
        future: Future[T] = Future()
        if self._stopping.is_set():
            future.set_exception(WorkerStoppedError(f"{self.name}: device connection is closed"))
            return future
        self._jobs.put(_Job(function, future))
        self.port.interrupt()
        return future

    def call(self, function: Callable[[LinePort], T], timeout_s: float) -> T:
        """Submit and wait for the result (never call this from the owner thread)."""
        if self.is_owner_thread():
            raise WrongThreadError(f"{self.name}: call() from the owner thread would deadlock")
        return self.submit(function).result(timeout=timeout_s)

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Stop now: fail the command in flight and the queued ones, close the port.

        The running command's caller gets :class:`WorkerStoppedError` at once; its reads and
        writes on the port raise the same error, so it ends within about one port poll
        interval. Waits at most ``timeout_s`` for the owner thread (which closes the port) and
        returns True when it has ended (False if a job ignores the port and keeps running).
        """
        self._stopping.set()
        self._listening.clear()
        with self._current_lock:
            running = self._current
        if running is not None:
            _settle(
                running.future,
                error=WorkerStoppedError(
                    f"{self.name}: stopped — the device connection was closed while "
                    "this command ran"
                ),
            )
        self.port.abort(WorkerStoppedError(f"{self.name}: stopped — device connection closed"))
        self._jobs.put(None)
        if self._thread.is_alive() and not self.is_owner_thread():
            self._thread.join(timeout_s)
            if self._thread.is_alive():
                _log.warning("%s: a command ignored the stop; the port closes after it", self.name)
                return False
            return True
        if not self._thread.is_alive():
            self.port.close()
            return True
        return False  # stop() called by a job on the owner thread: it ends after that job

    def is_owner_thread(self) -> bool:
        """Tell whether the calling thread owns the port."""
        return threading.current_thread() is self._thread

    def assert_owner_thread(self) -> None:
        """Raise :class:`WrongThreadError` unless called on the owner thread (drivers call this)."""
        if not self.is_owner_thread():
            raise WrongThreadError(
                f"{self.name}: port used from thread {threading.current_thread().name!r}, "
                f"owner is {self._thread.name!r}"
            )

    # -- owner thread --------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    job = None
                if job is not None:
                    self._execute(job)
                    continue
                if self._listening.is_set():
                    self._listen_once()
                else:
                    job = self._jobs.get()
                    if job is not None:
                        self._execute(job)
        finally:
            self._fail_queued()
            self.port.close()

    def _execute(self, job: _Job) -> None:
        self.port.clear_interrupt()
        if not job.future.set_running_or_notify_cancel():
            return
        with self._current_lock:
            self._current = job
        try:
            if self._stopping.is_set():
                raise WorkerStoppedError(f"{self.name}: device connection is closed")
            result = job.function(self.port)
        except BaseException as error:  # the future carries every failure to the caller
            _settle(job.future, error=error)
        else:
            _settle(job.future, result=result)
        finally:
            with self._current_lock:
                self._current = None

    def _listen_once(self) -> None:
        try:
            line = self.port.try_read_line(
                self.terminator,
                max_length=self.max_line_length,
                deadline_s=self.listen_deadline_s,
                interruptible=True,
            )
        except WorkerStoppedError:
            return
        except DeviceError as error:
            self._listening.clear()
            self._report(error)
            return
        if line is not None and self.on_line is not None:
            try:
                self.on_line(line)
            except Exception:
                _log.exception("%s: line handler failed", self.name)

    def _report(self, error: DeviceError) -> None:
        if self.on_error is None:
            _log.warning("%s: %s", self.name, error)
            return
        try:
            self.on_error(error)
        except Exception:
            _log.exception("%s: error handler failed", self.name)

    def _fail_queued(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(
                    WorkerStoppedError(f"{self.name}: device connection is closed")
                )
