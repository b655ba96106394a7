"""Zebra ZPL II: a label layout model rendered to ZPL text, and the ``~HS`` host status parser."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Final

from devices.readings import PrinterStatus, ProtocolError

# --------------------------------------------------------------------------------------------
# Layout model
# --------------------------------------------------------------------------------------------

STX: Final = 0x02
ETX: Final = 0x03
GS: Final = "\x1d"

#: Host status request (an immediate ``~`` command: the printer answers even mid-job).
HOST_STATUS_REQUEST: Final = b"~HS"
#: Configuration dump (``^HH`` inside a format): the printer sends its configuration label as text.
CONFIGURATION_REQUEST: Final = b"^XA^HH^XZ"


@dataclass(frozen=True)
class LabelSize:
    """The printable area of a label in printer dots, and the head's dots per inch."""

    width_dots: int
    height_dots: int
    dpi: int = 203

    def __post_init__(self) -> None:
        if not (1 <= self.width_dots <= 32000 and 1 <= self.height_dots <= 32000):
            raise ValueError("label size must be 1 to 32000 dots each way")
        if self.dpi not in (152, 203, 300, 600):
            raise ValueError("dpi must be one of 152, 203, 300, 600")

    @classmethod
    def from_mm(cls, width_mm: float, height_mm: float, dpi: int = 203) -> LabelSize:
        """Size a label given in millimetres for a head of ``dpi`` dots per inch."""
        return cls(round(width_mm * dpi / 25.4), round(height_mm * dpi / 25.4), dpi)


def _check_position(x: int, y: int) -> None:
    if not (0 <= x <= 32000 and 0 <= y <= 32000):
        raise ValueError("field origin must be 0 to 32000 dots")


@dataclass(frozen=True)
class TextField:
    """One line of text in scalable font 0; ``height`` and ``width`` (0 = proportional) in dots."""

    x: int
    y: int
    text: str
    height: int = 30
    width: int = 0

    def __post_init__(self) -> None:
        _check_position(self.x, self.y)
        if not (10 <= self.height <= 32000 and 0 <= self.width <= 32000):
            raise ValueError("font height must be 10 to 32000 dots, width 0 to 32000")


@dataclass(frozen=True)
class DataMatrixCode:
    """A DataMatrix ECC 200 symbol; ``module`` is one cell's size in dots; ``gs1`` starts with FNC1.

    In GS1 mode a GS (0x1D) in ``data`` ends a variable-length element and is sent as FNC1.
    """

    x: int
    y: int
    data: str
    module: int = 5
    gs1: bool = False

    def __post_init__(self) -> None:
        _check_position(self.x, self.y)
        if not 1 <= self.module <= 100:
            raise ValueError("DataMatrix module size must be 1 to 100 dots")
        if not self.data:
            raise ValueError("DataMatrix data must not be empty")


@dataclass(frozen=True)
class QrCode:
    """A QR code (model 2); ``magnification`` 1–10 is one module's size in dots."""

    x: int
    y: int
    data: str
    magnification: int = 4
    error_correction: str = "Q"

    def __post_init__(self) -> None:
        _check_position(self.x, self.y)
        if not 1 <= self.magnification <= 10:
            raise ValueError("QR magnification must be 1 to 10")
        if self.error_correction not in ("H", "Q", "M", "L"):
            raise ValueError("QR error correction must be H, Q, M or L")
        if not self.data:
            raise ValueError("QR data must not be empty")


_CODE128_SAFE = re.compile(r"[ !-=?-\]`-}]*")  # printable ASCII without > ^ _ ~


@dataclass(frozen=True)
class Code128:
    """A Code 128 bar code with its text printed below; printable ASCII without ``> ^ _ ~``."""

    x: int
    y: int
    data: str
    height: int = 60
    module_width: int = 2

    def __post_init__(self) -> None:
        _check_position(self.x, self.y)
        if not self.data or not _CODE128_SAFE.fullmatch(self.data):
            raise ValueError("Code 128 data must be printable ASCII without > ^ _ ~")
        if not (1 <= self.height <= 32000 and 1 <= self.module_width <= 10):
            raise ValueError("Code 128 height must be 1 to 32000 dots, module width 1 to 10")


