"""Incidents: raised by booking pushed doses (and by the other parts), listed and resolved."""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from sync.server import schema as t
from sync.server.db import read_transaction, write_transaction
from sync.server.doses import book_doses
from sync.server.errors import Conflict, NotFound, SyncServerError
from sync.server.feed import Feed
from sync.server.state import ServerState, iso
from sync.wire.compact import EventRow
from sync.wire.envelope import Incident


class Incidents:
    """Books doses (raising double-dose and daily-maximum incidents) and lists and resolves."""

    def __init__(self, state: ServerState, feed: Feed) -> None:
        self.state = state
        self.feed = feed

    def record_doses(
        self, connection: Connection, station_id: str, dose_events: Sequence[EventRow]
    ) -> list[str]:
        """Book a push's doses in one batch (rows, leases ended, incidents raised)."""
        return book_doses(connection, station_id, dose_events, self.raise_incident)

    def raise_incident(
        self,
        connection: Connection,
        kind: str,
        patient_id: str,
        session: str,
        dose_rows: Iterable[Any],
    ) -> str | None:
        """Raise an incident on doses, or update the open one of its kind and key.

        Return the new incident's id, or None when an open one was updated. Stations pull it.
        """
        doses = [
            {
                "dose_id": row.dose_id,
                "event_uuid": row.event_uuid,
                "station_id": row.station_id,
                "drug": row.drug,
                "mg": row.mg,
                "given_at": row.given_at,
            }
            for row in dose_rows
        ]
        # One order whatever order the rows were read in (PostgreSQL's heap order is not fixed).
        doses.sort(key=lambda dose: (dose["given_at"], dose["dose_id"], dose["event_uuid"]))
        existing = connection.execute(
            select(t.incidents)
            .where(t.incidents.c.patient_id == patient_id)
            .where(t.incidents.c.session == session)
            .where(t.incidents.c.kind == kind)
            .where(t.incidents.c.status == "open")
        ).first()
        now = self.state.clock()
        if existing is not None:
            incident_id = str(existing.incident_id)
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(doses=json.dumps(doses, sort_keys=True))
            )
        else:
            incident_id = str(uuid_module.uuid4())
            connection.execute(
                insert(t.incidents).values(
                    incident_id=incident_id,
                    kind=kind,
                    patient_id=patient_id,
                    session=session,
                    status="open",
                    raised_at=now,
                    doses=json.dumps(doses, sort_keys=True),
                )
            )
        self.feed.append(
            connection,
            [
                (
                    "incident.raised",
                    {
                        "incident_id": incident_id,
                        "kind": kind,
                        "patient_id": patient_id,
                        "session": session,
                        "doses": doses,
                        "raised_at": iso(now),
                    },
                )
            ],
        )
        return incident_id if existing is None else None

    def list_incidents(self, status: str | None = None) -> list[Incident]:
        """List incidents, newest first (``status``: open, resolved or all)."""
        query = select(t.incidents).order_by(t.incidents.c.raised_at.desc())
        if status and status != "all":
            query = query.where(t.incidents.c.status == status)
        with read_transaction(self.state.engine) as connection:
            rows = connection.execute(query).all()
        return [
            Incident(
                incident_id=row.incident_id,
                kind=row.kind,
                patient_id=row.patient_id,
                session=row.session,
                status=row.status,
                raised_at=iso(row.raised_at),
                doses=json.loads(row.doses),
                resolved_by=row.resolved_by,
                resolved_at=iso(row.resolved_at) if row.resolved_at else None,
                resolution_note=row.resolution_note,
                station_id=row.station_id,
                seqs=json.loads(row.seqs) if row.seqs else [],
                detail=json.loads(row.detail) if row.detail else {},
            )
            for row in rows
        ]

    def resolve_incident(self, incident_id: str, *, resolved_by: str, note: str) -> Incident:
        """Close an incident, recording who reviewed it and why; stations pull the resolution."""
        if not resolved_by.strip() or not note.strip():
            raise SyncServerError(
                "resolution_incomplete", "A resolution needs the reviewer's name and a note."
            )
        now = self.state.clock()
        with write_transaction(self.state.engine, feed=True) as connection:
            row = connection.execute(
                select(t.incidents).where(t.incidents.c.incident_id == incident_id)
            ).first()
            if row is None:
                raise NotFound("unknown_incident", "No incident with this id.")
            if row.status == "resolved":
                raise Conflict("already_resolved", "This incident is already resolved.")
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(
                    status="resolved",
                    resolved_by=resolved_by,
                    resolved_at=now,
                    resolution_note=note,
                )
            )
            self.feed.append(
                connection,
                [
                    (
                        "incident.resolved",
                        {
                            "incident_id": incident_id,
                            "resolved_by": resolved_by,
                            "resolved_at": iso(now),
                            "note": note,
                        },
                    )
                ],
            )
        return next(i for i in self.list_incidents("all") if i.incident_id == incident_id)
