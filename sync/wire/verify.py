"""Event checks shared by stations and the server: every record hash, link and signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.wire.chain import chain_hash, chain_hashes, checkpoint_message, sha256_hex, text_hashes
from sync.wire.signing import load_public_key

UNSIGNED_EVENT_TYPES = frozenset({"auth.failed", "auth.locked", "auth.key_strengthened"})
"""The only events that may travel without a signature.

A station writes them while nobody is signed in, when its signing key is sealed (a failed or
locked sign-in, a key strengthened before the session opens; ``station.store.events``
``CLEAR_EVENT_TYPES``). No station and no server acts on them. Every other event without a
valid signature of its station is refused, whatever it claims to be.
"""


def signature_holds(
    public: Ed25519PublicKey,
    station_id: str,
    seq: int,
    record_hash: str,
    signature: str | None,
    event_type: str,
) -> bool:
    """Tell whether one event's signature is its station's over its checkpoint message."""
    if signature is None:
        return event_type in UNSIGNED_EVENT_TYPES
    try:
        public.verify(bytes.fromhex(signature), checkpoint_message(station_id, seq, record_hash))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def first_bad_signature(
    public_hex: str,
    station_id: str,
    seqs: Sequence[int],
    records: Sequence[str],
    signatures: Sequence[str | None],
    types: Sequence[str],
) -> int | None:
    """The index of the first event whose signature does not hold (None: every one does).

    Every signature is verified (one Ed25519 verification per event). The arguments are plain
    values, so a helper process can run this on part of a batch.
    """
    public = load_public_key(public_hex)
    verify = public.verify
    fromhex = bytes.fromhex
    for index, (seq, record, signature, event_type) in enumerate(
        zip(seqs, records, signatures, types, strict=True)
    ):
        if signature is None:
            if event_type in UNSIGNED_EVENT_TYPES:
                continue
            return index
        try:
            verify(fromhex(signature), checkpoint_message(station_id, seq, record))
        except (InvalidSignature, ValueError, TypeError):
            return index
    return None


@dataclass(frozen=True)
class RowProblem:
    """The first event of a batch that does not verify, and what is wrong with it."""

    index: int
    seq: int
    what: str


def _row_problem(
    station_id: str, row: Sequence[Any], expected_seq: int, prev_hash: str
) -> str | None:
    """What is wrong with one own event given as a push array, checked alone (None: nothing)."""
    seq, event_uuid, hlc, kind, text, p_hash, sealed, prev, record, _signature = row
    if seq != expected_seq:
        return "records are missing before it"
    if prev != prev_hash:
        return "it does not link to the record before it"
    try:
        if sha256_hex(text.encode("utf-8")) != p_hash:
            return "its payload does not match its hash"
        if chain_hash(station_id, seq, event_uuid, hlc, kind, p_hash, sealed, prev) != record:
            return "its contents do not match its record hash"
    except (AttributeError, TypeError, ValueError, UnicodeError):
        return "its fields are not those of a record"
    return None


def own_rows_problem(
    station_id: str,
    rows: Sequence[Sequence[Any]],
    *,
    after: int,
    prev_hash: str | None,
    public: Ed25519PublicKey,
    signing_key: Ed25519PrivateKey | None = None,
) -> RowProblem | None:
    """Check a station's own events (push arrays, ``compact.PUSH_FIELDS``) before they leave.

    The events must follow on ``after`` (whose record hash is ``prev_hash``; None: that record
    is missing) one by one, each payload must match its hash, each record hash its fields, and
    each signature must be the station's. Return the first event that fails, or None.

    With ``signing_key`` (the station's own, opened by the session) a signature is checked by
    signing the message again: Ed25519 signatures are deterministic, so the station's own
    signature is exactly those bytes, and signing costs a third of a verification. Any other
    signature is then verified with ``public`` all the same.
    """
    count = len(rows)
    if not count:
        return None
    columns = list(zip(*rows, strict=True))
    seqs, uuids, hlcs, kinds, texts, p_hashes, sealed, prevs, records, signatures = columns
    limit = count
    try:
        plain = (
            list(seqs) == list(range(after + 1, after + 1 + count))
            and prevs[0] == prev_hash
            and list(prevs[1:]) == list(records[:-1])
            and text_hashes(texts) == list(p_hashes)
            and chain_hashes(station_id, seqs, uuids, hlcs, kinds, p_hashes, sealed, prevs)
            == list(records)
        )
    except (AttributeError, TypeError, ValueError, UnicodeError):
        plain = False
    first_hash_problem: RowProblem | None = None
    if not plain:
        expected_prev = prev_hash if prev_hash is not None else ""
        for index, row in enumerate(rows):
            what = _row_problem(station_id, row, after + 1 + index, expected_prev)
            if what is not None:
                first_hash_problem = RowProblem(index, _seq_of(row), what)
                limit = index
                break
            expected_prev = row[8]
    sign = signing_key.sign if signing_key is not None else None
    for index in range(limit):
        seq, record, signature, kind = seqs[index], records[index], signatures[index], kinds[index]
        if signature is None:
            if kind in UNSIGNED_EVENT_TYPES:
                continue
            return RowProblem(index, seq, "it is not signed")
        message = checkpoint_message(station_id, seq, record)
        if sign is not None and sign(message).hex() == signature:
            continue
        if not signature_holds(public, station_id, seq, record, signature, kind):
            return RowProblem(index, seq, "its signature is not this station's")
    return first_hash_problem


def _seq_of(row: Sequence[Any]) -> int:
    seq = row[0]
    return seq if isinstance(seq, int) else -1
