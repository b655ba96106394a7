"""The ``dosing-server`` command line: serve, enroll stations, import data, cards, incidents."""

from __future__ import annotations

import csv
import json
import logging
import math
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import platformdirs
from sqlalchemy import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)

from sync.server.db import UnsafeDatabaseFiles
from sync.server.errors import SyncServerError
from sync.server.keys import SigningKeyError
from sync.server.limits import Rate, ServerLimits
from sync.server.service import SyncService

DB_HELP = "Database URL (sqlite:///FILE or postgresql+psycopg://...) or a SQLite file path."


def default_db_url() -> str:
    """Return the embedded default: one SQLite file in the per-user data folder."""
    folder = Path(platformdirs.user_data_dir("hat-dosing-server", appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


def db_url(value: str | None) -> str:
    """Turn ``--db`` (a URL, a file path or nothing) into a SQLAlchemy URL."""
    if not value:
        return default_db_url()
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).resolve()}"


def _no_password_on_the_command_line(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> str | None:
    """Refuse a ``--db`` URL with a password typed on the command line (``ps`` shows it)."""
    source = context.get_parameter_source(parameter.name or "")
    if value and "://" in value and source is click.core.ParameterSource.COMMANDLINE:
        try:
            password = make_url(value).password
        except ArgumentError:
            return value  # _service says what is wrong with it
        if password:
            click.echo(
                f"error: --db {_shown(value)}: a password on the command line shows in the "
                "process list and the shell's history; put the URL in HAT_SERVER_DB, or the "
                "password in PostgreSQL's password file (~/.pgpass)",
                err=True,
            )
            raise SystemExit(2)
    return value


db_option = click.option(
    "--db",
    "db",
    envvar="HAT_SERVER_DB",
    default=None,
    callback=_no_password_on_the_command_line,
    help=DB_HELP + " A URL with a password goes in HAT_SERVER_DB, never on the command line.",
)


def _service(db: str | None, **kwargs: Any) -> SyncService:
    """Open the server database, or stop with one clear line (never a traceback)."""
    url = db_url(db)
    try:
        return SyncService(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        click.echo(f"error: --db is not a database URL this server understands: {error}", err=True)
        raise SystemExit(2) from None
    except (OperationalError, InterfaceError) as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        click.echo(f"error: cannot open the database {_shown(url)}: {reason}", err=True)
        raise SystemExit(2) from None
    except (SigningKeyError, UnsafeDatabaseFiles) as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(2) from None
    except DatabaseError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        click.echo(f"error: database {_shown(url)} is not usable: {reason}", err=True)
        raise SystemExit(2) from None


def _shown(url: str) -> str:
    """Return the URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def _fail(error: SyncServerError) -> None:
    click.echo(f"error: {error.message}", err=True)
    raise SystemExit(1)


def _finite(value: Any) -> Any:
    """``value`` with every infinite or NaN number as null (JSON has no word for them)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _json(value: Any, **kwargs: Any) -> str:
    """Strict JSON for ``--json`` output: never ``Infinity`` or ``NaN``, which parsers refuse."""
    return json.dumps(_finite(value), allow_nan=False, **kwargs)


class _SayWarnings(logging.Handler):
    """Show what the database module says (e.g. permissions tightened) on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _say_warnings() -> None:
    logger = logging.getLogger("sync.server.db")
    if not any(isinstance(handler, _SayWarnings) for handler in logger.handlers):
        logger.addHandler(_SayWarnings(logging.WARNING))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def main() -> None:
    """Central sync server for HAT dosing stations.

    Every command takes --db (or the HAT_SERVER_DB environment variable); without it the
    server uses one SQLite file in this user's data folder.
    """
    _say_warnings()


def _rate(per_second: float, burst: float, option: str) -> Rate | None:
    """A rate limit from two options (0 turns it off)."""
    if per_second == 0:
        return None
    if per_second < 0 or burst < 1:
        raise click.BadParameter(
            "a rate is positive (0: off) and a burst at least 1", param_hint=option
        )
    return Rate(per_second=per_second, burst=burst)


_DEFAULTS = ServerLimits()


_F = TypeVar("_F", bound=Callable[..., Any])


def _rate_options(name: str, default: Rate | None, what: str) -> Callable[[_F], _F]:
    """The --NAME-rate and --NAME-burst options of ``serve``."""
    per_second = default.per_second if default else 0
    burst = default.burst if default else 1

    def decorate(command: _F) -> _F:
        command = click.option(
            f"--{name}-burst",
            type=float,
            default=burst,
            show_default=True,
            help=f"Requests {what} allowed in a burst above the rate.",
        )(command)
        return click.option(
            f"--{name}-rate",
            type=float,
            default=per_second,
            show_default=True,
            help=f"Requests a second {what} (0: no limit); more get 429 with Retry-After.",
        )(command)

    return decorate


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8443, show_default=True, help="0 picks a free port.")
@click.option(
    "--tls-cert",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="TLS certificate (PEM); serve HTTPS.",
)
@click.option(
    "--tls-key",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Private key of the TLS certificate (PEM).",
)
@click.option(
    "--clinic-id", default="clinic-1", show_default=True, help="Clinic id (set on first start)."
)
@_rate_options("station", _DEFAULTS.station, "per station")
@_rate_options("address", _DEFAULTS.address, "per address")
@_rate_options("failure", _DEFAULTS.failures, "failing authentication per address")
def serve(
    db: str | None,
    host: str,
    port: int,
    tls_cert: str | None,
    tls_key: str | None,
    clinic_id: str,
    station_rate: float,
    station_burst: float,
    address_rate: float,
    address_burst: float,
    failure_rate: float,
    failure_burst: float,
) -> None:
    """Run the HTTP API (prints the address it listens on).

    Request bodies are limited per route (a push to the most events one batch carries, about
    4 KiB each; enrollments and leases to 16 KiB) and requests are rate-limited per station
    and per address; an address whose requests keep failing authentication is refused for a
    while.
    """
    if bool(tls_cert) != bool(tls_key):
        raise click.UsageError("--tls-cert and --tls-key go together")
    limits = ServerLimits(
        station=_rate(station_rate, station_burst, "--station-rate"),
        address=_rate(address_rate, address_burst, "--address-rate"),
        failures=_rate(failure_rate, failure_burst, "--failure-rate"),
    )
    service = _service(db, clinic_id=clinic_id)
    try:
        run_server(service, host=host, port=port, tls_cert=tls_cert, tls_key=tls_key, limits=limits)
    except OSError as error:
        click.echo(f"error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        raise SystemExit(2) from None


def run_server(
    service: SyncService,
    *,
    host: str,
    port: int,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    limits: ServerLimits | None = None,
) -> None:
    """Serve the API over ``service`` until stopped; print the address once it accepts."""
    import uvicorn

    from sync.server.app import create_app

    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by connections
    listener.bind((host, port))
    listener.listen(2048)  # accept connections (queued) from the moment the address is printed
    scheme = "https" if tls_cert else "http"
    bound = listener.getsockname()[1]
    config = uvicorn.Config(
        create_app(service, limits=limits),
        log_level="warning",
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
        timeout_graceful_shutdown=5,
    )
    click.echo(f"listening on {scheme}://{host}:{bound}", nl=True)
    sys.stdout.flush()
    uvicorn.Server(config).run(sockets=[listener])


@main.command("enroll-station")
@db_option
@click.option("--hours", default=24.0, show_default=True, help="How long the code stays valid.")
def enroll_station(db: str | None, hours: float) -> None:
    """Print a one-time enrollment code for a new station.

    A technician types it into the station (dosing-station enroll --server URL asks for it).
    """
    click.echo(_service(db).new_enrollment_code(hours))


@main.group()
def stations() -> None:
    """Enrolled stations."""


@stations.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stations_list(db: str | None, as_json: bool) -> None:
    """List stations: status, highest contiguous sequence, alerts."""
    rows = _service(db).list_stations()
    if as_json:
        click.echo(_json([row.as_json() for row in rows], indent=2))
        return
    for row in rows:
        alerts = f"  alerts: {', '.join(a['kind'] for a in row.alerts)}" if row.alerts else ""
        reason = f" ({row.status_reason})" if row.status_reason else ""
        bad = (
            f", bad at {', '.join(map(str, row.bad_signature_seqs))}"
            if row.bad_signature_seqs
            else ""
        )
        click.echo(
            f"{row.station_id:<24} {row.status}{reason}  seq {row.highest_contiguous_seq}"
            f"  signatures verified through {row.signatures_verified_through}{bad}{alerts}"
        )
    if any(a["kind"] in _RESTORE_ALERTS for row in rows for a in row.alerts):
        click.echo(
            "note: a station found the server behind it (restored from an older backup?); "
            "once that is checked, `dosing-server feed restart --reason ...` makes every "
            "station re-read the feed"
        )


_RESTORE_ALERTS = {"server_behind_station", "server_feed_behind_station"}


@stations.command("revoke")
@db_option
@click.argument("station_id")
@click.option("--reason", default="revoked by administrator", show_default=True)
def stations_revoke(db: str | None, station_id: str, reason: str) -> None:
    """Refuse every further request from a station."""
    try:
        _service(db).revoke_station(station_id, reason)
    except SyncServerError as error:
        _fail(error)
    click.echo(f"station {station_id} revoked")


@stations.command("reinstate")
@db_option
@click.argument("station_id")
@click.option("--reason", required=True, help="Who checked the station and what was found.")
def stations_reinstate(db: str | None, station_id: str, reason: str) -> None:
    """Lift a station's suspension (e.g. after a copied data folder was dealt with)."""
    try:
        _service(db).reinstate_station(station_id, reason)
    except SyncServerError as error:
        _fail(error)
    click.echo(f"station {station_id} reinstated")


@main.group()
def feed() -> None:
    """The shared feed the stations pull."""


@feed.command("restart")
@db_option
@click.option("--reason", required=True, help="Why (e.g. which backup was restored).")
def feed_restart(db: str | None, reason: str) -> None:
    """Make every station re-read the feed from the start (after restoring a backup).

    Run it after restoring the server's database from an older backup: stations had read
    further than the restored feed, which hands those positions out again. Nothing is applied
    twice at the stations. Only the administrator can do this; no station request can.
    """
    try:
        epoch = _service(db).restart_feed(reason)
    except SyncServerError as error:
        _fail(error)
    click.echo(f"feed restarted (epoch {epoch}): every station re-reads it at its next sync")


@main.group()
def fork() -> None:
    """Two histories pushed under one station id (a copied data folder): see and resolve them.

    The server keeps both sides and suspends the station id. The clinic lead and the
    technician decide which is the genuine station; the other copy is then refused (it is
    enrolled again as a new station) and can no longer lock the genuine one out.
    """


def _side(detail: dict[str, Any], name: str) -> str:
    side = detail.get(name) or {}
    if not side.get("events"):
        return "no events"
    return (
        f"{side['events']} events #{side.get('first_seq')}-#{side.get('last_seq')}, "
        f"stamped {side.get('from') or '?'} to {side.get('to') or '?'}, "
        f"{side.get('doses', 0)} doses"
    )


def _fork_lines(incident: Any) -> list[str]:
    detail = incident.detail
    lines = [
        f"fork {incident.incident_id}  {incident.status}  station {incident.station_id}  "
        f"from record #{detail.get('fork_seq')}  raised {incident.raised_at}",
        f"  held (what the server keeps): {_side(detail, 'held')}",
        f"  pushed (kept in quarantine): {_side(detail, 'pushed')}"
        + (
            f"; that copy's log goes up to #{detail['pushed_head_seq']}"
            if detail.get("pushed_head_seq")
            else ""
        ),
    ]
    if detail.get("rejected_pushes"):
        lines.append(
            f"  pushes of the set-aside copy refused since: {detail['rejected_pushes']} "
            f"(last {detail.get('last_rejected_push_at')})"
        )
    resolution = detail.get("resolution")
    if resolution:
        lines.append(
            f"  resolved {resolution.get('at')} by {resolution.get('by')}: kept the "
            f"{resolution.get('keep')} side ({resolution.get('reason')}); "
            f"{resolution.get('set_aside_events', 0)} events set aside"
        )
    return lines


@fork.command("list")
@db_option
@click.option("--status", type=click.Choice(["open", "resolved", "all"]), default="open")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def fork_list(db: str | None, status: str, as_json: bool) -> None:
    """List fork incidents (open ones by default)."""
    rows = _service(db).list_forks(status)
    if as_json:
        click.echo(_json([row.model_dump() for row in rows], indent=2))
        return
    if not rows:
        click.echo(f"no {status} forks" if status != "all" else "no forks")
    for row in rows:
        click.echo(_fork_lines(row)[0])


@fork.command("show")
@db_option
@click.argument("incident_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def fork_show(db: str | None, incident_id: str, as_json: bool) -> None:
    """Show both sides of a fork: events, record numbers, when they were stamped, doses."""
    try:
        incident = _service(db).fork(incident_id)
    except SyncServerError as error:
        _fail(error)
    if as_json:
        click.echo(_json(incident.model_dump(), indent=2))
        return
    for line in _fork_lines(incident):
        click.echo(line)
    if incident.status == "open":
        click.echo(
            "  resolve: dosing-server fork resolve ID --keep held|pushed --by NAMES --reason TEXT"
        )


@fork.command("resolve")
@db_option
@click.argument("incident_id")
@click.option(
    "--keep",
    type=click.Choice(["held", "pushed"]),
    required=True,
    help="held: what the server holds; pushed: the side kept in quarantine.",
)
@click.option("--by", "by", required=True, help="Who decided (the clinic lead and technician).")
@click.option("--reason", required=True, help="What was found (which copy is the genuine one).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def fork_resolve(
    db: str | None, incident_id: str, keep: str, by: str, reason: str, as_json: bool
) -> None:
    """Keep one side of a fork; the station id syncs again, the other copy is refused.

    --keep pushed puts the quarantined side in place of what the server held (that side is
    kept in quarantine) and restarts the feed, so every station re-reads it.
    """
    try:
        incident = _service(db).resolve_fork(incident_id, keep=keep, by=by, reason=reason)
    except SyncServerError as error:
        _fail(error)
    if as_json:
        click.echo(_json(incident.model_dump()))
        return
    click.echo(
        f"fork {incident_id} resolved by {by}: the {keep} side is station "
        f"{incident.station_id}'s history; the other copy is refused from now on (enrol it "
        "again as a new station)"
    )
    if keep == "pushed":
        click.echo("feed restarted: every station re-reads it at its next sync")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


@main.group()
def patients() -> None:
    """Patients (fictional data only outside a clinic)."""


@patients.command("import")
@db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def patients_import(db: str | None, file: Path) -> None:
    """Import patients from CSV (patient_id, clinic_id, given_name, family_name, ...)."""
    try:
        new, changed = _service(db).import_patients(_read_csv(file))
    except SyncServerError as error:
        _fail(error)
    click.echo(f"{new} new, {changed} changed patients")


@main.group()
def prescriptions() -> None:
    """Prescriptions."""


@prescriptions.command("import")
@db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def prescriptions_import(db: str | None, file: Path) -> None:
    """Import prescriptions from CSV (prescription_id, patient_id, drug, daily_max_mg, ...)."""
    try:
        new, changed = _service(db).import_prescriptions(_read_csv(file))
    except SyncServerError as error:
        _fail(error)
    click.echo(f"{new} new, {changed} changed prescriptions")


@main.command("issue-card")
@db_option
@click.argument("patient_id")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Printable card, .png or .pdf (default card-PATIENT.png).",
)
def issue_card(db: str | None, patient_id: str, out: Path | None) -> None:
    """Sign a patient card and write it with its QR code.

    The code names the patient by id and this clinic by its id; the patient's clinic number
    is printed beside it for staff. Earlier cards of the patient are revoked (stations refuse
    them after their next sync).
    """
    from sync.server.card_print import render_card

    service = _service(db)
    try:
        payload, qr_text = service.issue_card(patient_id)
    except SyncServerError as error:
        _fail(error)
    clinic_number = service.card_clinic_number(patient_id)
    if clinic_number is None:
        click.echo(
            "warning: the patient's record has no clinic number (clinic_id column); "
            "stations cannot use the record until it has one",
            err=True,
        )
    out = out or Path(f"card-{_file_safe(patient_id)}.png")
    render_card(payload, qr_text, out, clinic_number)
    click.echo(
        json.dumps(
            {
                "payload": payload.to_json(),
                "qr": qr_text,
                "clinic_number": clinic_number,
                "file": str(out),
            }
        )
    )


def _file_safe(text: str) -> str:
    """A patient id as part of a file name (no folders, no hidden files)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in text)
    return safe or "patient"


@main.group()
def cards() -> None:
    """Patient cards."""


@cards.command("revoke")
@db_option
@click.argument("card_id")
@click.option("--reason", required=True, help="Why (lost, stolen, damaged, ...).")
def cards_revoke(db: str | None, card_id: str, reason: str) -> None:
    """Withdraw a card by its serial; stations refuse it after their next sync."""
    try:
        _service(db).revoke_card(card_id, reason)
    except SyncServerError as error:
        _fail(error)
    click.echo(f"card {card_id} revoked")


@main.group()
def incidents() -> None:
    """Suspected double doses, daily maxima exceeded, events with a bad signature."""


@incidents.command("list")
@db_option
@click.option("--status", type=click.Choice(["open", "resolved", "all"]), default="open")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def incidents_list(db: str | None, status: str, as_json: bool) -> None:
    """List incidents for clinicians to review."""
    rows = _service(db).list_incidents(status)
    if as_json:
        click.echo(_json([row.model_dump() for row in rows], indent=2))
        return
    if not rows:
        click.echo(f"no {status} incidents" if status != "all" else "no incidents")
    for row in rows:
        if row.station_id is not None:
            events = ", ".join(map(str, row.seqs))
            click.echo(
                f"{row.incident_id}  {row.status:<8} {row.kind}  station {row.station_id} "
                f"events {events}"
            )
            continue
        where = ", ".join(f"{d['station_id']} {d['mg']} mg at {d['given_at']}" for d in row.doses)
        click.echo(
            f"{row.incident_id}  {row.status:<8} {row.kind}  patient {row.patient_id} "
            f"{row.session}: {where}"
        )


@incidents.command("resolve")
@db_option
@click.argument("incident_id")
@click.option("--by", "resolved_by", required=True, help="Reviewing clinician's printed name.")
@click.option("--note", required=True, help="What was found and done.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def incidents_resolve(
    db: str | None, incident_id: str, resolved_by: str, note: str, as_json: bool
) -> None:
    """Close an incident with the reviewer's name and a note (stations pull it)."""
    try:
        incident = _service(db).resolve_incident(incident_id, resolved_by=resolved_by, note=note)
    except SyncServerError as error:
        _fail(error)
    if as_json:
        click.echo(_json(incident.model_dump()))
    else:
        click.echo(f"incident {incident_id} resolved by {resolved_by}")


@main.group()
def audit() -> None:
    """Checks an administrator can run on demand."""


@audit.command("signatures")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def audit_signatures(db: str | None, as_json: bool) -> None:
    """Verify every event signature not verified yet, to the end.

    The running server does the same in the background between requests; this runs it now
    (also while the server runs). A bad signature raises a bad_event_signature incident and
    flags the event. Exits 1 if this run found a bad signature.
    """
    service = _service(db)
    audit = service.audit_signatures()
    stations = service.list_stations()
    service.close()
    if as_json:
        click.echo(
            _json(
                {
                    "verified": audit.verified,
                    "stations": sorted(audit.stations),
                    "bad": [{"station_id": s, "seq": seq} for s, seq in audit.bad],
                    "verified_through": {
                        row.station_id: row.signatures_verified_through for row in stations
                    },
                },
                indent=2,
            )
        )
    else:
        click.echo(
            f"verified {audit.verified} signatures of {len(audit.stations)} stations; "
            f"{len(audit.bad)} bad"
        )
        for station_id, seq in audit.bad:
            click.echo(f"bad signature: station {station_id} event {seq}")
        for row in stations:
            click.echo(
                f"{row.station_id:<24} verified through {row.signatures_verified_through} "
                f"of {row.highest_contiguous_seq}"
            )
    if audit.bad:
        raise SystemExit(1)
