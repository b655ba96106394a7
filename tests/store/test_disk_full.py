"""A full disk while recording: one clear message, nothing half written, recording resumes."""

from __future__ import annotations

import pytest

from station.store.database import DISK_FULL_MESSAGE, DiskFull
from tests.store.conftest import Built, dose


def _limit_to_current_size(built: Built) -> None:
    """Let the database grow no further (SQLite's own size limit raises SQLITE_FULL)."""
    connection = built.store._connection  # fault injection on the store's own connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_records_nothing_and_says_so_then_recording_resumes(built: Built) -> None:
    head_before = built.store.head()
    _limit_to_current_size(built)
    big_note = "fictional note " * 20_000  # needs new pages: more than the disk has left
    payload = dose("p-fictional", "2025-03-01T09:00:00", note=big_note)

    with pytest.raises(DiskFull) as refused:
        built.store.record(built.session, "dose.administered", payload)

    assert str(refused.value) == DISK_FULL_MESSAGE
    assert "fictional note" not in str(refused.value)
    assert built.store.head() == head_before, "nothing of the refused write was kept"
    assert built.store.verify(built.session.data_key).intact

    built.store._connection.execute("PRAGMA max_page_count = 1073741823")  # space freed
    stored = built.store.record(built.session, "dose.administered", payload)
    assert stored.seq == head_before[0] + 1, "the sequence has no gap after the refusal"
    assert built.store.verify(built.session.data_key).intact
