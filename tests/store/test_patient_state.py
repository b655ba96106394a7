"""The per-patient state: its compact dose lists, and states written by an older version."""

from __future__ import annotations

from typing import Any

import pytest

from station.store.projections import (
    DOSE_ROW_FIELDS,
    STATE_DOSE_FIELDS,
    STATE_VERSION,
    dose_row,
    state_dose,
)
from tests.store.conftest import Built, dose


def _state(built: Built, patient_id: str) -> dict[str, Any]:
    with built.store.reading(built.session) as projections:
        return projections.state(patient_id)


def test_recent_doses_keep_every_field_in_time_order(built: Built) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    late = dose(target, "2025-02-20T17:00:00", mg="150", given_mg="90", outcome="partial")
    early = dose(target, "2025-02-20T08:00:00", mg="120")
    built.store.record_many(
        built.session, [("dose.administered", late), ("dose.administered", early)]
    )
    state = _state(built, target)
    assert state["v"] == STATE_VERSION
    recent = [state_dose(item) for item in state["doses"]]
    assert [item["dose_id"] for item in recent][-2:] == [early["dose_id"], late["dose_id"]]
    assert [item["given_at"] for item in recent] == sorted(item["given_at"] for item in recent)
    assert recent[-1] == {
        "dose_id": late["dose_id"],
        "given_at": "2025-02-20T17:00:00",
        "drug": "diacetylmorphine",
        "mg": "150",
        "given_mg": "90",
        "session": "morning",
        "station_id": "st-fictional",
        "outcome": "partial",
        "voided": False,
    }
    built.store.record(
        built.session, "record.voided", {"target_kind": "dose", "target_id": late["dose_id"]}
    )
    assert state_dose(_state(built, target)["doses"][-1])["voided"] is True
    assert state["last_dose_at"] == "2025-02-20T17:00:00"


def test_a_state_written_with_dose_mappings_is_read_and_carried_on(built: Built) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    old_dose = {
        "dose_id": "d-old",
        "drug": "diacetylmorphine",
        "mg": "100",
        "given_mg": None,
        "given_at": "2025-02-19T09:00:00",
        "session": "morning",
        "station_id": "st-fictional",
        "outcome": "full",
    }  # no "voided": version 1 states from before voids were projected lacked it
    version_one = {
        "doses": [old_dose],
        "last_dose_at": "2025-02-19T09:00:00",
        "first_dose_at": "2025-02-01T09:00:00",
        "dose_count": 4,
        "open_observation_id": "ob-1",
        "last_assessment": None,
    }
    with built.store._write_transaction() as tx, built.store.reading(built.session) as projections:
        key = projections.patient_key(target)
        tx.execute(
            "UPDATE patient_state SET sealed = ? WHERE patient_key = ?",
            (projections._seal_row("patient_state", key, version_one), key),
        )
    upgraded = _state(built, target)
    assert upgraded["v"] == STATE_VERSION
    assert upgraded["doses"] == [[old_dose.get(key, False) for key in STATE_DOSE_FIELDS]]
    assert upgraded["open_observation_id"] == "ob-1"
    new = dose(target, "2025-02-20T09:00:00")
    built.store.record(built.session, "dose.administered", new)
    state = _state(built, target)
    assert [state_dose(item)["dose_id"] for item in state["doses"]] == ["d-old", new["dose_id"]]
    assert state["dose_count"] == 5
    assert state["first_dose_at"] == "2025-02-01T09:00:00"


def _dose_ids(built: Built, patient_id: str) -> list[str]:
    return [state_dose(item)["dose_id"] for item in _state(built, patient_id)["doses"]]


def test_a_state_another_session_wrote_since_is_read_again(built: Built) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    other = built.store.unlock("admin.ada", "ada-fictional-pw-1")  # its own remembered states
    first = dose(target, "2025-02-20T08:00:00")
    between = dose(target, "2025-02-20T12:00:00")
    last = dose(target, "2025-02-20T17:00:00")
    built.store.record(built.session, "dose.administered", first)
    built.store.record(other, "dose.administered", between)
    built.store.record(built.session, "dose.administered", last)
    ids = _dose_ids(built, target)
    assert ids[-3:] == [first["dose_id"], between["dose_id"], last["dose_id"]]
    assert _state(built, target)["dose_count"] == 6


