"""The diagnostics bundle never captures what was scanned or printed: lengths and hashes only.

A card scan, a pack scan and a printed label go through the real serial drivers to the demo's
simulated scanner and printer, with the technician's capture on; the bundle is written into
the data folder. Then every file in the data folder, and every file inside the zip, is
searched for the patient's names, clinic id (as text, hex and inside base64), birth date, the
card's text and each of its segments, and the pack code.
"""

from __future__ import annotations

import base64
import contextlib
import re
import sqlite3
import stat
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from devices.capture import HexDump, ScanFrames, TrafficRecorder, ZplFields
from devices.drivers.printer import LabelPrinter
from devices.drivers.scanner import SerialScanner
from devices.protocols.zpl import DataMatrixCode, Label, LabelSize, TextField
from devices.readings import Scan
from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scanner import SimulatedScanner
from station.demo.profile import create_demo_profile, demo_card_text, demo_password
from station.services.counter import CounterService
from station.services.technician import TechnicianService
from station.store.crypto import TEST_KDF
from station.store.store import Store

GS = "\x1d"
PACK = f"0104150123456782{GS}10LOTFICT7{GS}17310630{GS}21SERIALFICT0042"


@dataclass
class Captured:
    """What the technician's monitors kept while a card, a pack and a label went by."""

    store: Store
    needles: dict[str, bytes]
    scanner: TrafficRecorder
    printer: TrafficRecorder
    scans: list[Scan]


def _needles(store: Store) -> dict[str, bytes]:
    nurse = store.unlock("nurse", demo_password("nurse"))
    patient = CounterService(store).roster(nurse)[0]
    card = demo_card_text(store, patient)
    clinic_id = patient.clinic_id.encode()
    needles = {
        "clinic id": clinic_id,
        "clinic id in hex": clinic_id.hex().encode(),
        "clinic id in spaced hex": clinic_id.hex(" ").encode(),
        "clinic id in base64": base64.b64encode(clinic_id).rstrip(b"=")[:8],
        "given name": patient.given_name.encode(),
        "family name": patient.family_name.encode(),
        "birth date": patient.birth_date.isoformat().encode(),
        "birth date (d.m.y)": patient.birth_date.strftime("%d.%m.%Y").encode(),
        "card text": card.encode(),
        "pack code": PACK.encode(),
        "pack lot": b"LOTFICT7",
        "pack serial": b"SERIALFICT0042",
    }
    for number, segment in enumerate(card.split(".")):
        if len(segment) >= 8:
            needles[f"card segment {number}"] = segment.encode()
            needles[f"card segment {number} in hex"] = segment.encode().hex().encode()
    return needles


def _label(needles: dict[str, bytes], name: str) -> Label:
    clinic_id = needles["clinic id"].decode()
    return Label(
        LabelSize.from_mm(57, 32),
        (
            TextField(16, 16, f"Patient {clinic_id} ~ {name}", height=28),  # ~ needs ^FH
            TextField(16, 56, needles["birth date (d.m.y)"].decode(), height=28),
            DataMatrixCode(346, 104, f"D=dose-fict-1;P={clinic_id}", module=3),
        ),
    )


def _capture(
    store: Store, scanner_redactor: ScanFrames | HexDump, printer_redactor: ZplFields | HexDump
) -> Captured:
    needles = _needles(store)
    nurse = store.unlock("nurse", demo_password("nurse"))
    patient = CounterService(store).roster(nurse)[0]
    scanner_sim = SimulatedScanner(unique_name("diag-scanner"))
    printer_sim = SimulatedPrinter(unique_name("diag-printer"), print_time_s=0.0)
    scanner = TrafficRecorder(scanner_redactor)
    printer = TrafficRecorder(printer_redactor)
    scans: list[Scan] = []
    three = threading.Event()

    def on_scan(scan: Scan) -> None:
        scans.append(scan)
        if len(scans) == 3:
            three.set()

    with scanner_sim, printer_sim:
        with SerialScanner(scanner_sim.url, on_scan, capture=scanner.capture):
            card = needles["card text"].decode()
            scanner_sim.scan(card, "]Q1")
            scanner_sim.scan(PACK, "]d2")
            scanner_sim.scan(card, "]Q1")
            assert three.wait(10), "the scanner did not deliver the three scans"
        with LabelPrinter(printer_sim.url, capture=printer.capture) as label_printer:
            label_printer.print_label(
                _label(needles, f"{patient.given_name} {patient.family_name}")
            )
    return Captured(store, needles, scanner, printer, scans)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    store = create_demo_profile(tmp_path / "demo", patients=3, kdf=TEST_KDF)
    yield store
    with contextlib.suppress(sqlite3.ProgrammingError):  # the test closed it already
        store.close()


def _write_bundle(captured: Captured) -> Path:
    store = captured.store
    technician = store.unlock("technician", demo_password("technician"))
    target = store.data_dir / "diagnostics-bundle.zip"  # in the data folder: searched too
    traffic = {
        "scanner": list(captured.scanner.lines) + captured.scanner.drain(flush=True),
        "printer": list(captured.printer.lines) + captured.printer.drain(flush=True),
    }
    return TechnicianService(store).diagnostics_bundle(technician, target, traffic=traffic)


