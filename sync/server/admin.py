"""The administrator's work: stations (list, keys, revoke, reinstate), imports and cards."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, update

from sync.server import schema as t
from sync.server.db import read_transaction, write_transaction
from sync.server.errors import Conflict, NotFound, SyncServerError
from sync.server.feed import Feed
from sync.server.signature_audit import BAD_EVENT_SIGNATURE
from sync.server.state import ServerState, iso
from sync.wire.cards import CardPayload, sign_card
from sync.wire.chain import canonical_json
from sync.wire.directory import sign_directory


def patient_known(connection: Connection, patient_id: str) -> bool:
    """Whether a patient was imported here or registered at a station (a pushed event)."""
    imported = connection.execute(
        select(t.patients.c.patient_id).where(t.patients.c.patient_id == patient_id)
    ).first()
    if imported is not None:
        return True
    registered = connection.execute(
        select(t.events.c.payload)
        .where(t.events.c.type == "patient.registered")
        .where(t.events.c.payload.contains(patient_id, autoescape=True))
    )
    return any(json.loads(row.payload).get("patient_id") == patient_id for row in registered)


@dataclass(frozen=True)
class StationSummary:
    """One row of ``dosing-server stations list``."""

    station_id: str
    name: str
    clinic_id: str
    status: str
    status_reason: str
    highest_contiguous_seq: int
    last_seen_at: float | None
    clock_skew_s: float | None
    alerts: list[dict[str, Any]]
    signatures_verified_through: int = 0
    bad_signature_seqs: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Return the row as a JSON-ready mapping."""
        return dict(self.__dict__)


