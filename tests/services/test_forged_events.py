"""A forged record at station A reaches neither the server nor station B (issue 14, point 4).

Real station stores, the real server over loopback (SQLite and PostgreSQL), the real sync. The
attacker has a station's files but no password, so no key: what they add carries a made-up
signature, or one of their own key.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from station.domain.patients import Patient
from station.domain.rules import Outcome
from station.services.sync_link import META_PULL_CURSOR
from station.store import remote
from station.store.database import DATABASE_FILENAME
from sync.server.app import create_app
from sync.server.service import SyncService
from sync.wire import compact
from sync.wire.chain import (
    GENESIS_HASH,
    canonical_json,
    chain_hash,
    checkpoint_message,
    sha256_hex,
)
from sync.wire.directory import DIRECTORY_PATH
from sync.wire.hlc import HlcStamp
from sync.wire.signing import sign_request
from tests.services.sync_support import (
    SERVER_DATABASES,
    Station,
    enrolled_stations,
    running_server,
)
from tests.sync.conftest import InProcessServer

ATTACKER_KEY = Ed25519PrivateKey.generate()
"""A key of the attacker's own: not any station's."""

MADE_UP_SIGNATURE = "ab" * 64
"""What an attacker without any key writes in the signature column."""


class Tamper:
    """ASGI middleware between the server and the stations: rewrites chosen reply bodies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.edits: dict[str, Callable[[bytes], bytes]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        edit = self.edits.get(scope.get("path", "")) if scope["type"] == "http" else None
        if edit is None:
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if start["status"] == 200:
                body = edit(body)
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewrite)


class TamperingServer(InProcessServer):
    """The real server, its replies passing through ``Tamper`` (a man in the middle)."""

    tamper: Tamper

    def make_app(self, service: SyncService) -> Any:
        self.tamper = Tamper(
            create_app(
                service,
                verify_signatures_in_background=self.verify_signatures_in_background,
                check_in_helper_process=self.check_in_helper_process,
            )
        )
        return self.tamper


@pytest.fixture(params=SERVER_DATABASES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TamperingServer]:
    """The real server on loopback over a SQLite file or a PostgreSQL schema."""
    with running_server(TamperingServer, tmp_path, request) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: TamperingServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _sync(station: Station) -> Any:
    assert station.sync is not None
    return station.sync.sync_now()


def _synced(*stations: Station) -> None:
    for station in stations:
        overview = _sync(station)
        assert overview.status.online and not overview.status.last_error, overview.summary()


def _dosed_at_a(a: Station, b: Station) -> tuple[Patient, str]:
    """A patient dosed at A this morning; B knows it, so B blocks a second dose this session."""
    patient = a.register()
    _synced(a, b)
    dose = a.give(patient, 150)
    _synced(a, b)
    assert _outcome_at(b, patient) is Outcome.BLOCK
    return patient, dose.dose_id


def _outcome_at(station: Station, patient: Patient) -> Outcome:
    visit = station.decided(patient, 150)
    assert visit.decision is not None
    station.counter.end_visit(station.nurse, visit, "Test: the decision only.", why="other")
    return visit.decision.outcome


def _dose_voided_at(station: Station, patient: Patient, dose_id: str) -> bool:
    doses = station.counter.overview(station.nurse, patient.patient_id).recent_doses
    return next(dose.voided for dose in doses if dose.dose_id == dose_id)


def _void_payload(station_id: str, patient: Patient, dose_id: str, by: str) -> dict[str, Any]:
    return {
        "target_kind": "dose",
        "target_id": dose_id,
        "patient_id": patient.patient_id,
        "reason": "Entered in error (forged, fictional).",
        "station_id": station_id,
        "at": "2031-03-04T08:30:00+01:00",
        "by": by,
        "authority": "second_person",
        "signatures": [],
        "salt": uuid.uuid4().hex,
    }


def _event(
    station_id: str,
    seq: int,
    prev_hash: str,
    event_type: str,
    payload: dict[str, Any],
    sign: Callable[[bytes], bytes] | None,
) -> list[Any]:
    """A push array (``compact.PUSH_FIELDS``) whose hashes hold; signed by ``sign`` or made up."""
    text = canonical_json(payload).decode()
    payload_hash = sha256_hex(text.encode())
    stamp = str(HlcStamp(int(time.time() * 1000), 0, station_id))
    event_uuid = str(uuid.uuid4())
    sealed = sha256_hex(text.encode())  # stored in clear: the sealed bytes are the text
    record = chain_hash(
        station_id, seq, event_uuid, stamp, event_type, payload_hash, sealed, prev_hash
    )
    signature = (
        sign(checkpoint_message(station_id, seq, record)).hex()
        if sign is not None
        else MADE_UP_SIGNATURE
    )
    return [
        seq,
        event_uuid,
        stamp,
        event_type,
        text,
        payload_hash,
        sealed,
        prev_hash,
        record,
        signature,
    ]


