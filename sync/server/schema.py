"""The server's tables (SQLAlchemy Core) and its ordered schema migrations."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)

from sync.server.db import is_postgres, write_transaction

metadata = MetaData()

_Id = BigInteger().with_variant(Integer(), "sqlite")

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

stations = Table(
    "stations",
    metadata,
    Column("station_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False, default=""),
    Column("clinic_id", String(64), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("status", String(20), nullable=False),  # active | revoked | suspended
    Column("status_reason", Text, nullable=False, default=""),
    Column("enrolled_at", Float, nullable=False),
    Column("status_changed_at", Float),
    Column("highest_contiguous_seq", BigInteger, nullable=False, default=0),
    Column("head_hash", String(64), nullable=False),
    Column("confirmed_pull_cursor", BigInteger, nullable=False, default=0),
    Column("last_seen_at", Float),
    Column("clock_skew_s", Float),
    # Every event signature of the station up to this sequence has been verified (schema 2).
    Column("signatures_verified_through", BigInteger, nullable=False, server_default="0"),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("used_at", Float),
    Column("used_by", String(64)),
)

events = Table(
    "events",
    metadata,
    Column("pos", _Id, primary_key=True, autoincrement=True),
    Column("station_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("uuid", String(64), nullable=False),
    Column("hlc", String(100), nullable=False),
    Column("type", String(100), nullable=False),
    Column("payload", Text, nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("sealed_digest", String(128), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("signature", String(128)),
    Column("received_at", Float, nullable=False),
    UniqueConstraint("station_id", "seq", name="uq_events_station_seq"),
    UniqueConstraint("uuid", name="uq_events_uuid"),
)

nonces = Table(
    "nonces",
    metadata,
    Column("station_id", String(64), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_at", Float, nullable=False),
    Index("ix_nonces_seen_at", "seen_at"),
)

station_alerts = Table(
    "station_alerts",
    metadata,
    Column("id", _Id, primary_key=True, autoincrement=True),
    Column("station_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", Float, nullable=False),
    Index("ix_station_alerts_station", "station_id"),
)

doses = Table(
    "doses",
    metadata,
    Column("event_uuid", String(64), primary_key=True),
    Column("dose_id", String(64), nullable=False),
    Column("patient_id", String(64), nullable=False),
    Column("session", String(64), nullable=False),
    Column("day", String(10), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("drug", String(64), nullable=False),
    Column("mg", String(32), nullable=False),
    Column("given_at", String(40), nullable=False),
    Index("ix_doses_patient_session", "patient_id", "session"),
    Index("ix_doses_patient_day", "patient_id", "day"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("incident_id", String(64), primary_key=True),
    Column("kind", String(64), nullable=False),
    Column("patient_id", String(64), nullable=False),
    Column("session", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("raised_at", Float, nullable=False),
    Column("doses", Text, nullable=False),
    Column("resolved_by", String(200)),
    Column("resolved_at", Float),
    Column("resolution_note", Text),
    # An incident about a station's own events (schema 2): the station and the sequences.
    Column("station_id", String(64)),
    Column("seqs", Text),
    # JSON: more about an incident of a station's own events (schema 3: a fork's two sides).
    Column("detail", Text),
    Index("ix_incidents_lookup", "patient_id", "session", "kind", "status"),
)

# Events of a fork kept aside (schema 3): the pushed side of a diverging chain, refused from
# the log but kept whole, and the held side once a resolution put the pushed side in its place.
# Nothing of either side is lost; ``dosing-server fork show`` lists them.
quarantined_events = Table(
    "quarantined_events",
    metadata,
    Column("incident_id", String(64), primary_key=True),
    Column("side", String(8), primary_key=True),  # pushed | held
    Column("seq", BigInteger, primary_key=True),
    Column("station_id", String(64), nullable=False),
    Column("uuid", String(64), nullable=False),
    Column("hlc", String(100), nullable=False),
    Column("type", String(100), nullable=False),
    Column("payload", Text, nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("sealed_digest", String(128), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("signature", String(128)),
    Column("received_at", Float, nullable=False),
)

# Record hashes of the side a fork's resolution set aside (schema 3): a push that carries one
# (as an event, the event before its first, or its head) comes from the copy that was set
# aside and is refused with ``fork_rejected``, without suspending the station again.
fork_rejections = Table(
    "fork_rejections",
    metadata,
    Column("station_id", String(64), primary_key=True),
    Column("hash", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("incident_id", String(64), nullable=False),
)

# Stored events found wrong after they were stored (schema 2). The event itself stays as it
# is (the log is append-only); this row flags it and names the incident raised about it.
event_flags = Table(
    "event_flags",
    metadata,
    Column("station_id", String(64), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("flag", String(64), primary_key=True),
    Column("incident_id", String(64), nullable=False),
    Column("flagged_at", Float, nullable=False),
)

leases = Table(
    "leases",
    metadata,
    Column("patient_id", String(64), primary_key=True),
    Column("session", String(64), primary_key=True),
    Column("lease_id", String(64), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("expires_at", Float, nullable=False),
)

patients = Table(
    "patients",
    metadata,
    Column("patient_id", String(64), primary_key=True),
    Column("clinic_id", String(64), nullable=False),
    Column("home_station", String(64)),
    Column("data", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
)

prescriptions = Table(
    "prescriptions",
    metadata,
    Column("prescription_id", String(64), primary_key=True),
    Column("patient_id", String(64), nullable=False),
    Column("drug", String(64), nullable=False),
    Column("daily_max_mg", String(32)),
    Column("data", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
    Index("ix_prescriptions_patient", "patient_id"),
)

cards = Table(
    "cards",
    metadata,
    Column("serial", String(64), primary_key=True),
    Column("patient_id", String(64), nullable=False),
    Column("issued_at", String(40), nullable=False),
    Column("revoked_at", Float),
    Column("revoked_reason", Text),
    Index("ix_cards_patient", "patient_id"),
)


def _step_1_initial(connection: Connection) -> None:
    # A new database gets today's tables at once; the later steps find their parts in place.
    metadata.create_all(
        connection, tables=[t for t in metadata.sorted_tables if t is not schema_version]
    )


def _add_column(connection: Connection, table: str, column: str, definition: str) -> None:
    """Add a column unless the table has it (a new database got it from ``_step_1_initial``)."""
    if column not in {held["name"] for held in inspect(connection).get_columns(table)}:
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {definition}"))


def _step_2_signature_audit(connection: Connection) -> None:
    """Every event signature is verified after the push (the request checks a sample)."""
    _add_column(connection, "stations", "signatures_verified_through", "BIGINT NOT NULL DEFAULT 0")
    _add_column(connection, "incidents", "station_id", "VARCHAR(64)")
    _add_column(connection, "incidents", "seqs", "TEXT")
    event_flags.create(connection, checkfirst=True)


def _step_3_forks(connection: Connection) -> None:
    """Forks become incidents: their detail, the quarantined sides and the rejected hashes."""
    _add_column(connection, "incidents", "detail", "TEXT")
    quarantined_events.create(connection, checkfirst=True)
    fork_rejections.create(connection, checkfirst=True)


# Ordered migration steps: index + 1 is the schema version each step produces. Append only.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _step_1_initial,
    _step_2_signature_audit,
    _step_3_forks,
]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(connection: Connection) -> int:
    """Return the schema version recorded in the database (0 for an empty one)."""
    value = connection.execute(select(schema_version.c.version)).scalar()
    return int(value or 0)


def migrate(engine: Engine) -> int:
    """Bring the database to ``SCHEMA_VERSION`` step by step; return the version now in place."""
    with write_transaction(engine) as connection:
        if is_postgres(engine):
            connection.execute(text("SELECT pg_advisory_xact_lock(4841)"))
        schema_version.create(connection, checkfirst=True)
        version = current_version(connection)
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema version {version} is newer than this server ({SCHEMA_VERSION})"
            )
        if version == 0:
            connection.execute(schema_version.insert().values(version=0))
        for number in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[number - 1](connection)
            connection.execute(schema_version.update().values(version=number))
        return SCHEMA_VERSION
