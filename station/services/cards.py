"""Patient cards at the station: which issuers are trusted, and checking a scanned card offline."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.domain.roles import Role
from station.services.access import require_role
from station.services.codec import patient_from
from station.services.errors import ServiceEdge, ServiceError
from station.services.server_calls import server_call
from station.services.sync_link import server_binding
from station.store.store import Session, Store
from sync.client.errors import SyncRejected
from sync.wire.cards import CardCheck, verify_card
from sync.wire.signing import load_public_key
from sync.wire.station_requests import CardIssueRequest

CARD_KEYS_META = "card_keys"
"""Store meta key: JSON object ``{key id: hex Ed25519 public key}`` of extra trusted issuers."""
REVOKED_CARDS_META = "card_revoked"
"""Store meta key: JSON list of withdrawn card serials (besides those the server withdrew)."""

_KEY_ROLES = (Role.ADMINISTRATOR, Role.TECHNICIAN, Role.CLINIC_LEAD)
ISSUING_ROLES = (Role.CLINIC_LEAD, Role.ADMINISTRATOR, Role.PRESCRIBER)
"""Who may have the server issue a patient's card from the station."""


@dataclass(frozen=True)
class IssuedCard:
    """A card the server signed for a patient at this station's request, printed to a PDF."""

    pdf: Path
    serial: str
    clinic_id: str
    code: str
    """The signed text in the card's DataMatrix (what the counter scans)."""


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


def issue_card(store: Store, session: Session, patient_id: str, folder: Path) -> IssuedCard:
    """Have the server sign a new card for a patient on the roster, check it, print it to a PDF.

    For a clinic lead, an administrator or a prescriber. The server withdraws the patient's
    earlier cards. The code that comes back must be a genuine card of this clinic's server
    for exactly this patient, or nothing is printed. The PDF (``card-<clinic id>-<serial>``)
    goes into ``folder``; it shows the code, the clinic id and the patient's name.
    """
    require_role(session, *ISSUING_ROLES)
    with store.reading(session) as projections:
        document = projections.patient(patient_id)
    if document is None:
        raise ServiceError(
            "This patient is not on this station's roster.", code="cards.patient_not_on_roster"
        )
    patient = patient_from(document)
    with server_call(store, session) as server:
        try:
            reply = server.issue_card(
                CardIssueRequest(patient_id=patient_id, requested_by=session.user.user_id)
            )
        except SyncRejected as error:
            if error.code != "unknown_patient":
                raise
            raise ServiceError(
                "The central server does not know this patient yet: let the station sync "
                "(the patient's record goes up with it), then issue the card again.",
                code="cards.patient_unknown_to_server",
            ) from None
    check = check_card(store, session, reply.code)
    if not check.ok or check.payload is None or check.payload.patient_id != patient_id:
        raise ServiceError(
            "The card the server sent is not a genuine card of this clinic for this patient: "
            "nothing was printed. Tell the technician.",
            code="cards.issued_card_refused",
        )
    from station.services.card_pdf import CardFace, render_card_pdf

    payload = check.payload
    target = folder / f"card-{_file_safe(patient.clinic_id)}-{payload.serial}.pdf"
    render_card_pdf(
        CardFace(
            code=reply.code,
            clinic_id=patient.clinic_id,
            name=f"{patient.given_name} {patient.family_name}",
            clinic_name=store.station_name,
            serial=payload.serial,
            issued_on=payload.issued_at[:10],
        ),
        target,
    )
    return IssuedCard(target, payload.serial, patient.clinic_id, reply.code)


def _file_safe(text: str) -> str:
    return "".join(char if char.isalnum() or char in "-_" else "_" for char in text)


class CardService(ServiceEdge):
    """The station's patient cards: check a scanned card, trust another issuer's key, issue one."""

    def __init__(self, store: Store, folder: Callable[[], Path] | None = None) -> None:
        self._store = store
        self._folder = folder or (lambda: store.data_dir / "cards")

    def issue(self, session: Session, patient_id: str, folder: Path | None = None) -> IssuedCard:
        """Have the server issue a patient's card and print it (see :func:`issue_card`)."""
        return issue_card(self._store, session, patient_id, folder or self._folder())

    def issuable_patients(self, session: Session) -> list[tuple[str, str, str]]:
        """The roster as (patient id, clinic id, name), for choosing whose card to issue."""
        require_role(session, *ISSUING_ROLES)
        with self._store.reading(session) as projections:
            patients = [patient_from(document) for document in projections.patients()]
        return sorted(
            (
                (
                    patient.patient_id,
                    patient.clinic_id,
                    f"{patient.given_name} {patient.family_name}",
                )
                for patient in patients
            ),
            key=lambda item: item[1],
        )

    def check(self, session: Session, text: str) -> CardCheck:
        """Verify a scanned card offline (see :func:`check_card`)."""
        return check_card(self._store, session, text)

    def trust_issuer(self, session: Session, key_id: str, public_key: Ed25519PublicKey) -> None:
        """Trust cards signed by ``public_key`` from now on (see :func:`trust_card_issuer`)."""
        trust_card_issuer(self._store, session, key_id, public_key)

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        """The card-issuing keys this station trusts."""
        return trusted_card_keys(self._store)
