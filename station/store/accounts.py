"""Staff accounts: roles, the data key wrapped per user, lockout and recovery."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from station.domain.roles import Role
from station.store.crypto import (
    DataKey,
    DecryptionFailed,
    KdfParams,
    derive_key,
    normalise_recovery_code,
    open_with,
    seal_with,
)
from station.store.database import StoreError


class WrongCredentials(StoreError):
    """User name or password is wrong (which of the two is not said)."""

    def __init__(self) -> None:
        super().__init__("Wrong user name or password.")


class AccountLocked(StoreError):
    """Too many failed attempts: the account waits before it accepts a password again."""


class AccountDisabled(StoreError):
    """The account was disabled by an administrator."""


@dataclass(frozen=True)
class User:
    """A staff member as the station knows them; the display name is the printed signature."""

    user_id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool

    def has(self, role: Role) -> bool:
        """True when the user holds ``role``."""
        return role in self.roles


@dataclass(frozen=True)
class ConfirmedUser(User):
    """A second person who has just given their own password at this station.

    ``proof`` binds the account and the moment to a secret of the open store, so that a
    service can tell a person who really signed from an account object made up by a caller.
    """

    confirmed_at: float = 0.0
    """``time.monotonic()`` when the password was checked."""
    proof: str = ""


@dataclass(frozen=True)
class LockoutPolicy:
    """How many failed attempts lock an account, and for how long."""

    max_attempts: int = 5
    lock_minutes: int = 15


def _now() -> datetime:
    return datetime.now(UTC)


def _wrap_aad(wrap_id: str, user_id: str | None, key_id: int) -> bytes:
    return f"wrap|{wrap_id}|{user_id or 'recovery'}|{key_id}".encode()


def _user_from_row(row: sqlite3.Row | tuple[object, ...]) -> User:
    user_id, username, display_name, roles, disabled = row[:5]
    return User(
        user_id=str(user_id),
        username=str(username),
        display_name=str(display_name),
        roles=frozenset(Role(name) for name in json.loads(str(roles))),
        disabled=bool(disabled),
    )


_USER_COLUMNS = "user_id, username, display_name, roles, disabled"


def find_user(connection: sqlite3.Connection, username: str) -> User | None:
    """Look a user up by user name."""
    row = connection.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?",  # noqa: S608
        (username.strip().lower(),),
    ).fetchone()
    return _user_from_row(row) if row else None


def get_user(connection: sqlite3.Connection, user_id: str) -> User:
    """Return the user with this id."""
    row = connection.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE user_id = ?",  # noqa: S608
        (user_id,),
    ).fetchone()
    if row is None:
        raise StoreError("no such user")
    return _user_from_row(row)


def list_users(connection: sqlite3.Connection) -> list[User]:
    """Every account, in user-name order."""
    rows = connection.execute(
        f"SELECT {_USER_COLUMNS} FROM users ORDER BY username"  # noqa: S608
    ).fetchall()
    return [_user_from_row(row) for row in rows]


def is_user_name(name: str) -> bool:
    """Whether ``name`` (normalised) follows the user-name rules."""
    return bool(name) and name.replace(".", "").replace("-", "").replace("_", "").isalnum()


def insert_user(
    connection: sqlite3.Connection,
    username: str,
    display_name: str,
    roles: frozenset[Role],
) -> User:
    """Create the account row (the caller adds its key wrap in the same transaction)."""
    name = username.strip().lower()
    if not is_user_name(name):
        raise StoreError("a user name is letters, digits, dots, dashes or underscores")
    if not roles:
        raise StoreError("a user needs at least one role")
    if find_user(connection, name) is not None:
        raise StoreError(f"the user name {name!r} is taken")
    user = User(str(uuid.uuid4()), name, display_name.strip(), roles, False)
    connection.execute(
        "INSERT INTO users (user_id, username, display_name, roles, disabled, failed_attempts,"
        " locked_until, created_at) VALUES (?,?,?,?,0,0,NULL,?)",
        (
            user.user_id,
            name,
            user.display_name,
            json.dumps(sorted(role.value for role in roles)),
            _now().isoformat(),
        ),
    )
    return user


MIN_PASSWORD_LENGTH = 10


def check_password_strength(password: str) -> None:
    """Refuse passwords too short to withstand an offline guess against a copied disk."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def typed_user_name(typed: str, station_id: str, kdf: KdfParams) -> dict[str, object]:
    """What a refused sign-in under an unknown name records about the name typed.

    The name itself, when it follows the user-name rules and is shorter than any password
    may be (so it cannot be a password typed into the wrong field). Otherwise only a hash,
    made with the sign-in's own key derivation under a salt of this station: testing a
    guessed password against it costs as much as against the station's key wraps, and the
    same name typed again gives the same hash. The derivation is always spent, so an
    unknown name takes as long as a known one with a wrong password.
    """
    name = typed.strip().lower()
    salt = hashlib.sha256(f"unknown-user-name|{station_id}".encode()).digest()[:16]
    digest = derive_key(name, salt, kdf).hex()
    if len(name) < MIN_PASSWORD_LENGTH and (not name or is_user_name(name)):
        return {"username": name}
    return {"username": None, "username_hash": digest, "hash_kdf": kdf.as_json()}


