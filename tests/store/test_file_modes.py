"""The station's data folder is owner-only: folders 0700, files 0600, from the first byte."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import station.store.store as store_module
from station.store.store import Store
from tests.store.conftest import ADMIN, ADMIN_PASSWORD, fill, make_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def too_open(folder: Path) -> list[str]:
    """Every folder not 0700 and every file not 0600 under ``folder`` (and itself)."""
    found = [] if mode(folder) == 0o700 else [f"{folder.name}/ {oct(mode(folder))}"]
    for path in sorted(folder.rglob("*")):
        expected = 0o700 if path.is_dir() else 0o600
        if mode(path) != expected:
            found.append(f"{path.relative_to(folder)} {oct(mode(path))}")
    return found


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems start with: without the control, files come out 0644."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def test_a_new_profile_is_owner_only_from_the_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    built = make_store(data_dir)
    fill(built)  # records written: SQLite's -wal and -shm exist now
    names = {path.name for path in data_dir.iterdir()}
    assert {"station.db", "station.db-wal", "station.db-shm"} <= names
    assert too_open(data_dir) == []
    built.store.close()
    assert too_open(data_dir) == []


def test_the_database_is_private_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mode is set when the file is made, not after the first records are in it."""
    seen: list[int] = []
    original = store_module.connect

    def connect_and_look(path: Path) -> sqlite3.Connection:
        seen.append(mode(path) if path.exists() else -1)
        return original(path)

    monkeypatch.setattr(store_module, "connect", connect_and_look)
    built = make_store(tmp_path / "station")
    built.store.close()
    assert seen == [0o600]


def test_an_existing_open_profile_is_tightened_when_opened(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = tmp_path / "station"
    built = make_store(data_dir)
    fill(built)
    built.store.close()
    # As an older version left it: world-readable, with the station's own subfolders.
    (data_dir / "window.json").write_text("{}")
    (data_dir / "diagnostics").mkdir()
    (data_dir / "diagnostics" / "scanner-traffic-old.txt").write_text("old capture")
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    someone_elses = data_dir.parent / "notes-of-the-user.txt"
    someone_elses.write_text("not the station's")
    someone_elses.chmod(0o644)

    with caplog.at_level(logging.WARNING, logger="station.store.files"):
        store = Store.open(data_dir)
        store.unlock(ADMIN, ADMIN_PASSWORD)
        store.close()
    assert too_open(data_dir) == []
    warnings = [record for record in caplog.records if record.name == "station.store.files"]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "readable by their owner only" in message
    assert "old capture" not in message and "window.json" not in message
    assert mode(someone_elses) == 0o644  # outside the data folder: left alone

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="station.store.files"):
        Store.open(data_dir).close()
    assert not [record for record in caplog.records if record.name == "station.store.files"]


def test_only_the_stations_own_files_are_touched(tmp_path: Path) -> None:
    """A data folder given with --data-dir may hold the user's own files: those keep their mode."""
    data_dir = tmp_path / "chosen"
    data_dir.mkdir()
    own = data_dir / "my-spreadsheet.ods"
    own.write_text("the user's")
    own.chmod(0o644)
    built = make_store(data_dir)
    built.store.close()
    Store.open(data_dir).close()
    assert mode(own) == 0o644
    assert mode(data_dir / "station.db") == 0o600
    assert mode(data_dir) == 0o700
