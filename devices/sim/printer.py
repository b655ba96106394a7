"""Simulated Zebra ZPL printer: keeps labels, answers ``~HS``, models faults and silence."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

from devices.protocols.zpl import SerialSettingsReport, ready_host_status
from devices.sim.base import SimulatedDevice
from devices.transport import SerialSettings

_COMMAND = re.compile(rb"([\^~])([A-Z@0-9][A-Z0-9]?)")


@dataclass(frozen=True)
class ReceivedField:
    """One ``^FD…^FS`` field of a received label: its origin, the command before it and its data.

    ``data`` has ``^FH`` hex escapes already decoded (as the printer would print it).
    """

    x: int
    y: int
    kind: str
    parameters: str
    data: str


@dataclass(frozen=True)
class ReceivedLabel:
    """A whole ``^XA … ^XZ`` format the printer received, raw and parsed into fields."""

    raw: bytes
    fields: tuple[ReceivedField, ...]
    printed: bool
    received_at: float = 0.0

    @property
    def texts(self) -> tuple[str, ...]:
        """The data of every text field (``^A…``), in order."""
        return tuple(field.data for field in self.fields if field.kind.startswith("A"))


def _decode_hex_escapes(data: bytes, indicator: bytes) -> bytes:
    out = bytearray()
    index = 0
    while index < len(data):
        if data[index : index + 1] == indicator and index + 2 < len(data):
            pair = data[index + 1 : index + 3]
            try:
                out.append(int(pair, 16))
                index += 3
                continue
            except ValueError:
                pass
        out.append(data[index])
        index += 1
    return bytes(out)


def parse_format(raw: bytes) -> tuple[ReceivedField, ...]:
    """Read the fields of one ZPL format the way a printer's parser walks it."""
    fields: list[ReceivedField] = []
    x = y = 0
    kind = ""
    parameters = ""
    hex_indicator: bytes | None = None
    position = 0
    while True:
        match = _COMMAND.search(raw, position)
        if match is None:
            break
        name = match.group(2).decode("ascii")
        start = match.end()
        next_command = _COMMAND.search(raw, start)
        end = next_command.start() if next_command else len(raw)
        argument = raw[start:end]
        position = end
        if name.startswith("FO"):
            numbers = re.findall(rb"[0-9]+", name[2:].encode() + argument)
            x, y = (int(numbers[0]), int(numbers[1])) if len(numbers) >= 2 else (0, 0)
        elif name == "FH":
            hex_indicator = argument[:1] or b"_"
        elif name == "FD":
            data = argument
            if hex_indicator is not None:
                data = _decode_hex_escapes(data, hex_indicator)
            text = data.decode("utf-8", errors="replace").rstrip("\r\n")
            fields.append(ReceivedField(x, y, kind, parameters, text))
            hex_indicator = None
        elif name == "FS":
            kind, parameters = "", ""
        elif name[0] in "AB" or name == "GB":
            kind = name
            parameters = argument.decode("ascii", errors="replace").strip()
    return tuple(fields)


@dataclass
class PrinterState:
    """What the simulated printer is doing; change it with :meth:`SimulatedPrinter.set_state`."""

    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    ribbon_out: bool = False
    over_temperature: bool = False
    silent: bool = False
    answers_when_faulted: bool = False
    paper_left: int | None = None  # labels left on the roll; None = endless


