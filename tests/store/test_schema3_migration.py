"""A profile written by schema 2 is migrated in place: no dose links a patient any more.

``data/schema2_profile`` was written by the station at schema 2 (commit 4626b81) through the
service helpers of ``tests/services``; everything in it is fictional. ``manifest.json`` names
its patients, doses, the dose it voided and the balances schema 2 showed (which did not yet
give a voided dose's stock back). ``make_profile.py.txt`` is the script that wrote it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from station.domain.ledger import MovementKind
from station.domain.settings import RuleSettings
from station.services.counter import CounterService
from station.services.pharmacy import PharmacyService
from station.store.database import REBUILD_PENDING, SCHEMA_VERSION
from station.store.store import Store
from tests.store.test_dose_links_at_rest import patient_links_to_doses

FIXTURE = Path(__file__).parent / "data" / "schema2_profile"
DAM = "diacetylmorphine"


@pytest.fixture
def old_profile(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    data_dir = tmp_path / "station"
    data_dir.mkdir()
    shutil.copy(FIXTURE / "station.db", data_dir / "station.db")
    return data_dir, json.loads((FIXTURE / "manifest.json").read_text())


def _dose_facts(data_dir: Path) -> tuple[set[str], set[int]]:
    """Times and amounts of the doses as the ledger holds them (clear by design)."""
    with sqlite3.connect(data_dir / "station.db") as raw:
        rows = raw.execute(
            "SELECT at, change_cmg FROM ledger_entries WHERE kind IN ('dose', 'failed_injection')"
        ).fetchall()
    return {str(row[0]) for row in rows}, {abs(int(row[1])) for row in rows}


def test_the_schema2_file_leaks_a_patients_doses(old_profile: tuple[Path, dict[str, Any]]) -> None:
    """What this migration is for: the walk does find the link in the old file."""
    data_dir, manifest = old_profile
    with sqlite3.connect(data_dir / "station.db") as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
    times, amounts = _dose_facts(data_dir)
    assert len(times) == 3 and len(amounts) == 4
    problems = patient_links_to_doses(data_dir, manifest["patients"], times, amounts)
    assert any("holds a time" in problem for problem in problems)
    assert any("holds a dose amount" in problem for problem in problems)


def test_schema2_profile_is_migrated_in_place_and_rebuilt_at_the_first_unlock(
    old_profile: tuple[Path, dict[str, Any]],
) -> None:
    data_dir, manifest = old_profile
    times, amounts = _dose_facts(data_dir)
    store = Store.open(data_dir)
    with sqlite3.connect(data_dir / "station.db") as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("SELECT COUNT(*) FROM doses").fetchone()[0] == 0
    # Still locked, and already nothing links: the rows that did were removed, not kept.
    assert patient_links_to_doses(data_dir, manifest["patients"], times, amounts) == []
    assert store.meta(REBUILD_PENDING) is not None
    assert store.verify().intact, "the event log is not touched by the migration"

    passwords = manifest["passwords"]
    pharm = store.unlock("pharm", passwords["pharm"])  # the first unlock finishes the job
    assert store.meta(REBUILD_PENDING) is None
    assert patient_links_to_doses(data_dir, manifest["patients"], times, amounts) == []
    dump = b"".join(path.read_bytes() for path in data_dir.iterdir() if path.is_file())
    for dose_id in manifest["doses"]:
        assert f"dose:{dose_id}".encode() not in dump, "an old ledger id lingers on disk"

    pharmacy = PharmacyService(store)
    balances = {item.container.container_id: item.balance for item in pharmacy.balances(pharm)}
    voided_mg = Decimal("90.18")  # schema 2 kept the voided dose's stock out of the batch
    assert balances[manifest["lot"]] == Decimal(manifest["balances_before"][manifest["lot"]])
    assert balances[manifest["batch"]] == (
        Decimal(manifest["balances_before"][manifest["batch"]]) + voided_mg
    )
    register = pharmacy.register(pharm, DAM)
    kinds = [(row.line.movement.kind.value, row.line.change) for row in register]
    old = manifest["register_before"]
    assert kinds[:6] == [(kind, Decimal(change)) for kind, change in old[:6]]
    assert (MovementKind.CORRECTION.value, voided_mg) in kinds[6:]
    # The note schema 2 recorded against "dose:<id>" still sits on that dose's entry.
    noted = [row for row in register if row.line.notes]
    assert [note.text for row in noted for note in row.line.notes] == [
        "scale re-checked (test)",
        "dose record voided: its stock is given back",
    ]
    assert noted[0].line.movement.kind is MovementKind.DOSE

    nurse = store.unlock("nurse", passwords["nurse"])
    counter = CounterService(store, RuleSettings())
    first = counter.overview(nurse, manifest["patients"][0])
    assert len(first.prescriptions) == 1
    assert [dose.voided for dose in first.recent_doses] == [False, True]
    assert store.verify(nurse.data_key).intact
    store.close()

    # Opened again: nothing left to do, and the data stays as it was rebuilt.
    store = Store.open(data_dir)
    assert store.meta(REBUILD_PENDING) is None
    pharm = store.unlock("pharm", passwords["pharm"])
    again = PharmacyService(store).register(pharm, DAM)
    assert [row.line.balance for row in again] == [row.line.balance for row in register]
    store.close()


def test_a_fresh_profile_needs_no_rebuild(tmp_path: Path) -> None:
    from tests.store.conftest import make_store

    built = make_store(tmp_path / "station")
    assert built.store.meta(REBUILD_PENDING) is None
    built.store.close()
