"""Push receipts: the server's signature over the head of a station's chain it holds."""

# Every push reply (wire versions 1 and 2) carries ``receipt``:
# ``{"receipt": {...}, "signature": HEX}``. ``receipt`` holds ``clinic_id``, ``server_key_id``,
# ``station_id``, ``seq`` (the highest contiguous sequence of the station the server holds
# after that push), ``hash`` (that event's record hash) and ``issued_at`` (whole seconds of
# the server's clock). ``signature`` is the server's Ed25519 signature (the key that signs the
# station-key directory, ``sync.wire.directory``) over ``receipt_message``: a fixed header,
# then the canonical JSON of ``receipt``. A station checks it with the server key it pinned at
# enrollment and keeps it: from then on, its own record ``seq`` must keep that hash (a record
# the server confirmed cannot be rewritten unnoticed) and its log must not end before it.

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.wire.chain import canonical_json, parse_json_object
from sync.wire.signing import load_public_key, verify_hex

RECEIPT_VERSION = 1
_HEADER = f"hat-sync-push-receipt/v{RECEIPT_VERSION}\n".encode()
_FIELDS = ("clinic_id", "server_key_id", "station_id", "seq", "hash", "issued_at")


class ReceiptError(ValueError):
    """A receipt that is not signed by the pinned server key, or not about this station."""


@dataclass(frozen=True)
class Receipt:
    """A checked receipt: the server held the station's chain up to ``seq`` ending in ``hash``."""

    station_id: str
    seq: int
    hash: str
    issued_at: int
    signed: str
    """The signed receipt as it travelled (canonical JSON), to keep and check again later."""

    @property
    def day(self) -> date:
        """The (UTC) day the server issued it."""
        return datetime.fromtimestamp(self.issued_at, UTC).date()


def receipt_message(receipt: Mapping[str, Any]) -> bytes:
    """The bytes the server signs: a fixed header, then the canonical JSON of the receipt."""
    return _HEADER + canonical_json(dict(receipt))


def sign_receipt(
    signing_key: Ed25519PrivateKey,
    *,
    clinic_id: str,
    server_key_id: str,
    station_id: str,
    seq: int,
    head_hash: str,
    issued_at: int,
) -> dict[str, Any]:
    """Make a signed receipt (the ``receipt`` field of a push reply)."""
    receipt = {
        "clinic_id": clinic_id,
        "server_key_id": server_key_id,
        "station_id": station_id,
        "seq": int(seq),
        "hash": head_hash,
        "issued_at": int(issued_at),
    }
    return {"receipt": receipt, "signature": signing_key.sign(receipt_message(receipt)).hex()}


def read_receipt(
    signed: Mapping[str, Any] | str | bytes,
    server_public_hex: str,
    *,
    clinic_id: str | None,
    station_id: str,
) -> Receipt:
    """Check a signed receipt with the pinned server key; return what it says.

    ``signed`` is the reply's ``receipt`` field, or the text a station kept of it. Raise
    ``ReceiptError`` (one sentence) if it is not a receipt, its signature is not the pinned
    server key's, or it is about another clinic or station.
    """
    try:
        reply = parse_json_object(signed) if isinstance(signed, str | bytes) else dict(signed)
        receipt = reply["receipt"]
        signature = reply["signature"]
        if not isinstance(receipt, dict) or not isinstance(signature, str):
            raise TypeError("receipt and signature")
        if set(receipt) != set(_FIELDS):
            raise KeyError("fields")
        server_key = load_public_key(server_public_hex)
        seq, issued_at = receipt["seq"], receipt["issued_at"]
        head_hash = receipt["hash"]
        if not (isinstance(seq, int) and isinstance(issued_at, int) and isinstance(head_hash, str)):
            raise TypeError("seq, issued_at and hash")
    except (KeyError, TypeError, ValueError) as error:
        raise ReceiptError(
            f"The server's receipt for this push is not readable ({type(error).__name__})."
        ) from None
    if not verify_hex(server_key, signature, receipt_message(receipt)):
        raise ReceiptError(
            "The server's receipt for this push is not signed by the server key this station "
            "pinned at enrollment."
        )
    if clinic_id is not None and receipt["clinic_id"] != clinic_id:
        raise ReceiptError("The server's receipt for this push is for another clinic.")
    if receipt["station_id"] != station_id:
        raise ReceiptError("The server's receipt for this push is about another station.")
    if seq < 0:
        raise ReceiptError("The server's receipt for this push names no record.")
    return Receipt(
        station_id=station_id,
        seq=seq,
        hash=head_hash,
        issued_at=issued_at,
        signed=canonical_json({"receipt": receipt, "signature": signature}).decode(),
    )