def test_a_rolled_back_dose_leaves_no_trace_in_the_next_state(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    kept = dose(target, "2025-02-20T08:00:00")
    built.store.record(built.session, "dose.administered", kept)
    refused_in_handler = dose(target, "2025-02-20T12:00:00")
    broken = dose(target, "2025-02-20T13:00:00")
    del broken["dose_id"]  # its projection fails after the first dose changed the state
    with pytest.raises(KeyError):
        built.store.record_many(
            built.session,
            [("dose.administered", refused_in_handler), ("dose.administered", broken)],
        )
    refused_at_commit = dose(target, "2025-02-20T14:00:00")

    def fail_after_the_state_was_written(*_: Any) -> None:
        raise RuntimeError("fault injected after the state was sealed and written")

    with monkeypatch.context() as patched:
        patched.setattr(built.store, "_remember_head", fail_after_the_state_was_written)
        with pytest.raises(RuntimeError):
            built.store.record(built.session, "dose.administered", refused_at_commit)
    last = dose(target, "2025-02-20T17:00:00")
    built.store.record(built.session, "dose.administered", last)
    assert _dose_ids(built, target)[-2:] == [kept["dose_id"], last["dose_id"]]
    assert _state(built, target)["dose_count"] == 5
    assert built.store.verify(built.session.data_key).intact


def test_a_dose_row_is_a_short_list_and_one_written_as_a_mapping_is_still_voided(
    built: Built,
) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    new, old = dose(target, "2025-02-20T08:00:00"), dose(target, "2025-02-20T17:00:00")
    built.store.record_many(built.session, [("dose.administered", new), ("dose.administered", old)])
    with built.store._write_transaction() as tx, built.store.reading(built.session) as projections:
        (sealed,) = tx.execute("SELECT sealed FROM doses WHERE dose_id = ?", (new["dose_id"],))
        row = projections._open_row("doses", new["dose_id"], sealed[0])
        assert row == [target, *[new.get(key) for key in DOSE_ROW_FIELDS[1:-1]], False]
        assert new["dose_id"] not in str(row)  # the row's key, not repeated in the document
        written_before = {key: old.get(key) for key in STATE_DOSE_FIELDS}
        written_before.update(voided=False, patient_id=target)  # schema 4's mapping
        tx.execute(
            "UPDATE doses SET sealed = ? WHERE dose_id = ?",
            (projections._seal_row("doses", old["dose_id"], written_before), old["dose_id"]),
        )
    for voided in (new, old):
        built.store.record(
            built.session, "record.voided", {"target_kind": "dose", "target_id": voided["dose_id"]}
        )
    recent = {item["dose_id"]: item for item in map(state_dose, _state(built, target)["doses"])}
    assert recent[new["dose_id"]]["voided"] is True and recent[old["dose_id"]]["voided"] is True
    with built.store.reading(built.session) as projections:
        (sealed,) = projections._connection.execute(
            "SELECT sealed FROM doses WHERE dose_id = ?", (old["dose_id"],)
        )
        rewritten = projections._open_row("doses", old["dose_id"], sealed[0])
    assert dose_row(rewritten) == {**dose_row(written_before), "voided": True}
    assert isinstance(rewritten, list)


def test_a_dose_stamped_days_in_the_future_keeps_todays_doses_in_the_history(
    built: Built,
) -> None:
    """A wrong clock (here or at another station) must not push today's doses out."""
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    today = [
        dose(target, f"2025-02-20T{hour:02d}:00:00+01:00", session="2025-02-20/morning")
        for hour in (8, 12, 17)
    ]
    ahead = dose(target, "2025-03-02T08:00:00+01:00", session="2025-03-02/morning")
    built.store.record_many(
        built.session, [("dose.administered", item) for item in (*today, ahead)]
    )
    kept = _dose_ids(built, target)
    assert {item["dose_id"] for item in today} <= set(kept)
    assert kept[-1] == ahead["dose_id"]


def test_stamps_written_with_different_offsets_are_kept_in_time_order(built: Built) -> None:
    target = built.store.events_after(built.session, 0)[2].payload["patient_id"]
    later = dose(target, "2025-02-20T08:30:00+00:00")  # 09:30 in Copenhagen
    earlier = dose(target, "2025-02-20T09:00:00+01:00")  # 08:00 UTC
    built.store.record_many(
        built.session, [("dose.administered", later), ("dose.administered", earlier)]
    )
    assert _dose_ids(built, target)[-2:] == [earlier["dose_id"], later["dose_id"]]
