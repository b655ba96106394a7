"""Serial ports opened by URL, framed into whole lines with a total deadline, and reopened."""

from __future__ import annotations

import contextlib
import errno
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import serial

from devices.discovery import identity_of, locate
from devices.readings import DeviceError, NoAnswer, PortBusy, PortGone

_log = logging.getLogger("devices.transport")

SIMULATOR_HANDLER_PACKAGE = "devices.sim"
"""Package holding ``protocol_sim`` so that ``serial.serial_for_url("sim://NAME")`` works."""

Direction = Literal["tx", "rx", "dropped"]
"""``tx`` host to device, ``rx`` device to host, ``dropped`` received bytes never parsed."""

TrafficCapture = Callable[[Direction, bytes, float], None]
"""Called with (direction, bytes, ``time.monotonic()`` stamp) for every chunk on the wire."""

PortLocator = Callable[[], str | None]
"""Return the URL under which a device can be opened now, or ``None`` while it is absent."""

DEFAULT_MAX_LINE_LENGTH = 256
DEFAULT_POLL_INTERVAL_S = 0.1
BUSY_ERRNOS = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EBUSY, errno.EACCES})


def register_simulator_scheme() -> None:
    """Let pyserial find our ``sim://`` handler (idempotent; it imports nothing yet)."""
    if SIMULATOR_HANDLER_PACKAGE not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append(SIMULATOR_HANDLER_PACKAGE)


register_simulator_scheme()


@dataclass(frozen=True)
class SerialSettings:
    """Line settings of a serial link: speed, framing and handshake."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    xonxoff: bool = False
    rtscts: bool = False

    def __post_init__(self) -> None:
        """Refuse settings no UART can use, with one clear line."""
        if self.baudrate <= 0:
            raise ValueError(f"baud rate must be positive, not {self.baudrate}")
        if self.bytesize not in (5, 6, 7, 8):
            raise ValueError(f"byte size must be 5, 6, 7 or 8, not {self.bytesize}")
        if self.parity not in ("N", "E", "O", "M", "S"):
            raise ValueError(f"parity must be N, E, O, M or S, not {self.parity!r}")
        if self.stopbits not in (1, 1.5, 2):
            raise ValueError(f"stop bits must be 1, 1.5 or 2, not {self.stopbits}")

    @property
    def bits_per_character(self) -> float:
        """Start bit + data bits + parity bit (if any) + stop bits."""
        return 1 + self.bytesize + (0 if self.parity == "N" else 1) + self.stopbits

    def byte_time_s(self) -> float:
        """Seconds one character takes on the wire at these settings."""
        return self.bits_per_character / self.baudrate

    def wire_time_s(self, byte_count: int) -> float:
        """Seconds ``byte_count`` characters take on the wire."""
        return byte_count * self.byte_time_s()

    def describe(self) -> str:
        """Short form such as ``9600 8N1`` for messages."""
        stop = int(self.stopbits) if self.stopbits in (1, 2) else self.stopbits
        handshake = " XON/XOFF" if self.xonxoff else (" RTS/CTS" if self.rtscts else "")
        return f"{self.baudrate} {self.bytesize}{self.parity}{stop}{handshake}"

    def pyserial_arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``serial.Serial`` and ``serial_for_url``."""
        return {
            "baudrate": self.baudrate,
            "bytesize": self.bytesize,
            "parity": self.parity,
            "stopbits": self.stopbits,
            "xonxoff": self.xonxoff,
            "rtscts": self.rtscts,
        }


