"""The scale driver against simulated balances on sim:// and pseudo-terminal ports."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from decimal import Decimal

import pytest

from devices.acceptance import AcceptancePolicy
from devices.drivers.scale import ScaleDriver, probe_scale
from devices.readings import (
    NoAnswer,
    NoStableWeight,
    PortBusy,
    PortGone,
    ScaleFault,
    ScaleOverload,
    ScaleReading,
    ScaleUnderload,
    WeightStatus,
)
from devices.sim.pty import PtyBridge
from devices.sim.scale import SimulatedScale

pytestmark = pytest.mark.timeout(30)

PROTOCOLS = ["mt-sics", "sbi", "and"]
MakeScale = Callable[..., SimulatedScale]


def one_line(error: BaseException) -> str:
    text = str(error)
    assert text and "\n" not in text
    return text


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_identify_read_stable_tare_and_zero(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol, initial_mass=Decimal("0.00"))
    with ScaleDriver.open(sim.url, protocol) as scale:
        identity = scale.identify().result(timeout=5)
        assert identity.serial_number == "B021002593"
        assert identity.model.startswith("SIM220")
        sim.place_mass(Decimal("12.34")).result(timeout=2)
        now = scale.read_weight().result(timeout=5)
        assert now.status is WeightStatus.DYNAMIC and not now.is_stable
        stable = scale.read_stable(5.0).result(timeout=10)
        assert stable.is_stable and stable.value == Decimal("12.34") and stable.unit == "g"
        assert isinstance(stable.value, Decimal) and stable.raw.endswith(b"\r\n")
        scale.tare().result(timeout=10)
        assert scale.read_stable(5.0).result(timeout=10).value == Decimal("0.00")
        sim.place_mass(Decimal("14.74")).result(timeout=2)
        assert scale.read_stable(5.0).result(timeout=10).value == Decimal("2.40")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_accepted_weight_needs_confirmed_stable_readings(
    make_scale: MakeScale, protocol: str
) -> None:
    sim = make_scale(protocol, initial_mass=Decimal("0.00"))
    with ScaleDriver.open(sim.url, protocol) as scale:
        sim.place_mass(Decimal("2.40")).result(timeout=2)
        decision = scale.read_accepted(AcceptancePolicy(confirmations=3), 5.0).result(timeout=10)
        assert decision.accepted is not None
        assert decision.accepted.value == Decimal("2.40")
        assert decision.confirmed_count >= 3
        assert sim.became_stable_at is not None
        assert decision.accepted.received_at >= sim.became_stable_at


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_overload_and_underload_are_one_line_errors(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol)
    with ScaleDriver.open(sim.url, protocol) as scale:
        sim.place_mass(Decimal("500")).result(timeout=2)
        with pytest.raises(ScaleOverload) as overload:
            scale.read_stable(2.0).result(timeout=5)
        assert "overload" in one_line(overload.value)
        sim.place_mass(Decimal("-50")).result(timeout=2)
        assert sim.wait_for_status(WeightStatus.UNDERLOAD, 2.0)
        with pytest.raises(ScaleUnderload) as underload:
            scale.read_weight().result(timeout=5)
        assert "underload" in one_line(underload.value)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_balance_that_never_settles(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol)
    sim.set_never_settles().result(timeout=2)
    with ScaleDriver.open(sim.url, protocol) as scale:
        with pytest.raises(NoStableWeight) as error:
            scale.read_stable(0.8).result(timeout=10)
        assert "no stable weight" in one_line(error.value)
        with pytest.raises(NoStableWeight, match="moving"):
            scale.read_accepted(AcceptancePolicy(), 0.5).result(timeout=10)


def test_mtsics_s_i_is_retried_until_the_deadline(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", stable_timeout_s=0.1)
    sim.set_never_settles().result(timeout=2)
    with ScaleDriver.open(sim.url, "mt-sics") as scale, pytest.raises(NoStableWeight):
        scale.read_stable(0.5).result(timeout=10)
    assert b"".join(sim.commands_received).count(b"S\r\n") >= 3


@pytest.mark.parametrize("protocol", ["mt-sics", "and"])
def test_hardware_fault_and_general_errors(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol)
    with ScaleDriver.open(sim.url, protocol) as scale:
        sim.fail_next_command("ES" if protocol == "mt-sics" else "E01").result(timeout=2)
        with pytest.raises(ScaleFault) as refused:
            scale.read_weight().result(timeout=5)
        one_line(refused.value)
        sim.set_hardware_fault("Error 10b").result(timeout=2)
        with pytest.raises((ScaleFault, NoStableWeight)) as fault:
            scale.read_weight().result(timeout=5)
        one_line(fault.value)


def test_mtsics_hardware_fault_text_reaches_the_message(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    sim.set_hardware_fault("Error 10b").result(timeout=2)
    with (
        ScaleDriver.open(sim.url, "mt-sics") as scale,
        pytest.raises(ScaleFault, match="Error 10b"),
    ):
        scale.read_weight().result(timeout=5)


def test_power_cycle_is_heard_and_reset_is_sent_first(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("1.00"))
    heard = threading.Event()
    with ScaleDriver.open(sim.url, "mt-sics", on_power_cycle=heard.set) as scale:
        scale.read_weight().result(timeout=5)
        sim.forget_commands()
        sim.power_cycle()
        assert heard.wait(5.0)
        assert scale.read_weight().result(timeout=5).value == Decimal("1.00")
        sent = b"".join(sim.commands_received)
        assert sent.startswith(b"@\r\n") and sent.endswith(b"SI\r\n")


def test_stray_bytes_and_partial_lines_are_never_parsed(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("3.00"))
    with ScaleDriver.open(sim.url, "mt-sics") as scale:
        scale.read_weight().result(timeout=5)
        sim.inject_to_host(b"\x00\xffS S     9")  # a partial stable frame, then silence
        sim.inject_to_host(b"garbage\r\n")
        reading = scale.read_weight().result(timeout=5)
        assert reading.value == Decimal("3.00")


def test_streaming_into_a_callback_and_commands_in_between(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("5.00"))
    readings: list[ScaleReading] = []
    enough = threading.Event()

    def on_reading(reading: ScaleReading) -> None:
        readings.append(reading)
        if len(readings) >= 5:
            enough.set()

    with ScaleDriver.open(sim.url, "mt-sics") as scale:
        scale.start_streaming(on_reading).result(timeout=5)
        assert enough.wait(5.0)
        assert scale.identify().result(timeout=5).serial_number == "B021002593"
        resumed = scale.streaming  # identify() paused the stream and resumed it
        assert resumed
        scale.stop_streaming().result(timeout=5)
        assert not scale.streaming and not sim.streaming
    assert all(r.value == Decimal("5.00") for r in readings)


def test_clear_tare_mtsics_and_refusal_elsewhere(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("5.00"))
    with ScaleDriver.open(sim.url, "mt-sics") as scale:
        assert scale.tare().result(timeout=5) == Decimal("5.00")
        scale.clear_tare().result(timeout=5)
        assert scale.read_weight().result(timeout=5).value == Decimal("5.00")
    other = make_scale("and")
    with ScaleDriver.open(other.url, "and") as scale, pytest.raises(ScaleFault, match="empty pan"):
        scale.clear_tare().result(timeout=5)


def test_unplug_mid_read_then_reconnect(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", stable_timeout_s=5.0)
    sim.set_never_settles().result(timeout=2)
    errors: list[Exception] = []
    with ScaleDriver.open(sim.url, "mt-sics", on_error=errors.append) as scale:
        pending = scale.read_stable(10.0)
        assert sim.wait_for_command(b"S\r\n", 5.0)
        sim.pull_cable()
        with pytest.raises(PortGone) as gone:
            pending.result(timeout=5)
        assert "gone" in one_line(gone.value)
        sim.put_back_cable()
        sim.set_never_settles(False).result(timeout=2)
        scale.reconnect(5.0).result(timeout=10)
        assert scale.read_stable(5.0).result(timeout=10).is_stable


def test_port_held_by_another_connection_is_port_busy(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with ScaleDriver.open(sim.url, "mt-sics"), pytest.raises(PortBusy) as busy:
        ScaleDriver.open(sim.url, "mt-sics")
    assert "busy" in one_line(busy.value)


def test_no_answer_from_a_silent_port(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with ScaleDriver.open(sim.url, "mt-sics", command_deadline_s=0.3) as scale:
        scale.read_weight().result(timeout=5)
        sim.power_cycle()  # switched off for boot_time_s, then I4
        sim.boot_time_s = 60.0
        sim.power_cycle()
        with pytest.raises(NoAnswer) as silent:
            scale.read_weight().result(timeout=5)
        assert "did not answer" in one_line(silent.value)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_driver_on_a_pseudo_terminal(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol, initial_mass=Decimal("7.50"))
    with PtyBridge(sim) as bridge, ScaleDriver.open(bridge.path, protocol) as scale:
        assert scale.read_stable(5.0).result(timeout=10).value == Decimal("7.50")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_pty_unplug_mid_read_reconnect_and_busy_from_another_program(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("4.00"), stable_timeout_s=5.0)
    with PtyBridge(sim) as bridge:
        first_path = bridge.path
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import serial,sys; p=serial.Serial(sys.argv[1], exclusive=True); "
                "print('held', flush=True); sys.stdin.read()",
                first_path,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(PortBusy):
            ScaleDriver.open(first_path, "mt-sics")
        holder.stdin.close()
        holder.wait(timeout=10)

        with ScaleDriver.open(first_path, "mt-sics", locator=lambda: bridge.current_path) as scale:
            assert scale.read_weight().result(timeout=5).value == Decimal("4.00")
            sim.set_never_settles().result(timeout=2)
            pending = scale.read_stable(10.0)
            assert sim.wait_for_command(b"S\r\n", 5.0)
            sim.pull_cable()
            with pytest.raises(PortGone):
                pending.result(timeout=10)
            sim.set_never_settles(False).result(timeout=2)
            sim.put_back_cable()
            scale.reconnect(5.0).result(timeout=10)
            assert scale.read_stable(5.0).result(timeout=10).value == Decimal("4.00")


def test_probe_identifies_a_balance_and_returns_none_for_silence(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    identity = probe_scale(sim.url, "mt-sics", deadline_s=0.5)
    assert identity is not None and identity.serial_number == "B021002593"
    assert probe_scale(sim.url, "and", deadline_s=0.3) is None
    assert probe_scale("sim://nothing-here", "mt-sics", deadline_s=0.3) is None


@pytest.mark.parametrize(("protocol", "options"), [("and", {}), ("sbi", {"sbi_auto_print": True})])
def test_streaming_for_and_and_sbi_auto_print(
    make_scale: MakeScale, protocol: str, options: dict[str, bool]
) -> None:
    sim = make_scale(protocol, initial_mass=Decimal("6.00"), **options)
    readings: list[ScaleReading] = []
    enough = threading.Event()

    def on_reading(reading: ScaleReading) -> None:
        readings.append(reading)
        if len(readings) >= 4:
            enough.set()

    with ScaleDriver.open(sim.url, protocol) as scale:
        scale.start_streaming(on_reading).result(timeout=5)
        assert enough.wait(5.0)
        scale.stop_streaming().result(timeout=5)
        assert not sim.streaming
    assert all(r.value == Decimal("6.00") and r.is_stable for r in readings)
