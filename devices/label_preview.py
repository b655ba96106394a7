"""Local PNG preview of a ZPL label layout, drawn with Pillow from the same model (never online)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno
from PIL import Image, ImageDraw, ImageFont

from devices.datamatrix import datamatrix_modules
from devices.protocols.zpl import Box, Code128, DataMatrixCode, Label, QrCode, TextField

DATAMATRIX_UNENCODABLE_NOTE = (
    "a DataMatrix could not be drawn: its data is not Latin-1 or too long for one symbol "
    "(the printer would not print it either); a crossed box marks its place"
)
DATAMATRIX_PLACEHOLDER_NOTE = DATAMATRIX_UNENCODABLE_NOTE
"""Old name of :data:`DATAMATRIX_UNENCODABLE_NOTE` (no QR stand-in is drawn any more)."""


@dataclass(frozen=True)
class Preview:
    """A rendered preview and what it could not draw faithfully."""

    image: Image.Image
    notes: tuple[str, ...]

    def png_bytes(self) -> bytes:
        """Encode the preview as PNG."""
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG")
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        """Write the preview as a PNG file."""
        path.write_bytes(self.png_bytes())


def _font(height: int) -> ImageFont.FreeTypeFont:
    """A scalable font whose cell (ascent + descent) is ``height`` pixels.

    Zebra font 0 (CG Triumvirate Bold Condensed) is not freely available; Pillow's bundled
    scalable font with the same cell height keeps each line's position and size faithful.
    """
    font = ImageFont.load_default(size=height)
    if not isinstance(font, ImageFont.FreeTypeFont):  # Pillow built without FreeType
        raise RuntimeError("label preview needs Pillow with FreeType support")
    ascent, descent = font.getmetrics()
    if ascent + descent > height:
        smaller = ImageFont.load_default(size=max(1, height * height // (ascent + descent)))
        if isinstance(smaller, ImageFont.FreeTypeFont):
            font = smaller
    return font


def _draw_text(image: Image.Image, element: TextField) -> None:
    font = _font(element.height)
    width = max(1, int(font.getlength(element.text or " ")) + 1)
    strip = Image.new("L", (width, element.height), 0)
    ImageDraw.Draw(strip).text((0, 0), element.text, font=font, fill=255)
    if element.width:
        scaled = max(1, round(width * element.width / element.height))
        strip = strip.resize((scaled, element.height))
    # The strip is a mask: ink where the glyphs are, leaving lines behind the text intact.
    image.paste(0, (element.x, element.y), strip.point(lambda value: 255 if value >= 128 else 0))


def _draw_matrix(draw: ImageDraw.ImageDraw, x: int, y: int, rows: list[Any], module: int) -> None:
    for row_index, row in enumerate(rows):
        for column_index, dark in enumerate(row):
            if dark:
                left = x + column_index * module
                top = y + row_index * module
                draw.rectangle((left, top, left + module - 1, top + module - 1), fill=0)


def _qr_rows(data: str, error: str) -> list[Any]:
    code = segno.make_qr(data, error=error.lower())
    return [list(row) for row in code.matrix]


def datamatrix_rows(data: str, *, gs1: bool = False) -> list[list[int]] | None:
    """The DataMatrix modules the printer's ``^BX`` draws for ``data``; ``None`` if unencodable."""
    try:
        return datamatrix_modules(data, gs1=gs1)
    except ValueError:
        return None


def _draw_unencodable(draw: ImageDraw.ImageDraw, element: DataMatrixCode) -> None:
    side = 10 * element.module
    right, bottom = element.x + side - 1, element.y + side - 1
    draw.rectangle((element.x, element.y, right, bottom), outline=0)
    draw.line((element.x, element.y, right, bottom), fill=0)
    draw.line((element.x, bottom, right, element.y), fill=0)


