"""The append-only, hash-chained, encrypted event log of one station."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.store.crypto import CLEAR_KEY_ID, DataKey
from sync.wire.chain import (
    GENESIS_HASH,
    ChainFields,
    canonical_json,
    chain_hash,
    checkpoint_message,
)
from sync.wire.hlc import HlcStamp, HybridLogicalClock

# Event types whose payload holds no patient data and may be written while the store is locked
# (sign-in outcomes, written before the person's session exists: a user name and counts).
CLEAR_EVENT_TYPES = frozenset({"auth.failed", "auth.locked", "auth.key_strengthened"})

_COLUMNS = (
    "seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash, sealed_digest, "
    "prev_hash, hash, signature"
)


@dataclass(frozen=True)
class StoredEvent:
    """One event of this station's log, with its payload decrypted."""

    station_id: str
    seq: int
    uuid: str
    hlc: str
    type: str
    payload: dict[str, Any]
    payload_hash: str
    sealed_digest: str
    prev_hash: str
    hash: str
    signature: str | None

    def chain_fields(self) -> ChainFields:
        """The fields the record hash covers."""
        return ChainFields(
            station_id=self.station_id,
            seq=self.seq,
            uuid=self.uuid,
            hlc=self.hlc,
            type=self.type,
            payload_hash=self.payload_hash,
            sealed_digest=self.sealed_digest,
            prev_hash=self.prev_hash,
        )


def event_aad(station_id: str, seq: int, event_uuid: str, event_type: str) -> str:
    """Associated data that pins a sealed payload to its place in the log."""
    return f"event|{station_id}|{seq}|{event_uuid}|{event_type}"


_JSON_SCALARS = frozenset({str, int, bool, type(None)})


def _plain_json(value: dict[Any, Any] | list[Any]) -> bool:
    """True when ``value`` holds only dicts with str keys, lists, str, int, bool and None."""
    if value.__class__ is dict:
        for key, item in value.items():
            if key.__class__ is not str:
                return False
            kind = item.__class__
            if kind in _JSON_SCALARS or ((kind is dict or kind is list) and _plain_json(item)):
                continue
            return False
        return True
    for item in value:
        kind = item.__class__
        if kind in _JSON_SCALARS or ((kind is dict or kind is list) and _plain_json(item)):
            continue
        return False
    return True


def canonical_payload(payload: dict[str, Any]) -> bytes:
    """``canonical_json(payload)``, made by orjson when that gives the same bytes.

    For dicts with str keys, lists, str, int (within 64 bits), bool and None orjson writes
    exactly what the reference encoder does (same escapes, UTF-8, keys in code point order);
    a float, another type, an integer beyond 64 bits or a lone surrogate takes the reference
    path, which decides (and refuses what it always refused).
    """
    if _plain_json(payload):
        try:
            return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:
            pass
    return canonical_json(payload)


