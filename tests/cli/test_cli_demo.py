"""``dosing-station demo --headless``: a scripted clinic day, and nothing identifying on disk.

The demo runs twice on one folder (module-scoped: each run weighs every dose on a simulated
balance in real time, so the runs are shared by the tests below).
"""

from __future__ import annotations

import json
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import DEMO_IN_BACKGROUND, Result, make_runner

PATIENTS = 3


@dataclass(frozen=True)
class DemoRuns:
    data_dir: Path
    first: dict[str, Any]
    second: dict[str, Any]
    files_after_first: dict[str, bytes]
    verify_after_second: Result


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def run_demo_twice(base: Path) -> DemoRuns:
    """Run the demo on a new folder, snapshot its files, run it again, verify the audit."""
    run = make_runner(base / "home")
    data_dir = base / "D"
    args = ("demo", "--headless", "--data-dir", str(data_dir), "--patients", str(PATIENTS))
    first = run(*args, "--json")
    assert first.code == 0, first.err
    files_after_first = _files(data_dir)
    second = run(*args, "--json")
    assert second.code == 0, second.err
    verify = run("audit", "verify", "--data-dir", str(data_dir))
    return DemoRuns(
        data_dir, json.loads(first.out), json.loads(second.out), files_after_first, verify
    )


@pytest.fixture(scope="module")
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> DemoRuns:
    # Started in the background when the session began (see conftest.py): the demo mostly
    # waits on its simulated balance, so the other command-line tests run meanwhile.
    started = request.config.stash.get(DEMO_IN_BACKGROUND, None)
    if started is not None:
        return started.result(timeout=300)
    return run_demo_twice(tmp_path_factory.mktemp("demo"))


def test_summary_counts_the_clinic_day(demo: DemoRuns) -> None:
    summary = demo.first
    assert summary["profile_created"] is True
    assert summary["data_dir"] == str(demo.data_dir)
    day = summary["day"]
    assert day["day_number"] == 0
    assert 0 < day["visits"] <= 2 * PATIENTS
    assert 0 < day["doses"] <= day["visits"]
    # Demo patient 3 carries a stop-dose flag: at least one block, and it says why.
    assert day["blocked"] >= 1
    assert day["block_reasons"].get("stop_dose.set", 0) >= 1
    assert day["observations_closed"] == day["doses"]
    assert summary["audit"] == {
        "intact": True,
        "checked": summary["events_in_log"],
        "problem": None,
    }
    assert summary["devices"] and summary["sync"]


def test_summary_lists_the_fictional_patients(demo: DemoRuns) -> None:
    patients = demo.first["patients"]
    assert len(patients) == PATIENTS
    assert [p["clinic_id"] for p in patients] == [f"HAT-{n:04d}" for n in range(1, PATIENTS + 1)]
    for patient in patients:
        assert patient["given_name"] and patient["family_name"]
        assert len(patient["birth_date"]) == 10 and patient["birth_date"][4] == "-"
    assert demo.second["patients"] == patients


def _needles(patients: list[dict[str, str]]) -> list[bytes]:
    needles = [b"Demo assessment."]
    for patient in patients:
        needles.append(patient["birth_date"].encode())
        for name in (patient["given_name"], patient["family_name"]):
            raw = name.encode()
            # Short names (e.g. "Per") could turn up in random ciphertext by chance; in clear
            # they would be stored as JSON strings, so look for them with their quotes.
            needles.append(raw if len(raw) >= 6 else b'"' + raw + b'"')
    return needles


def test_no_name_birth_date_or_note_is_readable_on_disk(demo: DemoRuns) -> None:
    for snapshot in (demo.files_after_first, _files(demo.data_dir)):
        assert "station.db" in snapshot
        for name, content in snapshot.items():
            for needle in _needles(demo.first["patients"]):
                assert needle not in content, f"{needle!r} readable in {name}"


def test_the_needles_would_be_found_if_stored_in_clear(demo: DemoRuns, tmp_path: Path) -> None:
    # Guard for the test above: the same search finds the data when it is written in clear.
    clear = tmp_path / "clear.db"
    clear.write_bytes(json.dumps(demo.first["patients"], ensure_ascii=False).encode())
    content = clear.read_bytes() + b"Demo assessment."
    assert all(needle in content for needle in _needles(demo.first["patients"]))


def test_second_run_carries_on_with_the_next_clinic_day(demo: DemoRuns) -> None:
    first, second = demo.first, demo.second
    assert second["profile_created"] is False
    assert second["station_id"] == first["station_id"]
    assert second["day"]["day_number"] == first["day"]["day_number"] + 1
    assert second["day"]["clinic_date"] > first["day"]["clinic_date"]
    assert second["events_in_log"] > first["events_in_log"]
    assert second["audit"]["intact"] is True
    assert second["audit"]["checked"] == second["events_in_log"]


def test_audit_verify_after_two_demo_days(demo: DemoRuns) -> None:
    result = demo.verify_after_second
    assert result.code == 0, result.err
    assert f"Audit trail intact: {demo.second['events_in_log']} records checked" in result.out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_demo_folders_are_readable_by_their_owner_only(demo: DemoRuns) -> None:
    """After two demo days with sync: every folder 0700, every file 0600 (issue 14)."""
    folders = [demo.data_dir.with_name(demo.data_dir.name + end) for end in ("", "-server")]
    folders.append(demo.data_dir.with_name(demo.data_dir.name + "-station-2"))
    assert all(folder.is_dir() for folder in folders), folders
    too_open = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            expected = 0o700 if path.is_dir() else 0o600
            if stat.S_IMODE(path.stat().st_mode) != expected:
                too_open.append(f"{path} {oct(stat.S_IMODE(path.stat().st_mode))}")
    assert too_open == []
