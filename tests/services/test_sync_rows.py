"""A real station's store syncing as wire version 2 arrays keeps what event objects kept.

Stations, staff and patients are fictional; the server and the HTTP are real (loopback).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from station.services.codec import patient_payload
from station.services.sync_link import StoreReplica
from station.store import remote
from station.store.accounts import WrongCredentials
from sync.client.engine import SyncEngine
from sync.client.errors import IntegrityProblem
from sync.client.replica import PullState
from sync.client.transport import SyncTransport
from sync.wire import compact
from sync.wire.chain import canonical_json, sha256_hex
from sync.wire.compact import event_row, row_wire_event
from sync.wire.envelope import WireEvent
from tests.services.conftest import PASSWORDS, local
from tests.services.sync_support import (
    Station,
    enrolled_stations,
    feed_row,
    projection_documents,
    running_server,
)
from tests.sync.conftest import InProcessServer

ROW_HOOKS = ("push_rows_after", "apply_pulled_rows")


class ObjectsOnly:
    """A station's replica without its row hooks: the engine builds an event object per row."""

    def __init__(self, replica: StoreReplica) -> None:
        self._replica = replica

    def __getattr__(self, name: str) -> Any:
        if name in ROW_HOOKS:
            raise AttributeError(name)
        return getattr(self._replica, name)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def stations(tmp_path: Path, server: InProcessServer) -> Iterator[list[Station]]:
    """Three enrolled stations on one clock: st-a records, st-b and st-c pull."""
    with enrolled_stations(tmp_path, server, ["st-a", "st-b", "st-c"]) as made:
        yield made


def _engine(replica: Any, server: InProcessServer, page: int) -> SyncEngine:
    transport = SyncTransport(server.url, replica.station_id, replica.sign, timeout_s=10.0)
    return SyncEngine(replica, transport, push_batch=page, pull_page=page)


def _remote_rows(station: Station) -> list[tuple[Any, ...]]:
    """Every pulled event as held: its clear columns and its decrypted body (the bytes)."""
    with station.store.reading(station.admin) as projections:
        rows = projections._connection.execute(
            "SELECT station_id, seq, uuid, type, sealed, hlc, hash FROM remote_events "
            "ORDER BY station_id, seq"
        ).fetchall()
    key = station.admin.data_key
    return [
        (*row[:4], row[5], row[6], key.open(row[4], remote.remote_aad(*row[:4]))) for row in rows
    ]


def _comparable(station: Station) -> dict[str, dict[str, Any]]:
    """The projection documents with each patient's state under the patient id.

    A state row is keyed by a blind index of the patient id, which differs per data key.
    """
    documents = projection_documents(station)
    with station.store.reading(station.admin) as projections:
        by_key = {
            projections.patient_key(patient_id): patient_id for patient_id in documents["patients"]
        }
    documents["patient_state"] = {
        by_key[key]: state for key, state in documents["patient_state"].items()
    }
    return documents


def _fill_the_feed(a: Station, server: InProcessServer) -> None:
    """Patients, prescriptions, doses, an edit and a void at st-a; a roster import at the server."""
    assert server.service is not None
    patients = [a.register() for _ in range(3)]
    doses = [a.give(patient, 100) for patient in patients]
    a.clock.set(local(4, 16, 30))
    a.give(patients[0], 50)
    a.store.record(a.lead, "patient.updated", patient_payload(patients[1]))
    a.store.record(
        a.lead,
        "record.voided",
        {"target_kind": "dose", "target_id": doses[2].dose_id, "reason": "test", "by": "x"},
    )
    server.service.import_patients(
        [
            {
                "patient_id": "P-ROWS-1",
                "clinic_id": "HAT-ROWS-1",
                "given_name": "Rowena",
                "family_name": "Fiktiv",
                "birth_date": "1979-04-05",
                "home_station": "st-b",
            }
        ]
    )
    server.service.import_prescriptions(
        [
            {
                "prescription_id": "RX-ROWS-1",
                "patient_id": "P-ROWS-1",
                "drug": "diacetylmorphine_iv",
                "per_session_max_mg": "120",
                "daily_max_mg": "240",
                "sessions_per_day": "2",
                "valid_from": "2031-01-01",
                "phase": "maintenance",
                "prescriber": "Dr. Fiktiv",
            },
            # Kept, but not used: nothing clinical is guessed.
            {"prescription_id": "RX-HALF", "patient_id": "P-ROWS-1", "drug": "x"},
        ]
    )
    assert a.sync is not None and a.sync.sync_now().status.online


