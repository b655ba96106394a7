"""Enrolling a station: one-time codes, and binding a station id to its public key."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import insert, select, update

from sync.server import schema as t
from sync.server.auth import check_version
from sync.server.db import write_transaction
from sync.server.errors import Conflict, SyncServerError, Unauthenticated
from sync.server.state import ServerState
from sync.wire.chain import GENESIS_HASH
from sync.wire.envelope import SERVER_STATION_ID, EnrollReply, EnrollRequest
from sync.wire.signing import enrollment_message, load_public_key, verify_hex


class Enrollment:
    """Makes enrollment codes and enrolls the stations that show one."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    def new_code(self, ttl_hours: float = 24.0) -> str:
        """Create a one-time enrollment code (only its hash is stored)."""
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        now = self.state.clock()
        with write_transaction(self.state.engine) as connection:
            connection.execute(
                insert(t.enrollment_codes).values(
                    code_hash=hashlib.sha256(code.encode()).hexdigest(),
                    created_at=now,
                    expires_at=now + ttl_hours * 3600,
                )
            )
        return code

    def enroll(self, request: EnrollRequest) -> EnrollReply:
        """Bind a station id to its public key, consuming a one-time code."""
        check_version(request.wire_version)
        try:
            public = load_public_key(request.public_key)
        except ValueError as error:
            raise SyncServerError("bad_public_key", "Not an Ed25519 public key.") from error
        message = enrollment_message(request.code, request.station_id, request.public_key)
        if not verify_hex(public, request.proof, message):
            raise Unauthenticated("bad_signature", "Enrollment proof does not match the key.")
        state = self.state
        now = state.clock()
        code_hash = hashlib.sha256(request.code.strip().upper().encode()).hexdigest()
        with write_transaction(state.engine) as connection:
            code = connection.execute(
                select(t.enrollment_codes).where(t.enrollment_codes.c.code_hash == code_hash)
            ).first()
            if code is None or code.used_at is not None or code.expires_at < now:
                raise Unauthenticated(
                    "bad_enrollment_code", "Enrollment code unknown, expired or already used."
                )
            if (
                request.station_id == SERVER_STATION_ID
                or connection.execute(
                    select(t.stations.c.station_id).where(
                        t.stations.c.station_id == request.station_id
                    )
                ).first()
            ):
                raise Conflict("station_exists", "A station with this id is already enrolled.")
            connection.execute(
                update(t.enrollment_codes)
                .where(t.enrollment_codes.c.code_hash == code_hash)
                .values(used_at=now, used_by=request.station_id)
            )
            connection.execute(
                insert(t.stations).values(
                    station_id=request.station_id,
                    name=request.name,
                    clinic_id=state.clinic_id,
                    public_key=request.public_key,
                    status="active",
                    status_reason="",
                    enrolled_at=now,
                    highest_contiguous_seq=0,
                    head_hash=GENESIS_HASH,
                    confirmed_pull_cursor=0,
                )
            )
        return EnrollReply(
            station_id=request.station_id,
            clinic_id=state.clinic_id,
            server_key_id=state.server_key_id,
            server_public_key=state.server_public_key,
            server_time=now,
        )
