"""``dosing-station users …``: add, list, disable, unlock and re-password staff accounts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from station.cli import data_dir_option
from station.cli.common import as_user_options, friendly_errors, opened_store, secret, signed_in
from station.domain.roles import Role
from station.services.accounts import StaffAdministration

_ROLE_NAMES = [role.value for role in Role]


@click.group()
def users() -> None:
    """Manage staff accounts (administrators)."""


@users.command("add")
@data_dir_option
@as_user_options
@click.argument("new_username")
@click.option("--name", "display_name", required=True, help="Printed name shown on signatures.")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice(_ROLE_NAMES))
def add_user(
    data_dir: Path | None,
    username: str,
    password: str,
    new_username: str,
    display_name: str,
    roles: tuple[str, ...],
) -> None:
    """Add a staff account.

    Your password, then the new account's, are asked for (hidden), or read from HAT_PASSWORD
    and HAT_NEW_PASSWORD.
    """
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        new_password = _new_password("The new account's password")
        user = StaffAdministration(store).add(
            session,
            new_username,
            display_name,
            frozenset(Role(name) for name in roles),
            new_password,
        )
    click.echo(f"Added {user.username} ({', '.join(sorted(role.value for role in user.roles))})")


@users.command("list")
@data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_users(data_dir: Path | None, as_json: bool) -> None:
    """List staff accounts (no sign-in needed: names and roles only)."""
    with opened_store(data_dir) as store:
        accounts = StaffAdministration(store).list()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "username": user.username,
                        "name": user.display_name,
                        "roles": sorted(role.value for role in user.roles),
                        "disabled": user.disabled,
                    }
                    for user in accounts
                ],
                indent=2,
            )
        )
        return
    for user in accounts:
        state = " (disabled)" if user.disabled else ""
        roles = ", ".join(sorted(role.value for role in user.roles))
        click.echo(f"{user.username:<20} {user.display_name:<30} {roles}{state}")


@users.command("disable")
@data_dir_option
@as_user_options
@click.argument("target")
def disable_user(data_dir: Path | None, username: str, password: str, target: str) -> None:
    """Disable an account; its password stops unlocking the station."""
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        StaffAdministration(store).disable(session, target)
    click.echo(f"Disabled {target}")


@users.command("unlock")
@data_dir_option
@as_user_options
@click.argument("target")
def unlock_user(data_dir: Path | None, username: str, password: str, target: str) -> None:
    """Lift a lockout after repeated wrong passwords (administrators; recorded)."""
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        was_locked = StaffAdministration(store).lift_lockout(session, target)
    click.echo(f"Unlocked {target}" if was_locked else f"{target} was not locked")


@users.command("passwd")
@data_dir_option
@as_user_options
@click.argument("target", required=False)
def set_password(data_dir: Path | None, username: str, password: str, target: str | None) -> None:
    """Change your password, or (administrators) another user's.

    The passwords are asked for (hidden), or read from HAT_PASSWORD and HAT_NEW_PASSWORD.
    """
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        new_password = _new_password("New password")
        StaffAdministration(store).set_password(session, target or username, new_password)
    click.echo(f"Password changed for {target or username}")


@users.command("recover")
@data_dir_option
@click.argument("admin_username")
def recover(data_dir: Path | None, admin_username: str) -> None:
    """Restore an administrator's access with the clinic's recovery code.

    The code and the new password are asked for (hidden), or read from HAT_RECOVERY_CODE and
    HAT_NEW_PASSWORD. The code works once: a new one is printed, for the clinic's safe.
    """
    recovery_code = secret("HAT_RECOVERY_CODE", "Recovery code")
    new_password = _new_password("The administrator's new password")
    with opened_store(data_dir) as store, friendly_errors():
        _session, new_code = store.recover(recovery_code, admin_username, new_password)
    click.echo(f"Access restored for {admin_username}")
    click.echo(
        "The old recovery code no longer works. New recovery code (write it down and keep it "
        "in the clinic's safe; it is shown once):"
    )
    click.echo(f"  {new_code}")


def _new_password(prompt: str) -> str:
    """A new password: env HAT_NEW_PASSWORD, else asked twice with hidden input."""
    return secret("HAT_NEW_PASSWORD", prompt, confirm=True)
