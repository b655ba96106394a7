"""Encryption at rest and access: nothing readable on disk, keys bound to rows, accounts behave.

The scan reads every file under the data folder as bytes (database, WAL, shared memory, any
journal) both while the store is open and after it is closed, and looks for the fictional
patients' names, birth dates in several formats, free-text notes and clinic ids.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from station.store.accounts import (
    AccountDisabled,
    AccountLocked,
    LockoutPolicy,
    Role,
    WrongCredentials,
)
from station.store.crypto import DecryptionFailed
from station.store.database import StoreError
from station.store.events import EventLog
from station.store.projections import PROJECTION_TABLES, Projections
from station.store.sealing import IntegrityFailure
from station.store.store import Store
from tests.store.conftest import (
    ADMIN,
    ADMIN_PASSWORD,
    Built,
    dose,
    make_store,
    patient,
    raw_database,
)

NURSE = "nurse.nia"
NURSE_PASSWORD = "nia-fictional-pw-1"

PATIENTS = [
    patient("HAT-ZX-90417", "Quirinius", "Fenwhistle-Obermaier", "1968-07-23"),
    patient("HAT-ZX-55120", "Ludmiła", "Þórsdóttir-Wąsowicz", "1991-02-05"),
    patient("HAT-ZX-31008", "Evander", "Crumplehorn", "1974-12-31"),
]
NOTES = [
    "Zephyrine reported a tremor in the left hand after the evening dose",
    "Patient mentioned sleeping at the Lindqvist shelter this week",
    "Pupils pinpoint, respiration eight per minute, naloxone prepared",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def birth_date_spellings(iso: str) -> list[str]:
    year, month, day = iso.split("-")
    name = MONTHS[int(month) - 1]
    return [
        iso,
        f"{day}.{month}.{year}",
        f"{day}/{month}/{year}",
        f"{month}/{day}/{year}",
        f"{year}{month}{day}",
        f"{int(day)} {name} {year}",
        f"{name} {int(day)}, {year}",
    ]


def secrets_to_find() -> list[str]:
    found: list[str] = []
    for item in PATIENTS:
        found += [item["given_name"], item["family_name"], item["clinic_id"]]
        found += birth_date_spellings(item["birth_date"])
    found += NOTES
    found += ["Zephyrine", "Lindqvist", "naloxone prepared"]
    return found


def encodings(text: str) -> list[bytes]:
    """The ways a string could land in a file: UTF-8, JSON escapes, UTF-16."""
    escaped = text.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
    return sorted({text.encode(), escaped, text.encode("utf-16-le")})


def scan(data_dir: Path, needles: list[str]) -> dict[str, list[str]]:
    """Return, per file, every needle whose bytes appear in it (case-insensitive)."""
    hits: dict[str, list[str]] = {}
    files = sorted(path for path in data_dir.rglob("*") if path.is_file())
    assert files, "nothing to scan"
    for path in files:
        content = path.read_bytes().lower()
        for needle in needles:
            if any(form.lower() in content for form in encodings(needle)):
                hits.setdefault(path.name, []).append(needle)
    return hits


def record_clinic_day(built: Built) -> None:
    store, session = built.store, built.session
    for item in PATIENTS:
        store.record(session, "patient.registered", item)
        store.record(
            session,
            "prescription.issued",
            {
                "prescription_id": str(uuid.uuid4()),
                "patient_id": item["patient_id"],
                "drug": "diacetylmorphine",
                "max_per_session_mg": "200",
                "max_per_day_mg": "400",
                "notes": NOTES[1],
            },
        )
    first = PATIENTS[0]["patient_id"]
    store.record(session, "dose.administered", dose(first, "2025-02-03T08:30:00", note=NOTES[0]))
    store.record(
        session,
        "assessment.recorded",
        {"patient_id": first, "intoxicated": False, "notes": NOTES[2]},
    )
    observation = {"observation_id": "obs-1", "patient_id": first, "started_at": "08:31"}
    store.record(session, "observation.started", observation)
    store.record(
        session,
        "observation.noted",
        {"observation_id": "obs-1", "patient_id": first, "note": NOTES[0]},
    )
    store.record(
        session,
        "adverse_event.recorded",
        {"observation_id": "obs-1", "patient_id": first, "note": NOTES[2]},
    )
    store.record(
        session,
        "observation.closed",
        {"observation_id": "obs-1", "closed_at": "2025-02-03T09:10:00", "discharge": NOTES[1]},
    )
    # A corrected registration (replaces a projection row: the old row must not linger).
    store.record(session, "patient.updated", {**PATIENTS[2], "flags": ["review"]})


def snapshot(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    with raw_database(data_dir) as db:
        tables = ("events", "key_wraps", *PROJECTION_TABLES)
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables
        }


def test_no_patient_data_in_any_file_open_or_closed(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station")
    record_clinic_day(built)
    built.store.rebuild_projections(built.session)
    wal = Store.database_path(built.data_dir).with_name("station.db-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the open store should have a WAL to scan"
    # The scanner must be able to see clear text: the station's name is stored in clear.
    assert "station.db-wal" in scan(built.data_dir, ["Fictional Clinic Station 1"])
    assert scan(built.data_dir, secrets_to_find()) == {}
    built.store.close()
    assert "station.db" in scan(built.data_dir, ["Fictional Clinic Station 1"])
    assert scan(built.data_dir, secrets_to_find()) == {}
    # And the data is really there, for someone with credentials.
    store = Store.open(built.data_dir)
    session = store.unlock(ADMIN, ADMIN_PASSWORD)
    with store.reading(session) as projections:
        row = projections._connection.execute(
            "SELECT sealed FROM patients WHERE patient_id = ?", (PATIENTS[1]["patient_id"],)
        ).fetchone()
        document = projections._open_row("patients", PATIENTS[1]["patient_id"], row[0])
    assert document["family_name"] == "Þórsdóttir-Wąsowicz"
    store.close()


def test_ciphertext_moved_between_rows_does_not_open(built: Built) -> None:
    ids = [
        event.payload["patient_id"]
        for event in built.store.events_after(built.session, 0)
        if event.type == "patient.registered"
    ]
    built.store.close()
    with raw_database(built.data_dir) as db:
        sealed = {
            patient_id: db.execute(
                "SELECT sealed FROM patients WHERE patient_id = ?", (patient_id,)
            ).fetchone()[0]
            for patient_id in ids
        }
        db.execute("UPDATE patients SET sealed = ? WHERE patient_id = ?", (sealed[ids[1]], ids[0]))
        db.execute("DROP TRIGGER events_no_update")
        moved = db.execute("SELECT sealed FROM events WHERE seq = 4").fetchone()[0]
        db.execute("UPDATE events SET sealed = ? WHERE seq = 3", (moved,))
    store = Store.open(built.data_dir)
    session = store.unlock(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(IntegrityFailure), store.reading(session):
        pass  # the seal sees the moved row at once; nothing is read on it
    store.close()
    with raw_database(built.data_dir) as db:  # and the encryption refuses it on its own too
        projections = Projections(db, session.data_key)
        assert projections._open_row("patients", ids[1], sealed[ids[1]])["patient_id"] == ids[1]
        with pytest.raises(DecryptionFailed):
            projections._open_row("patients", ids[0], sealed[ids[1]])
        with pytest.raises(DecryptionFailed):
            EventLog.read(db, session.data_key, after_seq=2, limit=1)
        assert EventLog.read(db, session.data_key, 3, 1)[0].seq == 4


def test_wrong_password_is_clear_and_changes_only_the_failure_record(built: Built) -> None:
    before = snapshot(built.data_dir)
    head, _ = built.store.head()
    with pytest.raises(WrongCredentials, match=r"^Wrong user name or password\.$"):
        built.store.unlock(ADMIN, "not-the-password")
    after = snapshot(built.data_dir)
    for table in ("key_wraps", "events", *PROJECTION_TABLES):
        assert after[table] == before[table], f"{table} changed after a wrong password"
    # An unknown user gets the same words; the attempt is noted too (issue 14).
    with pytest.raises(WrongCredentials, match=r"^Wrong user name or password\.$"):
        built.store.unlock("nobody.here", "whatever-password")
    assert after["key_wraps"] == snapshot(built.data_dir)["key_wraps"]
    assert built.store.head()[0] == head  # nobody could sign them: they wait outside the chain
    assert built.store.unlock(ADMIN, ADMIN_PASSWORD).data_key.material == (
        built.session.data_key.material
    )
    # At the next sign-in they enter the chain, signed by the station.
    new = built.store.events_after(built.session, head)
    assert [(event.type, event.payload["reason"]) for event in new] == [
        ("auth.failed", "wrong_password"),
        ("auth.failed", "unknown_user"),
    ]
    assert (new[0].payload["username"], new[0].payload["attempt"]) == (ADMIN, 1)
    assert all(event.signature for event in new)
    assert built.store.verify(built.session.data_key).intact


def test_repeated_failures_lock_the_account_and_are_recorded(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station", lockout=LockoutPolicy(max_attempts=3, lock_minutes=15))
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    head, _ = store.head()
    for _ in range(3):
        with pytest.raises(WrongCredentials):
            store.unlock(NURSE, "wrong-password-x")
    with pytest.raises(AccountLocked, match="locked after repeated wrong passwords until"):
        store.unlock(NURSE, NURSE_PASSWORD)
    with pytest.raises(AccountLocked):
        store.unlock(NURSE, "wrong-password-x")
    assert store.head()[0] == head  # noted while nobody is signed in...
    assert store.unlock(ADMIN, ADMIN_PASSWORD)  # ...and signed into the chain at the next sign-in
    events = store.events_after(built.session, head)
    assert [event.type for event in events] == [
        "auth.failed",
        "auth.failed",
        "auth.failed",
        "auth.locked",
        "auth.failed",  # the two attempts while locked (issue 14)
        "auth.failed",
    ]
    assert [event.payload.get("attempt") for event in events[:3]] == [1, 2, 3]
    assert [event.payload["reason"] for event in events[4:]] == ["locked", "locked"]
    assert events[3].payload["username"] == NURSE and events[3].payload["until"]
    assert store.unlock(ADMIN, ADMIN_PASSWORD)  # another account is not affected
    # An administrator setting a new password lifts the lock.
    store.set_password(built.session, NURSE, "nia-new-fictional-pw")
    assert store.unlock(NURSE, "nia-new-fictional-pw").user.username == NURSE
    assert store.verify(built.session.data_key).intact
    store.close()


def test_password_change_rewraps_only(built: Built) -> None:
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    nurse = store.find_user(NURSE)
    assert nurse is not None
    before = snapshot(built.data_dir)
    store.set_password(built.session, NURSE, "nia-changed-pw-22")
    after = snapshot(built.data_dir)
    for table in PROJECTION_TABLES:
        assert after[table] == before[table], f"{table} was re-encrypted by a password change"
    assert after["events"][: len(before["events"])] == before["events"]
    assert [row[4] for row in after["events"][len(before["events"]) :]] == ["user.password_set"]
    unchanged = [row for row in before["key_wraps"] if row[1] != nurse.user_id]
    assert [row for row in after["key_wraps"] if row[1] != nurse.user_id] == unchanged
    assert [row for row in after["key_wraps"] if row[1] == nurse.user_id] != [
        row for row in before["key_wraps"] if row[1] == nurse.user_id
    ]
    with pytest.raises(WrongCredentials):
        store.unlock(NURSE, NURSE_PASSWORD)
    session = store.unlock(NURSE, "nia-changed-pw-22")
    assert session.data_key.material == built.session.data_key.material
    assert len(store.events_after(session, 0)) == len(after["events"]) + 1


def test_recovery_code_restores_a_locked_out_administrator(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station", lockout=LockoutPolicy(max_attempts=2))
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            store.unlock(ADMIN, "forgotten-password")
    with pytest.raises(AccountLocked):
        store.unlock(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(StoreError, match="recovery code is wrong"):
        store.recover("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", ADMIN, "admin-restored-pw")
    with pytest.raises(StoreError, match="administrator"):
        store.recover(built.recovery_code, NURSE, "nurse-restored-pw")
    typed = built.recovery_code.replace("-", "").lower()  # as someone might type it
    session, _new_code = store.recover(typed, ADMIN, "admin-restored-pw")
    assert session.user.username == ADMIN
    assert session.data_key.material == built.session.data_key.material
    with pytest.raises(WrongCredentials):
        store.unlock(ADMIN, ADMIN_PASSWORD)
    assert store.unlock(ADMIN, "admin-restored-pw").user.has(Role.ADMINISTRATOR)
    assert store.unlock(NURSE, NURSE_PASSWORD)  # nobody else's access changed
    assert store.verify(session.data_key).intact
    store.close()


def test_disabled_user_cannot_unlock_even_if_the_flag_is_flipped_on_disk(built: Built) -> None:
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    assert store.set_user_disabled(built.session, NURSE, True).disabled
    with pytest.raises(AccountDisabled, match="disabled"):
        store.unlock(NURSE, NURSE_PASSWORD)
    with raw_database(built.data_dir) as db:
        db.execute("UPDATE users SET disabled = 0 WHERE username = ?", (NURSE,))
    with pytest.raises(WrongCredentials):  # the key wrap is gone: no key to open
        store.unlock(NURSE, NURSE_PASSWORD)
    with pytest.raises(IntegrityFailure, match=r"users|nobody was signed in"):
        store.set_password(built.session, NURSE, "nia-back-at-work-1")  # the seal saw it
    assert store.repair(built.session) == [f"account {NURSE} set back to its recorded roles"]
    assert store.find_user(NURSE).disabled  # type: ignore[union-attr]
    store.set_password(built.session, NURSE, "nia-back-at-work-1")
    assert store.unlock(NURSE, "nia-back-at-work-1").user.username == NURSE


def test_witness_must_be_a_second_person_with_own_credentials(built: Built) -> None:
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    signer = built.session.user
    witness = store.confirm_witness(NURSE, NURSE_PASSWORD, signer=signer)
    assert witness.username == NURSE and witness.display_name == "Nia Nurse"
    with pytest.raises(StoreError, match="second person"):
        store.confirm_witness(ADMIN, ADMIN_PASSWORD, signer=signer)
    with pytest.raises(WrongCredentials):
        store.confirm_witness(NURSE, "not-her-password", signer=signer)


def test_reenabling_a_user_does_not_leave_a_dead_account(built: Built) -> None:
    """Disabling forgets the key wrap; re-enabling must say a new password is needed.

    Either ``set_user_disabled(..., False)`` refuses with words about a new password, or the
    re-enabled user is told so at sign-in, without it counting as a wrong password (which
    would lock the account after a few tries for a reason nobody can see).
    """
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    store.set_user_disabled(built.session, NURSE, True)
    try:
        store.set_user_disabled(built.session, NURSE, False)
    except StoreError as refused:
        assert "password" in str(refused).lower()
        return
    head, _ = store.head()
    with pytest.raises(StoreError) as refused_at_sign_in:
        store.unlock(NURSE, NURSE_PASSWORD)
    assert not isinstance(refused_at_sign_in.value, WrongCredentials), (
        "a re-enabled account without a key wrap reports 'wrong password' and counts toward lockout"
    )
    assert "password" in str(refused_at_sign_in.value).lower()
    assert store.head()[0] == head