@dataclass(frozen=True)
class Box:
    """A rectangle outline (``^GB``); a line is a box as high (or wide) as its ``thickness``."""

    x: int
    y: int
    width: int
    height: int
    thickness: int = 2

    def __post_init__(self) -> None:
        _check_position(self.x, self.y)
        if not (1 <= self.thickness <= 32000):
            raise ValueError("line thickness must be 1 to 32000 dots")
        if not (self.thickness <= self.width <= 32000 and self.thickness <= self.height <= 32000):
            raise ValueError("box width and height must be at least the line thickness")


Element = TextField | DataMatrixCode | QrCode | Code128 | Box


@dataclass(frozen=True)
class Label:
    """A whole label: its size and the elements placed on it, in drawing order."""

    size: LabelSize
    elements: tuple[Element, ...]
    copies: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 99:
            raise ValueError("copies must be 1 to 99")


def escape_field_text(text: str) -> str:
    """Escape text for ``^FH_^FD…^FS``: ``_ ^ ~`` and control characters become ``_XX`` hex.

    Non-ASCII characters stay as they are and travel as UTF-8 under ``^CI28``.
    """
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char in "_^~" or code < 0x20 or code == 0x7F:
            out.append(f"_{code:02X}")
        else:
            out.append(char)
    return "".join(out)


def escape_datamatrix(data: str, gs1: bool) -> str:
    """Encode data for ``^BX…,_`` (escape character ``_``): GS becomes FNC1 in GS1 mode.

    ``^ ~ _`` and control characters are written as ``_dNNN``; nothing in the result can
    start a ZPL command. Characters above 0xFF cannot be encoded and are refused.
    """
    out: list[str] = ["_1"] if gs1 else []
    for char in data:
        code = ord(char)
        if code > 0xFF:
            raise ValueError("DataMatrix data must be Latin-1")
        if gs1 and char == GS:
            out.append("_1")
        elif char in "_^~" or code < 0x20 or code >= 0x7F:
            out.append(f"_d{code:03d}")
        else:
            out.append(char)
    return "".join(out)


def _is_three_digits(text: str) -> bool:
    return len(text) == 3 and all(char in "0123456789" for char in text)


def unescape_datamatrix(field_data: str) -> tuple[str, bool]:
    """What a printer encodes for ``^BX…,_`` field data: ``(data, gs1)``; undoes the escaping.

    ``_1`` first makes a GS1 symbol (FNC1 first); a later ``_1`` is FNC1, returned as GS.
    ``_dNNN`` is the character with decimal code NNN; any other character stands for itself.
    """
    gs1 = field_data.startswith("_1")
    text = field_data[2:] if gs1 else field_data
    out: list[str] = []
    index = 0
    while index < len(text):
        if text.startswith("_1", index):
            out.append(GS)
            index += 2
        elif text.startswith("_d", index) and _is_three_digits(text[index + 2 : index + 5]):
            out.append(chr(int(text[index + 2 : index + 5])))
            index += 5
        else:
            out.append(text[index])
            index += 1
    return "".join(out), gs1


def _field_data(text: str) -> str:
    """``^FD…^FS``, preceded by ``^FH_`` only when the text needed escaping."""
    escaped = escape_field_text(text)
    return f"^FD{escaped}^FS" if escaped == text else f"^FH_^FD{escaped}^FS"


def _render_element(element: Element) -> str:
    origin = f"^FO{element.x},{element.y}"
    if isinstance(element, TextField):
        return f"{origin}^A0N,{element.height},{element.width}{_field_data(element.text)}"
    if isinstance(element, DataMatrixCode):
        return (
            f"{origin}^BXN,{element.module},200,0,0,6,_"
            f"^FD{escape_datamatrix(element.data, element.gs1)}^FS"
        )
    if isinstance(element, QrCode):
        data = f"{element.error_correction}A,{element.data}"
        return f"{origin}^BQN,2,{element.magnification}{_field_data(data)}"
    if isinstance(element, Code128):
        return f"{origin}^BY{element.module_width}^BCN,{element.height},Y,N,N^FD{element.data}^FS"
    return f"{origin}^GB{element.width},{element.height},{element.thickness}^FS"


