"""What every part of the server shares: the database, the clock, the clinic and the signing key."""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, delete, insert, select, update

from sync.server import keys
from sync.server import schema as t
from sync.server.db import make_engine, read_transaction, write_transaction
from sync.wire.chain import GENESIS_HASH
from sync.wire.signing import key_id, public_key_hex

Clock = Callable[[], float]


def iso(ts: float) -> str:
    """A server time (seconds since the epoch) as ISO 8601 in UTC."""
    return datetime.fromtimestamp(ts, UTC).isoformat()


class ServerState:
    """The server's database (migrated), clock, clinic id and signing key, and its meta rows."""

    def __init__(
        self,
        url: str,
        *,
        clock: Clock = time.time,
        clinic_id: str = "clinic-1",
        key_file: Path | None = None,
    ) -> None:
        self.engine: Engine = make_engine(url)
        self.clock = clock
        t.migrate(self.engine)
        self._init_meta(clinic_id)
        if key_file is None and os.environ.get(keys.KEY_FILE_ENV):
            key_file = Path(os.environ[keys.KEY_FILE_ENV])
        self.key_file = key_file or keys.default_key_path(url)
        self.signing_key = self._open_signing_key(self.key_file)
        self.server_public_key = public_key_hex(self.signing_key)
        self.server_key_id = key_id(self.server_public_key)
        self.clinic_id = self.meta("clinic_id")

    def _init_meta(self, clinic_id: str) -> None:
        with write_transaction(self.engine, feed=True) as connection:
            present = {row.key for row in connection.execute(select(t.server_meta.c.key))}
            defaults: dict[str, Callable[[], str]] = {
                "clinic_id": lambda: clinic_id,
                "epoch": lambda: secrets.token_hex(8),
                "server_seq": lambda: "0",
                "server_head": lambda: GENESIS_HASH,
            }
            for key, make in defaults.items():
                if key not in present:
                    connection.execute(insert(t.server_meta).values(key=key, value=make()))

    def _open_signing_key(self, path: Path | None) -> Ed25519PrivateKey:
        """Load the signing key from its file (moving a key kept in the DB by older versions).

        The database records only the public key, so a key file that is missing or belongs to
        another server is refused instead of silently replaced: stations pinned the old key.
        """
        with read_transaction(self.engine) as connection:
            meta = {
                row.key: row.value
                for row in connection.execute(
                    select(t.server_meta).where(
                        t.server_meta.c.key.in_(["signing_key", "server_public_key"])
                    )
                )
            }
        legacy = meta.get("signing_key")
        recorded = meta.get("server_public_key")
        if path is None:  # in-memory database: the key lives as long as the process
            key = (
                Ed25519PrivateKey.from_private_bytes(bytes.fromhex(legacy))
                if legacy
                else Ed25519PrivateKey.generate()
            )
        elif path.exists():
            key, _ = keys.load_or_create(path)
        elif legacy:
            key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(legacy))
            try:
                keys.store(path, key)
            except FileExistsError:
                key, _ = keys.load_or_create(path)
        elif recorded:
            raise keys.SigningKeyError(
                f"The server signing key file {path} is missing. Restore it from the backup "
                f"(stations pinned key {key_id(recorded)}), or point {keys.KEY_FILE_ENV} at it."
            )
        else:
            try:
                key, _ = keys.load_or_create(path)
            except FileExistsError:  # another process made it a moment ago
                key, _ = keys.load_or_create(path)
        public = public_key_hex(key)
        with write_transaction(self.engine, feed=True) as connection:
            recorded = connection.execute(
                select(t.server_meta.c.value).where(t.server_meta.c.key == "server_public_key")
            ).scalar()
            if recorded is None:
                connection.execute(
                    insert(t.server_meta).values(key="server_public_key", value=public)
                )
            elif recorded != public:
                raise keys.SigningKeyError(
                    f"The signing key in {path} is not this server's key (stations pinned key "
                    f"{key_id(recorded)}, the file holds {key_id(public)})."
                )
            if legacy and path is not None:
                connection.execute(
                    delete(t.server_meta).where(t.server_meta.c.key == "signing_key")
                )
        return key

    def meta(self, key: str, connection: Connection | None = None) -> str:
        """One value of ``server_meta`` (in the caller's transaction, if given)."""
        if connection is None:
            with read_transaction(self.engine) as own:
                return self.meta(key, own)
        value = connection.execute(
            select(t.server_meta.c.value).where(t.server_meta.c.key == key)
        ).scalar_one()
        return str(value)

    @staticmethod
    def set_meta(connection: Connection, key: str, value: str) -> None:
        """Change one value of ``server_meta`` in the caller's write transaction."""
        connection.execute(
            update(t.server_meta).where(t.server_meta.c.key == key).values(value=value)
        )

    def alert(
        self, connection: Connection, station_id: str, kind: str, detail: Mapping[str, Any]
    ) -> None:
        """Record an alert on a station (``dosing-server stations list`` shows it)."""
        connection.execute(
            insert(t.station_alerts).values(
                station_id=station_id,
                kind=kind,
                detail=json.dumps(dict(detail), sort_keys=True),
                at=self.clock(),
            )
        )

    def station_key_hex(self, station_id: str) -> str:
        """An enrolled station's public key (hex)."""
        with read_transaction(self.engine) as connection:
            key = connection.execute(
                select(t.stations.c.public_key).where(t.stations.c.station_id == station_id)
            ).scalar_one()
        return str(key)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
