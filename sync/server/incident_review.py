"""Incidents reviewed at a station: listed with their doses, resolved by a lead's signed event."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from sync.server import schema as t
from sync.server.db import read_transaction
from sync.server.feed import Feed
from sync.server.state import ServerState, iso
from sync.wire.chain import parse_json_object, payload_hash
from sync.wire.compact import EventRow
from sync.wire.envelope import Notice
from sync.wire.station_requests import (
    REVIEWED,
    IncidentReviewReply,
    ReviewDose,
    ReviewIncident,
    ReviewResolution,
)

CLINIC_LEAD = "clinic_lead"
_CHUNK = 400  # uuids per IN (...) query: under SQLite's historic 999 parameters

# What a station's resolution came to, by alert kind (``dosing-server stations list`` shows them).
RESOLUTION_REFUSED = "incident_resolution_refused"
RESOLUTION_UNKNOWN = "incident_resolution_unknown"
RESOLUTION_LATE = "incident_resolution_after_resolved"


@dataclass(frozen=True)
class StaffMember:
    """One person of a station's staff as its signed log says at some point."""

    display_name: str
    roles: frozenset[str]
    disabled: bool


def station_staff(
    connection: Connection, station_id: str, *, through_seq: int | None = None
) -> dict[str, StaffMember]:
    """A station's staff by user id, from its own signed ``user.*`` events (up to a sequence)."""
    query = (
        select(t.events.c.seq, t.events.c.type, t.events.c.payload)
        .where(t.events.c.station_id == station_id)
        .where(t.events.c.type.in_(("user.added", "user.disabled", "user.enabled")))
        .order_by(t.events.c.seq)
    )
    if through_seq is not None:
        query = query.where(t.events.c.seq <= through_seq)
    staff: dict[str, StaffMember] = {}
    for row in connection.execute(query):
        payload = parse_json_object(row.payload)
        user_id = payload.get("user_id")
        if not isinstance(user_id, str):
            continue
        if row.type == "user.added":
            roles = payload.get("roles")
            staff[user_id] = StaffMember(
                str(payload.get("display_name") or ""),
                frozenset(str(role) for role in roles) if isinstance(roles, list) else frozenset(),
                False,
            )
        elif user_id in staff:
            member = staff[user_id]
            staff[user_id] = StaffMember(
                member.display_name, member.roles, row.type == "user.disabled"
            )
    return staff


def _recorder(payload: dict[str, Any]) -> str | None:
    """Who recorded an event: its ``by``, else the user of its first signature (a dose's)."""
    by = payload.get("by")
    if isinstance(by, str):
        return by
    signatures = payload.get("signatures")
    if isinstance(signatures, list) and signatures and isinstance(signatures[0], dict):
        user_id = signatures[0].get("user_id")
        return user_id if isinstance(user_id, str) else None
    return None


def _signature_problem(payload: dict[str, Any]) -> str | None:
    """Why a resolution's signature does not hold (None: one 'reviewed' signature by ``by``)."""
    signatures = payload.get("signatures")
    if not isinstance(signatures, list) or len(signatures) != 1:
        return "the resolution carries no signature"
    signed = signatures[0]
    if not isinstance(signed, dict) or signed.get("meaning") != REVIEWED:
        return "the signature does not mean 'reviewed'"
    if signed.get("user_id") != payload.get("by"):
        return "the signature is not the resolver's"
    subject = {key: value for key, value in payload.items() if key not in ("signatures", "salt")}
    if signed.get("subject_hash") != payload_hash(subject):
        return "the signature is not over this resolution"
    return None


