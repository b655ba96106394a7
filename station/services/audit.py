"""Audit verification for technicians and inspectors: no credentials needed to check the chain."""

from __future__ import annotations

from pathlib import Path

from station.domain.roles import Role
from station.services.access import require_role
from station.store.audit import AuditResult
from station.store.store import Session, Store


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


def repair_record(store: Store, session: Session) -> list[str]:
    """Put the record back from the verified chain and seal it again (administrators only).

    Returns what was set back, in words; recorded as ``record.repaired``. Refused when the
    chain itself does not hold (then only a backup, or the server's copy, can help).
    """
    require_role(session, Role.ADMINISTRATOR)
    return store.repair(session)
