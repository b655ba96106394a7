"""The station store: one encrypted SQLite file, its event log, accounts and projections."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station.domain.roles import Role
from station.store import accounts, files, integrity, receipts, remote, repair
from station.store.accounts import ConfirmedUser, LockoutPolicy, User
from station.store.audit import AuditResult, integrity_check, verify_chain
from station.store.crypto import (
    DEFAULT_KDF,
    DataKey,
    KdfParams,
    new_recovery_code,
    strengthened_kdf,
)
from station.store.database import (
    DATABASE_FILENAME,
    LEGACY_UNSIGNED,
    REBUILD_PENDING,
    StoreError,
    StoreNotFound,
    Transactor,
    connect,
    migrate,
)
from station.store.events import EventLog, StoredEvent
from station.store.ledger_projection import LEDGER_TABLES
from station.store.projections import PROJECTION_TABLES, Projections, StateCache
from station.store.sealing import HEAD_NOTE_FILENAME, IntegrityFailure, RecordSeal
from sync.wire.envelope import WireEvent
from sync.wire.receipts import Receipt


@dataclass(frozen=True)
class Session:
    """An unlocked store for one signed-in user: who they are and the keys they opened."""

    user: User
    data_key: DataKey
    signing_key: Ed25519PrivateKey
    # Per-patient states this session last wrote (see StateCache): a dose skips reopening them.
    states: StateCache = field(default_factory=StateCache, compare=False, repr=False)


WITNESS_VALID_S = 15 * 60
"""How long a second person's signature at the station stays usable for the step it is for."""


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


