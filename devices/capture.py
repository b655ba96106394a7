"""Device traffic kept for support without its payloads: scans and label fields as length and hash.

A raw monitor hands every chunk of a port's traffic to a :class:`TrafficRecorder` on the
device's thread. The recorder passes it straight through a redactor, so that what it keeps,
shows and gives to the diagnostics bundle never holds what was scanned or printed:

- :class:`ScanFrames` (scanner): each scanned line becomes its length, its AIM identifier
  and a keyed hash; the bytes, their hex and any encoding of them are never kept;
- :class:`ZplFields` (label printer): the label's commands as sent, with the data of every
  ``^FD``/``^FV`` field and every ``^GF``/``~DG`` graphic replaced by its length and a keyed
  hash; the printer's replies (status) as they came;
- :class:`HexDump` (balance): the bytes in hex and as text (weights and commands only).

The hash key is random per recorder and never written anywhere: two scans of one card show
the same hash in one capture, and nothing links a hash to a card or a name outside it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from devices.protocols.scanner import visible
from devices.transport import Direction

MAX_KEPT_LINES = 40_000
"""The newest lines a recorder keeps for the bundle (older ones are dropped first)."""
MAX_FRAME_BYTES = 8192
"""A scanned line longer than this is summarised as it stands and counting starts again."""
_ARROWS = {"tx": "->", "rx": "<-", "dropped": "xx"}


@dataclass(frozen=True)
class CapturedChunk:
    """One line of captured traffic, already safe to show and to keep."""

    direction: Direction
    stamp: float
    text: str


class TrafficRedactor(Protocol):
    """Turns chunks off the wire into lines that hold no payload (called on the device thread)."""

    def feed(self, direction: Direction, data: bytes, stamp: float) -> list[CapturedChunk]:
        """The lines for one chunk (none while a frame is incomplete)."""

    def flush(self, stamp: float) -> list[CapturedChunk]:
        """The lines for what is still waiting for its end (a partial frame)."""


def hex_and_text(data: bytes) -> str:
    """The bytes in hex, then as printable text between bars."""
    text = "".join(chr(byte) if 32 <= byte < 127 else "." for byte in data)
    return f"{data.hex(' ')}  |{text}|"


class HexDump:
    """Everything as it came: for a device whose traffic holds no patient data (the balance)."""

    def feed(self, direction: Direction, data: bytes, stamp: float) -> list[CapturedChunk]:
        """One line per chunk, hex and text."""
        return [CapturedChunk(direction, stamp, hex_and_text(data))]

    def flush(self, stamp: float) -> list[CapturedChunk]:
        """Nothing waits."""
        return []


class _Keyed:
    """A keyed hash with a key of this capture only (random, never stored)."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def digest(self, data: bytes) -> str:
        """The first 12 hex digits of HMAC-SHA-256 over ``data`` under this capture's key."""
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()[:12]


_AIM = re.compile(rb"\][A-Za-z][0-9A-Za-z]")
_LINE_END = re.compile(rb"\r\n|\r|\n")


