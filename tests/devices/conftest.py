"""Shared device test fixtures: SHARED with the printer/scanner helper, add to it, do not break.

Simulators run with short update periods so the whole device suite stays fast; every wait
is on an event or a future with a timeout, never a sleep.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from devices.sim.scale import SimulatedScale

_names = itertools.count(1)

FAST_SCALE = {"update_period_s": 0.01, "settle_time_s": 0.05, "stable_timeout_s": 0.3}


@pytest.fixture
def make_scale() -> Iterator[Callable[..., SimulatedScale]]:
    """Factory for started simulated balances (fast by default), stopped after the test."""
    started: list[SimulatedScale] = []

    def make(protocol: str = "mt-sics", **options: Any) -> SimulatedScale:
        merged = {**FAST_SCALE, "seed": 7, **options}
        scale = SimulatedScale(f"test-scale-{next(_names)}", protocol, **merged)
        scale.start()
        started.append(scale)
        return scale

    yield make
    for scale in started:
        scale.stop()


@pytest.fixture
def scale(make_scale: Callable[..., SimulatedScale]) -> SimulatedScale:
    """A fast simulated MT-SICS balance with 12.34 g settled on the pan."""
    return make_scale(initial_mass=Decimal("12.34"))
