"""Wire version 2 (compact batches) beside version 1: same checks, same results, both ways."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

import httpx
import orjson
import pytest
from fastapi import FastAPI
from hypothesis import given
from hypothesis import strategies as st

from sync.client.errors import IntegrityProblem, SyncRejected
from sync.server.service import SyncService
from sync.wire import compact
from sync.wire.chain import (
    GENESIS_HASH,
    canonical_object_text,
    checkpoint_message,
    parse_json_object,
    record_hash,
)
from sync.wire.signing import sign_request
from tests.sync.conftest import InProcessServer, Station
from tests.sync.test_chain_encoding import json_values, reference_json, text


class VersionOneServer(InProcessServer):
    """Today's server code with the version 2 routes taken away: an older server."""

    def make_app(self, service: SyncService) -> FastAPI:
        app = super().make_app(service)
        app.router.routes = [
            route
            for route in app.router.routes
            if not getattr(route, "path", "").startswith("/v2/")
        ]
        return app


def _exchange(a: Station, b: Station) -> list[dict[str, Any]]:
    """a records (a dose among them), both sync; return what b pulled of a's events."""
    for n in range(7):
        a.replica.record("observation.started", {"n": n, "note": 'quote " and \u00e9\n'})
    a.replica.dose("P-001", "2026-11-22/am")
    a.replica.record("count.recorded", {"mg": "12.50", "ratio": 0.125, "big": 2**70})
    a.sync()
    b.sync()
    return [e for e in b.replica.pulled() if e["station_id"] == a.replica.station_id]


def test_new_stations_fall_back_to_version_one_against_an_older_server(
    tmp_path: Any, make_station
) -> None:
    old = VersionOneServer(f"sqlite:///{tmp_path / 'old.db'}").start()
    try:
        a, b = make_station(old, "st-a"), make_station(old, "st-b")
        pulled = _exchange(a, b)
        assert len(pulled) == 9
        assert a.transport.compact is False and b.transport.compact is False
        assert {e["payload"].get("big") for e in pulled} >= {2**70}
        again = a.sync()
        assert (again.pushed, again.duplicates) == (0, 0)
    finally:
        old.release()


def test_old_and_new_stations_exchange_the_same_events(server: InProcessServer, make_station):  # type: ignore[no-untyped-def]
    new, old, new_reader, old_reader = (
        make_station(server, name) for name in ("st-new", "st-old", "st-rn", "st-ro")
    )
    old.transport.compact = False  # speaks only version 1, as stations in the field do
    old_reader.transport.compact = False
    from_new = _exchange(new, old_reader)
    from_old = _exchange(old, new_reader)
    assert new.transport.compact is True and old.transport.compact is False
    new_reader.sync()
    old_reader.sync()
    for station in ("st-new", "st-old"):
        seen_by_new = [e for e in new_reader.replica.pulled() if e["station_id"] == station]
        seen_by_old = [e for e in old_reader.replica.pulled() if e["station_id"] == station]
        assert seen_by_new == seen_by_old, "both versions deliver the same events"
    assert len(from_new) == len(from_old) == 9
    assert server.service is not None
    (incident,) = server.service.list_incidents("all")  # the doses of either version count
    assert incident.kind == "suspected_double_dose"
    assert {dose["station_id"] for dose in incident.doses} == {"st-new", "st-old"}


