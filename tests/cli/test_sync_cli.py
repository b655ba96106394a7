"""``dosing-station enroll`` and ``sync`` as the installed command, against a real server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.domain.roles import Role
from station.store.crypto import TEST_KDF
from station.store.store import Store
from tests.cli.conftest import ADMIN_PASSWORD, Result, Runner
from tests.sync.conftest import InProcessServer

TECH_PASSWORD = "tech-pass-fictional"
NURSE_PASSWORD = "nurse-pass-fictional"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    running = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    yield running
    running.release()


def _profile(data_dir: Path, station_id: str) -> Path:
    store, admin, _code = Store.create(
        data_dir,
        "CLI sync counter (fictional)",
        "admin",
        "Asta Fiktiv (administrator)",
        ADMIN_PASSWORD,
        kdf=TEST_KDF,
        station_id=station_id,
    )
    store.add_user(admin, "tech", "Tage Fiktiv", frozenset({Role.TECHNICIAN}), TECH_PASSWORD)
    store.add_user(admin, "nurse", "Nanna Fiktiv", frozenset({Role.NURSE}), NURSE_PASSWORD)
    store.close()
    return data_dir


def _enroll(run: Runner, data_dir: Path, url: str, code: str, user: str = "tech") -> Result:
    password = TECH_PASSWORD if user == "tech" else NURSE_PASSWORD
    return run(
        "enroll",
        "--data-dir",
        str(data_dir),
        "--server",
        url,
        HAT_USER=user,
        HAT_PASSWORD=password,
        HAT_ENROLL_CODE=code,
    )


def _sync(run: Runner, data_dir: Path, *extra: str) -> Result:
    return run(
        "sync", "--data-dir", str(data_dir), *extra, HAT_USER="nurse", HAT_PASSWORD=NURSE_PASSWORD
    )


def test_enroll_then_sync_prints_online_and_what_moved(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    data_dir = _profile(tmp_path / "station", "st-cli-a")
    enrolled = _enroll(run, data_dir, server.url, server.service.new_enrollment_code())
    assert enrolled.code == 0, enrolled.err
    assert "Station st-cli-a enrolled with" in enrolled.out

    text = _sync(run, data_dir)
    assert text.code == 0, text.err + text.out
    assert text.out.startswith("Sync: online")
    assert "Queued events: 0" in text.out
    assert "Last error: none" in text.out
    assert "pushed" in text.out

    as_json = _sync(run, data_dir, "--json")
    assert as_json.code == 0
    body = json.loads(as_json.out)
    assert body["online"] is True and body["queued_events"] == 0
    assert body["enrolled"] is True and body["last_success"]
    station = next(s for s in server.service.list_stations() if s.station_id == "st-cli-a")
    store = Store.open(data_dir)
    try:
        assert station.highest_contiguous_seq == store.head()[0]
    finally:
        store.close()


def test_enroll_refusals_are_one_clear_line(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    data_dir = _profile(tmp_path / "station", "st-cli-b")
    wrong = _enroll(run, data_dir, server.url, "AAAA-BBBB-CCCC-DDDD")
    wrong.one_clear_line("enrollment code was not accepted")
    down = _enroll(run, data_dir, "http://127.0.0.1:9", server.service.new_enrollment_code())
    down.one_clear_line("Cannot reach the server", "not enrolled")
    nurse = _enroll(run, data_dir, server.url, server.service.new_enrollment_code(), "nurse")
    nurse.one_clear_line("technician")
    assert _enroll(run, data_dir, server.url, server.service.new_enrollment_code()).code == 0
    twice = _enroll(run, data_dir, server.url, server.service.new_enrollment_code())
    twice.one_clear_line("already enrolled")


def test_sync_before_enrollment_says_so(run: Runner, tmp_path: Path) -> None:
    data_dir = _profile(tmp_path / "station", "st-cli-c")
    result = _sync(run, data_dir)
    result.one_clear_line("not enrolled", "dosing-station enroll")


def test_server_down_prints_offline_exit_3_and_keeps_the_queue(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    data_dir = _profile(tmp_path / "station", "st-cli-d")
    assert _enroll(run, data_dir, server.url, server.service.new_enrollment_code()).code == 0
    server.stop()
    offline = _sync(run, data_dir)
    assert offline.code == 3, offline.err
    assert "Traceback" not in offline.err + offline.out
    assert offline.out.startswith("Sync: OFFLINE")
    assert "not reachable" in offline.out
    queued = int(offline.out.split("Queued events: ")[1].split()[0])
    assert queued > 0
    body = json.loads(_sync(run, data_dir, "--json").out)
    assert body["online"] is False and body["queued_events"] == queued

    again = InProcessServer(server.db_url)
    again.port = server.port
    again.start()
    try:
        back = _sync(run, data_dir)
        assert back.code == 0, back.out
        assert f"pushed {queued}," in back.out
        assert "Queued events: 0" in back.out
    finally:
        again.stop()


def test_demo_syncs_with_a_given_server_and_says_offline_when_it_is_down(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    folder = str(tmp_path / "demo")
    args = ("demo", "--headless", "--data-dir", folder, "--patients", "2", "--server", server.url)
    first = run(*args, "--json", HAT_ENROLL_CODE=server.service.new_enrollment_code())
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    synced = summary["sync"]
    assert synced["server_url"] == server.url and synced["own_server"] is False
    assert synced["online"] is True and synced["last_error"] is None
    assert synced["pushed"] == summary["events_in_log"], "the whole day reached the server"
    station = next(
        s for s in server.service.list_stations() if s.station_id == summary["station_id"]
    )
    assert station.highest_contiguous_seq == summary["events_in_log"]

    server.stop()
    second = run(*args)
    assert second.code == 0, second.err
    assert "Sync: OFFLINE" in second.out and "not reachable" in second.out
    assert "wait for the next sync" in second.out


def test_a_revoked_station_is_told_it_is_refused_exit_4(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    data_dir = _profile(tmp_path / "station", "st-cli-e")
    assert _enroll(run, data_dir, server.url, server.service.new_enrollment_code()).code == 0
    server.service.revoke_station("st-cli-e", "stolen (test)")
    refused = _sync(run, data_dir)
    assert refused.code == 4, refused.out + refused.err
    assert refused.out.startswith("Sync: REFUSED") and "Traceback" not in refused.err
    assert "revoked" in refused.out.lower()
