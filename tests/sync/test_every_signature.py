"""Every event signature is verified: by the station before a push, by the server before it
stores, with the helper process sharing the work, whatever happens to the helper."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.server.checks import (
    HELPER_SHARE,
    SPLIT_SIGNATURES_FROM,
    BatchCheckProcess,
    verify_all_signatures,
)
from sync.wire import compact
from sync.wire.chain import (
    GENESIS_HASH,
    canonical_json,
    chain_hash,
    checkpoint_message,
    sha256_hex,
)
from sync.wire.directory import DirectoryError, read_directory, sign_directory
from sync.wire.signing import key_id, public_key_hex
from sync.wire.verify import UNSIGNED_EVENT_TYPES, first_bad_signature, own_rows_problem
from tests.sync.conftest import InProcessServer, Station

KEY = Ed25519PrivateKey.generate()
PUBLIC_HEX = public_key_hex(KEY)


def _chain(count: int, station_id: str = "st-a", key: Ed25519PrivateKey = KEY) -> list[list[Any]]:
    """``count`` genuine push arrays of one station from its first event, each signed."""
    rows: list[list[Any]] = []
    prev = GENESIS_HASH
    for seq in range(1, count + 1):
        text = canonical_json({"n": seq, "note": "fictional", "salt": f"{seq:08x}"}).decode()
        digest = sha256_hex(text.encode())
        stamp = f"{1_900_000_000_000 + seq:013d}-000000-{station_id}"
        event_uuid = f"00000000-0000-7000-8000-{seq:012d}"
        record = chain_hash(
            station_id, seq, event_uuid, stamp, "observation.noted", digest, digest, prev
        )
        signature = key.sign(checkpoint_message(station_id, seq, record)).hex()
        rows.append(
            [
                seq,
                event_uuid,
                stamp,
                "observation.noted",
                text,
                digest,
                digest,
                prev,
                record,
                signature,
            ]
        )
        prev = record
    return rows


def _columns(rows: list[list[Any]]) -> tuple[Any, ...]:
    columns = list(zip(*rows, strict=True))
    return columns[0], columns[8], columns[9], columns[3]


ROWS = _chain(40)
FOREIGN = Ed25519PrivateKey.generate()


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(ROWS) - 1),
    field=st.sampled_from(["seq", "payload", "prev_hash", "hash", "signature", "unsigned"]),
    with_own_key=st.booleans(),
)
def test_the_station_names_the_first_own_event_that_does_not_verify(
    index: int, field: str, with_own_key: bool
) -> None:
    """Whatever one field of one event was changed to, that event is the one named."""
    rows = [list(row) for row in ROWS]
    row = rows[index]
    if field == "seq":
        row[0] += 7
    elif field == "payload":
        row[4] = row[4].replace("fictional", "forged")
    elif field == "prev_hash":
        row[7] = "1" * 64
    elif field == "hash":
        row[8] = "2" * 64
    elif field == "signature":
        row[9] = FOREIGN.sign(checkpoint_message("st-a", row[0], row[8])).hex()
    else:
        row[9] = None
    problem = own_rows_problem(
        "st-a",
        rows,
        after=0,
        prev_hash=GENESIS_HASH,
        public=KEY.public_key(),
        signing_key=KEY if with_own_key else None,
    )
    assert problem is not None and problem.index == index, (field, problem)
    assert (
        own_rows_problem("st-a", ROWS, after=0, prev_hash=GENESIS_HASH, public=KEY.public_key())
        is None
    )


def test_a_record_before_the_batch_that_is_missing_or_other_names_the_first_event() -> None:
    later = ROWS[10:]
    assert (
        own_rows_problem("st-a", later, after=10, prev_hash=ROWS[9][8], public=KEY.public_key())
        is None
    )
    for prev in (None, "3" * 64):
        problem = own_rows_problem("st-a", later, after=10, prev_hash=prev, public=KEY.public_key())
        assert problem is not None and (problem.index, problem.seq) == (0, 11)


def test_only_events_written_while_nobody_is_signed_in_may_be_unsigned() -> None:
    assert {"auth.failed", "auth.locked", "auth.key_strengthened"} == UNSIGNED_EVENT_TYPES
    seqs, records, signatures, types = _columns(ROWS)
    signatures = (*signatures[:5], None, *signatures[6:])
    assert first_bad_signature(PUBLIC_HEX, "st-a", seqs, records, signatures, types) == 5
    types = (*types[:5], "auth.failed", *types[6:])
    assert first_bad_signature(PUBLIC_HEX, "st-a", seqs, records, signatures, types) is None


@pytest.fixture(scope="module")
def helper() -> Iterator[BatchCheckProcess]:
    process = BatchCheckProcess()
    yield process
    process.close()


BIG = _chain(SPLIT_SIGNATURES_FROM * 2)
CUT = len(BIG) - int(len(BIG) * HELPER_SHARE)
"""The first event of the helper's share."""


