"""The in-process test server: a restart on the same port cannot lose the port to another job."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from tests.sync.conftest import InProcessServer


def test_a_stopped_server_keeps_its_port_for_a_restart(tmp_path: Path) -> None:
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    port = server.port
    assert httpx.get(server.url + "/v1/health").status_code == 200
    server.stop()
    with pytest.raises(ConnectionRefusedError):  # down means down: refused, not left hanging
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    intruder = socket.socket()  # another program binding the port (or an outgoing connection)
    try:
        with pytest.raises(OSError):
            intruder.bind(("127.0.0.1", port))
    finally:
        intruder.close()
    again = InProcessServer(server.db_url)
    again.port = port
    again.start()
    try:
        assert httpx.get(again.url + "/v1/health").status_code == 200
    finally:
        again.release()
    server.release()