class SimulatedPrinter(SimulatedDevice):
    """A ZPL II label printer on a serial line.

    Formats (``^XA … ^XZ``) are parsed and kept (the last ``keep_labels``); each prints
    ``print_time_s`` after the one before if nothing stops the printer, else it waits in the
    buffer. With ``paper_left`` set, the roll is empty after that many labels: the printer
    finds out when feeding the next one, which stays queued. ``~HS`` is answered with three
    well-formed strings, except when ``silent`` is set or (like real Zebra printers) while
    media is out, the head is open, the ribbon is out or the head is too hot, unless
    ``answers_when_faulted``. ``~PS`` resumes from pause, ``~PP`` pauses, ``~JA`` cancels
    the buffer, and ``^XA^HH^XZ`` returns a configuration dump.
    """

    def __init__(
        self,
        name: str,
        settings: SerialSettings | None = None,
        *,
        state: PrinterState | None = None,
        keep_labels: int = 50,
        print_time_s: float = 0.0,
        label_length_dots: int = 256,
    ) -> None:
        """Create the printer; :meth:`start` makes it reachable as ``sim://name``."""
        super().__init__(name, settings)
        self._state = state if state is not None else PrinterState()
        self.print_time_s = print_time_s
        self.label_length_dots = label_length_dots
        self._buffer = bytearray()
        self._queued: deque[ReceivedLabel] = deque()
        self._printing = 0
        self._labels: deque[ReceivedLabel] = deque(maxlen=keep_labels)
        self._labels_changed = threading.Condition()
        self.status_requests = 0
        self.labels_received = 0

    # -- controls (any thread) -----------------------------------------------------------

    @property
    def state(self) -> PrinterState:
        """A copy of the current state."""
        with self._labels_changed:
            return dataclasses.replace(self._state)

    def set_state(self, **changes: bool | int | None) -> Future[None]:
        """Change faults (``paper_out=True`` …) on the printer's thread; the future says done."""

        def apply() -> None:
            with self._labels_changed:
                for key, value in changes.items():
                    if not hasattr(self._state, key):
                        raise AttributeError(f"no printer state {key!r}")
                    setattr(self._state, key, value)
            self._print_queued()

        return self.run_on_device_thread(apply)

    @property
    def labels(self) -> tuple[ReceivedLabel, ...]:
        """Every kept label, printed or still waiting, oldest first."""
        with self._labels_changed:
            return tuple(self._labels)

    def wait_for_labels(self, count: int, timeout_s: float) -> bool:
        """Wait until at least ``count`` labels were received in total; False at the timeout."""
        with self._labels_changed:
            return self._labels_changed.wait_for(lambda: self.labels_received >= count, timeout_s)

    def wait_for_printed(self, count: int, timeout_s: float) -> bool:
        """Wait until at least ``count`` of the kept labels are printed; False at the timeout."""
        with self._labels_changed:
            return self._labels_changed.wait_for(
                lambda: sum(label.printed for label in self._labels) >= count, timeout_s
            )

    # -- device thread -------------------------------------------------------------------

    def _fault_stops_printing(self) -> bool:
        state = self._state
        return (
            state.paper_out
            or state.head_open
            or state.paused
            or state.ribbon_out
            or state.over_temperature
        )

    def _silenced(self) -> bool:
        state = self._state
        if state.silent:
            return True
        faulted = state.paper_out or state.head_open or state.ribbon_out or state.over_temperature
        return faulted and not state.answers_when_faulted

    def on_host_bytes(self, data: bytes) -> None:
        """Walk the received bytes: immediate ``~`` commands at once, formats when complete."""
        self._buffer += data
        while self._buffer:
            tilde = self._buffer.find(b"~")
            start = self._buffer.find(b"^XA")
            if tilde >= 0:  # immediate commands act on arrival, even in the middle of a format
                if len(self._buffer) < tilde + 3:
                    return
                command = bytes(self._buffer[tilde + 1 : tilde + 3])
                del self._buffer[tilde : tilde + 3]
                self._immediate(command)
                continue
            if start < 0:
                self._buffer.clear()
                return
            end = self._buffer.find(b"^XZ", start)
            if end < 0:
                del self._buffer[:start]
                return
            raw = bytes(self._buffer[start : end + 3])
            del self._buffer[: end + 3]
            self._format(raw)

    def _immediate(self, command: bytes) -> None:
        if command == b"HS":
            with self._labels_changed:
                self.status_requests += 1
            if not self._silenced():
                self.send_to_host(self._host_status())
        elif command == b"PS":
            with self._labels_changed:
                self._state.paused = False
            self._print_queued()
        elif command == b"PP":
            with self._labels_changed:
                self._state.paused = True
        elif command == b"JA":
            self._queued.clear()

    def _format(self, raw: bytes) -> None:
        if b"^HH" in raw:
            self.send_to_host(self._configuration())
            return
        label = ReceivedLabel(
            raw=raw, fields=parse_format(raw), printed=False, received_at=time.monotonic()
        )
        with self._labels_changed:
            self.labels_received += 1
            self._labels.append(label)
            self._labels_changed.notify_all()
        self._queued.append(label)
        self._print_queued()

    def _print_queued(self) -> None:
        if not self._queued or self._printing or self._fault_stops_printing():
            return
        with self._labels_changed:
            if self._state.paper_left is not None:
                if self._state.paper_left <= 0:
                    self._state.paper_out = True  # found when feeding: the label stays queued
                    return
                self._state.paper_left -= 1
        label = self._queued.popleft()
        self._printing = 1
        self.call_later(self.print_time_s, lambda: self._mark_printed(label))

    def _mark_printed(self, label: ReceivedLabel) -> None:
        self._printing = 0
        with self._labels_changed:
            printed = dataclasses.replace(label, printed=True)
            for index, kept in enumerate(self._labels):
                if kept is label:
                    self._labels[index] = printed
            self._labels_changed.notify_all()
        self._print_queued()

    def _host_status(self) -> bytes:
        state = self._state
        serial = self.settings
        report = SerialSettingsReport(
            baud=serial.baudrate,
            data_bits=serial.bytesize,
            stop_bits=int(serial.stopbits),
            parity={"E": "even", "O": "odd"}.get(serial.parity, "none"),
            handshake="dtr" if serial.rtscts else "xon/xoff",
        )
        status = ready_host_status(
            communication_settings=report.encode(),
            paper_out=state.paper_out,
            paused=state.paused,
            label_length_dots=self.label_length_dots,
            formats_in_buffer=min(len(self._queued), 999),
            partial_format=b"^XA" in self._buffer,
            over_temperature=state.over_temperature,
            head_up=state.head_open,
            ribbon_out=state.ribbon_out,
            labels_remaining=min(len(self._queued) + self._printing, 99_999_999),
        )
        return status.raw

    def _configuration(self) -> bytes:
        state = self._state
        lines = [
            f"  {self.settings.baudrate} ............ BAUD",
            f"  {self.settings.bytesize} BITS ............ DATA BITS",
            "  TEAR OFF .......... PRINT MODE",
            f"  {self.label_length_dots} ............. LABEL LENGTH",
            f"  {'PAUSED' if state.paused else 'READY'} ........... STATUS",
            "  SIMULATED ZPL ..... FIRMWARE",
        ]
        return b"\x02" + "\r\n".join(lines).encode("ascii") + b"\x03\r\n"
