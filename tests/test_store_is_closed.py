"""The store is closed: no SQL, connection or sealed row handling in the services or the UI.

The services ask the store named reads (``station/store/queries.py``, ``projections``,
``ledger_projection``); each does its own blind index and decryption. This test reads the
source of ``station/services`` and ``station/ui`` with ``ast`` and names every place that
reaches past that door: a ``.connection`` (or ``._connection``), a call of ``execute``, a
string that is an SQL statement, a blind index, a data key opened or sealed by hand, or an
import of ``sqlite3``. Nor do they hold a connection or cursor: ``store.transaction()`` hands
out nothing (a ``with ... .transaction() as tx`` is named), no cursor, fetch, commit or
rollback is called, no ``Connection`` or ``Cursor`` is named, the store's private write
transaction and sealed-row helpers are not reached, and nothing is imported from the store's
modules whose functions take a connection (``station.store.remote``, ``Transactor``,
``EventLog``): a write that needs one is a store method that owns its transaction.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLOSED = ("station/services", "station/ui")

# Uppercase keywords only: sentences shown to people ("Select a batch") never match.
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WITH)\b"
    r"|\bSELECT\b[\s\S]*\bFROM\b"
    r"|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b"
    r"|\bDELETE\s+FROM\b"
    r"|\bUPDATE\s+\w+\s+SET\b"
)
_CONNECTIONS = frozenset({"connection", "_connection"})
_EXECUTE = frozenset({"execute", "executemany", "executescript"})
_DRIVERS = frozenset({"sqlite3", "sqlite_utils", "apsw"})
_CURSOR_CALLS = frozenset({"cursor", "fetchone", "fetchall", "fetchmany", "commit", "rollback"})
_STORE_PRIVATE = frozenset({"_transactor", "_write_transaction", "_open_row", "_seal_row"})
_CONNECTION_TYPES = frozenset({"Connection", "Cursor"})
_CONNECTION_MODULES = frozenset({"station.store.remote", "station.store.database.Transactor"})
_CONNECTION_NAMES = frozenset({"Transactor", "EventLog", "remote"})


def _ends_with_data_key(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "data_key") or (
        isinstance(node, ast.Name) and node.id == "data_key"
    )


def _names_a_sealed_row(call: ast.Call) -> bool:
    """``x.open("patients", row_id, sealed)``: a projection row opened by table and id."""
    first = call.args[0] if call.args else None
    return len(call.args) >= 3 and isinstance(first, ast.Constant) and isinstance(first.value, str)


def _holds_a_connection(node: ast.AST, name: str) -> list[str]:
    """A connection or cursor held: bound from a transaction, called on, or named as a type."""
    line = getattr(node, "lineno", 0)
    if isinstance(node, ast.With | ast.AsyncWith):
        return [
            f"{name}:{line}: a transaction's connection held (with ... .transaction() as ...)"
            for item in node.items
            if item.optional_vars is not None
            and isinstance(item.context_expr, ast.Call)
            and isinstance(item.context_expr.func, ast.Attribute)
            and item.context_expr.func.attr == "transaction"
        ]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _CURSOR_CALLS
    ):
        return [f"{name}:{line}: .{node.func.attr}(...) on a connection or cursor"]
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and "sqlite3." in node.value:
        return [f"{name}:{line}: sqlite3 named in a string (an annotation?)"]
    if isinstance(node, ast.Attribute) and node.attr in _STORE_PRIVATE:
        return [f"{name}:{line}: the store's own .{node.attr}"]
    if isinstance(node, ast.Attribute) and node.attr in _CONNECTION_TYPES:
        return [f"{name}:{line}: a {node.attr} named"]
    if isinstance(node, ast.Name) and node.id in _CONNECTION_TYPES:
        return [f"{name}:{line}: a {node.id} named"]
    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("station.store"):
        return [
            f"{name}:{line}: imports {node.module}.{alias.name} (it works on a connection)"
            for alias in node.names
            if alias.name in _CONNECTION_NAMES
            or f"{node.module}.{alias.name}" in _CONNECTION_MODULES
            or node.module in _CONNECTION_MODULES
        ]
    if isinstance(node, ast.Import):
        return [
            f"{name}:{line}: imports {alias.name} (it works on a connection)"
            for alias in node.names
            if alias.name in _CONNECTION_MODULES
        ]
    return []


def reaches_into_the_store(source: str, name: str = "<source>") -> list[str]:
    """Every place in ``source`` that reaches past the store's named reads, as ``name:line``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, name)):
        line = getattr(node, "lineno", 0)
        found.extend(_holds_a_connection(node, name))
        if isinstance(node, ast.Attribute):
            if node.attr in _CONNECTIONS:
                found.append(f"{name}:{line}: .{node.attr}")
            elif node.attr == "blind_index":
                found.append(f"{name}:{line}: a blind index built outside the store")
            elif node.attr in {"open", "seal"} and _ends_with_data_key(node.value):
                found.append(f"{name}:{line}: data_key.{node.attr} outside the store")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _EXECUTE:
                found.append(f"{name}:{line}: .{node.func.attr}(...)")
            elif node.func.attr in {"open", "seal"} and _names_a_sealed_row(node):
                found.append(f"{name}:{line}: a sealed row's .{node.func.attr}(table, id, ...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _SQL.search(node.value):
                found.append(f"{name}:{line}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for module in modules:
                if module.split(".")[0] in _DRIVERS:
                    found.append(f"{name}:{line}: imports {module}")
    return found


def _closed_sources() -> list[Path]:
    return sorted(path for folder in CLOSED for path in (ROOT / folder).rglob("*.py"))


def test_the_services_and_the_ui_reach_the_store_only_through_named_reads() -> None:
    sources = _closed_sources()
    assert len(sources) > 30  # the services and the UI were found
    found = [
        place
        for path in sources
        for place in reaches_into_the_store(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert found == [], "Ask the store a named read instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "rows = projections.connection.execute('SELECT 1').fetchall()",
        "with store.reading(s) as p:\n    c = p._connection",
        "def f(tx):\n    tx.execute(query, (1,))",
        "QUERY = (\n    'SELECT product_id, name'\n    ' FROM ledger_products WHERE id = ?'\n)",
        "q = f'SELECT {columns} FROM calibrations ORDER BY at'",
        "statement = 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'",
        "statement = 'UPDATE users SET disabled = 1'",
        "statement = 'DELETE FROM key_wraps'",
        "index = session.data_key.blind_index('clinic_id', clinic_id)",
        "text = self.session.data_key.open(sealed, aad)",
        "document = projections.open('patients', patient_id, sealed)",
        "import sqlite3",
        "from sqlite3 import Connection",
        "with store.transaction() as tx:\n    store.set_meta('k', 'v', tx)",
        "with self.store.transaction() as connection, other:\n    pass",
        "rows = cursor.fetchall()",
        "row = found.fetchone()",
        "c = tx.cursor()",
        "tx.commit()",
        "tx.rollback()",
        "def f(tx: Connection) -> None:\n    pass",
        "def f(tx: 'sqlite3.Connection') -> None:\n    pass",
        "with store._write_transaction() as tx:\n    pass",
        "lock = store._transactor",
        "document = projections._open_row(table, row_id, sealed)",
        "sealed = projections._seal_row(table, row_id, document)",
        "from station.store import remote",
        "import station.store.remote",
        "from station.store.remote import store_pulled_rows",
        "from station.store.database import Transactor",
        "from station.store.events import EventLog",
    ],
)
def test_the_check_names_each_way_past_the_door(source: str) -> None:
    assert reaches_into_the_store(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "label = self.tr('Select a batch from the list')",
        "message = 'Update the settings, then delete the old file from the folder.'",
        "with self.store.reading(session) as projections:\n    rows = projections.patients()",
        "batch = projections.ledger.container(batch_id)",
        "file = target.open('w', encoding='utf-8')",
        "descriptor = os.open(target, os.O_WRONLY | os.O_CREAT, 0o600)",
        "key = store.unlock(name, password).data_key",
        "with store.transaction():\n    store.record(session, kind, payload)",
        "store.set_metas({'sync_pull_cursor': '3'})",
        "outcome = store.store_pulled(session, rows, marks)",
        "from station.store.events import StoredEvent",
        "from station.store.database import StoreError",
        "self._write(kind, note)",
    ],
)
def test_the_check_leaves_named_reads_and_sentences_alone(source: str) -> None:
    assert reaches_into_the_store(source) == []
