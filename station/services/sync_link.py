"""The station's store as the sync client's replica, enrollment, and the lease-backed dose probe."""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from station.domain.decision import SyncState
from station.domain.patients import Patient
from station.domain.roles import Role
from station.domain.sessions import SessionKey
from station.services.access import require_role
from station.services.dose_lease import SyncAnswer
from station.services.errors import ServiceError
from station.store.database import StoreError
from station.store.events import StoredEvent
from station.store.store import Session, Store
from sync.client.engine import enroll_station
from sync.client.errors import IntegrityProblem, ServerUnreachable, SyncError
from sync.client.leases import LeaseClient
from sync.client.replica import PullState, ServerBinding
from sync.client.transport import SyncTransport
from sync.wire.compact import event_row
from sync.wire.envelope import WireEvent
from sync.wire.receipts import Receipt
from sync.wire.verify import own_rows_problem

META_BINDING = "sync_binding"
META_PUSH_MARK = "sync_push_mark"
META_PULL_CURSOR = "sync_pull_cursor"
META_PULL_EPOCH = "sync_pull_epoch"


class AlreadyEnrolled(ServiceError):
    """The station is bound to a server already; enrolling again would fork its identity."""


class CaFileProblem(ServiceError):
    """The clinic's CA file for the server's TLS certificate cannot be used."""


class NotEnrolled(ServiceError):
    """The station has no server yet: a technician enrolls it first."""


SERVER_CA_COMMAND = "dosing-station server-ca FILE"
"""Where a technician gives an enrolled station its clinic CA file on the command line."""


def tls_verify(ca_file: str | Path | None) -> bool | str:
    """What the server's TLS certificate is checked against: the clinic's CA file, or the system's.

    Raises ``CaFileProblem`` (one sentence) when the file cannot be read or holds no certificate.
    """
    if ca_file is None:
        return True
    path = Path(ca_file)
    try:
        ssl.create_default_context(cafile=str(path))
    except ssl.SSLError:
        raise CaFileProblem(
            f"The CA file {path} holds no certificate this station can use (a CA bundle is "
            "PEM text: -----BEGIN CERTIFICATE-----).",
            code="sync.ca_file_without_certificate",
            path=str(path),
        ) from None
    except OSError as error:
        raise CaFileProblem(
            f"The CA file {path} cannot be read ({error.strerror or type(error).__name__}).",
            code="sync.ca_file_unreadable",
            path=str(path),
            detail=error.strerror or type(error).__name__,
        ) from None
    return str(path)


def kept_ca_path(ca_file: str | Path) -> str:
    """The CA file as an enrollment keeps it: its absolute path, the home folder expanded."""
    return str(Path(ca_file).expanduser().absolute())


def certificate_problem(
    error: BaseException, ca_file: str | Path | None = None, ca_option: str = "--ca-file"
) -> str | None:
    """One sentence when ``error`` came from a server certificate that did not verify, else None.

    ``ca_file`` is the CA file the certificate was checked with (None: the system's CAs);
    ``ca_option`` names where the user gives one (the command's option, a window's field).
    """
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = cause.verify_message or cause.reason or "certificate verify failed"
            if ca_file is None:
                return (
                    f"The server's TLS certificate was not accepted ({reason}): give the "
                    f"clinic's CA file ({ca_option}) or have the server's certificate checked."
                )
            return (
                f"The server's TLS certificate was not accepted by the CA file {ca_file} "
                f"({reason}): check that this CA signed the server's certificate, or give "
                f"the one that did ({ca_option})."
            )
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