def _append_to_file(station: Station, event_type: str, payload: dict[str, Any]) -> int:
    """Append an event to the station's SQLite file as an attacker would: no key, raw SQL.

    The payload goes in clear (no data key to seal it); the hashes are right; the signature is
    made up. Triggers that need the program's keyed functions are dropped first, as an attacker
    with the file can. Returns the forged sequence number.
    """
    connection = sqlite3.connect(station.data_dir / DATABASE_FILENAME, isolation_level=None)
    try:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            " AND sql LIKE '%integrity%'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        seq, head = connection.execute(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        row = _event(station.station_id, seq + 1, head, event_type, payload, None)
        connection.execute(
            "INSERT INTO events (seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash,"
            " sealed_digest, prev_hash, hash, signature) VALUES (?,?,?,?,?,0,?,?,?,?,?,?)",
            (
                row[0],
                row[1],
                station.station_id,
                row[2],
                row[3],
                row[4].encode(),
                row[5],
                row[6],
                row[7],
                row[8],
                row[9],
            ),
        )
        return int(row[0])
    finally:
        connection.close()


def _server_holds(server: TamperingServer, station_id: str) -> int:
    assert server.service is not None
    return next(
        row.highest_contiguous_seq
        for row in server.service.list_stations()
        if row.station_id == station_id
    )


def test_a_forged_void_in_a_s_file_reaches_neither_the_server_nor_b(
    server: TamperingServer, pair: tuple[Station, Station]
) -> None:
    """The finding: an unsigned void appended to A's file, synced by the nurse's routine sync."""
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    pushed = a.store.head()[0]
    assert _server_holds(server, "st-a") == pushed

    forged = _append_to_file(a, "record.voided", _void_payload("st-a", patient, dose_id, "nurse"))

    a.reopen()  # the nurse signs in again and syncs, as every day
    a.connect()
    overview = _sync(a)
    assert f"#{forged}" in (overview.status.last_error or ""), overview.summary()
    assert not overview.status.online, "a sync that refused to push is not shown as fine"
    assert _server_holds(server, "st-a") == pushed, "the server holds nothing of it"

    _synced(b)
    assert not _dose_voided_at(b, patient, dose_id)
    assert _outcome_at(b, patient) is Outcome.BLOCK, "B still blocks a second dose"


