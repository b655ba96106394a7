"""The store is closed: no SQL, connection or sealed row handling in the services or the UI.

The services ask the store named reads (``station/store/queries.py``, ``projections``,
``ledger_projection``); each does its own blind index and decryption. This test reads the
source of ``station/services`` and ``station/ui`` with ``ast`` and names every place that
reaches past that door: a ``.connection`` (or ``._connection``), a call of ``execute``, a
string that is an SQL statement, a blind index, a data key opened or sealed by hand, or an
import of ``sqlite3``.
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


def _ends_with_data_key(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "data_key") or (
        isinstance(node, ast.Name) and node.id == "data_key"
    )


def _names_a_sealed_row(call: ast.Call) -> bool:
    """``x.open("patients", row_id, sealed)``: a projection row opened by table and id."""
    first = call.args[0] if call.args else None
    return len(call.args) >= 3 and isinstance(first, ast.Constant) and isinstance(first.value, str)


def reaches_into_the_store(source: str, name: str = "<source>") -> list[str]:
    """Every place in ``source`` that reaches past the store's named reads, as ``name:line``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, name)):
        line = getattr(node, "lineno", 0)
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
    ],
)
def test_the_check_leaves_named_reads_and_sentences_alone(source: str) -> None:
    assert reaches_into_the_store(source) == []
