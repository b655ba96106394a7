"""Passwords and codes never go on a command line: environment variables or a hidden prompt.

A command line shows in ``ps`` to every user of the machine and stays in the shell's history.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from station.cli import main as station_cli
from station.domain.roles import Role
from station.store.crypto import TEST_KDF
from station.store.database import StoreError
from station.store.store import Store
from sync.server.cli import main as server_cli
from tests.cli.conftest import ADMIN_PASSWORD

NURSE_PASSWORD = "nurse-pass-fictional"
SECRET_WORDS = ("password", "passwd", "passphrase", "secret", "code", "pin", "token")


def _all_commands(
    group: click.Group, context: click.Context, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _all_commands(command, context, (*path, name))


def _secret_options(group: click.Group) -> list[str]:
    found = []
    with click.Context(group) as context:
        for path, command in [((), group), *_all_commands(group, context)]:
            for parameter in command.params:
                for flag in (*parameter.opts, *parameter.secondary_opts):
                    words = set(re.split(r"[-_]+", flag.lstrip("-").lower()))
                    if words & set(SECRET_WORDS):
                        found.append(f"{' '.join(path)} {flag}")
    return found


@pytest.mark.parametrize("group", [station_cli, server_cli], ids=["station", "server"])
def test_no_command_takes_a_password_or_code_as_an_option(group: click.Group) -> None:
    """Every command, now and later: none has an option that carries a secret."""
    assert _secret_options(group) == []


def _invoke(args: list[str], env: dict[str, str] | None = None, stdin: str = "") -> Result:
    environment = {
        "HAT_INSECURE_TEST_KDF": "1",
        "HAT_USER": "",
        "HAT_PASSWORD": "",
        "HAT_NEW_PASSWORD": "",
        "HAT_ADMIN_PASSWORD": "",
        "HAT_RECOVERY_CODE": "",
        "HAT_ENROLL_CODE": "",
        **(env or {}),
    }
    return CliRunner().invoke(station_cli, args, env=environment, input=stdin)


@pytest.fixture
def profile(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "station"
    store, admin, code = Store.create(
        data_dir, "Secrets counter", "admin", "Asta Fiktiv", ADMIN_PASSWORD, kdf=TEST_KDF
    )
    store.add_user(admin, "nurse", "Nanna Fiktiv", frozenset({Role.NURSE}), NURSE_PASSWORD)
    store.close()
    return data_dir, code


def _signs_in(data_dir: Path, user: str, password: str) -> bool:
    store = Store.open(data_dir)
    try:
        store.unlock(user, password)
    except StoreError:
        return False
    finally:
        store.close()
    return True


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["users", "disable", "nurse", "--user", "admin", "--password", "x"], "--password"),
        (["users", "passwd", "--user", "nurse", "--new-password", "x"], "--new-password"),
        (["users", "add", "n2", "--name", "N", "--role", "nurse", "--password", "x"], "--password"),
        (["users", "recover", "admin", "--recovery-code", "x"], "--recovery-code"),
        (["audit", "verify", "--user", "admin", "--password", "x"], "--password"),
        (["init", "--admin-password", "x"], "--admin-password"),
        (["enroll", "--server", "http://127.0.0.1:1", "--code", "x"], "--code"),
        (["sync", "--password", "x"], "--password"),
        (["demo", "--headless", "--code", "x"], "--code"),
    ],
    ids=lambda value: value if isinstance(value, str) else " ".join(value[:2]),
)
def test_a_secret_on_the_command_line_is_refused(
    profile: tuple[Path, str], args: list[str], option: str
) -> None:
    data_dir, _code = profile
    result = _invoke([*args, "--data-dir", str(data_dir)], env={"HAT_PASSWORD": ADMIN_PASSWORD})
    assert result.exit_code == 2, result.output
    assert f"No such option '{option}'" in result.output
    assert _signs_in(data_dir, "nurse", NURSE_PASSWORD)  # nothing was done


def test_the_password_is_asked_for_with_hidden_input(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    result = _invoke(
        ["users", "disable", "nurse", "--data-dir", str(data_dir), "--user", "admin"],
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Password: \n" in result.output  # asked for, and what was typed is not echoed
    assert ADMIN_PASSWORD not in result.output
    assert result.output.strip().endswith("Disabled nurse")
    assert not _signs_in(data_dir, "nurse", NURSE_PASSWORD)


def test_the_password_comes_from_hat_password(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    result = _invoke(
        ["users", "disable", "nurse", "--data-dir", str(data_dir)],
        env={"HAT_USER": "admin", "HAT_PASSWORD": ADMIN_PASSWORD},
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Disabled nurse\n"  # nothing asked


def test_a_wrong_password_typed_at_the_prompt_is_refused(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    result = _invoke(
        ["users", "disable", "nurse", "--data-dir", str(data_dir), "--user", "admin"],
        stdin="not-the-password\n",
    )
    assert result.exit_code == 1
    assert "Wrong user name or password" in result.output
    assert _signs_in(data_dir, "nurse", NURSE_PASSWORD)


def test_passwd_asks_for_the_password_then_the_new_one_twice(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    new = "nurse-new-pass-22"
    result = _invoke(
        ["users", "passwd", "--data-dir", str(data_dir), "--user", "nurse"],
        stdin=f"{NURSE_PASSWORD}\n{new}\n{new}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Password changed for nurse" in result.output
    assert new not in result.output and NURSE_PASSWORD not in result.output
    assert _signs_in(data_dir, "nurse", new)


def test_users_add_reads_both_passwords_from_the_environment(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    result = _invoke(
        [
            *("users", "add", "nils", "--name", "Nils Fiktiv", "--role", "nurse"),
            *("--data-dir", str(data_dir), "--user", "admin"),
        ],
        env={"HAT_PASSWORD": ADMIN_PASSWORD, "HAT_NEW_PASSWORD": "nils-pass-fictional"},
    )
    assert result.exit_code == 0, result.output
    assert _signs_in(data_dir, "nils", "nils-pass-fictional")


def test_init_asks_for_the_administrators_password_twice(tmp_path: Path) -> None:
    data_dir = tmp_path / "new"
    password = "admin-typed-pass-1"
    args = ["init", "--data-dir", str(data_dir), "--station-name", "Counter"]
    args += ["--admin-username", "ada", "--admin-name", "Ada Fiktiv"]
    # init refuses the test derivation: the real one, calibrated here, as on a station.
    result = _invoke(args, env={"HAT_INSECURE_TEST_KDF": ""}, stdin=f"{password}\n{password}\n")
    assert result.exit_code == 0, result.output
    assert password not in result.output
    assert _signs_in(data_dir, "ada", password)


def test_audit_verify_asks_for_the_password_only_with_user(profile: tuple[Path, str]) -> None:
    data_dir, _code = profile
    keyless = _invoke(["audit", "verify", "--data-dir", str(data_dir)])
    assert "Password" not in keyless.output
    with_user = _invoke(
        ["audit", "verify", "--data-dir", str(data_dir), "--user", "nurse"],
        stdin=f"{NURSE_PASSWORD}\n",
    )
    assert "Password: \n" in with_user.output
    assert "decryption" in with_user.output


def test_recover_reads_the_code_at_a_prompt(profile: tuple[Path, str]) -> None:
    data_dir, code = profile
    new = "admin-recovered-1"
    result = _invoke(
        ["users", "recover", "admin", "--data-dir", str(data_dir)],
        stdin=f"{code}\n{new}\n{new}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Recovery code: \n" in result.output
    assert code not in result.output
    assert _signs_in(data_dir, "admin", new)


def test_enroll_reads_the_code_from_hat_enroll_code_or_a_prompt(
    profile: tuple[Path, str],
) -> None:
    """The code is asked for (hidden); a server that is not there is then one clear line."""
    data_dir, _code = profile
    args = ["enroll", "--data-dir", str(data_dir), "--server", "http://127.0.0.1:9"]
    args += ["--user", "admin"]
    asked = _invoke(args, env={"HAT_PASSWORD": ADMIN_PASSWORD}, stdin="CODE-TYPED-1\n")
    assert "Enrollment code: \n" in asked.output
    assert "CODE-TYPED-1" not in asked.output
    assert "Cannot reach the server" in asked.output
    from_env = _invoke(
        args, env={"HAT_PASSWORD": ADMIN_PASSWORD, "HAT_ENROLL_CODE": "CODE-FROM-ENV-1"}
    )
    assert "Enrollment code" not in from_env.output
    assert "Cannot reach the server" in from_env.output


def test_server_refuses_a_database_password_on_the_command_line() -> None:
    url = "postgresql+psycopg://admin:s3cret-fictional@127.0.0.1:1/test"
    refused = CliRunner().invoke(server_cli, ["stations", "list", "--db", url])
    assert refused.exit_code == 2
    assert "HAT_SERVER_DB" in refused.stderr and "s3cret" not in refused.stderr
    # The same URL from the environment is used (here: a server that is not there).
    from_env = CliRunner().invoke(server_cli, ["stations", "list"], env={"HAT_SERVER_DB": url})
    assert from_env.exit_code == 2
    assert "cannot open the database" in from_env.stderr and "s3cret" not in from_env.stderr
    # A URL without a password is fine on the command line.
    plain = CliRunner().invoke(
        server_cli, ["stations", "list", "--db", "postgresql+psycopg://admin@127.0.0.1:1/test"]
    )
    assert "cannot open the database" in plain.stderr