class Store:
    """Everything the station keeps on disk, behind one write transaction at a time."""

    def __init__(self, data_dir: Path, connection: sqlite3.Connection) -> None:
        self.data_dir = data_dir
        self._connection = connection
        self._transactor = Transactor(connection)
        self._seal = RecordSeal(
            self._walk_chain, data_dir / HEAD_NOTE_FILENAME, self.database_path(data_dir)
        )
        self._seal.digests.install(connection)
        self._transactor.hooks = self._seal
        self._witness_secret = secrets.token_bytes(32)
        self.station_id = self._meta("station_id") or ""
        try:
            self.log = EventLog(self.station_id, self._last_hlc())
        except ValueError:  # a last record whose stamp does not read: the seal will say why
            self.log = EventLog(self.station_id, None)
        with self._transactor.reading() as reader:
            newest_pulled = remote.newest_remote_hlc(reader)
        if newest_pulled is not None:
            self.log.observe(newest_pulled)

    # -- opening ------------------------------------------------------------------------------

    @staticmethod
    def database_path(data_dir: Path) -> Path:
        """Where the station database lives inside a data folder."""
        return data_dir / DATABASE_FILENAME

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        """True when the folder holds a station profile."""
        return cls.database_path(data_dir).exists()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open an existing profile (still locked: nothing patient-related can be read yet)."""
        if not cls.exists(data_dir):
            raise StoreNotFound(
                f"no station profile in {data_dir}; create one with 'dosing-station init'"
            )
        # Owner-only before SQLite makes its -wal and -shm (they take the database's mode).
        files.tighten_and_say(data_dir, "Station data folder")
        connection = connect(cls.database_path(data_dir))
        migrate(connection)
        return cls(data_dir, connection)

    @classmethod
    def create(
        cls,
        data_dir: Path,
        station_name: str,
        admin_username: str,
        admin_display_name: str,
        admin_password: str,
        *,
        kdf: KdfParams,
        lockout: LockoutPolicy | None = None,
        station_id: str | None = None,
    ) -> tuple[Store, Session, str]:
        """Create a profile and its first administrator; return it unlocked, with recovery code.

        ``kdf`` is the caller's choice (``calibrate_kdf()`` for a station): the store reads no
        environment, so nothing outside the call can weaken a profile's key derivation.
        """
        if cls.exists(data_dir):
            raise StoreError(f"a station profile already exists in {data_dir}")
        accounts.check_password_strength(admin_password)
        files.private_folder(data_dir)
        files.create_private_file(cls.database_path(data_dir))  # 0600 before a byte is written
        lockout = lockout or LockoutPolicy()
        connection = connect(cls.database_path(data_dir))
        migrate(connection)
        data_key = DataKey.generate()
        signing_key = Ed25519PrivateKey.generate()
        recovery_code = new_recovery_code()
        station_id = station_id or f"st-{uuid.uuid4().hex[:12]}"
        transactor = Transactor(connection)
        with transactor.transaction() as tx:
            for key, value in {
                "station_id": station_id,
                "station_name": station_name,
                "created_at": _now_iso(),
                "kdf": json.dumps(kdf.as_json()),
                "lockout": json.dumps(
                    {"max_attempts": lockout.max_attempts, "lock_minutes": lockout.lock_minutes}
                ),
                "public_key": signing_key.public_key()
                .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                .hex(),
                "signing_key": data_key.seal(
                    signing_key.private_bytes(
                        serialization.Encoding.Raw,
                        serialization.PrivateFormat.Raw,
                        serialization.NoEncryption(),
                    ),
                    "meta|signing_key",
                ).hex(),
            }.items():
                tx.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            admin = accounts.insert_user(
                tx, admin_username, admin_display_name, frozenset({Role.ADMINISTRATOR})
            )
            accounts.wrap_data_key(tx, data_key, admin_password, kdf, admin.user_id)
            accounts.wrap_data_key(tx, data_key, recovery_code, kdf, None)
        store = cls(data_dir, connection)
        session = Session(admin, data_key, signing_key)
        store.record(
            session, "station.initialized", {"station_id": station_id, "name": station_name}
        )
        store.record(session, "user.added", store._user_payload(admin, by=admin))
        store._seal.digests.use_key(data_key.integrity_key())
        store.repair(session, first=True)  # the new profile's first seal
        return store, session, recovery_code

    def close(self) -> None:
        """Checkpoint the WAL and close the file, once a read or write in flight has ended.

        A read on another thread (a screen's refresh) holds the connection's lock; closing the
        connection under it crashed the process (SQLite freed what the read was using).
        """
        self._seal.close()
        with self._transactor.reading():
            try:
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._connection.close()

    def use_clock(self, wall: Callable[[], float]) -> None:
        """Stamp events by ``wall`` (seconds since the epoch): the station's bounded clock."""
        self.log.wall = wall

    # -- metadata -----------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        with self._transactor.reading() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def meta(self, key: str) -> str | None:
        """Read one clear setting (station id, sync marks, …); never patient data."""
        return self._meta(key)

    def set_meta(self, key: str, value: str) -> None:
        """Write one clear setting (inside the caller's ``transaction()`` when there is one)."""
        self.set_metas({key: value})

    def set_metas(self, values: Mapping[str, str]) -> None:
        """Write several clear settings in one transaction (joins the caller's)."""
        with self._transactor.transaction() as tx:
            tx.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items())
            )

    @property
    def station_name(self) -> str:
        """The station's human name."""
        return self._meta("station_name") or self.station_id

    @property
    def public_key(self) -> Ed25519PublicKey:
        """The station's Ed25519 public key (in clear: anyone may verify signatures)."""
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(self._meta("public_key") or ""))

    def kdf(self) -> KdfParams:
        """Key derivation parameters for new wraps."""
        stored = self._meta("kdf")
        return KdfParams.from_json(json.loads(stored)) if stored else DEFAULT_KDF

    def lockout_policy(self) -> LockoutPolicy:
        """The configured lockout policy."""
        stored = json.loads(self._meta("lockout") or "{}")
        return LockoutPolicy(**stored)

    def _last_hlc(self) -> str | None:
        with self._transactor.reading() as connection:
            row = connection.execute("SELECT hlc FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return str(row[0]) if row else None

    # -- unlocking ----------------------------------------------------------------------------

    def _session_for(self, user: User, data_key: DataKey) -> Session:
        session = Session(user, data_key, self._signing_key(data_key))
        signing_key = session.signing_key
        self._seal.digests.use_key(data_key.integrity_key())
        with self._transactor.reading() as connection:
            unsealed = self._seal.never_sealed(connection)
        if unsealed:
            # A profile never sealed (new, or from before sealing): put it back from the
            # verified chain and seal it. A seal removed by someone else lands here too, and
            # the same repair is the remedy.
            self.repair(session, first=True)
        else:
            self._finish_migration(session)
            with self._transactor.reading() as connection:
                self._seal.refresh(connection)  # a problem found refuses reads and writes
            if not self._own_public_key(signing_key) and self._seal.problem is None:
                self._seal.problem = "The station's public key was replaced outside the program."
        if self._seal.problem is not None:
            # The accounts table may be what was changed: the roles are the verified log's,
            # not its; none at all when the log itself does not hold.
            roles: frozenset[Role] = frozenset()
            with self._transactor.reading() as connection:
                if self._walk_chain(connection) is None:
                    events = self._all_events(connection, data_key)
                    roles = repair.roles_of(events, user.user_id)
            session = replace(session, user=replace(user, roles=roles))
        self.sign_pending(session)
        return session

    def _own_public_key(self, signing_key: Ed25519PrivateKey) -> bool:
        raw = signing_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return (self._meta("public_key") or "") == raw.hex()

    def integrity_problem(self) -> str | None:
        """What the seal found wrong with the record (None: nothing, or not checked yet)."""
        return self._seal.problem

    def report_problem(self, sentence: str) -> None:
        """Refuse every read and write that decides from now on, saying ``sentence``.

        For what only sync can find (records the server confirmed were rewritten): the seal's
        problem is set, as if the seal had found it, until an administrator repairs the record.
        """
        if self._seal.problem is None:
            self._seal.problem = sentence

    def keep_receipt(self, receipt: Receipt) -> bool:
        """Keep the server's signed receipt of a push (its day's); tell whether it was kept."""
        with self._write_transaction() as tx:
            return receipts.keep(tx, receipt)

    def kept_receipts(self) -> list[str]:
        """The server's receipts this station kept, as signed (oldest first)."""
        with self._transactor.reading() as connection:
            self._seal.require_intact(connection)
            return receipts.kept(connection)

    def integrity_checked(self) -> str | None:
        """Like ``integrity_problem``, once the background check of large tables is done."""
        self._seal.wait_for_rows()
        return self._seal.problem

    def _walk_chain(self, connection: sqlite3.Connection) -> str | None:
        """The first record of the log that does not hold, in words (None: all hold)."""
        try:
            self.public_key  # noqa: B018
        except ValueError:
            return "The station's public key does not read."
        legacy = self._meta(LEGACY_UNSIGNED)
        result = verify_chain(
            connection,
            self.public_key,
            None,
            None,
            resealed=remote.resealed_digests(connection),
            legacy_unsigned_through=int(legacy) if legacy and legacy.isdigit() else 0,
        )
        return None if result.intact else f"The log does not hold: {result.problem}."

    def repair(self, session: Session, *, first: bool = False) -> list[str]:
        """Put the record back from the verified chain and seal it again; say what changed.

        Projections, the ledger and the station's settings are rebuilt; accounts get the roles
        the log gave them; trusted card issuers, the public key, the server binding and the
        sync marks are derived again or checked. Refused (``IntegrityFailure``) when the log
        itself does not hold: then only a backup, or the server's copy, can help. An
        administrator's action (the caller checks the role); recorded as ``record.repaired``.
        """
        changes: list[str] = []
        self._seal.repairing = True
        try:
            with self._transactor.transaction() as tx:
                problem = self._walk_chain(tx)
                if problem is not None:
                    raise IntegrityFailure(
                        f"{problem} The record cannot be rebuilt from it: restore a backup, or "
                        "let the server give back what it holds."
                    )
                events = self._all_events(tx, session.data_key)
                changes += repair.repair_settings(tx, events, session.signing_key, self.station_id)
                changes += repair.repair_accounts(tx, events)
                if not first:
                    changes += repair.raise_kdf_to_floor(tx, repair.strongest_wrap(tx))
                self.rebuild_projections(session)
                tx.execute("DELETE FROM meta WHERE key = ?", (REBUILD_PENDING,))
                integrity.reset_sums(tx, self._seal.digests)
                integrity.install_triggers(tx)
                self._seal.accept_repair()
        finally:
            self._seal.repairing = False
        if not first:
            self.record(
                session, "record.repaired", {"changes": changes, "by": session.user.user_id}
            )
        return changes

    @staticmethod
    def _all_events(connection: sqlite3.Connection, data_key: DataKey) -> list[StoredEvent]:
        events: list[StoredEvent] = []
        after = 0
        while True:
            batch = EventLog.read(connection, data_key, after, 5000)
            if not batch:
                return events
            events.extend(batch)
            after = batch[-1].seq

    def _finish_migration(self, session: Session) -> None:
        """Rebuild the projections a migration emptied because it had no key (once, atomic)."""
        if self._meta(REBUILD_PENDING) is None:
            return
        with self._transactor.transaction() as tx:
            if tx.execute("SELECT 1 FROM meta WHERE key = ?", (REBUILD_PENDING,)).fetchone():
                self.rebuild_projections(session)
                tx.execute("DELETE FROM meta WHERE key = ?", (REBUILD_PENDING,))
        with self._transactor.reading() as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _refused_sign_in(self, payload: dict[str, Any]) -> None:
        """Note a sign-in refused before any password was tried (see ``_note_sign_in``)."""
        with self._transactor.transaction() as tx:
            self._note_sign_in(tx, "auth.failed", payload)

    @staticmethod
    def _note_sign_in(tx: sqlite3.Connection, event_type: str, payload: dict[str, Any]) -> None:
        """Keep a refused sign-in until someone signs in: then it enters the chain, signed.

        Nobody is signed in when a sign-in fails, so nothing could sign it: an unsigned record
        in the chain is one anyone could forge. It waits in ``auth_log`` (clear: a user name
        and counts, never a password) for ``sign_pending``.
        """
        tx.execute(
            "INSERT INTO auth_log (type, payload, at) VALUES (?, ?, ?)",
            (event_type, json.dumps(payload, sort_keys=True), datetime.now(UTC).isoformat()),
        )

    def sign_pending(self, session: Session) -> None:
        """Move the refused sign-ins noted while locked into the chain, signed, in one write."""
        with self._transactor.reading() as connection:
            pending = connection.execute(
                "SELECT entry, type, payload, at FROM auth_log ORDER BY entry"
            ).fetchall()
        if not pending or self._seal.problem is not None:
            return
        with self._transactor.transaction() as tx:
            self.record_many(
                session,
                [
                    (kind, {**json.loads(payload), "at": at})
                    for _entry, kind, payload, at in pending
                ],
            )
            tx.execute("DELETE FROM auth_log WHERE entry <= ?", (pending[-1][0],))

    def _authenticate(self, username: str, password: str) -> tuple[User, DataKey]:
        now = datetime.now(UTC)
        refused: accounts.AccountLocked | accounts.AccountDisabled | None = None
        with self._transactor.reading() as connection:
            user = accounts.find_user(connection, username)
            if user is not None:
                try:
                    accounts.check_not_locked(connection, user, now)
                except (accounts.AccountLocked, accounts.AccountDisabled) as error:
                    refused = error
                wrap = accounts.load_wrap(connection, user)
        if user is None:
            # The name's hash costs a real attempt's derivation: names cannot be probed by time.
            typed = accounts.typed_user_name(username, self.station_id, self.kdf())
            self._refused_sign_in({"reason": "unknown_user", **typed})
            raise accounts.WrongCredentials()
        if refused is not None:
            locked = isinstance(refused, accounts.AccountLocked)
            self._refused_sign_in(
                {"reason": "locked" if locked else "disabled", "username": user.username}
            )
            raise refused
        started = self.derivation_clock()
        try:
            data_key = accounts.unwrap_for_user(wrap, user, password)
        except accounts.WrongCredentials:
            with self._transactor.transaction() as tx:
                failure = accounts.record_failure(tx, user, self.lockout_policy(), now)
                self._note_sign_in(
                    tx,
                    "auth.failed",
                    {
                        "reason": "wrong_password",
                        "username": user.username,
                        "attempt": failure.attempts,
                    },
                )
                if failure.locked_until is not None:
                    self._note_sign_in(
                        tx,
                        "auth.locked",
                        {"username": user.username, "until": failure.locked_until.isoformat()},
                    )
            raise
        assert wrap is not None  # unwrap_for_user refuses a user without one
        stronger = strengthened_kdf(wrap.kdf, self.derivation_clock() - started)
        # The slow derivation for the stronger wrap happens before the write lock is taken.
        resealed = (
            accounts.seal_wrap(data_key, password, stronger, user.user_id) if stronger else None
        )
        self._seal.digests.use_key(data_key.integrity_key())
        with self._transactor.transaction() as tx:
            accounts.record_success(tx, user)
            if resealed is not None:
                self._strengthen(tx, user, wrap.kdf, resealed, self._signing_key(data_key))
        return user, data_key

    def _signing_key(self, data_key: DataKey) -> Ed25519PrivateKey:
        sealed = bytes.fromhex(self._meta("signing_key") or "")
        return Ed25519PrivateKey.from_private_bytes(data_key.open(sealed, "meta|signing_key"))

    def _strengthen(
        self,
        tx: sqlite3.Connection,
        user: User,
        before: KdfParams,
        resealed: accounts.SealedWrap,
        signing_key: Ed25519PrivateKey,
    ) -> None:
        """Keep a stronger wrap for ``user`` (and for new wraps), recorded in the audit trail."""
        accounts.store_wrap(tx, resealed)
        for_new_wraps = self.kdf()
        if (
            for_new_wraps.same_family(resealed.kdf)
            and for_new_wraps.iterations < resealed.kdf.iterations
        ):
            # Same family, fewer passes: new and changed passwords start as strong.
            self.set_meta("kdf", json.dumps(resealed.kdf.as_json()))  # joins ``tx``
        self.log.append(
            tx,
            "auth.key_strengthened",
            {
                "username": user.username,
                "passes_before": before.iterations,
                "passes": resealed.kdf.iterations,
            },
            None,
            signing_key,
        )
        self._remember_head(tx)

    derivation_clock: Callable[[], float] = staticmethod(time.perf_counter)
    """Times each sign-in's key derivation (a too-quick one strengthens the wrap)."""

    def unlock(self, username: str, password: str) -> Session:
        """Sign a user in: derive their key, unwrap the data key, open the station key."""
        user, data_key = self._authenticate(username, password)
        return self._session_for(user, data_key)

    def confirm_witness(self, username: str, password: str, signer: User) -> ConfirmedUser:
        """Check a second person's own credentials; they must not be the signer."""
        user, _ = self._authenticate(username, password)
        if user.user_id == signer.user_id:
            raise StoreError("a witness must be a second person, not the one who signs")
        confirmed_at = time.monotonic()
        return ConfirmedUser(
            **{name: getattr(user, name) for name in User.__dataclass_fields__},
            confirmed_at=confirmed_at,
            proof=self._witness_proof(user.user_id, confirmed_at),
        )

    def _witness_proof(self, user_id: str, confirmed_at: float) -> str:
        message = f"{user_id}|{confirmed_at!r}".encode()
        return hmac.new(self._witness_secret, message, hashlib.sha256).hexdigest()

    def confirmed_person(self, person: User, within_s: float = WITNESS_VALID_S) -> User:
        """The account of a second person who signed here within ``within_s``, as it is now.

        Refused (``StoreError``, one sentence) unless ``person`` came from
        :meth:`confirm_witness` of this open store, not long ago, and the account still exists
        and is active. The roles returned are the account's roles now, not the caller's copy.
        """
        if not isinstance(person, ConfirmedUser) or not hmac.compare_digest(
            person.proof, self._witness_proof(person.user_id, person.confirmed_at)
        ):
            raise StoreError(
                "The second person has not signed at this station: they enter their own user "
                "name and password."
            )
        if time.monotonic() - person.confirmed_at > within_s:
            raise StoreError(
                "The second person's signature is too old: they enter their password again."
            )
        current = self.user(person.user_id)
        if current is None or current.disabled:
            raise StoreError("The second person's account is not active: another person signs.")
        return current

    def confirm_signer(self, session: Session, password: str) -> User:
        """The signed-in person's account as it is now, once they gave their own password again.

        For a signature that needs the signer's password at the moment of signing (a
        prescriber's order): a wrong password counts toward the lockout as at sign-in.
        """
        user, _ = self._authenticate(session.user.username, password)
        if user.user_id != session.user.user_id or user.disabled:
            raise StoreError("The password must be the signed-in person's own.")
        return user

    def user(self, user_id: str) -> User | None:
        """One account by its id, as it is now (None when there is none)."""
        with self._transactor.reading() as connection:
            try:
                return accounts.get_user(connection, user_id)
            except StoreError:
                return None

    # -- writing ------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work: every write of the store's inside the block commits together.

        Joins an outer one; refused on a record changed outside. It hands out nothing: the
        services write through the store's named methods (``record``, ``set_meta``, …), each
        of which joins this transaction, and never hold a connection.
        """
        with self._write_transaction():
            yield

    @contextmanager
    def _write_transaction(self) -> Iterator[sqlite3.Connection]:
        """The write transaction's connection, for the store's own code (and its tests)."""
        with self._transactor.transaction() as connection:
            self._seal.require_intact(connection)
            yield connection

    def _remember_head(
        self, connection: sqlite3.Connection, head: StoredEvent | None = None
    ) -> None:
        """Write down the chain's head (``head`` when the caller just appended it).

        An UPDATE in place changes only the ``meta`` row's page; ``INSERT OR REPLACE`` would
        delete and re-insert it and so also rewrite the key's index page on every commit.
        """
        seq, head_hash = (head.seq, head.hash) if head is not None else EventLog.head(connection)
        value = f"{seq}:{head_hash}"
        updated = connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'chain_head'", (value,)
        ).rowcount
        if not updated:
            connection.execute("INSERT INTO meta (key, value) VALUES ('chain_head', ?)", (value,))

    def record(self, session: Session, event_type: str, payload: dict[str, Any]) -> StoredEvent:
        """Append one event and update the projections, all in one transaction."""
        return self.record_many(session, [(event_type, payload)])[0]

    def record_many(
        self, session: Session, items: Iterable[tuple[str, dict[str, Any]]]
    ) -> list[StoredEvent]:
        """Append several events and their projection changes in one transaction.

        What does not depend on the chain's head (salt, canonical JSON, payload hash, uuid) is
        done before the transaction begins, so the write lock is held for less work.
        """
        prepared = [
            self.log.prepare(event_type, payload, session.data_key) for event_type, payload in items
        ]
        stored = []
        with self._transactor.transaction() as tx:
            self._seal.require_intact(tx)
            projections = Projections(tx, session.data_key, self.station_id, session.states)
            for item in prepared:
                event = self.log.append_prepared(tx, item, session.data_key, session.signing_key)
                projections.apply(event.type, event.payload)
                stored.append(event)
            projections.flush()
            if stored:
                self._remember_head(tx, stored[-1])
        return stored

    def restore_own_events(self, session: Session, events: Sequence[WireEvent]) -> int:
        """Re-append own events the server kept, after this station was restored from backup."""
        with self._transactor.transaction() as tx:
            restored = remote.restore_own(
                tx, session.data_key, self.public_key, self.station_id, events
            )
            self._remember_head(tx)
        return restored

    # -- reading ------------------------------------------------------------------------------

    @contextmanager
    def reading(self, session: Session) -> Iterator[Projections]:
        """Read projections with the session's key (one consistent read).

        Refused (``IntegrityFailure``, one sentence) when the record was changed outside the
        program: nothing is decided, counted or synced on it.
        """
        with self._transactor.reading() as connection:
            self._seal.require_intact(connection)
            yield Projections(connection, session.data_key, self.station_id)

    def events_after(
        self, session: Session, seq: int, limit: int | None = None
    ) -> list[StoredEvent]:
        """Events of this station after ``seq``, decrypted, in order."""
        with self._transactor.reading() as connection:
            self._seal.require_intact(connection)
            return EventLog.read(connection, session.data_key, seq, limit)

    def head(self) -> tuple[int, str]:
        """The highest sequence number of this station's log and its hash."""
        with self._transactor.reading() as connection:
            return EventLog.head(connection)

    # -- users --------------------------------------------------------------------------------

    @staticmethod
    def _user_payload(user: User, by: User) -> dict[str, Any]:
        return {
            "user_id": user.user_id,
            "username": user.username,
            "display_name": user.display_name,
            "roles": sorted(role.value for role in user.roles),
            "by": by.user_id,
        }

    def users(self) -> list[User]:
        """Every staff account."""
        with self._transactor.reading() as connection:
            return accounts.list_users(connection)

    def find_user(self, username: str) -> User | None:
        """One account by user name."""
        with self._transactor.reading() as connection:
            return accounts.find_user(connection, username)

    def add_user(
        self,
        session: Session,
        username: str,
        display_name: str,
        roles: frozenset[Role],
        password: str,
    ) -> User:
        """Create an account whose password unwraps the data key."""
        accounts.check_password_strength(password)
        with self._transactor.transaction() as tx:
            user = accounts.insert_user(tx, username, display_name, roles)
            accounts.wrap_data_key(tx, session.data_key, password, self.kdf(), user.user_id)
            self.record(session, "user.added", self._user_payload(user, session.user))
        return user

    def set_user_disabled(self, session: Session, username: str, disabled: bool) -> User:
        """Disable (and forget the key wrap of) an account, or re-enable it."""
        with self._transactor.transaction() as tx:
            user = accounts.find_user(tx, username)
            if user is None:
                raise StoreError(f"no user {username!r}")
            if not disabled:
                raise StoreError(
                    "Disabling forgot this account's key: set a new password to re-enable it "
                    "('dosing-station users passwd')."
                )
            accounts.set_disabled(tx, user.user_id, disabled)
            self.record(
                session,
                "user.disabled" if disabled else "user.enabled",
                {"user_id": user.user_id, "by": session.user.user_id},
            )
        with self._transactor.reading() as connection:
            return accounts.get_user(connection, user.user_id)

    def clear_lockout(self, session: Session, username: str) -> bool:
        """Lift a lockout after wrong passwords (recorded); False if the account was not locked."""
        with self._transactor.transaction() as tx:
            user = accounts.find_user(tx, username)
            if user is None:
                raise StoreError(f"no user {username!r}")
            row = tx.execute(
                "SELECT failed_attempts, locked_until FROM users WHERE user_id = ?",
                (user.user_id,),
            ).fetchone()
            was_locked = bool(row and row[1])
            accounts.clear_lock(tx, user.user_id)
            self.record(
                session,
                "user.unlocked",
                {"user_id": user.user_id, "by": session.user.user_id, "was_locked": was_locked},
            )
        return was_locked

    def set_password(self, session: Session, username: str, new_password: str) -> None:
        """Re-wrap the data key under a new password (nothing else is re-encrypted)."""
        accounts.check_password_strength(new_password)
        with self._transactor.transaction() as tx:
            user = accounts.find_user(tx, username)
            if user is None:
                raise StoreError(f"no user {username!r}")
            if user.disabled:
                accounts.set_disabled(tx, user.user_id, False)
            accounts.wrap_data_key(tx, session.data_key, new_password, self.kdf(), user.user_id)
            accounts.clear_lock(tx, user.user_id)
            self.record(
                session,
                "user.password_set",
                {"user_id": user.user_id, "by": session.user.user_id},
            )

    def recover(self, recovery_code: str, username: str, new_password: str) -> tuple[Session, str]:
        """Restore an administrator's access with the clinic's recovery code, once.

        The administrator gets ``new_password``; the used code stops working, because the
        recovery wrap is replaced by one under a new random code, returned to be shown once.
        Both wraps and the ``auth.recovered`` record commit together (no secret in the record).
        """
        accounts.check_password_strength(new_password)
        with self._transactor.reading() as connection:
            data_key, used_wrap = accounts.unwrap_with_recovery(connection, recovery_code)
            user = accounts.find_user(connection, username)
        if user is None or not user.has(Role.ADMINISTRATOR):
            raise StoreError("recovery restores an administrator account; name one")
        new_code = new_recovery_code()
        kdf = self.kdf()
        # The slow derivations happen before the write lock is taken.
        password_wrap = accounts.seal_wrap(data_key, new_password, kdf, user.user_id)
        recovery_wrap = accounts.seal_wrap(data_key, new_code, kdf, None)
        session = self._session_for(user, data_key)
        with self._transactor.transaction() as tx:
            if accounts.recovery_wrap_id(tx) != used_wrap:
                raise StoreError("The recovery code has just been used: it works only once.")
            if user.disabled:
                accounts.set_disabled(tx, user.user_id, False)
            accounts.store_wrap(tx, password_wrap)
            accounts.store_wrap(tx, recovery_wrap)
            accounts.clear_lock(tx, user.user_id)
            self.record(
                session,
                "auth.recovered",
                {
                    "user_id": user.user_id,
                    "username": user.username,
                    "by": "recovery code",
                    "recovery_code_replaced": True,
                },
            )
        return session, new_code

    # -- audit and maintenance ----------------------------------------------------------------

    def recorded_head(self) -> tuple[int, str] | None:
        """The head the store last wrote down (detects records removed from the end)."""
        stored = self._meta("chain_head")
        if not stored:
            return None
        seq, head_hash = stored.split(":", 1)
        return int(seq), head_hash

    def verify(self, data_key: DataKey | None = None) -> AuditResult:
        """Walk the chain (and decrypt every payload when a key is given)."""
        with self._transactor.reading() as connection:
            check = integrity_check(connection)
            if check != "ok":
                return AuditResult(0, 0, data_key is not None, None, f"database damaged: {check}")
            try:
                self.public_key  # noqa: B018 - it must read before anything is checked with it
            except ValueError:
                return AuditResult(
                    0, 0, data_key is not None, None, "the station's public key does not read"
                )
            legacy = self._meta(LEGACY_UNSIGNED)
            result = verify_chain(
                connection,
                self.public_key,
                self.recorded_head(),
                data_key,
                resealed=remote.resealed_digests(connection),
                legacy_unsigned_through=int(legacy) if legacy and legacy.isdigit() else 0,
            )
            if result.intact and data_key is not None and self._seal.digests.keyed:
                problem = self._seal.find_problem(connection)
                if problem is not None:
                    return replace(result, problem=problem)
            return result

    def store_pulled(
        self, session: Session, rows: Sequence[Sequence[Any]], marks: Mapping[str, str]
    ) -> remote.PulledOutcome:
        """Seal pulled feed rows, project them and write ``marks`` (the feed's cursor): one commit.

        When a fork's resolution set another copy's events aside, they are gone from the pulled
        events and the projections are rebuilt without them, in the same transaction.
        """
        with self._write_transaction() as tx:
            outcome = remote.store_pulled_rows(tx, session.data_key, self.station_id, rows)
            self.set_metas(marks)
            if outcome.set_aside:
                self.rebuild_projections(session)
        return outcome

    def rebuild_projections(self, session: Session, batch: int = 5000) -> int:
        """Throw away every projection and replay own and pulled events into them, by HLC.

        Returns how many events were replayed.
        """
        with self._transactor.transaction() as tx:
            for table in (*PROJECTION_TABLES, *LEDGER_TABLES):
                tx.execute(f"DELETE FROM {table}")  # noqa: S608
            projections = Projections(tx, session.data_key)
            replayed = remote.replay_merged(tx, session.data_key, projections, batch)
            projections.flush()
        return replayed
