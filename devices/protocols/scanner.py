"""Scanned text ⇄ meaning: AIM identifiers, GS1 and IFA pack codes, keyboard-wedge decoding."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from devices.readings import ProtocolError, Scan

GS: Final = "\x1d"
RS: Final = "\x1e"
EOT: Final = "\x04"

# --------------------------------------------------------------------------------------------
# AIM symbology identifiers (ISO/IEC 15424): "]" + code character + modifier character
# --------------------------------------------------------------------------------------------

SYMBOLOGY_NAMES: Final = {
    "]C0": "Code 128",
    "]C1": "GS1-128",
    "]d1": "DataMatrix",
    "]d2": "GS1 DataMatrix",
    "]Q1": "QR Code",
    "]Q3": "GS1 QR Code",
    "]E0": "EAN-13 / UPC-A",
    "]E4": "EAN-8",
    "]e0": "GS1 DataBar",
    "]A0": "Code 39",
    "]I0": "Interleaved 2 of 5",
    "]L2": "PDF417",
    "]z0": "Aztec",
}

#: AIM identifiers whose data is a GS1 element string (FNC1 in first position).
GS1_SYMBOLOGIES: Final = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})

_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")


def split_aim(line: str) -> tuple[str | None, str]:
    """Split an AIM symbology identifier (``]d2``…) off the front of a scanned line.

    Returns ``(identifier, data)``; the identifier is ``None`` when the line does not start
    with one. Never raises.
    """
    if _AIM.match(line):
        return line[:3], line[3:]
    return None, line


def symbology_name(identifier: str | None) -> str:
    """Name an AIM identifier for people (``GS1 DataMatrix``), or return the identifier itself."""
    if identifier is None:
        return "unknown"
    return SYMBOLOGY_NAMES.get(identifier, identifier)


def visible(text: str) -> str:
    """Show control characters as ``<GS>``, ``<RS>``, ``<EOT>``, ``<CR>``… for a technician."""
    names = {0x04: "EOT", 0x09: "TAB", 0x0A: "LF", 0x0D: "CR", 0x1D: "GS", 0x1E: "RS", 0x7F: "DEL"}
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or code == 0x7F:
            out.append(f"<{names.get(code, f'0x{code:02X}')}>")
        else:
            out.append(char)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Pack codes: GS1 element strings and German IFA (securPharm) codes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackCode:
    """What a medicine pack's code says: product, batch, expiry and serial.

    ``gtin`` is the 14-digit GTIN/NTIN (GS1 codes); ``ppn`` the 12-character Pharmacy Product
    Number (IFA codes). ``pzn`` is the German PZN when it can be derived from either.
    ``source`` is ``"gs1"`` or ``"ifa"``.
    """

    source: str
    gtin: str | None
    batch: str | None
    expiry: dt.date | None
    serial: str | None
    ppn: str | None = None
    symbology: str | None = None

    @property
    def pzn(self) -> str | None:
        """The eight-digit PZN, from a PPN ``11…`` or a German NTIN ``04150…``."""
        if self.ppn is not None and self.ppn.startswith("11"):
            return self.ppn[2:10]
        if self.gtin is not None and self.gtin.startswith("04150"):
            return self.gtin[5:13]
        return None

    @property
    def product_id(self) -> str:
        """The product identifier: GTIN, else PPN (one of them is always set)."""
        return self.gtin or self.ppn or ""

    def as_json(self) -> dict[str, str | None]:
        """Return a JSON-ready mapping for the command line and logs."""
        return {
            "source": self.source,
            "gtin": self.gtin,
            "ppn": self.ppn,
            "pzn": self.pzn,
            "batch": self.batch,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "serial": self.serial,
        }


def gs1_check_digit(digits: str) -> int:
    """Compute the GS1 mod-10 check digit for a string of digits (without the check digit)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        total += int(char) * (3 if index % 2 == 0 else 1)
    return (10 - total % 10) % 10


