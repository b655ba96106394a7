"""List serial ports with their USB identity and find an adapter again after an unplug."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from serial.tools import list_ports


@dataclass(frozen=True)
class PortIdentity:
    """What identifies a USB serial adapter across unplugs (the device path may change).

    CH340 adapters have no serial number; then the USB location (hub port path) is used.
    FTDI dual-channel adapters report the channel as an ``A``/``B`` suffix of the serial.
    """

    vid: int | None
    pid: int | None
    serial_number: str | None
    location: str | None

    def describe(self) -> str:
        """Short form such as ``0403:6001 serial A12345`` for messages."""
        ids = (
            "----:----"
            if self.vid is None or self.pid is None
            else f"{self.vid:04X}:{self.pid:04X}"
        )
        if self.serial_number:
            return f"{ids} serial {self.serial_number}"
        return f"{ids} at USB {self.location or '?'}"


@dataclass(frozen=True)
class PortInfo:
    """One serial port the operating system knows, as listed (nothing was opened)."""

    device: str
    description: str
    hwid: str
    identity: PortIdentity

    def as_json(self) -> dict[str, Any]:
        """JSON-ready mapping for ``devices ports --json``."""
        vid_pid = (
            None
            if self.identity.vid is None or self.identity.pid is None
            else f"{self.identity.vid:04X}:{self.identity.pid:04X}"
        )
        return {
            "device": self.device,
            "description": self.description,
            "vid_pid": vid_pid,
            "serial_number": self.identity.serial_number,
            "location": self.identity.location,
            "hwid": self.hwid,
        }


def _info(port: Any) -> PortInfo:
    return PortInfo(
        device=str(port.device),
        description=str(port.description or ""),
        hwid=str(port.hwid or ""),
        identity=PortIdentity(
            vid=port.vid,
            pid=port.pid,
            serial_number=port.serial_number or None,
            location=port.location or None,
        ),
    )


def list_serial_ports() -> list[PortInfo]:
    """Every serial port of this computer, sorted by device path; opens none of them."""
    return sorted((_info(port) for port in list_ports.comports()), key=lambda info: info.device)


def identity_of(device: str) -> PortIdentity | None:
    """Return the USB identity of a local port path, or ``None`` when it is not a USB adapter."""
    for info in list_serial_ports():
        if info.device == device or (
            device.startswith("/dev/serial/") and _same_file(device, info)
        ):
            if info.identity.vid is None:
                return None
            return info.identity
    return None


def _same_file(path: str, info: PortInfo) -> bool:
    try:
        return os.path.realpath(path) == os.path.realpath(info.device)
    except OSError:
        return False


def matches(identity: PortIdentity, candidate: PortIdentity) -> bool:
    """Say whether ``candidate`` is the same adapter (VID:PID plus serial or USB location)."""
    if (identity.vid, identity.pid) != (candidate.vid, candidate.pid):
        return False
    if identity.serial_number:
        return identity.serial_number == candidate.serial_number
    return identity.location is not None and identity.location == candidate.location


def locate(
    identity: PortIdentity, ports: Callable[[], list[PortInfo]] = list_serial_ports
) -> str | None:
    """Return the path of the adapter with ``identity`` now, or ``None`` while it is absent."""
    for info in ports():
        if matches(identity, info.identity):
            return info.device
    return None
