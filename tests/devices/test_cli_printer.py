"""``dosing-station devices`` printer and scanner commands against simulators (sim:// and pty)."""

from __future__ import annotations

import importlib.util
import json
import os
import select
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from devices.drivers.printer import LabelPrinter
from devices.drivers.scanner import read_scan_line
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scanner import SimulatedScanner
from devices.transport import LinePort, SerialSettings
from station.cli import main
from station.cli.devices.scanner import typed_to_scan_text

FAST = ["--baud", "115200"]


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, ["devices", *arguments])


@pytest.fixture
def sim() -> Iterator[SimulatedPrinter]:
    with SimulatedPrinter(unique_name("printer"), SerialSettings(115200)) as device:
        yield device


def test_print_test_sends_the_demo_label(sim: SimulatedPrinter, tmp_path: Path) -> None:
    preview = tmp_path / "label.png"
    result = run("print-test", "--port", sim.url, *FAST, "--preview", str(preview))
    assert result.exit_code == 0, result.output
    assert "test label printed: " in result.stdout
    assert preview.read_bytes().startswith(b"\x89PNG")
    assert sim.wait_for_labels(1, 2.0)
    assert "Patient DEMO-0042" in sim.labels[-1].texts


def test_print_test_preview_only(tmp_path: Path) -> None:
    preview = tmp_path / "only.png"
    result = run("print-test", "--preview", str(preview))
    assert result.exit_code == 0
    assert preview.exists()
    has_encoder = importlib.util.find_spec("ppf") is not None
    assert ("note: DataMatrix drawn as a QR-code stand-in" in result.stderr) is not has_encoder


def test_print_test_needs_port_or_preview() -> None:
    result = run("print-test")
    assert result.exit_code == 2


def test_printer_status_json(sim: SimulatedPrinter) -> None:
    result = run("printer-status", "--port", sim.url, *FAST, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["ready"] is True and data["faults"] == []
    assert data["raw"].startswith("\x02")


@pytest.mark.parametrize(
    ("state", "line"),
    [
        ({"paper_out": True}, "error: printer did not answer — check power, paper and head"),
        ({"silent": True}, "error: printer did not answer — check power, paper and head"),
        (
            {"head_open": True, "answers_when_faulted": True},
            "error: printer not ready: head open (close the print head)",
        ),
        ({"paused": True}, "error: printer not ready: paused (press pause to resume)"),
    ],
)
def test_printer_faults_exit_with_one_line(
    sim: SimulatedPrinter, state: dict[str, bool], line: str
) -> None:
    sim.set_state(**state).result(1.0)
    for command in ("printer-status", "print-test"):
        result = run(command, "--port", sim.url, *FAST, "--status-timeout", "0.2")
        assert result.exit_code == 1
        assert result.stderr.strip().splitlines()[-1] == line
    assert sim.labels_received == 0


def test_printer_status_json_still_printed_when_not_ready(sim: SimulatedPrinter) -> None:
    sim.set_state(paper_out=True, answers_when_faulted=True).result(1.0)
    result = run("printer-status", "--port", sim.url, *FAST, "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["faults"] == ["paper out"]
    assert result.stderr.strip() == "error: printer not ready: paper out (load labels)"


def test_port_busy_and_gone(sim: SimulatedPrinter) -> None:
    with LabelPrinter(sim.url, SerialSettings(115200)):
        result = run("printer-status", "--port", sim.url, *FAST)
    assert result.exit_code == 1 and "busy" in result.stderr
    result = run("printer-status", "--port", "sim://no-such-printer", *FAST)
    assert result.exit_code == 1 and "cannot be opened" in result.stderr


# ---------------------------------------------------------------------------------- scanner


def _scan_later(device: SimulatedScanner, text: str, symbology: str) -> None:
    """Have the simulated scanner send ``text`` shortly after the command has opened the port.

    A timer from now alone raced the command's start on a busy machine (the scan went out
    before the port was open, and the command timed out with nothing on stdout).
    """

    def scan() -> None:
        device.scan(text, symbology)

    def when_connected() -> None:
        if device.wait_for_connection(30):
            device.call_later(0.1, scan)

    threading.Thread(target=when_connected, daemon=True).start()


def test_scan_command_shows_fields() -> None:
    with SimulatedScanner(unique_name("scanner"), SerialSettings(115200)) as device:
        _scan_later(device, "0104150123456782172506301" + "0L1\x1d21S9", "]d2")
        result = run("scan", "--port", device.url, *FAST, "--timeout", "5")
    assert result.exit_code == 0, result.output
    assert "text: 01041501234567821725063010L1<GS>21S9" in result.stdout
    assert "symbology: ]d2 (GS1 DataMatrix)" in result.stdout
    assert "batch: L1" in result.stdout and "expiry: 2025-06-30" in result.stdout


def test_scan_command_json_and_plain_text() -> None:
    with SimulatedScanner(unique_name("scanner"), SerialSettings(115200)) as device:
        _scan_later(device, "DEMO-CARD-0042", "]Q1")
        result = run("scan", "--port", device.url, *FAST, "--json", "--timeout", "5")
    data = json.loads(result.stdout)
    assert (data["text"], data["symbology"], data["pack"]) == ("DEMO-CARD-0042", "]Q1", None)


def test_scan_command_times_out() -> None:
    with SimulatedScanner(unique_name("scanner"), SerialSettings(115200)) as device:
        result = run("scan", "--port", device.url, *FAST, "--timeout", "0.2")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: no scan on {device.url} within 0.2 s"


def test_typed_controls() -> None:
    assert typed_to_scan_text("[)><RS>06<GS>9N1<RS><EOT>") == "[)>\x1e06\x1d9N1\x1e\x04"


# ---------------------------------------------------------------------------------- simulate (pty)


def _start(*arguments: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from station.cli import main; main()",
            "devices",
            "simulate",
            *arguments,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 20.0)
    assert ready, "the simulator printed no path"
    path = process.stdout.readline().strip()
    assert path.startswith("/dev/"), path
    return process, path


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(10.0)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_simulate_printer_on_a_pty() -> None:
    process, path = _start("printer", "--print-time", "0", "--seconds", "60")
    try:
        with LabelPrinter(path, SerialSettings(9600)) as printer:
            assert printer.status().ready
    finally:
        _stop(process)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_simulate_printer_head_open_says_nothing() -> None:
    process, path = _start("printer", "--head-open", "--seconds", "60")
    try:
        result = run("printer-status", "--port", path, "--status-timeout", "0.3")
        assert result.exit_code == 1
        assert "printer did not answer" in result.stderr
    finally:
        _stop(process)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_simulate_scanner_scans_stdin_lines() -> None:
    process, path = _start("scanner", "--symbology", "]d2", "--seconds", "60")
    try:
        assert process.stdin is not None
        # Open the port before the scan is sent: opening flushes bytes already waiting, which
        # would cut the front off the line (a real scanner does not wait for the reader either).
        with LinePort(path, SerialSettings()) as port:
            process.stdin.write("0104150123456782<GS>21X\n")
            process.stdin.flush()
            scan = read_scan_line(port, b"\r", 10.0)
        assert scan is not None
    finally:
        _stop(process)
    assert (scan.symbology, scan.text) == ("]d2", "0104150123456782\x1d21X")
