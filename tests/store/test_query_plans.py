"""The store's lookups find their rows through a key, and the register needs no sort.

Schema 4 dropped two ledger indexes to write fewer pages per dose; these plans show that no
query the station runs came to depend on them (or on an index it never had).
"""

from __future__ import annotations

import pytest

from tests.store.conftest import Built, raw_database

KEYED_LOOKUPS = {
    "SELECT sealed FROM patient_state WHERE patient_key = ?": "patient_state",
    "SELECT prescription_id, sealed FROM prescriptions WHERE patient_key = ?": "prescriptions",
    "SELECT sealed FROM doses WHERE dose_id = ?": "doses",
    "SELECT sealed FROM observations WHERE observation_id = ?": "observations",
    "SELECT observation_id, sealed FROM observations WHERE open = 1": "observations",
    "SELECT 1 FROM ledger_entries WHERE movement_id = ? LIMIT 1": "ledger_entries",
    "SELECT balance_cmg FROM ledger_containers WHERE container_id = ?": "ledger_containers",
}


@pytest.mark.parametrize("query", sorted(KEYED_LOOKUPS))
def test_lookups_search_by_key(built: Built, query: str) -> None:
    with raw_database(built.data_dir) as db:
        plan = " ".join(
            row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {query}", ("x",) * query.count("?"))
        )
    assert plan.startswith(f"SEARCH {KEYED_LOOKUPS[query]}"), plan


def test_the_register_reads_in_entry_order_without_sorting(built: Built) -> None:
    with raw_database(built.data_dir) as db:
        for query in (
            "SELECT movement_id, change_cmg FROM ledger_entries WHERE substance = ? ORDER BY entry",
            "SELECT movement_id, change_cmg FROM ledger_entries ORDER BY entry",
            "SELECT COALESCE(SUM(change_cmg), 0) FROM ledger_entries WHERE substance = ?",
        ):
            plan = " ".join(
                row[3]
                for row in db.execute(f"EXPLAIN QUERY PLAN {query}", ("x",) * query.count("?"))
            )
            assert "TEMP B-TREE" not in plan, plan
