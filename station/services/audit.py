"""Audit verification for technicians and inspectors: no credentials needed to check the chain."""

from __future__ import annotations

from pathlib import Path

from station.store.audit import AuditResult
from station.store.store import Store


def verify_audit_trail(
    data_dir: Path, username: str | None = None, password: str | None = None
) -> AuditResult:
    """Walk the chain; with credentials, also check that every record decrypts and matches."""
    store = Store.open(data_dir)
    try:
        data_key = None
        if username is not None and password is not None:
            data_key = store.unlock(username, password).data_key
        return store.verify(data_key)
    finally:
        store.close()
