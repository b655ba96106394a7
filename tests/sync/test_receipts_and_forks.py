"""Push receipts on both wires, and the administrator's fork commands (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sync.client.errors import StationRefused
from sync.server import schema
from sync.server.cli import main as server_cli
from sync.server.db import read_transaction, write_transaction
from sync.server.service import SyncService
from sync.wire.envelope import PushRequest, WireEvent
from sync.wire.receipts import ReceiptError, read_receipt, sign_receipt
from sync.wire.signing import key_id, public_key_hex
from tests.sync.conftest import InProcessServer, Station, copy_file, open_station

DECIDED_BY = "Lea Fiktiv (clinic lead) and Tom Fiktiv (technician)"


def _service(server: InProcessServer) -> SyncService:
    assert server.service is not None
    return server.service


def _push(station: Station, mark: int = 0) -> Any:
    head = station.replica.head()
    events = [WireEvent.from_event(e) for e in station.replica.events_after(mark, 500)]
    return station.transport.push(
        PushRequest(
            station_id=station.replica.station_id,
            local_head_seq=head[0],
            local_head_hash=head[1],
            push_mark=mark,
            events=events,
        )
    )


@pytest.mark.parametrize("wire", ["v1", "v2"])
def test_every_push_reply_carries_a_receipt_signed_by_the_server_key(
    server: InProcessServer, make_station, wire: str
) -> None:
    a = make_station(server, "st-a")
    a.transport.compact = False if wire == "v1" else None
    service = _service(server)
    for n in range(3):
        a.replica.record("observation.started", {"n": n})
    reply = _push(a)
    assert (a.transport.compact is True) is (wire == "v2")
    receipt = read_receipt(
        reply.receipt, service.server_public_key, clinic_id=service.clinic_id, station_id="st-a"
    )
    assert (receipt.seq, receipt.hash) == (3, a.replica.head()[1])
    assert (receipt.seq, receipt.hash) == (reply.highest_contiguous_seq, reply.head_hash)
    empty = _push(a, mark=3)  # a push with nothing new is answered with a receipt too
    assert (
        read_receipt(
            empty.receipt, service.server_public_key, clinic_id=service.clinic_id, station_id="st-a"
        ).seq
        == 3
    )


def test_a_receipt_is_refused_unless_the_pinned_key_signed_it_for_this_station() -> None:
    server_key, other_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    pinned = public_key_hex(server_key)
    fields = {
        "clinic_id": "clinic-1",
        "server_key_id": key_id(pinned),
        "station_id": "st-a",
        "seq": 12,
        "head_hash": "ab" * 32,
        "issued_at": 1_900_000_000,
    }
    good = sign_receipt(server_key, **fields)  # type: ignore[arg-type]
    assert read_receipt(good, pinned, clinic_id="clinic-1", station_id="st-a").seq == 12
    assert (
        read_receipt(
            read_receipt(good, pinned, clinic_id="clinic-1", station_id="st-a").signed,
            pinned,
            clinic_id="clinic-1",
            station_id="st-a",
        ).hash
        == "ab" * 32
    )  # the text a station keeps reads and verifies again
    cases = {
        "not signed by the server key this station pinned": sign_receipt(other_key, **fields),  # type: ignore[arg-type]
        "about another station": sign_receipt(server_key, **{**fields, "station_id": "st-b"}),  # type: ignore[arg-type]
        "for another clinic": sign_receipt(server_key, **{**fields, "clinic_id": "clinic-2"}),  # type: ignore[arg-type]
        "not signed by the server key": {
            "receipt": {**good["receipt"], "seq": 13},  # a later record claimed
            "signature": good["signature"],
        },
        "not readable": {"receipt": good["receipt"]},
    }
    for words, signed in cases.items():
        with pytest.raises(ReceiptError, match=words):
            read_receipt(signed, pinned, clinic_id="clinic-1", station_id="st-a")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(server_cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _ok(*args: str) -> str:
    code, out, err = _run(*args)
    assert code == 0, err or out
    return out


def _forked(server: InProcessServer, make_station) -> tuple[Station, Station]:  # type: ignore[no-untyped-def]
    """Station A and a copy of its file: the copy syncs first, then A's push forks."""
    a = make_station(server, "st-a")
    a.replica.record("observation.started", {"n": 0})
    a.sync()
    copy_path = a.replica.path + ".copy"
    copy_file(a.replica.path, copy_path)
    copy = open_station(copy_path, server.url)
    copy.replica.record("dose.administered", {"patient_id": "P-1", "session": "2031-03-04/am"})
    copy.sync()
    for n in range(3):
        a.replica.record("observation.started", {"n": n + 1})
    with pytest.raises(StationRefused) as refused:
        a.sync()
    assert refused.value.code == "diverging_chain"
    return a, copy


