"""DataMatrix ECC 200 modules for the local label preview, drawn by ppf-datamatrix (pure Python)."""

from __future__ import annotations

import codecs
from typing import Final

from ppf.datamatrix import DataMatrix

GS: Final = "\x1d"
FNC1: Final = 232
UPPER_SHIFT: Final = 235
_DIGITS: Final = frozenset("0123456789")

# ppf-datamatrix picks its encodation through Python codecs named ``datamatrix.<name>``; these
# two add what its own codecs lack: Latin-1 characters (upper shift) and GS1's FNC1.
LATIN1_CODEC: Final = "datamatrix.station_latin1"
GS1_CODEC: Final = "datamatrix.station_gs1"


def ascii_codewords(data: str, *, gs1: bool = False) -> bytes:
    """ECC 200 ASCII encodation (ISO/IEC 16022 5.2.3) of Latin-1 ``data``.

    Two digits share one codeword (130 + value), ASCII 0–127 is value + 1, 128–255 is an
    upper shift (235) followed by value − 127. In GS1 mode the symbol starts with FNC1 (232)
    and every GS in ``data`` (the end of a variable-length element) becomes FNC1.
    """
    out = bytearray([FNC1] if gs1 else [])
    index = 0
    while index < len(data):
        char = data[index]
        code = ord(char)
        if code > 0xFF:
            raise ValueError("DataMatrix data must be Latin-1")
        if char in _DIGITS and index + 1 < len(data) and data[index + 1] in _DIGITS:
            out.append(130 + int(data[index : index + 2]))
            index += 2
            continue
        if gs1 and char == GS:
            out.append(FNC1)
        elif code > 127:
            out += bytes((UPPER_SHIFT, code - 127))
        else:
            out.append(code + 1)
        index += 1
    return bytes(out)


def _codec(name: str) -> codecs.CodecInfo | None:
    gs1 = name == GS1_CODEC
    if name not in (LATIN1_CODEC, GS1_CODEC):
        return None

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        return ascii_codewords(text, gs1=gs1), len(text)

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        raise NotImplementedError("the preview only encodes")

    return codecs.CodecInfo(encode, decode, name=name)  # type: ignore[arg-type]


codecs.register(_codec)


def _printable_ascii(data: str) -> bool:
    return all(32 <= ord(char) < 127 for char in data)


def datamatrix_modules(data: str, *, gs1: bool = False) -> list[list[int]]:
    """The square ECC 200 symbol for ``data`` as rows of 1 (dark) and 0 (light), finder included.

    Plain printable ASCII lets ppf-datamatrix choose the shortest encodation, as a printer
    does; anything else (control characters, Latin-1, GS1 with FNC1) is ASCII-encoded here.
    Raises ``ValueError`` for data no symbol can hold (non-Latin-1, or too long).
    """
    if not data:
        raise ValueError("DataMatrix data must not be empty")
    symbol = DataMatrix(data)
    if gs1 or not _printable_ascii(data):
        ascii_codewords(data, gs1=gs1)  # refuse non-Latin-1 with a clear message first
        symbol.codecs = [GS1_CODEC if gs1 else LATIN1_CODEC]
    rows = symbol.matrix
    return [[1 if cell else 0 for cell in row] for row in rows]