def render_preview(label: Label) -> Preview:
    """Draw the label at one pixel per printer dot: text, codes and boxes at their positions."""
    image = Image.new("1", (label.size.width_dots, label.size.height_dots), 1)
    draw = ImageDraw.Draw(image)
    notes: list[str] = []
    for element in label.elements:
        if isinstance(element, TextField):
            _draw_text(image, element)
        elif isinstance(element, QrCode):
            rows = _qr_rows(element.data, element.error_correction)
            _draw_matrix(draw, element.x, element.y, rows, element.magnification)
        elif isinstance(element, DataMatrixCode):
            dm_rows = datamatrix_rows(element.data, gs1=element.gs1)
            if dm_rows is None:
                _draw_unencodable(draw, element)
                if DATAMATRIX_UNENCODABLE_NOTE not in notes:
                    notes.append(DATAMATRIX_UNENCODABLE_NOTE)
            else:
                _draw_matrix(draw, element.x, element.y, dm_rows, element.module)
        elif isinstance(element, Code128):
            _draw_code128(image, element)
        elif isinstance(element, Box):
            _draw_box(draw, element)
    return Preview(image=image, notes=tuple(notes))


def _draw_box(draw: ImageDraw.ImageDraw, element: Box) -> None:
    right = element.x + element.width - 1
    bottom = element.y + element.height - 1
    draw.rectangle((element.x, element.y, right, bottom), outline=0, width=element.thickness)


# Code 128 bar patterns (widths of bar, space, bar, space, bar, space), values 0–106.
_CODE128_PATTERNS: tuple[str, ...] = (
    "212222",
    "222122",
    "222221",
    "121223",
    "121322",
    "131222",
    "122213",
    "122312",
    "132212",
    "221213",
    "221312",
    "231212",
    "112232",
    "122132",
    "122231",
    "113222",
    "123122",
    "123221",
    "223211",
    "221132",
    "221231",
    "213212",
    "223112",
    "312131",
    "311222",
    "321122",
    "321221",
    "312212",
    "322112",
    "322211",
    "212123",
    "212321",
    "232121",
    "111323",
    "131123",
    "131321",
    "112313",
    "132113",
    "132311",
    "211313",
    "231113",
    "231311",
    "112133",
    "112331",
    "132131",
    "113123",
    "113321",
    "133121",
    "313121",
    "211331",
    "231131",
    "213113",
    "213311",
    "213131",
    "311123",
    "311321",
    "331121",
    "312113",
    "312311",
    "332111",
    "314111",
    "221411",
    "431111",
    "111224",
    "111422",
    "121124",
    "121421",
    "141122",
    "141221",
    "112214",
    "112412",
    "122114",
    "122411",
    "142112",
    "142211",
    "241211",
    "221114",
    "413111",
    "241112",
    "134111",
    "111242",
    "121142",
    "121241",
    "114212",
    "124112",
    "124211",
    "411212",
    "421112",
    "421211",
    "212141",
    "214121",
    "412121",
    "111143",
    "111341",
    "131141",
    "114113",
    "114311",
    "411113",
    "411311",
    "113141",
    "114131",
    "311141",
    "411131",
    "211412",
    "211214",
    "211232",
    "2331112",
)


def code128_modules(data: str) -> list[int]:
    """Encode printable ASCII in Code 128 subset B: bar (1) and space (0) modules, no quiet zone."""
    start_b = 104
    values = [start_b] + [ord(char) - 32 for char in data]
    checksum = (start_b + sum(index * value for index, value in enumerate(values[1:], 1))) % 103
    values += [checksum, 106]
    modules: list[int] = []
    for value in values:
        for index, width in enumerate(_CODE128_PATTERNS[value]):
            modules.extend([1 if index % 2 == 0 else 0] * int(width))
    return modules


def _draw_code128(image: Image.Image, element: Code128) -> None:
    draw = ImageDraw.Draw(image)
    x = element.x
    for dark in code128_modules(element.data):
        if dark:
            draw.rectangle(
                (x, element.y, x + element.module_width - 1, element.y + element.height - 1),
                fill=0,
            )
        x += element.module_width
    # ^BC…,Y prints the interpretation line below the bars.
    text_height = max(10, element.height // 3)
    below = element.y + element.height + 2
    _draw_text(image, TextField(element.x, below, element.data, text_height))


def write_preview(label: Label, path: Path) -> Preview:
    """Render the label and write it as PNG to ``path``; return the preview (with its notes)."""
    preview = render_preview(label)
    preview.save(path)
    return preview
