"""Rows beside the signed chain, authenticated: keyed row digests sealed with the chain's head.

The event log proves itself (hash chain, a signature per event). Everything else in the file
(projections, the ledger, accounts and roles, settings, the sync binding and marks, pulled
events) is *authenticated* instead, with a key only a signed-in person's data key gives:

* every row of those tables has a keyed digest (BLAKE2b over its table and column values);
* per table, SQLite triggers keep the XOR of its rows' digests and their count in the
  ``integrity`` table, in the same transaction as the write (a multiset MAC: without the key
  nobody can add, remove, change or roll back a row and keep the sum right);
* at the end of every write the store seals the chain's head and every table's sum with an
  HMAC (``meta.integrity_seal``).

Checking recomputes each table's sum from its rows (large tables in the background, see
``station.store.sealing``) and checks the seal and the log's end against it. A row deleted,
added, edited or rolled back, a head moved or a chain cut, a seal copied from another day:
each is named in one sentence.

Not covered (by design): columns written while nobody is signed in (failed sign-in counters
and lock times, the pending sign-in log) and the few ``meta`` keys listed in
``UNSEALED_META``; and a whole data folder put back from a copy, which only the server's
receipts can tell (see the README's threat model).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

INTEGRITY_TABLE = "integrity"
SEAL_KEY = "integrity_seal"
UNSEALED_META = frozenset({SEAL_KEY, "projections_rebuild_pending", "legacy_unsigned_through"})
"""Meta keys outside the seal: the seal itself, and marks written while the store is locked."""

EXCLUDED_TABLES = frozenset({INTEGRITY_TABLE, "auth_log", "sqlite_sequence"})
"""Tables the seal does not cover: its own sums; the sign-in log, written while locked.

The event log is sealed too (besides its hash chain and signatures): so a record changed
anywhere in it, signed or not, is found before the next decision without verifying every
signature at each sign-in."""
VOLATILE_COLUMNS = {"users": frozenset({"failed_attempts", "locked_until"})}
"""Columns written while nobody is signed in (failed attempts), left out of a row's digest."""
DIGEST_ONLY_COLUMNS = {"remote_events": frozenset({"sealed"})}
"""Sealed blobs whose associated data already binds them to their row: not hashed again."""

_FLOAT = struct.Struct(">d").pack
DIGEST_PERSON = b"hat-row-v2"
"""Personalises the row digest (BLAKE2b, keyed): a row digest of another kind never matches."""


def _digest(key: bytes, table: str, values: Iterable[object]) -> bytes:
    """The keyed BLAKE2b digest of a row: its table and each value, typed and length-prefixed.

    No two rows encode the same: text is ``T<length>:<UTF-8>``, a blob ``B<length>:<bytes>``,
    an integer ``I<decimal>;``, a real ``F`` and its 8 bytes, NULL ``N``.
    """
    mac = hashlib.blake2b(key=key, digest_size=32, person=DIGEST_PERSON)
    update = mac.update
    name = table.encode()
    update(b"T%d:" % len(name))
    update(name)
    for value in values:
        kind = type(value)
        if kind is str:
            text = value.encode("utf-8", "surrogatepass")  # type: ignore[attr-defined]
            update(b"T%d:" % len(text))
            update(text)
        elif kind is bytes:
            update(b"B%d:" % len(value))  # type: ignore[arg-type]
            update(value)  # type: ignore[arg-type]
        elif value is None:
            update(b"N")
        elif kind is int or kind is bool:
            update(b"I%d;" % value)  # type: ignore[str-format]
        elif kind is float:
            update(b"F" + _FLOAT(value))
        else:  # memoryview, bytearray
            blob = bytes(value)  # type: ignore[call-overload]
            update(b"B%d:" % len(blob))
            update(blob)
    return mac.digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(32, "big")