def test_the_station_pushes_nothing_it_cannot_verify(
    server: TamperingServer, pair: tuple[Station, Station], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The station's own check, before anything leaves: a row its key did not sign stops it."""
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    a.register()  # events A has not pushed yet
    a.register()
    pushed, head = _server_holds(server, "st-a"), a.store.head()[0]
    bad = pushed + 2
    read_rows = remote.own_push_rows

    def log_with_a_foreign_signature(*args: Any) -> list[tuple[Any, ...]]:
        rows = read_rows(*args)
        return [
            (*row[:9], ATTACKER_KEY.sign(checkpoint_message("st-a", row[0], row[8])).hex())
            if row[0] == bad
            else row
            for row in rows
        ]

    monkeypatch.setattr(remote, "own_push_rows", log_with_a_foreign_signature)
    overview = _sync(a)
    problem = overview.status.last_error or ""
    assert problem.startswith(f"Event #{bad} of this station does not verify"), problem
    assert "dosing-station audit verify" in problem and "nothing from it on was sent" in problem
    assert overview.summary().startswith("Sync stopped"), overview.summary()
    assert _server_holds(server, "st-a") == bad - 1, "what comes before it went, nothing after"

    monkeypatch.undo()
    _synced(a)  # the log itself is sound: everything goes once the rows are what it holds
    assert _server_holds(server, "st-a") == head
    _synced(b)
    assert not _dose_voided_at(b, patient, dose_id)


def test_the_server_refuses_a_forged_event_in_a_genuinely_signed_push(
    server: TamperingServer, pair: tuple[Station, Station]
) -> None:
    """Sent straight to the server with A's request key, under 200 genuine events: refused."""
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    pushed, head_hash = a.store.head()
    assert _server_holds(server, "st-a") == pushed
    station_key = a.nurse.signing_key
    forged = _event(
        "st-a",
        pushed + 1,
        head_hash,
        "record.voided",
        _void_payload("st-a", patient, dose_id, "nurse"),
        None,
    )
    rows = [forged]
    for n in range(200):  # genuine events on top: their signatures vouch for the chain
        rows.append(
            _event(
                "st-a",
                pushed + 2 + n,
                rows[-1][8],
                "observation.noted",
                {"note": f"fictional {n}", "salt": uuid.uuid4().hex},
                station_key.sign,
            )
        )
    body = orjson.dumps(
        {
            "wire_version": 2,
            "station_id": "st-a",
            "local_head_seq": rows[-1][0],
            "local_head_hash": rows[-1][8],
            "push_mark": pushed,
            "events": rows,
        }
    )
    headers = sign_request(
        station_key.sign,
        "st-a",
        method="POST",
        path=compact.PUSH_PATH,
        body=body,
        timestamp=int(time.time()),
    ).as_dict()
    headers["Content-Type"] = "application/json"
    reply = httpx.post(server.url + compact.PUSH_PATH, content=body, headers=headers, timeout=30)

    assert reply.status_code == 400, reply.text
    refusal = reply.json()
    assert refusal["code"] == "bad_checkpoint_signature"
    assert refusal["detail"]["seq"] == pushed + 1
    assert f"Event #{pushed + 1} is not signed by this station's key" in refusal["message"]
    assert _server_holds(server, "st-a") == pushed, "no row of the push was stored"
    _synced(b)
    assert not _dose_voided_at(b, patient, dose_id)
    assert _outcome_at(b, patient) is Outcome.BLOCK


def _inject(row: list[Any]) -> Callable[[bytes], bytes]:
    """A pull page edit that adds one feed array (``compact.FEED_FIELDS``) to its events."""

    def edit(body: bytes) -> bytes:
        page = orjson.loads(body)
        page["events"].append(row)
        return orjson.dumps(page)

    return edit


def _cursor(station: Station) -> str | None:
    return station.store.meta(META_PULL_CURSOR)


@pytest.mark.parametrize("signed_by", ["attacker", "made-up", "unsigned"])
def test_b_refuses_a_pulled_event_that_its_station_did_not_sign(
    server: TamperingServer, pair: tuple[Station, Station], signed_by: str
) -> None:
    """A void injected between the server and B, hashes right, signature not A's: refused."""
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    seq, head_hash = a.store.head()
    sign = ATTACKER_KEY.sign if signed_by == "attacker" else None
    forged = _event(
        "st-a",
        seq + 1,
        head_hash,
        "record.voided",
        _void_payload("st-a", patient, dose_id, "nurse"),
        sign,
    )
    if signed_by == "unsigned":
        forged[9] = None
    cursor = _cursor(b)
    server.tamper.edits[compact.PULL_PATH] = _inject(["st-a", *forged])
    a.register()  # something real in the page, too

    overview = _sync(b)
    problem = overview.status.last_error or ""
    assert f"Pulled event #{seq + 1} of station st-a is not signed by that station's key" in (
        problem
    ), problem
    assert overview.summary().startswith("Sync stopped"), overview.summary()
    assert _cursor(b) == cursor, "the cursor did not move"
    assert not _dose_voided_at(b, patient, dose_id)
    assert _outcome_at(b, patient) is Outcome.BLOCK

    del server.tamper.edits[compact.PULL_PATH]
    _synced(a, b)  # the genuine page goes through once nothing is injected
    assert _cursor(b) != cursor
    assert len(b.counter.roster(b.nurse)) == 2
    assert _outcome_at(b, patient) is Outcome.BLOCK


def test_b_refuses_an_event_of_a_station_the_server_does_not_name(
    server: TamperingServer, pair: tuple[Station, Station]
) -> None:
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    ghost = _event(
        "st-ghost",
        1,
        GENESIS_HASH,
        "record.voided",
        {**_void_payload("st-ghost", patient, dose_id, "lead"), "authority": "clinic_lead"},
        ATTACKER_KEY.sign,
    )
    cursor = _cursor(b)
    server.tamper.edits[compact.PULL_PATH] = _inject(["st-ghost", *ghost])
    overview = _sync(b)
    problem = overview.status.last_error or ""
    assert "Pulled event #1 comes from station st-ghost, which the server's signed list" in (
        problem
    ), problem
    assert _cursor(b) == cursor
    assert not _dose_voided_at(b, patient, dose_id)


def test_b_refuses_a_station_key_list_the_server_did_not_sign(
    server: TamperingServer, tmp_path: Path, pair: tuple[Station, Station]
) -> None:
    """The man in the middle also swaps A's key in the list for his own: the list is refused."""
    a, b = pair
    patient, dose_id = _dosed_at_a(a, b)
    b.connect()  # a new sync service: it fetches the list again when it first needs it
    seq, head_hash = a.store.head()
    forged = _event(
        "st-a",
        seq + 1,
        head_hash,
        "record.voided",
        _void_payload("st-a", patient, dose_id, "nurse"),
        ATTACKER_KEY.sign,
    )
    attacker_hex = ATTACKER_KEY.public_key().public_bytes_raw().hex()

    def swap_key(body: bytes) -> bytes:
        reply = orjson.loads(body)
        reply["directory"]["stations"]["st-a"]["public_key"] = attacker_hex
        return orjson.dumps(reply)

    server.tamper.edits[DIRECTORY_PATH] = swap_key
    server.tamper.edits[compact.PULL_PATH] = _inject(["st-a", *forged])
    cursor = _cursor(b)
    overview = _sync(b)
    problem = overview.status.last_error or ""
    assert "not signed by the server key this station pinned at enrollment" in problem, problem
    assert _cursor(b) == cursor
    assert not _dose_voided_at(b, patient, dose_id)
    assert _outcome_at(b, patient) is Outcome.BLOCK
