"""Patient cards at the station: which issuers are trusted, and checking a scanned card offline."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.domain.roles import Role
from station.services.access import require_role
from station.services.errors import ServiceEdge, ServiceError
from station.services.sync_link import server_binding
from station.store.store import Session, Store
from sync.wire.cards import CardCheck, verify_card
from sync.wire.signing import load_public_key

CARD_KEYS_META = "card_keys"
"""Store meta key: JSON object ``{key id: hex Ed25519 public key}`` of extra trusted issuers."""
REVOKED_CARDS_META = "card_revoked"
"""Store meta key: JSON list of withdrawn card serials (besides those the server withdrew)."""

_KEY_ROLES = (Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CLINIC_LEAD)


def trusted_card_keys(store: Store) -> dict[str, Ed25519PublicKey]:
    """The card-issuing keys this station trusts: its server's, and any it was told to trust."""
    stored = json.loads(store.meta(CARD_KEYS_META) or "{}")
    keys = {
        kid: Ed25519PublicKey.from_public_bytes(bytes.fromhex(hexkey))
        for kid, hexkey in stored.items()
    }
    binding = server_binding(store)
    if binding is not None:
        keys[binding.server_key_id] = load_public_key(binding.server_public_key)
    return keys


def trust_card_issuer(
    store: Store, session: Session, key_id: str, public_key: Ed25519PublicKey
) -> None:
    """Trust cards signed by ``public_key`` from now on (administrator, technician, clinic lead).

    The change is an event in the audit trail, in the same transaction as the kept key.
    """
    require_role(session, *_KEY_ROLES)
    if not key_id.strip():
        raise ServiceError(
            "A card issuer's key needs its key id.", code="cards.issuer_key_id_missing"
        )
    hex_key = public_key.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ).hex()
    binding = server_binding(store)
    if binding is not None and key_id == binding.server_key_id:
        raise ServiceError(
            "This key id is the central server's: its key comes with the enrolment and "
            "cannot be replaced here.",
            code="cards.issuer_key_is_server",
        )
    with store.transaction():  # the event and the kept key commit together
        stored = json.loads(store.meta(CARD_KEYS_META) or "{}")
        previous = stored.get(key_id)
        stored[key_id] = hex_key
        store.record(
            session,
            "card_issuer.trusted",
            {
                "key_id": key_id,
                "public_key": hex_key,
                "replaced": previous,
                "station_id": store.station_id,
                "by": session.user.user_id,
            },
        )
        store.set_meta(CARD_KEYS_META, json.dumps(stored, sort_keys=True))


def check_card(store: Store, session: Session, text: str) -> CardCheck:
    """Verify a scanned card offline: a trusted issuer's signature, not withdrawn, this clinic."""
    revoked = set(json.loads(store.meta(REVOKED_CARDS_META) or "[]"))
    with store.reading(session) as projections:
        revoked |= projections.revoked_card_serials()
    binding = server_binding(store)
    return verify_card(
        text,
        trusted_card_keys(store),
        frozenset(revoked),
        binding.clinic_id if binding is not None else None,
    )


class CardService(ServiceEdge):
    """The station's patient cards: check a scanned card, trust another issuer's key."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def check(self, session: Session, text: str) -> CardCheck:
        """Verify a scanned card offline (see :func:`check_card`)."""
        return check_card(self._store, session, text)

    def trust_issuer(self, session: Session, key_id: str, public_key: Ed25519PublicKey) -> None:
        """Trust cards signed by ``public_key`` from now on (see :func:`trust_card_issuer`)."""
        trust_card_issuer(self._store, session, key_id, public_key)

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        """The card-issuing keys this station trusts."""
        return trusted_card_keys(self._store)
