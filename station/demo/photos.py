"""The demo patients' photos: drawn cartoon faces marked FICTIONAL, the same for each patient."""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw, ImageFont

SIZE = 320
_BACKGROUNDS = ("#1f4e79", "#7b2d26", "#2e6b30", "#5b3a87", "#8a5a00", "#00606b", "#6b2f5a")
_SKINS = ("#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac", "#d4a373")
_HAIR = ("#2b1d0e", "#5a3825", "#a0522d", "#d8c078", "#888888", "#111111")
_SHIRTS = ("#e74c3c", "#3498db", "#f1c40f", "#1abc9c", "#ecf0f1", "#9b59b6")


def demo_photo(seed: str) -> bytes:
    """A PNG of a cartoon head and shoulders chosen by ``seed``, with FICTIONAL across it.

    Nobody's face: a drawing from a few circles and arcs in colours picked from the seed (the
    demo patient's id), so a demo patient always has the same picture and no two look alike.
    """
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    image = Image.new("RGB", (SIZE, SIZE), _BACKGROUNDS[digest[0] % len(_BACKGROUNDS)])
    draw = ImageDraw.Draw(image)
    skin = _SKINS[digest[1] % len(_SKINS)]
    hair = _HAIR[digest[2] % len(_HAIR)]
    shirt = _SHIRTS[digest[3] % len(_SHIRTS)]
    width = 96 + digest[4] % 24  # half the head's width
    centre, top = SIZE // 2, 52 + digest[5] % 12
    draw.ellipse((centre - 120, 250, centre + 120, 430), fill=shirt)  # shoulders
    draw.rectangle((centre - 26, 200, centre + 26, 262), fill=skin)  # neck
    draw.ellipse((centre - width - 6, top - 14, centre + width + 6, top + 150), fill=hair)
    draw.ellipse((centre - width, top, centre + width, top + 200), fill=skin)  # face
    if digest[6] % 2:  # a fringe
        draw.chord((centre - width, top - 10, centre + width, top + 90), 180, 360, fill=hair)
    eye_y = top + 86
    for side in (-1, 1):
        x = centre + side * (width // 2)
        draw.ellipse((x - 12, eye_y - 9, x + 12, eye_y + 9), fill="#ffffff")
        draw.ellipse((x - 5, eye_y - 5, x + 5, eye_y + 5), fill="#1b1b1b")
    draw.line((centre, eye_y + 12, centre - 8, eye_y + 44, centre + 6, eye_y + 46), fill="#5b3a29")
    mouth = (centre - 34, eye_y + 40, centre + 34, eye_y + 84)
    draw.arc(mouth, 20, 160, fill="#7b241c", width=5)
    band = (0, SIZE - 92, SIZE, SIZE - 40)
    draw.rectangle(band, fill="#ffffff")
    font = ImageFont.load_default(size=34)
    draw.text(
        (SIZE // 2, (band[1] + band[3]) // 2), "FICTIONAL", fill="#b00020", font=font, anchor="mm"
    )
    small = ImageFont.load_default(size=20)
    draw.text((SIZE - 10, 10), "DEMO", fill="#ffffff", font=small, anchor="ra")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
