"""``dosing-station enroll`` and ``dosing-station sync``: bind the station to a server, sync now."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from station.cli import data_dir_option
from station.cli.common import as_user_options, friendly_errors, secret, signed_in
from station.services.clinic_time import clinic_time, clinic_zone
from station.services.sync_link import (
    CaFileProblem,
    certificate_problem,
    change_server_ca,
    server_ca_file,
    tls_verify,
)
from station.services.sync_link import enroll as enroll_station
from station.services.sync_service import StationSync, SyncOverview
from sync.client.errors import ServerUnreachable, SyncError, SyncRejected

EXIT_OFFLINE = 3
EXIT_REFUSED = 4
EXIT_FAILED = 5


@click.command()
@data_dir_option
@as_user_options
@click.option("--server", "server_url", required=True, help="The central server, e.g. https://…")
@click.option(
    "--ca-file",
    type=click.Path(path_type=Path),
    default=None,
    help="The clinic's own CA bundle (PEM) that signed the https server's certificate; "
    "kept with the enrollment for every later sync.",
)
def enroll(
    data_dir: Path | None,
    username: str,
    password: str,
    server_url: str,
    ca_file: Path | None,
) -> None:
    """Enroll this station with the central server (technician or administrator).

    The one-time code from 'dosing-server enroll-station' is asked for (hidden), or read from
    HAT_ENROLL_CODE; like the password, it is never an option (a command line shows in ps).
    """
    if not server_url.startswith(("http://", "https://")):
        raise click.UsageError("--server must start with http:// or https://")
    if ca_file is not None:
        if not server_url.startswith("https://"):
            raise click.UsageError("--ca-file is for an https:// server")
        try:
            tls_verify(ca_file)  # before signing in: a wrong path costs no key derivation
        except CaFileProblem as error:
            raise click.ClickException(f"{error} The station was not enrolled.") from None
    code = secret("HAT_ENROLL_CODE", "Enrollment code")
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        try:
            binding = enroll_station(store, session, server_url, code, ca_file=ca_file)
        except ServerUnreachable as error:
            problem = certificate_problem(error, ca_file)
            if problem is not None:
                raise click.ClickException(f"{problem} The station was not enrolled.") from error
            raise click.ClickException(
                f"Cannot reach the server at {server_url} ({error}) Check the address and the "
                "network; the station was not enrolled."
            ) from error
        except SyncRejected as error:
            if error.code == "bad_enrollment_code":
                raise click.ClickException(
                    "The enrollment code was not accepted (unknown, expired or already used): "
                    "ask for a new one ('dosing-server enroll-station')."
                ) from error
            raise click.ClickException(f"The server refused the enrollment: {error}") from error
        except SyncError as error:
            raise click.ClickException(f"Enrollment failed: {error}") from error
        station_id = store.station_id
        kept_ca = server_ca_file(store)
    click.echo(
        f"Station {station_id} enrolled with {binding.url} (clinic {binding.clinic_id}); "
        f"server key {binding.server_key_id} pinned."
        + (f" Its TLS certificate is checked with the CA file {kept_ca}." if kept_ca else "")
    )


@click.command("server-ca")
@data_dir_option
@as_user_options
@click.argument("ca_file", type=click.Path(path_type=Path), required=False)
@click.option(
    "--system",
    "system_cas",
    is_flag=True,
    help="Check the server's certificate with the system's CAs again (no clinic CA file).",
)
def server_ca(
    data_dir: Path | None, username: str, password: str, ca_file: Path | None, system_cas: bool
) -> None:
    """Give an enrolled station the clinic CA file (PEM) for its server's certificate.

    The server's certificate is checked with the new file first, over a real connection;
    if it does not verify, or the server cannot be reached, nothing changes. The change is
    recorded in the audit trail. Technician or administrator.
    """
    if (ca_file is None) == (not system_cas):
        raise click.UsageError("give either the clinic's CA FILE or --system")
    if ca_file is not None:
        try:
            tls_verify(ca_file)  # before signing in: a wrong path costs no key derivation
        except CaFileProblem as error:
            raise click.ClickException(f"{error} Nothing was changed.") from None
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        kept = change_server_ca(store, session, ca_file)
    if kept is None:
        click.echo("The server's TLS certificate is now checked with the system's CAs.")
    else:
        click.echo(f"The server's TLS certificate is now checked with the CA file {kept}.")


def _when(overview: SyncOverview, zone: ZoneInfo) -> str:
    success = overview.status.last_success
    return clinic_time(success, zone, seconds=True) if success else "never"


def _print_text(overview: SyncOverview, zone: ZoneInfo) -> None:
    status = overview.status
    if status.online:
        click.echo(f"Sync: online ({overview.server_url}, clinic {overview.clinic_id})")
    elif status.refused:
        click.echo(f"Sync: REFUSED by {overview.server_url}: a technician must check this station")
    elif status.offline_since is None:
        click.echo(f"Sync: FAILED ({overview.server_url}); nothing was lost, see the error below")
    else:
        since = status.offline_since
        when = f" since {clinic_time(since, zone)}" if since else ""
        click.echo(
            f"Sync: OFFLINE{when} ({overview.server_url}). The station keeps working; "
            "queued events are kept and sent later."
        )
    if (overview.server_url or "").startswith("https://"):
        checked_with = overview.ca_file or "the system's CAs"
        click.echo(f"Server certificate checked with: {checked_with}")
    click.echo(f"Queued events: {status.queued_events}")
    click.echo(f"Last success: {_when(overview, zone)}")
    click.echo(f"Last error: {status.last_error or 'none'}")
    report = overview.last_report
    if report is not None and status.online:
        click.echo(
            f"This round: pushed {report.pushed}, pulled {report.pulled}, "
            f"restored {report.restored_own}, incidents raised {len(report.incidents_raised)}"
        )
        for notice in report.notices:
            click.echo(f"Notice: {notice}")
    if overview.unreadable_pulled:
        click.echo(
            f"Warning: {overview.unreadable_pulled} pulled record(s) could not be used by this "
            "station version (kept; update the station)."
        )
    click.echo(f"Open incidents to review: {overview.open_incidents}")


@click.command("sync")
@data_dir_option
@as_user_options
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def sync_command(data_dir: Path | None, username: str, password: str, as_json: bool) -> None:
    """Sync with the server now and show the status.

    Exit status: 0 synced, 3 offline (nothing lost; events wait), 4 refused by the server,
    5 another sync failure.
    """
    with signed_in(data_dir, username, password) as (store, session), friendly_errors():
        service = StationSync(store, session)
        try:
            overview = service.sync_now()
        finally:
            service.stop()
        zone = clinic_zone(store, session)
    if as_json:
        click.echo(json.dumps(overview.as_json(), indent=2))
    else:
        _print_text(overview, zone)
    status = overview.status
    if status.refused:
        sys.exit(EXIT_REFUSED)
    if not status.online and status.offline_since is not None:
        sys.exit(EXIT_OFFLINE)
    if status.last_error or not status.online:
        sys.exit(EXIT_FAILED)
