"""Values every device layer shares: scale readings, printer status and scans."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal


class DeviceError(Exception):
    """Base of every device failure; ``str()`` is one clear line for a technician."""


class PortBusy(DeviceError):
    """The port is held by another program."""


class PortGone(DeviceError):
    """The port disappeared (cable pulled, adapter unplugged) or cannot be opened."""


class NoAnswer(DeviceError):
    """The device did not answer within the deadline."""


class ProtocolError(DeviceError):
    """The device answered with bytes that are not a valid frame, or with an error reply."""


class WeightStatus(enum.Enum):
    """What a balance said about the value it sent."""

    STABLE = "stable"
    DYNAMIC = "dynamic"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    ERROR = "error"


@dataclass(frozen=True)
class ScaleReading:
    """One weight frame from a balance, with the bytes it came from.

    ``value`` is ``None`` whenever the frame carries no weight (overload, underload, error).
    ``received_at`` is a ``time.monotonic()`` stamp taken when the frame's last byte arrived.
    """

    value: Decimal | None
    unit: str
    status: WeightStatus
    raw: bytes
    received_at: float
    detail: str = ""

    @property
    def is_stable(self) -> bool:
        """True only for a stable frame that carries a value."""
        return self.status is WeightStatus.STABLE and self.value is not None


@dataclass(frozen=True)
class PrinterStatus:
    """The parsed answer to a ZPL ``~HS`` host status request."""

    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    under_temperature: bool = False
    over_temperature: bool = False
    formats_in_buffer: int = 0
    labels_remaining: int = 0
    raw: bytes = b""

    @property
    def faults(self) -> tuple[str, ...]:
        """Every condition that stops printing, as short technician-readable words."""
        names = (
            ("paper_out", "paper out"),
            ("head_open", "head open"),
            ("paused", "paused"),
            ("ribbon_out", "ribbon out"),
            ("buffer_full", "buffer full"),
            ("under_temperature", "head too cold"),
            ("over_temperature", "head too hot"),
        )
        return tuple(text for attribute, text in names if getattr(self, attribute))

    @property
    def ready(self) -> bool:
        """True when nothing stops the printer from printing."""
        return not self.faults


@dataclass(frozen=True)
class Scan:
    """One barcode read: its text, the AIM symbology identifier if sent, and the raw bytes."""

    text: str
    symbology: str | None = None
    raw: bytes = b""
    received_at: float = 0.0
    extras: dict[str, str] = field(default_factory=dict)


class ScaleOverload(DeviceError):
    """The load is above the balance's range."""


class ScaleUnderload(DeviceError):
    """The balance reads below its range (pan missing or zeroed with a load on)."""


class NoStableWeight(DeviceError):
    """The balance did not report a stable weight before the deadline."""


class ScaleFault(DeviceError):
    """The balance reported a hardware fault or refused a command."""


_PRINTER_FAULT_HINTS = {
    "paper out": "load labels",
    "head open": "close the print head",
    "paused": "press pause to resume",
    "ribbon out": "load ribbon",
    "buffer full": "wait for queued labels",
    "head too cold": "let the printer warm up",
    "head too hot": "let the head cool down",
}


class PrinterNotReady(DeviceError):
    """The printer reports a condition that stops printing; ``status`` has the details."""

    def __init__(self, status: PrinterStatus, *, after_sending: bool = False) -> None:
        """Build one line naming every fault and what to do about it."""
        self.status = status
        self.after_sending = after_sending
        hints = "; ".join(f"{fault} ({_PRINTER_FAULT_HINTS[fault]})" for fault in status.faults)
        when = "label sent, but printer now reports" if after_sending else "printer not ready"
        super().__init__(f"{when}: {hints or 'unknown fault'}")


class ScaleProtocol(enum.Enum):
    """Which command set a balance speaks."""

    MT_SICS = "mt-sics"
    SBI = "sbi"
    AND = "and"
