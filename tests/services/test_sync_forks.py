"""Clones and forks: a copied station folder that syncs becomes an incident people resolve.

Real station stores syncing through the real server over loopback HTTP (a SQLite file or a
PostgreSQL schema). The copy is the whole data folder, taken while the genuine station was
closed, as someone copying it to a spare laptop would; both copies then keep working.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from station.domain.patients import Patient
from station.services.sync_link import enroll
from sync.client.errors import SyncRejected
from sync.server import schema
from sync.server.db import read_transaction
from tests.services.sync_support import (
    SERVER_DATABASES,
    Station,
    enrolled_stations,
    new_station,
    running_server,
)
from tests.sync.conftest import InProcessServer

CLINIC_LEAD_AND_TECHNICIAN = "Lea Fiktiv (clinic lead) and Tom Fiktiv (technician)"


@pytest.fixture(params=SERVER_DATABASES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[InProcessServer]:
    """The real server on loopback over a SQLite file or a PostgreSQL schema."""
    with running_server(InProcessServer, tmp_path, request) as running:
        yield running


@pytest.fixture
def stations(tmp_path: Path, server: InProcessServer) -> Iterator[dict[str, Station]]:
    """The genuine station A, another station B, and (made by ``_copy``) A's copy."""
    with enrolled_stations(tmp_path, server) as (a, b):
        made = {"st-a": a, "st-b": b}
        yield made
        for station in made.values():
            station.close()  # A's copy too (A and B again: harmless)


def _copy(stations: dict[str, Station], tmp_path: Path) -> Station:
    """A's whole data folder copied (A closed meanwhile); both copies open and signed in."""
    a = stations["st-a"]
    a.close()
    folder = tmp_path / "copy-of-st-a"
    shutil.copytree(a.data_dir, folder)
    a.reopen()
    a.connect()
    copy = dataclasses.replace(a, data_dir=folder, sync=None, closed=True)
    copy.reopen()
    copy.connect()
    stations["copy"] = copy
    return copy


def _sync(station: Station) -> Any:
    assert station.sync is not None
    return station.sync.sync_now()


def _synced(station: Station) -> Any:
    overview = _sync(station)
    assert overview.status.online and not overview.status.last_error, overview.summary()
    return overview


def _refused(station: Station, words: str) -> str:
    overview = _sync(station)
    said = overview.summary()
    assert overview.status.refused and words in said, said
    assert "Traceback" not in said
    return said


def _server(server: InProcessServer) -> Any:
    assert server.service is not None
    return server.service


def _status(server: InProcessServer, station_id: str) -> str:
    row = next(r for r in _server(server).list_stations() if r.station_id == station_id)
    return str(row.status)


def _server_chain(server: InProcessServer, station_id: str, side: str | None = None) -> list[Any]:
    """(seq, hash) of a station's events the server holds, or of a fork side it quarantined."""
    table = schema.events if side is None else schema.quarantined_events
    query = select(table.c.seq, table.c.hash).where(table.c.station_id == station_id)
    if side is not None:
        query = query.where(schema.quarantined_events.c.side == side)
    with read_transaction(_server(server).engine) as connection:
        return [tuple(row) for row in connection.execute(query.order_by(table.c.seq))]


def _local_chain(station: Station, after: int = 0) -> list[tuple[int, str]]:
    return [(e.seq, e.hash) for e in station.store.events_after(station.admin, after)]


def _dose_mgs(station: Station, patient: Patient) -> list[int]:
    doses = station.counter.overview(station.nurse, patient.patient_id).recent_doses
    return sorted(int(dose.mg.value) for dose in doses)


