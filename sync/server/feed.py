"""The pull feed: the server's own signed events, pages of the feed, its restart, own events."""

from __future__ import annotations

import json
import re
import secrets
import uuid as uuid_module
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from sync.server import schema as t
from sync.server.auth import AuthenticatedStation
from sync.server.db import read_transaction, write_transaction
from sync.server.errors import SyncServerError
from sync.server.state import ServerState
from sync.wire.chain import ChainFields, canonical_json, checkpoint_message
from sync.wire.chain import payload_hash as compute_payload_hash
from sync.wire.compact import COMPACT_WIRE_VERSION, MAX_BATCH, encode_pull
from sync.wire.envelope import MAX_EVENTS, SERVER_STATION_ID, WireEvent
from sync.wire.hlc import HybridLogicalClock

_SAFE_TEXT = re.compile(r'[\x00-\x1f"\\]')
_FEED_COLUMNS = (
    "station_id, seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, hash, "
    "signature"
)
_EVENT_TEMPLATE = (
    '{{"station_id":"{}","seq":{},"uuid":"{}","hlc":"{}","type":"{}","payload":{},'
    '"payload_hash":"{}","sealed_digest":"{}","prev_hash":"{}","hash":"{}","signature":{}}}'
)


def _json_text(value: str | None) -> str:
    """Encode a string as JSON (as json.dumps would), quickly for the usual plain text."""
    if value is None:
        return "null"
    if _SAFE_TEXT.search(value) is None:
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


def _event_json(row: Sequence[Any]) -> str:
    """Encode one stored event (columns as ``_FEED_COLUMNS``); the payload is stored canonical."""
    station_id, seq, uuid, hlc, kind, payload, payload_hash, sealed, prev, record, sig = row
    texts = (station_id, uuid, hlc, kind, payload_hash, sealed, prev, record, sig or "")
    if _SAFE_TEXT.search("".join(texts)) is None:
        signature = "null" if sig is None else f'"{sig}"'
        return _EVENT_TEMPLATE.format(
            station_id,
            int(seq),
            uuid,
            hlc,
            kind,
            payload,
            payload_hash,
            sealed,
            prev,
            record,
            signature,
        )
    return (
        f'{{"station_id":{_json_text(station_id)},"seq":{int(seq)},'
        f'"uuid":{_json_text(uuid)},"hlc":{_json_text(hlc)},'
        f'"type":{_json_text(kind)},"payload":{payload},'
        f'"payload_hash":{_json_text(payload_hash)},'
        f'"sealed_digest":{_json_text(sealed)},'
        f'"prev_hash":{_json_text(prev)},"hash":{_json_text(record)},'
        f'"signature":{_json_text(sig)}}}'
    )


def _row_to_wire(row: Any) -> dict[str, Any]:
    return {
        "station_id": row.station_id,
        "seq": row.seq,
        "uuid": row.uuid,
        "hlc": row.hlc,
        "type": row.type,
        "payload": json.loads(row.payload),
        "payload_hash": row.payload_hash,
        "sealed_digest": row.sealed_digest,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
        "signature": row.signature,
    }