def wrap_data_key(
    connection: sqlite3.Connection,
    data_key: DataKey,
    secret: str,
    kdf: KdfParams,
    user_id: str | None,
) -> None:
    """Store ``data_key`` wrapped under a key derived from ``secret`` (a password or recovery code).

    An existing wrap of the same kind for the same user is replaced: re-wrapping is the only
    thing a password change does.
    """
    store_wrap(connection, seal_wrap(data_key, secret, kdf, user_id))


@dataclass(frozen=True)
class SealedWrap:
    """A wrap of the data key made off any transaction (the derivation is the slow part)."""

    wrap_id: str
    user_id: str | None
    key_id: int
    kdf: KdfParams
    salt: bytes
    wrapped: bytes


def seal_wrap(data_key: DataKey, secret: str, kdf: KdfParams, user_id: str | None) -> SealedWrap:
    """Derive a key from ``secret`` and wrap ``data_key`` with it (no database work)."""
    salt = os.urandom(16)
    key_encryption_key = derive_key(secret, salt, kdf)
    wrap_id = str(uuid.uuid4())
    wrapped = seal_with(
        key_encryption_key, data_key.material, _wrap_aad(wrap_id, user_id, data_key.key_id)
    )
    return SealedWrap(wrap_id, user_id, data_key.key_id, kdf, salt, wrapped)


def store_wrap(connection: sqlite3.Connection, wrap: SealedWrap) -> None:
    """Replace the user's (or the recovery) wrap with ``wrap``, in the caller's transaction."""
    if wrap.user_id is None:
        connection.execute("DELETE FROM key_wraps WHERE kind = 'recovery'")
    else:
        connection.execute("DELETE FROM key_wraps WHERE user_id = ?", (wrap.user_id,))
    connection.execute(
        "INSERT INTO key_wraps (wrap_id, user_id, kind, key_id, kdf, salt, wrapped, created_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            wrap.wrap_id,
            wrap.user_id,
            "password" if wrap.user_id else "recovery",
            wrap.key_id,
            json.dumps(wrap.kdf.as_json()),
            wrap.salt,
            wrap.wrapped,
            _now().isoformat(),
        ),
    )


def _unwrap(wrap: WrapRow, secret: str, user_id: str | None) -> DataKey:
    key_encryption_key = derive_key(secret, wrap.salt, wrap.kdf)
    material = open_with(
        key_encryption_key, wrap.wrapped, _wrap_aad(wrap.wrap_id, user_id, wrap.key_id)
    )
    return DataKey(wrap.key_id, material)


@dataclass(frozen=True)
class FailedAttempt:
    """What a failed unlock changed: the count so far and a lock, if one started."""

    username: str
    attempts: int
    locked_until: datetime | None


def check_not_locked(connection: sqlite3.Connection, user: User, now: datetime) -> None:
    """Raise when the account is disabled or still locked."""
    if user.disabled:
        raise AccountDisabled("This account is disabled. Ask an administrator.")
    row = connection.execute(
        "SELECT locked_until FROM users WHERE user_id = ?", (user.user_id,)
    ).fetchone()
    if row and row[0]:
        until = datetime.fromisoformat(row[0])
        if until > now:
            local = until.astimezone().strftime("%H:%M")
            raise AccountLocked(
                f"This account is locked after repeated wrong passwords until {local}. "
                "Wait, or ask an administrator to unlock it "
                f"(dosing-station users unlock {user.username})."
            )


