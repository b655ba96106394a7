"""The lockout sentence names ``dosing-station users unlock``, and that command exists: an
administrator lifts the lock (recorded as user.unlocked), nobody else may."""

from __future__ import annotations

import contextlib
from pathlib import Path

from station.domain.roles import Role
from station.store.accounts import AccountLocked
from station.store.crypto import TEST_KDF
from station.store.database import StoreError
from station.store.store import Store

from .conftest import ADMIN_PASSWORD, Runner

NURSE_PASSWORD = "nurse-pass-fictional"


def _station(tmp_path: Path) -> Path:
    data_dir = tmp_path / "station"
    store, admin, _code = Store.create(
        data_dir,
        "CLI test counter",
        "admin",
        "Asta Fiktiv (administrator)",
        ADMIN_PASSWORD,
        kdf=TEST_KDF,
        station_id="st-cli-unlock",
    )
    try:
        store.add_user(
            admin, "nurse", "Nanna Fiktiv (nurse)", frozenset({Role.NURSE}), NURSE_PASSWORD
        )
    finally:
        store.close()
    return data_dir


def _lock_out(data_dir: Path) -> str:
    """Five wrong passwords; returns the sentence the sixth sign-in gets."""
    store = Store.open(data_dir)
    try:
        for _ in range(5):
            with contextlib.suppress(StoreError):
                store.unlock("nurse", "not-the-password")
        try:
            store.unlock("nurse", NURSE_PASSWORD)
        except AccountLocked as locked:
            return str(locked)
        raise AssertionError("the account was not locked")
    finally:
        store.close()


def test_the_lockout_names_users_unlock_and_an_administrator_lifts_it(
    run: Runner, tmp_path: Path
) -> None:
    data_dir = _station(tmp_path)
    sentence = _lock_out(data_dir)
    assert "dosing-station users unlock nurse" in sentence
    help_text = run("users", "--help")
    assert "unlock" in help_text.out

    refused = run(
        "users", "unlock", "nurse", "--data-dir", str(data_dir), "--user", "nurse",
        HAT_PASSWORD=NURSE_PASSWORD,
    )  # fmt: skip
    refused.one_clear_line("locked")  # the locked nurse cannot even sign in to try

    done = run(
        "users", "unlock", "nurse", "--data-dir", str(data_dir), "--user", "admin",
        HAT_PASSWORD=ADMIN_PASSWORD,
    )  # fmt: skip
    assert done.code == 0, done.err
    assert done.out.strip() == "Unlocked nurse"
    store = Store.open(data_dir)
    try:
        session = store.unlock("nurse", NURSE_PASSWORD)  # unlocked
        events = [e for e in store.events_after(session, 0) if e.type == "user.unlocked"]
    finally:
        store.close()
    assert len(events) == 1


def test_only_an_administrator_unlocks(run: Runner, tmp_path: Path) -> None:
    data_dir = _station(tmp_path)
    store = Store.open(data_dir)
    try:
        admin = store.unlock("admin", ADMIN_PASSWORD)
        store.add_user(
            admin, "nurse2", "Nora Fiktiv (nurse)", frozenset({Role.NURSE}), NURSE_PASSWORD
        )
    finally:
        store.close()
    _lock_out(data_dir)
    refused = run(
        "users", "unlock", "nurse", "--data-dir", str(data_dir), "--user", "nurse2",
        HAT_PASSWORD=NURSE_PASSWORD,
    )  # fmt: skip
    refused.one_clear_line("administrator")
    assert "locked" in _lock_out_again(data_dir)


def _lock_out_again(data_dir: Path) -> str:
    store = Store.open(data_dir)
    try:
        store.unlock("nurse", NURSE_PASSWORD)
    except AccountLocked as locked:
        return str(locked)
    finally:
        store.close()
    return "not locked"
