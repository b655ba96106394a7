"""A recovery code works once: its use is its own record, and a new code replaces it."""

from __future__ import annotations

from typing import Any

import pytest

from station.store import accounts
from station.store.database import StoreError
from station.store.store import Store
from tests.store.conftest import ADMIN, ADMIN_PASSWORD, Built

NEW_PASSWORD = "ada-restored-pw-2"


def test_a_used_code_no_longer_opens_anything_and_the_new_one_does(built: Built) -> None:
    store = built.store
    _session, new_code = store.recover(built.recovery_code, ADMIN, NEW_PASSWORD)
    assert new_code != built.recovery_code
    with pytest.raises(StoreError, match="recovery code is wrong"):
        store.recover(built.recovery_code, ADMIN, "ada-third-pw-333")
    assert store.unlock(ADMIN, NEW_PASSWORD).user.username == ADMIN
    # The new code works (once again), and gives yet another one.
    session, newer_code = store.recover(new_code.lower(), ADMIN, "ada-third-pw-333")
    assert session.data_key.material == built.session.data_key.material
    assert newer_code not in {new_code, built.recovery_code}
    with pytest.raises(StoreError, match="recovery code is wrong"):
        store.recover(new_code, ADMIN, "ada-fourth-pw-44")


def test_the_use_is_recorded_as_a_recovery_not_only_a_password_change(built: Built) -> None:
    store = built.store
    head, _ = store.head()
    _session, new_code = store.recover(built.recovery_code, ADMIN, NEW_PASSWORD)
    records = store.events_after(built.session, head)
    assert [record.type for record in records] == ["auth.recovered"]
    [recovered] = records
    assert recovered.payload["username"] == ADMIN
    assert recovered.payload["user_id"] == built.session.user.user_id
    assert recovered.payload["by"] == "recovery code"
    written = str(recovered.payload)
    for secret in (built.recovery_code, new_code, NEW_PASSWORD):
        assert secret not in written
    assert store.verify(built.session.data_key).intact  # signed, like every keyed record


def test_neither_code_nor_password_is_on_disk(built: Built) -> None:
    _session, new_code = built.store.recover(built.recovery_code, ADMIN, NEW_PASSWORD)
    built.store.close()
    for path in built.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for secret in (built.recovery_code, new_code, NEW_PASSWORD):
                assert secret.encode() not in content, path.name


def test_a_refused_recovery_keeps_the_code_working(built: Built) -> None:
    """A short new password or a name that is not an administrator's uses nothing up."""
    store = built.store
    head, _ = store.head()
    with pytest.raises(StoreError, match="10 characters"):
        store.recover(built.recovery_code, ADMIN, "short")
    with pytest.raises(StoreError, match="administrator"):
        store.recover(built.recovery_code, "nobody", NEW_PASSWORD)
    assert store.head()[0] == head
    assert store.unlock(ADMIN, ADMIN_PASSWORD)
    store.recover(built.recovery_code, ADMIN, NEW_PASSWORD)


def test_two_stores_racing_with_one_code_restore_access_once(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second to commit finds the code used meanwhile, and changes nothing."""
    other = Store.open(built.data_dir)
    real_seal = accounts.seal_wrap
    first: list[tuple[object, str]] = []
    started: list[bool] = []

    def seal_while_the_other_commits(*args: Any) -> accounts.SealedWrap:
        if not started:  # ``other`` has opened the recovery wrap: now the first one commits
            started.append(True)
            first.append(built.store.recover(built.recovery_code, ADMIN, NEW_PASSWORD))
        return real_seal(*args)

    monkeypatch.setattr(accounts, "seal_wrap", seal_while_the_other_commits)
    try:
        with pytest.raises(StoreError, match="just been used"):
            other.recover(built.recovery_code, ADMIN, "someone-elses-pw")
    finally:
        other.close()
    [(_session, new_code)] = first
    assert built.store.unlock(ADMIN, NEW_PASSWORD)
    with pytest.raises(StoreError):
        built.store.unlock(ADMIN, "someone-elses-pw")
    assert built.store.recover(new_code, ADMIN, "ada-third-pw-333")