def render_zpl(label: Label) -> bytes:
    """Render the label as one ZPL II format (``^XA … ^XZ``), UTF-8, never a bitmap."""
    parts = ["^XA", "^CI28", f"^PW{label.size.width_dots}", f"^LL{label.size.height_dots}"]
    parts.extend(_render_element(element) for element in label.elements)
    if label.copies != 1:
        parts.append(f"^PQ{label.copies}")
    parts.append("^XZ")
    return "\n".join(parts).encode("utf-8") + b"\n"


def bitmap_size(label: Label) -> int:
    """Bytes of the same label sent as one uncompressed ASCII-hex ``^GF`` graphic (for comparison).

    Each row of ``width_dots`` pixels packs into ``ceil(width/8)`` bytes, sent as two hex
    characters each; the ``^XA^FO0,0^GFA,…^FS^XZ`` wrapper is added.
    """
    row_bytes = (label.size.width_dots + 7) // 8
    total = row_bytes * label.size.height_dots
    header = f"^XA^FO0,0^GFA,{total},{total},{row_bytes},"
    return len(header) + 2 * total + len("^FS^XZ\n")


# --------------------------------------------------------------------------------------------
# ~HS host status
# --------------------------------------------------------------------------------------------

_BAUD_CODES: Final = {
    0b0000: 110,
    0b0001: 300,
    0b0010: 600,
    0b0011: 1200,
    0b0100: 2400,
    0b0101: 4800,
    0b0110: 9600,
    0b0111: 19200,
    0b1000: 28800,
    0b1001: 38400,
    0b1010: 57600,
    0b1011: 14400,
}

PRINT_MODES: Final = {
    0: "rewind",
    1: "peel-off",
    2: "tear-off",
    3: "cutter",
    4: "applicator",
}


@dataclass(frozen=True)
class SerialSettingsReport:
    """The printer's own serial settings as ``~HS`` string 1 reports them (field ``aaa``)."""

    baud: int | None
    data_bits: int
    stop_bits: int
    parity: str
    handshake: str

    @classmethod
    def decode(cls, value: int) -> SerialSettingsReport:
        """Decode the nine-bit ``a8…a0`` value: baud in a8 a2 a1 a0, then data, stop, parity."""
        baud_code = ((value >> 5) & 0b1000) | (value & 0b111)
        parity_enabled = bool(value & 0b100000)
        return cls(
            baud=_BAUD_CODES.get(baud_code),
            data_bits=8 if value & 0b1000 else 7,
            stop_bits=1 if value & 0b10000 else 2,
            parity=("even" if value & 0b1000000 else "odd") if parity_enabled else "none",
            handshake="dtr" if value & 0b10000000 else "xon/xoff",
        )

    def encode(self) -> int:
        """Encode back to the nine-bit value, the inverse of :meth:`decode` (for the simulator)."""
        codes = {baud: code for code, baud in _BAUD_CODES.items()}
        code = codes.get(self.baud or 9600, 0b0110)
        value = (code & 0b111) | ((code & 0b1000) << 5)
        value |= 0b1000 if self.data_bits == 8 else 0
        value |= 0b10000 if self.stop_bits == 1 else 0
        if self.parity != "none":
            value |= 0b100000
            value |= 0b1000000 if self.parity == "even" else 0
        value |= 0b10000000 if self.handshake == "dtr" else 0
        return value


