"""``dosing-station sync`` after successful syncs and then one that fails: the last success is
the earlier run's (not "never"), in the clinic's time with its zone, against a real server."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from station.domain.roles import Role
from station.services.settings import SettingsService
from station.store.store import Store
from tests.cli.conftest import ADMIN_PASSWORD, Runner
from tests.cli.test_sync_cli import _enroll, _profile, _sync, server
from tests.sync.conftest import InProcessServer

__all__ = ["server"]  # the fixture

TORONTO = ZoneInfo("America/Toronto")


def test_the_last_success_survives_a_failed_round_and_is_in_clinic_time(
    run: Runner, tmp_path: Path, server: InProcessServer
) -> None:
    assert server.service is not None
    data_dir = _profile(tmp_path / "station", "st-cli-last")
    store = Store.open(data_dir)
    try:
        admin = store.unlock("admin", ADMIN_PASSWORD)
        store.add_user(admin, "lead", "Lis Fiktiv", frozenset({Role.CLINIC_LEAD}), ADMIN_PASSWORD)
        lead = store.unlock("lead", ADMIN_PASSWORD)
        SettingsService(store).change(lead, "clinic_timezone", "America/Toronto")
    finally:
        store.close()
    assert _enroll(run, data_dir, server.url, server.service.new_enrollment_code()).code == 0
    for _ in range(3):
        synced = _sync(run, data_dir)
        assert synced.code == 0, synced.err + synced.out
    stamp = json.loads(_sync(run, data_dir, "--json").out)["last_success"]
    last = datetime.fromisoformat(stamp).astimezone(TORONTO)

    server.stop()
    offline = _sync(run, data_dir)
    assert offline.code == 3, offline.err
    line = next(x for x in offline.out.splitlines() if x.startswith("Last success:"))
    assert "never" not in line
    shown = f"{last:%Y-%m-%d %H:%M:%S} {last.tzname()}"  # EST or EDT, never UTC
    assert line == f"Last success: {shown}", line
    since = re.search(r"OFFLINE since (\S+ \S+ \S+)", offline.out)
    assert since is not None and since.group(1).split()[-1] in ("EST", "EDT"), offline.out
