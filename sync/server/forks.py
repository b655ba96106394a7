"""Forks: a station's chain diverging from the one held, recorded with both sides kept."""

from __future__ import annotations

import json
import logging
import uuid as uuid_module
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from sync.server import schema as t
from sync.server.db import write_transaction
from sync.server.doses import DOSE_EVENT
from sync.server.errors import Conflict, NotFound
from sync.server.feed import Feed
from sync.server.incidents import Incidents
from sync.server.state import ServerState, iso
from sync.server.verify import Batch
from sync.wire.compact import CompactPush
from sync.wire.envelope import Incident, PushRequest
from sync.wire.hlc import HlcStamp

DIVERGING_CHAIN = "diverging_chain"
FORK_KEEP = ("held", "pushed")

_log = logging.getLogger(__name__)


class Divergence(Exception):
    """A pushed event differs from the chain held for its sequence (the push is rolled back)."""

    def __init__(self, seq: int, detail: str) -> None:
        super().__init__(detail)
        self.seq = seq
        self.detail = detail


class ForkRejected(Exception):
    """The push comes from the copy a fork's resolution set aside (see ``resolve_fork``)."""

    def __init__(self, incident_id: str) -> None:
        super().__init__(incident_id)
        self.incident_id = incident_id


def _stamp_time(hlc: str | None) -> str | None:
    """When a station stamped an event (ISO 8601 from its clock stamp), or None."""
    if not hlc:
        return None
    try:
        return iso(HlcStamp.parse(hlc).wall_ms / 1000)
    except ValueError:
        return None


def _side_summary(rows: Sequence[Any]) -> dict[str, Any]:
    """One side of a fork in figures: events, their sequences, stamped times, doses."""
    if not rows:
        return {"events": 0, "doses": 0}
    stamps = sorted(filter(None, (_stamp_time(row.hlc) for row in rows)))
    return {
        "events": len(rows),
        "first_seq": int(rows[0].seq),
        "last_seq": int(rows[-1].seq),
        "from": stamps[0] if stamps else None,
        "to": stamps[-1] if stamps else None,
        "doses": sum(1 for row in rows if row.type == DOSE_EVENT),
    }