def _expiry(yymmdd: str, pivot: dt.date | None = None) -> dt.date:
    """YYMMDD with day 00 meaning the month's last day; years within ±50 of ``pivot``."""
    if not re.fullmatch(r"[0-9]{6}", yymmdd):
        raise ProtocolError("expiry date is not six digits YYMMDD")
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    today = pivot or dt.date.today()
    century = today.year - today.year % 100
    full_year = century + year
    if full_year - today.year > 50:
        full_year -= 100
    elif today.year - full_year >= 50:
        full_year += 100
    if not 1 <= month <= 12:
        raise ProtocolError("expiry month is not 01 to 12")
    last = calendar.monthrange(full_year, month)[1]
    if day == 0:
        day = last
    if not 1 <= day <= last:
        raise ProtocolError("expiry day does not exist in that month")
    return dt.date(full_year, month, day)


def parse_gs1(data: str, symbology: str | None = None) -> PackCode:
    """Parse a GS1 element string (GS-separated, optional leading GS) into a :class:`PackCode`.

    AI 01 (GTIN-14, check digit verified) is required; 17 (expiry, day 00 = end of month),
    10 (batch) and 21 (serial) are taken when present. Raises :class:`ProtocolError`.
    """
    if not data.strip(GS):
        raise ProtocolError("GS1 code is empty")
    import biip  # loaded at the first pack code: importing it takes ~0.1 s
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse(data)
    except (biip.BiipException, ValueError, IndexError, OverflowError) as error:
        raise ProtocolError(f"not a valid GS1 element string: {_short(error)}") from error
    values: dict[str, str] = {}
    expiry: dt.date | None = None
    for element in message.element_strings:
        ai = element.ai.ai
        if ai in values:
            raise ProtocolError(f"GS1 code repeats AI ({ai})")
        values[ai] = element.value
        if ai == "17":
            expiry = element.date
    gtin = values.get("01")
    if gtin is None:
        raise ProtocolError("GS1 code has no GTIN (AI 01): not a pack code")
    if not re.fullmatch(r"[0-9]{14}", gtin) or gs1_check_digit(gtin[:13]) != int(gtin[13]):
        raise ProtocolError("GTIN check digit is wrong")
    if "17" in values and expiry is None:
        expiry = _expiry(values["17"])
    return PackCode(
        source="gs1",
        gtin=gtin,
        batch=values.get("10"),
        expiry=expiry,
        serial=values.get("21"),
        symbology=symbology,
    )