def test_a_clone_that_syncs_first_is_a_fork_and_keeping_the_pushed_side_gives_the_id_back(
    stations: dict[str, Station], server: InProcessServer, tmp_path: Path
) -> None:
    a, b = stations["st-a"], stations["st-b"]
    first, second = a.register(), a.register()
    _synced(a)
    _synced(b)
    common = a.store.head()[0]
    clone = _copy(stations, tmp_path)

    clone.give(first, 100)  # the copy on the spare laptop doses and syncs first
    _synced(clone)
    _synced(b)
    assert _dose_mgs(b, first) == [100]
    a.give(second, 120)  # the genuine station doses, then syncs
    said = _refused(a, "differs from what the server holds")
    assert "suspended" in said and "server keeps both histories" in said
    assert _status(server, "st-a") == "suspended"

    (fork,) = _server(server).list_forks()
    detail = fork.detail
    fork_seq = detail["fork_seq"]
    assert fork.kind == "diverging_chain" and fork.station_id == "st-a"
    assert fork_seq == common + 1 and fork.seqs == [fork_seq]
    assert detail["held"]["events"] == clone.store.head()[0] - common
    assert detail["pushed"]["events"] == a.store.head()[0] - common
    assert detail["held"]["doses"] == detail["pushed"]["doses"] == 1
    assert detail["held"]["from"] and detail["pushed"]["to"]
    # Nothing lost: the clone's side is held, the genuine side kept in quarantine, whole.
    assert _server_chain(server, "st-a")[common:] == _local_chain(clone, common)
    assert _server_chain(server, "st-a", "pushed") == _local_chain(a, common)

    resolved = _server(server).resolve_fork(
        fork.incident_id,
        keep="pushed",
        by=CLINIC_LEAD_AND_TECHNICIAN,
        reason="The counter PC is the genuine station; the laptop was a copy (fictional).",
    )
    assert resolved.status == "resolved" and resolved.resolved_by == CLINIC_LEAD_AND_TECHNICIAN
    assert resolved.detail["resolution"]["keep"] == "pushed"
    assert _status(server, "st-a") == "active"
    assert _server_chain(server, "st-a", "held") == _local_chain(clone, common)

    a.give(first, 80)  # the genuine station syncs again, with what it recorded meanwhile
    _synced(a)
    assert _server_chain(server, "st-a") == _local_chain(a)
    for _attempt in range(2):  # the copy is refused, again and again, suspending nothing
        _refused(clone, "This copy of the station was set aside")
        assert _status(server, "st-a") == "active"
    _synced(a)
    assert _server(server).list_forks() == []
    # B drops what it pulled of the set-aside copy and takes the genuine station's records.
    _synced(b)
    assert _dose_mgs(b, first) == [80]
    assert _dose_mgs(b, second) == [120]


def test_keeping_the_held_side_refuses_the_copy_and_the_genuine_station_keeps_syncing(
    stations: dict[str, Station], server: InProcessServer, tmp_path: Path
) -> None:
    a, b = stations["st-a"], stations["st-b"]
    first, second = a.register(), a.register()
    _synced(a)
    copy = _copy(stations, tmp_path)
    a.give(first, 100)
    _synced(a)
    copy.give(second, 90)
    _refused(copy, "differs from what the server holds")
    (fork,) = _server(server).list_forks()
    quarantined = _server_chain(server, "st-a", "pushed")
    assert quarantined and quarantined == _local_chain(copy, fork.detail["fork_seq"] - 1)

    _server(server).resolve_fork(
        fork.incident_id,
        keep="held",
        by=CLINIC_LEAD_AND_TECHNICIAN,
        reason="The laptop copy was made without asking; the counter PC is genuine (fictional).",
    )
    assert _status(server, "st-a") == "active"
    for _round in range(3):
        said = _refused(copy, "This copy of the station was set aside")
        assert "Enrol it again as a new station" in said
        a.register()  # the genuine station records on and syncs
        _synced(a)
        assert _status(server, "st-a") == "active"
    assert _server_chain(server, "st-a") == _local_chain(a)
    assert [f.incident_id for f in _server(server).list_forks("all")] == [fork.incident_id]
    rejected = _server(server).fork(fork.incident_id).detail["rejected_pushes"]
    assert rejected == 3
    _synced(b)
    assert _dose_mgs(b, first) == [100]
    assert _dose_mgs(b, second) == []  # never the copy's 90 mg


def test_enrolling_again_under_an_enrolled_station_id_is_refused(
    stations: dict[str, Station], server: InProcessServer, tmp_path: Path
) -> None:
    impostor = new_station(tmp_path / "another-st-a", "st-a")
    try:
        with pytest.raises(SyncRejected) as refused:
            enroll(impostor.store, impostor.tech, server.url, _server(server).new_enrollment_code())
        assert refused.value.code == "station_exists"
        assert "already enrolled" in str(refused.value)
        assert impostor.store.meta("sync_binding") is None
    finally:
        impostor.close()
    _synced(stations["st-a"])
    assert _status(server, "st-a") == "active"


def test_a_copy_whose_push_does_not_reach_the_fork_still_finds_it_through_the_receipt(
    stations: dict[str, Station], server: InProcessServer, tmp_path: Path
) -> None:
    """The copy sends only records the server holds already (small batches): the receipt of
    that push names a head the copy's log does not have, so it pushes from where they part."""
    a = stations["st-a"]
    a.register()
    _synced(a)
    for _n in range(3):
        a.register()  # recorded while offline, then copied with the folder
    copy = _copy(stations, tmp_path)
    a.register()
    _synced(a)
    copy.register()
    assert copy.store.head()[0] == a.store.head()[0]
    assert copy.sync is not None and copy.sync._engine is not None
    copy.sync._engine.push_batch = 2  # its first push holds only records both copies share
    _refused(copy, "differs from what the server holds")
    (fork,) = _server(server).list_forks()
    assert fork.detail["pushed"]["events"] >= 1
    assert _status(server, "st-a") == "suspended"
