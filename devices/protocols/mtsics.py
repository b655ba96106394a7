"""Mettler Toledo MT-SICS level 0/1: pure command formatting and reply parsing (bytes ⇄ readings).

Source: MT-SICS Reference Manual 11781363. Every command and reply ends with CR LF.
Weight replies look like ``S S     100.00 g`` (``S`` stable, ``D`` dynamic); ``S +`` is an
overload, ``S -`` an underload, ``S I`` means no stable value (or busy). General errors
``ES``/``ET``/``EL`` carry no command ID. A hardware fault can replace the weight field
(``S S  Error 10b``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from devices.readings import ProtocolError, ScaleReading, WeightStatus

TERMINATOR = b"\r\n"
MAX_LINE_LENGTH = 128

GENERAL_ERRORS = {
    "ES": "the balance did not understand the command (syntax error)",
    "ET": "the balance received garbled bytes (transmission error: check baud rate and parity)",
    "EL": "the balance could not execute the command now (logical error)",
}

COMMAND_STATUS_MEANING = {
    "A": "done",
    "B": "more lines follow",
    "I": "busy, or no stable value before the balance's timeout",
    "L": "parameter refused",
    "+": "overload (above range)",
    "-": "underload (below range)",
}

LEVEL_0_1_COMMANDS = frozenset(
    {"@", "I0", "I1", "I2", "I3", "I4", "S", "SI", "SC", "SIR", "Z", "ZI", "T", "TA", "TAC", "D"}
)

_UNIT = r"(?:[A-Za-z%]{1,4}|/[A-Za-z]{1,3})"
_VALUE = r"-?[0-9]+(?:\.[0-9]+)?"
_WEIGHT_LINE = re.compile(rf"S ([SD]) +({_VALUE}) ({_UNIT})")
_ERROR_LINE = re.compile(r"S ([SD]) +(Error [0-9]{1,3}[A-Za-z]?)")
_WORD = re.compile(r'"[^"\r\n]*"|[^ "\r\n]+')
_WORDS = re.compile(r'(?:"[^"]*"|[^ "]+)(?: +(?:"[^"]*"|[^ "]+))*')
_COMMAND_ID = re.compile(r"[@A-Z][A-Z0-9]{0,4}")


@dataclass(frozen=True)
class MtSicsReply:
    """A reply that is not a weight: ``<ID> <status> [arguments…]`` or a general error."""

    command: str
    status: str
    arguments: tuple[str, ...]
    raw: bytes
    received_at: float

    @property
    def is_general_error(self) -> bool:
        """True for ``ES``, ``ET`` and ``EL``, which carry no command ID."""
        return self.command in GENERAL_ERRORS and self.status == ""

    @property
    def text_arguments(self) -> tuple[str, ...]:
        """Arguments with surrounding quotes removed."""
        return tuple(
            argument[1:-1]
            if len(argument) >= 2 and argument[0] == argument[-1] == '"'
            else argument
            for argument in self.arguments
        )

    def describe(self) -> str:
        """One plain line saying what the reply means."""
        if self.is_general_error:
            return GENERAL_ERRORS[self.command]
        meaning = COMMAND_STATUS_MEANING.get(self.status, f"status {self.status!r}")
        return f"{self.command}: {meaning}"


MtSicsLine = ScaleReading | MtSicsReply


def format_command(command: str, *arguments: str | int) -> bytes:
    """Return the bytes of one command, e.g. ``format_command("SC", 500)`` → ``SC 500`` CR LF."""
    if command not in LEVEL_0_1_COMMANDS:
        raise ValueError(f"not an MT-SICS level 0/1 command: {command!r}")
    parts = [command, *(str(argument) for argument in arguments)]
    text = " ".join(parts)
    if any(character in text for character in "\r\n") or not text.isascii():
        raise ValueError("MT-SICS commands are single-line ASCII")
    return text.encode("ascii") + TERMINATOR


def display_command(text: str) -> bytes:
    """``D "text"``: show text on the balance display (quotes are not allowed inside)."""
    if '"' in text:
        raise ValueError("display text may not contain a double quote")
    return format_command("D", f'"{text}"')


def _strip_terminator(line: bytes) -> str:
    body = line[: -len(TERMINATOR)] if line.endswith(TERMINATOR) else line
    if len(line) > MAX_LINE_LENGTH:
        raise ProtocolError(f"MT-SICS line too long ({len(line)} bytes)")
    if any(byte > 0x7E or (byte < 0x20) for byte in body):
        raise ProtocolError(f"MT-SICS line has non-printable bytes: {line!r}")
    return body.decode("ascii")


def parse_line(line: bytes, received_at: float) -> MtSicsLine:
    """Parse one line: a :class:`ScaleReading` for the ``S`` weight family, else a reply.

    Raises :class:`ProtocolError` for anything that is not a well-formed MT-SICS line.
    """
    text = _strip_terminator(line)
    raw = bytes(line)
    if text.startswith("S "):
        weight = _WEIGHT_LINE.fullmatch(text)
        if weight is not None:
            status_letter, value_text, unit = weight.groups()
            try:
                value = Decimal(value_text)
            except InvalidOperation as error:  # pragma: no cover - the pattern prevents it
                raise ProtocolError(f"bad MT-SICS weight value: {line!r}") from error
            status = WeightStatus.STABLE if status_letter == "S" else WeightStatus.DYNAMIC
            return ScaleReading(value, unit, status, raw, received_at)
        fault = _ERROR_LINE.fullmatch(text)
        if fault is not None:
            return ScaleReading(None, "", WeightStatus.ERROR, raw, received_at, fault.group(2))
        if text == "S +":
            return ScaleReading(None, "", WeightStatus.OVERLOAD, raw, received_at, "overload")
        if text == "S -":
            return ScaleReading(None, "", WeightStatus.UNDERLOAD, raw, received_at, "underload")
    if text in GENERAL_ERRORS:
        return MtSicsReply(text, "", (), raw, received_at)
    words = _WORD.findall(text)
    if not _WORDS.fullmatch(text) or len(words) < 2:
        raise ProtocolError(f"not an MT-SICS reply: {line!r}")
    command, status, *arguments = words
    if not _COMMAND_ID.fullmatch(command) or status not in (*COMMAND_STATUS_MEANING, "S", "D"):
        raise ProtocolError(f"not an MT-SICS reply: {line!r}")
    if command == "S" and status in ("S", "D"):
        raise ProtocolError(f"malformed MT-SICS weight: {line!r}")
    return MtSicsReply(command, status, tuple(arguments), raw, received_at)


def parse_weight(line: bytes, received_at: float) -> ScaleReading:
    """Parse a line that must be a weight frame; any other reply is a :class:`ProtocolError`."""
    parsed = parse_line(line, received_at)
    if isinstance(parsed, MtSicsReply):
        raise ProtocolError(f"expected a weight, got {parsed.describe()}")
    return parsed


def reply_weight(reply: MtSicsReply) -> tuple[Decimal, str]:
    """Value and unit from a ``T S 100.00 g`` or ``TA A 100.00 g`` reply."""
    if len(reply.arguments) != 2:
        raise ProtocolError(f"expected a value and a unit in {reply.raw!r}")
    value_text, unit = reply.arguments
    if not re.fullmatch(_VALUE, value_text) or not re.fullmatch(_UNIT, unit):
        raise ProtocolError(f"expected a value and a unit in {reply.raw!r}")
    return Decimal(value_text), unit


def format_weight(status: WeightStatus, value: Decimal | None = None, unit: str = "g") -> bytes:
    """Return the frame a balance sends for a weight (the simulator uses this)."""
    if status is WeightStatus.OVERLOAD:
        return b"S +" + TERMINATOR
    if status is WeightStatus.UNDERLOAD:
        return b"S -" + TERMINATOR
    if value is None:
        raise ValueError("a stable or dynamic weight needs a value")
    letter = "S" if status is WeightStatus.STABLE else "D"
    return f"S {letter} {value:>10} {unit}".encode("ascii") + TERMINATOR


def format_reply(command: str, status: str, *arguments: str) -> bytes:
    """Return a non-weight reply line such as ``I4 A "B021002593"``."""
    return " ".join((command, status, *arguments)).encode("ascii") + TERMINATOR


def quoted(text: str) -> str:
    """Wrap text in double quotes, as MT-SICS string arguments are."""
    return f'"{text}"'
