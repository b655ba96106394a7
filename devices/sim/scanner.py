"""Simulated serial barcode scanner, and key-event streams of a keyboard-wedge scanner for tests."""

from __future__ import annotations

from devices.protocols.scanner import KeyEvent
from devices.sim.base import SimulatedDevice
from devices.transport import SerialSettings


class SimulatedScanner(SimulatedDevice):
    """A USB-CDC scanner: each :meth:`scan` sends one line, with an optional AIM identifier.

    Bytes from the host are counted and otherwise ignored, like most scanners in serial mode.
    """

    def __init__(
        self,
        name: str,
        settings: SerialSettings | None = None,
        *,
        terminator: bytes = b"\r",
        send_aim_ids: bool = True,
    ) -> None:
        """Create the scanner; :meth:`start` makes it reachable as ``sim://name``."""
        super().__init__(name, settings)
        self.terminator = terminator
        self.send_aim_ids = send_aim_ids

    def on_host_bytes(self, data: bytes) -> None:
        """Ignore host bytes (counted by the base class)."""

    def scan(self, text: str, symbology: str | None = None) -> bytes:
        """Send ``text`` as one scanned line (AIM id first when enabled); return the bytes sent."""
        prefix = symbology if (symbology and self.send_aim_ids) else ""
        line = (prefix + text).encode("utf-8") + self.terminator
        self.inject_to_host(line)
        return line


def wedge_events(
    text: str,
    *,
    start_at: float = 0.0,
    key_interval_s: float = 0.004,
    prefix: str = "",
    suffix: str = "",
    enter: bool = True,
    shift_for_upper: bool = False,
) -> list[KeyEvent]:
    """Key events a keyboard-wedge scanner sends for ``text``: a fast, even burst.

    With ``shift_for_upper``, each capital letter is preceded by a ``Shift`` key event.
    """
    events: list[KeyEvent] = []
    at = start_at
    for char in prefix + text + suffix:
        if shift_for_upper and char.isupper():
            events.append(KeyEvent("Shift", at))
            at += key_interval_s / 2
        events.append(KeyEvent(char, at))
        at += key_interval_s
    if enter:
        events.append(KeyEvent("Enter", at))
    return events


def typing_events(
    text: str, *, start_at: float = 0.0, key_interval_s: float = 0.18, enter: bool = False
) -> list[KeyEvent]:
    """Key events of a person typing ``text`` (about five keys a second by default)."""
    events = [KeyEvent(char, start_at + index * key_interval_s) for index, char in enumerate(text)]
    if enter:
        events.append(KeyEvent("Enter", start_at + len(text) * key_interval_s))
    return events
