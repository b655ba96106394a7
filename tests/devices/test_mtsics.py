"""MT-SICS parsing and formatting against tables of real byte strings, and fuzzing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.protocols import mtsics
from devices.readings import ProtocolError, ScaleReading, WeightStatus

WEIGHTS = [
    (b"S S     100.00 g\r\n", Decimal("100.00"), "g", WeightStatus.STABLE),
    (b"S S       0.00 g\r\n", Decimal("0.00"), "g", WeightStatus.STABLE),
    (b"S D      12.34 g\r\n", Decimal("12.34"), "g", WeightStatus.DYNAMIC),
    (b"S S      -0.02 g\r\n", Decimal("-0.02"), "g", WeightStatus.STABLE),
    (b"S S     1.23456 kg\r\n", Decimal("1.23456"), "kg", WeightStatus.STABLE),
    (b"S D    250 mg\r\n", Decimal("250"), "mg", WeightStatus.DYNAMIC),
]

NO_VALUE = [
    (b"S +\r\n", WeightStatus.OVERLOAD),
    (b"S -\r\n", WeightStatus.UNDERLOAD),
    (b"S S  Error 10b\r\n", WeightStatus.ERROR),
    (b"S D  Error 2\r\n", WeightStatus.ERROR),
]

REPLIES = [
    (b"S I\r\n", "S", "I", ()),
    (b'I4 A "B021002593"\r\n', "I4", "A", ("B021002593",)),
    (b'I2 A "XS205DU Excellence 220.00 g"\r\n', "I2", "A", ("XS205DU Excellence 220.00 g",)),
    (b'I3 A "1.10 18.6.4.1361.772"\r\n', "I3", "A", ("1.10 18.6.4.1361.772",)),
    (
        b'I1 A "01" "2.00" "2.20" "1.00" "1.00"\r\n',
        "I1",
        "A",
        ("01", "2.00", "2.20", "1.00", "1.00"),
    ),
    (b'I0 B 0 "I0"\r\n', "I0", "B", ("0", "I0")),
    (b'I0 A 1 "D"\r\n', "I0", "A", ("1", "D")),
    (b"Z A\r\n", "Z", "A", ()),
    (b"Z I\r\n", "Z", "I", ()),
    (b"Z +\r\n", "Z", "+", ()),
    (b"Z -\r\n", "Z", "-", ()),
    (b"ZI S\r\n", "ZI", "S", ()),
    (b"ZI D\r\n", "ZI", "D", ()),
    (b"ZI I\r\n", "ZI", "I", ()),
    (b"T S     100.00 g\r\n", "T", "S", ("100.00", "g")),
    (b"T I\r\n", "T", "I", ()),
    (b"T +\r\n", "T", "+", ()),
    (b"T -\r\n", "T", "-", ()),
    (b"TA A      12.34 g\r\n", "TA", "A", ("12.34", "g")),
    (b"TA I\r\n", "TA", "I", ()),
    (b"TA L\r\n", "TA", "L", ()),
    (b"TAC A\r\n", "TAC", "A", ()),
    (b"TAC I\r\n", "TAC", "I", ()),
    (b"D A\r\n", "D", "A", ()),
    (b"D I\r\n", "D", "I", ()),
    (b"D L\r\n", "D", "L", ()),
    (b"SIR I\r\n", "SIR", "I", ()),
    (b"SC I\r\n", "SC", "I", ()),
]

GENERAL_ERRORS = [b"ES\r\n", b"ET\r\n", b"EL\r\n"]

GARBAGE = [
    b"",
    b"\r\n",
    b"S\r\n",
    b"S S\r\n",
    b"S S 100.00\r\n",
    b"S S     1oo.00 g\r\n",
    b"S X     100.00 g\r\n",
    b"S S     100.00 g extra\r\n",
    b"S S     100.00 g\xff\r\n",
    b"S S \x00   100.00 g\r\n",
    b"s s     100.00 g\r\n",
    b"S S     1.2.3 g\r\n",
    b"S S     .5 g\r\n",
    b'I4 A "unterminated\r\n',
    b"S S" + b" " * 200 + b"1 g\r\n",
    b"EX\r\n",
]


@pytest.mark.parametrize(("line", "value", "unit", "status"), WEIGHTS)
def test_weight_frames_parse_to_decimal_readings(
    line: bytes, value: Decimal, unit: str, status: WeightStatus
) -> None:
    reading = mtsics.parse_line(line, 5.0)
    assert isinstance(reading, ScaleReading)
    assert (reading.value, reading.unit, reading.status) == (value, unit, status)
    assert isinstance(reading.value, Decimal)
    assert reading.raw == line
    assert reading.received_at == 5.0
    assert reading.is_stable is (status is WeightStatus.STABLE)


@pytest.mark.parametrize(("line", "status"), NO_VALUE)
def test_overload_underload_and_hardware_faults_carry_no_value(
    line: bytes, status: WeightStatus
) -> None:
    reading = mtsics.parse_line(line, 0.0)
    assert isinstance(reading, ScaleReading)
    assert reading.status is status
    assert reading.value is None
    assert not reading.is_stable


def test_hardware_fault_keeps_its_code() -> None:
    reading = mtsics.parse_weight(b"S S  Error 10b\r\n", 0.0)
    assert reading.detail == "Error 10b"


@pytest.mark.parametrize(("line", "command", "status", "arguments"), REPLIES)
def test_command_replies(
    line: bytes, command: str, status: str, arguments: tuple[str, ...]
) -> None:
    reply = mtsics.parse_line(line, 0.0)
    assert isinstance(reply, mtsics.MtSicsReply)
    assert (reply.command, reply.status, reply.text_arguments) == (command, status, arguments)
    assert not reply.is_general_error


@pytest.mark.parametrize("line", GENERAL_ERRORS)
def test_general_errors_are_replies_without_command(line: bytes) -> None:
    reply = mtsics.parse_line(line, 0.0)
    assert isinstance(reply, mtsics.MtSicsReply)
    assert reply.is_general_error
    assert reply.describe()  # one plain sentence


@pytest.mark.parametrize("line", GARBAGE)
def test_malformed_lines_are_protocol_errors(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        mtsics.parse_line(line, 0.0)


def test_parse_weight_refuses_a_command_reply() -> None:
    with pytest.raises(ProtocolError, match="expected a weight"):
        mtsics.parse_weight(b"S I\r\n", 0.0)


def test_tare_reply_value() -> None:
    reply = mtsics.parse_line(b"T S     100.00 g\r\n", 0.0)
    assert isinstance(reply, mtsics.MtSicsReply)
    assert mtsics.reply_weight(reply) == (Decimal("100.00"), "g")
    with pytest.raises(ProtocolError):
        reply_without = mtsics.parse_line(b"T I\r\n", 0.0)
        assert isinstance(reply_without, mtsics.MtSicsReply)
        mtsics.reply_weight(reply_without)


@pytest.mark.parametrize(
    ("command", "arguments", "expected"),
    [
        ("@", (), b"@\r\n"),
        ("I4", (), b"I4\r\n"),
        ("S", (), b"S\r\n"),
        ("SI", (), b"SI\r\n"),
        ("SIR", (), b"SIR\r\n"),
        ("SC", (500,), b"SC 500\r\n"),
        ("Z", (), b"Z\r\n"),
        ("ZI", (), b"ZI\r\n"),
        ("T", (), b"T\r\n"),
        ("TA", ("10.00", "g"), b"TA 10.00 g\r\n"),
        ("TAC", (), b"TAC\r\n"),
    ],
)
def test_command_formatting(
    command: str, arguments: tuple[str | int, ...], expected: bytes
) -> None:
    assert mtsics.format_command(command, *arguments) == expected


def test_display_command_quotes_text_and_refuses_quotes_and_unknown_commands() -> None:
    assert mtsics.display_command("Dose 1") == b'D "Dose 1"\r\n'
    with pytest.raises(ValueError):
        mtsics.display_command('say "hi"')
    with pytest.raises(ValueError):
        mtsics.format_command("XYZ")
    with pytest.raises(ValueError):
        mtsics.format_command("D", "a\r\nS")


@given(st.decimals(min_value=-9999, max_value=99999, places=2, allow_nan=False), st.booleans())
def test_formatted_weights_parse_back(value: Decimal, stable: bool) -> None:
    status = WeightStatus.STABLE if stable else WeightStatus.DYNAMIC
    reading = mtsics.parse_weight(mtsics.format_weight(status, value), 0.0)
    assert (reading.value, reading.unit, reading.status) == (value, "g", status)


def independently_valid_stable_frame(line: bytes) -> Decimal | None:
    """A second, simpler reading of the grammar: ``S S <spaces><number> <unit>\\r\\n``."""
    if not line.endswith(b"\r\n") or not line.startswith(b"S S "):
        return None
    body = line[:-2]
    if not all(32 <= byte < 127 for byte in body):
        return None
    parts = body.decode().split(" ")
    words = [part for part in parts if part]
    if len(words) != 4 or parts[-2] == "" or words[:2] != ["S", "S"]:
        return None
    number, unit = words[2], words[3]
    digits = number.removeprefix("-")
    whole, _, fraction = digits.partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()) or digits.endswith("."):
        return None
    if not unit.replace("%", "a").replace("/", "a").isalpha():
        return None
    return Decimal(number)


def check_never_stable_from_invalid(line: bytes) -> None:
    try:
        parsed = mtsics.parse_line(line, 0.0)
    except ProtocolError:
        return
    if isinstance(parsed, ScaleReading) and parsed.is_stable:
        assert independently_valid_stable_frame(line) == parsed.value


@given(st.binary(max_size=40))
def test_fuzz_random_bytes_never_crash_nor_read_stable(data: bytes) -> None:
    check_never_stable_from_invalid(data)
    check_never_stable_from_invalid(data + b"\r\n")


@given(st.sampled_from([w[0] for w in WEIGHTS] + [n[0] for n in NO_VALUE]), st.data())
def test_fuzz_mutated_real_frames(frame: bytes, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(frame) - 1))
    replacement = data.draw(st.binary(min_size=0, max_size=3))
    check_never_stable_from_invalid(frame[:position] + replacement + frame[position + 1 :])


@given(st.text(alphabet='SDIA+-ELT0123456789. g"\r\n', max_size=30))
def test_fuzz_protocol_alphabet(text: str) -> None:
    check_never_stable_from_invalid(text.encode())
