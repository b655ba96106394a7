"""The store's seal at work: kept at every commit, checked before every read and write."""

from __future__ import annotations

import hmac
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.store import integrity
from station.store.database import StoreError
from station.store.events import EventLog

DEFER_ROWS = 1024
"""Tables with more rows than this (a year's doses, ledger entries and solution containers)
are checked at sign-in by their row count against the sealed sums, and row by row in the
background after it; anything that decides, counts or syncs waits for that check. (At 4096 a
year's 1,300 containers were digested during the sign-in itself: 18 of its 31 ms.)"""

HEAD_NOTE_FILENAME = "station.head"
"""Beside the database: the last head this station sealed (see ``RecordSeal._head_problem``)."""

REPAIR_HINT = (
    "No dose, count or sync until an administrator rebuilds the record from the verified "
    "chain ('dosing-station audit repair')."
)


class IntegrityFailure(StoreError):
    """The file was changed outside the program: the station refuses to decide on it."""


@dataclass(frozen=True)
class Seal:
    """The seal as stored: the head it covers and the MAC over it and every table's sum."""

    seq: int
    hash: str
    mac: str

    VERSION = 3
    """Row digests in BLAKE2b (``integrity.DIGEST_PERSON``), the event log included; version 1
    used HMAC-SHA256, version 2 left the log out. A seal of another version counts as none:
    the record is put back from the verified chain and sealed again at the next sign-in."""

    @classmethod
    def parse(cls, text: str | None) -> Seal | None:
        """Read a stored seal (None when missing, unreadable or of another version)."""
        if not text:
            return None
        try:
            stored = json.loads(text)
            if stored.get("v") != cls.VERSION:
                return None
            return cls(int(stored["seq"]), str(stored["hash"]), str(stored["mac"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def text(self) -> str:
        """The seal as stored in ``meta``."""
        return json.dumps(
            {"v": self.VERSION, "seq": self.seq, "hash": self.hash, "mac": self.mac},
            sort_keys=True,
        )


class RecordSeal:
    """Keeps the seal at every commit and checks it; the store's ``TransactionHooks``.

    The first keyed commit of a profile that has no seal yet trusts what is there (a new
    profile, or one from before sealing: its chain is walked first) and seals it. From then
    on, a check runs whenever another connection may have written (``PRAGMA data_version``)
    and before the first read or write of a process; a problem found is kept until an
    administrator repairs the record, and nothing is sealed on top of it.
    """

    def __init__(
        self,
        walk_chain: Callable[[sqlite3.Connection], str | None],
        head_file: Path,
        database: Path,
    ) -> None:
        self.digests = integrity.RowDigests()
        self._walk_chain = walk_chain
        self._head_file = head_file
        self._database = database
        self._deep_done = threading.Event()
        self._deep_done.set()
        self._deep_thread: threading.Thread | None = None
        self._note_fd: int | None = None
        self._station_id = ""
        self._checked_version: int | None = None
        self._written: Seal | None = None
        self.problem: str | None = None
        self.repairing = False

    # -- keys and the first seal ---------------------------------------------------------------

    def never_sealed(self, connection: sqlite3.Connection) -> bool:
        """True when the profile has no seal (new, from before sealing, or its seal removed)."""
        return self._stored_seal(connection) is None

    # -- the hooks -----------------------------------------------------------------------------

    def on_begin(self, connection: sqlite3.Connection) -> None:
        """Check before writing when another connection may have written since."""
        if self.digests.keyed and not self.repairing:
            self.refresh(connection)

    def before_commit(self, connection: sqlite3.Connection) -> None:
        """Seal the head and the sums this transaction leaves (never over a known problem)."""
        if not self.digests.keyed or self.problem is not None:
            return
        if not self._has_sums(connection):
            return  # not sealed yet: the first keyed write seals (see the store)
        head = EventLog.head(connection)
        state = integrity.sealed_state(connection, head)
        if state is None:
            self.problem = (
                "A sealed table was written while nobody was signed in (a program other "
                "than the station's?)."
            )
            return
        seal = Seal(head[0], head[1], self.digests.seal(state))
        text = seal.text()  # in place: only the row's page is written, not its index's
        if not connection.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (text, integrity.SEAL_KEY)
        ).rowcount:
            connection.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)", (integrity.SEAL_KEY, text)
            )
        self._written = seal
        if not self._station_id:
            row = connection.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()
            self._station_id = str(row[0]) if row else ""

    def after_commit(self) -> None:
        """Note the head just sealed in a file beside the database (see ``_head_problem``)."""
        seal, self._written = self._written, None
        if seal is None:
            return
        note = {
            "station_id": self._station_id,
            "seq": seal.seq,
            "hash": seal.hash,
            "mac": self.digests.head_mac(self._station_id, seal.seq, seal.hash),
        }
        self._write_note(json.dumps(note, sort_keys=True).encode())

    def _write_note(self, data: bytes) -> None:
        """Overwrite the head note in place, through a descriptor kept open.

        No rename: a commit pays two small writes. A note torn by a power cut does not read
        and is passed over at the next check, which then relies on the seal and the server.
        """
        try:
            if self._note_fd is None:
                self._note_fd = os.open(self._head_file, os.O_RDWR | os.O_CREAT, 0o600)
                if hasattr(os, "fchmod"):  # POSIX: owner-only, whatever an older version left
                    os.fchmod(self._note_fd, 0o600)
            os.pwrite(self._note_fd, data, 0)
            os.ftruncate(self._note_fd, len(data))
        except OSError:
            pass  # the database has it; only the check after a lost write is weaker

    def _head_problem(self, connection: sqlite3.Connection) -> str | None:
        """What the head noted beside the database says about the database's own head.

        The note is written after every commit (without waiting for the disk: a note that
        lags is harmless). A database whose log ends before the noted head lost committed
        records (a write-ahead log cut after a crash) or was put back from a copy; a note
        whose MAC does not hold under this station's key belongs to another station's file.
        Someone who also puts back or removes the note is caught only by the server.
        """
        try:
            note = json.loads(self._head_file.read_text(encoding="utf-8"))
            seq, head_hash = int(note["seq"]), str(note["hash"])
            station_id, mac = str(note["station_id"]), str(note["mac"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        expected = self.digests.head_mac(station_id, seq, head_hash)
        if not hmac.compare_digest(mac, expected):
            return (
                "This database is not the one this station last wrote (another station's "
                "file, or one put in its place)."
            )
        db_seq, db_hash = EventLog.head(connection)
        if db_seq < seq:
            return (
                f"The log ends at record #{db_seq}, but this station had written up to #{seq}: "
                "records were lost (a cut write-ahead log) or the file was put back from a copy."
            )
        if db_seq == seq and db_hash != head_hash:
            return f"Record #{seq}, the last the station wrote, was replaced."
        return None

    # -- checking ------------------------------------------------------------------------------

    def refresh(self, connection: sqlite3.Connection) -> None:
        """Check again if anything but this connection wrote since the last check.

        The check itself takes milliseconds whatever the size of the record: every table's
        stored sum against the seal, the log's end against the seal and the head note, every
        small table row by row, and the row count of each large one. The large tables' rows
        are then checked in a background thread (see ``wait_for_rows``).
        """
        version = int(connection.execute("PRAGMA data_version").fetchone()[0])
        if self._checked_version == version or self.problem is not None:
            return
        self.wait_for_rows()  # an earlier background check finishes first
        problem = self.find_problem(connection, deep=False)
        if problem is None:
            self._checked_version = version
            self._check_large_tables(connection)
        else:
            self.problem = problem

    def require_intact(self, connection: sqlite3.Connection) -> None:
        """Raise ``IntegrityFailure`` (one sentence) unless the record is as the station left it.

        Waits for the background check of the large tables when one is still running (at most
        about a second per year of doses, right after the first sign-in of a process).
        """
        if not self.digests.keyed or self.repairing:
            return
        self.refresh(connection)
        self.wait_for_rows()
        if self.problem is not None:
            raise IntegrityFailure(f"{self.problem} {REPAIR_HINT}")

    def wait_for_rows(self) -> None:
        """Block until the background check of the large tables (if any) has finished."""
        self._deep_done.wait()

    def _check_large_tables(self, connection: sqlite3.Connection) -> None:
        """Start checking, row by row, the tables too large to check before sign-in returns."""
        large = [
            name
            for name, (_total, count) in integrity.stored_sums(connection).items()
            if count > DEFER_ROWS
        ]
        if not large:
            return
        self._deep_done.clear()
        self._deep_thread = threading.Thread(
            target=self._large_tables_check,
            args=(large,),
            name="record-seal-check",
            daemon=True,
        )
        self._deep_thread.start()

    def _large_tables_check(self, tables: list[str]) -> None:
        """The background check: in one snapshot of the file, the seal and the tables' rows."""
        problem: str | None = None
        try:
            reader = sqlite3.connect(self._database)
            try:
                reader.execute("BEGIN")
                problem = self._sealed_sums_problem(reader)
                if problem is None:
                    wrong = integrity.differing_tables(reader, self.digests, tables)
                    if wrong:
                        problem = _rows_changed(wrong)
                reader.execute("COMMIT")
            finally:
                reader.close()
        except sqlite3.Error:
            problem = "The record could not be read to check it (a damaged file?)."
        finally:
            if problem is not None and self.problem is None:
                self.problem = problem
            self._deep_done.set()

    def close(self) -> None:
        """Let a background check finish before the file is closed; close the head note."""
        thread = self._deep_thread
        if thread is not None:
            thread.join()
        if self._note_fd is not None:
            os.close(self._note_fd)
            self._note_fd = None

    def find_problem(self, connection: sqlite3.Connection, *, deep: bool = True) -> str | None:
        """What is wrong with the record against its seal, in one sentence (None: nothing).

        ``deep=False`` checks large tables (more than ``DEFER_ROWS`` rows) by their row count
        only; their rows are for the background check.
        """
        if not self._has_sums(connection):
            return None  # not sealed yet (a profile from before sealing, first keyed use)
        head_problem = self._head_problem(connection)
        if head_problem is not None:
            return head_problem
        problem = self._sealed_sums_problem(connection)
        if problem is not None:
            return problem
        kept = integrity.stored_sums(connection)
        small = [name for name, (_total, count) in kept.items() if deep or count <= DEFER_ROWS]
        wrong = integrity.differing_tables(connection, self.digests, small)
        if not deep:
            wrong += integrity.miscounted_tables(
                connection, [name for name in kept if name not in small]
            )
        return _rows_changed(sorted(set(wrong))) if wrong else None

    def _sealed_sums_problem(self, connection: sqlite3.Connection) -> str | None:
        """The seal against the stored sums and the log's end (no row is read)."""
        seal = self._stored_seal(connection)
        if seal is None:
            return "The record's seal is missing: the file was changed outside the program."
        state = integrity.sealed_state(connection, (seal.seq, seal.hash))
        if state is None:
            return "A sealed table was written while nobody was signed in."
        if not hmac.compare_digest(self.digests.seal(state), seal.mac):
            return (
                "The record does not match its seal: a table's check sum or the log's end "
                "was changed outside the program."
            )
        head_seq, head_hash = EventLog.head(connection)
        if head_seq < seal.seq:
            return (
                f"Records #{head_seq + 1} to #{seal.seq} were cut from the end of the log "
                "outside the program."
            )
        if head_seq > seal.seq:
            return (
                f"Records #{seal.seq + 1} to #{head_seq} were added to the log outside the "
                "program (they are not sealed)."
            )
        if head_hash != seal.hash:
            return f"Record #{head_seq}, the last of the log, was replaced outside the program."
        return None

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _stored_seal(connection: sqlite3.Connection) -> Seal | None:
        row = connection.execute(
            "SELECT value FROM meta WHERE key = ?", (integrity.SEAL_KEY,)
        ).fetchone()
        return Seal.parse(row[0] if row else None)

    @staticmethod
    def _has_sums(connection: sqlite3.Connection) -> bool:
        return connection.execute("SELECT 1 FROM integrity LIMIT 1").fetchone() is not None

    def accept_repair(self) -> None:
        """The record was rebuilt from the verified chain and sealed again."""
        self.problem = None
        self._checked_version = None


def _rows_changed(tables: list[str]) -> str:
    return (
        f"Rows of {', '.join(tables)} were changed, added, removed or put back outside the program."
    )
