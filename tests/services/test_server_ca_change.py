"""An enrolled station changes its clinic CA file: checked on the live server, or nothing changes.

Real HTTPS on loopback (``dosing-server serve``), the real command line and real store files.
The CAs, server certificate, stations and staff are throwaway and fictional.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.services.sync_link import (
    CaFileProblem,
    change_server_ca,
    enroll,
    server_binding,
    server_ca_file,
)
from tests.cli.conftest import Result, Runner
from tests.services import test_sync_enroll_tls
from tests.services.sync_support import Station, new_station
from tests.services.test_sync_enroll_tls import TECH_PASSWORD, TlsServer, _enroll, _sync
from tests.sync.conftest import InProcessServer

tls_server = test_sync_enroll_tls.tls_server
station = test_sync_enroll_tls.station
run = test_sync_enroll_tls.run


def _server_ca(run: Runner, station: Station, *arguments: str, user: str = "tech") -> Result:
    passwords = {"tech": TECH_PASSWORD, "nurse": "nurse-pass-fictional"}
    return run(
        "server-ca",
        "--data-dir",
        str(station.data_dir),
        *arguments,
        HAT_USER=user,
        HAT_PASSWORD=passwords[user],
    )


def _kept_ca(station: Station) -> str | None:
    station.reopen()
    try:
        assert server_binding(station.store) is not None  # still enrolled, whatever happened
        return server_ca_file(station.store)
    finally:
        station.close()


@pytest.fixture
def enrolled(tls_server: TlsServer, station: Station, run: Runner, tmp_path: Path) -> Path:
    """The station, enrolled with a copy of the clinic CA; returns that copy's path."""
    first = tmp_path / "clinic-ca-2026.pem"
    first.write_bytes(tls_server.clinic_ca.read_bytes())
    code = tls_server.admin.new_enrollment_code()
    result = _enroll(run, station, tls_server.url, code, "--ca-file", str(first))
    assert result.code == 0, result.err
    return first


def test_a_new_ca_bundle_that_verifies_the_server_is_kept_recorded_and_used(
    tls_server: TlsServer, station: Station, run: Runner, enrolled: Path, tmp_path: Path
) -> None:
    # The clinic rotates its CA: the new bundle holds the next CA and the current one.
    renewed = tmp_path / "clinic-ca-bundle-2027.pem"
    renewed.write_bytes(tls_server.other_ca.read_bytes() + tls_server.clinic_ca.read_bytes())
    changed = _server_ca(run, station, str(renewed))
    assert changed.code == 0, changed.err
    assert f"checked with the CA file {renewed}" in changed.out
    assert _kept_ca(station) == str(renewed)

    enrolled.unlink()  # the old file is gone: sync must not need it any more
    synced = _sync(run, station)
    assert synced.code == 0, synced.err + synced.out
    assert json.loads(synced.out)["online"] is True
    assert json.loads(synced.out)["ca_file"] == str(renewed)
    shown = run(
        "sync",
        "--data-dir",
        str(station.data_dir),
        HAT_USER="nurse",
        HAT_PASSWORD="nurse-pass-fictional",
    )
    assert f"Server certificate checked with: {renewed}" in shown.out, shown.out + shown.err

    station.reopen()
    try:
        recorded = [
            {key: value for key, value in event.payload.items() if key != "salt"}
            for event in station.store.events_after(station.tech, 0)
            if event.type == "station.server_ca_changed"
        ]
        assert recorded == [
            {
                "server_url": tls_server.url,
                "ca_file": str(renewed),
                "previous_ca_file": str(enrolled),
                "by": station.tech.user.user_id,
            }
        ]
        assert station.store.verify(station.tech.data_key).intact
    finally:
        station.close()


@pytest.mark.parametrize("choice", ["another CA", "the system's CAs"])
def test_a_ca_that_does_not_verify_the_server_changes_nothing(
    tls_server: TlsServer, station: Station, run: Runner, enrolled: Path, choice: str
) -> None:
    arguments = (str(tls_server.other_ca),) if choice == "another CA" else ("--system",)
    result = _server_ca(run, station, *arguments)
    result.one_clear_line("TLS certificate was not accepted", "Nothing was changed")
    assert _kept_ca(station) == str(enrolled)
    assert _sync(run, station).code == 0  # the station still syncs with the CA it had


def test_an_unreachable_server_changes_nothing(
    tls_server: TlsServer, station: Station, run: Runner, enrolled: Path
) -> None:
    tls_server.process.stop()
    result = _server_ca(run, station, str(tls_server.clinic_ca))
    result.one_clear_line("Cannot reach the server", "Nothing was changed")
    assert _kept_ca(station) == str(enrolled)


def test_an_unusable_file_is_refused_before_signing_in(
    station: Station, run: Runner, enrolled: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    result = _server_ca(run, station, str(junk))
    result.one_clear_line(str(junk), "holds no certificate", "Nothing was changed")
    assert _kept_ca(station) == str(enrolled)


def test_only_a_technician_or_administrator_may_change_it(
    tls_server: TlsServer, station: Station, run: Runner, enrolled: Path
) -> None:
    result = _server_ca(run, station, str(tls_server.clinic_ca), user="nurse")
    result.one_clear_line("role")
    assert _kept_ca(station) == str(enrolled)


def test_a_station_not_enrolled_is_told_to_enroll(
    tls_server: TlsServer, run: Runner, tmp_path: Path
) -> None:
    lone = new_station(tmp_path / "st-lone", "st-lone")
    lone.close()
    result = _server_ca(run, lone, str(tls_server.clinic_ca))
    result.one_clear_line("not enrolled")


def test_the_command_wants_a_file_or_system(station: Station, run: Runner) -> None:
    for arguments in ((), ("ca.pem", "--system")):
        result = _server_ca(run, station, *arguments)
        assert result.code == 2 and "either" in result.err


def test_a_station_enrolled_over_http_has_no_certificate_to_change(
    tmp_path: Path, tls_server: TlsServer
) -> None:
    server = InProcessServer(f"sqlite:///{tmp_path / 'plain.db'}").start()
    plain = new_station(tmp_path / "st-plain", "st-plain")
    try:
        assert server.service is not None
        enroll(plain.store, plain.tech, server.url, server.service.new_enrollment_code())
        with pytest.raises(CaFileProblem, match=r"is not https://.*Nothing was changed"):
            change_server_ca(plain.store, plain.tech, tls_server.clinic_ca)
        assert server_ca_file(plain.store) is None
        binding = server_binding(plain.store)
        assert binding is not None and binding.url == server.url
    finally:
        plain.close()
        server.stop()