class StoreReplica:
    """Implements ``sync.client.replica.LocalReplica`` over the store, for one signed-in user.

    The user's session opens the data key (pulled events are sealed with it) and the station's
    signing key (every request is signed with it); nothing is readable without it.
    """

    def __init__(self, store: Store, session: Session, *, ca_file: str | None = None) -> None:
        self.store = store
        self.session = session
        self.ca_file = ca_file
        """The clinic's CA file, kept with the binding this replica saves (enrollment)."""
        self._lock = threading.Lock()
        self.unreadable_pulled = 0
        """Pulled events this station version could not use, since this replica was made."""

    @property
    def station_id(self) -> str:
        """The station id, as enrolled."""
        return self.store.station_id

    def public_key_hex(self) -> str:
        """The station's Ed25519 public key, raw, in hex."""
        return self.store.meta("public_key") or ""

    def sign(self, message: bytes) -> bytes:
        """Sign with the station key (opened by the session)."""
        return self.session.signing_key.sign(message)

    def head(self) -> tuple[int, str]:
        """The highest own sequence and its record hash."""
        return self.store.head()

    def events_after(self, after: int, limit: int) -> Sequence[StoredEvent]:
        """Own events after ``after``, decrypted, in order: only those that verify.

        As ``push_rows_after``: the events before the first that does not verify, and
        ``IntegrityProblem`` when that one comes first.
        """
        try:
            events = self.store.events_after(self.session, after, limit)
            prev_hash = self._hash_at(after)
        except StoreError as error:  # the store's own check refuses the record
            raise IntegrityProblem(str(error)) from error
        rows = [event_row(event) for event in events]
        return events[: len(self._verified(rows, after, prev_hash))]

    def push_mark(self) -> int:
        """The highest own sequence the server confirmed holding."""
        return int(self.store.meta(META_PUSH_MARK) or 0)

    def set_push_mark(self, seq: int) -> None:
        """Store the push mark (its own committed, fsynced transaction)."""
        self.store.set_meta(META_PUSH_MARK, str(seq))

    def pull_state(self) -> PullState:
        """The stored feed cursor and epoch."""
        return PullState(
            cursor=int(self.store.meta(META_PULL_CURSOR) or 0),
            epoch=self.store.meta(META_PULL_EPOCH) or "",
        )

    def push_rows_after(self, after: int, limit: int) -> list[tuple[Any, ...]]:
        """Own events after ``after`` as wire version 2 arrays (``PushRowSource``).

        The log seals each payload's canonical text: opened, it is sent as it is. Only events
        that verify are handed over (``_verified``); a record the store refuses, or an event
        that does not verify, raises ``IntegrityProblem``.
        """
        try:
            with self.store.reading(self.session) as projections:
                rows = projections.own_push_rows(after, limit)
                prev_hash = projections.own_event_hash(after)
        except StoreError as error:  # the store's own check refuses the record
            raise IntegrityProblem(str(error)) from error
        return self._verified(rows, after, prev_hash)

    def _hash_at(self, seq: int) -> str | None:
        with self.store.reading(self.session) as projections:
            return projections.own_event_hash(seq)

    # -- receipts (``sync.client.replica.ReceiptKeeper``) ---------------------------------------

    def own_hash(self, seq: int) -> str | None:
        """The record hash of own event ``seq`` (genesis for 0; None if missing)."""
        try:
            return self._hash_at(seq)
        except StoreError as error:  # the store's own check refuses the record
            raise IntegrityProblem(str(error)) from error

    def kept_receipts(self) -> list[str]:
        """The server's receipts this station kept (signed texts, oldest first)."""
        try:
            return self.store.kept_receipts()
        except StoreError as error:
            raise IntegrityProblem(str(error)) from error

    def keep_receipt(self, receipt: Receipt) -> None:
        """Keep a checked receipt (its day's; sealed like every row beside the chain)."""
        try:
            self.store.keep_receipt(receipt)
        except StoreError as error:
            raise IntegrityProblem(str(error)) from error

    def report_problem(self, sentence: str) -> None:
        """The store refuses every decision from now on, saying ``sentence``."""
        self.store.report_problem(sentence)

    def _verified(
        self, rows: Sequence[Sequence[Any]], after: int, prev_hash: str | None
    ) -> list[tuple[Any, ...]]:
        """The rows before the first own event that does not verify; raise if it comes first.

        Each event must follow the one before it, match its hashes and carry the station's
        signature (checked with the key the session opened: a key or row changed in the file
        cannot vouch for itself). What comes before a bad event is pushed; the engine then asks
        again from the bad one, and this raises ``IntegrityProblem`` naming it, so it and
        everything after it stay here.
        """
        signing_key = self.session.signing_key
        problem = own_rows_problem(
            self.store.station_id,
            rows,
            after=after,
            prev_hash=prev_hash,
            public=signing_key.public_key(),
            signing_key=signing_key,
        )
        if problem is None:
            return [tuple(row) for row in rows]
        if problem.index > 0:
            return [tuple(row) for row in rows[: problem.index]]
        raise IntegrityProblem(
            f"Event #{problem.seq} of this station does not verify ({problem.what}): run "
            "'dosing-station audit verify'; nothing from it on was sent."
        )

    def apply_pulled(self, events: Sequence[WireEvent], state: PullState) -> None:
        """Store the batch, its projection changes and the new cursor in one transaction."""
        self._store_pulled([(event.station_id, *event_row(event)) for event in events], state)

    def apply_pulled_rows(self, rows: Sequence[Sequence[Any]], state: PullState) -> None:
        """``apply_pulled`` for checked feed arrays (``PulledRowSink``): no event objects."""
        self._store_pulled(rows, state)

    def _store_pulled(self, rows: Sequence[Sequence[Any]], state: PullState) -> None:
        """Seal the rows, update the projections and write the cursor: one commit."""
        try:
            outcome = self.store.store_pulled(
                self.session,
                rows,
                {META_PULL_CURSOR: str(state.cursor), META_PULL_EPOCH: state.epoch},
            )
        except StoreError as error:
            raise IntegrityProblem(str(error)) from error
        if outcome.follow is not None:
            # Our clock moves past what it may follow, so later own events sort after it.
            self.store.log.observe(outcome.follow)
        with self._lock:
            self.unreadable_pulled += outcome.unreadable

    def restore_own_events(self, events: Sequence[WireEvent]) -> None:
        """Re-append own events the server kept (this station was restored from a backup)."""
        try:
            self.store.restore_own_events(self.session, events)
        except StoreError as error:
            raise IntegrityProblem(str(error)) from error

    def server_binding(self) -> ServerBinding | None:
        """The enrolled server and its pinned key, or None."""
        return server_binding(self.store)

    def save_server_binding(self, binding: ServerBinding) -> None:
        """Store the enrolled server, its pinned key and the CA file (clear: no patient data)."""
        stored: dict[str, Any] = asdict(binding)
        if self.ca_file is not None:
            stored["ca_file"] = self.ca_file
        self.store.set_meta(META_BINDING, json.dumps(stored, sort_keys=True))

    # -- what the station shows ---------------------------------------------------------------

    def incidents(self) -> list[dict[str, object]]:
        """Incidents the server raised (suspected double doses), from the pulled feed."""
        with self.store.reading(self.session) as projections:
            return projections.incidents()

    def revoked_card_serials(self) -> set[str]:
        """Serials of withdrawn patient cards, from the pulled feed."""
        with self.store.reading(self.session) as projections:
            return projections.revoked_card_serials()

    def pulled_count(self) -> int:
        """How many pulled events the station holds."""
        with self.store.reading(self.session) as projections:
            return projections.pulled_count()