@dataclass(frozen=True)
class WrapRow:
    """One stored wrap of the data key."""

    wrap_id: str
    key_id: int
    kdf: KdfParams
    salt: bytes
    wrapped: bytes


_WRAP_COLUMNS = "wrap_id, key_id, kdf, salt, wrapped"


def _wrap_from_row(row: tuple[str, int, str, bytes, bytes] | None) -> WrapRow | None:
    if row is None:
        return None
    wrap_id, key_id, kdf_json, salt, wrapped = row
    return WrapRow(wrap_id, key_id, KdfParams.from_json(json.loads(kdf_json)), salt, wrapped)


def load_wrap(connection: sqlite3.Connection, user: User) -> WrapRow | None:
    """Read the user's key wrap (quick; the slow derivation happens in :func:`unwrap_for_user`)."""
    return _wrap_from_row(
        connection.execute(
            f"SELECT {_WRAP_COLUMNS} FROM key_wraps WHERE user_id = ?",  # noqa: S608
            (user.user_id,),
        ).fetchone()
    )


def unwrap_for_user(wrap: WrapRow | None, user: User, password: str) -> DataKey:
    """Derive the user's key and unwrap the data key; raise WrongCredentials if it fails."""
    if wrap is None:
        raise WrongCredentials()
    try:
        return _unwrap(wrap, password, user.user_id)
    except DecryptionFailed:
        raise WrongCredentials() from None


def recovery_wrap_id(connection: sqlite3.Connection) -> str | None:
    """The id of the recovery code's wrap now (a used code's wrap is replaced by a new one)."""
    row = connection.execute("SELECT wrap_id FROM key_wraps WHERE kind = 'recovery'").fetchone()
    return str(row[0]) if row else None


def unwrap_with_recovery(connection: sqlite3.Connection, code: str) -> tuple[DataKey, str]:
    """Unwrap the data key with the clinic's recovery code; return it with the wrap's id."""
    wrap = _wrap_from_row(
        connection.execute(
            f"SELECT {_WRAP_COLUMNS} FROM key_wraps WHERE kind = 'recovery'"  # noqa: S608
        ).fetchone()
    )
    if wrap is None:
        raise StoreError("this station has no recovery code")
    try:
        return _unwrap(wrap, normalise_recovery_code(code), None), wrap.wrap_id
    except DecryptionFailed:
        raise StoreError("The recovery code is wrong.") from None


def record_failure(
    connection: sqlite3.Connection, user: User, policy: LockoutPolicy, now: datetime
) -> FailedAttempt:
    """Count a failed attempt and lock the account when the policy says so."""
    row = connection.execute(
        "SELECT failed_attempts FROM users WHERE user_id = ?", (user.user_id,)
    ).fetchone()
    attempts = int(row[0]) + 1
    locked_until = (
        now + timedelta(minutes=policy.lock_minutes) if attempts >= policy.max_attempts else None
    )
    connection.execute(
        "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE user_id = ?",
        (
            0 if locked_until else attempts,
            locked_until.isoformat() if locked_until else None,
            user.user_id,
        ),
    )
    return FailedAttempt(user.username, attempts, locked_until)


def record_success(connection: sqlite3.Connection, user: User) -> None:
    """Reset the failure count after a good password."""
    connection.execute(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE user_id = ?",
        (user.user_id,),
    )


def set_disabled(connection: sqlite3.Connection, user_id: str, disabled: bool) -> None:
    """Disable or re-enable an account."""
    connection.execute("UPDATE users SET disabled = ? WHERE user_id = ?", (int(disabled), user_id))
    if disabled:
        connection.execute("DELETE FROM key_wraps WHERE user_id = ?", (user_id,))


def clear_lock(connection: sqlite3.Connection, user_id: str) -> None:
    """Lift a lockout (an administrator's action)."""
    connection.execute(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE user_id = ?", (user_id,)
    )
