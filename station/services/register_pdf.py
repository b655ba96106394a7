"""The controlled-drug register as a PDF, rendered locally with fpdf2 (nothing is sent out)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

# Column widths in mm on a landscape A4 page (277 mm inside 10 mm margins). The last column
# (notes) is not a cell: notes, and reasons too long for their cell, follow the row in full.
_WIDTHS = (12, 20, 12, 30, 55, 24, 26, 34, 34, 30)


def _latin(text: str) -> str:
    """The core PDF fonts speak Latin-1: replace what they cannot show."""
    return text.replace("→", "->").replace("—", "-").encode("latin-1", "replace").decode("latin-1")


def render_register_pdf(
    title: str, columns: Sequence[str], rows: Sequence[Sequence[str]], target: Path
) -> None:
    """Write a landscape table of the register with a title, a print time and page numbers."""
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_margins(10, 10, 10)
    printed = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")

    def header() -> None:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, _latin(title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(
            0, 5, _latin(f"Printed {printed} - page {pdf.page_no()}"), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("Helvetica", "B", 7)
        for width, name in zip(_WIDTHS, columns[: len(_WIDTHS)], strict=True):
            pdf.cell(width, 5, _latin(name.replace("_", " ")), border=1)
        pdf.ln()
        pdf.set_font("Helvetica", "", 6.5)

    pdf.add_page()
    header()
    for row in rows:
        if pdf.will_page_break(10):
            pdf.add_page()
            header()
        cut = False
        for width, value in zip(_WIDTHS, row[: len(_WIDTHS)], strict=True):
            text = _latin(value)
            if pdf.get_string_width(text) > width - 1:
                cut = True
                while text and pdf.get_string_width(text + "~") > width - 1:
                    text = text[:-1]
                text += "~"
            pdf.cell(width, 5, text, border=1)
        pdf.ln()
        extra = [f"Reason: {row[-2]}"] if cut and row[-2] else []
        if row[-1]:
            extra.append(f"Notes: {row[-1]}")
        if extra:
            pdf.set_x(10 + _WIDTHS[0])
            pdf.multi_cell(sum(_WIDTHS[1:]), 4, _latin("  ".join(extra)), border=1)
    if not rows:
        pdf.cell(0, 6, "No entries.")
    pdf.output(str(target))
