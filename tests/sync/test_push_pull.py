"""Push and pull over real HTTP: exactly once, chain checked, refusals a technician would see."""

from __future__ import annotations

import time

import httpx
import pytest

from sync.client.errors import ServerUnreachable, StationRefused, SyncRejected
from sync.client.transport import SyncTransport
from sync.wire.chain import checkpoint_message
from sync.wire.envelope import PushRequest, WireEvent
from sync.wire.signing import sign_request
from tests.sync.conftest import InProcessServer, Station, copy_file, open_station


def _push(station: Station, events: list[WireEvent], mark: int = 0):  # type: ignore[no-untyped-def]
    head_seq, head_hash = station.replica.head()
    return station.transport.push(
        PushRequest(
            station_id=station.replica.station_id,
            local_head_seq=head_seq,
            local_head_hash=head_hash,
            push_mark=mark,
            events=events,
        )
    )


def _server_seq(server: InProcessServer, station_id: str) -> int:
    assert server.service is not None
    rows = {row.station_id: row for row in server.service.list_stations()}
    return rows[station_id].highest_contiguous_seq


def test_events_reach_other_stations_exactly_once(server: InProcessServer, make_station) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    recorded = [a.replica.record("observation.started", {"n": n}) for n in range(25)]
    report = a.sync()
    assert report.pushed == 25
    assert a.replica.push_mark() == 25
    assert _server_seq(server, "st-a") == 25

    b.sync()
    pulled = [e for e in b.replica.pulled() if e["station_id"] == "st-a"]
    assert [e["uuid"] for e in pulled] == [e.uuid for e in recorded]
    assert pulled[3]["payload"]["n"] == 3

    again = b.sync()
    assert again.pulled == 0
    assert len(b.replica.pulled()) == len(set(e["uuid"] for e in b.replica.pulled()))
    assert not [e for e in a.replica.pulled() if e["station_id"] == "st-a"], "own events echoed"


