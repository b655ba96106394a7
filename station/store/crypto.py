"""Encryption at rest: the data key, sealed fields, key wrapping and blind indexes."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
import struct
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ENVELOPE_VERSION = 1
CLEAR_KEY_ID = 0
_HEADER = struct.Struct(">BH")
_NONCE_BYTES = 12


class DecryptionFailed(Exception):
    """A sealed value could not be opened: wrong key, or the bytes were changed or moved."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside every wrap so they can change over time.

    The defaults are for new profiles. Why 96 MiB, 3 passes, 4 lanes:

    * At or above every published floor: OWASP's Argon2id minimum is 19 MiB with 2 passes
      (or 46 MiB with 1); RFC 9106's recommendation for machines short of memory is 64 MiB,
      3 passes, 4 lanes. These defaults are that recommendation with 1.5 times the memory.
    * Unlocking must feel deliberate but not hold up the counter: 0.2 to 1.0 s. The cost
      is memory bandwidth on one core (the library does not spread lanes over threads), so
      it swings with the machine's load. Measured on a shared 2-core machine: 128 MiB x 3
      passes took 0.26 s when quiet but 1.2 to 1.5 s when busy (over the limit); 64 MiB
      took 0.46 to 0.6 s busy and so about 0.13 s quiet (too quick); 96 MiB took 0.29 to
      0.34 s at moderate load, 0.6 to 0.9 s busy and 0.18 s on a quiet, freshly started
      machine (too quick). So these are the floor: a new profile measures them and adds
      passes until an unlock takes about 0.45 s on its own machine (:func:`calibrate_kdf`).
    * Lanes stay at 4 as RFC 9106 recommends; with one thread they cost nothing extra.

    Profiles created earlier keep the parameters stored with each of their wraps (and in
    their settings, for new wraps): changing these defaults never changes an existing key.
    """

    algorithm: str = "argon2id"
    version: int = 1
    memory_kib: int = 98304
    iterations: int = 3
    lanes: int = 4

    def same_family(self, other: KdfParams) -> bool:
        """Tell whether ``other`` differs from these parameters in its passes at most."""
        return replace(self, iterations=other.iterations) == other

    def as_json(self) -> dict[str, Any]:
        """Return the parameters as stored."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        """Read stored parameters; refuse an unknown algorithm or a record missing a field.

        Every field must be stored: filling a gap from the defaults would derive another key
        once the defaults change.
        """
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation algorithm")
        missing = {field.name for field in fields(cls)} - data.keys()
        if missing:
            raise ValueError(f"stored key derivation parameters lack {sorted(missing)}")
        return cls(**data)


DEFAULT_KDF = KdfParams()
# For automated tests only: a cheap derivation so that hundreds of logins stay fast.
TEST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)

# What a new profile's unlock should take on the machine that creates it: the middle (on a
# log scale) of the 0.2 to 1.0 s the counter allows, so that the same machine twice as busy,
# or twice as quiet, still unlocks within it.
UNLOCK_TARGET_SECONDS = 0.45
# Passes a calibration may choose: never under the defaults (RFC 9106's three passes), and
# never so many that a machine measured while unusually quiet then takes seconds when busy.
CALIBRATION_PASSES = range(DEFAULT_KDF.iterations, 13)


def calibrate_kdf(
    target_seconds: float = UNLOCK_TARGET_SECONDS,
    measure: Callable[[KdfParams], float] | None = None,
) -> KdfParams:
    """The defaults with as many passes as make one derivation take ``target_seconds`` here.

    A fixed number of passes cannot suit every counter: the time is memory bandwidth on one
    core, and a quiet modern machine derived the defaults in 0.18 s (too quick to slow down a
    guesser as meant) while a busy one took 0.9 s. Like ``cryptsetup``'s ``--iter-time``, a
    new profile times the defaults (the quicker of two runs, so that a moment's load does not
    make it weaker) and one pass alone, which splits the time into what every derivation pays
    (getting the memory) and what each pass adds; then it scales the passes. The memory stays
    at the default. The result is stored with the profile and every wrap like any other
    parameters.
    """
    timer = measure or _derivation_seconds
    defaults = min(timer(DEFAULT_KDF), timer(DEFAULT_KDF))
    one_pass = timer(replace(DEFAULT_KDF, iterations=1))
    seconds_per_pass = (defaults - one_pass) / (DEFAULT_KDF.iterations - 1)
    fixed_seconds = max(one_pass - seconds_per_pass, 0.0)
    wanted = (
        round((target_seconds - fixed_seconds) / seconds_per_pass)
        if seconds_per_pass > 0
        else CALIBRATION_PASSES.stop  # no measurable time a pass: as many as allowed
    )
    passes = min(max(wanted, CALIBRATION_PASSES.start), CALIBRATION_PASSES.stop - 1)
    return replace(DEFAULT_KDF, iterations=passes)


UNLOCK_FLOOR_SECONDS = 0.2
"""A sign-in whose derivation took less than this here strengthens that person's wrap."""


