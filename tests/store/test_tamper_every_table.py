"""Tampering with any row beside the chain is found before the next decision, sign-in or sync.

A station file with a day of real work (patients, orders, cards, a batch, doses, a partial
injection, observations, a stop flag, settings, a second account) is tampered with the way
someone holding the file but no password would: with a plain ``sqlite3`` connection, dropping
the seal's triggers first so that nothing notices at once. Every sealed table and every
sealed ``meta`` key is enumerated from the file itself, so a table added later is covered
without anyone remembering to add it here. For each case the station, opened again and
signed into, refuses to decide (``IntegrityFailure``) with a sentence that names what is
wrong, and ``audit verify`` with the key says the same.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from station.domain.roles import Role
from station.domain.rules import AdministrationOutcome
from station.services.accounts import StaffAdministration
from station.services.counter import CounterService
from station.services.errors import PermissionDenied
from station.services.settings import SettingsService
from station.store import integrity, sealing
from station.store.crypto import DecryptionFailed
from station.store.database import StoreError
from station.store.sealing import IntegrityFailure
from station.store.store import Store
from tests.services.conftest import (
    PASSWORDS,
    STAFF,
    Clinic,
    Clock,
    local,
    mg,
    new_store,
)


@dataclass
class Worked:
    """A station folder after a day of work, closed; and a copy of it from the morning."""

    data_dir: Path
    morning: Path
    """The station's database file as it was after the first dose (for roll-backs)."""
    patient_ids: list[str]


def _day_of_work(data_dir: Path, morning: Path) -> list[str]:
    store, admin, _code = new_store(data_dir)
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    sessions = {name: store.unlock(name, PASSWORDS[name]) for name, _, _ in STAFF}
    clinic = Clinic(data_dir, store, Clock(local(4, 8)), admin, **sessions)
    first, second = clinic.patient(), clinic.patient(family_name="Opdigtsen")
    clinic.give(first)
    store.close()
    shutil.copy(Store.database_path(data_dir), morning)
    clinic.store = store = Store.open(data_dir)
    clinic.admin = store.unlock("admin", PASSWORDS["admin"])
    for name in ("nurse", "witness", "lead", "tech", "pharm"):
        setattr(clinic, name, store.unlock(name, PASSWORDS[name]))
    clinic.counter = clinic.service()
    clinic.clock.set(local(4, 16, 30))
    visit = clinic.decided(second)
    clinic.administer(visit, outcome=AdministrationOutcome.PARTIAL, given_mg=mg(40))
    clinic.counter.set_stop_flag(clinic.lead, first.patient_id, "Review pending (fictional)")
    SettingsService(store, clinic.clock).change(clinic.lead, "min_interval_minutes", 200)
    store.set_meta("sync_binding", '{"url": "https://central.example", "clinic_id": "c"}')
    store.close()
    return [first.patient_id, second.patient_id]


@pytest.fixture(scope="module")
def worked_template(tmp_path_factory: pytest.TempPathFactory) -> Worked:
    folder = tmp_path_factory.mktemp("worked")
    data_dir, morning = folder / "station", folder / "morning.db"
    patients = _day_of_work(data_dir, morning)
    return Worked(data_dir, morning, patients)


@pytest.fixture
def worked(worked_template: Worked, tmp_path: Path) -> Worked:
    """A fresh copy of the worked folder for each case."""
    data_dir = tmp_path / "station"
    shutil.copytree(worked_template.data_dir, data_dir)
    return Worked(data_dir, worked_template.morning, worked_template.patient_ids)


def _attacker(data_dir: Path) -> sqlite3.Connection:
    """A plain connection with the seal's triggers dropped (they would need the key)."""
    connection = sqlite3.connect(Store.database_path(data_dir), isolation_level=None)
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("DROP TRIGGER IF EXISTS events_no_update")
    connection.execute("DROP TRIGGER IF EXISTS events_no_delete")
    return connection


def _sealed(data_dir: Path) -> dict[str, tuple[str, ...]]:
    connection = sqlite3.connect(Store.database_path(data_dir))
    try:
        return integrity.sealed_tables(connection)
    finally:
        connection.close()


def _primary_key(connection: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})") if row[5]]