class Feed:
    """What stations pull: every station's events and the server's own, in one ordered feed."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._hlc = HybridLogicalClock(SERVER_STATION_ID)

    def epoch(self) -> str:
        """Return the feed's identity; it changes when the administrator restarts the feed."""
        return self.state.meta("epoch")

    def restart(self, reason: str) -> str:
        """Give the feed a new identity: every station re-reads it from the start.

        The administrator's step after restoring the server's database from an older backup
        (stations had read positions the restored feed hands out again). No station request
        can do this. The reason is kept as an alert of the server. Return the new epoch.
        """
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for restarting the feed.")
        with write_transaction(self.state.engine, feed=True) as connection:
            return self.restart_in(connection, reason)

    def restart_in(self, connection: Connection, reason: str) -> str:
        """``restart`` inside the caller's feed transaction (recorded as an alert)."""
        before = self.state.meta("epoch", connection)
        after = secrets.token_hex(8)
        self.state.set_meta(connection, "epoch", after)
        self.state.alert(
            connection,
            SERVER_STATION_ID,
            "feed_restarted",
            {"reason": reason.strip(), "epoch_before": before, "epoch": after},
        )
        return after

    def append(
        self, connection: Connection, items: Sequence[tuple[str, dict[str, Any]]]
    ) -> list[WireEvent]:
        """Append server-made events to the feed on the server's own signed chain.

        Call only inside ``write_transaction(engine, feed=True)``.
        """
        state = self.state
        seq = int(state.meta("server_seq", connection))
        head = state.meta("server_head", connection)
        now = state.clock()
        made: list[WireEvent] = []
        for event_type, body in items:
            payload = {**body, "salt": secrets.token_hex(16)}
            seq += 1
            digest = compute_payload_hash(payload)
            fields = ChainFields(
                station_id=SERVER_STATION_ID,
                seq=seq,
                uuid=str(uuid_module.uuid4()),
                hlc=str(self._hlc.now(int(now * 1000))),
                type=event_type,
                payload_hash=digest,
                sealed_digest=digest,
                prev_hash=head,
            )
            head = fields.record_hash()
            signature = state.signing_key.sign(checkpoint_message(SERVER_STATION_ID, seq, head))
            made.append(
                WireEvent(
                    station_id=SERVER_STATION_ID,
                    seq=seq,
                    uuid=fields.uuid,
                    hlc=fields.hlc,
                    type=event_type,
                    payload=payload,
                    payload_hash=digest,
                    sealed_digest=digest,
                    prev_hash=fields.prev_hash,
                    hash=head,
                    signature=signature.hex(),
                )
            )
        if made:
            connection.execute(
                insert(t.events),
                [
                    {
                        **e.model_dump(exclude={"payload"}),
                        "payload": canonical_json(e.payload).decode(),
                        "received_at": now,
                    }
                    for e in made
                ],
            )
            state.set_meta(connection, "server_seq", str(seq))
            state.set_meta(connection, "server_head", head)
        return made

    def pull(
        self,
        station: AuthenticatedStation,
        *,
        cursor: int,
        epoch: str,
        limit: int,
        wire_version: int = 1,
    ) -> bytes:
        """Return (as JSON bytes) the feed after ``cursor``, without the station's own events.

        ``wire_version`` 2 encodes the page compactly (``sync.wire.compact``) and may be longer.
        """
        engine = self.state.engine
        most = MAX_BATCH if wire_version == COMPACT_WIRE_VERSION else MAX_EVENTS
        limit = max(1, min(limit, most))
        notices: list[dict[str, str]] = []
        with read_transaction(engine) as connection:
            current_epoch = self.state.meta("epoch", connection)
            head = int(connection.execute(select(func.max(t.events.c.pos))).scalar() or 0)
            confirmed = int(
                connection.execute(
                    select(t.stations.c.confirmed_pull_cursor).where(
                        t.stations.c.station_id == station.station_id
                    )
                ).scalar_one()
            )
        record_cursor: int | None = None
        if epoch and epoch != current_epoch and cursor > 0:
            notices.append(
                {
                    "code": "feed_restarted",
                    "message": "The server's feed was rebuilt; this station re-reads it from the "
                    "start (nothing is applied twice).",
                }
            )
            cursor, record_cursor = 0, 0
        elif cursor > head:
            # Only this station re-reads the feed; restarting it for every station is the
            # administrator's (``restart``), never a station's to ask for.
            with write_transaction(engine) as connection:
                self.state.alert(
                    connection,
                    station.station_id,
                    "server_feed_behind_station",
                    {"station_cursor": cursor, "feed_head": head},
                )
            notices.append(
                {
                    "code": "server_behind_station",
                    "message": "The server was restored from an older backup; this station "
                    "re-reads the feed from the start and the server's administrator is "
                    "alerted.",
                }
            )
            cursor, record_cursor = 0, 0
        elif cursor < confirmed:
            with write_transaction(engine) as connection:
                self.state.alert(
                    connection,
                    station.station_id,
                    "pull_cursor_went_back",
                    {"station_cursor": cursor, "confirmed_cursor": confirmed},
                )
            notices.append(
                {
                    "code": "station_pull_cursor_went_back",
                    "message": "This station asked for data it had already confirmed: it was "
                    "restored from an older backup. It is re-reading what it lost.",
                }
            )
            record_cursor = cursor
        elif cursor > confirmed:
            record_cursor = cursor
        if record_cursor is not None:
            with write_transaction(engine) as connection:
                connection.execute(
                    update(t.stations)
                    .where(t.stations.c.station_id == station.station_id)
                    .values(confirmed_pull_cursor=record_cursor)
                )
        with read_transaction(engine) as connection:
            head = int(connection.execute(select(func.max(t.events.c.pos))).scalar() or 0)
            marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
            # Straight through the driver: plain tuples, no per-row mapping (a page is 5000 rows).
            rows = connection.exec_driver_sql(
                f"SELECT pos, {_FEED_COLUMNS} FROM events "  # noqa: S608
                f"WHERE pos > {marker} AND pos <= {marker} AND station_id != {marker} "
                f"ORDER BY pos LIMIT {marker}",
                (cursor, head, station.station_id, limit + 1),
            ).cursor.fetchall()
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = rows[-1][0] if has_more else head
        if wire_version == COMPACT_WIRE_VERSION:
            return encode_pull(
                epoch=current_epoch,
                cursor=next_cursor,
                feed_head=head,
                has_more=has_more,
                notices=notices,
                rows=[row[1:] for row in rows],
            )
        parts = [
            b'{"wire_version":1,"epoch":',
            json.dumps(current_epoch).encode(),
            b',"cursor":',
            str(next_cursor).encode(),
            b',"feed_head":',
            str(head).encode(),
            b',"has_more":',
            b"true" if has_more else b"false",
            b',"notices":',
            json.dumps(notices).encode(),
            b',"events":[',
        ]
        parts.append(",".join([_event_json(row[1:]) for row in rows]).encode("utf-8"))
        parts.append(b"]}")
        return b"".join(parts)

    def own_events(self, station: AuthenticatedStation, *, after: int, limit: int) -> bytes:
        """Return a station's own events after ``after`` (to repair a restored station)."""
        limit = max(1, min(limit, 5000))
        with read_transaction(self.state.engine) as connection:
            highest = connection.execute(
                select(t.stations.c.highest_contiguous_seq).where(
                    t.stations.c.station_id == station.station_id
                )
            ).scalar_one()
            rows = connection.execute(
                select(t.events)
                .where(t.events.c.station_id == station.station_id)
                .where(t.events.c.seq > after)
                .where(t.events.c.seq <= highest)
                .order_by(t.events.c.seq)
                .limit(limit)
            ).all()
        body = {
            "wire_version": 1,
            "station_id": station.station_id,
            "highest_contiguous_seq": highest,
            "events": [_row_to_wire(row) for row in rows],
        }
        return json.dumps(body, separators=(",", ":")).encode()
