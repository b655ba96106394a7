"""Station stores syncing through the real server over loopback HTTP (SQLite, and PostgreSQL)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from station.domain.rules import Outcome, SyncState
from station.services.codec import patient_payload
from station.services.sync_link import AlreadyEnrolled, enroll
from station.store.store import Store
from sync.client.errors import ServerUnreachable, SyncRejected
from sync.client.transport import SyncTransport
from sync.wire.envelope import PushRequest
from tests.services.conftest import PASSWORDS, local
from tests.services.sync_support import (
    Station,
    enrolled_stations,
    new_station,
    projection_documents,
    restarted,
    running_server,
)
from tests.sync.conftest import InProcessServer, _postgres_schema, wait_until


def _codes(visit_decision: object) -> set[str]:
    return {reason.code for reason in visit_decision.reasons}  # type: ignore[attr-defined]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _synced(*stations: Station) -> None:
    for station in stations:
        assert station.sync is not None
        overview = station.sync.sync_now()
        assert overview.status.online, overview.status.last_error
        assert overview.status.queued_events == 0


def _roster_and_dose_count_across_stations(a: Station, b: Station) -> None:
    patient = a.register()
    _synced(a, b)
    assert [p.clinic_id for p in b.counter.roster(b.nurse)] == [patient.clinic_id]
    assert len(b.counter.overview(b.nurse, patient.patient_id).prescriptions) == 1

    a.give(patient, 150)  # morning, at its home station, with the server's lease
    a.clock.set(local(4, 16, 30))
    before = b.decided(patient, 150).decision
    assert before is not None and before.outcome is not Outcome.BLOCK
    assert before.max_allowed.value == 150, "without the pulled dose the whole 150 mg is open"
    _synced(a, b)
    after = b.decided(patient, 150).decision
    assert after is not None
    assert after.max_allowed.value == 50, "A's 150 mg count toward the 200 mg daily maximum"
    assert "daily.prescription_maximum" in _codes(after)


def test_roster_and_a_dose_at_another_station_count_toward_the_rules(
    pair: tuple[Station, Station],
) -> None:
    _roster_and_dose_count_across_stations(*pair)


@pytest.mark.postgres
def test_roster_and_doses_cross_stations_on_postgres(tmp_path: Path, postgres_url: str) -> None:
    schema = _postgres_schema(postgres_url)
    db_url = next(schema)
    server = InProcessServer(db_url).start()
    try:
        with enrolled_stations(tmp_path, server) as (a, b):
            _roster_and_dose_count_across_stations(a, b)
    finally:
        server.stop()
        next(schema, None)


def test_online_lease_refuses_a_second_station_in_the_same_session(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    patient = a.register()
    _synced(a, b)
    first = a.decided(patient, 100).decision
    assert first is not None and "sync.lease_granted" in _codes(first)
    second = b.decided(patient, 100).decision
    assert second is not None and second.outcome is Outcome.BLOCK
    assert "sync.lease_held_elsewhere" in _codes(second)
    # The lease holder doses; once pushed, the server says "already dosed" to anyone else.
    dose = a.administer(a.decided(patient, 100))
    assert dose.mg.value == 100
    _synced(a)
    assert b.sync is not None
    probe = b.sync.sync_probe()
    assert probe is not None
    assert probe(patient, first.session) is SyncState.ONLINE_LEASE_REFUSED


def test_offline_falls_back_to_the_home_station_rule(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    patient = a.register(home_station="st-a")
    _synced(a, b)
    server.stop()
    at_home = a.decided(patient, 100).decision
    assert at_home is not None and at_home.outcome is not Outcome.BLOCK
    assert "sync.offline_home_station" in _codes(at_home)
    elsewhere = b.decided(patient, 100).decision
    assert elsewhere is not None and elsewhere.outcome is Outcome.NEEDS_OVERRIDE
    assert "sync.offline_not_home_station" in _codes(elsewhere)


def test_server_down_shows_offline_and_loses_nothing(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    patient = a.register()
    _synced(a, b)
    server.stop()
    a.give(patient, 100)
    assert a.sync is not None
    overview = a.sync.sync_now()
    assert not overview.status.online
    assert overview.status.queued_events > 0
    assert "not reachable" in (overview.status.last_error or "")
    assert overview.status.last_success is not None, "the earlier success is still shown"
    assert overview.summary().startswith("Offline")
    assert "not reachable" in overview.summary()  # the status bar says why, not only that
    queued = overview.status.queued_events

    again = restarted(server)
    try:
        back = a.sync.sync_now()
        assert back.status.online and back.status.queued_events == 0
        assert back.last_report is not None and back.last_report.pushed == queued
        _synced(b)
        state = b.counter.overview(b.nurse, patient.patient_id)
        assert [dose.mg.value for dose in state.recent_doses] == [100]
    finally:
        a.close()
        b.close()
        again.stop()


def test_reply_lost_after_the_server_committed_is_pushed_again_without_duplicates(
    pair: tuple[Station, Station], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    patient = a.register()
    a.give(patient, 100)
    real_push, real_push_rows = SyncTransport.push, SyncTransport.push_rows

    def push_then_lose_reply(self: SyncTransport, request: PushRequest):  # type: ignore[no-untyped-def]
        real_push(self, request)
        raise ServerUnreachable("Server not reachable (reply lost).")

    def push_rows_then_lose_reply(self: SyncTransport, **batch):  # type: ignore[no-untyped-def]
        real_push_rows(self, **batch)
        raise ServerUnreachable("Server not reachable (reply lost).")

    # The station pushes its stored rows (wire version 2); event objects only to older servers.
    monkeypatch.setattr(SyncTransport, "push", push_then_lose_reply)
    monkeypatch.setattr(SyncTransport, "push_rows", push_rows_then_lose_reply)
    assert a.sync is not None
    lost = a.sync.sync_now()
    assert not lost.status.online and lost.status.queued_events == a.store.head()[0]
    assert a.sync.replica.push_mark() == 0, "mark moved without a stored reply"
    monkeypatch.setattr(SyncTransport, "push", real_push)
    monkeypatch.setattr(SyncTransport, "push_rows", real_push_rows)
    report = a.sync.sync_now().last_report
    assert report is not None and report.pushed == 0 and report.duplicates == a.store.head()[0]
    _synced(b)
    doses = b.counter.overview(b.nurse, patient.patient_id).recent_doses
    assert len(doses) == 1


def test_pulled_events_are_kept_once_and_sealed_at_rest(pair: tuple[Station, Station]) -> None:
    a, b = pair
    patient = a.register()
    a.give(patient, 100)
    _synced(a, b)
    assert b.sync is not None
    held = b.sync.overview().pulled_held
    assert held >= 4
    # The feed delivered again from the start: nothing is stored or counted twice.
    b.store.set_meta("sync_pull_cursor", "0")
    b.sync.sync_now()
    assert b.sync.overview().pulled_held == held
    assert len(b.counter.overview(b.nurse, patient.patient_id).recent_doses) == 1
    b.close()
    raw = b"".join(path.read_bytes() for path in b.data_dir.iterdir() if path.is_file())
    for text in (patient.family_name, patient.given_name, patient.clinic_id, "diacetylmorphine"):
        assert text.encode() not in raw, "a pulled record is readable on disk"


def test_double_dose_offline_becomes_an_incident_both_stations_show(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    patient = a.register(home_station="st-a")
    _synced(a, b)
    server.stop()
    a.give(patient, 100)
    visit = b.decided(patient, 100)
    assert visit.decision is not None and visit.decision.outcome is Outcome.NEEDS_OVERRIDE
    from station.services.counter import Override

    b.administer(visit, override=Override("Home station down; patient known (test)", b.confirm()))
    again = restarted(server)
    try:
        _synced(a, b)
        _synced(a)
        for station in (a, b):
            assert station.sync is not None
            incidents = station.sync.incidents()
            assert [i["kind"] for i in incidents] == ["suspected_double_dose"]
            assert incidents[0]["patient_id"] == patient.patient_id
            assert station.sync.overview().open_incidents == 1
            assert "open incident" in station.sync.overview().summary()
    finally:
        a.close()
        b.close()
        again.stop()


def test_rebuild_equals_the_incrementally_kept_projections(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, b = pair
    assert server.service is not None
    first = a.register()
    second = b.register()
    _synced(a, b)
    a.give(first, 100)
    b.give(second, 120)
    a.clock.set(local(4, 16, 30))
    b.give(first, 100)
    _synced(a, b, a)
    # The server's roster: a patient and a prescription imported from CSV, then changed.
    server.service.import_patients(
        [
            {
                "patient_id": "P-IMPORT-1",
                "clinic_id": "HAT-IMP-1",
                "given_name": "Importa",
                "family_name": "Csvsen",
                "birth_date": "1977-02-03",
                "home_station": "st-b",
            }
        ]
    )
    rx = {
        "prescription_id": "RX-IMPORT-1",
        "patient_id": "P-IMPORT-1",
        "drug": "diacetylmorphine_iv",
        "per_session_max_mg": "120",
        "daily_max_mg": "240",
        "sessions_per_day": "2",
        "valid_from": "2031-01-01",
        "phase": "maintenance",
        "prescriber": "Dr. Fiktiv",
    }
    server.service.import_prescriptions([rx])
    server.service.import_prescriptions([{**rx, "daily_max_mg": "200"}])
    _synced(a, b)
    # A void at B of A's dose; the imported patient changed on the server, then at A.
    first_dose = next(
        dose
        for dose in b.counter.overview(b.nurse, first.patient_id).recent_doses
        if dose.station_id == "st-a"
    )
    imported_patient = a.counter.overview(a.nurse, "P-IMPORT-1").patient
    server.service.import_patients(
        [
            {
                "patient_id": "P-IMPORT-1",
                "clinic_id": "HAT-IMP-1",
                "given_name": "Importina",
                "family_name": "Csvsen",
                "birth_date": "1977-02-03",
                "home_station": "st-b",
            }
        ]
    )
    time.sleep(0.01)  # A's edit is stamped after the server's (its HLC has not seen it yet)
    a.store.record(
        a.lead,
        "patient.updated",
        patient_payload(replace(imported_patient, flags=frozenset({"allergy-note"}))),
    )
    b.store.record(
        b.lead,
        "record.voided",
        {
            "target_kind": "dose",
            "target_id": first_dose.dose_id,
            "reason": "test",
            "by": b.lead.user.user_id,
            "station_id": "st-b",
            "authority": "clinic_lead",
        },
    )
    _synced(b, a, b)
    assert projection_documents(a)["patients"] == projection_documents(b)["patients"]
    for station in (a, b):
        latest = station.counter.overview(station.nurse, "P-IMPORT-1").patient
        # A's later edit wins everywhere, although A pulled the server's older one after it.
        assert (latest.given_name, latest.flags) == ("Importa", frozenset({"allergy-note"}))
        before = projection_documents(station)
        imported = station.counter.overview(station.nurse, "P-IMPORT-1")
        assert [str(p.max_per_day) for p in imported.prescriptions] == ["200 mg"]
        replayed = station.store.rebuild_projections(station.admin)
        assert replayed > station.store.head()[0], "pulled events are replayed too"
        assert projection_documents(station) == before
        voided = [
            d.voided for d in station.counter.overview(station.nurse, first.patient_id).recent_doses
        ]
        assert sorted(voided) == [False, True]


def test_restore_from_an_older_backup_recovers_own_events(
    pair: tuple[Station, Station], tmp_path: Path
) -> None:
    a, b = pair
    patient = a.register()
    _synced(a, b)
    backup = tmp_path / "backup-of-a"
    a.close()
    shutil.copytree(a.data_dir, backup)
    a.reopen()
    a.connect()
    a.give(patient, 100)
    _synced(a)
    head = a.store.head()
    a.close()
    shutil.rmtree(a.data_dir)
    shutil.copytree(backup, a.data_dir)
    a.reopen()
    assert a.store.head()[0] < head[0]
    sync = a.connect()
    overview = sync.sync_now()
    assert overview.status.online, overview.status.last_error
    assert overview.last_report is not None and overview.last_report.restored_own > 0
    assert a.store.head() == head
    assert a.store.verify(a.admin.data_key).intact
    assert [d.mg.value for d in a.counter.overview(a.nurse, patient.patient_id).recent_doses] == [
        100
    ]
    # The restored station carries on: its next dose is pushed and reaches B.
    a.clock.set(local(4, 16, 30))
    a.give(patient, 50)
    _synced(a, b)
    assert len(b.counter.overview(b.nurse, patient.patient_id).recent_doses) == 2


def test_enrolling_twice_or_with_a_wrong_code_is_refused(
    pair: tuple[Station, Station], server: InProcessServer, tmp_path: Path
) -> None:
    a, _b = pair
    assert server.service is not None
    with pytest.raises(AlreadyEnrolled, match="already enrolled"):
        enroll(a.store, a.tech, server.url, server.service.new_enrollment_code())
    c = new_station(tmp_path / "st-c", "st-c")
    try:
        with pytest.raises(SyncRejected, match="unknown, expired or already used"):
            enroll(c.store, c.tech, server.url, "AAAA-BBBB-CCCC-DDDD")
        with pytest.raises(ServerUnreachable):
            enroll(c.store, c.tech, "http://127.0.0.1:9", server.service.new_enrollment_code())
        assert c.store.meta("sync_binding") is None
    finally:
        c.close()


def test_background_sync_runs_on_its_own_and_on_demand(pair: tuple[Station, Station]) -> None:
    a, b = pair
    seen: list[str] = []
    a.connect(interval_s=60.0, on_status=lambda overview: seen.append(overview.summary()))
    b.connect(interval_s=60.0)
    assert a.sync is not None and b.sync is not None
    a.sync.start()
    b.sync.start()
    wait_until(lambda: a.sync.overview().status.rounds_completed >= 1, "A's first round")  # type: ignore[union-attr]
    patient = a.register()
    a.sync.request_sync()
    wait_until(lambda: a.sync.overview().status.queued_events == 0, "A to push")  # type: ignore[union-attr]
    b.sync.request_sync()
    wait_until(lambda: len(b.counter.roster(b.nurse)) == 1, "B to pull the new patient")
    assert b.counter.roster(b.nurse)[0].clinic_id == patient.clinic_id
    assert any(line.startswith("Online") for line in seen)
    published = a.sync.status()
    assert published.status.online and published.status.rounds_completed >= 1


def test_reopened_store_keeps_pulled_data_and_status(pair: tuple[Station, Station]) -> None:
    a, b = pair
    patient = a.register()
    _synced(a, b)
    b.reopen()
    b.connect()
    assert b.sync is not None
    overview = b.sync.overview()
    assert overview.enrolled and overview.status.last_success is not None
    assert b.counter.roster(b.nurse)[0].patient_id == patient.patient_id
    assert Store.exists(b.data_dir)
    assert PASSWORDS["nurse"]


def test_an_incomplete_imported_prescription_is_kept_but_not_used(
    pair: tuple[Station, Station], server: InProcessServer
) -> None:
    a, _b = pair
    assert server.service is not None
    patient = a.register()
    server.service.import_prescriptions(
        # No per-session maximum, sessions, start date, phase or prescriber: nothing is guessed.
        [
            {
                "prescription_id": "RX-HALF",
                "patient_id": patient.patient_id,
                "drug": "diacetylmorphine_iv",
                "daily_max_mg": "900",
            }
        ]
    )
    assert a.sync is not None
    overview = a.sync.sync_now()
    assert overview.unreadable_pulled == 1 and overview.pulled_held >= 1
    prescriptions = a.counter.overview(a.nurse, patient.patient_id).prescriptions
    assert [str(p.max_per_day) for p in prescriptions] == ["200 mg"]
