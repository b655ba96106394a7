"""``dosing-station`` init, users and audit verify, run as the installed console command."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from station import __version__
from station.domain.roles import Role
from station.store.accounts import User
from station.store.crypto import TEST_KDF
from station.store.database import StoreError
from station.store.store import Store
from tests.cli.conftest import ADMIN_PASSWORD, Runner
from tests.store.conftest import keyless_seal_functions

NURSE_PASSWORD = "nurse-pass-fictional"


@dataclass(frozen=True)
class Profile:
    """A profile made with ``init``: its folder and what init printed."""

    data_dir: Path
    station_id: str
    recovery_code: str
    output: str

    @property
    def dir(self) -> str:
        return str(self.data_dir)


def init(run: Runner, data_dir: Path, station_id: str = "st-cli-test") -> Profile:
    result = run(
        "init",
        "--data-dir",
        str(data_dir),
        "--station-name",
        "CLI test counter",
        "--admin-username",
        "admin",
        "--admin-name",
        "Asta Fiktiv (administrator)",
        "--station-id",
        station_id,
        HAT_ADMIN_PASSWORD=ADMIN_PASSWORD,
        HAT_INSECURE_TEST_KDF="0",  # init refuses the test derivation: calibrated, as on a station
    )
    assert result.code == 0, result.err
    station = re.search(r"^Station id: (\S+)$", result.out, re.MULTILINE)
    code = re.search(r"Recovery code.*\n\s+(\S.*\S)\s*$", result.out, re.MULTILINE)
    assert station and code, result.out
    return Profile(data_dir, station.group(1), code.group(1), result.out)


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    """A profile made in-process (fast); ``init`` itself is tested through the command."""
    data_dir = tmp_path / "station"
    store, _admin, code = Store.create(
        data_dir,
        "CLI test counter",
        "admin",
        "Asta Fiktiv (administrator)",
        ADMIN_PASSWORD,
        kdf=TEST_KDF,
        station_id="st-cli-test",
    )
    store.close()
    return Profile(data_dir, "st-cli-test", code, "")


@pytest.fixture
def with_nurse(profile: Profile) -> Profile:
    """The profile with a nurse account, added in-process."""
    store = Store.open(profile.data_dir)
    try:
        admin = store.unlock("admin", ADMIN_PASSWORD)
        store.add_user(
            admin, "nurse", "Nanna Fiktiv (nurse)", frozenset({Role.NURSE}), NURSE_PASSWORD
        )
    finally:
        store.close()
    return profile


def add_nurse_by_command(run: Runner, profile: Profile) -> None:
    result = run(
        "users",
        "add",
        "nurse",
        "--data-dir",
        profile.dir,
        "--user",
        "admin",
        "--name",
        "Nanna Fiktiv (nurse)",
        "--role",
        "nurse",
        HAT_PASSWORD=ADMIN_PASSWORD,
        HAT_NEW_PASSWORD=NURSE_PASSWORD,
    )
    assert result.code == 0, result.err
    assert result.out.strip() == "Added nurse (nurse)"


def signs_in(profile: Profile, user: str, password: str) -> bool:
    """Whether ``user`` can unlock the profile with ``password`` (checked in-process)."""
    store = Store.open(profile.data_dir)
    try:
        store.unlock(user, password)
    except StoreError:
        return False
    finally:
        store.close()
    return True


def accounts(profile: Profile) -> dict[str, User]:
    store = Store.open(profile.data_dir)
    try:
        return {user.username: user for user in store.users()}
    finally:
        store.close()


# -- version and init -----------------------------------------------------------------------------


def test_version(run: Runner) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"dosing-station, version {__version__}"


def test_init_prints_station_id_and_recovery_code(run: Runner, tmp_path: Path) -> None:
    made = init(run, tmp_path / "station", station_id="st-cli-init")
    assert made.station_id == "st-cli-init"
    assert str(made.data_dir) in made.output
    assert len(re.sub(r"[^0-9A-Za-z]", "", made.recovery_code)) >= 16
    assert signs_in(made, "admin", ADMIN_PASSWORD)
    assert accounts(made)["admin"].roles == frozenset({Role.ADMINISTRATOR})
    for path in made.data_dir.iterdir():
        content = path.read_bytes()
        assert made.recovery_code.encode() not in content
        assert ADMIN_PASSWORD.encode() not in content
    # The printed code is the one that works.
    store = Store.open(made.data_dir)
    try:
        store.recover(made.recovery_code, "admin", "recovered-pass-0")
    finally:
        store.close()

    again = run(
        "init",
        "--data-dir",
        made.dir,
        "--station-name",
        "Intruder",
        "--admin-username",
        "other",
        "--admin-name",
        "Someone Else",
        HAT_ADMIN_PASSWORD="another-pass-12345",
        HAT_INSECURE_TEST_KDF="0",
    )
    again.one_clear_line("already exists", made.dir)
    assert "Recovery code" not in again.out
    assert signs_in(made, "admin", "recovered-pass-0")
    assert "other" not in accounts(made)


def test_init_without_station_id_makes_a_new_one(run: Runner, tmp_path: Path) -> None:
    result = run(
        "init",
        "--data-dir",
        str(tmp_path / "other"),
        "--station-name",
        "Other",
        "--admin-username",
        "admin",
        "--admin-name",
        "Asta Fiktiv",
        HAT_ADMIN_PASSWORD=ADMIN_PASSWORD,
        HAT_INSECURE_TEST_KDF="0",
    )
    assert result.code == 0, result.err
    assert re.search(r"^Station id: st-[0-9a-f]{12}$", result.out, re.MULTILINE)


def test_init_refuses_a_short_password(run: Runner, tmp_path: Path) -> None:
    result = run(
        "init",
        "--data-dir",
        str(tmp_path / "weak"),
        "--station-name",
        "Weak",
        "--admin-username",
        "admin",
        "--admin-name",
        "Asta Fiktiv",
        HAT_ADMIN_PASSWORD="short",
        HAT_INSECURE_TEST_KDF="0",
    )
    result.one_clear_line("10 characters")
    assert not (tmp_path / "weak" / "station.db").exists()


# -- users ----------------------------------------------------------------------------------------


def test_users_add_and_list_json(run: Runner, profile: Profile) -> None:
    add_nurse_by_command(run, profile)
    result = run("users", "list", "--data-dir", profile.dir, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == [
        {
            "username": "admin",
            "name": "Asta Fiktiv (administrator)",
            "roles": ["administrator"],
            "disabled": False,
        },
        {
            "username": "nurse",
            "name": "Nanna Fiktiv (nurse)",
            "roles": ["nurse"],
            "disabled": False,
        },
    ]
    assert signs_in(profile, "nurse", NURSE_PASSWORD)


def test_a_nurse_cannot_add_users(run: Runner, with_nurse: Profile) -> None:
    result = run(
        "users",
        "add",
        "mallory",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "nurse",
        "--name",
        "Mallory Fiktiv",
        "--role",
        "administrator",
        HAT_PASSWORD=NURSE_PASSWORD,
        HAT_NEW_PASSWORD="mallory-pass-123",
    )
    result.one_clear_line("administrator")
    assert "mallory" not in accounts(with_nurse)


def test_wrong_password_is_one_clear_line(run: Runner, profile: Profile) -> None:
    result = run(
        "users",
        "add",
        "nurse",
        "--data-dir",
        profile.dir,
        "--user",
        "admin",
        "--name",
        "Nanna Fiktiv",
        "--role",
        "nurse",
        HAT_PASSWORD="not-the-password",
        HAT_NEW_PASSWORD=NURSE_PASSWORD,
    )
    result.one_clear_line("Wrong user name or password")
    assert result.out == ""
    assert "nurse" not in accounts(profile)


def test_disabled_user_cannot_sign_in(run: Runner, with_nurse: Profile) -> None:
    result = run(
        "users",
        "disable",
        "nurse",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "admin",
        HAT_PASSWORD=ADMIN_PASSWORD,
    )
    assert result.code == 0, result.err
    assert result.out.strip() == "Disabled nurse"
    assert accounts(with_nurse)["nurse"].disabled
    refused = run(
        "users",
        "passwd",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
        HAT_NEW_PASSWORD="sneaking-back-in",
    )
    refused.one_clear_line("disabled")
    assert not signs_in(with_nurse, "nurse", "sneaking-back-in")


def test_administrator_cannot_disable_herself(run: Runner, profile: Profile) -> None:
    result = run(
        "users",
        "disable",
        "admin",
        "--data-dir",
        profile.dir,
        "--user",
        "admin",
        HAT_PASSWORD=ADMIN_PASSWORD,
    )
    result.one_clear_line("cannot disable")
    assert not accounts(profile)["admin"].disabled
    assert signs_in(profile, "admin", ADMIN_PASSWORD)


def test_users_passwd_changes_ones_own_password(run: Runner, with_nurse: Profile) -> None:
    result = run(
        "users",
        "passwd",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
        HAT_NEW_PASSWORD="nurse-new-pass-2",
    )
    assert result.code == 0, result.err
    assert result.out.strip() == "Password changed for nurse"
    assert signs_in(with_nurse, "nurse", "nurse-new-pass-2")
    assert not signs_in(with_nurse, "nurse", NURSE_PASSWORD)


def test_users_passwd_refuses_a_nurse_changing_the_administrators(
    run: Runner, with_nurse: Profile
) -> None:
    result = run(
        "users",
        "passwd",
        "admin",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
        HAT_NEW_PASSWORD="taken-over-pass",
    )
    result.one_clear_line("administrator")
    assert signs_in(with_nurse, "admin", ADMIN_PASSWORD)
    assert not signs_in(with_nurse, "admin", "taken-over-pass")


def test_users_recover_with_the_recovery_code(run: Runner, profile: Profile) -> None:
    wrong = run(
        "users",
        "recover",
        "admin",
        "--data-dir",
        profile.dir,
        HAT_RECOVERY_CODE="AAAA-BBBB-CCCC-DDDD-EEEE",
        HAT_NEW_PASSWORD="recovered-pass-1",
    )
    wrong.one_clear_line("recovery code is wrong")
    assert not signs_in(profile, "admin", "recovered-pass-1")
    assert signs_in(profile, "admin", ADMIN_PASSWORD)

    result = run(
        "users",
        "recover",
        "admin",
        "--data-dir",
        profile.dir,
        HAT_RECOVERY_CODE=profile.recovery_code,
        HAT_NEW_PASSWORD="recovered-pass-1",
    )
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "Access restored for admin"
    assert "old recovery code no longer works" in result.out
    new_code = result.out.strip().splitlines()[-1].strip()
    assert re.fullmatch(r"[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", new_code), result.out
    assert new_code != profile.recovery_code
    assert signs_in(profile, "admin", "recovered-pass-1")
    assert not signs_in(profile, "admin", ADMIN_PASSWORD)

    # The code works once: used again it is refused; the printed one works.
    again = run(
        "users",
        "recover",
        "admin",
        "--data-dir",
        profile.dir,
        HAT_RECOVERY_CODE=profile.recovery_code,
        HAT_NEW_PASSWORD="recovered-pass-2",
    )
    again.one_clear_line("recovery code is wrong")
    assert signs_in(profile, "admin", "recovered-pass-1")
    with_new = run(
        "users",
        "recover",
        "admin",
        "--data-dir",
        profile.dir,
        HAT_RECOVERY_CODE=new_code,
        HAT_NEW_PASSWORD="recovered-pass-2",
    )
    assert with_new.code == 0, with_new.err
    assert signs_in(profile, "admin", "recovered-pass-2")


# -- audit verify ---------------------------------------------------------------------------------


def test_audit_verify_intact_needs_no_credentials(run: Runner, with_nurse: Profile) -> None:
    result = run("audit", "verify", "--data-dir", with_nurse.dir)
    assert result.code == 0, result.err
    match = re.search(r"Audit trail intact: (\d+) records checked", result.out)
    assert match, result.out
    store = Store.open(with_nurse.data_dir)
    try:
        head_seq = store.head()[0]
    finally:
        store.close()
    assert int(match.group(1)) == head_seq >= 3
    assert "decryption" not in result.out


def test_audit_verify_with_credentials_also_decrypts(run: Runner, with_nurse: Profile) -> None:
    result = run(
        "audit",
        "verify",
        "--data-dir",
        with_nurse.dir,
        "--user",
        "nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
    )
    assert result.code == 0, result.err
    assert "hashes, links, signatures and decryption" in result.out

    wrong = run(
        "audit",
        "verify",
        "--data-dir",
        with_nurse.dir,
        "--json",
        "--user",
        "nurse",
        HAT_PASSWORD="not-the-password",
    )
    wrong.one_clear_line("Wrong user name or password")
    assert wrong.out == ""


def tamper_one_byte(database: Path, seq: int) -> None:
    """What someone with the file could do: lift the append-only guard, change one byte."""
    connection = sqlite3.connect(database)
    keyless_seal_functions(connection)  # the seal's triggers run, without the key
    try:
        connection.execute("DROP TRIGGER events_no_update")
        connection.execute("DROP TRIGGER events_no_delete")
        (sealed,) = connection.execute("SELECT sealed FROM events WHERE seq = ?", (seq,)).fetchone()
        changed = bytearray(sealed)
        changed[len(changed) // 2] ^= 0x01
        connection.execute("UPDATE events SET sealed = ? WHERE seq = ?", (bytes(changed), seq))
        connection.commit()
    finally:
        connection.close()


def test_audit_verify_names_the_changed_record(run: Runner, with_nurse: Profile) -> None:
    database = with_nurse.data_dir / "station.db"
    connection = sqlite3.connect(database)
    with pytest.raises(sqlite3.DatabaseError):  # the append-only guard holds first
        connection.execute("UPDATE events SET sealed = x'00' WHERE seq = 2")
    connection.close()

    tamper_one_byte(database, 2)
    result = run("audit", "verify", "--data-dir", with_nurse.dir)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "Audit trail intact" not in result.out
    assert "AUDIT TRAIL BROKEN at record #2 " in result.err

    as_json = run("audit", "verify", "--data-dir", with_nurse.dir, "--json")
    assert as_json.code == 1
    summary = json.loads(as_json.out)
    assert (summary["intact"], summary["first_bad_seq"]) == (False, 2)
    assert summary["problem"].startswith("record #2 ")


def test_missing_profile_gives_a_clear_message(run: Runner, tmp_path: Path) -> None:
    empty = tmp_path / "no-profile"
    empty.mkdir()
    for args in (("audit", "verify"), ("users", "disable", "someone", "--user", "admin")):
        result = run(*args, "--data-dir", str(empty), HAT_PASSWORD=ADMIN_PASSWORD)
        result.one_clear_line("no station profile in", str(empty), "dosing-station init")
    assert list(empty.iterdir()) == []


def test_a_role_changed_outside_the_program_is_named_and_an_administrator_repairs_it(
    run: Runner, with_nurse: Profile
) -> None:
    database = Store.database_path(with_nurse.data_dir)
    connection = sqlite3.connect(database)
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
    ).fetchall():
        connection.execute(f"DROP TRIGGER {name}")  # the seal's triggers need its key
    connection.execute("UPDATE users SET roles = '[\"administrator\"]' WHERE username = 'nurse'")
    connection.commit()
    connection.close()
    found = run("audit", "verify", "--user", "admin", "--data-dir", with_nurse.dir,
                HAT_PASSWORD=ADMIN_PASSWORD)  # fmt: skip
    assert found.code == 1 and "users" in found.err, found.err
    refused = run("audit", "repair", "--user", "nurse", "--data-dir", with_nurse.dir,
                  HAT_PASSWORD=NURSE_PASSWORD)  # fmt: skip
    refused.one_clear_line("administrator")
    repaired = run("audit", "repair", "--user", "admin", "--data-dir", with_nurse.dir,
                   HAT_PASSWORD=ADMIN_PASSWORD)  # fmt: skip
    assert repaired.code == 0, repaired.err
    assert "Found: Rows of users were changed" in repaired.out
    assert "Set back: account nurse set back to its recorded roles" in repaired.out
    again = run("audit", "verify", "--user", "admin", "--data-dir", with_nurse.dir,
                HAT_PASSWORD=ADMIN_PASSWORD)  # fmt: skip
    assert again.code == 0, again.err
