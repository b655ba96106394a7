"""The simulated balances themselves: settling, determinism, wire delay, faults, power and cable."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

import pytest

from devices.protocols import and_scale, mtsics, sbi
from devices.readings import ScaleReading, WeightStatus
from devices.sim.scale import SimulatedScale
from devices.transport import SerialSettings, open_port

pytestmark = pytest.mark.timeout(30)

MakeScale = Callable[..., SimulatedScale]


def collect_stream(sim: SimulatedScale, count: int) -> list[ScaleReading]:
    with open_port(sim.url, sim.settings) as port:
        port.write(mtsics.format_command("SIR"))
        lines = [port.read_line(deadline_s=2.0) for _ in range(count)]
        port.write(mtsics.format_command("SI"))
    return [mtsics.parse_weight(line, 0.0) for line in lines]


def test_mass_settles_from_dynamic_to_stable_at_exactly_the_target(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", settle_time_s=0.05)
    sim.place_mass(Decimal("2.40")).result(timeout=2)
    readings = collect_stream(sim, 15)
    statuses = [r.status for r in readings]
    assert statuses[0] is WeightStatus.DYNAMIC
    first_stable = statuses.index(WeightStatus.STABLE)
    assert all(s is WeightStatus.STABLE for s in statuses[first_stable:])
    assert all(r.value == Decimal("2.40") for r in readings[first_stable:])
    assert any(r.value != Decimal("2.40") for r in readings[:first_stable])


def test_same_seed_gives_the_same_noise(make_scale: MakeScale) -> None:
    def values(seed: int) -> list[Decimal]:
        sim = make_scale("mt-sics", seed=seed, initial_mass=Decimal("1.00"))
        sim.set_never_settles().result(timeout=2)
        assert sim.wait_for_updates(30, 5.0)
        return [value for value, _status in list(sim.history)[10:30]]

    first, second, other = values(11), values(11), values(12)
    noise = [abs(v - Decimal("1.00")) for v in first]
    assert first == second  # deterministic with a seed
    assert first != other
    assert all(Decimal("0") < n <= Decimal("0.03") for n in noise)


def test_update_period_sets_the_stream_rate(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", update_period_s=0.02)
    with open_port(sim.url, sim.settings) as port:
        port.write(b"SIR\r\n")
        port.read_line()
        started = time.monotonic()
        for _ in range(10):
            port.read_line()
        elapsed = time.monotonic() - started
        port.write(b"SI\r\n")
    assert 0.15 <= elapsed <= 0.4


def test_reply_waits_for_the_wire_time(make_scale: MakeScale) -> None:
    settings = SerialSettings(1200)
    sim = make_scale("mt-sics", settings=settings)
    with open_port(sim.url, settings) as port:
        started = time.monotonic()
        port.write(b"SI\r\n")
        line = port.read_line(deadline_s=2.0)
        elapsed = time.monotonic() - started
    assert elapsed >= settings.wire_time_s(4 + len(line)) * 0.95


def test_stream_skips_values_the_wire_cannot_carry(make_scale: MakeScale) -> None:
    settings = SerialSettings(2400, 7, "E", 1)  # 17-byte A&D frame ~71 ms, updates every 10 ms
    sim = make_scale("and", settings=settings)
    with open_port(sim.url, settings) as port:
        port.write(b"SIR\r\n")
        port.read_line(deadline_s=2.0)
        started = time.monotonic()
        port.read_line(deadline_s=2.0)
        latency = time.monotonic() - started
        port.write(b"C\r\n")
    assert latency < 0.2  # no backlog builds up


def test_overload_underload_and_fault_frames(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with open_port(sim.url, sim.settings) as port:
        sim.place_mass(Decimal("1000")).result(timeout=2)
        port.write(b"SI\r\n")
        assert port.read_line() == b"S +\r\n"
        sim.place_mass(Decimal("-20")).result(timeout=2)
        assert sim.wait_for_status(WeightStatus.UNDERLOAD, 2.0)
        port.write(b"SI\r\n")
        assert port.read_line() == b"S -\r\n"
        sim.place_mass(Decimal("1")).result(timeout=2)
        sim.set_hardware_fault("Error 10b").result(timeout=2)
        assert sim.wait_for_status(WeightStatus.ERROR, 2.0)
        port.write(b"SI\r\n")
        assert port.read_line() == b"S S  Error 10b\r\n"


@pytest.mark.parametrize("code", ["ES", "ET", "EL"])
def test_injected_general_errors(make_scale: MakeScale, code: str) -> None:
    sim = make_scale("mt-sics")
    sim.fail_next_command(code).result(timeout=2)
    with open_port(sim.url, sim.settings) as port:
        port.write(b"SI\r\n")
        assert port.read_line() == code.encode() + b"\r\n"
        port.write(b"SI\r\n")
        assert port.read_line().startswith(b"S S")


def test_unknown_command_and_garbled_bytes(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with open_port(sim.url, sim.settings) as port:
        port.write(b"XYZ\r\n")
        assert port.read_line() == b"ES\r\n"
        port.write(b"S\xffI\r\n")
        assert port.read_line() == b"ET\r\n"


def test_s_i_when_no_stable_value_comes(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", stable_timeout_s=0.1)
    sim.set_never_settles().result(timeout=2)
    with open_port(sim.url, sim.settings) as port:
        port.write(b"S\r\n")
        assert port.read_line(deadline_s=2.0) == b"S I\r\n"


def test_power_cycle_sends_unsolicited_i4(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with open_port(sim.url, sim.settings) as port:
        sim.power_cycle()
        assert port.read_line(deadline_s=2.0) == b'I4 A "B021002593"\r\n'


def test_sbi_unit_is_blank_while_unstable_and_auto_print_toggles(make_scale: MakeScale) -> None:
    sim = make_scale("sbi", sbi_auto_print=True, initial_mass=Decimal("3.00"))
    with open_port(sim.url, sim.settings) as port:
        sim.place_mass(Decimal("5.00")).result(timeout=2)
        port.write(sbi.PRINT)
        frames = [sbi.parse_line(port.read_line(deadline_s=2.0), 0.0) for _ in range(12)]
        port.write(sbi.PRINT)
    assert frames[0].unit == "" and frames[0].status is WeightStatus.DYNAMIC
    assert frames[-1].unit == "g" and frames[-1].value == Decimal("5.00")


def test_and_commands(make_scale: MakeScale) -> None:
    sim = make_scale("and", initial_mass=Decimal("10.00"))
    with open_port(sim.url, sim.settings) as port:
        port.write(b"?SN\r\n")
        assert and_scale.parse_line(port.read_line(), 0.0) == and_scale.AndReply(
            "SN", "B021002593", b"SN,B021002593\r\n", 0.0
        )
        port.write(b"T\r\n")
        assert port.read_line() == b"\x06\r\n"
        port.write(b"Q\r\n")
        assert port.read_line() == b"ST,+00000.00  g\r\n"
        port.write(b"NOPE\r\n")
        assert port.read_line() == b"EC,E01\r\n"


def test_cable_pulled_and_put_back(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    port = open_port(sim.url, sim.settings)
    sim.pull_cable()
    assert not sim.cable_connected
    with pytest.raises(Exception, match="gone"):
        port.write(b"SI\r\n")
    port.close()
    sim.put_back_cable()
    with open_port(sim.url, sim.settings) as again:
        again.write(b"SI\r\n")
        assert again.read_line().startswith(b"S S")


def test_sc_returns_dynamic_after_its_timeout(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    sim.set_never_settles().result(timeout=2)
    with open_port(sim.url, sim.settings) as port:
        started = time.monotonic()
        port.write(b"SC 100\r\n")
        reading = mtsics.parse_weight(port.read_line(deadline_s=2.0), 0.0)
        assert reading.status is WeightStatus.DYNAMIC
        assert time.monotonic() - started >= 0.1
