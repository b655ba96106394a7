"""Patient cards at the counter: check the signed card offline, then find the patient."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.store.store import Store
from sync.wire.cards import CardCheck, verify_card

CARD_KEYS_META = "card_keys"
"""Store meta key: JSON object ``{key id: hex Ed25519 public key}`` of the card issuers pinned."""
REVOKED_CARDS_META = "card_revoked"
"""Store meta key: JSON list of withdrawn card serials."""


def pinned_card_keys(store: Store) -> dict[str, Ed25519PublicKey]:
    """The card-issuing keys this station trusts (public keys, kept in clear)."""
    stored = json.loads(store.meta(CARD_KEYS_META) or "{}")
    return {
        kid: Ed25519PublicKey.from_public_bytes(bytes.fromhex(hexkey))
        for kid, hexkey in stored.items()
    }


def pin_card_key(store: Store, key_id: str, public_key: Ed25519PublicKey) -> None:
    """Trust cards signed by ``public_key`` (done at enrolment, or by the demo)."""
    from cryptography.hazmat.primitives import serialization

    stored = json.loads(store.meta(CARD_KEYS_META) or "{}")
    stored[key_id] = public_key.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ).hex()
    store.set_meta(CARD_KEYS_META, json.dumps(stored, sort_keys=True))


def check_card(store: Store, text: str) -> CardCheck:
    """Verify a scanned card offline against the pinned keys and the withdrawn serials."""
    revoked = json.loads(store.meta(REVOKED_CARDS_META) or "[]")
    return verify_card(text, pinned_card_keys(store), frozenset(revoked))