class Admin:
    """What ``dosing-server`` does besides serving: stations, patient imports, cards."""

    def __init__(self, state: ServerState, feed: Feed) -> None:
        self.state = state
        self.feed = feed

    # -------------------------------------------------------------- stations

    def list_stations(self) -> list[StationSummary]:
        """List enrolled stations with their highest contiguous sequence and alerts."""
        with read_transaction(self.state.engine) as connection:
            rows = connection.execute(select(t.stations).order_by(t.stations.c.station_id)).all()
            alerts = connection.execute(
                select(t.station_alerts).order_by(t.station_alerts.c.id)
            ).all()
            flagged = connection.execute(
                select(t.event_flags.c.station_id, t.event_flags.c.seq)
                .where(t.event_flags.c.flag == BAD_EVENT_SIGNATURE)
                .order_by(t.event_flags.c.station_id, t.event_flags.c.seq)
            ).all()
        bad_seqs: dict[str, list[int]] = {}
        for flag in flagged:
            bad_seqs.setdefault(flag.station_id, []).append(int(flag.seq))
        by_station: dict[str, list[dict[str, Any]]] = {}
        for alert in alerts:
            by_station.setdefault(alert.station_id, []).append(
                {"kind": alert.kind, "at": iso(alert.at), "detail": json.loads(alert.detail)}
            )
        return [
            StationSummary(
                station_id=row.station_id,
                name=row.name,
                clinic_id=row.clinic_id,
                status=row.status,
                status_reason=row.status_reason,
                highest_contiguous_seq=row.highest_contiguous_seq,
                last_seen_at=row.last_seen_at,
                clock_skew_s=row.clock_skew_s,
                alerts=by_station.get(row.station_id, []),
                signatures_verified_through=row.signatures_verified_through,
                bad_signature_seqs=bad_seqs.get(row.station_id, []),
            )
            for row in rows
        ]

    def station_keys(self) -> bytes:
        """Every enrolled station's public key and status, signed with the server's key.

        Stations check pulled events of other stations against it (``sync.wire.directory``);
        they pinned the server's key at enrollment, so a list from anyone else is refused.
        """
        state = self.state
        with read_transaction(state.engine) as connection:
            rows = connection.execute(
                select(t.stations.c.station_id, t.stations.c.public_key, t.stations.c.status)
            ).all()
        return sign_directory(
            state.signing_key,
            clinic_id=state.clinic_id,
            server_key_id=state.server_key_id,
            issued_at=int(state.clock()),
            stations={row.station_id: (row.public_key, row.status) for row in rows},
        )

    def revoke_station(self, station_id: str, reason: str) -> None:
        """Refuse every further request from this station."""
        with write_transaction(self.state.engine) as connection:
            done = connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(
                    status="revoked", status_reason=reason, status_changed_at=self.state.clock()
                )
            )
            if done.rowcount == 0:
                raise NotFound("unknown_station", "No station with this id.")

    def reinstate_station(self, station_id: str, reason: str) -> None:
        """Lift a suspension (after someone checked the station), recording who said why.

        A revoked station stays revoked: it must enroll again with a new key. If the station
        still holds a history that differs from the server's, its next push suspends it again.
        """
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for lifting the suspension.")
        with write_transaction(self.state.engine) as connection:
            row = connection.execute(
                select(t.stations.c.status, t.stations.c.status_reason).where(
                    t.stations.c.station_id == station_id
                )
            ).first()
            if row is None:
                raise NotFound("unknown_station", "No station with this id.")
            if row.status == "revoked":
                raise Conflict(
                    "station_revoked",
                    "This station was revoked; it cannot be reinstated. Enroll it again with a "
                    "new enrollment code.",
                )
            if row.status != "suspended":
                raise Conflict("station_not_suspended", "This station is not suspended.")
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(status="active", status_reason="", status_changed_at=self.state.clock())
            )
            self.state.alert(
                connection,
                station_id,
                "reinstated",
                {"reason": reason.strip(), "suspension": row.status_reason},
            )

    # --------------------------------------------------- patients and cards

    def import_patients(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import patients; new or changed ones become feed events. Return (new, changed)."""
        return self._import(
            rows,
            key="patient_id",
            table=t.patients,
            event_new="patient.registered",
            event_changed="patient.updated",
            columns=lambda row: {
                "clinic_id": row.get("clinic_id") or self.state.clinic_id,
                "home_station": row.get("home_station") or None,
            },
        )

    def import_prescriptions(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import prescriptions; new or changed ones become feed events. Return (new, changed)."""
        return self._import(
            rows,
            key="prescription_id",
            table=t.prescriptions,
            event_new="prescription.issued",
            event_changed="prescription.changed",
            columns=lambda row: {
                "patient_id": row["patient_id"],
                "drug": row["drug"],
                "daily_max_mg": row.get("daily_max_mg") or None,
            },
        )

    def _import(
        self,
        rows: Iterable[Mapping[str, str]],
        *,
        key: str,
        table: Any,
        event_new: str,
        event_changed: str,
        columns: Callable[[Mapping[str, str]], dict[str, Any]],
    ) -> tuple[int, int]:
        now = self.state.clock()
        new = changed = 0
        clean_rows = [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in rows]
        for index, row in enumerate(clean_rows, start=2):
            if not row.get(key):
                raise SyncServerError("bad_csv", f"Line {index}: the {key} column is empty.")
        with write_transaction(self.state.engine, feed=True) as connection:
            feed: list[tuple[str, dict[str, Any]]] = []
            for row in clean_rows:
                data = canonical_json(row).decode()
                existing = connection.execute(
                    select(table.c.data).where(table.c[key] == row[key])
                ).first()
                if existing is not None and existing.data == data:
                    continue
                values = {**columns(row), "data": data, "updated_at": now}
                if existing is None:
                    connection.execute(insert(table).values({key: row[key], **values}))
                    feed.append((event_new, dict(row)))
                    new += 1
                else:
                    connection.execute(update(table).where(table.c[key] == row[key]).values(values))
                    feed.append((event_changed, dict(row)))
                    changed += 1
            self.feed.append(connection, feed)
        return new, changed

    def issue_card(
        self, patient_id: str, requested: Mapping[str, str] | None = None
    ) -> tuple[CardPayload, str]:
        """Sign a new card for a patient (earlier cards are revoked); return payload and QR text.

        The patient is one imported here or registered at a station (its pushed, signed
        ``patient.registered`` event). ``requested`` (a station and user id that asked for the
        card) goes into the ``card.issued`` feed event.
        """
        state = self.state
        now = state.clock()
        payload = CardPayload(
            patient_id=patient_id,
            clinic_id=state.clinic_id,
            issued_at=iso(now),
            serial=secrets.token_hex(8),
            key_id=state.server_key_id,
        )
        with write_transaction(state.engine, feed=True) as connection:
            if not patient_known(connection, patient_id):
                raise NotFound("unknown_patient", "No patient with this id; import them first.")
            earlier = connection.execute(
                select(t.cards.c.serial)
                .where(t.cards.c.patient_id == patient_id)
                .where(t.cards.c.revoked_at.is_(None))
            ).all()
            for card in earlier:
                connection.execute(
                    update(t.cards)
                    .where(t.cards.c.serial == card.serial)
                    .values(revoked_at=now, revoked_reason="replaced")
                )
            connection.execute(
                insert(t.cards).values(
                    serial=payload.serial, patient_id=patient_id, issued_at=payload.issued_at
                )
            )
            self.feed.append(
                connection,
                [
                    (
                        "card.revoked",
                        {"serial": card.serial, "patient_id": patient_id, "reason": "replaced"},
                    )
                    for card in earlier
                ]
                + [
                    (
                        "card.issued",
                        {"serial": payload.serial, "patient_id": patient_id, **(requested or {})},
                    )
                ],
            )
        return payload, sign_card(payload, state.signing_key)

    def card_clinic_number(self, patient_id: str) -> str | None:
        """The clinic number printed on a patient's card: the imported record's, or None.

        The card's signed ``clinic_id`` is the clinic (this server's organisation id); the
        patient's own clinic number is printed beside the code for staff, never put in it.
        """
        with read_transaction(self.state.engine) as connection:
            row = connection.execute(
                select(t.patients.c.data).where(t.patients.c.patient_id == patient_id)
            ).first()
        if row is None:
            return None
        number = str(json.loads(row.data).get("clinic_id") or "").strip()
        return number or None

    def revoke_card(self, serial: str, reason: str) -> None:
        """Withdraw a card; stations learn it on their next pull and refuse it offline."""
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for revoking the card.")
        with write_transaction(self.state.engine, feed=True) as connection:
            card = connection.execute(select(t.cards).where(t.cards.c.serial == serial)).first()
            if card is None:
                raise NotFound("unknown_card", "No card with this serial.")
            if card.revoked_at is not None:
                return
            connection.execute(
                update(t.cards)
                .where(t.cards.c.serial == serial)
                .values(revoked_at=self.state.clock(), revoked_reason=reason)
            )
            self.feed.append(
                connection,
                [
                    (
                        "card.revoked",
                        {"serial": serial, "patient_id": card.patient_id, "reason": reason},
                    )
                ],
            )
