"""``dosing-station audit verify``: check the tamper-evident chain, with or without credentials."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from station.cli import data_dir_option, resolve_data_dir
from station.cli.common import as_user_options, friendly_errors, secret, signed_in
from station.services.audit import repair_record, verify_audit_trail
from station.store.database import StoreError


@click.group()
def audit() -> None:
    """Check the audit trail."""


@audit.command("verify")
@data_dir_option
@click.option(
    "--user",
    "username",
    default=None,
    help="Also decrypt every record as this user (password: env HAT_PASSWORD, or asked).",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def verify(data_dir: Path | None, username: str | None, as_json: bool) -> None:
    """Walk the whole chain; exit 0 when intact, 1 naming the first bad record."""
    password = secret("HAT_PASSWORD", "Password") if username is not None else None
    try:
        result = verify_audit_trail(resolve_data_dir(data_dir), username, password)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(
            json.dumps(
                {
                    "intact": result.intact,
                    "checked": result.checked,
                    "head_seq": result.head_seq,
                    "decrypted": result.decrypted,
                    "first_bad_seq": result.first_bad_seq,
                    "problem": result.problem,
                }
            )
        )
    elif result.intact:
        what = (
            "hashes, links, signatures and decryption"
            if result.decrypted
            else "hashes, links and signatures"
        )
        click.echo(f"Audit trail intact: {result.checked} records checked ({what}).")
    else:
        click.echo(f"AUDIT TRAIL BROKEN at {result.problem}", err=True)
    sys.exit(0 if result.intact else 1)


@audit.command("repair")
@data_dir_option
@as_user_options
def repair(data_dir: Path | None, username: str, password: str) -> None:
    """Rebuild what the chain can give back, after rows were changed outside the program.

    An administrator's action: the log is walked first; projections, the ledger, settings,
    accounts' roles and trusted card issuers are derived from it again, the rest checked;
    what was set back is listed and recorded. Exit 1 when the log itself does not hold.
    """
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        problem = store.integrity_problem()
        changes = repair_record(store, session)
        if problem:
            click.echo(f"Found: {problem.split(' No dose')[0]}")
        for change in changes:
            click.echo(f"Set back: {change}")
        click.echo("Record rebuilt from the verified chain and sealed again.")
