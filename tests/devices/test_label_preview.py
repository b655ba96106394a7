"""Local label preview: the same layout drawn with Pillow, at the positions ZPL uses."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

from PIL import Image

from devices import label_preview
from devices.label_preview import code128_modules, render_preview, write_preview
from devices.protocols.zpl import (
    Box,
    Code128,
    DataMatrixCode,
    Label,
    LabelSize,
    QrCode,
    TextField,
    demo_syringe_label,
)

SIZE = LabelSize(400, 200)


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Count black pixels inside box (left, top, right, bottom)."""
    return sum(image.crop(box).convert("L").histogram()[:128])


def test_preview_has_label_size_in_dots(tmp_path: Path) -> None:
    path = tmp_path / "label.png"
    preview = write_preview(demo_syringe_label(), path)
    with Image.open(path) as image:
        assert image.size == (456, 256)
        assert image.format == "PNG"
    assert preview.png_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_text_drawn_at_its_field_origin_and_height() -> None:
    image = render_preview(Label(SIZE, (TextField(200, 100, "HHHH", height=40),))).image
    assert _ink(image, (200, 100, 400, 140)) > 200
    # Nothing outside the text's cell.
    assert _ink(image, (0, 0, 400, 100)) == 0
    assert _ink(image, (0, 141, 400, 200)) == 0
    assert _ink(image, (0, 0, 199, 200)) == 0


def test_text_width_scales_horizontally() -> None:
    narrow = render_preview(Label(SIZE, (TextField(0, 0, "MMMM", height=40, width=20),))).image
    wide = render_preview(Label(SIZE, (TextField(0, 0, "MMMM", height=40, width=80),))).image
    narrow_right = narrow.getbbox()
    assert narrow_right is not None
    inverted = Image.eval(wide.convert("L"), lambda value: 255 - value)
    wide_box = inverted.getbbox()
    narrow_box = Image.eval(narrow.convert("L"), lambda value: 255 - value).getbbox()
    assert wide_box is not None and narrow_box is not None
    assert wide_box[2] > 2 * narrow_box[2]


def test_qr_is_drawn_with_segno_at_magnification() -> None:
    import segno

    image = render_preview(Label(SIZE, (QrCode(10, 20, "DEMO-0042", magnification=4),))).image
    matrix = segno.make_qr("DEMO-0042", error="q").matrix
    size = len(matrix) * 4
    # Each module is a 4×4 square of the segno matrix value.
    for row in range(len(matrix)):
        for column in range(len(matrix)):
            pixel = image.getpixel((10 + column * 4 + 1, 20 + row * 4 + 1))
            assert (pixel == 0) == bool(matrix[row][column])
    assert _ink(image, (10 + size, 0, 400, 200)) == 0


def test_datamatrix_is_a_real_symbol_not_a_qr_stand_in() -> None:
    preview = render_preview(Label(SIZE, (DataMatrixCode(50, 50, "SYR-DEMO-1", module=3),)))
    assert preview.notes == ()
    # ECC 200 finder pattern: the left column and the bottom row are solid, the top row and
    # the right column alternate (a QR code has three square finders instead).
    rows = label_preview.datamatrix_rows("SYR-DEMO-1")
    assert rows is not None
    size = len(rows)
    assert all(preview.image.getpixel((51, 50 + 3 * row + 1)) == 0 for row in range(size))
    assert all(
        preview.image.getpixel((50 + 3 * col + 1, 50 + 3 * size - 2)) == 0 for col in range(size)
    )
    top = [preview.image.getpixel((50 + 3 * col + 1, 51)) == 0 for col in range(size)]
    assert top == [col % 2 == 0 for col in range(size)]


def test_box_and_no_ink_elsewhere() -> None:
    image = render_preview(Label(SIZE, (Box(10, 10, 100, 50, thickness=3),))).image
    assert image.getpixel((10, 10)) == 0
    assert image.getpixel((109, 59)) == 0
    assert image.getpixel((60, 35)) != 0  # inside stays white
    assert image.getpixel((111, 61)) != 0


def test_code128_known_pattern() -> None:
    # "A": start B (211214), 'A' = value 33 (111323), check (104 + 33) % 103 = 34 (131123), stop.
    expected = "211214" + "111323" + "131123" + "2331112"
    modules = code128_modules("A")
    widths = []
    run = 1
    for before, after in itertools.pairwise(modules):
        if after == before:
            run += 1
        else:
            widths.append(run)
            run = 1
    widths.append(run)
    assert "".join(str(width) for width in widths) == expected
    image = render_preview(Label(SIZE, (Code128(10, 10, "A", height=30, module_width=2),))).image
    assert image.getpixel((10, 20)) == 0  # the start character's first bar


def test_png_round_trip() -> None:
    data = render_preview(demo_syringe_label()).png_bytes()
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (456, 256)
