"""Short leases on dosing a patient's session, so two stations do not dose at once."""

from __future__ import annotations

import uuid as uuid_module

from sqlalchemy import delete, insert, select, update

from sync.server import schema as t
from sync.server.auth import AuthenticatedStation
from sync.server.db import write_transaction
from sync.server.state import ServerState
from sync.wire.envelope import LeaseReply, LeaseRequest


class Leases:
    """Grants and releases leases on (patient, session)."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    def acquire(self, station: AuthenticatedStation, request: LeaseRequest) -> LeaseReply:
        """Grant a short lease on dosing (patient, session) unless another station holds one."""
        now = self.state.clock()
        with write_transaction(self.state.engine) as connection:
            dosed = connection.execute(
                select(t.doses.c.station_id, t.doses.c.given_at)
                .where(t.doses.c.patient_id == request.patient_id)
                .where(t.doses.c.session == request.session)
            ).first()
            if dosed is not None:
                return LeaseReply(
                    outcome="already_dosed",
                    dosed_by_station_id=dosed.station_id,
                    message=f"Already dosed this session at station {dosed.station_id} "
                    f"({dosed.given_at}).",
                )
            lease = connection.execute(
                select(t.leases)
                .where(t.leases.c.patient_id == request.patient_id)
                .where(t.leases.c.session == request.session)
            ).first()
            if (
                lease is not None
                and lease.expires_at > now
                and lease.station_id != station.station_id
            ):
                return LeaseReply(
                    outcome="held_by_other",
                    holder_station_id=lease.station_id,
                    ttl_seconds=lease.expires_at - now,
                    message=f"Station {lease.station_id} is dosing this patient right now.",
                )
            lease_id = str(uuid_module.uuid4())
            values = {
                "lease_id": lease_id,
                "station_id": station.station_id,
                "expires_at": now + request.ttl_seconds,
            }
            if lease is None:
                connection.execute(
                    insert(t.leases).values(
                        patient_id=request.patient_id, session=request.session, **values
                    )
                )
            else:
                connection.execute(
                    update(t.leases)
                    .where(t.leases.c.patient_id == request.patient_id)
                    .where(t.leases.c.session == request.session)
                    .values(**values)
                )
        return LeaseReply(outcome="granted", lease_id=lease_id, ttl_seconds=request.ttl_seconds)

    def release(self, station: AuthenticatedStation, lease_id: str) -> None:
        """Give a lease back early (a dose abandoned); releasing a gone lease is harmless."""
        with write_transaction(self.state.engine) as connection:
            connection.execute(
                delete(t.leases)
                .where(t.leases.c.lease_id == lease_id)
                .where(t.leases.c.station_id == station.station_id)
            )