def test_pulling_rows_or_event_objects_stores_the_same(
    stations: list[Station], server: InProcessServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = stations
    _fill_the_feed(a, server)
    rows_replica = StoreReplica(b.store, b.nurse)
    objects_replica = StoreReplica(c.store, c.nurse)

    def objects_not_wanted(*_args: object) -> None:
        raise AssertionError("the rows path built event objects")

    rows_engine = _engine(rows_replica, server, page=4)
    with monkeypatch.context() as patched:
        patched.setattr(StoreReplica, "apply_pulled", objects_not_wanted)
        patched.setattr(StoreReplica, "events_after", objects_not_wanted)
        assert rows_engine.sync_once().pulled > 20
    _engine(ObjectsOnly(objects_replica), server, page=4).sync_once()
    with monkeypatch.context() as patched:  # st-b takes st-c's setup events too
        patched.setattr(StoreReplica, "apply_pulled", objects_not_wanted)
        assert rows_engine.sync_once().pulled > 0

    assert rows_replica.pull_state() == objects_replica.pull_state()
    assert rows_replica.unreadable_pulled == objects_replica.unreadable_pulled == 1
    pulled_rows, pulled_objects = _remote_rows(b), _remote_rows(c)
    # Each station holds the other's setup events; everything else is the same, body and all.
    assert [r for r in pulled_rows if r[0] != "st-c"] == [
        r for r in pulled_objects if r[0] != "st-b"
    ]
    assert _comparable(b) == _comparable(c)
    assert len(_comparable(b)["patient_state"]) == 3, "st-a's doses count here"
    imported = b.counter.overview(b.nurse, "P-ROWS-1")
    assert [str(p.max_per_day) for p in imported.prescriptions] == ["240 mg"]
    for station in (b, c):
        before = projection_documents(station)
        station.store.rebuild_projections(station.admin)
        assert projection_documents(station) == before


def test_a_pulled_body_is_the_canonical_json_of_its_event() -> None:
    row = feed_row(
        "st-ü",
        7,
        "observation.noted",
        {"note": 'Zoë said "fine"\n\t\u2028 <ok> \x7f 😀', "n": -3, "nested": {"b": [1, None]}},
    )
    assert remote.remote_body(row) == canonical_json(row_wire_event(row).model_dump())


def test_pushed_rows_are_the_stored_events_with_their_payload_text(stations: list[Station]) -> None:
    a = stations[0]
    a.register()
    with pytest.raises(WrongCredentials):
        a.store.unlock("nurse", "not-the-password")  # noted, and signed at the next sign-in
    a.store.unlock("witness", PASSWORDS["witness"])  # a clear event (auth.failed) in the log
    replica = StoreReplica(a.store, a.nurse)
    head = a.store.head()[0]
    events = [WireEvent.from_event(event) for event in replica.events_after(0, head)]
    assert "auth.failed" in {event.type for event in events}
    assert replica.push_rows_after(0, head) == [event_row(event) for event in events]
    assert replica.push_rows_after(2, 3) == [event_row(event) for event in events[2:5]]
    for row in replica.push_rows_after(0, head):
        assert sha256_hex(row[4].encode()) == row[5], "the text is what payload_hash covers"


def _held(station: Station) -> tuple[int, str | None, dict[str, dict[str, Any]]]:
    with station.store.reading(station.admin) as projections:
        count = projections.pulled_count()
    return count, station.store.meta("sync_pull_cursor"), projection_documents(station)


@pytest.mark.parametrize("path", ["rows", "objects"])
def test_a_page_with_another_event_under_a_held_station_sequence_is_refused_whole(
    stations: list[Station], path: str
) -> None:
    a, b, _c = stations
    patient = a.register()
    assert a.sync is not None and b.sync is not None
    a.sync.sync_now()
    b.sync.sync_now()
    before = _held(b)
    dose = {
        "dose_id": str(uuid.uuid4()),
        "patient_id": patient.patient_id,
        "station_id": "st-x",
        "drug": "diacetylmorphine_iv",
        "mg": "80",
        "given_at": local(4, 9).isoformat(),
        "session": "2031-03-04/morning",
        "outcome": "full",
    }
    fresh = [
        feed_row("st-x", 1, "patient.registered", patient_payload(patient)),
        feed_row("st-x", 2, "dose.administered", dose),
    ]
    clash = feed_row("st-a", 1, "observation.noted", {"note": "forged"})  # st-a #1 is held
    twice = feed_row("st-x", 2, "observation.noted", {"note": "same place, other event"})
    replica = StoreReplica(b.store, b.nurse)

    def apply(rows: list[tuple[Any, ...]], cursor: int) -> None:
        state = PullState(cursor, "epoch")
        if path == "rows":
            replica.apply_pulled_rows(rows, state)
        else:
            replica.apply_pulled([row_wire_event(row) for row in rows], state)

    for page in ([*fresh, clash], [*fresh, twice]):
        with pytest.raises(IntegrityProblem, match="another identity"):
            apply(page, 999)
        assert _held(b) == before, "part of a refused page was kept"
    apply(fresh, 999)
    count, cursor, documents = _held(b)
    assert (count, cursor) == (before[0] + 2, "999")
    assert len(documents["doses"]) == len(before[2]["doses"]) + 1
    doses = b.counter.overview(b.nurse, patient.patient_id).recent_doses
    assert [(d.station_id, d.mg.value) for d in doses] == [("st-x", 80)]


def test_a_pulled_page_that_does_not_match_its_hashes_is_not_applied(
    stations: list[Station], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = stations
    patient = a.register()
    assert a.sync is not None and b.sync is not None
    a.sync.sync_now()
    before = _held(b)
    real_send = SyncTransport._send

    def tamper(self: SyncTransport, method: str, path: str, **options: Any) -> httpx.Response:
        response = real_send(self, method, path, **options)
        if path.startswith(compact.PULL_PATH):
            page = orjson.loads(response.content)
            for event in page["events"]:  # still canonical text, but not what was hashed
                event[5] = event[5].replace(patient.family_name, "Forged")
            response = httpx.Response(200, content=orjson.dumps(page))
        return response

    monkeypatch.setattr(SyncTransport, "_send", tamper)
    overview = b.sync.sync_now()
    assert "payload hash" in (overview.status.last_error or "")
    assert _held(b) == before
    monkeypatch.setattr(SyncTransport, "_send", real_send)
    assert b.sync.sync_now().status.online
    assert [p.family_name for p in b.counter.roster(b.nurse)] == [patient.family_name]
