"""The end of the log anchored by the server: signed push receipts kept and checked at a station.

Real station stores syncing through the real server over loopback HTTP (a SQLite file or a
PostgreSQL schema). The insider here has a real administrator's password: the station's data
key and signing key, so whatever they rewrite is signed and sealed as the program would.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.services.errors import ServiceError
from station.services.sync_link import server_binding
from station.store.crypto import CLEAR_KEY_ID
from station.store.database import DATABASE_FILENAME
from station.store.events import canonical_payload, event_aad
from station.store.integrity import RowDigests
from station.store.sealing import IntegrityFailure
from station.store.store import Session
from sync.wire.chain import chain_hash, checkpoint_message, parse_json_object
from sync.wire.receipts import read_receipt
from tests.services.sync_support import (
    SERVER_DATABASES,
    Station,
    enrolled_stations,
    running_server,
)
from tests.sync.conftest import InProcessServer


@pytest.fixture(params=SERVER_DATABASES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[InProcessServer]:
    """The real server on loopback over a SQLite file or a PostgreSQL schema."""
    with running_server(InProcessServer, tmp_path, request) as running:
        yield running


@pytest.fixture
def station(tmp_path: Path, server: InProcessServer) -> Iterator[Station]:
    with enrolled_stations(tmp_path, server, ["st-a"]) as (made,):
        yield made


def _sync(station: Station) -> Any:
    assert station.sync is not None
    return station.sync.sync_now()


def _synced(station: Station) -> Any:
    overview = _sync(station)
    assert overview.status.online and not overview.status.last_error, overview.summary()
    return overview


def _server_row(server: InProcessServer, station_id: str) -> Any:
    assert server.service is not None
    return next(row for row in server.service.list_stations() if row.station_id == station_id)


def _kept(station: Station) -> list[Any]:
    binding = server_binding(station.store)
    assert binding is not None
    return [
        read_receipt(
            text, binding.server_public_key, clinic_id=binding.clinic_id, station_id="st-a"
        )
        for text in station.store.kept_receipts()
    ]


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _worked(station: Station) -> tuple[int, str]:
    """A patient registered and dosed at the station, synced: the server confirmed its log."""
    patient = station.register()
    station.give(patient, 100)
    _synced(station)
    return station.store.head()


# -- receipts ----------------------------------------------------------------------------------


def test_a_push_receipt_is_verified_and_kept_one_per_day(
    station: Station, server: InProcessServer
) -> None:
    head = _worked(station)
    (receipt,) = _kept(station)  # verified with the key pinned at enrollment
    assert (receipt.seq, receipt.hash) == head
    assert receipt.day.isoformat() == _today()
    row = _server_row(server, "st-a")
    assert (row.highest_contiguous_seq, row.status) == (head[0], "active")

    station.register()  # more records, and a round with nothing new: still one row today
    _synced(station)
    _synced(station)
    (latest,) = _kept(station)
    assert (latest.seq, latest.hash) == station.store.head() and latest.seq > head[0]


def test_a_receipt_not_signed_by_the_pinned_server_key_is_refused_and_not_kept(
    station: Station, server: InProcessServer
) -> None:
    head = _worked(station)
    before = station.store.kept_receipts()
    assert server.service is not None
    server.service.state.signing_key = Ed25519PrivateKey.generate()  # a server with another key
    station.register()
    overview = _sync(station)
    said = overview.status.last_error or ""
    assert "not signed by the server key this station pinned at enrollment" in said, said
    assert "not kept" in said and overview.status.integrity_problem == said
    assert "Traceback" not in said
    assert station.store.kept_receipts() == before
    assert [(r.seq, r.hash) for r in _kept(station)] == [head]


# -- the log cut or rolled back --------------------------------------------------------------


def _insider(station: Station) -> tuple[sqlite3.Connection, Session]:
    """The station closed, its file open in plain SQLite, an administrator's keys at hand."""
    admin = station.admin
    station.close()
    connection = sqlite3.connect(station.data_dir / DATABASE_FILENAME, isolation_level=None)
    connection.execute("DROP TRIGGER events_no_update")
    connection.execute("DROP TRIGGER events_no_delete")
    digests = RowDigests()  # with the password, the seal's row digests can be kept too
    digests.use_key(admin.data_key.integrity_key())
    digests.install(connection)
    return connection, admin


def _repaired(station: Station, connection: sqlite3.Connection, *, quietly: bool = False) -> None:
    """Put the append-only triggers back, open the station, and have the record 'repaired'.

    With a real administrator's password the seal's check is passed: the repair rebuilds the
    record from the (re-signed, verifying) log and seals it as it is now. ``quietly``: without
    the repair's own record (the store's first sealing), so the log ends where it was cut.
    """
    for kind in ("UPDATE", "DELETE"):
        connection.execute(
            f"CREATE TRIGGER events_no_{kind.lower()} BEFORE {kind} ON events "
            "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
        )
    connection.close()
    station.reopen()
    station.store.repair(station.admin, first=quietly)
    assert station.store.integrity_problem() is None
    assert station.store.verify(station.admin.data_key).intact
    station.connect()


