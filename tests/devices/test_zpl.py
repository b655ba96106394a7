"""ZPL II: label rendering, escaping of field data, and the ~HS host status parser."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.protocols import zpl
from devices.protocols.zpl import (
    Box,
    Code128,
    DataMatrixCode,
    Label,
    LabelSize,
    QrCode,
    TextField,
    parse_host_status,
    parse_host_status_detail,
    ready_host_status,
    render_zpl,
)
from devices.readings import PrinterStatus, ProtocolError

STX, ETX = b"\x02", b"\x03"


def hs(one: bytes, two: bytes, three: bytes = b"1234,0") -> bytes:
    return b"".join(STX + part + ETX + b"\r\n" for part in (one, two, three))


# Real answers as printers send them (field layout: ZPL II Programming Guide, ~HS).
READY = hs(b"030,0,0,0812,000,0,0,0,000,0,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000")
READY_014 = hs(b"014,0,0,0214,000,0,0,0,000,0,0,0", b"001,0,0,0,1,2,3,0,00000000,1,000")
PAPER_OUT = hs(b"030,1,0,0250,000,0,0,0,000,0,0,0", b"001,0,0,0,0,2,0,0,00000000,1,000")
HEAD_OPEN = hs(b"030,0,0,0250,000,0,0,0,000,0,0,0", b"001,0,1,0,0,2,0,0,00000000,1,000")
PAUSED_TWO_QUEUED = hs(b"030,0,1,1245,002,0,0,0,000,0,0,0", b"000,0,0,0,0,2,4,0,00000003,1,000")
RIBBON_OUT = hs(b"030,0,0,1245,000,0,0,0,000,0,0,0", b"001,0,0,1,1,2,6,0,00000000,1,000")
BUFFER_FULL = hs(b"030,0,0,1245,099,1,0,1,000,0,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000")
TOO_COLD = hs(b"030,0,0,1245,000,0,0,0,000,0,1,0", b"001,0,0,0,1,2,6,0,00000000,1,000")
TOO_HOT = hs(b"030,0,0,1245,000,0,0,0,000,0,0,1", b"001,0,0,0,1,2,6,0,00000000,1,000")
CORRUPT_RAM = hs(
    b"030,0,0,1245,000,0,0,0,000,1,0,0", b"001,0,0,0,1,2,6,0,00000000,1,000", b"1234,1"
)


@pytest.mark.parametrize(
    ("raw", "faults", "formats", "remaining"),
    [
        (READY, (), 0, 0),
        (READY_014, (), 0, 0),
        (PAPER_OUT, ("paper out",), 0, 0),
        (HEAD_OPEN, ("head open",), 0, 0),
        (PAUSED_TWO_QUEUED, ("paused",), 2, 3),
        (RIBBON_OUT, ("ribbon out",), 0, 0),
        (BUFFER_FULL, ("buffer full",), 99, 0),
        (TOO_COLD, ("head too cold",), 0, 0),
        (TOO_HOT, ("head too hot",), 0, 0),
        (CORRUPT_RAM, (), 0, 0),
    ],
)
def test_host_status_table(
    raw: bytes, faults: tuple[str, ...], formats: int, remaining: int
) -> None:
    status = parse_host_status(raw)
    assert status.faults == faults
    assert status.ready is (not faults)
    assert status.formats_in_buffer == formats
    assert status.labels_remaining == remaining
    assert status.raw == raw


def test_host_status_details() -> None:
    detail = parse_host_status_detail(PAUSED_TWO_QUEUED)
    assert detail.label_length_dots == 1245
    assert detail.print_mode_name == "tear-off"
    assert detail.print_width_mode == 4
    assert detail.format_while_printing
    assert detail.password == "1234"
    assert not detail.static_ram_installed
    assert parse_host_status_detail(CORRUPT_RAM).corrupt_ram
    assert parse_host_status_detail(CORRUPT_RAM).static_ram_installed
    assert parse_host_status_detail(BUFFER_FULL).partial_format
    assert parse_host_status_detail(READY).thermal_transfer


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (30, (9600, 8, 1, "none", "xon/xoff")),  # 0 0 0 0 1 1 110
        (14, (9600, 8, 2, "none", "xon/xoff")),  # 0 0 0 0 0 1 110
        (126, (9600, 8, 1, "even", "xon/xoff")),  # 0 0 1 1 1 1 110
        (94, (9600, 8, 1, "none", "xon/xoff")),  # parity bit set but parity disabled
        (61, (4800, 8, 1, "odd", "xon/xoff")),  # 0 0 0 1 1 1 101
        (159, (19200, 8, 1, "none", "dtr")),  # 0 1 0 0 1 1 111
        (282, (57600, 8, 1, "none", "xon/xoff")),  # a8=1, 010
    ],
)
def test_communication_settings(value: int, expected: tuple[int, int, int, str, str]) -> None:
    report = zpl.SerialSettingsReport.decode(value)
    assert (report.baud, report.data_bits, report.stop_bits, report.parity, report.handshake) == (
        expected
    )
    assert zpl.SerialSettingsReport.decode(report.encode()) == report


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        READY[:-1],  # last LF missing: a partial answer
        READY[: READY.index(b"\n") + 1],  # only string 1
        READY + READY[:10],  # trailing bytes
        b"x" + READY,  # a stray byte in front
        READY.replace(b"030,0,0,0812", b"030,2,0,0812"),  # paper-out flag 2
        READY.replace(b"030,0,0,0812", b"030,0,0,08a2"),  # letters in a number
        READY.replace(b",000,0,0,0,000,0,0,0", b",000,0,0,0,000,0,0"),  # a field short
        READY.replace(b"\x03\r\n", b"\x03\n"),  # LF without CR
        READY.replace(b"1234,0", b"1234,0,0"),
        READY.replace(b"1234,0", b"12,0"),
        READY.replace(b"00000000,1,000", b"00000000,1"),
        READY.replace(b"001,0,0,0,1,2,6", b"001,0,0,0,1,22,6"),  # print mode two digits
        READY.replace(b"0812", b""),  # empty field
    ],
)
def test_host_status_refuses_malformed(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        parse_host_status(raw)


def test_ready_host_status_round_trips() -> None:
    built = ready_host_status(paper_out=True, labels_remaining=5)
    assert parse_host_status_detail(built.raw) == built
    assert parse_host_status(built.raw).faults == ("paper out",)
    assert parse_host_status(ready_host_status().raw).ready


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=120))
def test_fuzz_host_status_never_crashes_and_never_ready_from_garbage(raw: bytes) -> None:
    try:
        status = parse_host_status(raw)
    except ProtocolError:
        return
    # Accepted only when the bytes really are three well-formed strings.
    assert re.fullmatch(rb"(\x02[0-9,]+\x03\r\n){3}", raw)
    assert isinstance(status, PrinterStatus)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_host_status_mutations(data: st.DataObject) -> None:
    """Change one byte of a paper-out answer: it stays a fault, or is refused.

    The only single-byte change that may yield a ready printer is the paper-out flag itself.
    """
    raw = bytearray(PAPER_OUT)
    flag_index = PAPER_OUT.index(b"030,1") + 4
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] = data.draw(st.integers(0, 255))
    try:
        status = parse_host_status(bytes(raw))
    except ProtocolError:
        return
    if status.ready:
        assert index == flag_index and raw[index] == ord("0")


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        ready_host_status,
        paper_out=st.booleans(),
        paused=st.booleans(),
        head_up=st.booleans(),
        ribbon_out=st.booleans(),
        buffer_full=st.booleans(),
        over_temperature=st.booleans(),
        under_temperature=st.booleans(),
        formats_in_buffer=st.integers(0, 999),
        labels_remaining=st.integers(0, 99_999_999),
        print_mode=st.integers(0, 9),
    )
)
def test_fuzz_host_status_round_trip(built: zpl.HostStatus) -> None:
    assert parse_host_status_detail(built.raw) == built


# ---------------------------------------------------------------------------------- rendering

SIZE = LabelSize.from_mm(57, 32)


def test_label_size_from_mm() -> None:
    assert (SIZE.width_dots, SIZE.height_dots, SIZE.dpi) == (456, 256, 203)
    with pytest.raises(ValueError):
        LabelSize(0, 10)


def test_render_exact_zpl() -> None:
    label = Label(
        SIZE,
        (
            TextField(20, 20, "Diacetylmorphin 100 mg/mL", height=28),
            QrCode(330, 20, "S-000123", magnification=3),
            Code128(20, 180, "S-000123", height=40),
            Box(10, 10, 435, 236, thickness=2),
        ),
    )
    assert render_zpl(label) == (
        b"^XA\n^CI28\n^PW456\n^LL256\n"
        b"^FO20,20^A0N,28,0^FDDiacetylmorphin 100 mg/mL^FS\n"
        b"^FO330,20^BQN,2,3^FDQA,S-000123^FS\n"
        b"^FO20,180^BY2^BCN,40,Y,N,N^FDS-000123^FS\n"
        b"^FO10,10^GB435,236,2^FS\n"
        b"^XZ\n"
    )


def test_render_datamatrix_gs1() -> None:
    label = Label(SIZE, (DataMatrixCode(300, 40, "0104150123456782\x1d10L1", module=4, gs1=True),))
    assert b"^FO300,40^BXN,4,200,0,0,6,_^FD_10104150123456782_110L1^FS" in render_zpl(label)


def test_render_utf8_and_copies() -> None:
    label = Label(SIZE, (TextField(0, 0, "Zubereitet: Müller"),), copies=2)
    out = render_zpl(label)
    assert "Müller".encode() in out
    assert b"^PQ2\n^XZ" in out


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("^XZ^XA^PQ99", "_5EXZ_5EXA_5EPQ99"),
        ("~JA", "_7EJA"),
        ("a_b", "a_5Fb"),
        ("line\nbreak", "line_0Abreak"),
        ("plain", "plain"),
    ],
)
def test_escape_field_text(text: str, escaped: str) -> None:
    assert zpl.escape_field_text(text) == escaped


def test_datamatrix_escapes() -> None:
    assert zpl.escape_datamatrix("a^b~c_d", gs1=False) == "a_d094b_d126c_d095d"
    assert zpl.escape_datamatrix("a\x1db", gs1=False) == "a_d029b"
    with pytest.raises(ValueError):
        zpl.escape_datamatrix("\u20ac", gs1=False)


@pytest.mark.parametrize("data", ["", "A>B", "x^y", "x~y", "a_b", "Ü"])
def test_code128_refuses_unsafe(data: str) -> None:
    with pytest.raises(ValueError):
        Code128(0, 0, data)


def _commands(zpl_bytes: bytes) -> list[bytes]:
    """Every ^ or ~ command the printer would see (two letters after the prefix), but ^FH."""
    return [c for c in re.findall(rb"[\^~][A-Z0-9@]{2}", zpl_bytes) if c != b"^FH"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(alphabet=st.characters(max_codepoint=255), min_size=1))
def test_fuzz_field_data_cannot_inject_commands(text: str, code: str) -> None:
    label = Label(
        SIZE,
        (TextField(0, 0, text), QrCode(0, 0, code), DataMatrixCode(0, 0, code, gs1=True)),
    )
    out = render_zpl(label)
    assert _commands(out) == _commands(
        render_zpl(
            Label(
                SIZE,
                (
                    TextField(0, 0, "x"),
                    QrCode(0, 0, "x"),
                    DataMatrixCode(0, 0, "x", gs1=True),
                ),
            )
        )
    )
    # Data never carries the command prefixes or a control character.
    for field in re.findall(rb"\^FD(.*?)\^FS", out, flags=re.DOTALL):
        assert b"^" not in field and b"~" not in field
        assert not re.search(rb"[\x00-\x1f\x7f]", field)
    assert b"^GF" not in out


def test_bitmap_size_dwarfs_zpl() -> None:
    label = Label(LabelSize.from_mm(57, 32), (TextField(0, 0, "x"),))
    assert zpl.bitmap_size(label) > 14_000