def test_the_two_pull_encodings_decode_to_the_same_page(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    _exchange(a, b)
    assert server.service is not None
    from sync.server.service import AuthenticatedStation
    from sync.wire.envelope import PullReply

    reader = AuthenticatedStation("st-b", server.service.clinic_id)
    one = PullReply.model_validate_json(server.service.pull(reader, cursor=0, epoch="", limit=50))
    two = compact.decode_pull(
        server.service.pull(reader, cursor=0, epoch="", limit=50, wire_version=2)
    )
    assert one.events == two.events and len(one.events) == 9
    assert (one.cursor, one.feed_head, one.has_more) == (two.cursor, two.feed_head, two.has_more)
    for event in two.events:
        assert event.canonical_payload() == reference_json(event.payload).decode()


def _signed_row(station: Station, text_payload: str) -> list[Any]:
    """A next event of the station whose payload is exactly ``text_payload`` (hash matches)."""
    key = station.replica._key  # the test replica's own key
    digest = hashlib.sha256(text_payload.encode()).hexdigest()
    fields: dict[str, Any] = {
        "station_id": station.replica.station_id,
        "seq": 1,
        "uuid": "5f0c8a1e-0000-4000-8000-000000000001",
        "hlc": "0001763850000000-000000-" + station.replica.station_id,
        "type": "observation.started",
        "payload_hash": digest,
        "sealed_digest": digest,
        "prev_hash": GENESIS_HASH,
    }
    record = record_hash(**fields)
    signature = key.sign(checkpoint_message(station.replica.station_id, 1, record)).hex()
    return [
        1,
        fields["uuid"],
        fields["hlc"],
        fields["type"],
        text_payload,
        digest,
        digest,
        GENESIS_HASH,
        record,
        signature,
    ]


def _compact_body(station: Station, rows: list[list[Any]]) -> bytes:
    return orjson.dumps(
        {
            "wire_version": 2,
            "station_id": station.replica.station_id,
            "local_head_seq": len(rows),
            "local_head_hash": rows[-1][8] if rows else GENESIS_HASH,
            "push_mark": 0,
            "events": rows,
        }
    )


@pytest.mark.parametrize(
    "payload_text",
    [
        '{"b":1, "a":2}',  # spaces
        '{"b":1,"a":2}',  # keys out of order
        '{"a":"\\u00e9"}',  # an escape version 1 would not write
        '{"a":1e16}',  # a float as orjson writes it, not as the reference does
        '{"a":1.0E16}',
        '["not", "an", "object"]',
        '{"a":1,"a":1}',  # a repeated key
        '{"a":NaN}',
    ],
)
def test_a_payload_text_that_is_not_canonical_is_refused(
    server: InProcessServer, make_station, payload_text: str
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    reply = a.post_compact(_compact_body(a, [_signed_row(a, payload_text)]))
    assert reply.status_code == 400, reply.text
    assert reply.json()["code"] == "payload_not_canonical"
    b.sync()
    assert b.replica.pulled() == [], "nothing of the refused batch reaches other stations"


def test_a_canonical_payload_text_is_stored_and_reaches_version_one_stations(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    text_payload = '{"a":"\u00e9 \\"q\\"","f":1e+16,"n":[1,2.5,null,true]}'
    assert canonical_object_text(text_payload) == json.loads(text_payload)
    reply = a.post_compact(_compact_body(a, [_signed_row(a, text_payload)]))
    assert reply.status_code == 200, reply.text
    assert reply.json()["accepted"] == 1
    b.transport.compact = False
    b.sync()
    assert [e["payload"] for e in b.replica.pulled()] == [json.loads(text_payload)]


@pytest.mark.parametrize(
    ("mangle", "code"),
    [
        (lambda row: row.__setitem__(5, "0" * 64), "bad_payload_hash"),
        (lambda row: row.__setitem__(8, "0" * 64), "bad_record_hash"),
        (lambda row: row.__setitem__(7, "1" * 64), "bad_record_hash"),
        (lambda row: row.__setitem__(9, "00" * 64), "bad_checkpoint_signature"),
    ],
)
def test_version_two_keeps_every_check(
    server: InProcessServer, make_station, mangle: Any, code: str
) -> None:
    a = make_station(server, "st-a")
    row = _signed_row(a, '{"n":1}')
    mangle(row)
    reply = a.post_compact(_compact_body(a, [row]))
    assert reply.status_code in (400, 409), reply.text
    assert reply.json()["code"] == code


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        (4, '{"n":2,"salt":"x"}', "bad_payload_hash"),  # payload changed, hash not
        (5, "1" * 64, "bad_payload_hash"),
        (4, '{"salt":"x", "n":2}', "bad_payload_hash"),  # not canonical and not hashed
        (2, "0001763850000000-000001-st-x", "bad_record_hash"),
        (8, "2" * 64, "bad_record_hash"),
        (9, "00" * 64, "bad_checkpoint_signature"),
    ],
)
def test_a_bad_event_in_the_middle_of_a_long_run_is_found(
    server: InProcessServer, make_station, column: int, value: str, code: str
) -> None:
    """Batches are checked column by column; one bad event among 200 still names its seq."""
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for n in range(200):
        a.replica.record("observation.started", {"n": n})
    rows = [list(row) for row in a.replica.push_rows_after(0, 200)]
    rows[119][column] = value  # seq 120: signed (every tenth is), so its signature counts
    reply = a.post_compact(_compact_body(a, rows))
    assert reply.status_code == 400, reply.text
    assert (reply.json()["code"], reply.json()["detail"]["seq"]) == (code, 120)
    b.sync()
    assert b.replica.pulled() == [], "nothing of the refused batch is stored"


def test_a_long_run_that_does_not_link_up_is_refused(server: InProcessServer, make_station) -> None:
    """Event 31 hashes right but names another predecessor: the chain check finds it."""
    a = make_station(server, "st-a")
    for n in range(50):
        a.replica.record("observation.started", {"n": n})
    rows = [list(row) for row in a.replica.push_rows_after(0, 50)]
    seq, uuid, hlc, kind, _text, digest, sealed, _prev, _record, _signature = rows[30]
    rows[30][7] = "3" * 64
    rows[30][8] = record_hash(
        station_id="st-a",
        seq=seq,
        uuid=uuid,
        hlc=hlc,
        type=kind,
        payload_hash=digest,
        sealed_digest=sealed,
        prev_hash="3" * 64,
    )
    reply = a.post_compact(_compact_body(a, rows))
    assert reply.status_code == 400, reply.text
    assert (reply.json()["code"], reply.json()["detail"]["seq"]) == ("bad_chain", 31)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"wire_version":2,"station_id":"st-a"}',
        b'{"wire_version":2,"station_id":"st-a","local_head_seq":0,"local_head_hash":"",'
        b'"push_mark":0,"events":[[1,2,3]]}',
        b'{"wire_version":2,"station_id":"st-a","local_head_seq":-1,"local_head_hash":"",'
        b'"push_mark":0,"events":[]}',
    ],
)
def test_a_malformed_compact_push_is_refused_without_storing(
    server: InProcessServer, make_station, body: bytes
) -> None:
    a = make_station(server, "st-a")
    reply = a.post_compact(body)
    assert reply.status_code == 422, reply.text


