"""The server's Ed25519 signing key at rest: a PEM file readable by its owner only, not the DB."""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
import sys
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from sqlalchemy import make_url

KEY_FILE_ENV = "HAT_SERVER_KEY_FILE"
PASSPHRASE_ENV = "HAT_SERVER_KEY_PASSPHRASE"  # noqa: S105 (the variable's name)


class SigningKeyError(Exception):
    """The signing key file is missing, unreadable, too open, or not the key stations pinned."""


def default_key_path(db_url: str) -> Path | None:
    """Where the key lives by default: beside a SQLite file, else in this user's data folder.

    Returns None for an in-memory database (the key then lives only as long as the process).
    """
    url = make_url(db_url)
    if url.drivername.startswith("sqlite"):
        database = url.database or ""
        if database in ("", ":memory:") or database.startswith("file::memory:"):
            return None
        path = Path(database)
        return path.with_name(path.name + ".signing-key.pem")
    shown = url.render_as_string(hide_password=True)
    digest = hashlib.sha256(shown.encode()).hexdigest()[:16]
    folder = Path(platformdirs.user_data_dir("hat-dosing-server", appauthor=False))
    return folder / f"signing-key-{digest}.pem"


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV, "")
    return value.encode() if value else None


def _check_private(path: Path) -> None:
    if sys.platform == "win32":
        return  # NTFS ACLs of the per-user data folder keep it private
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SigningKeyError(
            f"The server signing key {path} can be read by other users; run: chmod 600 {path}"
        )


def load_or_create(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """Load the key from ``path``, or make a new one there (mode 0600); tell if it is new."""
    if path.exists():
        _check_private(path)
        try:
            key = load_pem_private_key(path.read_bytes(), password=_passphrase())
        except (TypeError, ValueError) as error:
            raise SigningKeyError(
                f"Cannot read the server signing key {path}: {error} "
                f"(a protected key needs its passphrase in {PASSPHRASE_ENV})."
            ) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningKeyError(f"{path} does not hold an Ed25519 private key.")
        return key, False
    key = Ed25519PrivateKey.generate()
    store(path, key)
    return key, True


def store(path: Path, key: Ed25519PrivateKey) -> None:
    """Write ``key`` to a new file readable by its owner only (encrypted if a passphrase is set)."""
    passphrase = _passphrase()
    encryption = BestAvailableEncryption(passphrase) if passphrase else NoEncryption()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written in full under a temporary name, then linked into place: another process never
    # sees a half-written key, and an existing key file is never overwritten.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