_BINDING_FIELDS = frozenset(field.name for field in fields(ServerBinding))


def _stored_binding(store: Store) -> dict[str, Any] | None:
    stored = store.meta(META_BINDING)
    return dict(json.loads(stored)) if stored else None


def server_binding(store: Store) -> ServerBinding | None:
    """The server a station is enrolled with (readable without signing in)."""
    stored = _stored_binding(store)
    if stored is None:
        return None
    return ServerBinding(**{key: value for key, value in stored.items() if key in _BINDING_FIELDS})


def server_ca_file(store: Store) -> str | None:
    """The clinic CA file the station checks its server's certificate with (None: the system's)."""
    stored = _stored_binding(store)
    ca_file = stored.get("ca_file") if stored else None
    return str(ca_file) if ca_file else None


def enroll(
    store: Store,
    session: Session,
    server_url: str,
    code: str,
    *,
    verify: bool | str = True,
    ca_file: str | Path | None = None,
) -> ServerBinding:
    """Enroll this station with a one-time code (technician or administrator); pin the server key.

    ``ca_file`` is the clinic's own CA bundle (PEM) for an https server; it is kept with the
    binding (its absolute path), so every later sync checks the server's certificate with it.

    Raises ``AlreadyEnrolled`` when the station is bound already, ``CaFileProblem`` when the
    CA file cannot be used, and the sync client's errors (``ServerUnreachable``,
    ``SyncRejected``) when the server cannot be reached or refuses (``certificate_problem``
    tells a certificate that did not verify).
    """
    require_role(session, Role.TECHNICIAN, Role.ADMINISTRATOR)
    existing = server_binding(store)
    if existing is not None:
        raise AlreadyEnrolled(
            f"This station is already enrolled with {existing.url} (clinic "
            f"{existing.clinic_id}); nothing was changed.",
            code="sync.already_enrolled",
            url=existing.url,
            clinic=existing.clinic_id,
        )
    url = server_url.strip().rstrip("/")
    kept_ca: str | None = None
    if ca_file is not None:
        kept_ca = kept_ca_path(ca_file)
        verify = tls_verify(kept_ca)
    binding = enroll_station(
        StoreReplica(store, session, ca_file=kept_ca),
        url,
        code,
        name=store.station_name,
        verify=verify,
    )
    store.record(
        session,
        "station.enrolled",
        {
            "server_url": binding.url,
            "clinic_id": binding.clinic_id,
            "server_key_id": binding.server_key_id,
            "by": session.user.user_id,
        },
    )
    return binding


