"""Canonical event hashing shared by the station's log and the server: one chain, both sides."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

CHAIN_VERSION = 1
GENESIS_HASH = "0" * 64

_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
# Characters json.dumps(ensure_ascii=False) escapes; a string without them encodes as "text".
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\]')


def canonical_json(value: Any) -> bytes:
    """Serialise JSON-ready data deterministically (sorted keys, no spaces, UTF-8)."""
    return _CANONICAL.encode(value).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """Return the lowercase hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def payload_hash(payload: dict[str, Any]) -> str:
    """Hash an event's plaintext payload (payloads carry a random salt, so this leaks nothing)."""
    return sha256_hex(canonical_json(payload))


@dataclass(frozen=True)
class ChainFields:
    """The fields of one event that its record hash covers."""

    station_id: str
    seq: int
    uuid: str
    hlc: str
    type: str
    payload_hash: str
    sealed_digest: str
    prev_hash: str

    def record_hash(self) -> str:
        """Hash these fields; the next event stores the result as its ``prev_hash``."""
        return record_hash(
            station_id=self.station_id,
            seq=self.seq,
            uuid=self.uuid,
            hlc=self.hlc,
            type=self.type,
            payload_hash=self.payload_hash,
            sealed_digest=self.sealed_digest,
            prev_hash=self.prev_hash,
        )


def record_hash(
    *,
    station_id: str,
    seq: int,
    uuid: str,
    hlc: str,
    type: str,
    payload_hash: str,
    sealed_digest: str,
    prev_hash: str,
) -> str:
    """Hash one event's chain fields (``ChainFields.record_hash`` without building one)."""
    texts = (hlc, payload_hash, prev_hash, sealed_digest, station_id, type, uuid)
    if seq.__class__ is int and not _NEEDS_ESCAPE.search("".join(texts)):
        # The same bytes canonical_json makes (keys in sorted order), built directly.
        return sha256_hex(
            '{{"hlc":"{}","payload_hash":"{}","prev":"{}","sealed_digest":"{}","seq":{},'
            '"station":"{}","type":"{}","uuid":"{}","v":{}}}'.format(
                *texts[:4], seq, *texts[4:], CHAIN_VERSION
            ).encode("utf-8")
        )
    return sha256_hex(
        canonical_json(
            {
                "v": CHAIN_VERSION,
                "station": station_id,
                "seq": seq,
                "uuid": uuid,
                "hlc": hlc,
                "type": type,
                "payload_hash": payload_hash,
                "sealed_digest": sealed_digest,
                "prev": prev_hash,
            }
        )
    )


def checkpoint_message(station_id: str, seq: int, head_hash: str) -> bytes:
    """The bytes a station signs to vouch for its chain up to ``seq`` (C2SP signed-note style)."""
    header = f"hat-dosing-station/checkpoint/v{CHAIN_VERSION}"
    return f"{header}\n{station_id}\n{seq}\n{head_hash}\n".encode()
