"""Enrolling with a clinic's own CA over real TLS on loopback; later syncs keep using that CA.

The CA, the server certificate, the stations and staff are throwaway and fictional.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from station.services.sync_link import server_binding, server_ca_file
from station.services.sync_service import StationSync
from sync.server.service import SyncService
from tests.cli.conftest import Result, Runner, make_runner
from tests.services.sync_support import Station, new_station
from tests.sync.conftest import ServerProcess, wait_until

TECH_PASSWORD = "tech-pass-fictional"
NURSE_PASSWORD = "nurse-pass-fictional"


@dataclass(frozen=True)
class Authority:
    """A throwaway certificate authority: its certificate file and its key."""

    cert_file: Path
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _authority(folder: Path, common_name: str) -> Authority:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file = folder / f"{common_name.replace(' ', '-')}.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Authority(cert_file, key, cert)


def _server_certificate(folder: Path, authority: Authority) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost signed by ``authority``; its key file."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("sync server (fictional clinic)"))
        .issuer_name(authority.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server-cert.pem", folder / "server-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@dataclass(frozen=True)
class TlsServer:
    """``dosing-server serve`` over HTTPS, its database and the clinic CA that signed it."""

    url: str
    admin: SyncService
    clinic_ca: Path
    other_ca: Path
    process: ServerProcess


@pytest.fixture
def tls_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TlsServer]:
    monkeypatch.setenv("HAT_SERVER_KEY_FILE", str(tmp_path / "server-signing-key.pem"))
    clinic = _authority(tmp_path, "Fictional Clinic CA")
    other = _authority(tmp_path, "Some Other CA")
    cert_file, key_file = _server_certificate(tmp_path, clinic)
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    admin = SyncService(db_url)
    command = [str(Path(sys.executable).parent / "dosing-server"), "serve", "--db", db_url]
    process = ServerProcess(
        db_url,
        command=[*command, "--port", "0", "--tls-cert", str(cert_file), "--tls-key", str(key_file)],
    )
    try:
        assert process.url.startswith("https://127.0.0.1:")
        yield TlsServer(process.url, admin, clinic.cert_file, other.cert_file, process)
    finally:
        process.stop()
        admin.close()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    made = new_station(tmp_path / "st-tls", "st-tls")
    made.close()  # the command line opens it
    yield made


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    return make_runner(tmp_path / "home")


def _enroll(run: Runner, station: Station, url: str, code: str, *ca: str) -> Result:
    return run(
        "enroll",
        "--data-dir",
        str(station.data_dir),
        "--server",
        url,
        *ca,
        HAT_USER="tech",
        HAT_PASSWORD=TECH_PASSWORD,
        HAT_ENROLL_CODE=code,
    )


def _sync(run: Runner, station: Station) -> Result:
    return run(
        "sync",
        "--data-dir",
        str(station.data_dir),
        "--json",
        HAT_USER="nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
    )


def test_enroll_with_the_clinic_ca_then_sync_and_background_sync_use_it(
    tls_server: TlsServer, station: Station, run: Runner
) -> None:
    code = tls_server.admin.new_enrollment_code()
    enrolled = _enroll(run, station, tls_server.url, code, "--ca-file", str(tls_server.clinic_ca))
    assert enrolled.code == 0, enrolled.err
    assert f"checked with the CA file {tls_server.clinic_ca}" in enrolled.out

    synced = _sync(run, station)
    assert synced.code == 0, synced.err + synced.out
    body = json.loads(synced.out)
    assert body["online"] is True and body["server_url"] == tls_server.url

    station.reopen()
    try:
        assert server_ca_file(station.store) == str(tls_server.clinic_ca)
        binding = server_binding(station.store)
        assert binding is not None and binding.url == tls_server.url
        station.register()  # something new to push in the background
        background = StationSync(station.store, station.nurse, interval_s=60.0)
        try:
            background.start()
            wait_until(
                lambda: (
                    background.overview().status.rounds_completed >= 1
                    and background.overview().status.queued_events == 0
                ),
                "a background round over TLS",
            )
            assert background.overview().status.online
        finally:
            background.stop()
    finally:
        station.close()


@pytest.mark.parametrize("problem", ["missing", "not a certificate", "a folder"])
def test_a_ca_file_that_cannot_be_used_is_one_clear_line(
    tls_server: TlsServer, station: Station, run: Runner, tmp_path: Path, problem: str
) -> None:
    path = tmp_path / "clinic-ca.pem"
    if problem == "not a certificate":
        path.write_text("this is not a certificate\n")
    elif problem == "a folder":
        path.mkdir()
    code = tls_server.admin.new_enrollment_code()
    result = _enroll(run, station, tls_server.url, code, "--ca-file", str(path))
    expected = "cannot be read" if problem != "not a certificate" else "holds no certificate"
    result.one_clear_line(str(path), expected, "not enrolled")
    station.reopen()
    try:
        assert server_binding(station.store) is None
    finally:
        station.close()


@pytest.mark.parametrize("ca", ["another CA", "the system's CAs"])
def test_a_server_certificate_that_does_not_verify_is_one_clear_line(
    tls_server: TlsServer, station: Station, run: Runner, ca: str
) -> None:
    code = tls_server.admin.new_enrollment_code()
    options = ("--ca-file", str(tls_server.other_ca)) if ca == "another CA" else ()
    result = _enroll(run, station, tls_server.url, code, *options)
    result.one_clear_line("TLS certificate was not accepted", "not enrolled")
    if options:
        assert f"by the CA file {tls_server.other_ca}" in result.err
    else:
        assert "give the clinic's CA file (--ca-file)" in result.err
    station.reopen()
    try:
        assert server_binding(station.store) is None
    finally:
        station.close()


def test_a_ca_file_gone_after_enrolling_is_named_by_sync(
    tls_server: TlsServer, station: Station, run: Runner, tmp_path: Path
) -> None:
    kept = tmp_path / "kept-ca.pem"
    kept.write_bytes(tls_server.clinic_ca.read_bytes())
    code = tls_server.admin.new_enrollment_code()
    assert _enroll(run, station, tls_server.url, code, "--ca-file", str(kept)).code == 0
    kept.write_bytes(tls_server.other_ca.read_bytes())  # the file now names another CA
    replaced = _sync(run, station)
    assert replaced.code != 0
    last_error = json.loads(replaced.out)["last_error"]
    assert f"not accepted by the CA file {kept}" in last_error
    assert "dosing-station server-ca FILE" in last_error  # where an enrolled station changes it
    kept.unlink()
    gone = _sync(run, station)
    assert gone.code != 0 and "Traceback" not in gone.err
    error = json.loads(gone.out)["last_error"]
    assert str(kept) in error and "cannot be read" in error
