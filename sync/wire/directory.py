"""The station-key directory: each enrolled station's public key, signed by the server's key."""

# ``GET /v1/stations/keys`` (a signed station request) answers
# ``{"directory": {...}, "signature": HEX}``. ``directory`` holds ``wire_version`` (1),
# ``clinic_id``, ``server_key_id``, ``issued_at`` (whole seconds of the server's clock) and
# ``stations``: station id -> ``{"public_key": HEX, "status": "active" | "suspended" |
# "revoked"}``. ``signature`` is the server's Ed25519 signature over ``directory_message``
# (a fixed header, then the canonical JSON of ``directory``). A station checks it with the
# server key it pinned at enrollment before it uses any key in it.

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.wire.chain import canonical_json, parse_json_object
from sync.wire.signing import load_public_key, verify_hex

DIRECTORY_PATH = "/v1/stations/keys"
DIRECTORY_VERSION = 1
_HEADER = f"hat-sync-station-keys/v{DIRECTORY_VERSION}\n".encode()


class DirectoryError(ValueError):
    """A station-key directory that is not signed by the pinned server key, or not one at all."""


@dataclass(frozen=True)
class StationKey:
    """One enrolled station's public key as the server vouches for it."""

    station_id: str
    public_key: Ed25519PublicKey
    public_hex: str
    status: str


@dataclass(frozen=True)
class StationDirectory:
    """The checked directory: every enrolled station's key, by station id."""

    clinic_id: str
    issued_at: int
    stations: Mapping[str, StationKey]


def directory_message(directory: Mapping[str, Any]) -> bytes:
    """The bytes the server signs: a fixed header, then the canonical JSON of the directory."""
    return _HEADER + canonical_json(dict(directory))


def sign_directory(
    signing_key: Ed25519PrivateKey,
    *,
    clinic_id: str,
    server_key_id: str,
    issued_at: int,
    stations: Mapping[str, tuple[str, str]],
) -> bytes:
    """Encode and sign a directory; ``stations`` maps a station id to (public key hex, status)."""
    directory = {
        "wire_version": DIRECTORY_VERSION,
        "clinic_id": clinic_id,
        "server_key_id": server_key_id,
        "issued_at": int(issued_at),
        "stations": {
            station_id: {"public_key": public_hex, "status": status}
            for station_id, (public_hex, status) in stations.items()
        },
    }
    signature = signing_key.sign(directory_message(directory)).hex()
    return canonical_json({"directory": directory, "signature": signature})


def read_directory(
    body: bytes, server_public_hex: str, clinic_id: str | None = None
) -> StationDirectory:
    """Check a directory's signature with the pinned server key and return its keys.

    Raise ``DirectoryError`` (one sentence) if the body is not a directory, its signature is not
    the pinned server key's, or it names another clinic than ``clinic_id``.
    """
    try:
        reply = parse_json_object(body)
        directory = reply["directory"]
        signature = reply["signature"]
        if not isinstance(directory, dict) or not isinstance(signature, str):
            raise TypeError("directory and signature")
        server_key = load_public_key(server_public_hex)
    except (KeyError, TypeError, ValueError) as error:
        raise DirectoryError(
            f"The server's list of station keys is not readable ({type(error).__name__})."
        ) from None
    if not verify_hex(server_key, signature, directory_message(directory)):
        raise DirectoryError(
            "The server's list of station keys is not signed by the server key this station "
            "pinned at enrollment."
        )
    if clinic_id is not None and directory.get("clinic_id") != clinic_id:
        raise DirectoryError("The server's list of station keys is for another clinic.")
    stations: dict[str, StationKey] = {}
    try:
        for station_id, entry in dict(directory["stations"]).items():
            public_hex = str(entry["public_key"])
            stations[str(station_id)] = StationKey(
                str(station_id), load_public_key(public_hex), public_hex, str(entry["status"])
            )
        issued_at = int(directory["issued_at"])
    except (KeyError, TypeError, ValueError) as error:
        raise DirectoryError(
            f"The server's list of station keys holds an entry that is not a key "
            f"({type(error).__name__})."
        ) from None
    return StationDirectory(str(directory.get("clinic_id", "")), issued_at, stations)
