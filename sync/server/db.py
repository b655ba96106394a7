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

    The database holds the patient register and every pushed dose in clear: nobody but the
    server's user should read it. Decided per kind of thing, tighten or refuse:

    * The database file and its -wal, -shm and -journal files are the server's own: a new
      database is created 0600 before SQLite opens it (the files SQLite makes later take its
      mode), and older files open to others (0644 from an older version) are **tightened**, so
      an installation keeps running after the upgrade instead of leaving its stations offline.
      The sentences returned (and logged as warnings) tell the administrator what changed.
    * The folder is tightened to 0700 only when it is the database's own: this user's, and
      holding nothing but the database's files (names that start with the database file's
      name, such as its signing key). Any other folder open to others, a home folder or
      /var/lib, is not the server's to close: that is **refused**, as is a folder others may
      write (such as /tmp) whoever owns it, since anyone who may write the folder can plant a
      -wal file that SQLite replays into the database. Keep the database in a folder of its
      own (the default one is).
    * A file of another user that others may read or write is refused (``UnsafeDatabaseFiles``).

    A new database's own folder is tightened without a word (it is being set up). Nothing is
    done where the system has no POSIX modes (Windows: the per-user folder's ACLs).
    """
    folder = path.parent
    if os.name != "posix" or not folder.is_dir():
        return []
    said: list[str] = []
    new = not path.exists()
    _secure_folder(folder, path.name, said)
    if new:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        said.clear()  # a new database's own folder: being set up, not changed behind anyone
    if not _is_sqlite(path):
        return []  # not a database: opening it fails, and its modes are not the server's
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_COMPANIONS)):
        if file.exists():
            _secure_file(file, said)
    for sentence in said:
        _log.warning(sentence)
    return said


def _is_sqlite(path: Path) -> bool:
    """Whether ``path`` is a SQLite database (or an empty file, a database to be)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    return header in {b"", b"SQLite format 3\x00"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _secure_folder(folder: Path, database_name: str, said: list[str]) -> None:
    status = folder.stat()
    mode = stat.S_IMODE(status.st_mode)
    if not mode & 0o077:
        return
    if mode & 0o022:
        raise UnsafeDatabaseFiles(
            f"The database's folder {folder} may be written by others (mode {mode:04o}): "
            "they could replace the database or plant pages in it. Keep the server's database "
            "in a folder of its own that only the server's user can open (mode 0700)."
        )
    own = status.st_uid == os.geteuid() and all(
        entry.name.startswith(database_name) for entry in folder.iterdir()
    )
    if not own:
        raise UnsafeDatabaseFiles(
            f"The database's folder {folder} may be read by others (mode {mode:04o}) and holds "
            "more than the database, so the server does not close it itself. Keep the server's "
            f"database in a folder of its own, or close this one (chmod 700 {folder})."
        )
    _chmod(folder, mode & 0o700 | 0o700, mode, "folder", said)


def _secure_file(file: Path, said: list[str]) -> None:
    status = file.stat()
    mode = stat.S_IMODE(status.st_mode)
    if not mode & 0o077:
        return
    if status.st_uid != os.geteuid():
        raise UnsafeDatabaseFiles(
            f"The database file {file} belongs to another user and is open to others (mode "
            f"{mode:04o}): only the server's user may read it."
        )
    _chmod(file, mode & 0o700 | 0o600, mode, "file", said)


def _chmod(path: Path, mode: int, before: int, what: str, said: list[str]) -> None:
    try:
        path.chmod(mode)
    except OSError as error:
        raise UnsafeDatabaseFiles(
            f"The database {what} {path} is open to others (mode {before:04o}) and cannot be "
            f"made private: {error.strerror}."
        ) from None
    said.append(
        f"The database {what} {path} was open to others (mode {before:04o}); it is now the "
        f"server's user's only ({_mode(path):04o})."
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
