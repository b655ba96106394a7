"""Database engines for the server: SQLite (WAL, FULL sync, immediate writes) or PostgreSQL."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool

_log = logging.getLogger(__name__)

# Every write that adds to the pull feed holds this PostgreSQL advisory lock until it commits,
# so feed positions become visible in the order they were taken and a reader's ``pos > cursor``
# can never skip a row whose transaction commits late. SQLite gets the same from BEGIN IMMEDIATE.
FEED_LOCK_KEY = 0x4841_5453_594E  # "HATSYN"


class UnsafeDatabaseFiles(Exception):
    """The database's folder or a file of it is open to other users and cannot be made private."""


# Files SQLite keeps beside a database (they hold pages of it).
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:") or parsed.query.get("mode") == "memory":
        return None
    return Path(database).absolute()


def secure_sqlite_files(path: Path) -> list[str]:
    """Make a SQLite database's folder owner-only (0700) and its files 0600; say what changed.

    Decided: tighten, not refuse, what this user owns. The database holds the patient register
    and every pushed dose in clear, and nothing but the server should read it; an installation
    made by an older version (folder 0755, files 0644) keeps running after the upgrade instead
    of leaving its stations offline, and the sentences returned (logged as warnings) tell the
    administrator what changed, so someone who relied on others reading it learns why it stopped.
    What cannot be tightened is refused (``UnsafeDatabaseFiles``): a folder or file of another
    user, such as a shared folder like /tmp, where anyone who may write the folder could plant
    a -wal file that SQLite would replay into the database. Keep the database in a folder of its
    own (the default one is): its folder becomes 0700.

    A new database file is created 0600 before SQLite opens it; the -wal, -shm and -journal
    files SQLite makes later take the database file's mode. A new database's folder is
    tightened without a word (it is being set up). Nothing is done where the system has no
    POSIX modes (Windows).
    """
    if os.name != "posix" or not path.parent.is_dir():
        return []
    said: list[str] = []
    new = not path.exists()
    folder = path.parent
    _tighten(folder, 0o700, "folder", said)
    if new:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        said.clear()  # a new database's folder: set up, not changed behind anyone's back
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_COMPANIONS)):
        if file.exists():
            _tighten(file, 0o600, "file", said)
    for sentence in said:
        _log.warning(sentence)
    return said


def _tighten(path: Path, mode: int, what: str, said: list[str]) -> None:
    """Take every permission of group and others off ``path``, or refuse if it is not ours."""
    status = path.stat()
    loose = stat.S_IMODE(status.st_mode) & 0o077
    if status.st_uid != os.geteuid():
        if loose & 0o022 or (what == "file" and loose):
            raise UnsafeDatabaseFiles(
                f"The database {what} {path} belongs to another user and others may "
                f"{'write' if loose & 0o022 else 'read'} it (mode "
                f"{stat.S_IMODE(status.st_mode):04o}): keep the server's database in a folder "
                "of its own that only the server's user can open (chmod 700)."
            )
        return
    if not loose:
        return
    try:
        path.chmod(stat.S_IMODE(status.st_mode) & ~0o077 & 0o7777 | (mode & 0o700))
    except OSError as error:
        raise UnsafeDatabaseFiles(
            f"The database {what} {path} is open to others (mode "
            f"{stat.S_IMODE(status.st_mode):04o}) and cannot be made private: {error.strerror}."
        ) from None
    said.append(
        f"The database {what} {path} was open to others (mode "
        f"{stat.S_IMODE(status.st_mode):04o}); it is now the server's user's only "
        f"({stat.S_IMODE(path.stat().st_mode):04o})."
    )


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with the settings this server needs on each backend.

    A SQLite database's folder and files are made owner-only first (``secure_sqlite_files``).
    """
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            secure_sqlite_files(path)
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