@dataclass(frozen=True)
class HostStatus:
    """Every field of a ``~HS`` answer, by its name in the ZPL II Programming Guide."""

    # string 1
    communication_settings: int
    paper_out: bool
    paused: bool
    label_length_dots: int
    formats_in_buffer: int
    buffer_full: bool
    communications_diagnostic: bool
    partial_format: bool
    corrupt_ram: bool
    under_temperature: bool
    over_temperature: bool
    # string 2
    function_settings: int
    head_up: bool
    ribbon_out: bool
    thermal_transfer: bool
    print_mode: int
    print_width_mode: int
    label_waiting: bool
    labels_remaining: int
    format_while_printing: bool
    graphics_stored: int
    # string 3
    password: str
    static_ram_installed: bool
    raw: bytes

    @property
    def serial_settings(self) -> SerialSettingsReport:
        """The decoded communication settings of string 1."""
        return SerialSettingsReport.decode(self.communication_settings)

    @property
    def print_mode_name(self) -> str:
        """The print mode in words (``tear-off``, ``cutter``…)."""
        return PRINT_MODES.get(self.print_mode, f"mode {self.print_mode}")

    def to_printer_status(self) -> PrinterStatus:
        """Return the shared, device-neutral status value."""
        return PrinterStatus(
            paper_out=self.paper_out,
            paused=self.paused,
            head_open=self.head_up,
            ribbon_out=self.ribbon_out,
            buffer_full=self.buffer_full,
            under_temperature=self.under_temperature,
            over_temperature=self.over_temperature,
            formats_in_buffer=self.formats_in_buffer,
            labels_remaining=self.labels_remaining,
            raw=self.raw,
        )

    def to_bytes(self) -> bytes:
        """Format as a printer would send it (three ``STX … ETX CR LF`` strings)."""
        flag = int
        one = (
            f"{self.communication_settings:03d},{flag(self.paper_out)},{flag(self.paused)},"
            f"{self.label_length_dots:04d},{self.formats_in_buffer:03d},{flag(self.buffer_full)},"
            f"{flag(self.communications_diagnostic)},{flag(self.partial_format)},000,"
            f"{flag(self.corrupt_ram)},{flag(self.under_temperature)},"
            f"{flag(self.over_temperature)}"
        )
        two = (
            f"{self.function_settings:03d},0,{flag(self.head_up)},{flag(self.ribbon_out)},"
            f"{flag(self.thermal_transfer)},{self.print_mode},{self.print_width_mode},"
            f"{flag(self.label_waiting)},{self.labels_remaining:08d},"
            f"{flag(self.format_while_printing)},{self.graphics_stored:03d}"
        )
        three = f"{self.password},{flag(self.static_ram_installed)}"
        return b"".join(b"\x02" + part.encode("ascii") + b"\x03\r\n" for part in (one, two, three))


_FRAME = re.compile(rb"\x02([0-9,]*)\x03\r\n")
_NUMBER = re.compile(r"[0-9]{1,8}")
_DIGIT = re.compile(r"[0-9]")


def _flag(value: str, name: str) -> bool:
    if value == "0":
        return False
    if value == "1":
        return True
    raise ProtocolError(f"printer status: {name} flag is {value!r}, not 0 or 1")


def _number(value: str, name: str) -> int:
    if not _NUMBER.fullmatch(value):
        raise ProtocolError(f"printer status: {name} is {value!r}, not a number")
    return int(value)


def split_host_status(data: bytes) -> tuple[list[str], list[str], list[str]]:
    """Split a complete ``~HS`` answer into its three strings' fields; anything else is refused.

    The answer must be exactly three ``STX digits-and-commas ETX CR LF`` frames, nothing before,
    between or after them.
    """
    frames: list[list[str]] = []
    position = 0
    while position < len(data):
        match = _FRAME.match(data, position)
        if match is None:
            raise ProtocolError(
                f"printer status: bytes at offset {position} are not an STX…ETX CR LF string"
            )
        frames.append(match.group(1).decode("ascii").split(","))
        position = match.end()
    if len(frames) != 3:
        raise ProtocolError(f"printer status: {len(frames)} strings, expected 3")
    expected = (12, 11, 2)
    for index, (fields, count) in enumerate(zip(frames, expected, strict=True), start=1):
        if len(fields) != count:
            raise ProtocolError(
                f"printer status: string {index} has {len(fields)} fields, expected {count}"
            )
    return frames[0], frames[1], frames[2]


