"""``dosing-station devices …`` scale commands against simulated balances (in-process and pty)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from devices.sim.scale import SimulatedScale
from devices.transport import open_port
from station.cli import main

pytestmark = pytest.mark.timeout(60)

MakeScale = Callable[..., SimulatedScale]
COMMAND = str(Path(sys.executable).with_name("dosing-station"))


def run(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["devices", *arguments])
    return result.exit_code, result.stdout, result.stderr


def test_read_weight_stable_json_keeps_decimals(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("2.40"))
    code, out, _ = run("read-weight", "--port", sim.url, "--stable", "--json")
    assert code == 0
    data = json.loads(out)
    assert data == {
        "value": "2.40",
        "unit": "g",
        "status": "stable",
        "stable": True,
        "raw": "S S       2.40 g\r\n",
    }


@pytest.mark.parametrize("protocol", ["mt-sics", "sbi", "and"])
def test_identify_zero_tare_per_protocol(make_scale: MakeScale, protocol: str) -> None:
    sim = make_scale(protocol, initial_mass=Decimal("1.00"))
    code, out, _ = run("identify", "--port", sim.url, "--protocol", protocol)
    assert code == 0 and "B021002593" in out
    assert run("tare", "--port", sim.url, "--protocol", protocol)[0] == 0
    assert run("zero", "--port", sim.url, "--protocol", protocol)[0] == 0
    code, out, _ = run("read-weight", "--port", sim.url, "--protocol", protocol, "--stable")
    assert code == 0 and out.startswith("0.00 g")


def test_overload_is_one_line_and_non_zero(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("999"))
    code, out, err = run("read-weight", "--port", sim.url, "--stable")
    assert code == 1 and out == ""
    assert err.startswith("error: scale overloaded") and err.count("\n") == 1


def test_never_settling_balance_is_one_line(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    sim.set_never_settles().result(timeout=2)
    code, _, err = run("read-weight", "--port", sim.url, "--stable", "--deadline", "0.5")
    assert code == 1 and "no stable weight" in err and err.count("\n") == 1


def test_busy_and_gone_ports(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    with open_port(sim.url, sim.settings):
        code, _, err = run("read-weight", "--port", sim.url)
    assert code == 1 and "busy" in err and err.count("\n") == 1
    code, _, err = run("read-weight", "--port", "sim://no-such-scale")
    assert code == 1 and "cannot be opened" in err and err.count("\n") == 1


def test_no_answer_with_wrong_settings(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics")
    code, _, err = run("read-weight", "--port", sim.url, "--baud", "19200")
    assert code == 1 and "did not answer" in err


def test_monitor_shows_raw_traffic(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("3.00"))
    code, out, _ = run("monitor", "--port", sim.url, "--seconds", "0.3", "--send", "SI")
    assert code == 0
    assert "-> 53 49 0d 0a" in out and "|SI..|" in out
    assert "<-" in out and "|S S       3.00 g..|" in out


def test_ports_json_is_a_list() -> None:
    code, out, _ = run("ports", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_bad_serial_settings_are_a_usage_error() -> None:
    code, _, err = run("read-weight", "--port", "sim://x", "--baud", "0")
    assert code == 2 and "baud" in err


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_simulate_scale_prints_a_pty_path_other_programs_can_read(tmp_path: Path) -> None:
    simulator = subprocess.Popen(
        [
            COMMAND,
            "devices",
            "simulate",
            "scale",
            "--mass",
            "5.50",
            "--seed",
            "1",
            "--seconds",
            "20",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert simulator.stdout is not None
        path = simulator.stdout.readline().decode().strip()
        assert path.startswith("/dev/")
        reader = subprocess.run(
            [COMMAND, "devices", "read-weight", "--port", path, "--stable", "--json"],
            capture_output=True,
            timeout=30,
            check=False,
        )
        assert reader.returncode == 0, reader.stderr
        assert json.loads(reader.stdout)["value"] == "5.50"
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)


def test_tare_survives_the_next_command(make_scale: MakeScale) -> None:
    sim = make_scale("mt-sics", initial_mass=Decimal("8.00"))
    code, out, _ = run("tare", "--port", sim.url)
    assert code == 0 and out.strip() == "tared 8.00"
    code, out, _ = run("read-weight", "--port", sim.url, "--stable")
    assert code == 0 and out.startswith("0.00 g")
