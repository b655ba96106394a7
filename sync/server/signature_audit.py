"""The stored events' signatures verified again after their push, in a background thread."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select, update

from sync.server import schema as t
from sync.server.db import read_transaction, write_transaction
from sync.server.feed import Feed
from sync.server.state import ServerState, iso
from sync.wire.chain import checkpoint_message
from sync.wire.signing import load_public_key, verify_hex

BAD_EVENT_SIGNATURE = "bad_event_signature"
SIGNATURE_CHUNK = 128  # signatures verified per transaction by the background verifier

_log = logging.getLogger(__name__)


@dataclass
class SignatureAudit:
    """What a run of the event signature check did (``SignatureAuditor.verify_signatures``)."""

    verified: int = 0
    stations: set[str] = field(default_factory=set)
    bad: list[tuple[str, int]] = field(default_factory=list)
    remaining: bool = False

    def add(self, other: SignatureAudit) -> None:
        """Count another run's work into this one."""
        self.verified += other.verified
        self.stations |= other.stations
        self.bad.extend(other.bad)
        self.remaining = other.remaining


class SignatureAuditor:
    """Verifies stored signatures station by station, between requests; flags the bad ones."""

    def __init__(self, state: ServerState, feed: Feed) -> None:
        self.state = state
        self.feed = feed
        self._activity = threading.Condition()
        self._requests_in_flight = 0
        self._last_request_end = 0.0
        self._signatures_due = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_audited_station = ""

    def request_started(self) -> None:
        """Note an HTTP request being served (the background check waits for quiet)."""
        with self._activity:
            self._requests_in_flight += 1

    def request_finished(self) -> None:
        """Note the end of an HTTP request."""
        with self._activity:
            self._requests_in_flight -= 1
            self._last_request_end = time.monotonic()
            self._activity.notify_all()

    def signatures_stored(self) -> None:
        """Wake the background check: a push stored new signatures."""
        self._signatures_due.set()

    def start(self, *, quiet_s: float = 1.0, patience_s: float = 5.0, poll_s: float = 60.0) -> None:
        """Verify every stored event signature in a background thread, between requests.

        A push verifies every signature before it stores the batch (``verify.BatchVerifier``);
        this second line verifies the stored rows again after the push commits (a row changed
        in the database afterwards, or stored by a server version that sampled), station by
        station in sequence order, and records per station the sequence they are verified
        through, so after a restart it goes on from there. It runs when no request has been
        served for ``quiet_s``, and at least one chunk every ``patience_s`` under constant
        load; a push wakes it, and it looks again every ``poll_s`` all the same. A bad
        signature raises a ``bad_event_signature`` incident and flags the event, which stays
        stored.
        """
        if self._thread is not None:
            return
        self._stop.clear()
        self._signatures_due.set()  # whatever was left unverified before this start
        self._thread = threading.Thread(
            target=self._verify_in_background,
            args=(quiet_s, patience_s, poll_s),
            name="signature-verifier",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop the background signature check (its verified marks are in the database)."""
        thread = self._thread
        if thread is None:
            return
        self._stop.set()
        self._signatures_due.set()
        with self._activity:
            self._activity.notify_all()
        thread.join(30)
        self._thread = None

    def _verify_in_background(self, quiet_s: float, patience_s: float, poll_s: float) -> None:
        stop = self._stop
        while not stop.is_set():
            self._signatures_due.wait(poll_s)
            self._signatures_due.clear()
            remaining = True
            while remaining and not stop.is_set():
                self._wait_for_quiet(quiet_s, patience_s)
                if stop.is_set():
                    return
                try:
                    remaining = self.verify_signatures().remaining
                except Exception as error:  # the database away for a moment: later again
                    _log.warning(
                        "event signature check failed (%s); trying again", type(error).__name__
                    )
                    self._signatures_due.set()
                    stop.wait(patience_s)
                    break

    def _wait_for_quiet(self, quiet_s: float, patience_s: float) -> None:
        """Wait until no request has been served for ``quiet_s``, but at most ``patience_s``."""
        deadline = time.monotonic() + patience_s
        with self._activity:
            while not self._stop.is_set():
                now = time.monotonic()
                if now >= deadline:
                    return
                timeout = deadline - now
                if self._requests_in_flight == 0:
                    idle = now - self._last_request_end
                    if idle >= quiet_s:
                        return
                    timeout = min(timeout, quiet_s - idle)
                self._activity.wait(timeout)

    def audit_signatures(self) -> SignatureAudit:
        """Verify every event signature not verified yet, to the end (``dosing-server audit``)."""
        total = SignatureAudit()
        while True:
            step = self.verify_signatures(limit=1024)
            total.add(step)
            if not step.remaining:
                return total

    def verify_signatures(self, *, limit: int = SIGNATURE_CHUNK) -> SignatureAudit:
        """Verify up to ``limit`` unverified event signatures of one station (in turn).

        Only events up to the station's highest contiguous sequence are checked, so its
        verified mark never passes a gap. ``remaining`` tells whether any station has more.
        """
        with read_transaction(self.state.engine) as connection:
            behind = list(
                connection.execute(
                    select(t.stations.c.station_id)
                    .where(
                        t.stations.c.signatures_verified_through
                        < t.stations.c.highest_contiguous_seq
                    )
                    .order_by(t.stations.c.station_id)
                ).scalars()
            )
        if not behind:
            return SignatureAudit()
        station_id = next((s for s in behind if s > self._last_audited_station), behind[0])
        self._last_audited_station = station_id
        audit = self._verify_station_signatures(station_id, limit)
        audit.remaining = audit.remaining or len(behind) > 1
        return audit

    def _verify_station_signatures(self, station_id: str, limit: int) -> SignatureAudit:
        with read_transaction(self.state.engine) as connection:
            station = connection.execute(
                select(
                    t.stations.c.public_key,
                    t.stations.c.signatures_verified_through,
                    t.stations.c.highest_contiguous_seq,
                ).where(t.stations.c.station_id == station_id)
            ).one()
            mark, highest = station.signatures_verified_through, station.highest_contiguous_seq
            rows = connection.execute(
                select(t.events.c.seq, t.events.c.hash, t.events.c.signature)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq > mark)
                .where(t.events.c.seq <= highest)
                .where(t.events.c.signature.is_not(None))
                .order_by(t.events.c.seq)
                .limit(limit)
            ).all()
        public = load_public_key(station.public_key)
        bad = [
            int(row.seq)
            for row in rows
            if not verify_hex(
                public, row.signature, checkpoint_message(station_id, row.seq, row.hash)
            )
        ]
        through = int(rows[-1].seq) if len(rows) == limit else int(highest)
        with write_transaction(self.state.engine, feed=bool(bad)) as connection:
            moved = connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .where(t.stations.c.signatures_verified_through == mark)
                .values(signatures_verified_through=through)
            ).rowcount
            if moved == 0:  # another check (``dosing-server audit``) got here first
                return SignatureAudit(remaining=True)
            if bad:
                self._flag_bad_signatures(connection, station_id, bad)
        return SignatureAudit(
            verified=len(rows),
            stations={station_id},
            bad=[(station_id, seq) for seq in bad],
            remaining=through < highest,
        )

    def _flag_bad_signatures(
        self, connection: Connection, station_id: str, seqs: Sequence[int]
    ) -> str:
        """Flag events whose signature is bad and raise (or add to) the station's incident.

        One open ``bad_event_signature`` incident per station collects its bad events; it names
        the station and the sequences only (nothing of the payloads). Call only inside
        ``write_transaction(engine, feed=True)``.
        """
        now = self.state.clock()
        open_incident = connection.execute(
            select(t.incidents)
            .where(t.incidents.c.kind == BAD_EVENT_SIGNATURE)
            .where(t.incidents.c.station_id == station_id)
            .where(t.incidents.c.status == "open")
        ).first()
        if open_incident is None:
            incident_id, raised_at, held = str(uuid_module.uuid4()), now, []
            all_seqs = sorted(seqs)
            connection.execute(
                insert(t.incidents).values(
                    incident_id=incident_id,
                    kind=BAD_EVENT_SIGNATURE,
                    patient_id="",
                    session="",
                    status="open",
                    raised_at=now,
                    doses="[]",
                    station_id=station_id,
                    seqs=json.dumps(all_seqs),
                )
            )
        else:
            incident_id, raised_at = str(open_incident.incident_id), open_incident.raised_at
            held = json.loads(open_incident.seqs or "[]")
            all_seqs = sorted({*held, *seqs})
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(seqs=json.dumps(all_seqs))
            )
        connection.execute(
            insert(t.event_flags),
            [
                {
                    "station_id": station_id,
                    "seq": seq,
                    "flag": BAD_EVENT_SIGNATURE,
                    "incident_id": incident_id,
                    "flagged_at": now,
                }
                for seq in seqs
            ],
        )
        self.state.alert(connection, station_id, BAD_EVENT_SIGNATURE, {"seqs": list(seqs)})
        self.feed.append(
            connection,
            [
                (
                    "incident.raised",
                    {
                        "incident_id": incident_id,
                        "kind": BAD_EVENT_SIGNATURE,
                        "patient_id": "",
                        "session": "",
                        "doses": [],
                        "station_id": station_id,
                        "seqs": all_seqs,
                        "raised_at": iso(raised_at),
                    },
                )
            ],
        )
        _log.warning(
            "bad event signature: station %s, events %s (incident %s)",
            station_id,
            ", ".join(map(str, seqs)),
            incident_id,
        )
        return incident_id