def _changed(value: Any) -> Any:
    if isinstance(value, bytes):
        flipped = bytearray(value)
        flipped[len(flipped) // 2] ^= 0x01
        return bytes(flipped)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 0.5
    if value is None:
        return "x"
    return str(value) + "x"


def _rows(connection: sqlite3.Connection, table: str) -> list[sqlite3.Row]:
    connection.row_factory = sqlite3.Row
    where = ""
    if table == "meta":
        keys = ", ".join(f"'{key}'" for key in sorted(integrity.UNSEALED_META))
        where = f" WHERE key NOT IN ({keys})"
    try:
        rows = connection.execute(f"SELECT rowid AS _rowid_, * FROM {table}{where}").fetchall()
    except sqlite3.OperationalError:  # a table WITHOUT ROWID: its primary key names the row
        rows = connection.execute(f"SELECT * FROM {table}{where}").fetchall()
    connection.row_factory = None
    return rows


def _where(row: sqlite3.Row, keys: list[str]) -> tuple[str, list[Any]]:
    if keys:
        return " AND ".join(f"{key} IS ?" for key in keys), [row[key] for key in keys]
    return "rowid = ?", [row["_rowid_"]]


Tamper = Callable[[sqlite3.Connection, str, tuple[str, ...]], bool]


def flip(connection: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Change one value of one row (the last row's last digested column)."""
    rows = _rows(connection, table)
    if not rows:
        return False
    row, column = rows[-1], columns[-1]
    if table in integrity.DIGEST_ONLY_COLUMNS and column in integrity.DIGEST_ONLY_COLUMNS[table]:
        column = next(c for c in reversed(columns) if c not in integrity.DIGEST_ONLY_COLUMNS[table])
    where, values = _where(row, _primary_key(connection, table))
    connection.execute(
        f"UPDATE {table} SET {column} = ? WHERE {where}", [_changed(row[column]), *values]
    )
    return True


def delete(connection: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Remove one row."""
    rows = _rows(connection, table)
    if not rows:
        return False
    where, values = _where(rows[0], _primary_key(connection, table))
    connection.execute(f"DELETE FROM {table} WHERE {where}", values)
    return True


def insert(connection: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Add a copy of a row under a new key."""
    rows = _rows(connection, table)
    if not rows:
        return False
    keys = _primary_key(connection, table) or [columns[0]]
    copy = {column: rows[0][column] for column in columns}
    for key in keys if table != "ledger_entries" else [*keys, "movement_id"]:
        value = copy[key]
        copy[key] = (value + 10_000) if isinstance(value, int) else f"{value}-{uuid.uuid4().hex}"
    marks = ", ".join("?" * len(copy))
    statement = f"INSERT INTO {table} ({', '.join(copy)}) VALUES ({marks})"
    try:
        connection.execute(statement, list(copy.values()))
    except sqlite3.IntegrityError:  # another unique column (a user name): make it new too
        for column, value in copy.items():
            if isinstance(value, str) and column not in keys:
                copy[column] = f"{value}{uuid.uuid4().hex[:6]}"
        connection.execute(statement, list(copy.values()))
    return True


def swap(connection: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> bool:
    """Swap the last column's values of two rows that differ there."""
    rows = _rows(connection, table)
    keys = _primary_key(connection, table)
    column = columns[-1]
    for other in rows[1:]:
        if other[column] != rows[0][column]:
            for row, value in ((rows[0], other[column]), (other, rows[0][column])):
                where, values = _where(row, keys)
                connection.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {where}", [value, *values]
                )
            return True
    return False


CASES: dict[str, Tamper] = {"flip": flip, "delete": delete, "insert": insert, "swap": swap}


def _refused(data_dir: Path, words: str, *or_words: str) -> str:
    """Open, sign in, try a decision: refused with a sentence containing ``words``.

    Whoever can still sign in is enough (an account removed or changed may not): the check
    needs someone's key, and then nobody reads or records anything on the changed file.
    """
    store = Store.open(data_dir)
    try:
        sessions = []
        for name in ("lead", "nurse", "admin", "witness", "tech", "pharm"):
            try:
                sessions.append(store.unlock(name, PASSWORDS[name]))
            except StoreError:
                continue
        assert sessions, "nobody can sign in any more"
        with pytest.raises(IntegrityFailure) as refused, store.reading(sessions[0]):
            pass  # waits for the background check of large tables, when one runs
        assert "administrator rebuilds the record" in str(refused.value)
        said = store.integrity_problem() or ""
        assert any(named in said for named in (words, *or_words)), said
        with pytest.raises(IntegrityFailure):
            store.record(sessions[0], "observation.noted", {"note": "on a changed file"})
        assert not store.verify(sessions[0].data_key).intact
        return said
    finally:
        store.close()


_LOG_WORDS = {"events": ("the log",)}
"""A record added at the end of the log is named by its place in the log ("Records #33 to
#10001 were added to the log"), not by the table's name."""


def _cases(data_dir: Path) -> list[tuple[str, str]]:
    return [(table, case) for table in _sealed(data_dir) for case in CASES]


def test_every_table_beside_the_chain_is_sealed(worked: Worked) -> None:
    tables = set(_sealed(worked.data_dir))
    connection = sqlite3.connect(Store.database_path(worked.data_dir))
    try:
        every = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        connection.close()
    assert every - tables == {"integrity", "auth_log"}
    assert {"users", "meta", "key_wraps", "patient_state", "ledger_entries"} <= tables


@pytest.mark.parametrize("case", list(CASES))
def test_tampering_with_any_sealed_table_is_refused_before_a_decision(
    worked: Worked, case: str, tmp_path: Path
) -> None:
    tampered = 0
    for table, columns in _sealed(worked.data_dir).items():
        copy = tmp_path / f"{table}-{case}"
        shutil.copytree(worked.data_dir, copy)
        connection = _attacker(copy)
        try:
            done = CASES[case](connection, table, columns)
        finally:
            connection.close()
        if not done:
            continue  # no row to do it to (an empty table) or no two rows that differ
        tampered += 1
        _refused(copy, table, *_LOG_WORDS.get(table, ()))
    assert tampered >= (6 if case == "swap" else 12), "too few tables had rows to tamper with"


@pytest.mark.parametrize("case", ["flip", "swap"])
def test_rows_of_large_tables_are_checked_before_a_decision_too(
    worked: Worked, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every table counted as large: its rows are checked in the background after sign-in
    (only the count and the seal before it returns), and a decision waits for that check."""
    monkeypatch.setattr(sealing, "DEFER_ROWS", 0)
    tampered = 0
    for table, columns in _sealed(worked.data_dir).items():
        copy = tmp_path / f"{table}-{case}"
        shutil.copytree(worked.data_dir, copy)
        connection = _attacker(copy)
        try:
            done = CASES[case](connection, table, columns)
        finally:
            connection.close()
        if done:
            tampered += 1
            _refused(copy, table, *_LOG_WORDS.get(table, ()))
    assert tampered >= (6 if case == "swap" else 12), "too few tables had rows to tamper with"


def test_a_row_removed_from_a_large_table_is_named_before_sign_in_returns(
    worked: Worked, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "DEFER_ROWS", 0)
    attacker = _attacker(worked.data_dir)
    attacker.execute("DELETE FROM doses WHERE dose_id = (SELECT min(dose_id) FROM doses)")
    attacker.close()
    store = Store.open(worked.data_dir)
    store.unlock("nurse", PASSWORDS["nurse"])
    assert "doses" in (store.integrity_problem() or "")  # the count: no waiting for rows
    store.close()


def test_an_intact_record_with_large_tables_opens_and_records(
    worked: Worked, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "DEFER_ROWS", 0)
    store = Store.open(worked.data_dir)
    nurse = store.unlock("nurse", PASSWORDS["nurse"])
    store.record(nurse, "bench.log_only", {"note": "an intact record (fictional)"})
    assert store.integrity_problem() is None
    assert store.verify(nurse.data_key).intact
    store.close()


def test_every_sealed_meta_key_changed_or_removed_is_refused(
    worked: Worked, tmp_path: Path
) -> None:
    connection = sqlite3.connect(Store.database_path(worked.data_dir))
    keys = [str(row[0]) for row in connection.execute("SELECT key FROM meta")]
    connection.close()
    sealed = [key for key in keys if key not in integrity.UNSEALED_META]
    assert {"kdf", "lockout", "sync_binding", "public_key", "card_keys", "station_id"} <= set(
        sealed
    )
    for key in sealed:
        for action in ("edit", "remove"):
            copy = tmp_path / f"{key}-{action}"
            shutil.copytree(worked.data_dir, copy)
            attacker = _attacker(copy)
            if action == "edit":
                attacker.execute("UPDATE meta SET value = value || ' ' WHERE key = ?", (key,))
            else:
                attacker.execute("DELETE FROM meta WHERE key = ?", (key,))
            attacker.close()
            if key == "signing_key" and action == "remove":
                # Without its own key the profile does not even open for anyone.
                store = Store.open(copy)
                with pytest.raises(DecryptionFailed):
                    store.unlock("nurse", PASSWORDS["nurse"])
                store.close()
                continue
            _refused(copy, "meta")


def test_cheapened_key_derivation_is_refused_and_set_back_by_the_repair(worked: Worked) -> None:
    attacker = _attacker(worked.data_dir)
    (stored,) = attacker.execute("SELECT value FROM meta WHERE key = 'kdf'").fetchone()
    strongest = max(
        (json.loads(text) for (text,) in attacker.execute("SELECT kdf FROM key_wraps")),
        key=lambda kdf: (kdf["memory_kib"], kdf["iterations"]),
    )
    cheap = {**json.loads(stored), "memory_kib": 8, "iterations": 1}
    attacker.execute("UPDATE meta SET value = ? WHERE key = 'kdf'", (json.dumps(cheap),))
    attacker.close()
    _refused(worked.data_dir, "meta")
    store = Store.open(worked.data_dir)
    admin = store.unlock("admin", PASSWORDS["admin"])
    changes = store.repair(admin)
    assert "key derivation for new passwords set back to the built-in strength" in changes
    repaired = json.loads(store.meta("kdf") or "{}")
    assert repaired["memory_kib"] >= strongest["memory_kib"]
    assert repaired["iterations"] >= strongest["iterations"]
    store.close()


def test_a_row_put_back_from_the_morning_is_refused(worked: Worked, tmp_path: Path) -> None:
    """Each patient's state rolled back to its morning copy (before the afternoon's dose)."""
    attacker = _attacker(worked.data_dir)
    attacker.execute("ATTACH DATABASE ? AS morning", (str(worked.morning),))
    changed = attacker.execute(
        "UPDATE patient_state SET sealed = (SELECT m.sealed FROM morning.patient_state m WHERE"
        " m.patient_key = patient_state.patient_key) WHERE patient_key IN"
        " (SELECT patient_key FROM morning.patient_state)"
    ).rowcount
    attacker.close()
    assert changed >= 1
    _refused(worked.data_dir, "patient_state")


def test_the_whole_database_put_back_from_the_morning_is_refused(worked: Worked) -> None:
    shutil.copy(worked.morning, Store.database_path(worked.data_dir))
    _refused(worked.data_dir, "put back from a copy")


def test_another_stations_database_in_its_place_is_refused(
    worked: Worked, worked_template: Worked, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    store, admin, _code = Store.create(
        other, "Other counter (fictional)", "admin", "Asta Fiktiv", PASSWORDS["admin"],
        kdf=worked_template_kdf(), station_id="st-test-home",
    )  # fmt: skip
    store.add_user(admin, "nurse", "Nanna", frozenset({Role.NURSE}), PASSWORDS["nurse"])
    store.close()
    shutil.copy(Store.database_path(other), Store.database_path(worked.data_dir))
    _refused(worked.data_dir, "not the one this station last wrote")


def worked_template_kdf() -> Any:
    from station.store.crypto import TEST_KDF

    return TEST_KDF


def test_records_cut_from_the_end_are_refused(worked: Worked) -> None:
    attacker = _attacker(worked.data_dir)
    attacker.execute("DELETE FROM events WHERE seq > (SELECT MAX(seq) - 3 FROM events)")
    attacker.close()
    (worked.data_dir / "station.head").unlink()  # and the note beside it: the seal still knows
    _refused(worked.data_dir, "were cut from the end of the log")


def test_a_write_ahead_log_cut_after_a_crash_is_refused(worked: Worked, tmp_path: Path) -> None:
    """Committed records lost with the end of the WAL (a crash, then a cut or half-copied file)."""
    store = Store.open(worked.data_dir)
    nurse = store.unlock("nurse", PASSWORDS["nurse"])
    with store._write_transaction() as tx:
        tx.execute("PRAGMA wal_autocheckpoint = 0")  # the commits below stay in the WAL
    store.record(nurse, "bench.log_only", {"note": "before the crash (fictional)"})
    wal = Store.database_path(worked.data_dir).with_name("station.db-wal")
    kept = wal.stat().st_size  # the WAL up to here survives the crash
    for number in range(5):
        store.record(nurse, "bench.log_only", {"note": f"lost in the crash {number} (fictional)"})
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("station.db", "station.db-wal", "station.head"):  # as the power cut left them
        shutil.copy(worked.data_dir / name, crashed / name)
    store.close()
    with open(crashed / "station.db-wal", "r+b") as cut:
        cut.truncate(kept)
    _refused(crashed, "records were lost (a cut write-ahead log)")


def test_a_record_in_the_middle_of_the_log_signed_wrongly_is_refused_before_a_decision(
    worked: Worked,
) -> None:
    """Not only at `audit verify`: a signature spoiled (or removed) in the middle of the log
    is found at the next sign-in, before anything is decided on the record."""
    for spoil in ("UPDATE events SET signature = ? WHERE seq = 5", "UPDATE events SET signature"
                  " = NULL WHERE seq = 5 AND ? IS NOT NULL"):  # fmt: skip
        copy = worked.data_dir.with_name(f"spoiled-{len(spoil)}")
        shutil.copytree(worked.data_dir, copy)
        attacker = _attacker(copy)
        attacker.execute(spoil, ("00" * 64,))
        attacker.close()
        _refused(copy, "events")


def test_a_forged_unsigned_record_appended_is_refused(worked: Worked) -> None:
    attacker = _attacker(worked.data_dir)
    seq, prev = attacker.execute(
        "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    attacker.execute(
        "INSERT INTO events (seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash,"
        " sealed_digest, prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL)",
        (seq + 1, str(uuid.uuid4()), "st-test-home", "1999999999999-000000-x", "auth.failed", 0,
         b"{}", "0" * 64, "0" * 64, prev, "f" * 64),
    )  # fmt: skip
    attacker.close()
    _refused(worked.data_dir, "were added to the log outside the program")


def test_an_edited_sync_binding_is_refused_and_repaired_away(worked: Worked) -> None:
    attacker = _attacker(worked.data_dir)
    attacker.execute(
        "UPDATE meta SET value = ? WHERE key = 'sync_binding'",
        ('{"url": "https://elsewhere.example", "clinic_id": "c"}',),
    )
    attacker.close()
    _refused(worked.data_dir, "meta")
    store = Store.open(worked.data_dir)
    admin = store.unlock("admin", PASSWORDS["admin"])
    changes = store.repair(admin)
    assert "the server binding was not recorded: enrol the station again" in changes
    assert store.meta("sync_binding") is None  # nothing is sent to the other server
    nurse = store.unlock("nurse", PASSWORDS["nurse"])
    assert CounterService(store).roster(nurse)  # the record is sealed again
    assert store.verify(admin.data_key).intact
    store.close()


def test_a_repair_puts_the_record_back_from_the_chain(worked: Worked) -> None:
    attacker = _attacker(worked.data_dir)
    attacker.execute("DELETE FROM patient_state")
    attacker.execute("UPDATE users SET roles = '[\"administrator\"]' WHERE username = 'nurse'")
    attacker.close()
    store = Store.open(worked.data_dir)
    admin = store.unlock("admin", PASSWORDS["admin"])
    nurse = store.unlock("nurse", PASSWORDS["nurse"])
    assert "users" in (store.integrity_problem() or "")
    assert nurse.user.roles == frozenset({Role.NURSE})  # the log's roles, not the table's
    with pytest.raises((IntegrityFailure, PermissionDenied)):  # the "administrator" adds nobody
        StaffAdministration(store).add(
            nurse, "mallory", "Mallory", frozenset({Role.ADMINISTRATOR}), "sneaky-pass-123"
        )
    changes = store.repair(admin)
    assert "account nurse set back to its recorded roles" in changes
    assert store.find_user("nurse").roles == frozenset({Role.NURSE})  # type: ignore[union-attr]
    nurse = store.unlock("nurse", PASSWORDS["nurse"])
    overview = CounterService(store).overview(nurse, worked.patient_ids[0])
    assert len(overview.recent_doses) == 1 and overview.stop_flags
    repaired = [e for e in store.events_after(admin, 0) if e.type == "record.repaired"]
    assert repaired and repaired[-1].payload["by"] == admin.user.user_id
    store.close()
