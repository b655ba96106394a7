"""Serial (USB CDC) barcode scanner reader: whole lines become ``Scan`` values on a callback."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Final

from devices.drivers.worker import DeviceWorker
from devices.protocols.scanner import decode_line
from devices.readings import DeviceError, NoAnswer, PortGone, Scan
from devices.transport import LinePort, SerialSettings, TrafficCapture

_log = logging.getLogger("devices.scanner")

TERMINATORS: Final = {"cr": b"\r", "crlf": b"\r\n", "lf": b"\n"}
MAX_SCAN_LENGTH: Final = 4096  # a full DataMatrix holds about 2300 characters
ScanHandler = Callable[[Scan], None]
ErrorHandler = Callable[[DeviceError], None]


def _strip_line(line: bytes, terminator: bytes) -> bytes:
    """Remove the terminator, and a stray LF left over when CR is the terminator."""
    body = line[: -len(terminator)] if line.endswith(terminator) else line
    if terminator == b"\r":
        body = body.lstrip(b"\n")
    return body


def read_scan_line(port: LinePort, terminator: bytes, deadline_s: float) -> Scan | None:
    """Read one scan from an open port; ``None`` when nothing (or only a blank line) came."""
    line = port.try_read_line(terminator, max_length=MAX_SCAN_LENGTH, deadline_s=deadline_s)
    if line is None:
        return None
    body = _strip_line(line, terminator)
    if not body:
        return None
    return decode_line(body, received_at=time.monotonic())


class SerialScanner:
    """A scanner on one serial port: a worker thread reads lines and calls ``on_scan``.

    ``on_scan`` and ``on_error`` run on the port's worker thread; hand results over to the
    GUI thread there. Malformed lines (bad UTF-8, no data) go to ``on_error`` as
    :class:`ProtocolError` and reading goes on. When the port disappears, ``on_error`` hears
    :class:`PortGone` and, with ``reconnect``, the reader waits for the scanner to come back.
    """

    def __init__(
        self,
        url: str,
        on_scan: ScanHandler,
        *,
        settings: SerialSettings | None = None,
        terminator: bytes = b"\r",
        on_error: ErrorHandler | None = None,
        reconnect: bool = True,
        exclusive: bool = True,
        capture: TrafficCapture | None = None,
    ) -> None:
        """Open the port (raises :class:`PortBusy` / :class:`PortGone`) and start reading."""
        if terminator not in TERMINATORS.values():
            raise ValueError("terminator must be CR, CRLF or LF")
        self.url = url
        self.terminator = terminator
        self.on_scan = on_scan
        self.on_error = on_error
        self.reconnect = reconnect
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        port = LinePort(
            url,
            settings if settings is not None else SerialSettings(),
            exclusive=exclusive,
            capture=capture,
        )
        self._worker = DeviceWorker(
            port, name=f"scanner {url}", terminator=terminator, max_line_length=MAX_SCAN_LENGTH
        ).start()
        self._worker.submit(self._read_loop)

    def close(self) -> None:
        """Stop reading and close the port."""
        self._stopping.set()
        self._worker.port.interrupt()
        self._stopped.wait(5.0)
        self._worker.stop()

    def __enter__(self) -> SerialScanner:
        """Use the scanner in a ``with`` block that closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the scanner."""
        self.close()

    def _report(self, error: DeviceError) -> None:
        if self.on_error is None:
            _log.warning("%s", error)
            return
        try:
            self.on_error(error)
        except Exception:
            _log.exception("scanner error handler failed")

    def _read_loop(self, port: LinePort) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    line = port.try_read_line(
                        self.terminator,
                        max_length=MAX_SCAN_LENGTH,
                        deadline_s=1.0,
                        interruptible=True,
                    )
                except PortGone as error:
                    self._report(error)
                    if not self._wait_for_port(port):
                        return
                    continue
                if line is None:
                    continue
                self._deliver(line)
        finally:
            self._stopped.set()

    def _deliver(self, line: bytes) -> None:
        body = _strip_line(line, self.terminator)
        if not body:
            return
        try:
            scan = decode_line(body, received_at=time.monotonic())
        except DeviceError as error:
            self._report(error)
            return
        try:
            self.on_scan(scan)
        except Exception:
            _log.exception("scan handler failed")

    def _wait_for_port(self, port: LinePort) -> bool:
        while self.reconnect and not self._stopping.is_set():
            try:
                port.reconnect(deadline_s=0.5)
            except PortGone:
                continue
            return True
        return False


def read_one_scan(
    url: str,
    *,
    settings: SerialSettings | None = None,
    terminator: bytes = b"\r",
    timeout_s: float = 30.0,
    capture: TrafficCapture | None = None,
) -> Scan:
    """Open the port, wait for one scan, close it; :class:`NoAnswer` when none comes in time."""
    chosen = settings if settings is not None else SerialSettings()
    with LinePort(url, chosen, capture=capture) as port:
        ends_at = time.monotonic() + timeout_s
        while True:
            remaining = ends_at - time.monotonic()
            if remaining <= 0:
                raise NoAnswer(f"no scan on {url} within {timeout_s:g} s")
            scan = read_scan_line(port, terminator, remaining)
            if scan is not None:
                return scan
