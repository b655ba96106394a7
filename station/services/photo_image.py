"""Identification photos made safe to keep: a JPEG or PNG read, re-encoded, shrunk, stripped."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from station.services.errors import ServiceError

MAX_SIDE = 480
"""The longest side of a kept photo, in pixels (a face on the identification panel is 160)."""
MAX_JPEG_BYTES = 60_000
"""The most a kept photo takes: it is sealed into an event that every station pulls."""
MIN_SIDE = 64
"""A picture smaller than this on its shorter side shows no face worth checking."""
MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_INPUT_PIXELS = 50_000_000
"""Larger pictures are refused before they are decoded (a "decompression bomb")."""
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG"})
_QUALITIES = (85, 75, 65, 55, 45, 35)
_TOO_LARGE = "This picture is too large (at most 20 MB and 50 million pixels)."


@dataclass(frozen=True)
class KeptPhoto:
    """A photo as the station keeps it: baseline JPEG bytes, no metadata, and its size."""

    jpeg: bytes
    width: int
    height: int


def _unreadable() -> ServiceError:
    return ServiceError(
        "This file is not a JPEG or PNG picture the station can read.",
        code="intake.photo_unreadable",
    )


def kept_photo(data: bytes) -> KeptPhoto:
    """Read a JPEG or PNG, turn it upright, shrink it to :data:`MAX_SIDE` and re-encode it.

    The result is a new JPEG of at most :data:`MAX_JPEG_BYTES` with no EXIF (no camera, place
    or time) and no colour profile; transparency is laid on white. Anything else (another
    format, a broken or oversized file, a tiny picture) is refused with a ServiceError.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise ServiceError(_TOO_LARGE, code="intake.photo_too_large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=sorted(ACCEPTED_FORMATS)) as opened:
                if opened.width * opened.height > MAX_INPUT_PIXELS:
                    raise ServiceError(_TOO_LARGE, code="intake.photo_too_large")
                opened.load()
                image = ImageOps.exif_transpose(opened)
    except ServiceError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        raise _unreadable() from None
    if min(image.width, image.height) < MIN_SIDE:
        raise ServiceError(
            "This picture is too small to recognise a face (at least {size} pixels a side).",
            code="intake.photo_too_small",
            size=MIN_SIDE,
        )
    if image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, (255, 255, 255))
        image.paste(rgba, mask=rgba.getchannel("A"))
    else:
        image = image.convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    for quality in _QUALITIES:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_JPEG_BYTES:
            return KeptPhoto(out.getvalue(), image.width, image.height)
    image.thumbnail((MAX_SIDE // 2, MAX_SIDE // 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=_QUALITIES[-1], optimize=True)
    return KeptPhoto(out.getvalue(), image.width, image.height)
