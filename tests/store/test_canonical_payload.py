"""The event log's fast canonical JSON writes exactly the wire's canonical bytes, or defers."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from station.store.events import canonical_payload, new_event_uuid
from sync.wire.chain import canonical_json, payload_hash
from tests.store.conftest import Built, dose

# Characters where JSON writers differ if they differ at all: quotes, backslash, controls,
# DEL, the line separators JavaScript cares about, non-ASCII and astral characters.
_TRICKY = '"\\/\b\f\n\r\t\x00\x1f\x7f\u0080\u00e9\u2028\u2029\ufeff\uffff\U0001f489\U0010ffff'


def _random_text(rng: random.Random) -> str:
    pool = [*_TRICKY, "a", "Z", "0", " ", "é", "ß", "ü"]
    return "".join(rng.choice(pool) for _ in range(rng.randrange(0, 6)))


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 2**63 - 1, -(2**63), 2**64 - 1, rng.randrange(-(10**12), 10**12)])
    if choice in (3, 4, 5):
        return _random_text(rng)
    if choice in (6, 7):
        return {_random_text(rng): _random_value(rng, depth + 1) for _ in range(rng.randrange(4))}
    return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]


def test_plain_payloads_give_the_reference_bytes() -> None:
    rng = random.Random(20250301)
    for _ in range(3000):
        payload = {_random_text(rng): _random_value(rng) for _ in range(rng.randrange(1, 8))}
        assert canonical_payload(payload) == canonical_json(payload), payload
    every_character = {chr(point): chr(point) for point in range(0x3000)}
    assert canonical_payload(every_character) == canonical_json(every_character)


@pytest.mark.parametrize(
    "odd",
    [
        1.5,
        1e16,
        1e-7,
        -0.0,
        2**64,
        -(2**63) - 1,
        (1, "two"),
        {1: "integer key"},
        {"nested": [{"deeper": 0.1}]},
    ],
)
def test_what_orjson_would_write_otherwise_takes_the_reference_path(odd: Any) -> None:
    payload = {"value": odd, "text": "plain"}
    assert canonical_payload(payload) == canonical_json(payload)


@pytest.mark.parametrize(
    "refused", [float("nan"), datetime(2025, 1, 1, tzinfo=UTC), uuid.uuid4(), "\ud800"]
)
def test_what_the_reference_refuses_is_still_refused(refused: Any) -> None:
    payload = {"value": refused}
    with pytest.raises((ValueError, TypeError, UnicodeError)):
        canonical_json(payload)
    with pytest.raises((ValueError, TypeError, UnicodeError)):
        canonical_payload(payload)


def test_new_event_ids_are_unique_time_ordered_version_7_uuids() -> None:
    before_ms = time.time_ns() // 1_000_000
    made = [new_event_uuid() for _ in range(2000)]
    after_ms = time.time_ns() // 1_000_000
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
        assert before_ms <= parsed.int >> 80 <= after_ms  # the first 48 bits: Unix ms
    # Made in different milliseconds, they sort in the order they were made.
    by_millisecond = {uuid.UUID(text).int >> 80: text for text in made}
    assert sorted(by_millisecond.values()) == [by_millisecond[ms] for ms in sorted(by_millisecond)]


def test_recorded_payload_hashes_match_the_wire_definition(built: Built) -> None:
    store, session = built.store, built.session
    patient_id = store.events_after(session, 0)[2].payload["patient_id"]
    odd = dose(patient_id, "2025-03-04T09:00")
    odd.update(note='Zürich \u2028 \U0001f489 "quoted" \\ \x01', ratio=0.25, big=2**70)
    events = store.record_many(
        session, [("dose.administered", dose(patient_id, "2025-03-03T09:00")), ("note", odd)]
    )
    for event in events:
        assert event.payload_hash == payload_hash(event.payload)
    read_back = store.events_after(session, events[0].seq - 1)
    assert [event.payload for event in read_back] == [event.payload for event in events]
    assert store.verify(session.data_key).intact