class ScanFrames(_Keyed):
    """A scanner's traffic: every scanned line as its length, AIM identifier and keyed hash.

    The bytes of a line are collected (in memory) until its CR or LF, then summarised and
    dropped; bytes sent to the scanner are summarised the same way.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pending = bytearray()
        self._pending_since = 0.0

    def _summary(self, frame: bytes, ending: str) -> str:
        match = _AIM.match(frame)
        aim = match.group().decode("ascii") if match else "none"
        body = frame[3:] if match else frame
        controls = sum(1 for byte in body if byte < 0x20 or byte == 0x7F)
        return (
            f"scan: {len(body)} bytes, AIM {aim}, {controls} control character(s), "
            f"ends {ending}, hash {self.digest(body)}"
        )

    def feed(self, direction: Direction, data: bytes, stamp: float) -> list[CapturedChunk]:
        """Summaries of the lines this chunk completes."""
        if direction == "tx":
            return [CapturedChunk("tx", stamp, f"sent {len(data)} bytes, hash {self.digest(data)}")]
        if direction == "dropped":
            # The port gave up on bytes it had already passed on as received: forget them here.
            pending = bytes(self._pending)
            if pending and (data.startswith(pending) or pending.startswith(data)):
                del self._pending[: min(len(data), len(pending))]
            text = f"dropped {len(data)} bytes (not a whole line), hash {self.digest(data)}"
            return [CapturedChunk("dropped", stamp, text)]
        if not self._pending:
            self._pending_since = stamp
        self._pending += data
        lines = []
        while True:
            end = _LINE_END.search(self._pending)
            if end is None:
                break
            frame = bytes(self._pending[: end.start()])
            ending = visible(end.group().decode("ascii"))
            del self._pending[: end.end()]
            if frame:
                lines.append(CapturedChunk("rx", stamp, self._summary(frame, ending)))
            self._pending_since = stamp
        if len(self._pending) > MAX_FRAME_BYTES:
            lines.append(
                CapturedChunk("rx", stamp, self._summary(bytes(self._pending), "not (too long)"))
            )
            self._pending.clear()
        return lines

    def flush(self, stamp: float) -> list[CapturedChunk]:
        """A partial line (no CR or LF yet), summarised like a whole one."""
        if not self._pending:
            return []
        frame, self._pending = bytes(self._pending), bytearray()
        return [CapturedChunk("rx", self._pending_since, self._summary(frame, "not (partial)"))]


_ZPL_PAYLOAD = re.compile(rb"\^F[DV]|\^GF|~DG", re.IGNORECASE)
_ZPL_FIELD_END = re.compile(rb"\^FS", re.IGNORECASE)
_ZPL_NEXT_COMMAND = re.compile(rb"[\^~]")


class ZplFields(_Keyed):
    """A label printer's traffic: commands as sent, field data and graphics as length and hash.

    A field's data runs from ``^FD`` (or ``^FV``) to ``^FS``; a graphic's from ``^GF`` or
    ``~DG`` to the next command. A field cut between two chunks is collected in memory until
    its ``^FS``. What the printer sends back (status replies) is kept as it came.
    """

    def __init__(self) -> None:
        super().__init__()
        self._field: bytearray | None = None
        self._field_is_graphic = False

    def _placeholder(self, data: bytes, graphic: bool) -> bytes:
        what = "graphic" if graphic else "field"
        return f"<{what}: {len(data)} bytes, hash {self.digest(data)}>".encode("ascii")

    def feed(self, direction: Direction, data: bytes, stamp: float) -> list[CapturedChunk]:
        """One line per chunk sent, with the payloads replaced; replies in hex and text."""
        if direction != "tx":
            return [CapturedChunk(direction, stamp, hex_and_text(data))]
        out = bytearray()
        index = 0
        while index < len(data):
            if self._field is not None:
                end_pattern = _ZPL_NEXT_COMMAND if self._field_is_graphic else _ZPL_FIELD_END
                end = end_pattern.search(data, index)
                if end is None:
                    self._field += data[index:]
                    break
                self._field += data[index : end.start()]
                out += self._placeholder(bytes(self._field), self._field_is_graphic)
                self._field = None
                index = end.start()
                continue
            start = _ZPL_PAYLOAD.search(data, index)
            if start is None:
                out += data[index:]
                break
            out += data[index : start.end()]
            self._field = bytearray()
            self._field_is_graphic = start.group().upper() in (b"^GF", b"~DG")
            index = start.end()
        if self._field is not None and not out:
            return []
        return [CapturedChunk(direction, stamp, visible(out.decode("latin-1")))]

    def flush(self, stamp: float) -> list[CapturedChunk]:
        """A field still waiting for its end, as length and hash."""
        if self._field is None:
            return []
        field, self._field = bytes(self._field), None
        text = self._placeholder(field, self._field_is_graphic).decode("ascii")
        return [CapturedChunk("tx", stamp, f"{text} (unfinished)")]


class TrafficRecorder:
    """Collects a port's traffic from the device thread, redacted as it arrives.

    :meth:`capture` is a :data:`~devices.transport.TrafficCapture`: give it to the port. The
    raw chunk goes through the redactor at once and only the redacted line is kept, so no
    payload waits in memory for the reader. :meth:`drain` returns the lines formatted since
    the last call; :attr:`lines` keeps every formatted line for the diagnostics bundle.
    """

    def __init__(self, redactor: TrafficRedactor | None = None) -> None:
        """Empty, stamped from now; without a redactor, every byte is kept (:class:`HexDump`)."""
        self.started = time.monotonic()
        self._redactor: TrafficRedactor = redactor if redactor is not None else HexDump()
        self._lock = threading.Lock()
        self._waiting: deque[CapturedChunk] = deque()
        self.lines: deque[str] = deque(maxlen=MAX_KEPT_LINES)
        """Every formatted line so far (the diagnostics bundle takes them)."""

    def capture(self, direction: Direction, data: bytes, stamp: float) -> None:
        """Redact one chunk and keep its lines (called on the device's thread)."""
        with self._lock:
            self._waiting.extend(self._redactor.feed(direction, bytes(data), stamp))

    def format(self, chunk: CapturedChunk) -> str:
        """One line for people: seconds since the start, direction, what was captured."""
        return f"{chunk.stamp - self.started:10.4f} {_ARROWS[chunk.direction]} {chunk.text}"

    def drain(self, *, flush: bool = False) -> list[str]:
        """The lines captured since the last drain (``flush``: with any partial frame)."""
        with self._lock:
            if flush:
                self._waiting.extend(self._redactor.flush(time.monotonic()))
            chunks, self._waiting = list(self._waiting), deque()
        lines = [self.format(chunk) for chunk in chunks]
        self.lines.extend(lines)
        return lines


RedactorFactory = Callable[[], TrafficRedactor]
"""Makes a fresh redactor (with its own hash key) for each recorder."""
