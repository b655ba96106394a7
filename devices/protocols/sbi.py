"""Sartorius SBI: pure command formatting and parsing of 16- and 22-character weight output.

A 16-character frame is sign, space, 8 characters of number, space, 3-character unit, CR LF;
the 22-character frame puts a 6-character ID in front. The unit is blank while the weight is
unstable.

Special and error frames, as printed in Sartorius manuals (found and checked for this code;
still to be confirmed on a balance at the counter):

- 22-character form (FB manual p. 66, Master series p. 79, Combics 1 p. 98, Entris II): the
  letters ``Stat`` fill positions 1–4. Errors: ``Stat`` + 5 spaces + ``Err`` + space + a
  2- or 3-digit number, padded to 20 characters (Entris II writes ``ERR`` and also
  ``APP.ERR``, ``DIS.ERR``, ``PRT.ERR``). Status codes sit at positions 13–14: ``H``
  overload, ``L`` underload, ``HH``/``LL`` over/under during checkweighing, ``C``
  calibration/adjustment; Entris II spells them ``High``, ``Low``, ``Cal.Ext.``.
- 16-character form (LE and CP series manuals, "Output Format with 16 Characters"): no
  ``Stat``; the frame holds only ``H``, ``L`` or ``C`` among spaces, or ``Err ###``. The
  exact column of the code is not legible in the copies found, so spacing is not checked.

Every one of these is "no weight": it can never become a stable reading.
"""

from __future__ import annotations

import re
from decimal import Decimal

from devices.readings import ProtocolError, ScaleReading, WeightStatus

ESC = b"\x1b"
TERMINATOR = b"\r\n"
SHORT_FRAME_LENGTH = 16
LONG_FRAME_LENGTH = 22
STATUS_FRAME_LENGTHS = (16, 18, 22)  # 22 as documented; 16/18 when a balance trims the padding

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
_STATUS = re.compile(
    r"Stat +(?P<word>HH|LL|H|L|C|High|Low|Cal\.Ext\.|(?:APP|DIS|PRT)\.ERR"
    r"|[Ee][Rr][Rr] +(?P<code>[0-9]{1,3}))"
)
_SHORT_STATUS = re.compile(r"(?P<word>H|L|C|[Ee]rr +(?P<code>[0-9]{1,3}))")
_STATUS_MEANINGS = {
    "H": (WeightStatus.OVERLOAD, "overload"),
    "High": (WeightStatus.OVERLOAD, "overload"),
    "HH": (WeightStatus.OVERLOAD, "overload (checkweighing)"),
    "L": (WeightStatus.UNDERLOAD, "underload"),
    "Low": (WeightStatus.UNDERLOAD, "underload"),
    "LL": (WeightStatus.UNDERLOAD, "underload (checkweighing)"),
    "C": (WeightStatus.ERROR, "calibration/adjustment in progress"),
    "Cal.Ext.": (WeightStatus.ERROR, "external calibration in progress"),
    "APP.ERR": (WeightStatus.ERROR, "application error (APP.ERR)"),
    "DIS.ERR": (WeightStatus.ERROR, "display error (DIS.ERR)"),
    "PRT.ERR": (WeightStatus.ERROR, "print error (PRT.ERR)"),
}


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


def _status_frame(body: str, length: int) -> tuple[str, str | None] | None:
    """``(word, error number)`` of a special or error frame, or ``None`` for anything else."""
    text = body.strip()
    if text.startswith("Stat") and length in STATUS_FRAME_LENGTHS:
        match = _STATUS.fullmatch(text)
    elif length == SHORT_FRAME_LENGTH:
        match = _SHORT_STATUS.fullmatch(text)
    else:
        match = None
    if match is None:
        return None
    return match.group("word"), match.group("code")


def parse_line(line: bytes, received_at: float) -> ScaleReading:
    """Parse one SBI output frame (16 or 22 characters with CR LF) into a reading.

    Raises :class:`ProtocolError` for anything else. A frame with a blank unit is dynamic.
    """
    body = _body(line)
    raw = bytes(line)
    status = _status_frame(body, len(line))
    if status is not None:
        word, code = status
        if code is not None:
            return ScaleReading(None, "", WeightStatus.ERROR, raw, received_at, f"Err {code}")
        kind, detail = _STATUS_MEANINGS[word]
        return ScaleReading(None, "", kind, raw, received_at, detail)
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
    """Return a ``Stat`` frame laid out as the manuals print it (the simulator uses this).

    ``word`` is ``Err 54`` (number at positions 14–16) or a status code such as ``H`` or
    ``L`` (at positions 13–14); the frame is padded to 22 characters with CR LF. Without
    ``long_frame`` the 16-character form without ``Stat`` is returned.
    """
    if not long_frame:
        return f"{word:^14}".encode("ascii") + TERMINATOR
    if word.lower().startswith("err"):
        number = word[3:].strip()
        body = f"Stat{'':5}Err {number:>3}"
    else:
        body = f"Stat{'':8}{word}"
    return f"{body:<20}".encode("ascii") + TERMINATOR
