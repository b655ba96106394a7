"""The demo's own central server: the real one (FastAPI under uvicorn) on loopback, enrolled."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from station.demo.profile import DEMO_CLINIC_ID, demo_password
from station.services.errors import ServiceError
from station.services.sync_link import META_BINDING, enroll, server_binding
from station.store import files
from station.store.store import Session, Store

if TYPE_CHECKING:
    from sync.server.service import SyncService as CentralServer

_START_TIMEOUT_S = 30.0


class DemoServer:
    """The real central server (FastAPI under uvicorn) in a thread on 127.0.0.1, a free port."""

    def __init__(self, database: Path) -> None:
        # The server's modules (FastAPI, SQLAlchemy, uvicorn) load only when a demo serves:
        # they take about a second to import.
        import uvicorn

        from sync.server.app import create_app
        from sync.server.service import SyncService as CentralServer

        files.private_folder(database.parent)
        # The demo clinic's own server: demo cards name the same clinic before the demo
        # station enrolls and after (the id is kept by a server database made before).
        self.central = CentralServer(f"sqlite:///{database}", clinic_id=DEMO_CLINIC_ID)
        # Its database, WAL and signing key: owner-only, like the station's own folder.
        files.tighten(
            database.parent, own_file=lambda name: name.startswith(database.name), own_folders=()
        )
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        self._server = uvicorn.Server(
            uvicorn.Config(create_app(self.central), log_level="warning", lifespan="off")
        )
        server = self._server
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[listener]), name="demo-server", daemon=True
        )

    def start(self) -> DemoServer:
        """Serve, and return once the server accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise ServiceError(
                    "The demo's central server did not start.", code="demo.server_not_started"
                )
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and close the database."""
        self._server.should_exit = True
        self._thread.join(_START_TIMEOUT_S)
        self.central.close()


def server_folder(data_dir: Path) -> Path:
    """Where the demo's own server keeps its database: beside the station's folder, not in it.

    The central server holds what stations push in clear (it is another machine in a clinic);
    the station's own folder must stay unreadable without a user's credentials.
    """
    return data_dir.with_name(data_dir.name + "-server")


def point_at(store: Store, url: str, central: CentralServer) -> None:
    """Follow the demo's own server to its new port (same server key, so same server)."""
    binding = server_binding(store)
    if binding is None or binding.url == url:
        return
    if binding.server_public_key != central.server_public_key:
        raise ServiceError(
            "The demo station is enrolled with another server; use a new demo folder.",
            code="demo.other_server",
        )
    store.set_meta(META_BINDING, json.dumps(replace(binding, url=url).__dict__, sort_keys=True))


def enroll_if_needed(
    store: Store, technician: Session, url: str, code: str | None, central: CentralServer | None
) -> bool:
    if server_binding(store) is not None:
        if central is not None:
            point_at(store, url, central)
        return False
    if code is None:
        if central is None:
            raise ServiceError(
                "Give the enrollment code of that server (HAT_ENROLL_CODE).",
                code="demo.enrollment_code_missing",
            )
        code = central.new_enrollment_code()
    enroll(store, technician, url, code)
    return True


def start_demo_server(store: Store, data_dir: Path) -> DemoServer:
    """Start the demo's own central server and enroll the demo station with it (once).

    Slow (the server's modules load, then it starts): call it off the GUI thread. The station
    follows the server to its new port on every start; stop the server when the demo closes.
    """
    server = DemoServer(server_folder(data_dir) / "server.db").start()
    try:
        technician = store.unlock("technician", demo_password("technician"))
        enroll_if_needed(store, technician, server.url, None, server.central)
    except BaseException:
        server.stop()
        raise
    return server
