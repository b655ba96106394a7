"""The administrator's commands: reinstate a suspended station, revoke a card, the signing key
file, and one clear line (non-zero exit) for a bad or unreachable database."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select

from sync.client.errors import StationRefused
from sync.server import schema
from sync.server.cli import main as server_cli
from sync.server.db import write_transaction
from sync.server.service import SyncService
from tests.sync.conftest import InProcessServer, copy_file, open_station

PATIENTS_CSV = "patient_id,clinic_id,given_name,family_name\nP-001,clinic-1,Robin,Testperson\n"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(server_cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _ok(*args: str) -> str:
    code, out, err = _run(*args)
    assert code == 0, err or out
    return out


def test_suspended_station_is_reinstated_with_a_recorded_reason(
    server: InProcessServer, make_station
) -> None:
    a = make_station(server, "st-a")
    a.replica.record("observation.started", {"n": 0})
    a.sync()
    copy_path = a.replica.path + ".copy"
    copy_file(a.replica.path, copy_path)
    clone = open_station(copy_path, server.url)
    a.replica.record("observation.started", {"n": 1})
    clone.replica.record("observation.started", {"n": "clone"})
    a.sync()
    with pytest.raises(StationRefused):
        clone.sync()
    clone.transport.close()
    with pytest.raises(StationRefused) as refused:
        a.sync()
    assert refused.value.code == "station_suspended"

    code, _out, err = _run("stations", "reinstate", "st-a", "--db", server.db_url)
    assert code != 0 and "--reason" in err
    out = _ok(
        "stations", "reinstate", "st-a", "--db", server.db_url,
        "--reason", "copy on the spare laptop wiped; checked by IT (J. Doe)",
    )  # fmt: skip
    assert "st-a reinstated" in out

    rows = json.loads(_ok("stations", "list", "--json", "--db", server.db_url))
    row = next(r for r in rows if r["station_id"] == "st-a")
    assert row["status"] == "active" and row["status_reason"] == ""
    reinstated = [alert for alert in row["alerts"] if alert["kind"] == "reinstated"]
    assert reinstated[0]["detail"]["reason"].startswith("copy on the spare laptop wiped")
    assert "diverging" in reinstated[0]["detail"]["suspension"]
    a.replica.record("observation.started", {"n": 2})
    report = a.sync()  # the genuine station works again
    assert (report.pushed, report.server_highest_seq) == (1, 3)

    code, _out, err = _run("stations", "reinstate", "st-a", "--db", server.db_url, "--reason", "x")
    assert code == 1 and err.strip() == "error: This station is not suspended."
    code, _out, err = _run("stations", "reinstate", "nope", "--db", server.db_url, "--reason", "x")
    assert code == 1 and err.strip() == "error: No station with this id."


def test_revoked_station_cannot_be_reinstated(server: InProcessServer, make_station) -> None:
    make_station(server, "st-a")
    _ok("stations", "revoke", "st-a", "--db", server.db_url, "--reason", "stolen")
    code, _out, err = _run("stations", "reinstate", "st-a", "--db", server.db_url, "--reason", "x")
    assert code == 1 and "Enroll it again" in err
    rows = json.loads(_ok("stations", "list", "--json", "--db", server.db_url))
    assert rows[0]["status"] == "revoked"


def test_card_revoked_from_the_command_line_reaches_the_stations(
    server: InProcessServer, make_station, tmp_path: Path
) -> None:
    a = make_station(server, "st-a")
    (tmp_path / "p.csv").write_text(PATIENTS_CSV)
    _ok("patients", "import", str(tmp_path / "p.csv"), "--db", server.db_url)
    card = json.loads(
        _ok("issue-card", "P-001", "--out", str(tmp_path / "c.png"), "--db", server.db_url)
    )
    serial = card["payload"]["serial"]
    a.sync()
    assert not [e for e in a.replica.pulled() if e["type"] == "card.revoked"]

    code, _out, err = _run("cards", "revoke", serial, "--db", server.db_url)
    assert code != 0 and "--reason" in err
    assert f"card {serial} revoked" in _ok(
        "cards", "revoke", serial, "--reason", "lost on the bus", "--db", server.db_url
    )
    a.sync()
    revoked = [e["payload"] for e in a.replica.pulled() if e["type"] == "card.revoked"]
    assert [(p["serial"], p["reason"]) for p in revoked] == [(serial, "lost on the bus")]

    code, _out, err = _run("cards", "revoke", "0000", "--reason", "x", "--db", server.db_url)
    assert code == 1 and err.strip() == "error: No card with this serial."


COMMANDS = [
    ["stations", "list"],
    ["stations", "revoke", "st-x"],
    ["stations", "reinstate", "st-x", "--reason", "checked"],
    ["cards", "revoke", "0000", "--reason", "lost"],
    ["enroll-station"],
    ["incidents", "list"],
    ["serve", "--port", "0"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("nonsense://somewhere/db", "error: --db is not a database URL this server understands"),
        (
            "postgresql+psycopg://postgres@127.0.0.1:1/test",
            "error: cannot open the database postgresql+psycopg://postgres@127.0.0.1:1/test",
        ),
        ("{tmp}/no/such/folder/server.db", "error: cannot open the database sqlite:///"),
        ("{tmp}/not-a-database.db", "error: database sqlite:///"),
    ],
    ids=["bad-url", "server-down", "missing-folder", "not-a-database"],
)
def test_bad_or_unreachable_database_is_one_clear_line(
    command: list[str], db: str, expected: str, tmp_path: Path
) -> None:
    (tmp_path / "not-a-database.db").write_bytes(b"this is a text file, not SQLite" * 100)
    code, out, err = _run(*command, "--db", db.format(tmp=tmp_path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), err


def test_password_in_the_url_is_not_shown() -> None:
    code, _out, err = _run(
        "stations", "list", "--db", "postgresql+psycopg://admin:s3cret@127.0.0.1:1/test"
    )
    assert code == 2 and "s3cret" not in err and "***" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_signing_key_lives_in_an_owner_only_file_not_in_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAT_SERVER_KEY_FILE")
    db_file = tmp_path / "server.db"
    service = SyncService(f"sqlite:///{db_file}")
    key_file = tmp_path / "server.db.signing-key.pem"
    assert service.key_file == key_file
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    private_raw = service.state.signing_key.private_bytes_raw().hex()
    with service.engine.connect() as connection:
        meta = {row.key: row.value for row in connection.execute(select(schema.server_meta))}
    service.close()
    assert "signing_key" not in meta and meta["server_public_key"] == service.server_public_key
    assert private_raw.encode() not in db_file.read_bytes()
    assert SyncService(f"sqlite:///{db_file}").server_public_key == service.server_public_key

    os.chmod(key_file, 0o644)
    code, _out, err = _run("stations", "list", "--db", str(db_file))
    assert code == 2 and f"chmod 600 {key_file}" in err
    os.chmod(key_file, 0o600)

    key_file.rename(tmp_path / "elsewhere.pem")
    code, _out, err = _run("stations", "list", "--db", str(db_file))
    assert code == 2 and "is missing. Restore it from the backup" in err
    monkeypatch.setenv("HAT_SERVER_KEY_FILE", str(tmp_path / "elsewhere.pem"))
    _ok("stations", "list", "--db", str(db_file))

    other = SyncService(f"sqlite:///{tmp_path / 'other.db'}", key_file=tmp_path / "other.pem")
    other.close()
    monkeypatch.setenv("HAT_SERVER_KEY_FILE", str(tmp_path / "other.pem"))
    code, _out, err = _run("stations", "list", "--db", str(db_file))
    assert code == 2 and "is not this server's key" in err


def test_key_kept_in_the_database_by_an_older_server_moves_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAT_SERVER_KEY_FILE")
    db_file = tmp_path / "server.db"
    service = SyncService(f"sqlite:///{db_file}")
    legacy_hex = service.state.signing_key.private_bytes_raw().hex()
    public = service.server_public_key
    with write_transaction(service.engine) as connection:
        connection.execute(insert(schema.server_meta).values(key="signing_key", value=legacy_hex))
    service.close()
    service.key_file.unlink()  # type: ignore[union-attr]
    moved = SyncService(f"sqlite:///{db_file}")
    assert moved.server_public_key == public
    assert moved.key_file is not None and moved.key_file.exists()
    with moved.engine.connect() as connection:
        keys = connection.execute(select(schema.server_meta.c.key)).scalars().all()
    moved.close()
    assert "signing_key" not in keys


def test_passphrase_protected_key_needs_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAT_SERVER_KEY_PASSPHRASE", "correct horse battery staple")
    db = str(tmp_path / "server.db")
    SyncService(f"sqlite:///{db}").close()
    key_file = Path(os.environ["HAT_SERVER_KEY_FILE"])
    assert b"ENCRYPTED" in key_file.read_bytes()
    monkeypatch.delenv("HAT_SERVER_KEY_PASSPHRASE")
    code, _out, err = _run("stations", "list", "--db", db)
    assert code == 2 and "HAT_SERVER_KEY_PASSPHRASE" in err


def test_serve_on_a_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = _run("serve", "--db", str(tmp_path / "s.db"), "--port", str(port))
    assert code == 2 and out == ""
    assert err.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_servers_starting_at_once_on_a_new_database_share_one_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAT_SERVER_KEY_FILE")
    url = f"sqlite:///{tmp_path / 'server.db'}"
    started: list[SyncService] = []
    failures: list[BaseException] = []

    def start() -> None:
        try:
            started.append(SyncService(url))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert len({service.server_public_key for service in started}) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".pem")] == [
        "server.db.signing-key.pem"
    ]
    for service in started:
        service.close()
