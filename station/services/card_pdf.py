"""A patient's card as a PDF, rendered locally with fpdf2: the signed code as a DataMatrix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from PIL import Image

from devices.datamatrix import datamatrix_modules

CARD_W_MM, CARD_H_MM = 85.6, 53.98  # ISO/IEC 7810 ID-1, a bank card's size
_MODULE_PX = 8  # pixels per module in the embedded picture (a scanner sees sharp edges)
_QUIET_MODULES = 2  # the light margin a DataMatrix needs around it (ISO/IEC 16022: one)


@dataclass(frozen=True)
class CardFace:
    """What is printed on a card: the code, and the words a person reads."""

    code: str
    """The signed text the DataMatrix holds (the counter scans it)."""
    clinic_id: str
    """The patient's clinic number."""
    name: str
    clinic_name: str
    serial: str
    issued_on: str


def _latin(text: str) -> str:
    """The core PDF fonts speak Latin-1: replace what they cannot show."""
    return text.encode("latin-1", "replace").decode("latin-1")


def datamatrix_image(code: str) -> Image.Image:
    """The DataMatrix of ``code`` as a black-and-white picture with its quiet zone."""
    modules = datamatrix_modules(code)
    size = len(modules) + 2 * _QUIET_MODULES
    small = Image.new("L", (len(modules[0]) + 2 * _QUIET_MODULES, size), 255)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                small.putpixel((x + _QUIET_MODULES, y + _QUIET_MODULES), 0)
    return small.resize(
        (small.width * _MODULE_PX, small.height * _MODULE_PX), Image.Resampling.NEAREST
    )


def render_card_pdf(face: CardFace, target: Path) -> None:
    """Write an A4 page with the card to cut out (ID-1 size, outlined) and a line for staff."""
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    left, top = 20.0, 20.0
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(left, top, CARD_W_MM, CARD_H_MM, round_corners=True)
    code_mm = CARD_H_MM - 10
    pdf.image(datamatrix_image(face.code), x=left + 4, y=top + 5, w=code_mm, h=code_mm)
    text_x = left + code_mm + 8
    pdf.set_font("Helvetica", "B", 7)
    pdf.text(text_x, top + 9, _latin(face.clinic_name)[:40])
    pdf.set_font("Helvetica", "", 6)
    pdf.text(text_x, top + 15, "Clinic id")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(text_x, top + 20, _latin(face.clinic_id)[:20])
    pdf.set_font("Helvetica", "", 6)
    pdf.text(text_x, top + 27, "Name")
    pdf.set_font("Helvetica", "B", 8)
    for index, line in enumerate(_lines(_latin(face.name), 22)[:2]):
        pdf.text(text_x, top + 31 + 4 * index, line)
    pdf.set_font("Helvetica", "", 5.5)
    pdf.text(text_x, top + CARD_H_MM - 8, f"Card {face.serial}")
    pdf.text(text_x, top + CARD_H_MM - 5, f"Issued {face.issued_on}")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(
        left,
        top + CARD_H_MM + 8,
        "Cut along the line. Earlier cards of this patient are withdrawn at every station "
        "once it syncs.",
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))


def _lines(text: str, width: int) -> list[str]:
    """Words on lines of at most ``width`` characters (a longer word is cut)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word[:width])
    return lines or [""]