class Forks:
    """Records forks as incidents, lists them, and refuses the copy a resolution set aside."""

    def __init__(self, state: ServerState, feed: Feed, incidents: Incidents) -> None:
        self.state = state
        self.feed = feed
        self.incidents = incidents

    def list_forks(self, status: str | None = "open") -> list[Incident]:
        """Fork incidents (two chains under one station id), newest first."""
        return [i for i in self.incidents.list_incidents(status) if i.kind == DIVERGING_CHAIN]

    def fork(self, incident_id: str) -> Incident:
        """One fork incident, with both sides and the resolution (``NotFound`` if none)."""
        for incident in self.list_forks("all"):
            if incident.incident_id == incident_id:
                return incident
        raise NotFound("unknown_fork", "No fork incident with this id (dosing-server fork list).")

    @staticmethod
    def refuse_set_aside_copy(
        connection: Connection,
        station_id: str,
        request: PushRequest | CompactPush,
        batch: Batch,
    ) -> None:
        """Refuse a push from the copy a fork's resolution set aside (see ``resolve_fork``).

        That copy's chain runs through a record hash the resolution set aside: its head, an
        event it pushes or the event before its first one carries one. Such a push is refused
        (``ForkRejected``) and nothing else happens: the station id stays active for the copy
        that was kept, which never carries one of those hashes.
        """
        rejected = {
            str(row.hash): str(row.incident_id)
            for row in connection.execute(
                select(t.fork_rejections.c.hash, t.fork_rejections.c.incident_id).where(
                    t.fork_rejections.c.station_id == station_id
                )
            )
        }
        if not rejected:
            return
        carried: list[str] = [request.local_head_hash]
        if batch.columns:
            carried.extend(batch.columns[8])  # the events' record hashes
            carried.extend(batch.columns[7])  # and the hashes they follow
        for record in carried:
            incident_id = rejected.get(record)
            if incident_id is not None:
                raise ForkRejected(incident_id)

    def rejected_push(self, station_id: str, incident_id: str) -> Conflict:
        """Count a refused push of the set-aside copy on its fork; return the error to send.

        One row is updated (no alert per push), so the copy cannot fill the server's tables.
        """
        with write_transaction(self.state.engine) as connection:
            row = connection.execute(
                select(t.incidents.c.detail).where(t.incidents.c.incident_id == incident_id)
            ).first()
            if row is not None:
                detail = json.loads(row.detail or "{}")
                detail["rejected_pushes"] = int(detail.get("rejected_pushes", 0)) + 1
                detail["last_rejected_push_at"] = iso(self.state.clock())
                connection.execute(
                    update(t.incidents)
                    .where(t.incidents.c.incident_id == incident_id)
                    .values(detail=json.dumps(detail, sort_keys=True))
                )
        if row is not None:
            _log.warning("refused a push of the set-aside copy of station %s", station_id)
        return Conflict(
            "fork_rejected",
            "This copy of the station was set aside when its fork was resolved (the clinic kept "
            "the other copy's records): the server takes nothing more from it. Enrol it again "
            "as a new station.",
            incident_id=incident_id,
        )

    def record(
        self,
        station_id: str,
        divergence: Divergence,
        batch: Batch,
        request: PushRequest | CompactPush,
    ) -> Conflict:
        """Record a diverging chain as a fork incident; keep the pushed side; suspend the id.

        The pushed events from the fork on (checked like any push: hashes, links, every
        signature) are kept in ``quarantined_events``, so nothing of either side is lost. The
        station id is suspended (both copies share it) until the clinic lead and the technician
        choose the genuine chain (``resolve_fork``). A second divergence while the incident is
        open adds to it. Return the error to send, naming the incident.
        """
        now = self.state.clock()
        fork_seq = divergence.seq
        pushed = [event for event in batch.rows if event.seq >= fork_seq]
        with write_transaction(self.state.engine, feed=True) as connection:
            incident = connection.execute(
                select(t.incidents.c.incident_id, t.incidents.c.detail)
                .where(t.incidents.c.kind == DIVERGING_CHAIN)
                .where(t.incidents.c.station_id == station_id)
                .where(t.incidents.c.status == "open")
            ).first()
            if incident is None:
                incident_id, detail = str(uuid_module.uuid4()), {}
            else:
                incident_id, detail = str(incident.incident_id), json.loads(incident.detail or "{}")
                fork_seq = min(fork_seq, int(detail.get("fork_seq", fork_seq)))
            kept = set(
                connection.execute(
                    select(t.quarantined_events.c.seq)
                    .where(t.quarantined_events.c.incident_id == incident_id)
                    .where(t.quarantined_events.c.side == "pushed")
                ).scalars()
            )
            rows = [
                {
                    "incident_id": incident_id,
                    "side": "pushed",
                    "station_id": station_id,
                    **event._asdict(),
                    "received_at": now,
                }
                for event in pushed
                if event.seq not in kept
            ]
            if rows:
                connection.execute(insert(t.quarantined_events), rows)
            held = connection.execute(
                select(t.events.c.seq, t.events.c.hlc, t.events.c.type)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq >= fork_seq)
                .order_by(t.events.c.seq)
            ).all()
            quarantined = connection.execute(
                select(
                    t.quarantined_events.c.seq,
                    t.quarantined_events.c.hlc,
                    t.quarantined_events.c.type,
                )
                .where(t.quarantined_events.c.incident_id == incident_id)
                .where(t.quarantined_events.c.side == "pushed")
                .order_by(t.quarantined_events.c.seq)
            ).all()
            detail.update(
                fork_seq=fork_seq,
                reason=divergence.detail,
                pushed_head_seq=request.local_head_seq,
                held=_side_summary(held),
                pushed=_side_summary(quarantined),
            )
            detail.setdefault("rejected_pushes", 0)
            values = {"seqs": json.dumps([fork_seq]), "detail": json.dumps(detail, sort_keys=True)}
            if incident is None:
                connection.execute(
                    insert(t.incidents).values(
                        incident_id=incident_id,
                        kind=DIVERGING_CHAIN,
                        patient_id="",
                        session="",
                        status="open",
                        raised_at=now,
                        doses="[]",
                        station_id=station_id,
                        **values,
                    )
                )
            else:
                connection.execute(
                    update(t.incidents)
                    .where(t.incidents.c.incident_id == incident_id)
                    .values(**values)
                )
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(
                    status="suspended",
                    status_reason=(
                        f"diverging history from sequence {fork_seq} (copied data folder or "
                        f"restored backup that kept working): fork {incident_id}"
                    ),
                    status_changed_at=now,
                )
            )
            self.state.alert(
                connection,
                station_id,
                DIVERGING_CHAIN,
                {"seq": fork_seq, "detail": divergence.detail, "incident_id": incident_id},
            )
            if incident is None:
                self.feed.append(
                    connection,
                    [
                        (
                            "incident.raised",
                            {
                                "incident_id": incident_id,
                                "kind": DIVERGING_CHAIN,
                                "patient_id": "",
                                "session": "",
                                "doses": [],
                                "station_id": station_id,
                                "seqs": [fork_seq],
                                "raised_at": iso(now),
                            },
                        )
                    ],
                )
        _log.warning(
            "diverging chain: station %s from event %s (fork %s); station suspended",
            station_id,
            fork_seq,
            incident_id,
        )
        return Conflict(
            DIVERGING_CHAIN,
            "This station's history differs from what the server holds for the same "
            f"sequence numbers, from record #{divergence.seq} on (a copied data folder?). The "
            "station is suspended and the server keeps both histories; the clinic lead "
            "and the technician choose the genuine one (dosing-server fork).",
            seq=divergence.seq,
            incident_id=incident_id,
        )