def test_reply_lost_after_commit_is_retried_whole_without_duplicates(
    server: InProcessServer, make_station, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for n in range(12):
        a.replica.record("observation.started", {"n": n})
    real_send = SyncTransport._send

    def push_then_lose_reply(self: SyncTransport, method: str, path: str, **kwargs):  # type: ignore[no-untyped-def]
        response = real_send(self, method, path, **kwargs)
        if path.endswith("/push"):  # whichever wire version carried it
            raise ServerUnreachable("reply lost")
        return response

    monkeypatch.setattr(SyncTransport, "_send", push_then_lose_reply)
    with pytest.raises(ServerUnreachable):
        a.sync()
    assert a.replica.push_mark() == 0, "mark moved without a stored reply"
    assert _server_seq(server, "st-a") == 12, "the server had committed"

    monkeypatch.setattr(SyncTransport, "_send", real_send)
    report = a.sync()
    assert (report.pushed, report.duplicates) == (0, 12)
    assert a.replica.push_mark() == 12
    b.sync()
    assert len([e for e in b.replica.pulled() if e["station_id"] == "st-a"]) == 12


def test_duplicate_and_reordered_batches(server: InProcessServer, make_station) -> None:
    a = make_station(server, "st-a")
    events = [a.replica.record("observation.started", {"n": n}) for n in range(9)]
    later = _push(a, events[6:])
    assert later.highest_contiguous_seq == 0, "a gap must not count as held"
    assert later.accepted == 3
    middle = _push(a, events[3:6])
    assert middle.highest_contiguous_seq == 0
    first = _push(a, events[:3])
    assert first.highest_contiguous_seq == 9
    repeat = _push(a, events[:5])
    assert (repeat.accepted, repeat.duplicates, repeat.highest_contiguous_seq) == (0, 5, 9)


def test_same_sequence_different_content_is_refused_and_marked(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    original = a.replica.record("observation.started", {"n": 1})
    a.sync()
    forged = original.model_copy(update={"payload": {**original.payload, "n": 2}})
    from sync.wire.chain import ChainFields, payload_hash

    digest = payload_hash(forged.payload)
    fields = ChainFields(
        **{
            **{k: getattr(forged, k) for k in ChainFields.__dataclass_fields__},
            "payload_hash": digest,
        }
    )
    record = fields.record_hash()
    signature = a.replica.sign(checkpoint_message("st-a", 1, record)).hex()  # its own key
    forged = forged.model_copy(
        update={"payload_hash": digest, "hash": record, "signature": signature}
    )
    with pytest.raises(StationRefused) as refused:
        _push(a, [forged], mark=1)
    assert refused.value.code == "diverging_chain"
    assert server.service is not None
    row = next(s for s in server.service.list_stations() if s.station_id == "st-a")
    assert row.status == "suspended"
    assert [alert["kind"] for alert in row.alerts] == ["diverging_chain"]


def test_reused_event_id_with_other_content_is_refused(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    first = a.replica.record("observation.started", {"n": 1})
    a.sync()
    b.replica.record("observation.started", {"n": 1})
    stolen = b.replica.events_after(0, 1)[0]
    # An event on b's chain that claims a's uuid: same key, different content.
    from sync.wire.chain import ChainFields

    fields = ChainFields(
        **{
            **{k: getattr(stolen, k) for k in ChainFields.__dataclass_fields__},
            "uuid": first.uuid,
        }
    )
    record = fields.record_hash()
    signature = b.replica.sign(checkpoint_message("st-b", 1, record)).hex()
    clash = stolen.model_copy(update={"uuid": first.uuid, "hash": record, "signature": signature})
    with pytest.raises(SyncRejected) as rejected:
        _push(b, [clash])
    assert rejected.value.code == "same_key_different_content"
    assert _server_seq(server, "st-b") == 0


def test_copied_data_folder_is_refused_and_marked(server: InProcessServer, make_station) -> None:
    a = make_station(server, "st-a")
    a.replica.record("observation.started", {"n": 0})
    a.sync()
    copy_path = a.replica.path + ".copy"
    copy_file(a.replica.path, copy_path)
    clone = open_station(copy_path, server.url)
    a.replica.record("dose.administered", {"patient_id": "P-1", "session": "2026-11-22/morning"})
    clone.replica.record("observation.started", {"n": "clone"})
    a.sync()
    with pytest.raises(StationRefused) as refused:
        clone.sync()
    assert refused.value.code == "diverging_chain"
    with pytest.raises(StationRefused) as suspended:
        a.sync()
    assert suspended.value.code == "station_suspended"
    assert server.service is not None
    row = next(s for s in server.service.list_stations() if s.station_id == "st-a")
    assert row.status == "suspended" and "diverging" in row.status_reason
    clone.transport.close()


def test_revoked_and_unknown_stations_are_refused(server: InProcessServer, make_station) -> None:
    a = make_station(server, "st-a")
    a.replica.record("observation.started", {"n": 0})
    assert server.service is not None
    server.service.revoke_station("st-a", "stolen laptop")
    with pytest.raises(StationRefused) as refused:
        a.sync()
    assert refused.value.code == "station_revoked"
    assert _server_seq(server, "st-a") == 0

    stranger = SyncTransport(server.url, "st-x", a.replica.sign)
    with pytest.raises(StationRefused) as unknown:
        stranger.pull(cursor=0, epoch="", limit=10)
    assert unknown.value.code == "unknown_station"
    stranger.close()


def test_replayed_or_stale_request_is_refused(server: InProcessServer, make_station) -> None:
    a = make_station(server, "st-a")
    path = "/v1/pull?cursor=0&epoch=&limit=10"
    headers = sign_request(
        a.replica.sign, "st-a", method="GET", path=path, body=b"", timestamp=int(time.time())
    ).as_dict()
    first = httpx.get(server.url + path, headers=headers)
    assert first.status_code == 200
    replay = httpx.get(server.url + path, headers=headers)
    assert replay.status_code == 401
    assert replay.json()["code"] == "replayed_request"

    stale = sign_request(
        a.replica.sign, "st-a", method="GET", path=path, body=b"", timestamp=int(time.time()) - 3600
    ).as_dict()
    assert httpx.get(server.url + path, headers=stale).json()["code"] == "clock_skew"
    tampered = dict(headers, **{"X-Hat-Nonce": "other"})
    assert httpx.get(server.url + path, headers=tampered).json()["code"] == "bad_signature"
    other_path = "/v1/pull?cursor=5&epoch=&limit=10"
    fresh = sign_request(
        a.replica.sign, "st-a", method="GET", path=path, body=b"", timestamp=int(time.time())
    ).as_dict()
    assert httpx.get(server.url + other_path, headers=fresh).json()["code"] == "bad_signature"


def test_station_clock_six_hours_off_still_syncs(server: InProcessServer, make_station) -> None:
    ahead = make_station(server, "st-ahead", wall_clock=lambda: time.time() + 6 * 3600)
    b = make_station(server, "st-b")
    b.sync()
    for n in range(3):
        ahead.replica.record("observation.started", {"n": n})
    report = ahead.sync()
    assert report.pushed == 3
    assert abs(ahead.transport.clock_offset_s + 6 * 3600) < 60
    assert server.service is not None
    row = next(s for s in server.service.list_stations() if s.station_id == "st-ahead")
    assert row.clock_skew_s is not None and abs(row.clock_skew_s - 6 * 3600) < 60
    # Stamps six hours in the future do not hide the events from a pull.
    late = b.replica.record("observation.started", {"n": "b"})
    b.sync()
    assert len([e for e in b.replica.pulled() if e["station_id"] == "st-ahead"]) == 3
    ahead.sync()
    assert late.uuid in {e["uuid"] for e in ahead.replica.pulled()}


@pytest.mark.parametrize(("path", "version"), [("/v1/push", 99), ("/v2/push", 99), ("/v2/push", 1)])
def test_unsupported_wire_version_is_refused(
    server: InProcessServer, make_station, path: str, version: int
) -> None:
    a = make_station(server, "st-a")
    body = (
        b'{"wire_version":%d,"station_id":"st-a","local_head_seq":0,"local_head_hash":"' % version
        + b"0" * 64
        + b'","push_mark":0,"events":[]}'
    )
    headers = sign_request(
        a.replica.sign,
        "st-a",
        method="POST",
        path=path,
        body=body,
        timestamp=int(time.time()),
    ).as_dict()
    headers["Content-Type"] = "application/json"
    reply = httpx.post(server.url + path, content=body, headers=headers)
    assert reply.status_code == 426
    assert reply.json()["detail"]["supported"] == [1, 2]


def test_openapi_lists_the_sync_routes(server: InProcessServer) -> None:
    paths = httpx.get(server.url + "/openapi.json").json()["paths"]
    assert {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/leases", "/v1/own-events"} <= set(paths)


@pytest.mark.parametrize("batch_size", [1000, 3])
def test_bad_checkpoint_signature_is_refused(
    server: InProcessServer, make_station, batch_size: int
) -> None:
    a = make_station(server, "st-a")
    for n in range(40):
        a.replica.record("observation.started", {"n": n})
    wrong = a.replica.sign(b"not the checkpoint").hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 40", (wrong,))
    a.engine.push_batch = batch_size
    with pytest.raises(SyncRejected) as refused:
        a.sync()
    assert refused.value.code == "bad_checkpoint_signature"
    assert a.replica.push_mark() == (39 if batch_size == 3 else 0)
