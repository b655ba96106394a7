"""Verifies the audit chain: every hash, link, signature and, with a key, every payload."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.store.crypto import CLEAR_KEY_ID, DataKey, DecryptionFailed
from station.store.events import CLEAR_EVENT_TYPES, event_aad
from sync.wire.chain import GENESIS_HASH, ChainFields, checkpoint_message, payload_hash, sha256_hex


@dataclass(frozen=True)
class AuditResult:
    """The outcome of a chain walk; ``problem`` names the first bad record in plain words."""

    checked: int
    head_seq: int
    decrypted: bool
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        """True when nothing was found wrong."""
        return self.problem is None


def verify_chain(
    connection: sqlite3.Connection,
    public_key: Ed25519PublicKey | None,
    recorded_head: tuple[int, str] | None,
    data_key: DataKey | None = None,
    resealed: Mapping[int, str] | None = None,
    legacy_unsigned_through: int = 0,
) -> AuditResult:
    """Walk the whole log in sequence order and stop at the first record that does not hold.

    ``resealed`` names own events sealed again after a restore from backup (seq -> digest of
    the new sealed bytes); with a key, their payload is still checked against the chain.
    Every record must carry the station's signature, except sign-in records that older
    versions wrote unsigned, up to ``legacy_unsigned_through``.
    """
    resealed = resealed or {}
    expected_seq = 1
    previous_hash = GENESIS_HASH
    checked = 0

    def bad(seq: int, uuid: str, what: str) -> AuditResult:
        return AuditResult(
            checked, expected_seq - 1, data_key is not None, seq, f"record #{seq} ({uuid}): {what}"
        )

    rows = connection.execute(
        "SELECT seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash, sealed_digest,"
        " prev_hash, hash, signature FROM events ORDER BY seq"
    )
    for row in rows:
        (
            seq,
            uuid,
            station_id,
            hlc,
            event_type,
            key_id,
            sealed,
            p_hash,
            digest,
            prev,
            stored,
            sig,
        ) = row
        if seq != expected_seq:
            what = (
                f"expected record #{expected_seq} here; records are missing before it"
                if seq > expected_seq
                else "sequence number repeats or goes backwards"
            )
            return bad(seq, uuid, what)
        if prev != previous_hash:
            return bad(
                seq, uuid, "does not link to the record before it (removed, inserted or reordered)"
            )
        if sha256_hex(bytes(sealed)) not in (digest, resealed.get(seq)):
            return bad(seq, uuid, "its stored payload bytes were changed")
        fields = ChainFields(station_id, seq, uuid, hlc, event_type, p_hash, digest, prev)
        if fields.record_hash() != stored:
            return bad(seq, uuid, "its contents do not match its hash (changed)")
        if sig is None:
            if event_type not in CLEAR_EVENT_TYPES or seq > legacy_unsigned_through:
                return bad(seq, uuid, "is not signed by the station key")
        elif public_key is not None:
            try:
                public_key.verify(bytes.fromhex(sig), checkpoint_message(station_id, seq, stored))
            except (InvalidSignature, ValueError):
                return bad(seq, uuid, "its station signature does not verify")
        if (key_id == CLEAR_KEY_ID) != (event_type in CLEAR_EVENT_TYPES):
            return bad(seq, uuid, "is stored in clear although it must be encrypted")
        if data_key is not None or key_id == CLEAR_KEY_ID:
            try:
                plaintext = (
                    bytes(sealed)
                    if key_id == CLEAR_KEY_ID
                    else data_key.open(bytes(sealed), event_aad(station_id, seq, uuid, event_type))  # type: ignore[union-attr]
                )
                if payload_hash(json.loads(plaintext)) != p_hash:
                    return bad(seq, uuid, "its decrypted payload does not match its payload hash")
            except (DecryptionFailed, ValueError):
                return bad(seq, uuid, "its payload does not decrypt with the station key")
        previous_hash = stored
        expected_seq += 1
        checked += 1
    head_seq = expected_seq - 1
    if recorded_head is not None:
        recorded_seq, recorded_hash = recorded_head
        if recorded_seq > head_seq:
            return AuditResult(
                checked,
                head_seq,
                data_key is not None,
                head_seq + 1,
                f"record #{head_seq + 1} and later are missing (the log ended at #{recorded_seq})",
            )
        if recorded_seq < head_seq:
            return AuditResult(
                checked,
                head_seq,
                data_key is not None,
                recorded_seq + 1,
                f"record #{recorded_seq + 1} and later were not written by the station "
                f"(the log it recorded ends at #{recorded_seq})",
            )
        if recorded_seq == head_seq and recorded_hash != previous_hash:
            return AuditResult(
                checked,
                head_seq,
                data_key is not None,
                head_seq,
                f"record #{head_seq}: the head of the log was replaced",
            )
    return AuditResult(checked, head_seq, data_key is not None)


def integrity_check(connection: sqlite3.Connection) -> str:
    """Run SQLite's own integrity check; return ``"ok"`` or its first complaint."""
    return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
