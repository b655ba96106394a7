"""Putting the record back from the verified chain: accounts, settings, projections, marks.

Used when a profile is sealed for the first time (a new one, or one from before sealing)
and when an administrator repairs a record whose seal found rows changed outside the
program. The chain is walked first; then whatever can be derived from it is derived again
(projections, the ledger, the station's settings, the accounts' roles, the trusted card
issuers), and the few values that cannot be are checked and kept only when they hold.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.domain.roles import Role
from station.store.crypto import KdfParams
from station.store.database import StoreError
from station.store.events import EventLog, StoredEvent

Document = dict[str, Any]


def _events(
    connection: sqlite3.Connection, read: Callable[[int], list[StoredEvent]]
) -> list[StoredEvent]:
    events: list[StoredEvent] = []
    after = 0
    while True:
        batch = read(after)
        if not batch:
            return events
        events.extend(batch)
        after = batch[-1].seq


def repair_accounts(connection: sqlite3.Connection, events: list[StoredEvent]) -> list[str]:
    """Accounts as the chain made them: who exists, their names, roles and whether disabled.

    An account the chain never added is removed with its key wraps; a disabled account keeps
    no wrap. Returns what was changed, in words (no secrets).
    """
    known: dict[str, Document] = {}
    for event in events:
        payload = event.payload
        user_id = payload.get("user_id")
        if not isinstance(user_id, str):
            continue
        if event.type == "user.added":
            known[user_id] = {
                "username": payload.get("username"),
                "display_name": payload.get("display_name"),
                "roles": sorted(str(role) for role in payload.get("roles", [])),
                "disabled": False,
            }
        elif user_id in known and event.type == "user.disabled":
            known[user_id]["disabled"] = True
        elif user_id in known and event.type in (
            "user.enabled",
            "user.password_set",
            "auth.recovered",
        ):
            known[user_id]["disabled"] = False
    changed: list[str] = []
    rows = connection.execute(
        "SELECT user_id, username, display_name, roles, disabled FROM users"
    ).fetchall()
    for user_id, username, display_name, roles, disabled in rows:
        chain = known.get(str(user_id))
        if chain is None:
            connection.execute("DELETE FROM key_wraps WHERE user_id = ?", (user_id,))
            connection.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
            changed.append(f"account {username} removed (the log never added it)")
            continue
        wanted = (
            chain["username"],
            chain["display_name"],
            json.dumps(chain["roles"]),
            int(chain["disabled"]),
        )
        current = (username, display_name, json.dumps(sorted(json.loads(roles))), int(disabled))
        if current != wanted:
            connection.execute(
                "UPDATE users SET username = ?, display_name = ?, roles = ?, disabled = ?"
                " WHERE user_id = ?",
                (*wanted, user_id),
            )
            changed.append(f"account {chain['username']} set back to its recorded roles")
        if chain["disabled"]:
            connection.execute("DELETE FROM key_wraps WHERE user_id = ?", (user_id,))
    connection.execute(
        "DELETE FROM key_wraps WHERE user_id IS NOT NULL AND user_id NOT IN"
        " (SELECT user_id FROM users)"
    )
    return changed


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _set(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        connection.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def repair_settings(
    connection: sqlite3.Connection,
    events: list[StoredEvent],
    signing_key: Ed25519PrivateKey,
    station_id: str,
) -> list[str]:
    """The station's own settings in ``meta``, derived again or checked against the chain.

    Returns what was changed, in words. Raises ``StoreError`` when the file is not this
    station's (another station's id or key): nothing can be repaired then.
    """
    changed: list[str] = []
    initialized = next((e for e in events if e.type == "station.initialized"), None)
    if initialized is not None and initialized.payload.get("station_id") != station_id:
        raise StoreError("This data file's log belongs to another station: nothing was repaired.")
    public = (
        signing_key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
    if _meta(connection, "public_key") != public:
        _set(connection, "public_key", public)
        changed.append("the station's public key set back to its signing key's")
    seq, head = EventLog.head(connection)
    if _meta(connection, "chain_head") != f"{seq}:{head}":
        _set(connection, "chain_head", f"{seq}:{head}")
    # Card issuers: only those a technician trusted (each is an event).
    trusted: dict[str, str] = {}
    for event in events:
        if event.type == "card_issuer.trusted":
            trusted[str(event.payload["key_id"])] = str(event.payload["public_key"])
    stored = json.loads(_meta(connection, "card_keys") or "{}")
    if stored != trusted:
        _set(connection, "card_keys", json.dumps(trusted, sort_keys=True) if trusted else None)
        changed.append("trusted card issuers set back to those recorded")
    # The server binding: kept only when the log recorded that enrolment.
    binding = _meta(connection, "sync_binding")
    if binding is not None:
        kept = json.loads(binding)
        enrolled = [e.payload for e in events if e.type == "station.enrolled"]
        matches = any(
            item.get("clinic_id") == kept.get("clinic_id")
            and item.get("server_key_id") == kept.get("server_key_id")
            and item.get("server_public_key", kept.get("server_public_key"))
            == kept.get("server_public_key")
            for item in enrolled
        )
        if not matches:
            for key in ("sync_binding", "sync_push_mark", "sync_pull_cursor", "sync_pull_epoch"):
                _set(connection, key, None)
            changed.append("the server binding was not recorded: enrol the station again")
    mark = _meta(connection, "sync_push_mark")
    if mark is not None and (not mark.isdigit() or int(mark) > seq):
        _set(connection, "sync_push_mark", "0")
        changed.append("the push mark set back (the server drops what it holds already)")
    return changed


def strongest_wrap(connection: sqlite3.Connection) -> KdfParams | None:
    """The strongest key derivation any of the profile's key wraps uses (they are sealed)."""
    strongest: KdfParams | None = None
    for (text,) in connection.execute("SELECT kdf FROM key_wraps"):
        try:
            params = KdfParams.from_json(json.loads(text))
        except (ValueError, KeyError, TypeError):
            continue
        if strongest is None or (params.memory_kib, params.iterations) > (
            strongest.memory_kib,
            strongest.iterations,
        ):
            strongest = params
    return strongest


def raise_kdf_to_floor(connection: sqlite3.Connection, floor: KdfParams | None) -> list[str]:
    """Derive new keys no more cheaply than the profile's own wraps do (a cheapened setting)."""
    if floor is None:
        return []
    stored = _meta(connection, "kdf")
    try:
        current = KdfParams.from_json(json.loads(stored)) if stored else None
    except (ValueError, KeyError, TypeError):
        current = None
    if (
        current is None
        or current.memory_kib < floor.memory_kib
        or current.iterations < floor.iterations
        or current.lanes != floor.lanes
    ):
        _set(connection, "kdf", json.dumps(floor.as_json()))
        return ["key derivation for new passwords set back to the built-in strength"]
    return []


def roles_of(events: list[StoredEvent], user_id: str) -> frozenset[Role]:
    """An account's roles as the log recorded them."""
    roles: frozenset[Role] = frozenset()
    for event in events:
        if event.type == "user.added" and event.payload.get("user_id") == user_id:
            roles = frozenset(Role(str(role)) for role in event.payload.get("roles", []))
    return roles