def _short(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return visible(text)[:120]


IFA_HEADER: Final = "[)>" + RS + "06" + GS


def ppn_check(ppn_body: str) -> str:
    """Compute a PPN's two check digits: sum of ASCII code × weight (from 2), modulo 97."""
    total = sum(ord(char) * weight for weight, char in enumerate(ppn_body, start=2))
    return f"{total % 97:02d}"


def pzn_check_digit(first_seven: str) -> int:
    """PZN8 check digit: digits weighted 1..7, modulo 11 (10 means the PZN is not valid)."""
    return sum(int(char) * weight for weight, char in enumerate(first_seven, start=1)) % 11


_IFA_IDENTIFIERS: Final = ("16D", "9N", "1T", "8P", "D", "S")  # longest first
_IFA_DATA_CHARS = re.compile(r"[!-~ ]{1,20}")


def parse_ifa(data: str, symbology: str | None = None) -> PackCode:
    """Parse a German IFA (securPharm) code ``[)>`` RS ``06`` GS ``9N…`` GS ``1T…`` … RS EOT.

    Data identifiers: 9N PPN (check digits verified), 1T batch, D expiry YYMMDD (day 00 =
    end of month), S serial; 8P (GTIN) and 16D (production date) are accepted and 8P kept.
    """
    if not data.startswith(IFA_HEADER):
        raise ProtocolError("not an IFA code: it does not start with [)> RS 06 GS")
    body = data[len(IFA_HEADER) :]
    if body.endswith(RS + EOT):
        body = body[:-2]
    elif body.endswith(RS):
        body = body[:-1]
    if RS in body or EOT in body:
        raise ProtocolError("IFA code has a record separator inside its data")
    values: dict[str, str] = {}
    for element in body.split(GS):
        identifier = next(
            (name for name in _IFA_IDENTIFIERS if element.startswith(name)),
            None,
        )
        if identifier is None:
            shown = visible(element[:8])
            raise ProtocolError(f"IFA code has an unknown data identifier in {shown!r}")
        value = element[len(identifier) :]
        if identifier in values:
            raise ProtocolError(f"IFA code repeats data identifier {identifier}")
        if not _IFA_DATA_CHARS.fullmatch(value):
            raise ProtocolError(f"IFA element {identifier} is empty, too long or not printable")
        values[identifier] = value
    ppn = values.get("9N")
    if ppn is None:
        raise ProtocolError("IFA code has no PPN (9N)")
    if not re.fullmatch(r"[0-9A-Z]{10}[0-9]{2}", ppn) or ppn_check(ppn[:10]) != ppn[10:]:
        raise ProtocolError("PPN check digits are wrong")
    if ppn.startswith("11"):
        pzn = ppn[2:10]
        if not pzn.isdigit() or pzn_check_digit(pzn[:7]) != int(pzn[7]):
            raise ProtocolError("PZN check digit inside the PPN is wrong")
    gtin = values.get("8P")
    if gtin is not None and (
        not re.fullmatch(r"[0-9]{14}", gtin) or gs1_check_digit(gtin[:13]) != int(gtin[13])
    ):
        raise ProtocolError("GTIN (8P) check digit is wrong")
    expiry = _expiry(values["D"]) if "D" in values else None
    return PackCode(
        source="ifa",
        gtin=gtin,
        batch=values.get("1T"),
        expiry=expiry,
        serial=values.get("S"),
        ppn=ppn,
        symbology=symbology,
    )


def _looks_like_bare_gs1(data: str) -> bool:
    """Tell whether text starts ``01`` + a GTIN with a right check digit (GS1 without AIM id)."""
    match = re.match(r"\x1d?01([0-9]{14})", data)
    if match is None:
        return False
    gtin = match.group(1)
    return gs1_check_digit(gtin[:13]) == int(gtin[13])


def parse_pack_code(scan: Scan) -> PackCode | None:
    """Read a pack code from a scan, or ``None`` when the scan is not one (a patient card…).

    A GS1 symbology identifier (``]d2``, ``]C1``, ``]Q3``…) or an IFA header makes the scan a
    pack code, and then a malformed one raises :class:`ProtocolError`. Without an identifier,
    text starting ``01`` + a GTIN with a valid check digit is tried as GS1.
    """
    text = scan.text
    if text.startswith(IFA_HEADER):
        return parse_ifa(text, scan.symbology)
    if scan.symbology in GS1_SYMBOLOGIES:
        return parse_gs1(text, scan.symbology)
    if scan.symbology is None and _looks_like_bare_gs1(text):
        try:
            return parse_gs1(text, None)
        except ProtocolError:
            return None
    return None


def decode_line(raw: bytes, received_at: float = 0.0, encoding: str = "utf-8") -> Scan:
    """Turn one scanned line (terminator already removed) into a :class:`Scan`.

    The AIM identifier is split off; GS and other control characters are kept in ``text``.
    Bytes that are not valid in ``encoding`` raise :class:`ProtocolError`.
    """
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise ProtocolError(f"scanned bytes are not valid {encoding}") from error
    symbology, text = split_aim(line)
    if not text:
        raise ProtocolError("scan carried no data")
    return Scan(text=text, symbology=symbology, raw=bytes(raw), received_at=received_at)


def describe_scan(scan: Scan) -> dict[str, object]:
    """Describe a scan for JSON: visible text, symbology and any pack-code fields."""
    result: dict[str, object] = {
        "text": visible(scan.text),
        "symbology": scan.symbology,
        "symbology_name": symbology_name(scan.symbology),
        "raw_hex": scan.raw.hex(" "),
    }
    try:
        pack = parse_pack_code(scan)
    except ProtocolError as error:
        result["pack_error"] = str(error)
    else:
        result["pack"] = pack.as_json() if pack else None
    return result


# --------------------------------------------------------------------------------------------
# Keyboard wedge: find scanner bursts in a stream of key events
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyEvent:
    """One key press: a single character, or a key name such as ``Enter`` or ``Shift``."""

    key: str
    at: float

    @property
    def is_character(self) -> bool:
        """True when the key produced one character of text."""
        return len(self.key) == 1


@dataclass(frozen=True)
class WedgeConfig:
    """How to tell scans from typing.

    With ``prefix`` set, a scan is the text between the prefix and the suffix (or a
    terminator key). Without a prefix, a scan is a burst of at least ``min_length``
    characters whose keys all follow each other within ``max_gap_s`` and that ends with a
    terminator key (or with ``suffix``). Modifier keys (``ignored_keys``) are dropped first:
    they carry no text and a scanner sends them too.
    """

    prefix: str = ""
    suffix: str = ""
    max_gap_s: float = 0.05
    min_length: int = 4
    terminator_keys: tuple[str, ...] = ("Enter", "Return")
    ignored_keys: tuple[str, ...] = ("Shift", "Control", "Alt", "AltGr", "CapsLock", "Meta")
    split_aim_id: bool = True

    def __post_init__(self) -> None:
        if not 0.001 <= self.max_gap_s <= 1.0:
            raise ValueError("max_gap_s must be 0.001 to 1 s")
        if self.min_length < 1:
            raise ValueError("min_length must be at least 1")


@dataclass(frozen=True)
class WedgeDecoding:
    """The result of decoding key events: scans, keys typed by a person, and an open tail.

    ``pending`` holds the events of a scan that may still be going on; feed them again in
    front of the next events.
    """

    scans: tuple[Scan, ...]
    typed: tuple[KeyEvent, ...]
    pending: tuple[KeyEvent, ...]


def _make_scan(text: str, at: float, config: WedgeConfig) -> Scan:
    symbology, data = split_aim(text) if config.split_aim_id else (None, text)
    return Scan(text=data, symbology=symbology, raw=text.encode("utf-8"), received_at=at)


def _decode_with_prefix(events: Sequence[KeyEvent], config: WedgeConfig) -> WedgeDecoding:
    scans: list[Scan] = []
    typed: list[KeyEvent] = []
    index = 0
    prefix = list(config.prefix)
    while index < len(events):
        window = [event.key for event in events[index : index + len(prefix)]]
        if window != prefix:
            if window == prefix[: len(window)]:
                return WedgeDecoding(tuple(scans), tuple(typed), tuple(events[index:]))
            typed.append(events[index])
            index += 1
            continue
        start = index
        index += len(prefix)
        text: list[str] = []
        finished = False
        while index < len(events):
            key = events[index].key
            index += 1
            if not config.suffix and key in config.terminator_keys:
                finished = True
                break
            if len(key) == 1:
                text.append(key)
            if config.suffix and "".join(text).endswith(config.suffix):
                del text[len(text) - len(config.suffix) :]
                finished = True
                if index < len(events) and events[index].key in config.terminator_keys:
                    index += 1
                break
        if not finished:
            return WedgeDecoding(tuple(scans), tuple(typed), tuple(events[start:]))
        if text:
            scans.append(_make_scan("".join(text), events[index - 1].at, config))
    return WedgeDecoding(tuple(scans), tuple(typed), ())


def _decode_by_timing(events: Sequence[KeyEvent], config: WedgeConfig) -> WedgeDecoding:
    scans: list[Scan] = []
    typed: list[KeyEvent] = []
    burst: list[KeyEvent] = []

    def burst_text() -> str:
        return "".join(event.key for event in burst if event.is_character)

    def flush_as_typed() -> None:
        typed.extend(burst)
        burst.clear()

    for event in events:
        if burst and event.at - burst[-1].at > config.max_gap_s:
            flush_as_typed()
        if event.key in config.terminator_keys and not config.suffix:
            text = burst_text()
            if burst and len(text) >= config.min_length:
                scans.append(_make_scan(text, event.at, config))
                burst.clear()
            else:
                flush_as_typed()
                typed.append(event)
            continue
        if not event.is_character:
            flush_as_typed()
            typed.append(event)
            continue
        burst.append(event)
        if config.suffix:
            text = burst_text()
            if text.endswith(config.suffix) and len(text) - len(config.suffix) >= config.min_length:
                scans.append(_make_scan(text[: -len(config.suffix)], event.at, config))
                burst.clear()
    return WedgeDecoding(tuple(scans), tuple(typed), tuple(burst))


def decode_wedge(events: Iterable[KeyEvent], config: WedgeConfig | None = None) -> WedgeDecoding:
    """Separate scanner input from human typing in a time-ordered list of key events.

    Pure: the same events and configuration always give the same result. Events out of time
    order raise :class:`ProtocolError`.
    """
    config = config or WedgeConfig()
    ordered = list(events)
    for before, after in itertools.pairwise(ordered):
        if after.at < before.at:
            raise ProtocolError("key events are not in time order")
    ordered = [event for event in ordered if event.key not in config.ignored_keys]
    if config.prefix:
        return _decode_with_prefix(ordered, config)
    return _decode_by_timing(ordered, config)