def change_server_ca(
    store: Store,
    session: Session,
    ca_file: str | Path | None,
    *,
    timeout_s: float = 10.0,
    ca_option: str = SERVER_CA_COMMAND,
) -> str | None:
    """Check the enrolled server's certificate with a new clinic CA file, then keep that file.

    ``ca_file`` None goes back to the system's CAs. The server's certificate is checked over a
    real connection first; when it does not verify (or the server cannot be reached) nothing
    changes, so a wrong file never cuts the station off. The change is recorded in the audit
    trail. Returns the kept CA file's absolute path (None: the system's CAs). Technician or
    administrator; raises ``NotEnrolled``, ``CaFileProblem`` or ``ServiceError`` (one sentence).
    """
    require_role(session, Role.TECHNICIAN, Role.ADMINISTRATOR)
    stored = _stored_binding(store)
    binding = server_binding(store)
    if stored is None or binding is None:
        raise NotEnrolled(
            "This station is not enrolled with a server: enroll it first (the clinic CA file "
            "is given with the enrollment).",
            code="sync.not_enrolled",
        )
    unchanged = "Nothing was changed."
    if not binding.url.startswith("https://"):
        raise CaFileProblem(
            f"The server {binding.url} is not https://: it has no certificate to check. "
            f"{unchanged}",
            code="sync.server_not_https",
            url=binding.url,
        )
    kept = kept_ca_path(ca_file) if ca_file is not None else None
    try:
        verify = tls_verify(kept)
    except CaFileProblem as error:
        raise CaFileProblem(
            f"{error} {unchanged}", code="sync.ca_file_refused", detail=str(error)
        ) from None
    transport = SyncTransport(
        binding.url,
        store.station_id,
        StoreReplica(store, session).sign,
        timeout_s=timeout_s,
        verify=verify,
    )
    try:
        transport.incidents()  # any signed request: the handshake is what is checked
    except ServerUnreachable as error:
        problem = certificate_problem(error, kept, ca_option)
        if problem is not None:
            raise ServiceError(
                f"{problem} {unchanged}", code="sync.certificate_problem", detail=problem
            ) from error
        raise ServiceError(
            f"Cannot reach the server at {binding.url} to check its certificate: try again when "
            f"it can be reached. {unchanged}",
            code="sync.certificate_unchecked",
            url=binding.url,
        ) from error
    except SyncError:
        pass  # it answered over a verified connection: the certificate is fine, whatever it said
    finally:
        transport.close()
    previous = stored.get("ca_file")
    if kept is None:
        stored.pop("ca_file", None)
    else:
        stored["ca_file"] = kept
    with store.transaction():  # the event and the binding commit together
        store.record(
            session,
            "station.server_ca_changed",
            {
                "server_url": binding.url,
                "ca_file": kept,
                "previous_ca_file": previous,
                "by": session.user.user_id,
            },
        )
        store.set_meta(META_BINDING, json.dumps(stored, sort_keys=True))
    return kept


