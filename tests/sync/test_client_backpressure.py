"""A station told to wait (429, 503) waits as long as asked; a push too large is split."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from sync.client.errors import ServerBusy, SyncRejected
from sync.client.scheduler import Backoff, SyncScheduler
from sync.server.limits import Rate, ServerLimits
from sync.wire.compact import PUSH_PATH
from tests.sync.conftest import LimitedServer, ManualClock, Station


def _observations(station: Station, count: int, size: int = 200) -> None:
    for number in range(count):
        station.replica.record("observation.noted", {"n": number, "note": "x" * size})


def test_a_station_over_its_rate_waits_as_long_as_the_server_asks(
    limited: Callable[..., LimitedServer], make_station: Callable[..., Station]
) -> None:
    clock = ManualClock()
    server = limited(ServerLimits(station=Rate(per_second=0.05, burst=2)), clock)
    station = make_station(server, "st-busy")
    _observations(station, 3)
    with pytest.raises(ServerBusy) as busy:
        for _ in range(5):
            station.sync()
    assert busy.value.retry_after_s >= 1
    assert "asked this station to wait" in str(busy.value)
    assert "nothing is lost" in str(busy.value)
    _observations(station, 3)  # recorded while the server wants the station to wait
    # The scheduler's next round is not before the server's time, however short its backoff.
    scheduler = SyncScheduler(
        station.sync,
        station.engine.queued_events,
        backoff=Backoff(base_s=0.001, cap_s=0.002),
        rng=random.Random(1),
    )
    status = scheduler.run_once()
    assert status.next_attempt_in_s is not None
    assert status.next_attempt_in_s >= busy.value.retry_after_s
    assert "asked this station to wait" in (status.last_error or "")
    assert station.engine.queued_events() >= 3  # nothing lost: the events wait
    clock.now += 100  # the server's bucket refills: the next round goes through
    station.sync()
    assert station.engine.queued_events() == 0


def test_a_push_over_the_route_limit_is_sent_again_in_smaller_requests(
    limited: Callable[..., LimitedServer], make_station: Callable[..., Station]
) -> None:
    limits = ServerLimits()
    small = dict(limits.body_bytes)
    small[("POST", PUSH_PATH)] = 24 * 1024  # about 40 of these events per request
    server = limited(ServerLimits(body_bytes=small))
    station = make_station(server, "st-large")
    _observations(station, 300)
    station.sync()
    assert station.engine.queued_events() == 0
    held = server.service.list_stations()
    assert next(s for s in held if s.station_id == "st-large").highest_contiguous_seq >= 300


def test_one_event_larger_than_the_server_takes_is_named_and_nothing_after_it_is_sent(
    limited: Callable[..., LimitedServer], make_station: Callable[..., Station]
) -> None:
    limits = ServerLimits()
    small = dict(limits.body_bytes)
    small[("POST", PUSH_PATH)] = 8 * 1024
    server = limited(ServerLimits(body_bytes=small))
    station = make_station(server, "st-huge")
    _observations(station, 2)
    station.sync()
    head = station.replica.head()[0]
    station.replica.record("observation.noted", {"note": "y" * 20_000})
    _observations(station, 2)
    with pytest.raises(SyncRejected) as refused:
        station.sync()
    assert f"Event #{head + 1} of this station is larger than the server takes" in str(
        refused.value
    )
    assert station.replica.push_mark() == head
