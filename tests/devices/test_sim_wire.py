"""The simulated wire: bytes land one by one, are read once, in order, and never go unnoticed."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.sim.base import SimLink
from devices.transport import SerialSettings

BAUD_RATES = (1200, 9600, 115200)


def _link(baudrate: int) -> SimLink:
    device = SimpleNamespace(settings=SerialSettings(baudrate))
    return SimLink(device, SerialSettings(baudrate), exclusive=False)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    baudrate=st.sampled_from(BAUD_RATES),
    chunks=st.lists(
        st.tuples(st.binary(min_size=1, max_size=40), st.floats(0.0, 0.05)),
        min_size=1,
        max_size=6,
    ),
    reads=st.lists(st.tuples(st.floats(0.0, 0.02), st.integers(1, 64)), max_size=40),
)
def test_every_landed_byte_is_read_once_and_the_next_landing_is_always_known(
    baudrate: int, chunks: list[tuple[bytes, float]], reads: list[tuple[float, int]]
) -> None:
    link = _link(baudrate)
    now = 1000.0
    sent = b""
    for data, gap in chunks:
        now += gap
        link.queue_to_host(data, now)
        sent += data
    received = b""
    clock = 1000.0
    for step, size in reads:
        clock += step
        taken = link.take(size, clock)
        received += taken
        readable, next_landing = link.available(clock)
        if len(taken) < size:
            # What a read could not take at this instant has not landed yet...
            assert readable == 0
        in_flight = len(sent) - len(received)
        if in_flight and readable == 0:
            # ...and a reader waiting for it knows when the next byte lands (no blind wait).
            assert next_landing is not None and next_landing > clock - 1e-9
    everything_landed = link.busy_until + 1.0
    received += link.take(len(sent), everything_landed)
    assert received == sent
    assert link.available(everything_landed) == (0, None)
