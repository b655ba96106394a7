"""Named reads of the station's settings, checks, log and pulled events, for the services.

The services never see SQL, a connection or a sealed row: they ask the projections a read
(``store.reading(session)`` checks the seal first) by its name here, and each read does its
own blind index and decryption. Reads of the patient documents live beside their writers in
``projections``, those of the stock ledger in ``ledger_projection``; the rest are here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from station.store.crypto import DataKey
from station.store.events import StoredEvent, decode_row
from sync.wire.chain import GENESIS_HASH

Document = dict[str, Any]


@dataclass(frozen=True)
class StoredSetting:
    """A setting as last changed: its value as the JSON text recorded, when and by whom."""

    key: str
    value_json: str
    changed_at: str
    by_user: str

    def value(self) -> Any:
        """The recorded value (``ValueError`` when the text is not JSON)."""
        return json.loads(self.value_json)


@dataclass(frozen=True)
class StoredCalibration:
    """One reference-weight check as recorded (masses as the decimal text recorded)."""

    calibration_id: str
    device_serial: str
    device_kind: str | None
    at: str
    certified_g: str
    measured_g: str
    tolerance_g: str
    passed: bool
    by_user: str
    interval_days: int


_EVENT_COLUMNS = (
    "seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash, sealed_digest, "
    "prev_hash, hash, signature"
)

_CALIBRATION_COLUMNS = (
    "calibration_id, device_serial, device_kind, at, certified_g, measured_g, tolerance_g,"
    " passed, by_user, interval_days"
)


def _calibration(row: tuple[Any, ...]) -> StoredCalibration:
    return StoredCalibration(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), row[8], int(row[9])
    )


class StationQueries:
    """Reads of the settings, the checks, the log's shape and the pulled events.

    Mixed into ``Projections``, which holds the reading connection and the session's key.
    """

    _connection: sqlite3.Connection
    data_key: DataKey

    # -- settings and checks --------------------------------------------------------------------

    def stored_settings(self) -> list[StoredSetting]:
        """Every setting changed at this station or for the clinic, by key."""
        rows = self._connection.execute(
            "SELECT key, value, changed_at, by_user FROM station_settings ORDER BY key"
        ).fetchall()
        return [StoredSetting(*row) for row in rows]

    def calibrations(self, device_serial: str | None = None) -> list[StoredCalibration]:
        """Every reference-weight check (of one device when given), oldest first."""
        if device_serial is None:
            rows = self._connection.execute(
                f"SELECT {_CALIBRATION_COLUMNS} FROM calibrations ORDER BY at"  # noqa: S608
            ).fetchall()
        else:
            rows = self._connection.execute(
                f"SELECT {_CALIBRATION_COLUMNS} FROM calibrations"  # noqa: S608
                " WHERE device_serial = ? ORDER BY at",
                (device_serial,),
            ).fetchall()
        return [_calibration(row) for row in rows]

    # -- the log --------------------------------------------------------------------------------

    def event_counts(self) -> dict[str, int]:
        """How many events of each type this station's log holds (types are clear text)."""
        rows = self._connection.execute("SELECT type, COUNT(*) FROM events GROUP BY type")
        return {str(kind): int(count) for kind, count in rows}

    def own_event_hash(self, seq: int) -> str | None:
        """The record hash of own event ``seq`` (the genesis hash for 0; None if it is missing)."""
        if seq == 0:
            return GENESIS_HASH
        row = self._connection.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
        return str(row[0]) if row is not None else None

    def own_push_rows(self, after: int, limit: int) -> list[tuple[Any, ...]]:
        """Own events after ``after``, opened, as wire version 2 arrays (see ``remote``)."""
        from station.store import remote  # remote builds projections: imported when asked

        return remote.own_push_rows(self._connection, self.data_key, after, limit)

    def own_head(self) -> int:
        """The highest sequence number of this station's log (0 when it is empty)."""
        row = self._connection.execute("SELECT MAX(seq) FROM events").fetchone()
        return int(row[0] or 0)

    def own_events(
        self,
        types: Sequence[str],
        *,
        after: int = 0,
        before: int | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[StoredEvent]:
        """Events of this station's own log of ``types`` with ``after < seq < before``, decrypted.

        A stretch of the log (today's, say) is read by its range of the key, newest first when
        asked, and only the rows of ``types`` are opened.
        """
        if not types:
            return []
        marks = ",".join("?" * len(types))
        query = (
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE seq > ? AND seq < ?"  # noqa: S608
            f" AND type IN ({marks}) ORDER BY seq {'DESC' if newest_first else 'ASC'}"
        )
        parameters: list[Any] = [after, before if before is not None else 2**62, *types]
        if limit is not None:
            query += " LIMIT ?"
            parameters.append(limit)
        rows = self._connection.execute(query, parameters)
        return [decode_row(row, self.data_key) for row in rows]

    # -- pulled events --------------------------------------------------------------------------

    def incidents(self) -> list[Document]:
        """Incidents the server raised (suspected double doses), with their review status."""
        from station.store import remote

        return remote.incidents(self._connection, self.data_key)

    def revoked_card_serials(self) -> set[str]:
        """Serials of patient cards the server withdrew."""
        from station.store import remote

        return remote.revoked_card_serials(self._connection, self.data_key)

    def pulled_count(self) -> int:
        """How many pulled events the station holds."""
        from station.store import remote

        return remote.remote_count(self._connection)
