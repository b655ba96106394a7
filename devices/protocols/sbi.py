"""Sartorius SBI: pure command formatting and parsing of 16- and 22-character weight output.

Sources: Sartorius SBI command reference; Sartorius FB/LE manuals. A 16-character frame is
sign, space, 8 characters of number, space, 3-character unit, CR LF; the 22-character frame
puts a 6-character ID in front. The unit is blank while the weight is unstable. Errors look
like ``Stat     Err ###``; ``Stat`` with ``H``/``L`` marks overload/underload (*guess* from
balance displays: confirm on hardware).
"""

from __future__ import annotations

import re
from decimal import Decimal

from devices.readings import ProtocolError, ScaleReading, WeightStatus

ESC = b"\x1b"
TERMINATOR = b"\r\n"
SHORT_FRAME_LENGTH = 16
LONG_FRAME_LENGTH = 22
STATUS_FRAME_LENGTHS = (16, 18, 22)  # ``Stat     Err ###`` is 16 characters before CR LF

PRINT = ESC + b"P"
TARE_AND_ZERO = ESC + b"T"
TARE = ESC + b"U"
ZERO = ESC + b"V"
ASK_MODEL = ESC + b"x1_"
ASK_SERIAL_NUMBER = ESC + b"x2_"

COMMANDS = {
    "print": PRINT,
    "tare-and-zero": TARE_AND_ZERO,
    "tare": TARE,
    "zero": ZERO,
    "model": ASK_MODEL,
    "serial-number": ASK_SERIAL_NUMBER,
}

_NUMBER = re.compile(r" *-?[0-9]+(?:\.[0-9]+)?|-? *[0-9]+(?:\.[0-9]+)?")
_UNIT = re.compile(r"[A-Za-z%/#]{1,3} *| *[A-Za-z%/#]{1,3}")
_ID = re.compile(r"[A-Za-z0-9#+\- ]{6}")
_STATUS = re.compile(r"Stat *(Err *([0-9]{1,3})|H|L|High|Low)")


def format_command(name: str, *, with_line_end: bool = False) -> bytes:
    """Return the bytes of a named command (``print``, ``tare``, ``zero``, ``model`` …)."""
    try:
        command = COMMANDS[name]
    except KeyError:
        raise ValueError(f"not an SBI command: {name!r}") from None
    return command + (TERMINATOR if with_line_end else b"")


def _body(line: bytes) -> str:
    if not line.endswith(TERMINATOR):
        raise ProtocolError(f"SBI frame without CR LF: {line!r}")
    body = line[: -len(TERMINATOR)]
    if any(byte < 0x20 or byte > 0x7E for byte in body):
        raise ProtocolError(f"SBI frame has non-printable bytes: {line!r}")
    return body.decode("ascii")


def parse_line(line: bytes, received_at: float) -> ScaleReading:
    """Parse one SBI output frame (16 or 22 characters with CR LF) into a reading.

    Raises :class:`ProtocolError` for anything else. A frame with a blank unit is dynamic.
    """
    body = _body(line)
    raw = bytes(line)
    status = _STATUS.fullmatch(body.strip()) if body.lstrip().startswith("Stat") else None
    if status is not None and len(line) in STATUS_FRAME_LENGTHS:
        word = status.group(1)
        if word in ("H", "High"):
            return ScaleReading(None, "", WeightStatus.OVERLOAD, raw, received_at, "overload")
        if word in ("L", "Low"):
            return ScaleReading(None, "", WeightStatus.UNDERLOAD, raw, received_at, "underload")
        return ScaleReading(
            None, "", WeightStatus.ERROR, raw, received_at, f"Err {status.group(2)}"
        )
    if len(line) == LONG_FRAME_LENGTH:
        identifier, body = body[:6], body[6:]
        if not _ID.fullmatch(identifier):
            raise ProtocolError(f"SBI frame with a bad ID field: {line!r}")
    elif len(line) != SHORT_FRAME_LENGTH:
        raise ProtocolError(f"SBI frame must be 16 or 22 characters, not {len(line)}: {line!r}")
    sign, gap, number, gap2, unit = body[0], body[1], body[2:10], body[10], body[11:14]
    if sign not in "+- " or gap != " " or gap2 != " " or not _NUMBER.fullmatch(number):
        raise ProtocolError(f"not an SBI weight frame: {line!r}")
    digits = number.replace(" ", "")
    negative = sign == "-" or digits.startswith("-")
    if sign == "-" and digits.startswith("-"):
        raise ProtocolError(f"SBI weight with two signs: {line!r}")
    value = Decimal(digits.lstrip("-"))
    if negative:
        value = -value
    unit_text = unit.strip()
    if not unit_text:
        return ScaleReading(value, "", WeightStatus.DYNAMIC, raw, received_at)
    if not _UNIT.fullmatch(unit):
        raise ProtocolError(f"SBI frame with a bad unit field: {line!r}")
    return ScaleReading(value, unit_text, WeightStatus.STABLE, raw, received_at)


def parse_text_reply(line: bytes) -> str:
    """Text answer to ``ESC x1_`` (model) or ``ESC x2_`` (serial number), trimmed."""
    body = _body(line).strip()
    if not body:
        raise ProtocolError("empty SBI text reply")
    return body


def format_weight(
    value: Decimal | None,
    unit: str,
    *,
    stable: bool,
    identifier: str | None = None,
    decimals: int = 2,
) -> bytes:
    """Return the frame a balance sends (the simulator uses this); blank unit when unstable."""
    if value is None:
        raise ValueError("an SBI weight frame needs a value")
    sign = "-" if value < 0 else "+"
    number = f"{abs(value):.{decimals}f}"
    if len(number) > 8:
        raise ValueError(f"{value} does not fit the 8-character SBI number field")
    unit_field = f"{unit:<3}" if stable else "   "
    body = f"{sign} {number:>8} {unit_field}"
    if identifier is not None:
        body = f"{identifier:<6}"[:6] + body
    return body.encode("ascii") + TERMINATOR


def format_status(word: str, *, long_frame: bool = False) -> bytes:
    """Return a ``Stat`` frame: ``Err 54``, ``H`` or ``L`` (the simulator uses this)."""
    body = f"Stat{word:>12}"
    if long_frame:
        body = f"{'':6}Stat{word:>10}"
    return body.encode("ascii") + TERMINATOR
