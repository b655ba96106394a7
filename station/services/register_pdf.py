"""The controlled-drug register as a PDF, rendered locally with fpdf2 (nothing is sent out).

A year's register holds 200,000 entries, so the table is typeset as fixed-width text lines
(Courier), one drawing call per entry, instead of a cell per field. A field too long for its
column ends in ``~`` and is repeated in full on the line below, like every correction note.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONT_SIZE = 6.5  # pt
LINE_MM = 3.2
# Characters per column; the last column (notes) is printed on its own line below the entry.
_CHARS = (6, 10, 5, 20, 38, 12, 12, 24, 24, 32)
_LEFT_MM = 10.0
_WRAP = 190  # characters of a note line


def _latin(text: str) -> str:
    """The core PDF fonts speak Latin-1: replace what they cannot show."""
    return text.replace("→", "->").replace("—", "-").encode("latin-1", "replace").decode("latin-1")


def _fit(text: str, width: int) -> tuple[str, bool]:
    if len(text) <= width:
        return text.ljust(width), False
    return text[: width - 1] + "~", True


def render_register_pdf(
    title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], target: Path
) -> None:
    """Write the register as a landscape A4 PDF with a title, print time and page numbers."""
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=False)
    printed = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    bottom = pdf.h - 10
    heading = " ".join(
        _fit(name.replace("_", " "), width)[0] for name, width in zip(columns, _CHARS, strict=False)
    )

    def new_page() -> float:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(_LEFT_MM, 12, _latin(title))
        pdf.set_font("Helvetica", "", 7)
        pdf.text(_LEFT_MM, 16, f"Printed {printed} - page {pdf.page_no()}")
        pdf.set_font("Courier", "B", FONT_SIZE)
        pdf.text(_LEFT_MM, 21, heading)
        pdf.line(_LEFT_MM, 22, pdf.w - _LEFT_MM, 22)
        pdf.set_font("Courier", "", FONT_SIZE)
        return 22 + LINE_MM

    y = new_page()
    for row in rows:
        fields = [_latin(value) for value in row]
        parts = []
        cut = False
        for value, width in zip(fields, _CHARS, strict=False):
            shown, was_cut = _fit(value, width)
            parts.append(shown)
            cut = cut or was_cut
        texts = []
        if cut:
            texts.append("In full: " + " | ".join(fields[: len(_CHARS)]))
        if len(fields) > len(_CHARS) and fields[len(_CHARS)]:
            texts.append("Notes: " + fields[len(_CHARS)])
        extra = [
            "    " + text[start : start + _WRAP]
            for text in texts
            for start in range(0, len(text), _WRAP)
        ]
        needed = LINE_MM * (1 + len(extra))
        if y + needed > bottom:
            y = new_page()
        pdf.text(_LEFT_MM, y, " ".join(parts).rstrip())
        y += LINE_MM
        for line in extra:
            pdf.text(_LEFT_MM, y, line)
            y += LINE_MM
    if not rows:
        pdf.text(_LEFT_MM, y, "No entries.")
    pdf.output(str(target))