def test_the_administrator_lists_shows_and_resolves_a_fork(
    server: InProcessServer, make_station
) -> None:
    a, copy = _forked(server, make_station)
    db = ("--db", server.db_url)
    listed = json.loads(_ok("fork", "list", "--json", *db))
    (fork,) = listed
    fork_id = fork["incident_id"]
    assert fork["station_id"] == "st-a" and fork["detail"]["fork_seq"] == 2
    assert _ok("fork", "list", *db).startswith(f"fork {fork_id}  open  station st-a")
    shown = _ok("fork", "show", fork_id, *db)
    assert "held (what the server keeps): 1 events #2-#2" in shown and "1 doses" in shown
    assert "pushed (kept in quarantine): 3 events #2-#4" in shown
    assert "fork resolve" in shown

    code, _out, err = _run("fork", "resolve", fork_id, "--keep", "pushed", "--by", "x", *db)
    assert code != 0 and "--reason" in err
    code, _out, err = _run("fork", "resolve", "no-such-fork", "--keep", "held", *db, "--by",
                           DECIDED_BY, "--reason", "checked")  # fmt: skip
    assert code == 1 and err.strip() == (
        "error: No fork incident with this id (dosing-server fork list)."
    )
    epoch = _service(server).epoch()
    out = _ok("fork", "resolve", fork_id, "--keep", "pushed", "--by", DECIDED_BY,
              "--reason", "The counter PC is genuine (fictional).", *db)  # fmt: skip
    assert f"fork {fork_id} resolved by {DECIDED_BY}: the pushed side" in out
    assert "feed restarted" in out
    assert _service(server).epoch() != epoch
    row = next(s for s in _service(server).list_stations() if s.station_id == "st-a")
    assert row.status == "active"
    assert {alert["kind"] for alert in row.alerts} >= {"diverging_chain", "fork_resolved"}
    assert row.highest_contiguous_seq == 4  # the pushed side is the station's history now
    assert "resolved" in _ok("fork", "show", fork_id, *db)
    code, _out, err = _run("fork", "resolve", fork_id, "--keep", "held", "--by", DECIDED_BY,
                           "--reason", "again", *db)  # fmt: skip
    assert code == 1 and "already resolved" in err
    assert _ok("fork", "list", *db).strip() == "no open forks"

    a.replica.record("observation.started", {"n": 4})
    report = a.sync()
    assert report.server_highest_seq == 5
    for _attempt in range(2):
        with pytest.raises(StationRefused) as refused:
            copy.sync()
        assert refused.value.code == "fork_rejected"
    assert _service(server).list_stations()[0].status == "active"  # not suspended again
    with read_transaction(_service(server).engine) as connection:
        sides = connection.execute(
            select(schema.quarantined_events.c.side, schema.quarantined_events.c.seq).order_by(
                schema.quarantined_events.c.side, schema.quarantined_events.c.seq
            )
        ).all()
    assert [tuple(side) for side in sides] == [("held", 2), ("pushed", 2), ("pushed", 3),
                                               ("pushed", 4)]  # fmt: skip
    copy.transport.close()


def test_a_pushed_side_that_does_not_continue_the_held_chain_cannot_replace_it(
    server: InProcessServer, make_station
) -> None:
    _a, copy = _forked(server, make_station)
    service = _service(server)
    (fork,) = service.list_forks()
    with read_transaction(service.engine) as connection:
        assert connection.execute(select(schema.quarantined_events)).all()
    with write_transaction(service.engine) as connection:  # the first pushed event lost
        connection.execute(
            schema.quarantined_events.delete().where(schema.quarantined_events.c.seq == 2)
        )
    code, _out, err = _run("fork", "resolve", fork.incident_id, "--keep", "pushed", "--by",
                           DECIDED_BY, "--reason", "checked", "--db", server.db_url)  # fmt: skip
    assert code == 1 and "cannot take its place" in err
    assert service.fork(fork.incident_id).status == "open"
    copy.transport.close()
