"""Shared builders for the store tests: a small profile with fictional patients and doses."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from station.store.accounts import LockoutPolicy
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store

ADMIN = "admin.ada"
ADMIN_PASSWORD = "ada-fictional-pw-1"


@dataclass
class Built:
    """A freshly created profile: the open store, the administrator's session, recovery code."""

    data_dir: Path
    store: Store
    session: Session
    recovery_code: str


def make_store(data_dir: Path, lockout: LockoutPolicy | None = None) -> Built:
    """Create a profile with the cheap test key derivation."""
    store, session, code = Store.create(
        data_dir,
        "Fictional Clinic Station 1",
        ADMIN,
        "Ada Admin",
        ADMIN_PASSWORD,
        kdf=TEST_KDF,
        lockout=lockout,
    )
    return Built(data_dir, store, session, code)


def patient(
    clinic_id: str, given: str, family: str, birth_date: str, **extra: Any
) -> dict[str, Any]:
    """A ``patient.registered`` payload for a fictional patient."""
    return {
        "patient_id": str(uuid.uuid4()),
        "clinic_id": clinic_id,
        "given_name": given,
        "family_name": family,
        "birth_date": birth_date,
        "photo_ref": None,
        "home_station": "st-fictional",
        "flags": [],
        **extra,
    }


def dose(patient_id: str, given_at: str, mg: str = "120", **extra: Any) -> dict[str, Any]:
    """A ``dose.administered`` payload."""
    return {
        "patient_id": patient_id,
        "dose_id": str(uuid.uuid4()),
        "drug": "diacetylmorphine",
        "form": "iv",
        "mg": mg,
        "given_at": given_at,
        "session": "morning",
        "station_id": "st-fictional",
        "outcome": "given",
        **extra,
    }


def fill(built: Built, doses: int = 6) -> list[dict[str, Any]]:
    """Register two fictional patients and record some doses; return the patients."""
    patients = [
        patient("FC-1001", "Odalric", "Pennyfeather", "1979-04-12"),
        patient("FC-1002", "Marisol", "Quenby", "1985-11-30"),
    ]
    for payload in patients:
        built.store.record(built.session, "patient.registered", payload)
    for number in range(doses):
        target = patients[number % 2]["patient_id"]
        built.store.record(
            built.session, "dose.administered", dose(target, f"2025-02-{number + 1:02d}T09:00:00")
        )
    return patients


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    """A profile with two patients and six doses (10 events), open and unlocked."""
    result = make_store(tmp_path / "station")
    fill(result)
    try:
        yield result
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # the test closed it already
            result.store.close()


@contextmanager
def raw_database(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A separate, plain sqlite3 connection to the station file (what an attacker would use).

    The attacker knows the program but not the key: the seal's SQL functions exist and give
    nothing (a write to a sealed table leaves its check sum empty, which the seal refuses).
    """
    connection = sqlite3.connect(Store.database_path(data_dir), isolation_level=None)
    keyless_seal_functions(connection)
    try:
        yield connection
    finally:
        connection.close()


def keyless_seal_functions(connection: sqlite3.Connection) -> None:
    """The seal's SQL functions as someone without the key has them: they give nothing."""
    connection.create_function("integrity_row", -1, lambda *_values: None)
    connection.create_function("integrity_fold", 2, lambda _total, _digest: None)
