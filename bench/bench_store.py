"""Store figures: commit a dose (sealed and not), unlock, sign in on a year's record, rebuild."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

from bench.core import (
    Figure,
    median_seconds,
    reported_figure,
    results_folder,
    target_figure,
)
from bench.shared import ADMIN, PASSWORD, SharedBuilds
from station.domain.prescriptions import Drug
from station.store.crypto import TEST_KDF, calibrate_kdf, derive_key
from station.store.database import connect
from station.store.sealing import DEFER_ROWS, RecordSeal
from station.store.store import Session, Store


@contextmanager
def raw_reader_of(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A plain read connection to the store file in ``data_dir``."""
    reader = sqlite3.connect(Store.database_path(data_dir))
    try:
        yield reader
    finally:
        reader.close()


def raw_reader(store: Store) -> AbstractContextManager[sqlite3.Connection]:
    """A plain read connection to a store's file."""
    return raw_reader_of(store.data_dir)


def _create(folder: Path, kdf: Any = TEST_KDF) -> tuple[Store, Session]:
    store, session, _ = Store.create(
        folder, "Bench station", ADMIN, "Bench Admin", PASSWORD, kdf=kdf
    )
    return store, session


def _dose(patient_id: str, given_at: datetime, station_id: str) -> dict[str, Any]:
    """A dose payload shaped like the counter's (drug, session key and outcome as it writes)."""
    session = "morning" if given_at.hour < 12 else "evening"
    return {
        "patient_id": patient_id,
        "dose_id": str(uuid.uuid4()),
        "drug": Drug.DIACETYLMORPHINE_IV.value,
        "mg": "180",
        "given_at": given_at.isoformat(),
        "session": f"{given_at.date().isoformat()}/{session}",
        "station_id": station_id,
        "outcome": "full",
    }


BENCH_BATCH = "SB-BENCH-001"


def _stock_a_batch(store: Store, session: Session) -> None:
    """One received lot made into a solution batch, as the pharmacist records them."""
    at = datetime(2024, 12, 31, 7, tzinfo=UTC).isoformat()
    lot = str(uuid.uuid4())
    by = session.user.user_id
    store.record_many(
        session,
        [
            (
                "stock.received",
                {
                    "receipt_id": lot,
                    "product_id": "07612345000015",
                    "substance": "diacetylmorphine",
                    "label": "Bench pack (fictional)",
                    "mg": "10000000",
                    "units": 1000,
                    "mg_per_unit": "10000",
                    "received_at": at,
                    "by": by,
                    "station_id": store.station_id,
                },
            ),
            (
                "batch.reconstituted",
                {
                    "batch_id": BENCH_BATCH,
                    "substance": "diacetylmorphine",
                    "label": BENCH_BATCH,
                    "expires_at": datetime(2030, 1, 1, tzinfo=UTC).isoformat(),
                    "concentration": "100.00",
                    "density": "1.0180",
                    "volume_ml": "100000",
                    "mg": "10000000",
                    "sources": [{"container_id": lot, "mg": "10000000"}],
                    "prepared_at": at,
                    "by": by,
                    "witness": by,
                    "station_id": store.station_id,
                },
            ),
        ],
    )


def _counter_dose(
    patient_id: str, given_at: datetime, station_id: str, nurse: str
) -> dict[str, Any]:
    """A dose as the counter records it: weighed from a batch, with decision and signature."""
    dose = _dose(patient_id, given_at, station_id)
    dose.update(
        mg="180.36",
        given_mg=None,
        visit_id=str(uuid.uuid4()),
        prescription_id=str(uuid.uuid4()),
        decision="allow",
        reasons=[],
        acknowledgement=None,
        weighing={
            "batch_id": BENCH_BATCH,
            "measured_g": "1.8360",
            "prepared_mg": "180.36",
            "raw_reading": "S S      1.8360 g",
            "target_g": "1.8324",
            "target_mg": "180",
            "within_tolerance": "true",
        },
        signatures=[
            {
                "meaning": "administered",
                "printed_name": "Bench Nurse (fictional)",
                "signed_at": given_at.isoformat(),
                "subject_hash": os.urandom(32).hex(),
                "user_id": nurse,
            }
        ],
    )
    return dose


LOG_ONLY_TYPE = "bench.log_only"  # no projection handles it: only the event log is written