def parse_host_status_detail(data: bytes) -> HostStatus:
    """Parse a complete ``~HS`` answer into every field; raise :class:`ProtocolError` otherwise."""
    one, two, three = split_host_status(data)
    if not _DIGIT.fullmatch(two[5]) or not _DIGIT.fullmatch(two[6]):
        raise ProtocolError("printer status: print mode or width mode is not one digit")
    password = three[0]
    if not re.fullmatch(r"[0-9]{4}", password):
        raise ProtocolError("printer status: string 3 password field is not four digits")
    if not _NUMBER.fullmatch(one[8]):
        raise ProtocolError("printer status: string 1 unused field is not a number")
    if not _DIGIT.fullmatch(two[1]):
        raise ProtocolError("printer status: string 2 unused field is not one digit")
    return HostStatus(
        communication_settings=_number(one[0], "communication settings"),
        paper_out=_flag(one[1], "paper out"),
        paused=_flag(one[2], "pause"),
        label_length_dots=_number(one[3], "label length"),
        formats_in_buffer=_number(one[4], "formats in buffer"),
        buffer_full=_flag(one[5], "buffer full"),
        communications_diagnostic=_flag(one[6], "communications diagnostic"),
        partial_format=_flag(one[7], "partial format"),
        corrupt_ram=_flag(one[9], "corrupt RAM"),
        under_temperature=_flag(one[10], "under temperature"),
        over_temperature=_flag(one[11], "over temperature"),
        function_settings=_number(two[0], "function settings"),
        head_up=_flag(two[2], "head up"),
        ribbon_out=_flag(two[3], "ribbon out"),
        thermal_transfer=_flag(two[4], "thermal transfer"),
        print_mode=int(two[5]),
        print_width_mode=int(two[6]),
        label_waiting=_flag(two[7], "label waiting"),
        labels_remaining=_number(two[8], "labels remaining"),
        format_while_printing=_flag(two[9], "format while printing"),
        graphics_stored=_number(two[10], "graphic images stored"),
        password=password,
        static_ram_installed=_flag(three[1], "static RAM"),
        raw=bytes(data),
    )


def parse_host_status(data: bytes) -> PrinterStatus:
    """Parse a complete ``~HS`` answer into the shared :class:`PrinterStatus`."""
    return parse_host_status_detail(data).to_printer_status()


def ready_host_status(**changes: object) -> HostStatus:
    """Build a healthy printer's status (9600 8N1 XON/XOFF, tear-off), with ``changes`` applied.

    Used by the simulator and by tests to build well-formed answers.
    """
    base = HostStatus(
        communication_settings=SerialSettingsReport(9600, 8, 1, "none", "xon/xoff").encode(),
        paper_out=False,
        paused=False,
        label_length_dots=400,
        formats_in_buffer=0,
        buffer_full=False,
        communications_diagnostic=False,
        partial_format=False,
        corrupt_ram=False,
        under_temperature=False,
        over_temperature=False,
        function_settings=1,
        head_up=False,
        ribbon_out=False,
        thermal_transfer=False,
        print_mode=2,
        print_width_mode=6,
        label_waiting=False,
        labels_remaining=0,
        format_while_printing=True,
        graphics_stored=0,
        password="1234",  # noqa: S106 - the factory default, shown in every ~HS answer
        static_ram_installed=False,
        raw=b"",
    )
    updated = dataclasses.replace(base, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(updated, raw=updated.to_bytes())


def demo_syringe_label(
    *,
    drug: str = "Diacetylmorphin 100 mg/mL",
    dose: str = "Dosis 240 mg = 2,40 mL",
    prepared: str = "Zub. 08:05  verw. bis 14:05",
    people: str = "AB / CD   Ch. DEMO-0425",
    patient: str = "Patient DEMO-0042",
    code: str = "SYR-DEMO-000123;P=DEMO-0042;240mg;2.40mL",
) -> Label:
    """A typical syringe label (fictional demo values): five text lines and a DataMatrix.

    57 × 32 mm at 203 dpi: drug and concentration, dose in mg and mL, prepared and expiry
    time, preparer/checker and lot, the patient's clinic id; the code repeats the key facts.
    """
    return Label(
        LabelSize.from_mm(57, 32),
        (
            TextField(16, 16, drug, height=30),
            TextField(16, 58, dose, height=34),
            TextField(16, 108, prepared, height=24),
            TextField(16, 144, people, height=24),
            TextField(16, 196, patient, height=30),
            DataMatrixCode(346, 104, code, module=3),
            Box(8, 8, 440, 240, thickness=2),
        ),
    )