def strengthened_kdf(
    params: KdfParams, seconds: float, target_seconds: float = UNLOCK_TARGET_SECONDS
) -> KdfParams | None:
    """More passes for a wrap whose derivation just took ``seconds`` here; None when it is enough.

    Calibration happens once, on the machine that creates the profile; a profile made on a
    busy machine (or the demo's fixed defaults) can then unlock in under the floor on a quiet
    one. Like ``argon2-cffi``'s ``check_needs_rehash``, a sign-in that was too quick re-wraps
    the key with passes scaled to the target (the password is at hand just then). Only the
    calibrated family (the default memory and lanes) is changed, and only upwards, to at most
    the calibration's maximum.
    """
    top = CALIBRATION_PASSES.stop - 1
    if (
        not DEFAULT_KDF.same_family(params)
        or seconds >= UNLOCK_FLOOR_SECONDS
        or params.iterations >= top
    ):
        return None
    # (less a hair: 3 x 0.45 / 0.15 is 9.000000000000002 in floating point, and means 9)
    wanted = math.ceil(params.iterations * target_seconds / max(seconds, 1e-3) - 1e-9)
    return replace(params, iterations=min(max(wanted, params.iterations + 1), top))


def _derivation_seconds(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key("calibration", b"\x00" * 16, params)
    return time.perf_counter() - started


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key-encryption key from a password or recovery code."""
    normalised = unicodedata.normalize("NFC", secret).encode("utf-8")
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalised)


def seal_with(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt ``plaintext`` with AES-256-GCM under ``key``; return nonce + ciphertext."""
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_with(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    """Decrypt what :func:`seal_with` produced, or raise :class:`DecryptionFailed`."""
    try:
        return AESGCM(key).decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as error:
        raise DecryptionFailed("sealed value does not open with this key") from error


class DataKey:
    """The station's random data key and the sub-keys derived from it."""

    def __init__(self, key_id: int, material: bytes) -> None:
        if len(material) != 32 or key_id <= CLEAR_KEY_ID:
            raise ValueError("a data key is 32 bytes with a positive id")
        self.key_id = key_id
        self.material = material
        self._aead = AESGCM(self._subkey(b"hat/field-encryption/v1"))
        self._index_mac = hmac.new(self._subkey(b"hat/blind-index/v1"), digestmod=hashlib.sha256)

    @classmethod
    def generate(cls, key_id: int = 1) -> DataKey:
        """Make a fresh random data key."""
        return cls(key_id, secrets.token_bytes(32))

    def _subkey(self, purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
            self.material
        )

    def seal(self, plaintext: bytes, aad: str) -> bytes:
        """Encrypt a field; the envelope names the key id and binds ``aad`` (table/column/row)."""
        header = _HEADER.pack(ENVELOPE_VERSION, self.key_id)
        nonce = os.urandom(_NONCE_BYTES)
        return header + nonce + self._aead.encrypt(nonce, plaintext, header + aad.encode())

    def open(self, sealed: bytes, aad: str) -> bytes:
        """Decrypt a field sealed by :meth:`seal` with the same ``aad``."""
        if len(sealed) < _HEADER.size + _NONCE_BYTES + 16:
            raise DecryptionFailed("sealed value is truncated")
        header = sealed[: _HEADER.size]
        version, key_id = _HEADER.unpack(header)
        if version != ENVELOPE_VERSION or key_id != self.key_id:
            raise DecryptionFailed("sealed value uses another key or format")
        nonce = sealed[_HEADER.size : _HEADER.size + _NONCE_BYTES]
        try:
            return self._aead.decrypt(
                nonce, sealed[_HEADER.size + _NONCE_BYTES :], header + aad.encode()
            )
        except InvalidTag as error:
            raise DecryptionFailed("sealed value was changed, moved or uses another key") from error

    def integrity_key(self) -> bytes:
        """The key of the seal beside the chain (``station.store.integrity``)."""
        return self._subkey(b"hat/integrity/v1")

    def blind_index(self, kind: str, value: str) -> str:
        """Keyed hash of a normalised value for equality lookups (leaks equality only)."""
        normalised = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
        mac = self._index_mac.copy()  # the keyed state, without deriving it again
        mac.update(f"{kind}\x00{normalised}".encode())
        return mac.hexdigest()


def key_id_of(sealed: bytes) -> int:
    """Return the key id named in a sealed envelope's header."""
    _, key_id = _HEADER.unpack(sealed[: _HEADER.size])
    return int(key_id)


def new_recovery_code() -> str:
    """A random recovery code for the clinic's safe: 25 characters in five groups."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    characters = "".join(secrets.choice(alphabet) for _ in range(25))
    return "-".join(characters[index : index + 5] for index in range(0, 25, 5))


def normalise_recovery_code(code: str) -> str:
    """Accept a recovery code typed with or without dashes and in any case."""
    compact = "".join(character for character in code.upper() if character.isalnum())
    return "-".join(compact[index : index + 5] for index in range(0, len(compact), 5))