# -- (1) commit one dose event ------------------------------------------------------------------


class _Station:
    """A bench store with ``history`` doses of 50 patients already given, and its commits."""

    def __init__(self, folder: Path, patients: list[str], history: int, start: datetime) -> None:
        self.store, self.session = _create(folder)
        self.patients = patients
        self.start = start
        _stock_a_batch(self.store, self.session)
        for first in range(0, history, 250):
            self.store.record_many(
                self.session,
                [
                    ("dose.administered", self.dose(n))
                    for n in range(first, min(first + 250, history))
                ],
            )

    def dose(self, number: int) -> dict[str, Any]:
        """This station's own dose, weighed from a batch (so it goes through every projection
        a real one does: patient state, dose row, stock ledger and the batch's balance)."""
        at = self.start + timedelta(hours=12 * (number // len(self.patients)), minutes=number % 60)
        patient_id = self.patients[number % len(self.patients)]
        return _counter_dose(patient_id, at, self.store.station_id, self.session.user.user_id)

    def commit(self, number: int, event_type: str = "dose.administered") -> None:
        """Commit dose ``number``, as the counter does (or under ``event_type``)."""
        self.store.record(self.session, event_type, self.dose(number))


def _commit_figures(folder: Path, quick: bool) -> list[Figure]:
    """The dose commit beside the floor, the bare insert, the log alone and the unsealed commit.

    Every side is timed in the same loop, one after the other for each dose, so the disk's
    weather falls on all alike. The floor is SQLite alone running the statements a dose commit
    runs: captured from a twin of the measured store (capturing slows a store's commits, so
    the measured store is never captured) and replayed, values written in, on a copy of the
    twin's file.
    """
    commits = 60 if quick else 400
    patients = [str(uuid.uuid4()) for _ in range(50)]
    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    history = 20 * len(patients)  # ten days, so each patient's state holds ~16 doses
    measured = _Station(folder / "station", patients, history, start)
    unsealed = _Station(folder / "unsealed", patients, history, start)
    _unseal(unsealed.store)
    captured = _Station(folder / "captured", patients, history, start)
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
    with raw_reader(measured.store) as reader:  # the baseline inserts a blob a sealed dose's size
        (sealed_size,) = reader.execute(
            "SELECT length(sealed) FROM events WHERE type = 'dose.administered' LIMIT 1"
        ).fetchone()
    blob = os.urandom(int(sealed_size))

    def one_bare_commit() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO events (payload) VALUES (?)", (blob,))
        bare.execute("COMMIT")

    replica, statements = _replica_of(captured.store, folder / "replica.db")

    def one_replay() -> None:
        _replay(replica, statements)
        statements.clear()

    sides: dict[str, list[float]] = {}

    def timed(side: str, work: Callable[[], None]) -> None:
        started = time.perf_counter()
        work()
        sides.setdefault(side, []).append(time.perf_counter() - started)

    for number in range(history, history + 20 + commits):  # interleaved: same disk weather
        timed("sealed", lambda n=number: measured.commit(n))  # type: ignore[misc]
        timed("bare", one_bare_commit)
        captured.commit(number)
        timed("floor", one_replay)
        timed("log only", lambda n=number: measured.commit(n, LOG_ONLY_TYPE))  # type: ignore[misc]
        captured.commit(number, LOG_ONLY_TYPE)  # the twin stays the measured store's twin
        one_replay()
        timed("unsealed", lambda n=number: unsealed.commit(n))  # type: ignore[misc]
    with captured.store._write_transaction() as connection:
        connection.set_trace_callback(None)
    with raw_reader(captured.store) as reader:  # the copy ran exactly what the twin did
        drifted = [
            table
            for table, digest in _contents(reader).items()
            if _contents(replica).get(table) != digest
        ]
    if drifted:
        raise RuntimeError(f"the replica drifted from the store it replays: {drifted}")
    with raw_reader(measured.store) as reader:
        (doses,) = reader.execute(
            "SELECT count(*) FROM events WHERE type = 'dose.administered'"
        ).fetchone()
    if doses != history + 20 + commits:
        raise RuntimeError(f"{doses} doses in the measured store, not {history + 20 + commits}")
    replica.close()
    # Pages each commit writes (WAL frames), counted apart from the timing: each one is
    # written and then flushed to the disk by the commit's fsync.
    numbers = itertools.count(history + 20 + commits)
    store_pages = _wal_pages_per_commit(
        Store.database_path(measured.store.data_dir), lambda: measured.commit(next(numbers))
    )
    bare_pages = _wal_pages_per_commit(folder / "bare.db", one_bare_commit)
    for station in (measured, unsealed, captured):
        station.store.close()
    bare.close()
    ms = {side: statistics.median(samples[20:]) * 1000 for side, samples in sides.items()}
    interleaved = (
        f"median of {commits} after 20 to warm up, the sealed commit, the bare insert, the "
        "floor, the log alone and the unsealed commit timed in turn for each dose"
    )
    dose = target_figure(
        "store: commit one dose event (encrypt+chain+sign+fsync)",
        ms["sealed"],
        "ms",
        ms["floor"],
        "ratio <= 1.5 (to the floor) and value <= 2.5 x the bare insert",
        lambda value: value <= 1.5 * ms["floor"] and value <= 2.5 * ms["bare"],
        note=(
            f"{interleaved}; 50 patients with 10 days of history, each dose weighed from a "
            f"batch as the counter records it ({sealed_size} bytes sealed) with its projections "
            f"(event, dose row, patient state, stock ledger entry, batch balance, chain head, "
            f"seal: {store_pages:.1f} pages written per commit); baseline: the floor (below); "
            f"bare SQLite insert of a blob that size ({bare_pages:.1f} pages), WAL, "
            f"synchronous=FULL, same disk: {ms['bare']:.3f} ms, "
            f"{ms['sealed'] / ms['bare']:.2f} x"
        ),
    )
    log_only = reported_figure(
        "store: the same dose event in the log alone (no projections)",
        ms["log only"],
        ms["bare"],
        "ms",
        (
            "the dose payload sealed, chained, signed and fsynced under a type no projection "
            "reads; it shows what the projections, which commit in the same transaction, add; "
            f"baseline: the bare insert; {interleaved}"
        ),
    )
    floor = reported_figure(
        "store: SQLite alone running the dose commit's own statements (the floor)",
        ms["floor"],
        ms["bare"],
        "ms",
        (
            "each dose commit's SQL (BEGIN IMMEDIATE to COMMIT, reads included), captured from "
            "a twin store's connection with its values written in, replayed on a copy of the "
            "twin's file with the same settings (the seal's triggers taken out): no Python "
            "work, no encryption, no signature. What writing these rows costs SQLite on this "
            f"disk, whatever code prepares them; baseline: the bare insert; {interleaved}"
        ),
    )
    added_ms = ms["sealed"] - ms["unsealed"]
    sealing = target_figure(
        "store: the dose commit sealed (row digests and the head's seal) against the same "
        "commit unsealed",
        ms["sealed"],
        "ms",
        ms["unsealed"],
        "value - baseline <= 1.0 ms",
        lambda value: value - ms["unsealed"] <= 1.0,
        note=(
            f"{interleaved}; sealing adds {added_ms:.2f} ms to each commit (triggers keep each "
            "written row's keyed digest in its table's sum, the seal's MAC over the head and "
            "every sum, the head note beside the file); baseline: the commit as it was before "
            "issue 14, on a twin store with the same history whose triggers and seal hooks are "
            "taken out. The target is absolute: a dose is committed once a visit, so what "
            "counts is the time added, not the ratio to a commit of 1 ms"
        ),
    )
    return [dose, sealing, log_only, floor]


def _unseal(store: Store) -> None:
    """Make ``store``'s commits what they were before sealing (a baseline only).

    Its seal hooks and the triggers that keep the tables' sums are taken out (private parts,
    on purpose), so each commit does exactly what it did before issue 14.
    """
    store._transactor.hooks = None
    with store._transactor.transaction() as tx:
        for (name,) in tx.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
        ).fetchall():
            tx.execute(f"DROP TRIGGER {name}")


def _contents(connection: sqlite3.Connection) -> dict[str, int]:
    """A digest of every table's rows but the seal's sums (which the replica does not keep)."""
    tables = [
        str(name)
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if name != "integrity"
    ]
    return {
        table: hash(tuple(sorted(map(repr, connection.execute(f"SELECT * FROM {table}")))))
        for table in tables
    }


def _replica_of(store: Store, path: Path) -> tuple[sqlite3.Connection, list[str]]:
    """A copy of the store's file, opened as the store opens its own, and the list into which
    every statement the store runs from now on is captured (as text, its values written in)."""
    statements: list[str] = []

    def capture(statement: str) -> None:
        # sqlite3 reports a statement again at the start of each trigger it fires (the same
        # text, at once): run once, as the store ran it. A write the store really ran twice in
        # a row would be lost here, and the end's comparison of the two files would say so.
        if not statements or statements[-1] != statement:
            statements.append(statement)

    with raw_reader(store) as checkpointer:  # nothing else writes while the bench runs
        checkpointer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(Store.database_path(store.data_dir), path)
    with store._write_transaction() as connection:
        connection.set_trace_callback(capture)
    statements.clear()  # the empty transaction just above
    replica = connect(path)
    # The seal's triggers call Python (the keyed row digests): no part of SQLite's own work.
    for (name,) in replica.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'integrity_%'"
    ).fetchall():
        replica.execute(f"DROP TRIGGER {name}")
    return replica, statements


