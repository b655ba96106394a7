"""Which line speeds each device can use: the device profile refuses any other baud."""

from __future__ import annotations

from devices.readings import ScaleProtocol

STANDARD_BAUDS = (300, 600, 1200, 2400, 4800, 9600, 14400, 19200, 28800, 38400, 57600, 115200)
"""Speeds offered in the profile's baud list (any may be typed; the device's set decides)."""

SCALE_BAUDS: dict[ScaleProtocol, tuple[int, ...]] = {
    # MT-SICS reference manual: the ML series allows 600 to 38400 baud.
    ScaleProtocol.MT_SICS: (600, 1200, 2400, 4800, 9600, 19200, 38400),
    # Sartorius FB/LE manuals: 150 to 19200 baud (the CP series ships at 1200).
    ScaleProtocol.SBI: (150, 300, 600, 1200, 2400, 4800, 9600, 19200),
    # A&D function table "bps": 600 to 19200.
    ScaleProtocol.AND: (600, 1200, 2400, 4800, 9600, 19200),
}
PRINTER_BAUDS = (1200, 2400, 4800, 9600, 14400, 19200, 28800, 38400, 57600, 115200)
"""Zebra ZPL ``^SC``: the serial speeds a Zebra label printer accepts (above 1200)."""
SCANNER_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
"""Usual serial (RS-232 or USB CDC) scanner speeds."""


def allowed_bauds(device: str, protocol: str | None = None) -> tuple[int, ...]:
    """The bauds ``scale`` (with its ``protocol``), ``printer`` or ``scanner`` can use."""
    if device == "scale":
        return SCALE_BAUDS[ScaleProtocol(protocol or ScaleProtocol.MT_SICS.value)]
    if device == "printer":
        return PRINTER_BAUDS
    if device == "scanner":
        return SCANNER_BAUDS
    raise ValueError(f"unknown device {device!r}")
