"""Patient cards: a server-signed payload in a QR code that stations verify offline."""

from __future__ import annotations

import base64
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.wire.chain import canonical_json
from sync.wire.signing import verify_hex

CARD_VERSION = 1
CARD_PREFIX = "HATC1"


@dataclass(frozen=True)
class CardPayload:
    """What a patient card says: who, which clinic, when issued, which card and which key."""

    patient_id: str
    clinic_id: str
    issued_at: str
    serial: str
    key_id: str

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object that is signed."""
        return {
            "v": CARD_VERSION,
            "patient_id": self.patient_id,
            "clinic_id": self.clinic_id,
            "issued_at": self.issued_at,
            "serial": self.serial,
            "kid": self.key_id,
        }

    def signing_bytes(self) -> bytes:
        """Return the exact bytes the server signs."""
        return b"hat-patient-card/v1\n" + canonical_json(self.to_json())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_card(payload: CardPayload, key: Ed25519PrivateKey) -> str:
    """Return the text to put in the card's QR code: prefix, payload and signature."""
    signature = key.sign(payload.signing_bytes())
    return f"{CARD_PREFIX}.{_b64(canonical_json(payload.to_json()))}.{_b64(signature)}"


class CardVerdict(Enum):
    """The outcome of checking a scanned card offline."""

    VALID = "valid"
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    REVOKED = "revoked"
    OTHER_CLINIC = "other_clinic"


@dataclass(frozen=True)
class CardCheck:
    """A verdict, the payload when it could be read, and a sentence a nurse understands."""

    verdict: CardVerdict
    payload: CardPayload | None
    message: str

    @property
    def ok(self) -> bool:
        """True only for a genuine, unrevoked card of this clinic."""
        return self.verdict is CardVerdict.VALID


_MESSAGES = {
    CardVerdict.VALID: "Card is genuine and valid.",
    CardVerdict.MALFORMED: "This code is not a patient card of this service.",
    CardVerdict.UNKNOWN_KEY: (
        "Card signed with a key this station does not know; check identity manually."
    ),
    CardVerdict.BAD_SIGNATURE: (
        "Card signature does not match: the card may be forged. Check identity manually."
    ),
    CardVerdict.REVOKED: (
        "This card has been withdrawn (lost or replaced). Check identity manually."
    ),
    CardVerdict.OTHER_CLINIC: "This card belongs to another clinic.",
}


def _parse(text: str) -> tuple[CardPayload, bytes, bytes] | None:
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != CARD_PREFIX:
        return None
    try:
        body = json.loads(_unb64(parts[1]))
        signature = _unb64(parts[2])
        if not isinstance(body, dict) or body.get("v") != CARD_VERSION:
            return None
        payload = CardPayload(
            patient_id=str(body["patient_id"]),
            clinic_id=str(body["clinic_id"]),
            issued_at=str(body["issued_at"]),
            serial=str(body["serial"]),
            key_id=str(body["kid"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
    return payload, signature, _unb64(parts[1])


def verify_card(
    text: str,
    pinned_keys: Mapping[str, Ed25519PublicKey],
    revoked_serials: Collection[str],
    clinic_id: str | None = None,
) -> CardCheck:
    """Check a scanned card offline against pinned server keys and the synced revocation list."""
    parsed = _parse(text)
    if parsed is None:
        return CardCheck(CardVerdict.MALFORMED, None, _MESSAGES[CardVerdict.MALFORMED])
    payload, signature, raw = parsed
    if raw != canonical_json(payload.to_json()):
        return CardCheck(CardVerdict.MALFORMED, None, _MESSAGES[CardVerdict.MALFORMED])
    public = pinned_keys.get(payload.key_id)
    if public is None:
        verdict = CardVerdict.UNKNOWN_KEY
    elif not verify_hex(public, signature.hex(), payload.signing_bytes()):
        verdict = CardVerdict.BAD_SIGNATURE
    elif payload.serial in revoked_serials:
        verdict = CardVerdict.REVOKED
    elif clinic_id is not None and payload.clinic_id != clinic_id:
        verdict = CardVerdict.OTHER_CLINIC
    else:
        verdict = CardVerdict.VALID
    return CardCheck(verdict, payload, _MESSAGES[verdict])