@pytest.mark.parametrize("bad", [None, 3, CUT - 1, CUT, CUT + 5, len(BIG) - 1])
def test_the_helper_process_shares_the_verification_and_the_answer_is_the_same(
    helper: BatchCheckProcess, bad: int | None
) -> None:
    seqs, records, signatures, types = _columns(BIG)
    if bad is not None:
        signatures = (*signatures[:bad], "00" * 64, *signatures[bad + 1 :])
    assert first_bad_signature(PUBLIC_HEX, "st-a", seqs, records, signatures, types) == bad
    assert (
        verify_all_signatures(PUBLIC_HEX, "st-a", seqs, records, signatures, types, helper=helper)
        == bad
    )


class _FailingHelper:
    """A helper whose every answer fails (broken, stopped or too slow)."""

    def __init__(self, at_submit: bool) -> None:
        self.at_submit = at_submit
        self.asked = 0

    def verify_signatures(self, *_args: Any) -> Future[int | None]:
        self.asked += 1
        if self.at_submit:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future: Future[int | None] = Future()
        future.set_exception(OSError("the helper process died"))
        return future


@pytest.mark.parametrize("at_submit", [True, False])
def test_a_failing_helper_leaves_nothing_unverified(at_submit: bool) -> None:
    seqs, records, signatures, types = _columns(BIG)
    last = len(BIG) - 1  # in the helper's share
    signatures = (*signatures[:last], "00" * 64)
    failing = _FailingHelper(at_submit)
    bad = verify_all_signatures(
        PUBLIC_HEX,
        "st-a",
        seqs,
        records,
        signatures,
        types,
        helper=failing,  # type: ignore[arg-type]
    )
    assert bad == last and failing.asked == 1


@pytest.fixture
def helper_server(db_url: str) -> Iterator[InProcessServer]:
    running = InProcessServer(db_url, check_in_helper_process=True).start()
    assert running.service is not None and running.service.verifier.process is not None
    yield running
    running.release()


def _push_body(station: Station, rows: list[list[Any]], mark: int = 0) -> bytes:
    return orjson.dumps(
        {
            "wire_version": 2,
            "station_id": station.replica.station_id,
            "local_head_seq": rows[-1][0],
            "local_head_hash": rows[-1][8],
            "push_mark": mark,
            "events": rows,
        }
    )


@pytest.mark.parametrize("kill_helper", [False, True])
def test_a_large_push_with_one_bad_signature_is_refused_whole(
    helper_server: InProcessServer, make_station, kill_helper: bool
) -> None:
    """The bad one sits among thousands of good ones, in the helper's share of the work."""
    a, b = make_station(helper_server, "st-a"), make_station(helper_server, "st-b")
    for n in range(2500):
        a.replica.record("observation.started", {"n": n, "note": "fictional"})
    rows = [list(row) for row in a.replica.push_rows_after(0, 2500)]
    rows[2400][9] = FOREIGN.sign(checkpoint_message("st-a", 2401, rows[2400][8])).hex()
    service = helper_server.service
    assert service is not None and service.verifier.process is not None
    if kill_helper:
        for process in service.verifier.process._pool._processes.values():  # type: ignore[union-attr]
            process.kill()
            process.join(10)
    reply = a.post_compact(_push_body(a, rows), timeout=120)
    assert reply.status_code == 400, reply.text
    assert (reply.json()["code"], reply.json()["detail"]["seq"]) == (
        "bad_checkpoint_signature",
        2401,
    )
    b.engine.pull_page = compact.MAX_BATCH
    b.sync()
    assert b.replica.pulled() == [], "no row of it was stored or forwarded"
    assert a.post_compact(_push_body(a, rows[:2400]), timeout=120).status_code == 200
    assert b.sync().pulled == 2400


def test_the_station_key_list_is_signed_by_the_server(
    helper_server: InProcessServer, make_station
) -> None:
    make_station(helper_server, "st-a")
    b = make_station(helper_server, "st-b")
    service = helper_server.service
    assert service is not None
    body = b.transport.station_keys()
    directory = read_directory(body, service.server_public_key, service.clinic_id)
    assert set(directory.stations) == {"st-a", "st-b"}
    assert directory.stations["st-b"].public_hex == b.replica.public_key_hex()
    assert {entry.status for entry in directory.stations.values()} == {"active"}
    with pytest.raises(DirectoryError, match="not signed by the server key"):
        read_directory(body, PUBLIC_HEX)
    with pytest.raises(DirectoryError, match="another clinic"):
        read_directory(body, service.server_public_key, "clinic-elsewhere")
    forged = sign_directory(
        KEY,
        clinic_id=service.clinic_id,
        server_key_id=key_id(PUBLIC_HEX),
        issued_at=0,
        stations={"st-a": (PUBLIC_HEX, "active")},
    )
    with pytest.raises(DirectoryError, match="not signed by the server key"):
        read_directory(forged, service.server_public_key)
