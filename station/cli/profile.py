"""``dosing-station init``: create a station profile and its first administrator."""

from __future__ import annotations

from pathlib import Path

import click

from station.cli import data_dir_option, resolve_data_dir
from station.cli.common import friendly_errors, secret
from station.cli.kdf import refuse_insecure_test_kdf, station_kdf
from station.store.store import Store


@click.command()
@data_dir_option
@click.option(
    "--station-name", prompt="Station name", help="A name staff recognise, e.g. 'Counter 1'."
)
@click.option(
    "--admin-username", prompt="Administrator user name", help="First administrator's user name."
)
@click.option(
    "--admin-name", prompt="Administrator's printed name", help="Name shown on signatures."
)
@click.option("--station-id", default=None, help="Fixed station id (default: a new random one).")
def init(
    data_dir: Path | None,
    station_name: str,
    admin_username: str,
    admin_name: str,
    station_id: str | None,
) -> None:
    """Create a station profile and its first administrator.

    The administrator's password is asked for (hidden, twice), or read from HAT_ADMIN_PASSWORD.
    The key derivation is calibrated on this machine; HAT_INSECURE_TEST_KDF=1 is refused.
    """
    folder = resolve_data_dir(data_dir)
    refuse_insecure_test_kdf()  # before the password: a refusal asks for nothing
    admin_password = secret("HAT_ADMIN_PASSWORD", "Administrator's password", confirm=True)
    with friendly_errors():
        store, _session, recovery_code = Store.create(
            folder,
            station_name,
            admin_username,
            admin_name,
            admin_password,
            kdf=station_kdf(),
            station_id=station_id,
        )
    store.close()
    click.echo(f"Station profile created in {folder}")
    click.echo(f"Station id: {store.station_id}")
    click.echo("Recovery code (write it down and keep it in the clinic's safe; it is shown once):")
    click.echo(f"  {recovery_code}")
