"""Every query a sync round runs is an index lookup or range, so its cost follows the change."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, event

from tests.sync.conftest import InProcessServer

_READS = re.compile(r"^\s*(SELECT|UPDATE|DELETE)\b.*\bFROM\b|^\s*UPDATE\b", re.S | re.I)


def _sync_round_statements(server: InProcessServer, make_station) -> list[tuple[str, Any]]:
    assert server.service is not None
    seen: list[tuple[str, Any]] = []

    def capture(
        _connection: Connection, _cursor: Any, statement: str, parameters: Any, *_rest: Any
    ) -> None:
        if _READS.match(statement) and "pg_" not in statement:
            seen.append((statement, parameters))

    a, b = make_station(server, "st-a"), make_station(server, "st-b")
    for n in range(5):
        a.replica.record("observation.started", {"n": n})
    a.sync()
    b.sync()
    event.listen(server.service.engine, "before_cursor_execute", capture)
    try:
        for n in range(5, 10):
            a.replica.record("observation.started", {"n": n})
        a.sync()
        b.sync()
    finally:
        event.remove(server.service.engine, "before_cursor_execute", capture)
    return seen


def _full_scan(connection: Connection, statement: str, parameters: Any) -> list[str] | None:
    """Return the plan if it reads a whole table, else None."""
    if connection.dialect.name == "postgresql":
        rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters)
        plan = [str(row[0]) for row in rows]
        return plan if any("Seq Scan" in line for line in plan) else None
    rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
    plan = [str(row[-1]) for row in rows]
    return plan if any(line.startswith("SCAN") for line in plan) else None


def test_every_sync_query_uses_an_index(server: InProcessServer, make_station) -> None:
    statements = _sync_round_statements(server, make_station)
    assert sum("FROM events" in statement for statement, _ in statements) >= 4
    assert server.service is not None
    with server.service.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET enable_seqscan = off")  # small tables still use them
        # The check itself can see a full scan (a query on a column without an index):
        assert _full_scan(connection, "SELECT pos FROM events WHERE hlc = 'x'", {}) is not None
        full_scans = [
            (statement, plan)
            for statement, parameters in statements
            if (plan := _full_scan(connection, statement, parameters)) is not None
        ]
    assert full_scans == []
