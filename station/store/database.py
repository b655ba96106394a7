"""The station's SQLite file: durable settings, schema versions and migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

DATABASE_FILENAME = "station.db"


class StoreError(Exception):
    """Base of every store failure; ``str()`` is meant for people and holds no patient data."""


class StoreNotFound(StoreError):
    """No station profile exists in the data folder."""


class SchemaTooNew(StoreError):
    """The data folder was written by a newer version of the station."""


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full: the write was rolled back whole."""


DISK_FULL_MESSAGE = (
    "The station's disk is full: nothing was recorded. Free some space on the disk "
    "(ask the clinic's IT), then record it again."
)


def _is_disk_full(error: BaseException) -> bool:
    return (
        isinstance(error, sqlite3.DatabaseError)
        and getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    )


def _v1(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("users").create(
        {
            "user_id": str,
            "username": str,
            "display_name": str,
            "roles": str,
            "disabled": int,
            "failed_attempts": int,
            "locked_until": str,
            "created_at": str,
        },
        pk="user_id",
        not_null={"username", "display_name", "roles"},
        defaults={"disabled": 0, "failed_attempts": 0},
    )
    db.table("users").create_index(["username"], unique=True)
    db.table("key_wraps").create(
        {
            "wrap_id": str,
            "user_id": str,
            "kind": str,
            "key_id": int,
            "kdf": str,
            "salt": bytes,
            "wrapped": bytes,
            "created_at": str,
        },
        pk="wrap_id",
        not_null={"kind", "key_id", "kdf", "salt", "wrapped"},
    )
    db.table("key_wraps").create_index(["user_id"])
    db.execute(
        """
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            station_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            type TEXT NOT NULL,
            key_id INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            payload_hash TEXT NOT NULL,
            sealed_digest TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            signature TEXT
        )
        """
    )
    # Append-only: the database itself refuses to change or remove an event.
    db.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    db.execute(
        """
        CREATE TABLE remote_events (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            uuid TEXT NOT NULL UNIQUE,
            hlc TEXT NOT NULL,
            type TEXT NOT NULL,
            sealed BLOB NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (station_id, seq)
        )
        """
    )
    db.execute(
        "CREATE TRIGGER remote_events_no_update BEFORE UPDATE ON remote_events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    # Projections the UI reads; identifying and clinical fields are sealed.
    db.table("patients").create(
        {
            "patient_id": str,
            "clinic_index": str,
            "name_index": str,
            "home_station": str,
            "sealed": bytes,
        },
        pk="patient_id",
    )
    db.table("patients").create_index(["clinic_index"])
    db.table("patients").create_index(["name_index"])
    db.table("prescriptions").create(
        {"prescription_id": str, "patient_id": str, "sealed": bytes}, pk="prescription_id"
    )
    db.table("prescriptions").create_index(["patient_id"])
    db.table("patient_state").create({"patient_id": str, "sealed": bytes}, pk="patient_id")
    db.table("observations").create(
        {"observation_id": str, "patient_id": str, "open": int, "sealed": bytes},
        pk="observation_id",
    )
    db.table("observations").create_index(["open"])
    db.table("doses").create({"dose_id": str, "patient_id": str, "sealed": bytes}, pk="dose_id")
    db.table("doses").create_index(["patient_id"])


def _v2(db: Database) -> None:
    """Pharmacy ledger, counts, station settings and calibrations (see ledger_projection)."""
    for statement in (
        "CREATE TABLE ledger_products (product_id TEXT PRIMARY KEY, substance TEXT NOT NULL,"
        " name TEXT NOT NULL, mg_per_unit TEXT NOT NULL, units_per_pack INTEGER NOT NULL)",
        "CREATE TABLE ledger_containers (container_id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " substance TEXT NOT NULL, label TEXT NOT NULL, product_id TEXT, batch TEXT, serial TEXT,"
        " expires_at TEXT, concentration TEXT, density TEXT, volume_ml TEXT, units INTEGER,"
        " mg_per_unit TEXT, created_at TEXT NOT NULL, created_by TEXT, witness TEXT,"
        " balance_cmg INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX ledger_containers_serial ON ledger_containers (product_id, serial)",
        "CREATE TABLE ledger_entries (entry INTEGER PRIMARY KEY, movement_id TEXT NOT NULL,"
        " leg INTEGER NOT NULL, kind TEXT NOT NULL, substance TEXT NOT NULL, container_id TEXT,"
        " change_cmg INTEGER NOT NULL, at TEXT NOT NULL, by_user TEXT NOT NULL, witness TEXT,"
        " corrects TEXT, forced INTEGER NOT NULL DEFAULT 0, sealed BLOB, reason_sealed BLOB,"
        " UNIQUE (movement_id, leg))",
        "CREATE INDEX ledger_entries_substance ON ledger_entries (substance, entry)",
        "CREATE INDEX ledger_entries_container ON ledger_entries (container_id, entry)",
        "CREATE TABLE ledger_counts (count_id TEXT PRIMARY KEY, at TEXT NOT NULL,"
        " by_user TEXT NOT NULL, status TEXT NOT NULL, lines TEXT NOT NULL, tolerance_mg TEXT,"
        " signed_by TEXT, signed_at TEXT)",
        "CREATE TABLE station_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " changed_at TEXT NOT NULL, by_user TEXT NOT NULL)",
        "CREATE TABLE calibrations (calibration_id TEXT PRIMARY KEY, device_serial TEXT NOT NULL,"
        " device_kind TEXT, at TEXT NOT NULL, passed INTEGER NOT NULL, certified_g TEXT,"
        " measured_g TEXT, tolerance_g TEXT, by_user TEXT NOT NULL, interval_days INTEGER)",
        "CREATE INDEX calibrations_device ON calibrations (device_serial, at)",
    ):
        db.execute(statement)


# Set by a migration that needs the data key to finish: the first unlock rebuilds every
# projection from the log and removes it (see ``Store._finish_migration``).
REBUILD_PENDING = "projections_rebuild_pending"


def _v3(db: Database) -> None:
    """No clear column links a patient to a dose's time or amount (issue 3's rule at rest).

    Schema 2 kept ``patient_id`` in clear beside each dose, prescription and observation and
    named each dose's stock entries ``dose:<dose id>``: joined, they gave a patient's dose
    history without any key. The key is not at hand while migrating (the profile is still
    locked), so this step removes every row that carried such a link (all of them derived
    from the log) and the first unlock rebuilds them, keyed (``REBUILD_PENDING``).

    New shapes: ``patient_state`` and ``prescriptions`` are keyed by a blind index of the
    patient id; ``doses`` and ``observations`` name no patient in clear (their sealed
    document does); ``doses`` is WITHOUT ROWID so that no rowid keeps the order doses were
    recorded in (which could be lined up with the ledger's entries).
    """
    has_history = db.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]
    for statement in (
        "DROP TABLE doses",
        "DROP TABLE patient_state",
        "DROP TABLE prescriptions",
        "DROP TABLE observations",
        "CREATE TABLE doses (dose_id TEXT PRIMARY KEY, sealed BLOB NOT NULL) WITHOUT ROWID",
        "CREATE TABLE patient_state (patient_key TEXT PRIMARY KEY, sealed BLOB NOT NULL)",
        "CREATE TABLE prescriptions (prescription_id TEXT PRIMARY KEY,"
        " patient_key TEXT NOT NULL, sealed BLOB NOT NULL)",
        "CREATE INDEX prescriptions_patient ON prescriptions (patient_key)",
        "CREATE TABLE observations (observation_id TEXT PRIMARY KEY, open INTEGER NOT NULL,"
        " sealed BLOB NOT NULL)",
        "CREATE INDEX observations_open ON observations (open)",
        # A dose's entries and every correction of one: their ids name the dose in clear.
        "DELETE FROM ledger_entries WHERE movement_id LIKE 'dose:%'"
        " OR movement_id LIKE 'failed:%' OR corrects LIKE 'dose:%' OR corrects LIKE 'failed:%'",
        "UPDATE ledger_containers SET balance_cmg = (SELECT COALESCE(SUM(change_cmg), 0)"
        " FROM ledger_entries WHERE ledger_entries.container_id = ledger_containers.container_id)",
    ):
        db.execute(statement)
    if has_history:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '3')", (REBUILD_PENDING,))


