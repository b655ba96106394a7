"""Scanner protocols: AIM identifiers, GS1 element strings and IFA pack codes, from real lines."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.protocols.scanner import (
    GS,
    IFA_HEADER,
    PackCode,
    decode_line,
    describe_scan,
    gs1_check_digit,
    parse_gs1,
    parse_ifa,
    parse_pack_code,
    ppn_check,
    pzn_check_digit,
    split_aim,
    visible,
)
from devices.readings import ProtocolError, Scan

RS, EOT = "\x1e", "\x04"


@pytest.mark.parametrize(
    ("line", "aim", "data"),
    [
        ("]d2010415012345678210A1", "]d2", "010415012345678210A1"),
        ("]C101041501234567821725063010L1", "]C1", "01041501234567821725063010L1"),
        ("]Q3010415012345678217250630", "]Q3", "010415012345678217250630"),
        ("]Q1DEMO-CARD-0001", "]Q1", "DEMO-CARD-0001"),
        ("]d1[)>\x1e06\x1d9N110375286414", "]d1", "[)>\x1e06\x1d9N110375286414"),
        ("]E04006381333931", "]E0", "4006381333931"),
        ("DEMO-CARD-0001", None, "DEMO-CARD-0001"),
        ("]", None, "]"),
        ("]d", None, "]d"),
        ("]1x", None, "]1x"),
        ("", None, ""),
    ],
)
def test_split_aim(line: str, aim: str | None, data: str) -> None:
    assert split_aim(line) == (aim, data)


def test_check_digits() -> None:
    assert gs1_check_digit("0415012345678") == 2
    assert gs1_check_digit("400638133393") == 1
    assert ppn_check("1103752864") == "14"
    assert pzn_check_digit("0375286") == 4


NOW = dt.date.today()


@pytest.mark.parametrize(
    ("data", "gtin", "batch", "expiry", "serial"),
    [
        # GTIN, expiry, batch (ends with GS), serial: the securPharm/EU FMD order.
        (
            "0104150123456782172506301" + "0A1B2C" + GS + "21SN12345",
            "04150123456782",
            "A1B2C",
            dt.date(2025, 6, 30),
            "SN12345",
        ),
        # Day 00: end of the month (February of a leap year).
        ("01041501234567821728020010X", "04150123456782", "X", dt.date(2028, 2, 29), None),
        # Leading FNC1 transmitted as GS; serial before batch.
        (GS + "010415012345678221S1" + GS + "10B9", "04150123456782", "B9", None, "S1"),
        # GTIN only.
        ("0104006381333931", "04006381333931", None, None, None),
    ],
)
def test_parse_gs1_table(
    data: str, gtin: str, batch: str | None, expiry: dt.date | None, serial: str | None
) -> None:
    code = parse_gs1(data, "]d2")
    assert code == PackCode("gs1", gtin, batch, expiry, serial, symbology="]d2")


def test_gs1_pzn_from_ntin() -> None:
    assert parse_gs1("0104150037528643").pzn == "03752864"


@pytest.mark.parametrize(
    "data",
    [
        "",
        GS,
        "0104150123456783",  # wrong check digit
        "01041501234567",  # GTIN too short
        "0104150123456782172513301",  # month 13
        "0104150123456782172502301",  # 30 February
        "10ABC",  # no GTIN: not a pack code
        "00340123450000000000",  # an SSCC, not a pack
        "hello",
        "0104150123456782" + "10A" + GS + "10B",  # AI 10 twice
    ],
)
def test_parse_gs1_refuses(data: str) -> None:
    with pytest.raises(ProtocolError):
        parse_gs1(data)


IFA_SAMPLE = (
    IFA_HEADER
    + "9N110375286414"
    + GS
    + "1TDEMO42"
    + GS
    + "D251200"
    + GS
    + "S1234567890AB"
    + RS
    + EOT
)


def test_parse_ifa() -> None:
    code = parse_ifa(IFA_SAMPLE, "]d1")
    assert code == PackCode(
        "ifa",
        None,
        "DEMO42",
        dt.date(2025, 12, 31),
        "1234567890AB",
        ppn="110375286414",
        symbology="]d1",
    )
    assert code.pzn == "03752864"
    assert code.product_id == "110375286414"


def test_parse_ifa_any_order_and_optional_trailer() -> None:
    text = IFA_HEADER + "S77" + GS + "D270415" + GS + "9N110375286414" + GS + "1TL-1"
    code = parse_ifa(text)
    assert (code.serial, code.expiry, code.batch) == ("77", dt.date(2027, 4, 15), "L-1")


@pytest.mark.parametrize(
    "text",
    [
        "[)>06" + GS + "9N110375286414",  # RS missing
        IFA_HEADER + "9N110375286415",  # PPN check digits wrong
        IFA_HEADER + "9N119999999914",  # PZN check digit wrong
        IFA_HEADER + "1TABC",  # no PPN
        IFA_HEADER + "9N110375286414" + GS + "XX1",  # unknown data identifier
        IFA_HEADER + "9N110375286414" + GS + "D251301",  # month 13
        IFA_HEADER + "9N110375286414" + GS + "S1" + GS + "S2",  # repeated
        IFA_HEADER + "9N110375286414" + GS + "1T",  # empty batch
        IFA_HEADER + "9N110375286414" + RS + "1TX",  # RS inside
    ],
)
def test_parse_ifa_refuses(text: str) -> None:
    with pytest.raises(ProtocolError):
        parse_ifa(text)


@pytest.mark.parametrize(
    ("scan", "source"),
    [
        (Scan("0104150123456782", "]d2"), "gs1"),
        (Scan("0104150123456782", "]C1"), "gs1"),
        (Scan("0104150123456782", "]Q3"), "gs1"),
        (Scan("0104150123456782", None), "gs1"),  # reader sent no AIM id
        (Scan(IFA_SAMPLE, "]d1"), "ifa"),
        (Scan(IFA_SAMPLE, None), "ifa"),
        (Scan("DEMO-CARD-0001", "]Q1"), None),  # a patient card: plain text
        (Scan("0104150123456782", "]Q1"), None),  # plain QR: text, not GS1
        (Scan("0104150123456783", None), None),  # digits with a wrong check digit: text
    ],
)
def test_parse_pack_code_dispatch(scan: Scan, source: str | None) -> None:
    code = parse_pack_code(scan)
    assert (code.source if code else None) == source


def test_declared_gs1_that_is_broken_raises() -> None:
    with pytest.raises(ProtocolError):
        parse_pack_code(Scan("0104150123456783", "]d2"))


def test_decode_line_and_describe() -> None:
    raw = b"]d20104150123456782172506301" + b"0A1" + b"\x1d" + b"21S9"
    scan = decode_line(raw, received_at=5.0)
    assert scan.symbology == "]d2"
    assert scan.text == "01041501234567821725063010A1\x1d21S9"
    assert scan.raw == raw
    description = describe_scan(scan)
    assert description["text"] == "01041501234567821725063010A1<GS>21S9"
    assert description["symbology_name"] == "GS1 DataMatrix"
    assert description["pack"] == {
        "source": "gs1",
        "gtin": "04150123456782",
        "ppn": None,
        "pzn": "12345678",
        "batch": "A1",
        "expiry": "2025-06-30",
        "serial": "S9",
    }


@pytest.mark.parametrize("raw", [b"", b"]d2", b"\xff\xfe"])
def test_decode_line_refuses(raw: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode_line(raw)


def test_visible() -> None:
    assert visible("a\x1db\x1e\x04\r") == "a<GS>b<RS><EOT><CR>"


# ---------------------------------------------------------------------------------- fuzzing

GS1_ALPHABET = st.sampled_from(list("0123456789ABCXYZ-/" + GS))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(GS1_ALPHABET, max_size=60)))
def test_fuzz_gs1_only_protocol_errors(text: str) -> None:
    try:
        code = parse_gs1(text)
    except ProtocolError:
        return
    assert code.gtin is not None and gs1_check_digit(code.gtin[:13]) == int(code.gtin[13])


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.builds(
            lambda body: IFA_HEADER + body,
            st.text(st.sampled_from(list("9NT1DS0123456789" + GS + RS + EOT)), max_size=50),
        ),
    )
)
def test_fuzz_ifa_only_protocol_errors(text: str) -> None:
    try:
        code = parse_ifa(text)
    except ProtocolError:
        return
    assert code.ppn is not None and ppn_check(code.ppn[:10]) == code.ppn[10:]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "]d2", "]C1", "]Q3", "]Q1", "]d1"]))
def test_fuzz_pack_code_dispatch(text: str, symbology: str | None) -> None:
    with contextlib.suppress(ProtocolError):
        parse_pack_code(Scan(text, symbology))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_fuzz_decode_line(raw: bytes) -> None:
    try:
        scan = decode_line(raw)
    except ProtocolError:
        return
    assert scan.text
    assert (scan.symbology or "").encode() + scan.text.encode() == raw
    describe_scan(scan)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_fuzz_split_aim(line: str) -> None:
    aim, data = split_aim(line)
    assert (aim or "") + data == line
