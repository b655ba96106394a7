"""A pulled event stamped far ahead is ordered by its arrival, alike in a rebuild and as pulled.

Our clock does not follow a stamp more than a day ahead (``remote.MAX_FOLLOWED_DRIFT_MS``), so
what we record after it would carry an earlier stamp; it is ordered as of its arrival instead.
Stations, staff and patients are fictional.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from station.domain.patients import Patient
from station.services.codec import patient_payload
from station.services.sync_link import StoreReplica
from station.store import remote
from sync.client.replica import PullState
from sync.wire.compact import row_wire_event
from sync.wire.hlc import HlcStamp
from tests.services.sync_support import Station, feed_row, new_station, projection_documents

DAY_MS = 24 * 3600 * 1000


def _pull(replica: StoreReplica, path: str, rows: list[tuple[Any, ...]], cursor: int) -> None:
    if path == "rows":
        replica.apply_pulled_rows(rows, PullState(cursor, "epoch"))
    else:
        replica.apply_pulled([row_wire_event(row) for row in rows], PullState(cursor, "epoch"))


def _given_name(station: Station, patient: Patient) -> str:
    return str(projection_documents(station)["patients"][patient.patient_id]["given_name"])


def _stamp(offset_ms: int, node: str) -> str:
    return str(HlcStamp(int(time.time() * 1000) + offset_ms, 0, node))


@pytest.mark.parametrize("path", ["rows", "objects"])
def test_an_edit_made_after_a_far_future_one_arrived_wins_in_a_rebuild_too(
    tmp_path: Path, path: str
) -> None:
    b = new_station(tmp_path / "st-b", "st-b")
    try:
        patient = b.register()
        replica = StoreReplica(b.store, b.nurse)
        far = _stamp(2 * DAY_MS, "st-far")
        renamed = patient_payload(replace(patient, given_name="Fremtida"))
        _pull(replica, path, [feed_row("st-far", 1, "patient.updated", renamed, stamp=far)], 1)
        assert _given_name(b, patient) == "Fremtida", "it arrived after the registration here"

        b.store.record(b.lead, "patient.updated", patient_payload(patient))  # the name back
        assert _given_name(b, patient) == patient.given_name
        # An older edit from elsewhere touches the record: it is replayed in the same order.
        older = patient_payload(replace(patient, given_name="Gammelina"))
        stamp = _stamp(-3600 * 1000, "st-c")
        _pull(replica, path, [feed_row("st-c", 1, "patient.updated", older, stamp=stamp)], 2)
        incremental = projection_documents(b)
        assert _given_name(b, patient) == patient.given_name

        b.store.rebuild_projections(b.admin)
        assert projection_documents(b) == incremental
        assert _given_name(b, patient) == patient.given_name

        with b.store.reading(b.admin) as projections:
            row = projections._connection.execute(
                "SELECT station_id, seq, uuid, type, sealed, hlc FROM remote_events "
                "WHERE station_id = 'st-far'"
            ).fetchone()
            own_edit = projections._connection.execute(
                "SELECT hlc FROM events ORDER BY seq DESC LIMIT 1"
            ).fetchone()[0]
        assert remote.open_remote(b.admin.data_key, row[:5]).hlc == far, "the event is kept whole"
        assert row[5] < own_edit < far, "ordered as of its arrival, before the later edit here"
    finally:
        b.close()


def test_a_followable_stamp_keeps_its_own_order(tmp_path: Path) -> None:
    b = new_station(tmp_path / "st-b", "st-b")
    try:
        patient = b.register()
        replica = StoreReplica(b.store, b.nurse)
        ahead = _stamp(DAY_MS // 2, "st-ahead")  # half a day ahead: followed
        renamed = patient_payload(replace(patient, given_name="Snartina"))
        rows = [feed_row("st-ahead", 1, "patient.updated", renamed, stamp=ahead)]
        replica.apply_pulled_rows(rows, PullState(1, "epoch"))
        b.store.record(b.lead, "patient.updated", patient_payload(patient))
        with b.store.reading(b.admin) as projections:
            held = projections._connection.execute("SELECT hlc FROM remote_events").fetchone()[0]
            own_edit = projections._connection.execute(
                "SELECT hlc FROM events ORDER BY seq DESC LIMIT 1"
            ).fetchone()[0]
        assert held == ahead < own_edit, "our clock followed it"
        incremental = projection_documents(b)
        b.store.rebuild_projections(b.admin)
        assert projection_documents(b) == incremental
        assert _given_name(b, patient) == patient.given_name
    finally:
        b.close()
