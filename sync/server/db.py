"""Database engines for the server: SQLite (WAL, FULL sync, immediate writes) or PostgreSQL."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool

# Every write that adds to the pull feed holds this PostgreSQL advisory lock until it commits,
# so feed positions become visible in the order they were taken and a reader's ``pos > cursor``
# can never skip a row whose transaction commits late. SQLite gets the same from BEGIN IMMEDIATE.
FEED_LOCK_KEY = 0x4841_5453_594E  # "HATSYN"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with the settings this server needs on each backend."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 60},
            # A small pool: opening a SQLite connection (and its PRAGMAs) costs about a
            # millisecond, more than a whole small push.
            **({} if ":memory:" in url else {"poolclass": QueuePool, "pool_size": 8}),
            **kwargs,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            _enter_wal(cursor)
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
            connection.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, **kwargs)


def _enter_wal(cursor: Any, patience_s: float = 60.0) -> None:
    """Put the database in WAL mode (a no-op once it is).

    While other connections open the same new file at once, SQLite may answer "database is
    locked" here without waiting for them, so the switch is tried again for a while.
    """
    deadline = time.monotonic() + patience_s
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def is_postgres(engine: Engine) -> bool:
    """Tell whether the engine talks to PostgreSQL."""
    return engine.dialect.name == "postgresql"


@contextmanager
def write_transaction(engine: Engine, *, feed: bool = False) -> Iterator[Connection]:
    """Open a write transaction; with ``feed=True`` it is serialised with every other feed write."""
    with engine.connect() as raw:
        connection = raw.execution_options(sqlite_begin="IMMEDIATE")
        with connection.begin():
            if feed and is_postgres(engine):
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK_KEY}
                )
            yield connection


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """Open a read-only transaction (one snapshot per statement on PostgreSQL)."""
    with engine.connect() as connection, connection.begin():
        yield connection
