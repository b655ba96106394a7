"""The demo's sync: its own server on loopback, a second station, and a double-dose incident."""

from __future__ import annotations

from pathlib import Path

from station.demo.day import run_demo_day
from station.demo.day_sync import DemoSync, other_station_folder
from station.demo.profile import OTHER_STATION, demo_password
from station.demo.server import server_folder
from station.services.sync_link import server_binding
from station.store.crypto import TEST_KDF
from station.store.store import Store


def test_demo_day_syncs_with_its_own_server_and_a_double_dose_becomes_an_incident(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "demo"
    sync = DemoSync(data_dir, OTHER_STATION, kdf=TEST_KDF)
    try:
        store, day, created = run_demo_day(data_dir, 5, kdf=TEST_KDF, sync=sync)
    finally:
        sync.close()
    assert created and day.doses > 0
    summary = sync.summary
    assert summary is not None and summary.own_server and summary.enrolled_now
    assert summary.online and summary.last_error is None
    assert summary.pushed >= store.head()[0], "every event of the day reached the server"
    assert summary.pulled > 0 and summary.other_station_pushed > 0
    assert [item["kind"] for item in summary.open_incidents] == ["suspected_double_dose"]
    incident = summary.open_incidents[0]
    assert incident["stations"] == sorted([store.station_id, OTHER_STATION])
    assert incident["clinic_id"] == "HAT-0005"
    nurse = store.unlock("nurse", demo_password("nurse"))
    assert store.verify(nurse.data_key).intact
    binding = server_binding(store)
    assert binding is not None and binding.url == summary.server_url
    store.close()

    # The server (which holds what stations push in clear) lives beside the station's folder.
    assert (server_folder(data_dir) / "server.db").exists()
    assert not any(path.name == "server.db" for path in data_dir.rglob("*"))
    other = Store.open(other_station_folder(data_dir))
    try:
        assert other.station_id == OTHER_STATION and other.verify().intact
    finally:
        other.close()

    # A second run starts the server on another port; the station follows it.
    again = DemoSync(data_dir, OTHER_STATION, kdf=TEST_KDF)
    try:
        store, day, created = run_demo_day(data_dir, 5, kdf=TEST_KDF, sync=again)
    finally:
        again.close()
    assert not created and again.summary is not None
    assert again.summary.online and not again.summary.enrolled_now
    assert again.summary.pushed > 0
    binding = server_binding(store)
    assert binding is not None and binding.url == again.summary.server_url
    store.close()
