"""A reference-weight check starts from a cleared tare and a zeroed pan; a balance that answers
but never settles (a draught) is told apart from one that does not answer, on simulators."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from click.testing import CliRunner

from devices.drivers.scale import ScaleDriver
from devices.readings import NoAnswer, NoStableWeight
from devices.sim.scale import SimulatedScale
from station.cli import main

pytestmark = pytest.mark.timeout(60)

MakeScale = Callable[..., SimulatedScale]
PROTOCOLS = ["mt-sics", "sbi", "and"]
SYRINGE = Decimal("11.80")
REFERENCE = Decimal("100.00")


def _stable_value(scale: ScaleDriver, sim: SimulatedScale, expected: Decimal) -> Decimal | None:
    """The stable reading once the balance shows ``expected`` (SBI commands are not answered)."""
    value = None
    for _ in range(20):
        assert sim.wait_for_updates(sim._updates + 3, 5.0)
        value = scale.read_stable(3.0).result(timeout=10).value
        if value == expected:
            break
    return value


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_nurses_tare_is_cleared_before_the_reference_weight_is_read(
    make_scale: MakeScale, protocol: str
) -> None:
    sim = make_scale(protocol, initial_mass=SYRINGE)
    with ScaleDriver.open(sim.url, protocol) as scale:
        scale.tare().result(timeout=5)  # the nurse tared an empty syringe
        assert _stable_value(scale, sim, Decimal("0.00")) == Decimal("0.00")
        sim.place_mass(Decimal("0.00")).result(timeout=5)  # the syringe is taken off
        sim.place_mass(REFERENCE).result(timeout=5)
        # The simulator keeps the tare: without zeroing first the check reads 88.20 g.
        assert _stable_value(scale, sim, REFERENCE - SYRINGE) == REFERENCE - SYRINGE
        sim.place_mass(Decimal("0.00")).result(timeout=5)  # the technician empties the pan
        assert sim.wait_until_stable(5.0)
        scale.zero_for_check().result(timeout=10)
        sim.place_mass(REFERENCE).result(timeout=5)
        assert _stable_value(scale, sim, REFERENCE) == REFERENCE


def test_read_weight_stable_says_the_balance_answered_but_did_not_settle(
    make_scale: MakeScale,
) -> None:
    # A balance that holds the stable-weight request longer than the deadline (its own
    # timeout) sends nothing until then: it is still a draught, not a cable fault.
    sim = make_scale("mt-sics", stable_timeout_s=10.0)
    sim.set_never_settles().result(timeout=2)
    result = CliRunner().invoke(
        main, ["devices", "read-weight", "--port", sim.url, "--stable", "--deadline", "1"]
    )
    assert result.exit_code == 1
    assert "answered" in result.stderr and "no stable weight within 1 s" in result.stderr
    assert "did not answer" not in result.stderr
    assert "cable" not in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("protocol", ["mt-sics", "and"])
def test_a_stable_read_of_a_balance_that_never_settles_is_no_stable_weight(
    make_scale: MakeScale, protocol: str
) -> None:
    sim = make_scale(protocol, stable_timeout_s=10.0)
    sim.set_never_settles().result(timeout=2)
    with ScaleDriver.open(sim.url, protocol) as scale, pytest.raises(NoStableWeight) as error:
        scale.read_stable(1.0).result(timeout=20)
    assert "answered" in str(error.value) and "moving" in str(error.value)


def test_a_silent_balance_is_no_answer_for_a_stable_read_and_an_accepted_weighing(
    make_scale: MakeScale,
) -> None:
    sim = make_scale("mt-sics")
    with ScaleDriver.open(sim.url, "mt-sics", command_deadline_s=0.3) as scale:
        scale.read_weight().result(timeout=5)
        sim.boot_time_s = 60.0
        sim.power_cycle()  # switched off: nothing answers
        with pytest.raises(NoAnswer) as silent:
            scale.read_stable(0.5).result(timeout=10)
        assert "did not answer" in str(silent.value)
        with pytest.raises(NoAnswer) as nothing:
            scale.read_accepted(deadline_s=0.5).result(timeout=10)
        assert "no reading" in str(nothing.value) and "stable" not in str(nothing.value)