def _is_busy_error(error: BaseException) -> bool:
    text = str(error).lower()
    if "exclusively lock" in text or "access is denied" in text or "port is busy" in text:
        return True
    number = getattr(error, "errno", None)
    return number in BUSY_ERRNOS and "lock" in text


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _open_serial(url: str, settings: SerialSettings, exclusive: bool, poll_s: float) -> Any:
    try:
        port = serial.serial_for_url(
            url,
            do_not_open=True,
            timeout=poll_s,
            write_timeout=None,
            **settings.pyserial_arguments(),
        )
        port.exclusive = exclusive
        port.open()
    except serial.SerialException as error:
        if _is_busy_error(error):
            raise PortBusy(f"port {url} is busy: another program holds it") from error
        raise PortGone(f"port {url} cannot be opened: {_one_line(error)}") from error
    except ValueError as error:  # unknown URL scheme or invalid settings
        raise PortGone(f"port {url} cannot be opened: {_one_line(error)}") from error
    except OSError as error:
        if error.errno in BUSY_ERRNOS:
            raise PortBusy(f"port {url} is busy: another program holds it") from error
        raise PortGone(f"port {url} cannot be opened: {_one_line(error)}") from error
    return port


class LinePort:
    """An open serial port read as whole terminated lines; partial lines are never returned.

    Bytes are read in chunks as soon as they arrive (no ``timeout=0`` loops); a read waits
    at most ``poll_interval_s`` before looking at its total deadline again, and can be woken
    at once from another thread with :meth:`interrupt`.

    A partial line is dropped after the device has been *proven* silent for ``line_gap_s``
    in the middle of it (balances and printers send a frame in one burst), or when it grows
    beyond ``max_length`` (the bytes after an overlong line are then skipped up to the next
    terminator). Dropped bytes go to the capture as ``"dropped"``.

    Silence is judged by when bytes arrived, not by when this reader got round to reading
    them: the operating system (or the simulator link) keeps every byte that arrives while
    the reader is busy elsewhere or starved of CPU, so a gap between two reads proves
    nothing. Only a read that waited its whole timeout and came back empty proves that
    nothing arrived between the last time the port was drained and the end of that wait.
    A late reader therefore never drops a line whose bytes came in one burst; the price is
    that bytes which all waited in the buffer together are framed as if they had come
    together (the drivers discard input before each command, and listening reads never
    stop for long, so a stale fragment does not sit there).
    While a line arrives the reader waits a few byte times between reads rather than
    waking once per byte.
    """

    def __init__(
        self,
        url: str,
        settings: SerialSettings,
        *,
        exclusive: bool = True,
        capture: TrafficCapture | None = None,
        locator: PortLocator | None = None,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        line_gap_s: float | None = None,
    ) -> None:
        """Open ``url`` now; raise :class:`PortBusy` or :class:`PortGone` when that fails."""
        self.url = url
        self.settings = settings
        self.exclusive = exclusive
        self.capture = capture
        self.poll_interval_s = poll_interval_s
        self.line_gap_s = (
            line_gap_s if line_gap_s is not None else 0.05 + 20 * settings.byte_time_s()
        )
        self.coalesce_s = min(0.01, 8 * settings.byte_time_s())
        self._locator = locator if locator is not None else _default_locator(url)
        self._buffer = bytearray()
        self._drained_at = 0.0  # when a read last emptied the port's receive buffer
        self._skipping_to_terminator = False
        self._pending_error: PortGone | None = None
        self._abort_error: DeviceError | None = None
        self._interrupted = threading.Event()
        self._serial: Any = _open_serial(url, settings, exclusive, poll_interval_s)

    # -- state ---------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """True while the underlying port is open."""
        return self._serial is not None and bool(self._serial.is_open)

    def close(self) -> None:
        """Close the port; safe to call twice or after the cable was pulled."""
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError) as error:
                _log.debug("closing %s failed: %s", self.url, error)
        self._buffer.clear()

    def __enter__(self) -> LinePort:
        """Use the port as a context manager that closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the port."""
        self.close()

    def _port(self) -> Any:
        if self._abort_error is not None:
            raise self._abort_error
        if self._serial is None:
            raise PortGone(f"port {self.url} is closed")
        return self._serial

    def _gone(self, error: BaseException) -> PortGone:
        return PortGone(f"port {self.url} is gone: {_one_line(error)}")

    def _record(self, direction: Direction, data: bytes) -> None:
        if self.capture is not None and data:
            self.capture(direction, bytes(data), time.monotonic())

    # -- writing -------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        """Send ``data`` whole; raise :class:`PortGone` if the port disappeared."""
        port = self._port()
        try:
            port.write(data)
        except (serial.SerialException, OSError) as error:
            raise self._gone(error) from error
        self._record("tx", data)

    def discard_input(self) -> None:
        """Forget every byte received so far (buffered here and in the driver)."""
        port = self._port()
        try:
            waiting = port.in_waiting
            stale = bytes(self._buffer) + (port.read(waiting) if waiting else b"")
        except (serial.SerialException, OSError) as error:
            raise self._gone(error) from error
        self._buffer.clear()
        self._skipping_to_terminator = False
        self._record("dropped", stale)

    # -- reading -------------------------------------------------------------------------

    def interrupt(self) -> None:
        """Wake a read waiting in another thread; it returns ``None`` from ``try_read_line``."""
        self._interrupted.set()
        port = self._serial
        cancel = getattr(port, "cancel_read", None)
        if cancel is not None:
            with contextlib.suppress(serial.SerialException, OSError, NotImplementedError):
                cancel()

    def clear_interrupt(self) -> None:
        """Forget an :meth:`interrupt` that no read has consumed yet."""
        self._interrupted.clear()

    def abort(self, error: DeviceError) -> None:
        """From any thread: make every read and write on this port raise ``error`` from now on.

        A read already waiting is woken at once (or within ``poll_interval_s`` on a port type
        that cannot cancel a read), so a command in flight ends promptly. The port stays open
        until its owner closes it; an aborted port never works again.
        """
        self._abort_error = error
        self.interrupt()

    @property
    def aborted(self) -> bool:
        """True after :meth:`abort`."""
        return self._abort_error is not None

    def read_line(
        self,
        terminator: bytes = b"\r\n",
        *,
        max_length: int = DEFAULT_MAX_LINE_LENGTH,
        deadline_s: float = 1.0,
    ) -> bytes:
        """Return the next whole line including ``terminator``, or raise :class:`NoAnswer`."""
        line = self.try_read_line(terminator, max_length=max_length, deadline_s=deadline_s)
        if line is None:
            raise NoAnswer(f"no answer on {self.url} within {deadline_s:g} s")
        return line

    def try_read_line(
        self,
        terminator: bytes = b"\r\n",
        *,
        max_length: int = DEFAULT_MAX_LINE_LENGTH,
        deadline_s: float = 1.0,
        interruptible: bool = False,
    ) -> bytes | None:
        """Return the next whole line, or ``None`` at the deadline (or when interrupted)."""
        ends_at = time.monotonic() + deadline_s
        while True:
            if self._abort_error is not None:
                raise self._abort_error
            line = self._take_line(terminator, max_length)
            if line is not None:
                return line
            if interruptible and self._interrupted.is_set():
                self._interrupted.clear()
                return None
            if time.monotonic() >= ends_at:
                return None  # a partial line stays until silence proves it dead
            self._receive(max_length)

    def _receive(self, max_length: int) -> None:
        if self._pending_error is not None:
            error, self._pending_error = self._pending_error, None
            raise error
        port = self._port()
        chunk = b""
        read_from = time.monotonic()
        try:
            chunk = port.read(1)
            if chunk:
                waiting = port.in_waiting
                if waiting:
                    chunk += port.read(min(waiting, max(max_length, 1) * 4))
        except (serial.SerialException, OSError) as error:
            if not chunk:
                raise self._gone(error) from error
            # Keep what arrived before the port died; whole lines in it still count.
            self._pending_error = self._gone(error)
        if not chunk:
            self._drop_partial_after_proven_silence(read_from)
            return
        # Stamped after the read returned: later than the port was really drained, so the
        # silence measured from here is never longer than the real one.
        self._drained_at = time.monotonic()
        self._record("rx", chunk)
        self._buffer += chunk
        if b"\n" not in chunk and b"\r" not in chunk:
            # A line is arriving byte by byte: let a few more bytes land before the next
            # read instead of waking once per byte (an interrupt still ends the wait at once).
            self._interrupted.wait(self.coalesce_s)

    def _drop_partial_after_proven_silence(self, read_from: float) -> None:
        """After an empty read: drop a partial line if the device was silent long enough.

        The empty read waited at least its timeout after ``read_from`` and saw no byte, so
        nothing arrived from ``_drained_at`` until then. A read that came back before its
        timeout was woken by :meth:`interrupt`: it proves nothing and counts for nothing.
        """
        if not self._buffer:
            return
        timeout = getattr(self._serial, "timeout", None)
        if timeout is None or time.monotonic() - read_from < timeout:
            return
        silent_s = read_from + float(timeout) - self._drained_at
        if silent_s >= self.line_gap_s:
            self._record("dropped", bytes(self._buffer))
            self._buffer.clear()
            self._skipping_to_terminator = False

    def _take_line(self, terminator: bytes, max_length: int) -> bytes | None:
        while True:
            end = self._buffer.find(terminator)
            if end < 0:
                if len(self._buffer) > max_length:
                    keep = len(terminator) - 1
                    cut = len(self._buffer) - keep
                    self._record("dropped", bytes(self._buffer[:cut]))
                    del self._buffer[:cut]
                    self._skipping_to_terminator = True
                return None
            end += len(terminator)
            line = bytes(self._buffer[:end])
            del self._buffer[:end]
            if self._skipping_to_terminator or len(line) > max_length:
                self._skipping_to_terminator = False
                self._record("dropped", line)
                continue
            return line

    # -- reconnecting --------------------------------------------------------------------

    def reconnect(self, deadline_s: float = 5.0, *, retry_interval_s: float = 0.2) -> None:
        """Close, then find the device again and reopen it before the deadline.

        The device is found by its locator: by default the same URL for simulators and
        network ports, and for a local port the same VID:PID plus serial number (or USB
        location when the adapter has no serial number).
        """
        self.close()
        ends_at = time.monotonic() + deadline_s
        waiter = threading.Event()
        last_error: DeviceError | None = None
        while True:
            if self._abort_error is not None:
                raise self._abort_error
            url = self._locator()
            if url is not None:
                try:
                    self._serial = _open_serial(
                        url, self.settings, self.exclusive, self.poll_interval_s
                    )
                except DeviceError as error:
                    last_error = error
                else:
                    self.url = url
                    self._skipping_to_terminator = False
                    self._pending_error = None
                    return
            remaining = ends_at - time.monotonic()
            if remaining <= 0:
                reason = f": {last_error}" if last_error else ""
                raise PortGone(f"port {self.url} did not come back within {deadline_s:g} s{reason}")
            waiter.wait(min(retry_interval_s, remaining))


def _default_locator(url: str) -> PortLocator:
    if "://" in url:
        return lambda: url
    identity = identity_of(url)
    if identity is None:
        return lambda: url
    return lambda: locate(identity)


def open_port(
    url: str,
    settings: SerialSettings | None = None,
    *,
    exclusive: bool = True,
    capture: TrafficCapture | None = None,
    locator: PortLocator | None = None,
    poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
) -> LinePort:
    """Open a port by pyserial URL (``COM3``, ``/dev/ttyUSB0``, ``socket://``, ``sim://NAME`` …)."""
    return LinePort(
        url,
        settings if settings is not None else SerialSettings(),
        exclusive=exclusive,
        capture=capture,
        locator=locator,
        poll_interval_s=poll_interval_s,
    )


def hex_dump_line(direction: Direction, data: bytes, stamp: float, started_at: float) -> str:
    """Format one captured chunk for a support log: time, direction, hex and printable text."""
    arrow = {"tx": "->", "rx": "<-", "dropped": "xx"}[direction]
    text = "".join(chr(byte) if 32 <= byte < 127 else "." for byte in data)
    return f"{stamp - started_at:10.4f} {arrow} {data.hex(' ')}  |{text}|"