def _replay(connection: sqlite3.Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.execute(statement)


def _wal_pages_per_commit(database: Path, commit: Callable[[], None], commits: int = 20) -> float:
    """How many pages (WAL frames) one commit writes, on average over ``commits``."""
    wal = database.with_name(database.name + "-wal")
    with sqlite3.connect(database) as checkpointer:  # an empty WAL: no checkpoint in between
        checkpointer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(checkpointer.execute("PRAGMA page_size").fetchone()[0])
    checkpointer.close()
    started = wal.stat().st_size
    for _ in range(commits):
        commit()
    header = 32 if started == 0 else 0
    return (wal.stat().st_size - started - header) / (page_size + 24) / commits


# -- (2) unlock with the real key derivation ---------------------------------------------------


def _unlock_figure(folder: Path, quick: bool) -> Figure:
    repeats = 2 if quick else 5
    kdf = calibrate_kdf()  # what 'dosing-station init' stores for a new profile on this machine
    store, _ = _create(folder / "station", kdf=kdf)
    unlocks: list[float] = []
    derivations: list[float] = []
    for _ in range(repeats):  # interleaved: the machine's load hits both alike
        unlocks.append(median_seconds(lambda: store.unlock(ADMIN, PASSWORD), 1))
        derivations.append(median_seconds(lambda: derive_key(PASSWORD, b"\x00" * 16, kdf), 1))
    value, baseline = statistics.median(unlocks), statistics.median(derivations)
    store.close()
    return target_figure(
        (
            f"store: unlock a profile (Argon2id {kdf.memory_kib // 1024} MiB, "
            f"{kdf.lanes} lanes, t={kdf.iterations} as calibrated here)"
        ),
        value,
        "s",
        baseline,
        "0.2 s <= value <= 1.0 s",
        lambda v: 0.2 <= v <= 1.0,
        note=(
            f"median of {repeats}; the profile's passes calibrated at creation for about "
            "0.45 s (at least 3); baseline: the bare key derivation alone"
        ),
    )


# -- (3) rebuild all projections from the log --------------------------------------------------


def _year_figures(shared: SharedBuilds, quick: bool) -> list[Figure]:
    """The sign-in check on the run's shared year, and the rebuild on its short version."""
    year = shared.year(quick)
    store = Store.open(year.data_dir)
    total = store.head()[0]
    store.close()
    figures = _signin_figures(year.data_dir, total, quick)
    # The rebuild replays every event, a year's in minutes: timed on the tenth of the year
    # (the quick run's), the same work per event, so the full run stays within its budget.
    short = shared.year(quick=True)
    store = Store.open(short.data_dir)
    session = store.unlock(ADMIN, PASSWORD)
    figures.append(_rebuild_figure(short.data_dir, store, session, store.head()[0]))
    return figures


def _timed_sign_in(data_dir: Path, *, checked: bool) -> tuple[float, float]:
    """Open the profile and sign in; with ``checked`` the seal's checks run as they do for
    every sign-in, else they are switched off (the unverified open). Returns the sign-in's
    seconds and, for a checked one, the seconds until the background row check was done."""
    store = Store.open(data_dir)
    try:
        if checked:
            started = time.perf_counter()
            store.unlock(ADMIN, PASSWORD)
            signed_in = time.perf_counter() - started
            problem = store.integrity_checked()
            assert problem is None, problem
            return signed_in, time.perf_counter() - started
        with patch.object(RecordSeal, "refresh", lambda _self, _connection: None):
            started = time.perf_counter()
            store.unlock(ADMIN, PASSWORD)
            return time.perf_counter() - started, 0.0
    finally:
        store.close()


def _signin_figures(data_dir: Path, total: int, quick: bool) -> list[Figure]:
    repeats = 3 if quick else 5
    _timed_sign_in(data_dir, checked=True)  # the file's pages in the cache, for both sides
    checked: list[tuple[float, float]] = []
    unchecked: list[float] = []
    for _ in range(repeats):  # interleaved: the machine's load falls on both alike
        checked.append(_timed_sign_in(data_dir, checked=True))
        unchecked.append(_timed_sign_in(data_dir, checked=False)[0])
    value = statistics.median(c[0] for c in checked)
    baseline = statistics.median(unchecked)
    rows_done = statistics.median(c[1] for c in checked)
    with raw_reader_of(data_dir) as reader:
        large = {
            str(name): int(rows)
            for name, rows in reader.execute("SELECT name, rows FROM integrity")
            if int(rows) > DEFER_ROWS
        }
    extra_ms = (value - baseline) * 1000
    quick_note = "; QUICK mode: 20,000 events, not 200,000" if quick else ""
    return [
        target_figure(
            f"store: sign-in with the record's check after {total:,} events (a year)",
            value * 1000,
            "ms",
            baseline * 1000,
            "value - baseline <= 50 ms",
            lambda _value: extra_ms <= 50,
            note=(
                f"median of {repeats} (7 until the full run had to fit in 8 minutes), each a fresh "
                f"open, interleaved with the baseline's; the check adds {extra_ms:.1f} ms: the "
                "seal over every table's sum and the log's end, the head note, the small tables "
                "row by row, the large ones' row counts; baseline: the same open and sign-in "
                "with the checks switched off (test key derivation on both sides)" + quick_note
            ),
        ),
        target_figure(
            f"store: background row check of the large tables after {total:,} events",
            rows_done,
            "s",
            value,
            "value <= 5 s (before a nurse can scan a card and assess)",
            lambda v: v <= 5,
            note=(
                "from the start of sign-in until every row of "
                + ", ".join(f"{name} ({rows:,} rows)" for name, rows in sorted(large.items()))
                + " was checked against its sum, in a thread of its own; a decision, count or "
                "sync waits for it; baseline: the sign-in itself" + quick_note
            ),
        ),
    ]


def _rebuild_figure(data_dir: Path, store: Store, session: Session, total: int) -> Figure:
    """Rebuild every projection from the log, beside a bare SELECT of the same rows just
    before and just after (their mean)."""
    reader = sqlite3.connect(Store.database_path(data_dir))

    def bare_select() -> None:
        if len(reader.execute("SELECT * FROM events ORDER BY seq").fetchall()) != total:
            raise RuntimeError("the bare SELECT did not read every event")

    bare_select()  # the file's pages in the cache
    before_s = median_seconds(bare_select, 3)
    started = time.perf_counter()
    replayed = store.rebuild_projections(session)
    elapsed = time.perf_counter() - started
    store.close()
    after_s = median_seconds(bare_select, 3)
    reader.close()
    if replayed != total:
        raise RuntimeError(f"the rebuild replayed {replayed} of {total} events")
    baseline = total / ((before_s + after_s) / 2)
    return reported_figure(
        f"store: rebuild all projections from {total:,} events",
        replayed / elapsed,
        baseline,
        "events/s",
        (
            f"{elapsed:.1f} s in all; baseline: bare SELECT of the same rows per second, just "
            "before and just after (the mean), so the ratio is the share left after "
            "decrypt+apply+re-seal. On the shared year's short version (33 days, in full runs "
            "too): the work per event is the same as for the whole year, whose rebuild would "
            "take ten times as long and most of the full run's time budget"
        ),
    )


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Measure the store figures: commits and unlock each in a folder of their own on the real
    disk, sign-in and rebuild on the run's shared year of doses."""
    figures: list[Figure] = []
    for measure in (_commit_figures, lambda folder, quick: [_unlock_figure(folder, quick)]):
        folder = results_folder("store-")
        try:
            figures.extend(measure(folder, quick))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return figures + _year_figures(shared, quick)
