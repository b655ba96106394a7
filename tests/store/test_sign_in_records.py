"""Every refused sign-in is recorded: unknown names, locked or disabled accounts, bad passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.domain.roles import Role
from station.store import accounts, crypto
from station.store.accounts import AccountDisabled, AccountLocked, LockoutPolicy, WrongCredentials
from station.store.events import StoredEvent
from tests.store.conftest import ADMIN, ADMIN_PASSWORD, Built, make_store

NURSE = "nia.nurse"
NURSE_PASSWORD = "nia-fictional-pw-1"


def _new_records(built: Built, after: int) -> list[StoredEvent]:
    """The records after ``after`` once a signed-in session signed the pending refusals."""
    assert built.store.head()[0] == after  # refused sign-ins wait outside the chain...
    built.store.sign_pending(built.session)  # ...until someone signed in signs them in
    records = built.store.events_after(built.session, after)
    assert all(record.signature for record in records)
    return records


def _files_contain(data_dir: Path, needle: str) -> bool:
    """Whether any file of the profile holds ``needle`` (any case, UTF-8)."""
    wanted = {needle.encode(), needle.lower().encode(), needle.upper().encode()}
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            if any(form in content for form in wanted):
                return True
    return False


def test_a_wrong_password_is_recorded_with_its_reason(built: Built) -> None:
    head, _ = built.store.head()
    with pytest.raises(WrongCredentials):
        built.store.unlock(ADMIN, "not-the-password")
    [record] = _new_records(built, head)
    assert record.type == "auth.failed"
    assert record.payload["reason"] == "wrong_password"
    assert record.payload["username"] == ADMIN
    assert record.payload["attempt"] == 1


def test_an_unknown_user_name_is_recorded_by_name(built: Built) -> None:
    head, _ = built.store.head()
    with pytest.raises(WrongCredentials, match=r"^Wrong user name or password\.$"):
        built.store.unlock("  Mallory ", "whatever-password-1")
    [record] = _new_records(built, head)
    assert record.type == "auth.failed"
    assert record.payload["reason"] == "unknown_user"
    assert record.payload["username"] == "mallory"
    assert "whatever-password-1" not in str(record.payload)


@pytest.mark.parametrize(
    "typed",
    [
        "nia-fictional-pw-1",  # a password typed into the user-name field (follows the rules)
        "Sommer 2024!",  # or one that does not follow the user-name rules
    ],
)
def test_a_name_that_could_be_a_password_is_kept_only_as_a_slow_hash(
    tmp_path: Path, typed: str
) -> None:
    built = make_store(tmp_path / "station")
    head, _ = built.store.head()
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            built.store.unlock(typed, "anything-at-all-1")
    first, second = _new_records(built, head)
    for record in (first, second):
        assert record.payload["reason"] == "unknown_user"
        assert record.payload["username"] is None
        assert typed.lower() not in str(record.payload).lower()
    # The same name typed again gives the same hash (repeated tries show as one name).
    assert first.payload["username_hash"] == second.payload["username_hash"]
    assert len(first.payload["username_hash"]) == 64
    built.store.close()
    assert not _files_contain(built.data_dir, typed)


def test_an_unknown_name_costs_a_key_derivation_like_a_known_one(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names cannot be probed by time: an unknown name spends the derivation a real try does."""
    derivations: list[str] = []
    real = crypto.derive_key

    def counting(secret: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        derivations.append(secret)
        return real(secret, salt, params)

    monkeypatch.setattr(accounts, "derive_key", counting)
    for name in ("nobody", "nobody-with-a-long-name", ADMIN):
        derivations.clear()
        with pytest.raises(WrongCredentials):
            built.store.unlock(name, "wrong-password-1")
        assert len(derivations) == 1, name


def test_attempts_while_locked_are_recorded(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station", lockout=LockoutPolicy(max_attempts=2))
    store = built.store
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            store.unlock(ADMIN, "forgotten-password")
    store.sign_pending(built.session)  # the wrong passwords before the lock
    head, _ = store.head()
    with pytest.raises(AccountLocked):
        store.unlock(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(AccountLocked):
        store.unlock(ADMIN, "another-guess-12")
    records = _new_records(built, head)
    assert [(r.type, r.payload["reason"], r.payload["username"]) for r in records] == [
        ("auth.failed", "locked", ADMIN),
        ("auth.failed", "locked", ADMIN),
    ]
    store.close()


def test_a_disabled_account_signing_in_is_recorded(built: Built) -> None:
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    store.set_user_disabled(built.session, NURSE, True)
    head, _ = store.head()
    with pytest.raises(AccountDisabled):
        store.unlock(NURSE, NURSE_PASSWORD)
    [record] = _new_records(built, head)
    assert (record.type, record.payload["reason"], record.payload["username"]) == (
        "auth.failed",
        "disabled",
        NURSE,
    )


def test_a_witness_who_is_locked_out_is_recorded_too(tmp_path: Path) -> None:
    built = make_store(tmp_path / "station", lockout=LockoutPolicy(max_attempts=1))
    store = built.store
    store.add_user(built.session, NURSE, "Nia Nurse", frozenset({Role.NURSE}), NURSE_PASSWORD)
    with pytest.raises(WrongCredentials):
        store.confirm_witness(NURSE, "wrong-password-1", built.session.user)
    store.sign_pending(built.session)  # the wrong password before the lock
    head, _ = store.head()
    with pytest.raises(AccountLocked):
        store.confirm_witness(NURSE, NURSE_PASSWORD, built.session.user)
    [record] = _new_records(built, head)
    assert (record.payload["reason"], record.payload["username"]) == ("locked", NURSE)
    store.close()