def test_a_pushed_event_of_another_station_is_refused(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    body = _compact_body(a, [_signed_row(a, '{"n":1}')])
    headers = sign_request(
        b.replica.sign,
        "st-b",
        method="POST",
        path=compact.PUSH_PATH,
        body=body,
        timestamp=int(time.time()),
    ).as_dict()
    reply = httpx.post(server.url + compact.PUSH_PATH, content=body, headers=headers)
    assert reply.status_code == 403 and reply.json()["code"] == "wrong_station"


def test_a_pulled_page_with_a_non_canonical_payload_is_not_applied(
    server: InProcessServer, make_station
) -> None:
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    a.replica.record("observation.started", {"n": 1})
    a.sync()
    real_send = type(b.transport)._send

    def tamper(self, method: str, path: str, **kwargs):  # type: ignore[no-untyped-def]
        response = real_send(self, method, path, **kwargs)
        if path == compact.PULL_PATH:
            page = orjson.loads(response.content)
            for event in page["events"]:
                event[5] = event[5].replace(",", ", ")
            response = httpx.Response(200, content=orjson.dumps(page))
        return response

    type(b.transport)._send = tamper  # type: ignore[method-assign]
    try:
        with pytest.raises(IntegrityProblem):
            b.sync()
    finally:
        type(b.transport)._send = real_send  # type: ignore[method-assign]
    assert b.replica.pulled() == [] and b.replica.pull_state().cursor == 0
    b.sync()
    assert len(b.replica.pulled()) == 1


def test_a_server_error_on_version_two_is_not_taken_for_an_old_server(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    a.replica.record("observation.started", {"n": 1})
    assert server.service is not None
    server.service.revoke_station("st-a", "test")
    with pytest.raises(Exception, match="revoked"):
        a.sync()
    assert a.transport.compact is None, "a refusal is not a missing version"
    with pytest.raises(SyncRejected):
        a.transport._send("POST", "/v2/nothing-here", body=b"{}")


# ----------------------------------------------------------- the encodings themselves

json_objects = st.dictionaries(text, json_values, max_size=6)


@given(json_objects)
def test_canonical_text_of_any_object_is_accepted_as_that_object(value: dict[str, Any]) -> None:
    canonical = reference_json(value).decode()
    assert canonical_object_text(canonical) == json.loads(canonical)
    assert parse_json_object(canonical) == json.loads(canonical)


@given(
    json_objects,
    st.sampled_from([(", ", ": "), (",", ":"), (",", ": ")]),
    st.booleans(),
    st.booleans(),
)
def test_canonical_text_check_agrees_with_the_reference(
    value: dict[str, Any], separators: tuple[str, str], sort_keys: bool, ensure_ascii: bool
) -> None:
    candidate = json.dumps(
        value, separators=separators, sort_keys=sort_keys, ensure_ascii=ensure_ascii
    )
    parsed = json.loads(candidate)
    expected = reference_json(parsed) == candidate.encode()
    result = canonical_object_text(candidate)
    assert (result is not None) == expected
    if expected:
        assert result == parsed
    assert parse_json_object(candidate) == parsed


@given(
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
)
def test_numbers_parse_as_the_reference_parser_reads_them(number: int, real: float) -> None:
    for value in ({"n": number}, {"x": real}, {"l": [number, {"x": real}]}):
        canonical = reference_json(value).decode()
        assert parse_json_object(canonical) == json.loads(canonical)
        assert canonical_object_text(canonical) == json.loads(canonical)


def _text(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(st.characters(exclude_categories=("Cs",)), min_size=low, max_size=high)


events = st.builds(
    dict,
    seq=st.integers(min_value=1, max_value=2**62),
    uuid=_text(1, 64),
    hlc=_text(0, 100),
    type=_text(1, 100),
    payload=json_objects,
    payload_hash=_text(64, 64),
    sealed_digest=_text(0, 128),
    prev_hash=_text(64, 64),
    hash=_text(64, 64),
    signature=st.none() | _text(0, 128),
)


@given(st.lists(events, max_size=5))
def test_a_push_survives_the_compact_encoding(batch: list[dict[str, Any]]) -> None:
    from sync.wire.envelope import WireEvent

    wire = [WireEvent(station_id="st-a", **fields) for fields in batch]
    body = compact.encode_push(
        station_id="st-a",
        local_head_seq=9,
        local_head_hash="h" * 64,
        push_mark=3,
        events=wire,
    )
    decoded = compact.decode_push(body)
    assert (decoded.station_id, decoded.local_head_seq, decoded.push_mark) == ("st-a", 9, 3)
    assert [row.payload for row in decoded.rows] == [e.canonical_payload() for e in wire]
    back = [compact.row_event("st-a", row) for row in decoded.rows]
    assert back == wire, "version 2 arrays turn back into the same version 1 events"


def test_the_last_signature_of_every_run_in_a_batch_is_always_checked(
    server: InProcessServer, make_station
) -> None:
    """With sampling on (over 32 signed events), each run's highest signed event is verified."""
    from sync.wire.envelope import PushRequest

    a = make_station(server, "st-a")
    for n in range(400):
        a.replica.record("observation.started", {"n": n})
    wrong = a.replica.sign(b"not the checkpoint").hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 200", (wrong,))
    events = [e for e in a.replica.events_after(0, 400) if not 200 < e.seq <= 210]
    assert sum(e.signature is not None for e in events) > 32
    head_seq, head_hash = a.replica.head()
    with pytest.raises(SyncRejected) as refused:
        a.transport.push(
            PushRequest(
                station_id="st-a",
                local_head_seq=head_seq,
                local_head_hash=head_hash,
                push_mark=0,
                events=events,
            )
        )
    assert refused.value.code == "bad_checkpoint_signature"
    assert a.transport.compact is not False, "refused on the version 2 path, no fallback"


def test_a_bad_last_signature_of_a_large_batch_refuses_it_whole(
    server: InProcessServer, make_station
) -> None:
    """In a large batch the sample is verified while the rows go in; the commit waits for it."""
    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    a.engine.push_batch = compact.MAX_BATCH
    for n in range(1500):
        a.replica.record("observation.started", {"n": n})
    wrong = a.replica.sign(b"not the checkpoint").hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 1500", (wrong,))
    with pytest.raises(SyncRejected) as refused:
        a.sync()
    assert refused.value.code == "bad_checkpoint_signature"
    assert a.replica.push_mark() == 0
    b.sync()
    assert b.replica.pulled() == [], "the inserted rows were rolled back"
    a.replica._db.execute("UPDATE log SET signature = NULL WHERE seq = 1500")
    with pytest.raises(SyncRejected) as unsigned:
        a.sync()
    assert unsigned.value.code == "bad_checkpoint_signature", "an unsigned event is refused too"
    (record,) = a.replica._db.execute("SELECT hash FROM log WHERE seq = 1500").fetchone()
    genuine = a.replica.sign(checkpoint_message("st-a", 1500, record)).hex()
    a.replica._db.execute("UPDATE log SET signature = ? WHERE seq = 1500", (genuine,))
    assert a.sync().pushed == 1500  # the same rows go in once the signature is the station's


def test_big_batches_reach_an_older_server_in_version_one_sizes(
    tmp_path: Any, make_station
) -> None:
    """A station set to push 10,000 at once still gets everything through a 5,000 limit."""
    old = VersionOneServer(f"sqlite:///{tmp_path / 'old.db'}").start()
    try:
        a, b = make_station(old, "st-a"), make_station(old, "st-b")
        for station in (a, b):
            station.engine.push_batch = station.engine.pull_page = compact.MAX_BATCH
        for n in range(5003):
            a.replica.record("observation.started", {"n": n})
        report = a.sync()
        assert report.pushed == 5003 and a.replica.push_mark() == 5003
        assert b.sync().pulled == 5003
        assert a.transport.compact is False
    finally:
        old.release()


def test_a_compact_push_longer_than_the_limit_is_refused(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    row = _signed_row(a, '{"n":1}')
    body = orjson.dumps(
        {
            "wire_version": 2,
            "station_id": "st-a",
            "local_head_seq": 1,
            "local_head_hash": row[8],
            "push_mark": 0,
            "events": [row] * (compact.MAX_BATCH + 1),
        }
    )
    reply = a.post_compact(body)
    assert reply.status_code == 422 and "at most" in reply.text