class LeaseProbe:
    """The counter's sync probe: online, a short (patient, session) lease; offline, the rules.

    A granted lease is reused until shortly before it expires. The counter asks before the
    dose's write and, inside it, only checks that the answer's lease has not run out
    (``SyncAnswer.holds``, the local clock): the write never waits on the network. After the
    server could not be reached, the probe answers "offline" without trying again for
    ``retry_offline_s`` seconds.
    """

    def __init__(
        self,
        station_id: str,
        leases: LeaseClient,
        *,
        ttl_s: int = 300,
        retry_offline_s: float = 20.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.station_id = station_id
        self._leases = leases
        self._ttl_s = ttl_s
        self._retry_offline_s = retry_offline_s
        self._monotonic = monotonic
        self._granted: dict[tuple[str, str], float] = {}
        self._offline_until = 0.0
        self._lock = threading.Lock()

    def __call__(self, patient: Patient, session: SessionKey) -> SyncState:
        """What sync knows about dosing ``patient`` in ``session`` right now."""
        return self.answer(patient, session).state

    def answer(self, patient: Patient, session: SessionKey) -> SyncAnswer:
        """As calling the probe, with the granted lease's expiry (on this probe's clock)."""
        key = (patient.patient_id, str(session))
        now = self._monotonic()
        with self._lock:
            expires = self._granted.get(key)
            if expires is not None and expires - now > 30:
                return SyncAnswer(SyncState.ONLINE_LEASE_GRANTED, expires, self._monotonic)
            if now < self._offline_until:
                return SyncAnswer(SyncState.OFFLINE)
        lease = self._leases.acquire(key[0], key[1], ttl_s=self._ttl_s)
        now = self._monotonic()
        with self._lock:
            if lease.outcome == "offline":
                self._offline_until = now + self._retry_offline_s
                return SyncAnswer(SyncState.OFFLINE)
            self._offline_until = 0.0
            if lease.granted:
                expires = self._granted[key] = lease.expires_monotonic or now
                return SyncAnswer(SyncState.ONLINE_LEASE_GRANTED, expires, self._monotonic)
            self._granted.pop(key, None)
        if lease.outcome == "already_dosed" and lease.other_station_id == self.station_id:
            # Our own dose, already pushed: the local record has it, and the rules judge it.
            return SyncAnswer(SyncState.ONLINE_LEASE_GRANTED)
        return SyncAnswer(SyncState.ONLINE_LEASE_REFUSED)

    def mark_offline(self) -> None:
        """Skip the network for a while (the background sync found the server unreachable)."""
        with self._lock:
            self._offline_until = self._monotonic() + self._retry_offline_s