class IncidentReview:
    """The incidents with their doses for a station's screen, and resolutions pushed by one."""

    def __init__(self, state: ServerState, feed: Feed) -> None:
        self.state = state
        self.feed = feed

    # -- listing -------------------------------------------------------------------------------

    def review_list(self, status: str | None = None) -> IncidentReviewReply:
        """Every incident (``status``: open, resolved or all), newest first, doses in full."""
        query = select(t.incidents).order_by(t.incidents.c.raised_at.desc())
        if status and status != "all":
            query = query.where(t.incidents.c.status == status)
        with read_transaction(self.state.engine) as connection:
            rows = connection.execute(query).all()
            doses = {row.incident_id: json.loads(row.doses) for row in rows}
            recorders = self._recorders(
                connection, [dose["event_uuid"] for items in doses.values() for dose in items]
            )
            stations = {station for station, _user in recorders.values() if station}
            names = {
                (station, user_id): member.display_name
                for station in sorted(stations)
                for user_id, member in station_staff(connection, station).items()
            }
        incidents = []
        for row in rows:
            detail = json.loads(row.detail) if row.detail else {}
            resolution = detail.get("resolution")
            listed = []
            for dose in doses[row.incident_id]:
                station, by = recorders.get(dose["event_uuid"], (dose["station_id"], None))
                listed.append(
                    ReviewDose(
                        dose_id=str(dose["dose_id"]),
                        station_id=str(dose["station_id"]),
                        drug=str(dose["drug"]),
                        mg=str(dose["mg"]),
                        given_at=str(dose["given_at"]),
                        by=by,
                        by_name=names.get((station, by)) if by else None,
                    )
                )
            incidents.append(
                ReviewIncident(
                    incident_id=row.incident_id,
                    kind=row.kind,
                    patient_id=row.patient_id,
                    session=row.session,
                    status=row.status,
                    raised_at=iso(row.raised_at),
                    doses=listed,
                    resolved_by=row.resolved_by,
                    resolved_at=iso(row.resolved_at) if row.resolved_at else None,
                    resolution_note=row.resolution_note,
                    resolution=(
                        ReviewResolution.model_validate(resolution)
                        if isinstance(resolution, dict)
                        else None
                    ),
                    station_id=row.station_id,
                )
            )
        return IncidentReviewReply(incidents=incidents)

    @staticmethod
    def _recorders(
        connection: Connection, event_uuids: Sequence[str]
    ) -> dict[str, tuple[str, str | None]]:
        """Each dose event's station and the user id who recorded it (signed in its payload)."""
        found: dict[str, tuple[str, str | None]] = {}
        wanted = sorted(set(event_uuids))
        for start in range(0, len(wanted), _CHUNK):
            for row in connection.execute(
                select(t.events.c.uuid, t.events.c.station_id, t.events.c.payload).where(
                    t.events.c.uuid.in_(wanted[start : start + _CHUNK])
                )
            ):
                found[row.uuid] = (row.station_id, _recorder(parse_json_object(row.payload)))
        return found

    # -- resolutions pushed by stations ----------------------------------------------------------

    def apply_resolutions(
        self, connection: Connection, station_id: str, events: Iterable[EventRow]
    ) -> list[Notice]:
        """Resolve the incidents a station's newly stored resolution events name.

        In the push's write transaction, after its events were inserted (so a ``user.added``
        earlier in the same push counts). A resolution counts only when its signer was an
        active clinic lead at that station by the station's own signed events up to it, and
        its one signature means "reviewed" over it. Anything else (not a lead, an unknown
        incident, one resolved already) stays stored as it was pushed, is alerted on the
        station and told in the push's notices; nothing is raised. Pushing the same event
        again does not come here (only new events do): it resolves once.
        """
        notices: list[Notice] = []
        for event in events:
            notice = self._apply(connection, station_id, event)
            if notice is not None:
                notices.append(notice)
        return notices

    def _apply(self, connection: Connection, station_id: str, event: EventRow) -> Notice | None:
        payload = parse_json_object(event.payload)
        incident_id = str(payload.get("incident_id") or "")
        user_id = payload.get("by")
        note = str(payload.get("note") or "").strip()
        about = {"incident_id": incident_id, "seq": event.seq, "event_uuid": event.uuid}
        staff = station_staff(connection, station_id, through_seq=event.seq)
        member = staff.get(user_id) if isinstance(user_id, str) else None
        problem = _signature_problem(payload)
        if problem is None and not note:
            problem = "the resolution has no note"
        lead = member is not None and not member.disabled and CLINIC_LEAD in member.roles
        if problem is None and not lead:
            problem = "the signer is not an active clinic lead of this station"
        if problem is not None:
            return self._report(connection, station_id, RESOLUTION_REFUSED, about, problem)
        assert member is not None and isinstance(user_id, str)
        row = connection.execute(
            select(t.incidents).where(t.incidents.c.incident_id == incident_id)
        ).first()
        if row is None:
            return self._report(
                connection, station_id, RESOLUTION_UNKNOWN, about, "no incident with this id"
            )
        if row.status == "resolved":
            return self._report(
                connection, station_id, RESOLUTION_LATE, about, "it was resolved already"
            )
        now = self.state.clock()
        detail = json.loads(row.detail) if row.detail else {}
        detail["resolution"] = {
            "station_id": station_id,
            "user_id": user_id,
            "event_uuid": event.uuid,
            "seq": event.seq,
        }
        connection.execute(
            update(t.incidents)
            .where(t.incidents.c.incident_id == incident_id)
            .values(
                status="resolved",
                resolved_by=member.display_name or user_id,
                resolved_at=now,
                resolution_note=note,
                detail=json.dumps(detail, sort_keys=True),
            )
        )
        self.feed.append(
            connection,
            [
                (
                    "incident.resolved",
                    {
                        "incident_id": incident_id,
                        "resolved_by": member.display_name or user_id,
                        "resolved_at": iso(now),
                        "note": note,
                        "station_id": station_id,
                    },
                )
            ],
        )
        return None

    def _report(
        self,
        connection: Connection,
        station_id: str,
        kind: str,
        about: dict[str, Any],
        why: str,
    ) -> Notice:
        self.state.alert(connection, station_id, kind, {**about, "why": why})
        return Notice(
            code=kind,
            message=(
                f"The resolution of incident {about['incident_id'] or '(none)'} (event "
                f"{about['seq']}) was kept but not applied: {why}. The server's administrator "
                "is alerted."
            ),
        )
