"""The counter's day: the absent list over a year of doses, and a check-in reaching the queue."""

from __future__ import annotations

import sqlite3
import statistics
import time
import uuid
from datetime import UTC, datetime

from bench.core import Figure, interleaved_medians, ratio_figure, reported_figure, target_figure
from bench.shared import LEAD, PASSWORD, SharedBuilds, Year
from station.services.absence import AbsenceService
from station.services.queue import QueueService
from station.store.projections import RECENT_DOSES_KEPT
from station.store.store import Store

CONTACTS = 30
"""Patients with a contact logged before the list is timed (the list shows the last one)."""
CHECK_INS = 30


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Both figures on the run's shared year (300 patients, about 200,000 doses)."""
    year = shared.year(quick)
    return [*_absent_list(year, 5 if quick else 15), *_check_in(year, 10 if quick else CHECK_INS)]


def _now() -> datetime:
    return datetime.now(UTC)


def _absent_list(year: Year, repeats: int) -> list[Figure]:
    store = Store.open(year.data_dir)
    session = store.unlock(LEAD, PASSWORD)
    absence = AbsenceService(store, _now)
    for patient_id in year.patient_ids[:CONTACTS]:
        absence.log_contact(session, patient_id, "called", "bench: no answer (fictional)")
    plain = sqlite3.connect(year.plain)
    patient_ids = list(year.patient_ids)

    def station_list() -> None:
        if len(absence.absent(session)) != len(patient_ids):  # the year ends yesterday
            raise RuntimeError("the absent list does not hold every patient")

    def bare_read() -> None:
        """The same rows from plain indexed tables: each patient, their orders, and the doses
        their state keeps (its last dose first)."""
        for patient_id in patient_ids:
            plain.execute("SELECT * FROM patients WHERE patient_id = ?", (patient_id,)).fetchone()
            plain.execute(
                "SELECT * FROM prescriptions WHERE patient_id = ?", (patient_id,)
            ).fetchall()
            rows = plain.execute(
                "SELECT * FROM doses WHERE patient_id = ? ORDER BY given_at DESC LIMIT ?",
                (patient_id, RECENT_DOSES_KEPT),
            ).fetchall()
            if not rows:
                raise RuntimeError("the bare read found no dose")

    station_list()
    bare_read()
    listed, bare = interleaved_medians((station_list, bare_read), repeats)
    plain.close()
    store.close()
    return [
        ratio_figure(
            f"absent list, {year.patients} patients x a year, vs bare read of the same rows",
            listed * 1000,
            bare * 1000,
            "ms",
            3.0,
            f"{year.describe()}; every patient listed (the year ends yesterday), {CONTACTS} "
            "with a contact logged; the station opens each patient, their orders and their "
            "state (recent doses, contacts) by key; baseline: the patient, their prescriptions "
            f"and their last {RECENT_DOSES_KEPT} doses by index from plain tables; median of "
            f"{repeats} of each, interleaved",
        )
    ]


def _check_in(year: Year, count: int) -> list[Figure]:
    store = Store.open(year.data_dir)
    session = store.unlock(LEAD, PASSWORD)
    queue = QueueService(store, _now)
    with store.reading(session):
        pass  # the first read after opening checks the seal: that is not the queue's
    started = time.perf_counter()
    queue.waiting(session)  # the day's start is found in the log (newest first)
    cold = time.perf_counter() - started
    clinic_ids = [f"B-{number:05d}" for number in range(count)]
    samples, floors = [], []
    for clinic_id in clinic_ids:
        started = time.perf_counter()
        entry = queue.check_in(session, clinic_id)
        if not any(e.patient_id == entry.patient_id for e in queue.waiting(session)):
            raise RuntimeError("a patient checked in is not in the queue")
        samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.record(
            session, "bench.note", {"note_id": str(uuid.uuid4()), "at": _now().isoformat()}
        )
        floors.append(time.perf_counter() - started)
    for entry in queue.waiting(session):
        queue.leave(session, entry.patient_id, "in_error")
    store.close()
    value, floor = statistics.median(samples), statistics.median(floors)
    return [
        target_figure(
            "check-in to the patient appearing in the counter's queue",
            value * 1000,
            "ms",
            floor * 1000,
            "<= 100 ms",
            lambda ms: ms <= 100,
            f"{year.describe()}; the queue service's check-in by clinic number (which reads "
            f"the queue) and the queue read that shows the patient, {count} patients one after "
            f"the other (the queue grows to {count}), median; baseline: one small event "
            "committed to the same store (the write's floor)",
        ),
        reported_figure(
            "first read of the day's queue after opening a year's store",
            cold * 1000,
            floor * 1000,
            "ms",
            "the day's queue and visit events are found reading the log newest first until the "
            "day began (keyed by sequence), then followed; baseline: one small event committed",
        ),
    ]
