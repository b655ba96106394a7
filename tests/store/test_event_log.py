"""The event log: gap-free, unique, append-only, transactional with projections, replayable."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from station.store.database import SCHEMA_VERSION, SchemaTooNew, connect, migrate
from station.store.projections import (
    PROJECTION_KEYS,
    PROJECTION_TABLES,
    dose_row,
    state_dose,
)
from station.store.sealing import IntegrityFailure
from station.store.store import Session, Store
from sync.wire.hlc import HlcStamp
from tests.store.conftest import Built, dose, make_store, patient, raw_database


def decrypted_projections(store: Store, session: Session) -> dict[str, dict[str, Any]]:
    """Every projection row, decrypted, with its clear columns: what the UI would read."""
    result: dict[str, dict[str, Any]] = {}
    with store.reading(session) as projections:
        for table in PROJECTION_TABLES:
            key = PROJECTION_KEYS[table]
            rows = projections._connection.execute(f"SELECT * FROM {table}")
            names = [column[0] for column in rows.description]
            result[table] = {}
            for values in rows.fetchall():
                row = dict(zip(names, values, strict=True))
                row["sealed"] = projections._open_row(table, row[key], row["sealed"])
                result[table][row[key]] = row
    return result


def test_sequence_is_gap_free_with_unique_ids_and_rising_clock(built: Built) -> None:
    store, session = built.store, built.session
    target = store.events_after(session, 0)[2].payload["patient_id"]
    store.record_many(
        session, [("dose.administered", dose(target, f"2025-03-0{day}T09:00")) for day in (1, 2)]
    )
    store.close()
    reopened = Store.open(built.data_dir)
    session = reopened.unlock("admin.ada", "ada-fictional-pw-1")
    reopened.record(session, "dose.administered", dose(target, "2025-03-03T09:00"))
    events = reopened.events_after(session, 0)
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    assert len(events) == 13
    assert len({event.uuid for event in events}) == len(events)
    assert all(uuid.UUID(event.uuid).version == 7 for event in events)
    stamps = [HlcStamp.parse(event.hlc) for event in events]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert [event.prev_hash for event in events[1:]] == [event.hash for event in events[:-1]]
    assert reopened.head() == (events[-1].seq, events[-1].hash)
    reopened.close()


def test_exception_inside_a_transaction_keeps_neither_event_nor_projection(built: Built) -> None:
    store, session = built.store, built.session
    head = store.head()
    recorded_head = store.recorded_head()
    target = store.events_after(session, 0)[2].payload["patient_id"]
    lost = dose(target, "2025-03-01T09:00")
    with pytest.raises(RuntimeError, match="printer jammed"), store.transaction():
        store.record(session, "dose.administered", lost)
        raise RuntimeError("printer jammed")
    assert store.head() == head
    assert store.recorded_head() == recorded_head
    with store.reading(session) as projections:
        row = projections._connection.execute(
            "SELECT 1 FROM doses WHERE dose_id = ?", (lost["dose_id"],)
        ).fetchone()
        assert row is None
        assert all(
            state_dose(item)["dose_id"] != lost["dose_id"]
            for item in projections.state(target)["doses"]
        )
    # A batch that fails half-way (the second dose has no id) keeps nothing either.
    broken = dose(target, "2025-03-02T09:00")
    del broken["dose_id"]
    with pytest.raises(KeyError):
        store.record_many(
            session,
            [
                ("dose.administered", dose(target, "2025-03-02T08:00")),
                ("dose.administered", broken),
            ],
        )
    assert store.head() == head
    kept = store.record(session, "dose.administered", lost)
    assert kept.seq == head[0] + 1
    assert store.verify(session.data_key).intact


def test_the_store_connection_cannot_change_or_remove_events(built: Built) -> None:
    store = built.store
    for statement in (
        "UPDATE events SET type = 'dose.voided' WHERE seq = 5",
        "UPDATE events SET sealed = x'00' WHERE seq = 5",
        "DELETE FROM events WHERE seq = 10",
    ):
        with (
            pytest.raises(sqlite3.IntegrityError, match="append-only"),
            store._write_transaction() as tx,
        ):
            tx.execute(statement)
    assert store.head()[0] == 10
    assert store.verify(built.session.data_key).intact


def test_rebuild_reproduces_the_same_projection_documents(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station")
    store, session = built.store, built.session
    people = [
        patient("FC-2001", "Tobiah", "Wrenfield", "1980-01-15"),
        patient("FC-2002", "Ilse", "Marchbank", "1972-06-02"),
    ]
    items: list[tuple[str, dict[str, Any]]] = [("patient.registered", item) for item in people]
    items += [
        (
            "prescription.issued",
            {"prescription_id": f"rx-{n}", "patient_id": item["patient_id"], "max_mg": "300"},
        )
        for n, item in enumerate(people)
    ]
    items.append(("prescription.stop_set", {"prescription_id": "rx-1", "stop_dose": True}))
    doses = [
        dose(people[n % 2]["patient_id"], f"2025-01-{n + 1:02d}T09:00", mg=str(100 + n))
        for n in range(20)
    ]
    items += [("dose.administered", item) for item in doses]
    items.append(
        ("record.voided", {"target_kind": "dose", "target_id": doses[3]["dose_id"], "why": "typo"})
    )
    first = people[0]["patient_id"]
    items += [
        ("assessment.recorded", {"patient_id": first, "intoxicated": False}),
        ("observation.started", {"observation_id": "ob-1", "patient_id": first}),
        ("observation.noted", {"observation_id": "ob-1", "note": "calm"}),
        ("observation.closed", {"observation_id": "ob-1", "closed_at": "2025-01-20T10:00"}),
        ("observation.started", {"observation_id": "ob-2", "patient_id": first}),
        ("patient.updated", {**people[1], "flags": ["review"]}),
    ]
    for index in range(0, len(items), 7):  # several transactions, as at the counter
        store.record_many(session, items[index : index + 7])
    before = decrypted_projections(store, session)
    assert dose_row(before["doses"][doses[3]["dose_id"]]["sealed"])["voided"] is True
    assert before["observations"]["ob-2"]["open"] == 1
    with store.reading(session) as projections:
        first_key = projections.patient_key(first)
    assert before["patient_state"][first_key]["sealed"]["open_observation_id"] == "ob-2"
    with raw_database(built.data_dir) as db:
        sealed_before = db.execute("SELECT sealed FROM doses ORDER BY dose_id").fetchall()
        for table in PROJECTION_TABLES:
            db.execute(f"DELETE FROM {table}")
    with pytest.raises(IntegrityFailure, match="nobody was signed in"):
        decrypted_projections(store, session)  # rows removed outside: the seal refuses
    store.repair(session)  # put back from the verified chain, sealed again
    assert decrypted_projections(store, session) == before
    with raw_database(built.data_dir) as db:
        sealed_after = db.execute("SELECT sealed FROM doses ORDER BY dose_id").fetchall()
    assert sealed_after != sealed_before  # freshly sealed (new nonces), same documents
    assert store.rebuild_projections(session) == store.head()[0]
    assert decrypted_projections(store, session) == before
    store.close()


def schema_of(data_dir: Path) -> tuple[int, list[tuple[Any, ...]]]:
    with raw_database(data_dir) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        rows = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    return version, rows


def test_migrations_are_idempotent_on_reopen(built: Built) -> None:
    built.store.close()
    first = schema_of(built.data_dir)
    assert first[0] == SCHEMA_VERSION
    for _ in range(3):
        Store.open(built.data_dir).close()
    connection = connect(Store.database_path(built.data_dir))
    assert migrate(connection) == SCHEMA_VERSION
    assert migrate(connection) == SCHEMA_VERSION
    connection.close()
    assert schema_of(built.data_dir) == first
    store = Store.open(built.data_dir)
    assert store.verify().intact and store.head()[0] == 10
    store.close()


def test_a_newer_schema_is_refused_with_a_clear_message(built: Built) -> None:
    built.store.close()
    with raw_database(built.data_dir) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = schema_of(built.data_dir)
    with pytest.raises(SchemaTooNew) as refused:
        Store.open(built.data_dir)
    message = str(refused.value)
    assert f"schema version {SCHEMA_VERSION + 1}" in message
    assert f"knows up to {SCHEMA_VERSION}" in message
    assert "newer station version" in message
    assert schema_of(built.data_dir) == before
