"""The preview's DataMatrix is a real ECC 200 symbol of the payload the ZPL ``^BX`` sends.

Decoding uses zxing-cpp (a dev dependency, wheels on PyPI, no system library); without it
the decoding tests are skipped with that reason, and the fixed known-good matrix still runs.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from devices.datamatrix import ascii_codewords, datamatrix_modules
from devices.label_preview import DATAMATRIX_UNENCODABLE_NOTE, render_preview
from devices.protocols.zpl import (
    DataMatrixCode,
    Label,
    LabelSize,
    demo_syringe_label,
    escape_datamatrix,
    render_zpl,
    unescape_datamatrix,
)
from devices.sim.printer import parse_format

zxingcpp: Any
try:
    import zxingcpp
except ImportError:  # pragma: no cover - dev extra not installed
    zxingcpp = None

needs_decoder = pytest.mark.skipif(
    zxingcpp is None, reason="zxing-cpp (dev extra) is not installed: cannot decode symbols"
)

# "123456" in a 10 × 10 symbol, as drawn by zxing-cpp's own (independent, C++) encoder:
# ASCII digit pairs 142 164 186, then five Reed-Solomon codewords.
KNOWN_123456 = (
    "1010101010",
    "1100101101",
    "1100000100",
    "1100011101",
    "1100001000",
    "1000001111",
    "1110110000",
    "1111011001",
    "1001110100",
    "1111111111",
)


def _matrix_image(rows: list[list[int]], module: int = 4, quiet: int = 4) -> Image.Image:
    side_x, side_y = len(rows[0]) + 2 * quiet, len(rows) + 2 * quiet
    image = Image.new("L", (side_x * module, side_y * module), 255)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + quiet) * module, (y + quiet) * module
                image.paste(0, (left, top, left + module, top + module))
    return image


def _decode(image: Image.Image) -> list[tuple[bytes, str]]:
    assert zxingcpp is not None
    found = zxingcpp.read_barcodes(
        image.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix)
    )
    return [(bytes(result.bytes), str(result.symbology_identifier)) for result in found]


def test_ascii_encodation_follows_iso_16022() -> None:
    assert ascii_codewords("123456") == bytes([142, 164, 186])
    assert ascii_codewords("A1") == bytes([66, 50])
    assert ascii_codewords("\xe4") == bytes([235, 0xE4 - 127])
    assert ascii_codewords("01\x1d21", gs1=True) == bytes([232, 131, 232, 151])
    with pytest.raises(ValueError, match="Latin-1"):
        ascii_codewords("\u20ac")


def test_fixed_payload_matches_an_independent_encoder_bit_for_bit() -> None:
    rows = datamatrix_modules("123456")
    assert ["".join(str(cell) for cell in row) for row in rows] == list(KNOWN_123456)


def test_preview_draws_the_symbol_module_by_module() -> None:
    rows = datamatrix_modules("SYR-DEMO-1")
    preview = render_preview(Label(LabelSize(200, 200), (DataMatrixCode(50, 40, "SYR-DEMO-1", 3),)))
    assert preview.notes == ()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            pixel = preview.image.getpixel((50 + 3 * x + 1, 40 + 3 * y + 1))
            assert (pixel == 0) == bool(dark), (x, y)


@needs_decoder
def test_syringe_label_preview_decodes_to_what_the_zpl_sends() -> None:
    label = demo_syringe_label()
    fields = [field for field in parse_format(render_zpl(label)) if field.kind == "BX"]
    assert len(fields) == 1
    sent, gs1 = unescape_datamatrix(fields[0].data)
    assert not gs1
    assert _decode(render_preview(label).image) == [(sent.encode("latin-1"), "]d1")]


@needs_decoder
def test_gs1_symbol_starts_with_fnc1_and_keeps_its_separators() -> None:
    data = "01041501234567821725063010L1\x1d21S9"
    label = Label(LabelSize(300, 300), (DataMatrixCode(40, 40, data, module=4, gs1=True),))
    fields = [field for field in parse_format(render_zpl(label)) if field.kind == "BX"]
    assert unescape_datamatrix(fields[0].data) == (data, True)
    assert _decode(render_preview(label).image) == [(data.encode(), "]d2")]


@needs_decoder
def test_latin1_and_control_characters_survive() -> None:
    data = "Dosis 2,40 mL \xe4\xdf \x04 _^~"
    label = Label(LabelSize(300, 300), (DataMatrixCode(40, 40, data, module=3),))
    fields = [field for field in parse_format(render_zpl(label)) if field.kind == "BX"]
    assert unescape_datamatrix(fields[0].data) == (data, False)
    assert _decode(render_preview(label).image) == [(data.encode("latin-1"), "]d1")]


@needs_decoder
@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(min_codepoint=1, max_codepoint=255), min_size=1, max_size=80))
def test_any_latin1_text_decodes_back(data: str) -> None:
    decoded = _decode(_matrix_image(datamatrix_modules(data)))
    assert decoded == [(data.encode("latin-1"), "]d1")]


@settings(max_examples=200)
@given(st.text(st.characters(min_codepoint=0, max_codepoint=255), min_size=1), st.booleans())
def test_zpl_escaping_round_trips(data: str, gs1: bool) -> None:
    escaped = escape_datamatrix(data, gs1)
    assert not any(char in escaped for char in "^~")
    assert unescape_datamatrix(escaped) == (data, gs1)


def test_unencodable_data_is_marked_never_drawn_as_another_code() -> None:
    too_long = "x" * 4000
    preview = render_preview(Label(LabelSize(200, 200), (DataMatrixCode(10, 10, too_long, 3),)))
    assert preview.notes == (DATAMATRIX_UNENCODABLE_NOTE,)
    # A crossed box of 30 × 30 dots: its corners and centre are inked, nothing else far away.
    assert preview.image.getpixel((10, 10)) == 0
    assert preview.image.getpixel((24, 24)) == 0
    assert preview.image.getpixel((17, 11)) != 0
    assert preview.image.getpixel((60, 60)) != 0
