"""Key derivation parameters: safe defaults, and stored parameters that outlive a new default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.domain.roles import Role
from station.store.accounts import WrongCredentials
from station.store.crypto import DEFAULT_KDF, KdfParams
from station.store.database import connect
from station.store.store import Store

# Cheap, but not the test default and not the product default: a profile from "an older
# version" whose parameters must keep working after the defaults moved on.
OLDER = KdfParams(memory_kib=2048, iterations=2, lanes=2)
PASSWORD = "older-fictional-pw-1"


def test_defaults_meet_owasp_and_rfc_9106_floors() -> None:
    assert DEFAULT_KDF.algorithm == "argon2id"
    assert DEFAULT_KDF.memory_kib >= 19 * 1024 and DEFAULT_KDF.iterations >= 2  # OWASP
    assert DEFAULT_KDF.memory_kib >= 64 * 1024 and DEFAULT_KDF.iterations >= 3  # RFC 9106
    assert DEFAULT_KDF.lanes >= 1


def test_stored_parameters_are_read_in_full_or_refused() -> None:
    assert KdfParams.from_json(OLDER.as_json()) == OLDER
    partial = OLDER.as_json()
    del partial["memory_kib"]
    with pytest.raises(ValueError, match="memory_kib"):
        KdfParams.from_json(partial)
    with pytest.raises(ValueError, match="unknown"):
        KdfParams.from_json({**OLDER.as_json(), "algorithm": "pbkdf2"})


def _wrap_parameters(data_dir: Path) -> list[KdfParams]:
    connection = connect(Store.database_path(data_dir))
    try:
        rows = connection.execute("SELECT kdf FROM key_wraps ORDER BY created_at").fetchall()
    finally:
        connection.close()
    return [KdfParams.from_json(json.loads(row[0])) for row in rows]


def test_a_profile_keeps_its_own_parameters_for_old_and_new_wraps(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    store, session, _ = Store.create(data_dir, "Older", "admin", "Admin", PASSWORD, kdf=OLDER)
    store.add_user(session, "nurse", "Nurse", frozenset({Role.NURSE}), "nurse-fictional-pw-1")
    store.close()
    assert _wrap_parameters(data_dir) == [OLDER, OLDER, OLDER]  # admin, recovery, nurse

    reopened = Store.open(data_dir)
    assert reopened.unlock("admin", PASSWORD).user.username == "admin"
    assert reopened.unlock("nurse", "nurse-fictional-pw-1").user.username == "nurse"
    reopened.close()

    # Read with today's defaults instead, the same password would not open the wrap.
    connection = connect(Store.database_path(data_dir))
    with connection:
        connection.execute("UPDATE key_wraps SET kdf = ?", (json.dumps(DEFAULT_KDF.as_json()),))
    connection.close()
    tampered = Store.open(data_dir)
    with pytest.raises(WrongCredentials):
        tampered.unlock("nurse", "nurse-fictional-pw-1")
    tampered.close()
