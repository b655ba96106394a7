"""A fork resolved: the genuine chain chosen, the other side set aside and refused from then on."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from sync.server import schema as t
from sync.server.db import write_transaction
from sync.server.doses import DOSE_EVENT
from sync.server.errors import Conflict, NotFound, SyncServerError
from sync.server.feed import Feed
from sync.server.forks import DIVERGING_CHAIN, FORK_KEEP, Forks
from sync.server.incidents import Incidents
from sync.server.ingest import advance_contiguous, insert_events
from sync.server.state import ServerState, iso
from sync.wire.chain import GENESIS_HASH
from sync.wire.compact import EventRow
from sync.wire.envelope import Incident


class ForkResolution:
    """Carries out the clinic's choice between a fork's two sides."""

    def __init__(self, state: ServerState, feed: Feed, incidents: Incidents, forks: Forks) -> None:
        self.state = state
        self.feed = feed
        self.incidents = incidents
        self.forks = forks

    def resolve_fork(self, incident_id: str, *, keep: str, by: str, reason: str) -> Incident:
        """Choose the genuine chain of a fork; reinstate the station id; refuse the other copy.

        ``keep="held"`` keeps what the server holds: the pushed side stays in quarantine.
        ``keep="pushed"`` sets the held events from the fork on aside (into quarantine) and
        puts the pushed side in their place, books its doses, and restarts the feed (every
        station re-reads it; a ``fork.resolved`` event before the new events tells stations to
        drop what they pulled of the set-aside side). Either way the station id is active
        again (unless revoked), and from now on a push that carries a record of the side set
        aside is refused with ``fork_rejected`` without suspending the station again, so the
        copy that was set aside cannot lock the kept one out. ``by`` names who decided (the
        clinic lead and the technician) and ``reason`` why; both are recorded.
        """
        if keep not in FORK_KEEP:
            raise SyncServerError("bad_choice", "Choose which side to keep: held or pushed.")
        if not by.strip() or not reason.strip():
            raise SyncServerError(
                "resolution_incomplete",
                "A fork's resolution needs who decided (--by) and why (--reason).",
            )
        now = self.state.clock()
        with write_transaction(self.state.engine, feed=True) as connection:
            row = connection.execute(
                select(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .where(t.incidents.c.kind == DIVERGING_CHAIN)
            ).first()
            if row is None:
                raise NotFound(
                    "unknown_fork", "No fork incident with this id (dosing-server fork list)."
                )
            if row.status == "resolved":
                raise Conflict("already_resolved", "This fork is already resolved.")
            station_id = str(row.station_id)
            detail = json.loads(row.detail or "{}")
            fork_seq = int(detail["fork_seq"])
            pushed = connection.execute(
                select(t.quarantined_events)
                .where(t.quarantined_events.c.incident_id == incident_id)
                .where(t.quarantined_events.c.side == "pushed")
                .order_by(t.quarantined_events.c.seq)
            ).all()
            resolution: dict[str, Any] = {
                "keep": keep,
                "by": by.strip(),
                "reason": reason.strip(),
                "at": iso(now),
            }
            if keep == "held":
                rejected = [(int(event.seq), str(event.hash)) for event in pushed]
            else:
                rejected, raised = self._put_pushed_in_place(
                    connection, incident_id, station_id, fork_seq, pushed, now
                )
                resolution["incidents_raised"] = raised
                resolution["epoch"] = self.feed.restart_in(
                    connection, f"fork {incident_id} resolved: the pushed side kept ({reason})"
                )
            known = set(
                connection.execute(
                    select(t.fork_rejections.c.hash).where(
                        t.fork_rejections.c.station_id == station_id
                    )
                ).scalars()
            )
            fresh = [(seq, record) for seq, record in rejected if record not in known]
            if fresh:
                connection.execute(
                    insert(t.fork_rejections),
                    [
                        {
                            "station_id": station_id,
                            "hash": record,
                            "seq": seq,
                            "incident_id": incident_id,
                        }
                        for seq, record in fresh
                    ],
                )
            resolution["set_aside_events"] = len(rejected)
            detail["resolution"] = resolution
            note = f"kept the {keep} chain from record #{fork_seq}: {reason.strip()}"
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(
                    status="resolved",
                    resolved_by=by.strip(),
                    resolved_at=now,
                    resolution_note=note,
                    detail=json.dumps(detail, sort_keys=True),
                )
            )
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .where(t.stations.c.status == "suspended")
                .values(status="active", status_reason="", status_changed_at=now)
            )
            self.state.alert(
                connection,
                station_id,
                "fork_resolved",
                {"incident_id": incident_id, "keep": keep, "by": by.strip(), "reason": reason},
            )
            self.feed.append(
                connection,
                [
                    (
                        "incident.resolved",
                        {
                            "incident_id": incident_id,
                            "resolved_by": by.strip(),
                            "resolved_at": iso(now),
                            "note": note,
                        },
                    )
                ],
            )
        return self.forks.fork(incident_id)

    def _put_pushed_in_place(
        self,
        connection: Connection,
        incident_id: str,
        station_id: str,
        fork_seq: int,
        pushed: Sequence[Any],
        now: float,
    ) -> tuple[list[tuple[int, str]], list[str]]:
        """Set the held events from ``fork_seq`` on aside and store the pushed side instead.

        Return the set-aside (sequence, hash) pairs and the incidents booking the pushed doses
        raised. Refused (``Conflict``) when the pushed side does not continue the held chain
        just before the fork.
        """
        before = (
            GENESIS_HASH
            if fork_seq == 1
            else connection.execute(
                select(t.events.c.hash)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq == fork_seq - 1)
            ).scalar()
        )
        expected = list(range(fork_seq, fork_seq + len(pushed)))
        if (
            not pushed
            or [int(event.seq) for event in pushed] != expected
            or pushed[0].prev_hash != before
            or any(b.prev_hash != a.hash for a, b in itertools.pairwise(pushed))
        ):
            raise Conflict(
                "fork_not_replaceable",
                f"The pushed side does not continue the chain the server holds before record "
                f"#{fork_seq}, so it cannot take its place: keep the held side, and enrol the "
                "other copy again as a new station.",
            )
        held = connection.execute(
            select(t.events)
            .where(t.events.c.station_id == station_id)
            .where(t.events.c.seq >= fork_seq)
            .order_by(t.events.c.seq)
        ).all()
        event_columns = [column.name for column in t.events.columns if column.name != "pos"]
        if held:
            connection.execute(
                insert(t.quarantined_events),
                [
                    {
                        "incident_id": incident_id,
                        "side": "held",
                        **{name: getattr(event, name) for name in event_columns},
                    }
                    for event in held
                ],
            )
            connection.execute(
                delete(t.events)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq >= fork_seq)
            )
            connection.execute(
                delete(t.event_flags)
                .where(t.event_flags.c.station_id == station_id)
                .where(t.event_flags.c.seq >= fork_seq)
            )
        # Told before the pushed side enters the feed: a station drops what it pulled of the
        # set-aside side, then takes the pushed side as it comes.
        self.feed.append(
            connection,
            [
                (
                    "fork.resolved",
                    {
                        "incident_id": incident_id,
                        "station_id": station_id,
                        "fork_seq": fork_seq,
                        "keep": "pushed",
                    },
                )
            ],
        )
        rows = [
            EventRow(
                int(event.seq),
                event.uuid,
                event.hlc,
                event.type,
                event.payload,
                event.payload_hash,
                event.sealed_digest,
                event.prev_hash,
                event.hash,
                event.signature,
            )
            for event in pushed
        ]
        insert_events(connection, [(station_id, *row, now) for row in rows])
        station = connection.execute(
            select(t.stations.c.signatures_verified_through).where(
                t.stations.c.station_id == station_id
            )
        ).one()
        highest, head = advance_contiguous(connection, station_id, fork_seq - 1, str(before), {})
        connection.execute(
            update(t.stations)
            .where(t.stations.c.station_id == station_id)
            .values(
                highest_contiguous_seq=highest,
                head_hash=head,
                signatures_verified_through=min(
                    int(station.signatures_verified_through), fork_seq - 1
                ),
            )
        )
        doses = [row for row in rows if row.type == DOSE_EVENT]
        raised = self.incidents.record_doses(connection, station_id, doses) if doses else []
        return [(int(event.seq), str(event.hash)) for event in held], raised
