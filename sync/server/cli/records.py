"""``dosing-server`` commands about clinic records: imports, cards, incidents, the audit."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click

from sync.server.cli.common import db_option, fail, json_text, main, open_service
from sync.server.errors import SyncServerError


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
        new, changed = open_service(db).import_patients(_read_csv(file))
    except SyncServerError as error:
        fail(error)
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
        new, changed = open_service(db).import_prescriptions(_read_csv(file))
    except SyncServerError as error:
        fail(error)
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

    service = open_service(db)
    try:
        payload, qr_text = service.issue_card(patient_id)
    except SyncServerError as error:
        fail(error)
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
        open_service(db).revoke_card(card_id, reason)
    except SyncServerError as error:
        fail(error)
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
    rows = open_service(db).list_incidents(status)
    if as_json:
        click.echo(json_text([row.model_dump() for row in rows], indent=2))
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
        incident = open_service(db).resolve_incident(
            incident_id, resolved_by=resolved_by, note=note
        )
    except SyncServerError as error:
        fail(error)
    if as_json:
        click.echo(json_text(incident.model_dump()))
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
    service = open_service(db)
    audit = service.audit_signatures()
    stations = service.list_stations()
    service.close()
    if as_json:
        click.echo(
            json_text(
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
