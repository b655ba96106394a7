"""``dosing-station demo``: a demo profile and a scripted clinic day, headless."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from station.cli import GuiRequest, default_demo_dir, launch_gui
from station.cli.common import friendly_errors
from station.cli.kdf import demo_test_kdf
from station.demo.day import run_demo_day
from station.demo.day_sync import DemoSync, DemoSyncSummary
from station.demo.profile import (
    DEMO_KDF,
    OTHER_STATION,
    demo_credentials,
    demo_password,
    roster_for_summary,
)
from station.store.crypto import TEST_KDF
from sync.client.errors import SyncError

DEVICES_NOTE = (
    "simulated: every dose weighed on a simulated MT-SICS balance and labelled on a "
    "simulated ZPL printer (in-process sim:// ports)"
)


@click.command()
@click.option("--headless", is_flag=True, help="Run the scripted day without a window.")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Demo data folder (default: a 'demo' folder beside the station's data folder).",
)
@click.option("--patients", default=12, show_default=True, type=click.IntRange(1, 5000))
@click.option(
    "--server",
    "server_url",
    default=None,
    help="Sync with this central server instead of starting one of its own (the first time, "
    "with its enrollment code in HAT_ENROLL_CODE).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary.")
@click.option(
    "--tour",
    "tour_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Drive the real window offscreen through one visit and save a PNG per step in DIR.",
)
@click.option(
    "--size",
    "tour_size",
    default="1366x768",
    show_default=True,
    callback=lambda _ctx, _param, value: _window_size(value),
    help="The tour's window size, WIDTHxHEIGHT in pixels (e.g. 1280x720, 1024x768).",
)
@click.option(
    "--no-simulators",
    "tour_without_simulators",
    is_flag=True,
    help="The tour closes the demo's simulator panel (pictures as at a clinic: docs/screens).",
)
def demo(
    headless: bool,
    data_dir: Path | None,
    patients: int,
    as_json: bool,
    tour_dir: Path | None,
    server_url: str | None,
    tour_size: tuple[int, int],
    tour_without_simulators: bool,
) -> None:
    """Create a demo profile with fictional patients and run one scripted clinic day.

    Run again on the same folder and it carries on with the next day. Without --headless
    it opens the demo in the window; with --tour it takes the window through a visit.
    """
    test_kdf = demo_test_kdf()
    if tour_dir is not None or not headless:
        launch_gui(
            GuiRequest(
                data_dir or default_demo_dir(),
                demo=True,
                tour_dir=tour_dir,
                patients=patients,
                test_kdf=test_kdf,
                tour_size=tour_size,
                tour_simulators=not tour_without_simulators,
            )
        )
        return
    kdf = TEST_KDF if test_kdf else DEMO_KDF
    folder = data_dir or default_demo_dir()
    # A code is a secret: from the environment, never from the command line (ps shows that).
    enroll_code = os.environ.get("HAT_ENROLL_CODE") or None
    with friendly_errors():
        sync = DemoSync(folder, OTHER_STATION, server_url, enroll_code, kdf=kdf)
        try:
            store, summary, created = run_demo_day(folder, patients, kdf=kdf, sync=sync)
        except SyncError as error:
            raise click.ClickException(f"Demo sync failed: {error}") from error
        finally:
            sync.close()
        nurse = store.unlock("nurse", demo_password("nurse"))
        roster = roster_for_summary(store, nurse)
        audit = store.verify(nurse.data_key)
        head_seq, _ = store.head()
        store.close()
    credentials = demo_credentials()
    result = {
        "data_dir": str(folder),
        "profile_created": created,
        "station_id": store.station_id,
        "day": summary.as_json(),
        "events_in_log": head_seq,
        "audit": {"intact": audit.intact, "checked": audit.checked, "problem": audit.problem},
        "devices": DEVICES_NOTE,
        "sync": sync_json(sync.summary),
        "users": credentials,
        "patients": roster,
    }
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    day = summary
    state = "created" if created else "reused"
    click.echo(f"Demo profile: {folder} ({state}), station {store.station_id}")
    click.echo(
        f"Clinic day {day.day_number + 1} ({day.clinic_date}): "
        f"{day.visits} visits, {day.doses} doses,"
    )
    click.echo(
        f"  {day.warnings} with warnings, {day.overrides} with a second person's override, "
        f"{day.blocked} blocked, {day.observations_closed} observations closed, "
        f"{day.adverse_events} adverse events, {day.labels_printed} labels printed, "
        f"{day.weighings_redone} weighings redone (out of tolerance)"
    )
    for code, count in sorted(day.block_reasons.items()):
        click.echo(f"  blocked: {code} x{count}")
    verdict = "intact" if audit.intact else f"BROKEN: {audit.problem}"
    click.echo(f"Audit trail: {verdict} ({audit.checked} records)")
    click.echo(f"Devices: {DEVICES_NOTE}")
    for line in sync_lines(sync.summary):
        click.echo(line)
    click.echo("Demo users: " + ", ".join(f"{u['username']}/{u['password']}" for u in credentials))


def sync_json(summary: DemoSyncSummary | None) -> dict[str, object]:
    """What the demo synced, for --json."""
    return summary.as_json() if summary is not None else {"online": False}


def sync_lines(summary: DemoSyncSummary | None) -> list[str]:
    """What the demo synced, for people."""
    if summary is None:
        return ["Sync: did not run"]
    where = (
        f"own demo server {summary.server_url} (stopped again)"
        if summary.own_server
        else summary.server_url
    )
    if not summary.online:
        return [
            f"Sync: OFFLINE with {where}: {summary.last_error}",
            "  The day's records are kept and wait for the next sync.",
        ]
    lines = [f"Sync: {where}: pushed {summary.pushed} events, pulled {summary.pulled}"]
    if summary.other_station_id:
        lines.append(
            f"  Station 2 ({summary.other_station_id}) dosed offline and pushed "
            f"{summary.other_station_pushed} events"
        )
    for notice in summary.notices:
        lines.append(f"  Notice: {notice}")
    lines.append(f"  Open incidents: {len(summary.open_incidents)}")
    for incident in summary.open_incidents:
        stations = " and ".join(str(name) for name in incident["stations"])
        lines.append(
            f"    {incident['kind']}: {incident['clinic_id']}, {incident['session']}, "
            f"doses at {stations}"
        )
    return lines


def _window_size(text: str) -> tuple[int, int]:
    """``1366x768`` as (1366, 768); anything else is a usage error with the expected form."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 640 or int(height) < 480:
        raise click.BadParameter(f"{text!r}: give WIDTHxHEIGHT, at least 640x480 (e.g. 1366x768)")
    return int(width), int(height)
