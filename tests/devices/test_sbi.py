"""Sartorius SBI parsing (16/22-character output, Stat errors) against byte tables, and fuzzing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.protocols import sbi
from devices.readings import ProtocolError, WeightStatus

FRAMES = [
    (b"+    12.34 g  \r\n", Decimal("12.34"), "g", WeightStatus.STABLE),
    (b"-     0.02 g  \r\n", Decimal("-0.02"), "g", WeightStatus.STABLE),
    (b"+   123.456 mg\r\n", None, None, None),  # 9-character number: not a frame
    (b"+  123.456 mg \r\n", Decimal("123.456"), "mg", WeightStatus.STABLE),
    (b"+    12.34    \r\n", Decimal("12.34"), "", WeightStatus.DYNAMIC),
    (b"-     1.07    \r\n", Decimal("-1.07"), "", WeightStatus.DYNAMIC),
    (b"      100.0 g  \r\n"[1:], Decimal("100.0"), "g", WeightStatus.STABLE),
    (b"N     +    12.34 g  \r\n", Decimal("12.34"), "g", WeightStatus.STABLE),
    (b"G#    +    15.00 g  \r\n", Decimal("15.00"), "g", WeightStatus.STABLE),
    (b"N     +    12.34    \r\n", Decimal("12.34"), "", WeightStatus.DYNAMIC),
    (b"+     5.00 kg \r\n", Decimal("5.00"), "kg", WeightStatus.STABLE),
]

STATUS_FRAMES = [
    # 22-character layouts as printed in the FB / Master series / Combics 1 manuals.
    (b"Stat     Err 101    \r\n", WeightStatus.ERROR, "Err 101"),
    (b"Stat     Err  54    \r\n", WeightStatus.ERROR, "Err 54"),
    (b"Stat        H       \r\n", WeightStatus.OVERLOAD, "overload"),
    (b"Stat        L       \r\n", WeightStatus.UNDERLOAD, "underload"),
    (b"Stat        HH      \r\n", WeightStatus.OVERLOAD, "overload (checkweighing)"),
    (b"Stat        LL      \r\n", WeightStatus.UNDERLOAD, "underload (checkweighing)"),
    (b"Stat        C       \r\n", WeightStatus.ERROR, "calibration/adjustment in progress"),
    # Entris II spellings.
    (b"Stat     ERR 101    \r\n", WeightStatus.ERROR, "Err 101"),
    (b"Stat     APP.ERR    \r\n", WeightStatus.ERROR, "application error (APP.ERR)"),
    (b"Stat     High       \r\n", WeightStatus.OVERLOAD, "overload"),
    (b"Stat     Low        \r\n", WeightStatus.UNDERLOAD, "underload"),
    (b"Stat     Cal.Ext.   \r\n", WeightStatus.ERROR, "external calibration in progress"),
    # 16-character form (LE / CP manuals): no "Stat".
    (b"       H      \r\n", WeightStatus.OVERLOAD, "overload"),
    (b"       L      \r\n", WeightStatus.UNDERLOAD, "underload"),
    (b"   Err 101    \r\n", WeightStatus.ERROR, "Err 101"),
    # Trimmed padding, and the ID field left blank in front: still no weight.
    (b"Stat     Err 101\r\n", WeightStatus.ERROR, "Err 101"),
    (b"      Stat    Err 54\r\n", WeightStatus.ERROR, "Err 54"),
    (b"Stat           H\r\n", WeightStatus.OVERLOAD, "overload"),
]

GARBAGE = [
    b"",
    b"+    12.34 g  ",  # no CR LF
    b"+    12.34 g \r\n",  # 15 characters
    b"+    12.34 g   \r\n",  # 17 characters
    b"*    12.34 g  \r\n",
    b"+    12,34 g  \r\n",
    b"+    1.2.3 g  \r\n",
    b"+   -12.34 g  \r\n"[:0] + b"-   -12.34 g  \r\n",
    b"+          g  \r\n",
    b"+    12.34 g\x00 \r\n",
    b"N\x01    +    12.34 g  \r\n",
    b"Stat     Err\r\n",
    b"Stat     Err abc\r\n",
    b"Stat        X       \r\n",  # not a documented status code
    b"       X      \r\n",
    b"Stat        H\r\n",  # a length no SBI frame has
]


@pytest.mark.parametrize(("line", "value", "unit", "status"), FRAMES)
def test_frames(
    line: bytes, value: Decimal | None, unit: str | None, status: WeightStatus | None
) -> None:
    if value is None:
        with pytest.raises(ProtocolError):
            sbi.parse_line(line, 0.0)
        return
    reading = sbi.parse_line(line, 1.5)
    assert (reading.value, reading.unit, reading.status) == (value, unit, status)
    assert reading.raw == line and reading.received_at == 1.5


def test_blank_unit_means_unstable_never_stable() -> None:
    reading = sbi.parse_line(b"+    12.34    \r\n", 0.0)
    assert not reading.is_stable


@pytest.mark.parametrize(("line", "status", "detail"), STATUS_FRAMES)
def test_status_frames(line: bytes, status: WeightStatus, detail: str) -> None:
    reading = sbi.parse_line(line, 0.0)
    assert (reading.status, reading.detail, reading.value) == (status, detail, None)


@pytest.mark.parametrize("line", GARBAGE)
def test_garbage_is_protocol_error(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        sbi.parse_line(line, 0.0)


def test_commands_are_escape_sequences() -> None:
    assert sbi.format_command("print") == b"\x1bP"
    assert sbi.format_command("tare-and-zero") == b"\x1bT"
    assert sbi.format_command("tare") == b"\x1bU"
    assert sbi.format_command("zero") == b"\x1bV"
    assert sbi.format_command("model") == b"\x1bx1_"
    assert sbi.format_command("serial-number", with_line_end=True) == b"\x1bx2_\r\n"
    with pytest.raises(ValueError):
        sbi.format_command("explode")


def test_text_reply() -> None:
    assert sbi.parse_text_reply(b"LA230S        \r\n") == "LA230S"
    with pytest.raises(ProtocolError):
        sbi.parse_text_reply(b"      \r\n")


@given(
    st.decimals(min_value=-99999, max_value=99999, places=2, allow_nan=False),
    st.booleans(),
    st.booleans(),
)
def test_formatted_frames_parse_back(value: Decimal, stable: bool, long_frame: bool) -> None:
    line = sbi.format_weight(value, "g", stable=stable, identifier="N" if long_frame else None)
    assert len(line) == (22 if long_frame else 16)
    reading = sbi.parse_line(line, 0.0)
    assert reading.value == value
    assert reading.is_stable is stable


def independently_stable(line: bytes) -> bool:
    """Second reading of the grammar: 16/22 bytes, CR LF, sign, number, non-blank unit."""
    if len(line) not in (16, 22) or not line.endswith(b"\r\n"):
        return False
    body = line[-16:-2]
    if not all(32 <= byte < 127 for byte in line[:-2]):
        return False
    text = body.decode()
    number = text[2:10].replace(" ", "").removeprefix("-")
    return (
        text[0] in "+- "
        and text[1] == " "
        and text[10] == " "
        and text[11:14].strip() != ""
        and number.replace(".", "", 1).isdigit()
    )


def check(line: bytes) -> None:
    try:
        reading = sbi.parse_line(line, 0.0)
    except ProtocolError:
        return
    if reading.is_stable:
        assert independently_stable(line)


@given(st.binary(max_size=30))
def test_fuzz_random_bytes(data: bytes) -> None:
    check(data)
    check(data + b"\r\n")


@given(st.sampled_from([f[0] for f in FRAMES] + [s[0] for s in STATUS_FRAMES]), st.data())
def test_fuzz_mutated_frames(frame: bytes, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(frame) - 1))
    check(frame[:position] + data.draw(st.binary(max_size=2)) + frame[position + 1 :])


@pytest.mark.parametrize(
    ("word", "status"),
    [("H", WeightStatus.OVERLOAD), ("L", WeightStatus.UNDERLOAD), ("Err 54", WeightStatus.ERROR)],
)
@pytest.mark.parametrize("long_frame", [False, True])
def test_simulator_status_frames_have_the_documented_layout(
    word: str, status: WeightStatus, long_frame: bool
) -> None:
    line = sbi.format_status(word, long_frame=long_frame)
    assert len(line) == (22 if long_frame else 16)
    if long_frame:
        assert line.startswith(b"Stat")
        # 1-based positions in the manuals: a code at 13, an error number in 14–16.
        expected = {"H": (13, b"H"), "L": (13, b"L"), "Err 54": (14, b" 54")}[word]
        position, text = expected
        assert line[position - 1 : position - 1 + len(text)] == text
    else:
        assert b"Stat" not in line
    assert sbi.parse_line(line, 0.0).status is status