def _v4(db: Database) -> None:
    """Fewer b-trees written per dose: drop the ledger indexes no query uses to advantage.

    ``ledger_entries_container`` served no query. ``ledger_entries_substance`` (substance,
    entry) was chosen for the register (``WHERE substance = ? ORDER BY entry``) and its sum,
    but with a handful of substances a scan in ``entry`` order (the rowid) reads less than
    the index plus a row lookup per entry: 200,000 entries of one substance, register 462 ms
    scanned against 511 ms by index, sum 38 against 94 ms; half of them, 205 against 241 ms
    and 29 against 34 ms. Each index cost a page written at every dose's commit.
    """
    db.execute("DROP INDEX ledger_entries_substance")
    db.execute("DROP INDEX ledger_entries_container")


def _v5(db: Database) -> None:
    """Visits kept by the services, and per-patient states that keep stop flags and reviews.

    ``visits`` holds each visit's progress (identity, assessment, decision, accepted weighing,
    label prints) sealed, so that the dose is recorded from what the station itself recorded,
    never from what a caller passes in. The patient states gain the stop-dose flags and the
    reviews after a break, and keep their recent doses by count instead of by a window from
    the newest dose (a dose stamped in the future no longer pushes today's doses out). Both
    are derived from the log: the first unlock rebuilds them (``REBUILD_PENDING``).
    """
    has_history = db.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]
    db.execute(
        "CREATE TABLE visits (visit_id TEXT PRIMARY KEY, open INTEGER NOT NULL,"
        " sealed BLOB NOT NULL) WITHOUT ROWID"
    )
    if has_history:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '5')", (REBUILD_PENDING,))


