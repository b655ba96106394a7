"""Render a printable patient card (PNG or PDF) with its signed QR code, locally."""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PIL import Image, ImageDraw

from sync.wire.cards import CardPayload


def render_card(payload: CardPayload, qr_text: str, out: Path) -> None:
    """Write a card-sized image with the QR code and the card's identifiers (no patient names)."""
    qr = segno.make(qr_text, error="m")
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=6, border=2)
    buffer.seek(0)
    qr_image = Image.open(buffer).convert("RGB")
    width = qr_image.width + 520
    height = max(qr_image.height, 320) + 40
    card = Image.new("RGB", (width, height), "white")
    card.paste(qr_image, (20, 20))
    draw = ImageDraw.Draw(card)
    lines = [
        "Patient card",
        f"Patient: {payload.patient_id}",
        f"Clinic: {payload.clinic_id}",
        f"Card: {payload.serial}",
        f"Issued: {payload.issued_at[:10]}",
        f"Key: {payload.key_id}",
    ]
    for index, line in enumerate(lines):
        draw.text((qr_image.width + 40, 30 + index * 36), line, fill="black")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".pdf":
        card.save(out, "PDF", resolution=150.0)
    else:
        card.save(out, "PNG")