class RowDigests:
    """The keyed digest of a row, and the functions SQLite's triggers call.

    Without a key (the store is locked) a digest is NULL, and so is every sum it goes into:
    a write of a sealed table while locked leaves a NULL sum, which the next check refuses.
    """

    def __init__(self) -> None:
        self._key: bytes | None = None

    @property
    def keyed(self) -> bool:
        """True once a signed-in person's data key gave the integrity key."""
        return self._key is not None

    def use_key(self, key: bytes) -> None:
        """Take the integrity key (derived from the data key)."""
        self._key = key

    def row(self, table: str, *values: object) -> bytes | None:
        """The keyed digest of one row of ``table`` (None without the key)."""
        if self._key is None:
            return None
        return _digest(self._key, table, values)

    def sum_of(self, table: str, rows: Iterable[Sequence[object]]) -> tuple[bytes | None, int]:
        """The XOR of the digests of ``rows`` of ``table`` (None without the key), and a count.

        ``rows`` is read once, as it comes (a cursor: never all in memory).
        """
        key, total, count = self._key, 0, 0
        for row in rows:
            if key is not None:
                total ^= int.from_bytes(_digest(key, table, row), "big")
            count += 1
        return (total.to_bytes(32, "big") if key is not None else None), count

    @staticmethod
    def fold(total: bytes | None, digest: bytes | None) -> bytes | None:
        """XOR a row's digest into (or out of) a table's sum."""
        if total is None or digest is None:
            return None
        return _xor(total, digest)

    def install(self, connection: sqlite3.Connection) -> None:
        """Make ``integrity_row`` and ``integrity_fold`` known to the connection's SQL."""
        connection.create_function("integrity_row", -1, self._sql_row, deterministic=True)
        connection.create_function("integrity_fold", 2, self.fold, deterministic=True)

    def _sql_row(self, table: str, *values: object) -> bytes | None:
        return self.row(table, *values)

    def head_mac(self, station_id: str, seq: int, head_hash: str) -> str:
        """The MAC of a head noted outside the database (``station.store.sealing``)."""
        assert self._key is not None
        message = f"head|{station_id}|{seq}|{head_hash}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def seal(self, state: SealedState) -> str:
        """The seal's MAC over a head and every table's sum and count."""
        assert self._key is not None
        return hmac.new(self._key, b"seal|" + state.message(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SealedState:
    """What a seal covers: the chain's head and, per sealed table, the sum and count of rows."""

    head_seq: int
    head_hash: str
    tables: dict[str, tuple[str, int]]
    """name -> (hex XOR of its rows' digests, row count)."""

    def message(self) -> bytes:
        """The bytes the seal's MAC is computed over."""
        return json.dumps(
            {"seq": self.head_seq, "hash": self.head_hash, "tables": self.tables},
            sort_keys=True,
            separators=(",", ":"),
        ).encode()


def sealed_tables(connection: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Every table the seal covers, with the columns a row's digest is made of (schema order).

    Read from the schema itself, so a table added by a later version is covered without
    anyone remembering to add it here.
    """
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    tables: dict[str, tuple[str, ...]] = {}
    for name in names:
        if name in EXCLUDED_TABLES:
            continue
        volatile = VOLATILE_COLUMNS.get(name, frozenset())
        columns = tuple(
            str(row[1])
            for row in connection.execute(f"PRAGMA table_info({name})")
            if str(row[1]) not in volatile
        )
        tables[name] = columns
    return tables


def _digest_expression(table: str, columns: tuple[str, ...], row: str) -> str:
    """SQL for the digest of a row (``NEW`` or ``OLD`` in a trigger, or a plain column list)."""
    skip = DIGEST_ONLY_COLUMNS.get(table, frozenset())
    prefix = f"{row}." if row else ""
    values = ", ".join(f"{prefix}{column}" for column in columns if column not in skip)
    return f"integrity_row('{table}', {values})"


def _meta_guard(table: str, row: str) -> str:
    if table != "meta":
        return ""
    keys = ", ".join(f"'{key}'" for key in sorted(UNSEALED_META))
    return f" WHEN {row}.key NOT IN ({keys})"


def install_triggers(connection: sqlite3.Connection) -> None:
    """(Re)create the triggers that keep every sealed table's sum; the caller holds the write."""
    for table, columns in sealed_tables(connection).items():
        new, old = (
            _digest_expression(table, columns, "NEW"),
            _digest_expression(table, columns, "OLD"),
        )
        update = f"UPDATE {INTEGRITY_TABLE} SET total = integrity_fold(total, {{d}}), "  # noqa: S608
        for kind in ("ins", "del", "upd"):
            connection.execute(f"DROP TRIGGER IF EXISTS integrity_{table}_{kind}")
        guard_new, guard_old = _meta_guard(table, "NEW"), _meta_guard(table, "OLD")
        connection.execute(
            f"CREATE TRIGGER integrity_{table}_ins AFTER INSERT ON {table}{guard_new}"
            f" BEGIN {update.format(d=new)}rows = rows + 1 WHERE name = '{table}'; END"
        )
        connection.execute(
            f"CREATE TRIGGER integrity_{table}_del AFTER DELETE ON {table}{guard_old}"
            f" BEGIN {update.format(d=old)}rows = rows - 1 WHERE name = '{table}'; END"
        )
        listed = ", ".join(columns)
        refold = f"integrity_fold(integrity_fold(total, {old}), {new})"
        trigger = (
            f"CREATE TRIGGER integrity_{table}_upd AFTER UPDATE OF {listed} ON {table}"  # noqa: S608
            f"{guard_new} BEGIN UPDATE {INTEGRITY_TABLE} SET total = {refold}"
            f" WHERE name = '{table}'; END"
        )
        connection.execute(trigger)


def table_state(
    connection: sqlite3.Connection, digests: RowDigests, table: str, columns: tuple[str, ...]
) -> tuple[bytes | None, int]:
    """A table's sum and count recomputed from its rows (None without the key)."""
    where = ""
    if table == "meta":
        keys = ", ".join(f"'{key}'" for key in sorted(UNSEALED_META))
        where = f" WHERE key NOT IN ({keys})"
    skip = DIGEST_ONLY_COLUMNS.get(table, frozenset())
    listed = ", ".join(column for column in columns if column not in skip)
    return digests.sum_of(table, connection.execute(f"SELECT {listed} FROM {table}{where}"))  # noqa: S608


def reset_sums(connection: sqlite3.Connection, digests: RowDigests) -> None:
    """Recompute every sealed table's sum from its rows as they are now (trusting them).

    Only after the rows were rebuilt from the verified chain, or written by this program
    since the last check (a new profile, a migration with the key at hand).
    """
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {INTEGRITY_TABLE} (name TEXT PRIMARY KEY,"
        " total BLOB, rows INTEGER NOT NULL)"
    )
    connection.execute(f"DELETE FROM {INTEGRITY_TABLE}")  # noqa: S608
    for table, columns in sealed_tables(connection).items():
        total, count = table_state(connection, digests, table, columns)
        connection.execute(
            f"INSERT INTO {INTEGRITY_TABLE} (name, total, rows) VALUES (?, ?, ?)",  # noqa: S608
            (table, total, count),
        )


def stored_sums(connection: sqlite3.Connection) -> dict[str, tuple[bytes | None, int]]:
    """Every table's sum and count as the triggers kept them."""
    return {
        str(name): (bytes(total) if total is not None else None, int(rows))
        for name, total, rows in connection.execute(
            f"SELECT name, total, rows FROM {INTEGRITY_TABLE}"  # noqa: S608
        )
    }


def sealed_state(connection: sqlite3.Connection, head: tuple[int, str]) -> SealedState | None:
    """The state a seal covers now (None when a sum is NULL: written while locked)."""
    tables: dict[str, tuple[str, int]] = {}
    for name, (total, count) in stored_sums(connection).items():
        if total is None:
            return None
        tables[name] = (total.hex(), count)
    return SealedState(head[0], head[1], tables)


def miscounted_tables(connection: sqlite3.Connection, names: Iterable[str]) -> list[str]:
    """Tables whose number of rows is not the count the triggers kept (SQLite counts: fast)."""
    kept = stored_sums(connection)
    tables = sealed_tables(connection)
    wrong: list[str] = []
    for name in names:
        if name not in tables:
            wrong.append(name)
            continue
        where = ""
        if name == "meta":
            keys = ", ".join(f"'{key}'" for key in sorted(UNSEALED_META))
            where = f" WHERE key NOT IN ({keys})"
        (count,) = connection.execute(f"SELECT count(*) FROM {name}{where}").fetchone()  # noqa: S608
        if kept.get(name, (None, -1))[1] != int(count):
            wrong.append(name)
    return wrong


def differing_tables(
    connection: sqlite3.Connection, digests: RowDigests, names: Iterable[str] | None = None
) -> list[str]:
    """Sealed tables whose rows no longer give the sum the triggers kept (or missing ones)."""
    kept = stored_sums(connection)
    wrong: list[str] = []
    tables = sealed_tables(connection)
    for table, columns in tables.items():
        if names is not None and table not in names:
            continue
        total, count = table_state(connection, digests, table, columns)
        if kept.get(table) != (total, count):
            wrong.append(table)
    wrong.extend(sorted(set(kept) - set(tables)))
    return wrong
