"""``dosing-server`` commands about stations: enrollment codes, stations, the feed, forks."""

from __future__ import annotations

from typing import Any

import click

from sync.server.cli.common import db_option, fail, json_text, main, open_service
from sync.server.errors import SyncServerError


@main.command("enroll-station")
@db_option
@click.option("--hours", default=24.0, show_default=True, help="How long the code stays valid.")
def enroll_station(db: str | None, hours: float) -> None:
    """Print a one-time enrollment code for a new station.

    A technician types it into the station (dosing-station enroll --server URL asks for it).
    """
    click.echo(open_service(db).new_enrollment_code(hours))


@main.group()
def stations() -> None:
    """Enrolled stations."""


@stations.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stations_list(db: str | None, as_json: bool) -> None:
    """List stations: status, highest contiguous sequence, alerts."""
    rows = open_service(db).list_stations()
    if as_json:
        click.echo(json_text([row.as_json() for row in rows], indent=2))
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
        open_service(db).revoke_station(station_id, reason)
    except SyncServerError as error:
        fail(error)
    click.echo(f"station {station_id} revoked")


@stations.command("reinstate")
@db_option
@click.argument("station_id")
@click.option("--reason", required=True, help="Who checked the station and what was found.")
def stations_reinstate(db: str | None, station_id: str, reason: str) -> None:
    """Lift a station's suspension (e.g. after a copied data folder was dealt with)."""
    try:
        open_service(db).reinstate_station(station_id, reason)
    except SyncServerError as error:
        fail(error)
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
        epoch = open_service(db).restart_feed(reason)
    except SyncServerError as error:
        fail(error)
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
    rows = open_service(db).list_forks(status)
    if as_json:
        click.echo(json_text([row.model_dump() for row in rows], indent=2))
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
        incident = open_service(db).fork(incident_id)
    except SyncServerError as error:
        fail(error)
    if as_json:
        click.echo(json_text(incident.model_dump(), indent=2))
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
        incident = open_service(db).resolve_fork(incident_id, keep=keep, by=by, reason=reason)
    except SyncServerError as error:
        fail(error)
    if as_json:
        click.echo(json_text(incident.model_dump()))
        return
    click.echo(
        f"fork {incident_id} resolved by {by}: the {keep} side is station "
        f"{incident.station_id}'s history; the other copy is refused from now on (enrol it "
        "again as a new station)"
    )
    if keep == "pushed":
        click.echo("feed restarted: every station re-reads it at its next sync")
