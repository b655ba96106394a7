"""One service door: the window imports no store or sync client, and its services share one clock.

The UI reaches the station through :class:`StationServices`, built once by ``station.app``;
this test reads every module under ``station/ui`` with ``ast`` (lazy and type-only imports
count too) and builds the services on a real store with a clock set a year ahead.
"""

from __future__ import annotations

import ast
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from station.services.clock import StationClock
from station.services.errors import ServiceError
from station.services.station import StationServices
from station.store.crypto import TEST_KDF
from station.store.store import Store
from sync.wire.hlc import HlcStamp

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("station.store", "sync.client", "sync.server")


def forbidden_imports(source: str, name: str = "<source>") -> list[str]:
    """Every import in ``source`` of the store, the sync client or the server, as ``name:line``."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        for module in modules:
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN):
                found.append(f"{name}:{node.lineno}: {module}")
    return found


def test_the_checker_finds_a_store_import_wherever_it_hides() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from station.store.store import Store\n"
        "def later():\n"
        "    import sync.client.engine\n"
        "from station.services.accounts import Session\n"
    )
    assert forbidden_imports(source) == [
        "<source>:3: station.store.store",
        "<source>:5: sync.client.engine",
    ]


def test_no_window_module_imports_the_store_or_the_sync_client() -> None:
    found = []
    for path in sorted((ROOT / "station" / "ui").rglob("*.py")):
        found += forbidden_imports(path.read_text(), str(path.relative_to(ROOT)))
    assert found == []


@pytest.fixture
def store(tmp_path: Path) -> Store:
    created, _admin, _code = Store.create(
        tmp_path / "station", "Counter 1", "admin", "Admin", "admin-pass-1234", kdf=TEST_KDF
    )
    return created


def test_the_window_services_share_one_clock_and_it_stamps_the_record(store: Store) -> None:
    ahead = datetime.now(UTC) + timedelta(days=400)
    clock = StationClock(wall=ahead.timestamp)
    services = StationServices(store, clock)
    try:
        assert services.clock is clock
        stamped = [
            services.counter.clock,
            services.counter.observations.clock,
            services.pharmacy.clock,
            services.technician.clock,
            services.settings.clock,
        ]
        assert all(own == clock.now for own in stamped)
        assert {own() for own in stamped} == {ahead}

        admin = services.accounts.unlock("admin", "admin-pass-1234")
        services.settings.change(admin, "calibration_interval_days", 3)
        [event] = [e for e in store.events_after(admin, 0) if e.type.startswith("setting")]
        assert HlcStamp.parse(event.hlc).wall_ms == int(ahead.timestamp() * 1000)
    finally:
        services.close()


def test_a_store_refusal_leaves_the_door_as_a_service_error_with_its_code(store: Store) -> None:
    services = StationServices(store, StationClock())
    try:
        admin = services.accounts.unlock("admin", "admin-pass-1234")
        connection = sqlite3.connect(Store.database_path(services.data_dir))
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute("UPDATE events SET payload_hash = 'changed' WHERE seq = 1")
        connection.commit()
        connection.close()
        with pytest.raises(ServiceError) as refused:
            services.repair_record(admin)  # the chain itself does not hold
        assert refused.value.code == "store.integrity"
    finally:
        services.close()
