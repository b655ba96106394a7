"""Render a printable patient card (PNG or PDF) with its signed QR code, locally."""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PIL import Image, ImageDraw

from sync.wire.cards import CardPayload


def card_lines(payload: CardPayload, clinic_number: str | None = None) -> list[str]:
    """The words printed beside the code: identifiers only, never a name or a birth date.

    The patient's clinic number is printed for staff (it is not in the signed code, which
    names the patient by id and the issuing clinic by its organisation id).
    """
    lines = ["Patient card"]
    if clinic_number:
        lines.append(f"Clinic number: {clinic_number}")
    lines += [
        f"Patient id: {payload.patient_id}",
        f"Issuing clinic: {payload.clinic_id}",
        f"Card: {payload.serial}",
        f"Issued: {payload.issued_at[:10]}",
        f"Key: {payload.key_id}",
    ]
    return lines


def render_card(
    payload: CardPayload, qr_text: str, out: Path, clinic_number: str | None = None
) -> None:
    """Write a card-sized image with the QR code and the card's identifiers (no patient names)."""
    qr = segno.make(qr_text, error="m")
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=6, border=4)
    buffer.seek(0)
    qr_image = Image.open(buffer).convert("RGB")
    lines = card_lines(payload, clinic_number)
    width = qr_image.width + 520
    height = max(qr_image.height, 40 + 36 * len(lines)) + 40
    card = Image.new("RGB", (width, height), "white")
    card.paste(qr_image, (20, 20))
    draw = ImageDraw.Draw(card)
    for index, line in enumerate(lines):
        draw.text((qr_image.width + 40, 30 + index * 36), line, fill="black")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".pdf":
        card.save(out, "PDF", resolution=150.0)
    else:
        card.save(out, "PNG")
