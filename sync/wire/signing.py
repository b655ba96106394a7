"""Ed25519 keys in hex, and request signatures that bind method, path, body, time and a nonce."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

REQUEST_SIGNATURE_VERSION = 1
HEADER_STATION = "X-Hat-Station"
HEADER_TIMESTAMP = "X-Hat-Timestamp"
HEADER_NONCE = "X-Hat-Nonce"
HEADER_SIGNATURE = "X-Hat-Signature"
HEADER_STATION_CLOCK = "X-Hat-Station-Clock"  # the station's own uncorrected wall clock

Signer = Callable[[bytes], bytes]
"""Signs bytes with a station's Ed25519 key (the key itself may stay inside the store)."""


def public_key_hex(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """Return the raw 32-byte public key in hex."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def load_public_key(hex_key: str) -> Ed25519PublicKey:
    """Parse a hex raw Ed25519 public key; raise ``ValueError`` if it is not one."""
    raw = bytes.fromhex(hex_key)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def key_id(public_hex: str) -> str:
    """Return a short, stable identifier of a public key (first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


def verify_hex(public: Ed25519PublicKey, signature_hex: str, message: bytes) -> bool:
    """Check a hex Ed25519 signature; any malformed input is simply invalid."""
    try:
        public.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def body_hash(body: bytes) -> str:
    """SHA-256 of a request body, hex."""
    return hashlib.sha256(body).hexdigest()


def request_message(
    station_id: str, *, method: str, path: str, body_sha256: str, timestamp: int, nonce: str
) -> bytes:
    """Return the bytes a station signs for one HTTP request (path includes the query)."""
    return (
        f"hat-sync-request/v{REQUEST_SIGNATURE_VERSION}\n{station_id}\n{method.upper()}\n{path}\n"
        f"{body_sha256}\n{timestamp}\n{nonce}\n"
    ).encode()


def enrollment_message(code: str, station_id: str, public_hex: str) -> bytes:
    """Return the bytes a station signs to prove it holds its key when it enrolls."""
    return f"hat-sync-enroll/v1\n{code}\n{station_id}\n{public_hex}\n".encode()


@dataclass(frozen=True)
class SignedHeaders:
    """The headers that authenticate one request."""

    station_id: str
    timestamp: int
    nonce: str
    signature: str

    def as_dict(self) -> dict[str, str]:
        """Return them as HTTP headers."""
        return {
            HEADER_STATION: self.station_id,
            HEADER_TIMESTAMP: str(self.timestamp),
            HEADER_NONCE: self.nonce,
            HEADER_SIGNATURE: self.signature,
        }


def sign_request(
    signer: Signer,
    station_id: str,
    *,
    method: str,
    path: str,
    body: bytes,
    timestamp: int,
    nonce: str | None = None,
) -> SignedHeaders:
    """Sign one request with the station's signer; a fresh random nonce unless one is given."""
    nonce = nonce or secrets.token_hex(16)
    message = request_message(
        station_id,
        method=method,
        path=path,
        body_sha256=body_hash(body),
        timestamp=timestamp,
        nonce=nonce,
    )
    return SignedHeaders(station_id, timestamp, nonce, signer(message).hex())
