"""Zebra ZPL label printer driver: check status, send the label, check again; silence is a fault."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Final

from devices.drivers.worker import DeviceWorker
from devices.protocols.zpl import (
    CONFIGURATION_REQUEST,
    HOST_STATUS_REQUEST,
    HostStatus,
    Label,
    parse_host_status_detail,
    render_zpl,
)
from devices.readings import NoAnswer, PrinterNotReady, PrinterStatus, ProtocolError
from devices.transport import LinePort, SerialSettings, TrafficCapture

NO_ANSWER_MESSAGE: Final = "printer did not answer — check power, paper and head"
STATUS_REPLY_BYTES: Final = 110  # three ~HS strings, for the wire-time allowance
STATUS_LINE_MAX: Final = 64
DEFAULT_STATUS_TIMEOUT_S: Final = 1.0
DEFAULT_PRINT_TIMEOUT_S: Final = 10.0
POLL_INTERVAL_S: Final = 0.05
_RESULT_MARGIN_S: Final = 2.0


@dataclass(frozen=True)
class PrintReceipt:
    """What happened when a label was printed: both status answers and the bytes sent."""

    before: PrinterStatus
    after: PrinterStatus
    bytes_sent: int
    elapsed_s: float


class LabelPrinter:
    """A ZPL II printer on one serial port, owned by one worker thread.

    Every operation runs as one job on the worker, so a status request never interleaves with
    a label. Methods block the caller until done (call them off the GUI thread), or use the
    ``submit_…`` forms that return futures.
    """

    def __init__(
        self,
        url: str,
        settings: SerialSettings | None = None,
        *,
        status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S,
        print_timeout_s: float = DEFAULT_PRINT_TIMEOUT_S,
        exclusive: bool = True,
        capture: TrafficCapture | None = None,
    ) -> None:
        """Open the port now (raises :class:`PortBusy` / :class:`PortGone`) and start the worker.

        ``status_timeout_s`` is how long the printer may think before answering ``~HS``; the
        wire time of the request, of any label sent just before and of the reply is added.
        ``print_timeout_s`` is how long a sent label may stay in the printer's buffer.
        """
        self.settings = settings if settings is not None else SerialSettings()
        self.status_timeout_s = status_timeout_s
        self.print_timeout_s = print_timeout_s
        port = LinePort(url, self.settings, exclusive=exclusive, capture=capture)
        self._worker = DeviceWorker(port, name=f"printer {url}").start()
        self.url = url

    def close(self) -> None:
        """Stop the worker and close the port."""
        self._worker.stop()

    def __enter__(self) -> LabelPrinter:
        """Use the printer in a ``with`` block that closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the printer."""
        self.close()

    # -- public operations (any thread) ---------------------------------------------------

    def status_detail(self) -> HostStatus:
        """Ask ``~HS`` and return every field; :class:`NoAnswer` if the printer stays silent."""
        deadline = self._status_deadline(0)
        return self._worker.call(
            lambda port: self._request_status(port, 0), deadline + _RESULT_MARGIN_S
        )

    def status(self) -> PrinterStatus:
        """Ask ``~HS`` and return the shared status value."""
        return self.status_detail().to_printer_status()

    def print_label(self, label: Label | bytes) -> PrintReceipt:
        """Print one label: status must be ready, then send, then the label must leave the buffer.

        After sending, ``~HS`` is asked again until the printer reports no format in its
        buffer and no label left to print, with no fault, within ``print_timeout_s``.
        Raises :class:`PrinterNotReady` (nothing sent, or sent and a fault followed),
        :class:`NoAnswer` when a status does not come back or the label stays in the
        buffer, :class:`ProtocolError` for a garbled status.
        """
        data = render_zpl(label) if isinstance(label, Label) else bytes(label)
        if not (data.startswith(b"^XA") and data.rstrip().endswith(b"^XZ")):
            raise ValueError("a label must be one ZPL format, ^XA … ^XZ")
        total = (
            2 * self._status_deadline(0)
            + self.settings.wire_time_s(len(data))
            + self.print_timeout_s
        )
        return self._worker.call(lambda port: self._print(port, data), total + _RESULT_MARGIN_S)

    def configuration(self, timeout_s: float = 3.0) -> str:
        """Return the printer's configuration dump (``^XA^HH^XZ``) as text."""
        return self._worker.call(
            lambda port: self._configuration(port, timeout_s), timeout_s + _RESULT_MARGIN_S
        )

    # -- on the worker thread -------------------------------------------------------------

    def _status_deadline(self, bytes_before: int) -> float:
        wire = self.settings.wire_time_s(
            bytes_before + len(HOST_STATUS_REQUEST) + STATUS_REPLY_BYTES
        )
        return self.status_timeout_s + wire

    def _request_status(self, port: LinePort, bytes_before: int) -> HostStatus:
        port.discard_input()
        port.write(HOST_STATUS_REQUEST)
        ends_at = time.monotonic() + self._status_deadline(bytes_before)
        lines: list[bytes] = []
        for _ in range(3):
            remaining = ends_at - time.monotonic()
            line = port.try_read_line(
                b"\r\n", max_length=STATUS_LINE_MAX, deadline_s=max(0.0, remaining)
            )
            if line is None:
                if lines:
                    raise ProtocolError(
                        f"printer answered only {len(lines)} of 3 status strings — "
                        "check the cable and serial settings"
                    )
                raise NoAnswer(NO_ANSWER_MESSAGE)
            lines.append(line)
            # Once the printer has begun to answer, the rest of its reply gets a full window of
            # its own: a busy host that read the first string late must not cut the answer off.
            ends_at = max(ends_at, time.monotonic() + self._status_deadline(0))
        return parse_host_status_detail(b"".join(lines))

    def _print(self, port: LinePort, data: bytes) -> PrintReceipt:
        started = time.monotonic()
        before = self._request_status(port, 0).to_printer_status()
        if not before.ready:
            raise PrinterNotReady(before)
        port.write(data)
        sent_at = time.monotonic()
        bytes_before = len(data)
        waiter = threading.Event()
        while True:
            after = self._request_status(port, bytes_before).to_printer_status()
            bytes_before = 0
            if not after.ready:
                raise PrinterNotReady(after, after_sending=True)
            if after.formats_in_buffer == 0 and after.labels_remaining == 0:
                return PrintReceipt(before, after, len(data), time.monotonic() - started)
            if time.monotonic() - sent_at > self.print_timeout_s:
                raise NoAnswer(
                    f"label still in the printer after {self.print_timeout_s:g} s "
                    "— check paper and head"
                )
            waiter.wait(POLL_INTERVAL_S)

    def _configuration(self, port: LinePort, timeout_s: float) -> str:
        port.discard_input()
        port.write(CONFIGURATION_REQUEST)
        ends_at = time.monotonic() + timeout_s + self.settings.wire_time_s(4096)
        lines: list[bytes] = []
        while True:
            remaining = ends_at - time.monotonic()
            line = port.try_read_line(b"\r\n", max_length=256, deadline_s=max(0.0, remaining))
            if line is None:
                if not lines:
                    raise NoAnswer(NO_ANSWER_MESSAGE)
                raise ProtocolError("printer configuration dump ended without ETX")
            lines.append(line)
            if b"\x03" in line:
                break
        text = b"".join(lines).decode("ascii", errors="replace")
        return text.replace("\x02", "").replace("\x03", "").rstrip()
