"""Tamper tests: change the station file behind the store's back; the audit must name the record.

Each case edits the SQLite file through a separate, plain sqlite3 connection (dropping the
append-only triggers first, as an attacker with the file would) and then checks
``Store.verify`` and ``dosing-station audit verify``: not intact, the first bad record named
(``first_bad_seq`` and the sentence a person reads), exit status 1; exit 0 when intact.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from station.cli import main as cli
from station.store.audit import AuditResult
from station.store.store import Store
from sync.wire.chain import ChainFields, canonical_json, payload_hash, sha256_hex
from tests.store.conftest import Built, raw_database

COLUMNS = (
    "seq",
    "uuid",
    "station_id",
    "hlc",
    "type",
    "key_id",
    "sealed",
    "payload_hash",
    "sealed_digest",
    "prev_hash",
    "hash",
    "signature",
)
HEAD = 10  # the ``built`` fixture holds records #1..#10
MIDDLE = 6

Row = dict[str, Any]


def get(db: sqlite3.Connection, seq: int) -> Row:
    values = db.execute(f"SELECT {', '.join(COLUMNS)} FROM events WHERE seq = ?", (seq,))
    return dict(zip(COLUMNS, values.fetchone(), strict=True))


def put(db: sqlite3.Connection, row: Row) -> None:
    marks = ", ".join("?" for _ in COLUMNS)
    db.execute(
        f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({marks})",
        tuple(row[column] for column in COLUMNS),
    )


def rehash(row: Row) -> Row:
    """Recompute the digest and record hash, as a careful forger would."""
    row = dict(row)
    row["sealed_digest"] = sha256_hex(bytes(row["sealed"]))
    row["hash"] = ChainFields(
        row["station_id"],
        row["seq"],
        row["uuid"],
        row["hlc"],
        row["type"],
        row["payload_hash"],
        row["sealed_digest"],
        row["prev_hash"],
    ).record_hash()
    return row


def forged_clear_event(db: sqlite3.Connection, seq: int, prev_hash: str) -> Row:
    """A well-formed, correctly hashed ``auth.failed`` record (clear events carry no signature)."""
    template = get(db, 1)
    payload = {"username": "admin.ada", "attempt": 1, "salt": "00" * 16}
    return rehash(
        {
            **template,
            "seq": seq,
            "uuid": "00000000-0000-4000-8000-00000000f00d",
            "type": "auth.failed",
            "key_id": 0,
            "sealed": canonical_json(payload),
            "payload_hash": payload_hash(payload),
            "prev_hash": prev_hash,
            "signature": None,
        }
    )


def drop_triggers(db: sqlite3.Connection) -> None:
    db.execute("DROP TRIGGER events_no_update")
    db.execute("DROP TRIGGER events_no_delete")


def replace(db: sqlite3.Connection, row: Row) -> None:
    db.execute("DELETE FROM events WHERE seq = ?", (row["seq"],))
    put(db, row)


# -- the tampering cases: each edits the file and says which record must be named -------------


def changed_payload_byte(db: sqlite3.Connection) -> tuple[int, str]:
    row = get(db, MIDDLE)
    sealed = bytearray(row["sealed"])
    sealed[len(sealed) // 2] ^= 0x01
    db.execute("UPDATE events SET sealed = ? WHERE seq = ?", (bytes(sealed), MIDDLE))
    return MIDDLE, "stored payload bytes were changed"


def changed_payload_byte_and_digest(db: sqlite3.Connection) -> tuple[int, str]:
    row = get(db, MIDDLE)
    sealed = bytearray(row["sealed"])
    sealed[-1] ^= 0x80
    db.execute(
        "UPDATE events SET sealed = ?, sealed_digest = ? WHERE seq = ?",
        (bytes(sealed), sha256_hex(bytes(sealed)), MIDDLE),
    )
    return MIDDLE, "do not match its hash"


def changed_payload_byte_rehashed(db: sqlite3.Connection) -> tuple[int, str]:
    row = get(db, MIDDLE)
    sealed = bytearray(row["sealed"])
    sealed[20] ^= 0x10
    forged = rehash({**row, "sealed": bytes(sealed)})
    replace(db, forged)
    # Keep the next record linked too, so only the signature can tell.
    following = rehash({**get(db, MIDDLE + 1), "prev_hash": forged["hash"]})
    replace(db, following)
    return MIDDLE, "signature does not verify"


def changed_type(db: sqlite3.Connection) -> tuple[int, str]:
    db.execute("UPDATE events SET type = 'observation.noted' WHERE seq = ?", (MIDDLE,))
    return MIDDLE, "do not match its hash"


def changed_hlc(db: sqlite3.Connection) -> tuple[int, str]:
    hlc = get(db, MIDDLE)["hlc"]
    earlier = ("0" if hlc[0] != "0" else "1") + hlc[1:]
    db.execute("UPDATE events SET hlc = ? WHERE seq = ?", (earlier, MIDDLE))
    return MIDDLE, "do not match its hash"


def deleted_middle_row(db: sqlite3.Connection) -> tuple[int, str]:
    db.execute("DELETE FROM events WHERE seq = ?", (MIDDLE,))
    return MIDDLE + 1, f"expected record #{MIDDLE} here; records are missing"


def deleted_middle_row_renumbered(db: sqlite3.Connection) -> tuple[int, str]:
    db.execute("DELETE FROM events WHERE seq = ?", (MIDDLE,))
    for seq in range(MIDDLE + 1, HEAD + 1):
        db.execute("UPDATE events SET seq = ? WHERE seq = ?", (seq - 1, seq))
    return MIDDLE, "does not link to the record before it"


def deleted_last_row(db: sqlite3.Connection) -> tuple[int, str]:
    db.execute("DELETE FROM events WHERE seq = ?", (HEAD,))
    return HEAD, f"record #{HEAD} and later are missing"


def inserted_signed_looking_row(db: sqlite3.Connection) -> tuple[int, str]:
    for seq in range(HEAD, MIDDLE - 1, -1):
        db.execute("UPDATE events SET seq = ? WHERE seq = ?", (seq + 1, seq))
    copied = get(db, MIDDLE + 2)  # a real dose record, its bytes and signature reused
    forged = rehash(
        {
            **copied,
            "seq": MIDDLE,
            "uuid": "00000000-0000-4000-8000-00000000beef",
            "prev_hash": get(db, MIDDLE - 1)["hash"],
        }
    )
    put(db, forged)
    return MIDDLE, "signature does not verify"


def inserted_clear_row(db: sqlite3.Connection) -> tuple[int, str]:
    for seq in range(HEAD, MIDDLE - 1, -1):
        db.execute("UPDATE events SET seq = ? WHERE seq = ?", (seq + 1, seq))
    put(db, forged_clear_event(db, MIDDLE, get(db, MIDDLE - 1)["hash"]))
    # The forged record links, but nothing signed it (only records from before the chain
    # refused unsigned ones may lack a signature).
    return MIDDLE, "is not signed by the station key"


def inserted_row_at_end(db: sqlite3.Connection) -> tuple[int, str]:
    put(db, forged_clear_event(db, HEAD + 1, get(db, HEAD)["hash"]))
    return HEAD + 1, f"#{HEAD + 1}"


def swapped_pair(db: sqlite3.Connection) -> tuple[int, str]:
    first, second = get(db, MIDDLE), get(db, MIDDLE + 1)
    db.execute("DELETE FROM events WHERE seq IN (?, ?)", (MIDDLE, MIDDLE + 1))
    put(db, {**second, "seq": MIDDLE})
    put(db, {**first, "seq": MIDDLE + 1})
    return MIDDLE, "does not link to the record before it"


def replaced_head_copying_a_signed_record(db: sqlite3.Connection) -> tuple[int, str]:
    old = get(db, HEAD)
    donor = get(db, HEAD - 2)
    forged = rehash({**donor, "seq": HEAD, "uuid": old["uuid"], "prev_hash": old["prev_hash"]})
    replace(db, forged)
    return HEAD, "signature does not verify"


def replaced_head_with_clear_record(db: sqlite3.Connection) -> tuple[int, str]:
    old = get(db, HEAD)
    replace(db, forged_clear_event(db, HEAD, old["prev_hash"]))
    return HEAD, "is not signed by the station key"


CASES: list[Callable[[sqlite3.Connection], tuple[int, str]]] = [
    changed_payload_byte,
    changed_payload_byte_and_digest,
    changed_payload_byte_rehashed,
    changed_type,
    changed_hlc,
    deleted_middle_row,
    deleted_middle_row_renumbered,
    deleted_last_row,
    inserted_signed_looking_row,
    inserted_clear_row,
    inserted_row_at_end,
    swapped_pair,
    replaced_head_copying_a_signed_record,
    replaced_head_with_clear_record,
]


def verify(data_dir: Path, data_key: Any = None) -> AuditResult:
    store = Store.open(data_dir)
    try:
        return store.verify(data_key)
    finally:
        store.close()


def audit_cli(data_dir: Path, *extra: str, password: str | None = None) -> Any:
    env = {"HAT_PASSWORD": password} if password is not None else {}
    return CliRunner().invoke(
        cli, ["audit", "verify", "--data-dir", str(data_dir), *extra], env=env
    )


def test_intact_store_verifies_through_library_and_cli(built: Built) -> None:
    built.store.close()
    result = verify(built.data_dir, built.session.data_key)
    assert result.intact and result.decrypted
    assert result.checked == result.head_seq == HEAD
    run = audit_cli(built.data_dir)
    assert run.exit_code == 0, run.output
    assert f"Audit trail intact: {HEAD} records checked" in run.output


def test_triggers_refuse_update_and_delete_from_any_connection(built: Built) -> None:
    built.store.close()
    with raw_database(built.data_dir) as db:
        before = [get(db, seq) for seq in range(1, HEAD + 1)]
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("UPDATE events SET type = 'x' WHERE seq = ?", (MIDDLE,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM events WHERE seq = ?", (HEAD,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM events")
        assert [get(db, seq) for seq in range(1, HEAD + 1)] == before
    assert verify(built.data_dir).intact


@pytest.mark.parametrize("tamper", CASES, ids=[case.__name__ for case in CASES])
def test_tampering_is_found_and_the_record_named(built: Built, tamper: Any) -> None:
    built.store.close()
    with raw_database(built.data_dir) as db:
        drop_triggers(db)
        db.execute("BEGIN")
        expected_seq, expected_words = tamper(db)
        db.execute("COMMIT")
    for data_key in (None, built.session.data_key):
        result = verify(built.data_dir, data_key)
        assert not result.intact, f"{tamper.__name__} went unnoticed"
        assert result.first_bad_seq == expected_seq, result.problem
        assert result.problem is not None
        assert result.problem.startswith(f"record #{expected_seq}"), result.problem
        assert expected_words in result.problem
    run = audit_cli(built.data_dir)
    assert run.exit_code == 1, run.output
    assert f"AUDIT TRAIL BROKEN at record #{expected_seq}" in run.output
    report = json.loads(audit_cli(built.data_dir, "--json").stdout)
    assert report["intact"] is False
    assert report["first_bad_seq"] == expected_seq


def test_payload_that_does_not_decrypt_is_found_with_credentials(built: Built) -> None:
    """A record re-sealed under another key passes the keyless walk only if it was re-signed.

    Here the forger holds no station key, so the signature already fails; with credentials the
    decryption check names the same record, and the CLI accepts a user for that check.
    """
    built.store.close()
    with raw_database(built.data_dir) as db:
        drop_triggers(db)
        donor = get(db, MIDDLE + 1)
        db.execute("UPDATE events SET sealed = ? WHERE seq = ?", (donor["sealed"], MIDDLE))
    result = verify(built.data_dir, built.session.data_key)
    assert result.first_bad_seq == MIDDLE
    run = audit_cli(built.data_dir, "--user", "admin.ada", "--json", password="ada-fictional-pw-1")
    assert run.exit_code == 1
    assert json.loads(run.stdout)["first_bad_seq"] == MIDDLE