def test_a_log_cut_before_the_last_receipt_is_named_at_the_next_sync_and_put_back(
    station: Station, server: InProcessServer
) -> None:
    confirmed = _worked(station)
    connection, _admin = _insider(station)
    cut_to = confirmed[0] - 3
    connection.execute("DELETE FROM events WHERE seq > ?", (cut_to,))
    _repaired(station, connection, quietly=True)
    assert station.store.head()[0] == cut_to

    overview = _synced(station)
    notices = overview.last_report.notices
    said = (
        f"This station's log ends at record #{cut_to}, but the server confirmed its records "
        f"up to #{confirmed[0]} on {_today()}: records were lost"
    )
    assert any(notice.startswith(said) for notice in notices), notices
    assert overview.last_report.restored_own == 3
    assert station.store.head() == confirmed
    assert station.store.verify(station.admin.data_key).intact


def _rewrite_from(connection: sqlite3.Connection, admin: Session, seq: int) -> None:
    """Change record ``seq``'s payload and re-sign the chain from there with the real keys."""
    station_id = connection.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()[0]
    rows = connection.execute(
        "SELECT seq, uuid, hlc, type, key_id, sealed, payload_hash, sealed_digest FROM events"
        " WHERE seq >= ? ORDER BY seq",
        (seq,),
    ).fetchall()
    prev = connection.execute("SELECT hash FROM events WHERE seq = ?", (seq - 1,)).fetchone()[0]
    for number, event_uuid, hlc, kind, key_id, stored, stored_hash, stored_digest in rows:
        sealed, payload_hash, digest = stored, stored_hash, stored_digest
        if number == seq:
            aad = event_aad(station_id, number, event_uuid, kind)
            clear = key_id == CLEAR_KEY_ID
            payload = parse_json_object(
                bytes(stored) if clear else admin.data_key.open(bytes(stored), aad)
            )
            payload["note"] = "rewritten afterwards (fictional)"
            plaintext = canonical_payload(payload)
            sealed = plaintext if clear else admin.data_key.seal(plaintext, aad)
            payload_hash = hashlib.sha256(plaintext).hexdigest()
            digest = hashlib.sha256(sealed).hexdigest()
        record = chain_hash(station_id, number, event_uuid, hlc, kind, payload_hash, digest, prev)
        signature = admin.signing_key.sign(checkpoint_message(station_id, number, record)).hex()
        connection.execute(
            "UPDATE events SET sealed = ?, payload_hash = ?, sealed_digest = ?, prev_hash = ?,"
            " hash = ?, signature = ? WHERE seq = ?",
            (sealed, payload_hash, digest, prev, record, signature, number),
        )
        prev = record


def test_an_insider_rewrite_of_a_confirmed_record_is_named_and_nothing_is_pushed(
    station: Station, server: InProcessServer
) -> None:
    confirmed = _worked(station)
    rewritten = confirmed[0] - 4
    connection, admin = _insider(station)
    _rewrite_from(connection, admin, rewritten)
    _repaired(station, connection)
    assert station.store.head()[0] > confirmed[0]  # the repair's own record on top
    station.register()  # and recorded on: these must not reach the server either

    overview = _sync(station)
    said = overview.status.last_error or ""
    assert said.startswith(
        f"Record #{rewritten} was changed after the server confirmed it on {_today()}"
    ), said
    assert overview.status.integrity_problem == said and "Traceback" not in said
    row = _server_row(server, "st-a")
    assert row.highest_contiguous_seq == confirmed[0], "nothing of the rewritten log was pushed"
    assert row.status == "active" and not row.alerts, "the server suspends nothing"
    # No decision on the rewritten record: every read and write is refused with the sentence.
    refused = pytest.raises(IntegrityFailure, match=f"Record #{rewritten} was changed")
    with refused, station.store.reading(station.nurse):
        pass
    with pytest.raises(ServiceError, match=f"Record #{rewritten} was changed") as at_service:
        station.register()  # a service: the store's refusal leaves it with its code
    assert at_service.value.code == "store.integrity"
    assert isinstance(at_service.value.__cause__, IntegrityFailure)
    again = _sync(station)  # a later round stays stopped, and still pushes nothing
    assert f"Record #{rewritten} was changed" in (again.status.last_error or "")
    assert _server_row(server, "st-a").highest_contiguous_seq == confirmed[0]
