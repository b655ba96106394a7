"""A&D balances (GC/EJ/FX-i): pure command formatting and parsing of ``ST,+00123.45  g`` frames.

Source: A&D GC/EJ/FX-i manuals. Header ``ST`` stable, ``US`` unstable, ``QT`` count (stable,
pieces), ``OL`` out of range (``+`` overload, ``-`` underload). Errors are ``EC,Exx``.
Commands ``R`` (re-zero) and ``T`` (tare) answer with ACK (0x06) when the AK setting is on.

Checked against public sources for this code: a frame is 15 characters plus CR LF (17), as in
an A&D HC-i manual's example ``ST,+001.2346 kg`` and in public drivers that read A&D EW and
FX-i balances (they take exactly 17 bytes and the number from bytes 3–11). The same HC-i
manual offers ``WT`` instead of ``ST`` as the stable header (function f-09-02); that option
is not known for the lab balances, so a ``WT`` frame is refused here, never taken as stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from devices.readings import ProtocolError, ScaleReading, WeightStatus

TERMINATOR = b"\r\n"
ACK = b"\x06"
FRAME_LENGTH = 17

COMMANDS = frozenset({"Q", "S", "SI", "SIR", "C", "R", "T", "?ID", "?SN"})

ERROR_CODES = {
    "E00": "communication error (check baud rate and parity)",
    "E01": "undefined command",
    "E02": "not ready (the balance cannot do this now)",
    "E03": "timeout (the command was not finished in time)",
    "E04": "too many characters in the command",
    "E06": "format error",
    "E07": "parameter setting error",
    "E11": "stability error (the weight did not settle)",
    "E20": "calibration weight too heavy",
    "E21": "calibration weight too light",
}

_FRAME = re.compile(r"(ST|US|QT),([+-])([0-9][0-9.]{6}[0-9]) ( [A-Za-z%]|[A-Za-z]{2})")
_OUT_OF_RANGE = re.compile(r"OL,([+-])[0-9. E+]{8,12}")
_ERROR = re.compile(r"EC,(E[0-9]{2})")
_IDENTITY = re.compile(r"(ID|SN),([ -~]{1,24})")


@dataclass(frozen=True)
class AndReply:
    """A non-weight reply: an acknowledgement, an ``EC,Exx`` error or an ``ID``/``SN`` answer."""

    kind: str  # "ack", "error", "ID" or "SN"
    text: str
    raw: bytes
    received_at: float

    def describe(self) -> str:
        """One plain line saying what the reply means."""
        if self.kind == "error":
            meaning = ERROR_CODES.get(self.text, "unknown error")
            return f"balance error {self.text}: {meaning}"
        if self.kind == "ack":
            return "acknowledged"
        return f"{self.kind} {self.text}"


AndLine = ScaleReading | AndReply


def format_command(command: str) -> bytes:
    """Return the bytes of one command such as ``Q`` or ``?SN``."""
    if command not in COMMANDS:
        raise ValueError(f"not an A&D command: {command!r}")
    return command.encode("ascii") + TERMINATOR


def parse_line(line: bytes, received_at: float) -> AndLine:
    """Parse one A&D line into a reading or a reply; raise :class:`ProtocolError` otherwise."""
    raw = bytes(line)
    if not line.endswith(TERMINATOR):
        raise ProtocolError(f"A&D line without CR LF: {line!r}")
    body_bytes = line[: -len(TERMINATOR)]
    if body_bytes == ACK:
        return AndReply("ack", "", raw, received_at)
    if any(byte < 0x20 or byte > 0x7E for byte in body_bytes):
        raise ProtocolError(f"A&D line has non-printable bytes: {line!r}")
    body = body_bytes.decode("ascii")
    frame = _FRAME.fullmatch(body)
    if frame is not None:
        header, sign, number, unit_field = frame.groups()
        if number.count(".") > 1:
            raise ProtocolError(f"A&D weight with two decimal points: {line!r}")
        unit = unit_field.strip()
        if not unit or " " in unit:
            raise ProtocolError(f"A&D weight without a valid unit: {line!r}")
        value = Decimal(number)
        if sign == "-":
            value = -value
        status = WeightStatus.DYNAMIC if header == "US" else WeightStatus.STABLE
        return ScaleReading(value, unit, status, raw, received_at)
    out_of_range = _OUT_OF_RANGE.fullmatch(body)
    if out_of_range is not None:
        over = out_of_range.group(1) == "+"
        status = WeightStatus.OVERLOAD if over else WeightStatus.UNDERLOAD
        return ScaleReading(None, "", status, raw, received_at, "overload" if over else "underload")
    error = _ERROR.fullmatch(body)
    if error is not None:
        return AndReply("error", error.group(1), raw, received_at)
    identity = _IDENTITY.fullmatch(body)
    if identity is not None:
        return AndReply(identity.group(1), identity.group(2).strip(), raw, received_at)
    raise ProtocolError(f"not an A&D line: {line!r}")


def format_weight(value: Decimal, unit: str, *, stable: bool, decimals: int = 2) -> bytes:
    """Return the frame a balance sends (the simulator uses this)."""
    header = "ST" if stable else "US"
    sign = "-" if value < 0 else "+"
    number = f"{abs(value):0{8}.{decimals}f}"
    if len(number) != 8:
        raise ValueError(f"{value} does not fit the 8-character A&D number field")
    return f"{header},{sign}{number} {unit:>2}".encode("ascii") + TERMINATOR


def format_out_of_range(over: bool) -> bytes:
    """Return the ``OL`` frame for an overload (``over``) or an underload."""
    return (b"OL,+9999999E+19" if over else b"OL,-9999999E+19") + TERMINATOR


def format_error(code: str) -> bytes:
    """Return an ``EC,Exx`` error line."""
    return f"EC,{code}".encode("ascii") + TERMINATOR
