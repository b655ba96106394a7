"""A sync server process for fault tests: it parks a push that stored events just before COMMIT.

Run as ``python -m tests.sync.fault_server DB_URL PAUSE_DIR``. It is the shipped server (same
service, same app, same ``run_server``) with a SQLAlchemy listener added here, so no test hook
lives in the production code path.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event

from sync.server.cli import run_server
from sync.server.service import SyncService


def park_pushes_before_commit(service: SyncService, pause_dir: Path) -> None:
    """Make every transaction that inserted events write ``pause_dir/paused`` and hang."""

    @event.listens_for(service.engine, "before_cursor_execute")
    def _note_event_insert(
        connection: Connection, _cursor: Any, statement: str, *_args: Any
    ) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO EVENTS"):
            connection.info["inserted_events"] = True

    @event.listens_for(service.engine, "commit")
    def _park(connection: Connection) -> None:
        if connection.info.pop("inserted_events", False):
            (pause_dir / "paused").write_text("parked before COMMIT")
            threading.Event().wait()


def main() -> None:
    """Start the parking server on a free loopback port and print its address."""
    db_url, pause_dir = sys.argv[1], Path(sys.argv[2])
    service = SyncService(db_url)
    park_pushes_before_commit(service, pause_dir)
    run_server(service, host="127.0.0.1", port=0)


if __name__ == "__main__":
    main()