def new_event_uuid() -> str:
    """A time-ordered UUID (version 7, RFC 9562) in its usual text form.

    48 bits of Unix milliseconds, then 74 random bits. The log's ``uuid`` index (and the
    server's, and other stations' ``remote_events``) then grows at its right edge like the
    sequence does, instead of at a random leaf: a commit rewrites one index page it has
    just written and seldom splits one, where random (version 4) ids split a leaf every few
    events. The time it shows is already in the event's clear HLC stamp; events recorded
    before keep their version 4 ids.
    """
    raw = bytearray((time.time_ns() // 1_000_000).to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass(frozen=True)
class PreparedEvent:
    """What an event's append needs that does not depend on its place in the chain.

    Made before the write transaction begins, so that the write lock is held for less work.
    """

    type: str
    payload: dict[str, Any]
    uuid: str
    plaintext: bytes
    payload_hash: str


class EventLog:
    """Appends events in the caller's transaction and reads them back."""

    def __init__(self, station_id: str, last_hlc: str | None = None) -> None:
        self.station_id = station_id
        self._clock = HybridLogicalClock(station_id, HlcStamp.parse(last_hlc) if last_hlc else None)
        self._last_issued: str | None = None
        self.wall: Callable[[], float] = time.time
        """The wall clock the stamps follow (the station's clock, bounded by the server's)."""

    @staticmethod
    def prepare(
        event_type: str, payload: dict[str, Any], data_key: DataKey | None
    ) -> PreparedEvent:
        """Salt, encode and hash one event's payload (no transaction needed)."""
        if data_key is None and event_type not in CLEAR_EVENT_TYPES:
            raise RuntimeError("the store is locked: unlock before recording")
        salted = dict(payload)
        salted["salt"] = secrets.token_hex(16)
        plaintext = canonical_payload(salted)
        return PreparedEvent(
            type=event_type,
            payload=salted,
            uuid=new_event_uuid(),
            plaintext=plaintext,
            payload_hash=hashlib.sha256(plaintext).hexdigest(),  # = payload_hash(salted)
        )

    def append(
        self,
        connection: sqlite3.Connection,
        event_type: str,
        payload: dict[str, Any],
        data_key: DataKey | None,
        signing_key: Ed25519PrivateKey | None,
    ) -> StoredEvent:
        """Add one event at the head of the chain; the caller holds a write transaction."""
        return self.append_prepared(
            connection, self.prepare(event_type, payload, data_key), data_key, signing_key
        )

    def append_prepared(
        self,
        connection: sqlite3.Connection,
        event: PreparedEvent,
        data_key: DataKey | None,
        signing_key: Ed25519PrivateKey | None,
    ) -> StoredEvent:
        """Add a prepared event at the head of the chain; the caller holds a write transaction."""
        if not connection.in_transaction:
            raise RuntimeError("events are appended inside a transaction")
        event_type, event_uuid, plaintext = event.type, event.uuid, event.plaintext
        if data_key is None and event_type not in CLEAR_EVENT_TYPES:
            raise RuntimeError("the store is locked: unlock before recording")
        head = connection.execute(
            "SELECT seq, hash, hlc FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq = (head[0] + 1) if head else 1
        prev_hash = head[1] if head else GENESIS_HASH
        if head and head[2] != self._last_issued:  # our own last stamp: the clock is past it
            self._clock.observe(HlcStamp.parse(head[2]), 0)
        stamp = str(self._clock.now(int(self.wall() * 1000)))
        self._last_issued = stamp
        if event_type in CLEAR_EVENT_TYPES:
            key_id, sealed = CLEAR_KEY_ID, plaintext
        else:
            assert data_key is not None
            key_id = data_key.key_id
            sealed = data_key.seal(
                plaintext, event_aad(self.station_id, seq, event_uuid, event_type)
            )
        sealed_digest = hashlib.sha256(sealed).hexdigest()
        record_hash = chain_hash(
            self.station_id,
            seq,
            event_uuid,
            stamp,
            event_type,
            event.payload_hash,
            sealed_digest,
            prev_hash,
        )
        signature = (
            signing_key.sign(checkpoint_message(self.station_id, seq, record_hash)).hex()
            if signing_key is not None
            else None
        )
        connection.execute(
            f"INSERT INTO events ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
            (
                seq,
                event_uuid,
                self.station_id,
                stamp,
                event_type,
                key_id,
                sealed,
                event.payload_hash,
                sealed_digest,
                prev_hash,
                record_hash,
                signature,
            ),
        )
        return StoredEvent(
            station_id=self.station_id,
            seq=seq,
            uuid=event_uuid,
            hlc=stamp,
            type=event_type,
            payload=event.payload,
            payload_hash=event.payload_hash,
            sealed_digest=sealed_digest,
            prev_hash=prev_hash,
            hash=record_hash,
            signature=signature,
        )

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp of another node (a pulled event): later ones sort after."""
        self._clock.observe(HlcStamp.parse(stamp), int(self.wall() * 1000))

    @staticmethod
    def head(connection: sqlite3.Connection) -> tuple[int, str]:
        """Return the highest sequence number and its hash (0 and the genesis hash if empty)."""
        row = connection.execute(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)

    @staticmethod
    def read(
        connection: sqlite3.Connection,
        data_key: DataKey,
        after_seq: int = 0,
        limit: int | None = None,
    ) -> list[StoredEvent]:
        """Read events after ``after_seq`` in order, decrypting every payload."""
        query = f"SELECT {_COLUMNS} FROM events WHERE seq > ? ORDER BY seq"  # noqa: S608
        parameters: tuple[int, ...] = (after_seq,)
        if limit is not None:
            query += " LIMIT ?"
            parameters = (after_seq, limit)
        return [decode_row(row, data_key) for row in connection.execute(query, parameters)]


def decode_row(row: tuple[Any, ...], data_key: DataKey) -> StoredEvent:
    """Turn an ``events`` row into a :class:`StoredEvent`, decrypting its payload."""
    (seq, event_uuid, station_id, hlc, event_type, key_id, sealed, p_hash, digest, prev, h, sig) = (
        row
    )
    if key_id == CLEAR_KEY_ID:
        plaintext = bytes(sealed)
    else:
        plaintext = data_key.open(bytes(sealed), event_aad(station_id, seq, event_uuid, event_type))
    return StoredEvent(
        station_id=station_id,
        seq=seq,
        uuid=event_uuid,
        hlc=hlc,
        type=event_type,
        payload=json.loads(plaintext),
        payload_hash=p_hash,
        sealed_digest=digest,
        prev_hash=prev,
        hash=h,
        signature=sig,
    )