LEGACY_UNSIGNED = "legacy_unsigned_through"
"""Meta key: the last record written before the chain refused unsigned records (schema 6)."""


def _v6(db: Database) -> None:
    """The seal beside the chain (``integrity``), and sign-in failures kept outside the chain.

    ``integrity`` holds, per sealed table, the XOR of its rows' keyed digests and their count
    (see ``station.store.integrity``); its triggers and the first seal come with the first
    sign-in, which has the key. Sign-in failures happen while nobody is signed in, so nothing
    can sign them: they wait in ``auth_log`` and enter the chain, signed, at the next sign-in.
    Records before this version may be unsigned sign-in records; the last of them is noted.
    """
    db.execute("CREATE TABLE integrity (name TEXT PRIMARY KEY, total BLOB, rows INTEGER NOT NULL)")
    db.execute(
        "CREATE TABLE auth_log (entry INTEGER PRIMARY KEY, type TEXT NOT NULL,"
        " payload TEXT NOT NULL, at TEXT NOT NULL)"
    )
    head = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (LEGACY_UNSIGNED, str(head))
    )


def _v7(db: Database) -> None:
    """The server's signed push receipts, kept beside the chain (``station.store.receipts``).

    A new sealed table. A profile sealed before has no sum and no triggers for it, and they
    need the key, which a migration does not have: the seal is set aside, so the first sign-in
    puts the record back from the verified chain and seals every table, this one included (as
    it does for a profile from before sealing, or a seal of an older version).
    """
    db.execute(
        "CREATE TABLE sync_receipts (day TEXT PRIMARY KEY, seq INTEGER NOT NULL,"
        " hash TEXT NOT NULL, issued_at INTEGER NOT NULL, signed TEXT NOT NULL)"
    )
    db.execute("DELETE FROM meta WHERE key = 'integrity_seal'")


def _v8(db: Database) -> None:
    """Patients' identification photos (issue 16): the newest of each, sealed, by keyed id.

    ``patient_photos`` is keyed by the blind index of the patient id, as ``patient_state``
    is; the sealed document holds the JPEG and the clinic number it was taken for. A new
    sealed table: as for schema 7, the seal is set aside and the first sign-in seals again.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS patient_photos"
        " (patient_key TEXT PRIMARY KEY, sealed BLOB NOT NULL)"
    )
    db.execute("DELETE FROM meta WHERE key = 'integrity_seal'")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """Open the station database with the durability settings the record needs."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute("PRAGMA temp_store=MEMORY")
    # 32 MiB of page cache (default 2 MiB): a year's indexes stay in memory, so a commit
    # reads no page back from the operating system to find where its rows go.
    connection.execute("PRAGMA cache_size=-32768")
    return connection


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date, each step in its own transaction; return the version.

    After any step the WAL is checkpointed and truncated, so that no page of the old layout
    stays behind in it (``secure_delete`` already zeroes what a step removes from the file).
    """
    db = Database(connection)
    current = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"this data folder has schema version {current}; this program knows up to "
            f"{SCHEMA_VERSION}. Install the newer station version."
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](db)
            connection.execute(f"PRAGMA user_version={version}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    if current < SCHEMA_VERSION:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return SCHEMA_VERSION


class TransactionHooks(Protocol):
    """Work done at the edges of every write transaction (the store's seal)."""

    def on_begin(self, connection: sqlite3.Connection) -> None:
        """Called right after BEGIN: refuse to write on top of a record changed outside."""

    def before_commit(self, connection: sqlite3.Connection) -> None:
        """Called right before COMMIT, inside the transaction (seal what was written)."""

    def after_commit(self) -> None:
        """Called once COMMIT returned (note the new head outside the file)."""


class Transactor:
    """Runs one write transaction at a time on one connection (BEGIN IMMEDIATE … COMMIT)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._lock = threading.RLock()
        self._depth = 0
        self.hooks: TransactionHooks | None = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in a transaction; nested blocks join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                if self.hooks is not None:
                    self.hooks.on_begin(self.connection)
                yield self.connection
                if self.hooks is not None:
                    self.hooks.before_commit(self.connection)
                self._depth = 0
                self.connection.execute("COMMIT")
                if self.hooks is not None:
                    self.hooks.after_commit()
            except BaseException as error:
                self._depth = 0
                # SQLite may already have rolled back (a full disk does); a failed COMMIT has not.
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                if _is_disk_full(error):
                    raise DiskFull(DISK_FULL_MESSAGE) from error
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Hold the connection for a consistent read."""
        with self._lock:
            yield self.connection