_HEX_COLUMN = re.compile(rb"((?:[0-9a-f]{2} )*[0-9a-f]{2})  \|")
_TEXT_COLUMN = re.compile(rb"\|(.*)\|\s*$", re.MULTILINE)


def _views(content: bytes) -> list[bytes]:
    """The content, and what a reader could put together from a capture's chunk lines:
    the text columns joined, and the bytes of the hex columns joined."""
    views = [content]
    texts = _TEXT_COLUMN.findall(content)
    if texts:
        views.append(b"".join(texts))
    hexes = _HEX_COLUMN.findall(content)
    if hexes:
        views.append(bytes.fromhex(b"".join(h.replace(b" ", b"") for h in hexes).decode()))
    return views


def _found(captured: Captured, bundle: Path) -> dict[str, list[str]]:
    """Where each needle turns up: files of the data folder, and files inside the bundle."""
    captured.store.close()
    in_folder: dict[str, bytes] = {}
    for path in sorted(captured.store.data_dir.rglob("*")):
        if path.is_file():
            in_folder[str(path.relative_to(captured.store.data_dir))] = path.read_bytes()
    in_bundle: dict[str, bytes] = {}
    with zipfile.ZipFile(bundle) as opened:
        for name in opened.namelist():
            in_bundle[f"{bundle.name}!{name}"] = opened.read(name)
    found: dict[str, list[str]] = {}
    for what, needle in captured.needles.items():
        for name, content in in_bundle.items():
            if any(needle.lower() in view.lower() for view in _views(content)):
                found.setdefault(what, []).append(name)
        # In the encrypted database a short name could turn up in random bytes by chance; in
        # clear it would be stored as a JSON string, so look for it with its quotes there.
        strict = needle if len(needle) >= 6 else b'"' + needle + b'"'
        for name, content in in_folder.items():
            if any(strict.lower() in view.lower() for view in _views(content)):
                found.setdefault(what, []).append(name)
    return found


def test_no_scanned_or_printed_payload_reaches_the_disk_or_the_bundle(demo: Store) -> None:
    captured = _capture(demo, ScanFrames(), ZplFields())
    assert [scan.symbology for scan in captured.scans] == ["]Q1", "]d2", "]Q1"]
    # What the technician's monitors show holds none of it either (before any scrub).
    shown = "\n".join(
        captured.scanner.drain(flush=True) + captured.printer.drain(flush=True)
    ).encode()
    leaked = [what for what, needle in captured.needles.items() if needle.lower() in shown.lower()]
    assert leaked == []
    bundle = _write_bundle(captured)
    assert _found(captured, bundle) == {}
    # Only the station's own files and the bundle: no capture was left beside them.
    left = {path.name for path in demo.data_dir.iterdir()}
    assert left <= {
        "station.db",
        "station.db-wal",
        "station.db-shm",
        "station.head",  # the sealed head noted beside the file: sequence, hash, MAC
        "diagnostics-bundle.zip",
    }


def test_the_bundle_still_tells_support_what_went_by(demo: Store) -> None:
    captured = _capture(demo, ScanFrames(), ZplFields())
    bundle = _write_bundle(captured)
    with zipfile.ZipFile(bundle) as opened:
        scanner = opened.read("traffic/scanner.txt").decode()
        printer = opened.read("traffic/printer.txt").decode()
    scans = [line for line in scanner.splitlines() if " scan: " in line]
    assert len(scans) == 3
    card_length = len(captured.needles["card text"])
    assert f"scan: {card_length} bytes, AIM ]Q1" in scans[0]
    assert f"scan: {len(PACK)} bytes, AIM ]d2, 3 control character(s)" in scans[1]
    # The same card twice: the same hash (one capture's key), the pack another one.
    hashes = [line.rsplit("hash ", 1)[1] for line in scans]
    assert hashes[0] == hashes[2] != hashes[1]
    # The label's commands are there; its field data only as length and hash.
    assert "^XA" in printer and "^XZ" in printer and "^FO16,16" in printer
    assert printer.count("<field: ") == 3 and "^FD<field: " in printer


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_bundle_is_readable_by_its_owner_only(demo: Store) -> None:
    bundle = _write_bundle(_capture(demo, ScanFrames(), ZplFields()))
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600


def test_the_search_finds_a_capture_that_keeps_the_bytes(demo: Store) -> None:
    """Guard: without the redacting capture, the same search finds the card and the pack.

    The service's scrub of the roster's terms (text, hex, base64) cannot be enough on its own:
    a capture's chunk lines split the card's base64, and the clinic id inside it is read back
    by joining them.
    """
    captured = _capture(demo, HexDump(), HexDump())
    found = _found(captured, _write_bundle(captured))
    assert "clinic id" not in found  # as text, the scrub catches it
    assert {"card text", "clinic id in base64", "pack lot", "pack serial"} <= set(found)
