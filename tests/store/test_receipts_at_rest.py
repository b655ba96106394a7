"""The server's push receipts at rest: a sealed table, kept one per day, and from schema 6 on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.store.database import SCHEMA_VERSION
from station.store.sealing import IntegrityFailure
from station.store.store import Store
from sync.wire.receipts import Receipt, read_receipt, sign_receipt
from sync.wire.signing import key_id, public_key_hex
from tests.store.conftest import ADMIN, ADMIN_PASSWORD, make_store

SERVER_KEY = Ed25519PrivateKey.generate()
PINNED = public_key_hex(SERVER_KEY)
DAY_S = 86_400


def _receipt(seq: int, issued_at: int) -> Receipt:
    signed = sign_receipt(
        SERVER_KEY,
        clinic_id="clinic-1",
        server_key_id=key_id(PINNED),
        station_id="st-fictional",
        seq=seq,
        head_hash=f"{seq:064x}",
        issued_at=issued_at,
    )
    return read_receipt(signed, PINNED, clinic_id="clinic-1", station_id="st-fictional")


def _seqs(store: Store) -> list[int]:
    return [
        read_receipt(text, PINNED, clinic_id=None, station_id="st-fictional").seq
        for text in store.kept_receipts()
    ]


def test_the_latest_receipt_and_one_per_day_are_kept(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station")
    store = built.store
    monday = 1_900_000_000 - 1_900_000_000 % DAY_S + 3_600
    assert store.keep_receipt(_receipt(5, monday))
    assert store.keep_receipt(_receipt(9, monday + 600))  # the day's later one replaces it
    assert not store.keep_receipt(_receipt(9, monday + 900))  # the same record: its first date
    assert not store.keep_receipt(_receipt(7, monday + 1200))  # a lower record is not kept over
    assert store.keep_receipt(_receipt(12, monday + DAY_S))
    assert _seqs(store) == [9, 12]
    store.close()


def _attacker(data_dir: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(Store.database_path(data_dir), isolation_level=None)
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")
    return connection


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM sync_receipts",  # the anchor removed (the log then cut unnoticed)
        "UPDATE sync_receipts SET seq = 1",  # rolled back to an older record
    ],
)
def test_a_kept_receipt_removed_or_changed_is_refused_before_a_decision(
    tmp_path: Path, tamper: str
) -> None:
    built = make_store(tmp_path / "station")
    built.store.keep_receipt(_receipt(3, 1_900_000_000))
    built.store.close()
    attacker = _attacker(built.data_dir)
    attacker.execute(tamper)
    attacker.close()
    store = Store.open(built.data_dir)
    session = store.unlock(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(IntegrityFailure, match="sync_receipts"), store.reading(session):
        pass
    store.close()


def test_a_sealed_profile_of_schema_6_has_its_receipts_sealed_from_the_first_sign_in(
    tmp_path: Path,
) -> None:
    built = make_store(tmp_path / "station")
    built.store.record(built.session, "bench.log_only", {"note": "before the upgrade"})
    built.store.close()
    older = _attacker(built.data_dir)  # as schema 6 left the file: no receipts table at all
    older.execute("DROP TABLE sync_receipts")
    older.execute("DELETE FROM integrity WHERE name = 'sync_receipts'")
    older.execute("PRAGMA user_version = 6")
    older.close()

    store = Store.open(built.data_dir)  # the migration adds the table and sets the seal aside
    session = store.unlock(ADMIN, ADMIN_PASSWORD)  # the first sign-in seals every table again
    assert store.integrity_problem() is None
    assert store.verify(session.data_key).intact
    assert store.keep_receipt(_receipt(2, 1_900_000_000))
    store.close()
    connection = sqlite3.connect(Store.database_path(built.data_dir))
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    triggers = {
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sync_receipts'"
        )
    }
    connection.close()
    assert version == SCHEMA_VERSION
    assert triggers == {f"integrity_sync_receipts_{kind}" for kind in ("ins", "del", "upd")}
    attacker = _attacker(built.data_dir)
    attacker.execute("DELETE FROM sync_receipts")
    attacker.close()
    store = Store.open(built.data_dir)
    store.unlock(ADMIN, ADMIN_PASSWORD)
    assert "sync_receipts" in (store.integrity_problem() or "")
    store.close()
