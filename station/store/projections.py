"""Projections the UI reads, kept in step with the event log in the same transaction.

No clear column links a patient to a dose's time or amount: a patient's own rows
(``patient_state``, ``prescriptions``) are keyed by a blind index of the patient id, the
``doses`` and ``observations`` rows name no patient outside their sealed document, and the
stock ledger names a dose only by another keyed id (see ``ledger_projection``).

A ``doses`` row keeps what the rules count and whose dose it is (:data:`DOSE_ROW_FIELDS`);
the whole record (weighing, signatures, decision) stays in the event log. Small rows keep
the table's pages few: every dose inserts one at a random place in it, and a fuller page is
split (several pages written) sooner.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson

from station.domain.orders import order_from_document, prescription_document
from station.store.crypto import DataKey
from station.store.ledger_projection import LedgerProjection
from station.store.queries import StationQueries

# How much dose history the per-patient state keeps. The rules look back at most a week
# (yesterday, the days after a break, an induction's first day) and to the last dose before a
# break. The state keeps every dose of the last RECENT_WINDOW_DAYS before the newest one, and
# never fewer than RECENT_DOSES_KEPT doses whatever their stamps: a dose stamped days in the
# future (a wrong clock) takes one place and cannot push today's doses out of the history.
RECENT_WINDOW_DAYS = 8
RECENT_DOSES_KEPT = 48

# The per-patient state is opened on every decision and sealed again on every dose, so it is
# kept small: each recent dose is a list of these fields in this order, not a mapping.
STATE_DOSE_FIELDS = (
    "dose_id",
    "given_at",
    "drug",
    "mg",
    "given_mg",
    "session",
    "station_id",
    "outcome",
    "voided",
)
STATE_VERSION = 3
# The contact log of a patient who stays away (issue 16) rides in their state: the absent list
# reads it with the last dose, by the same keyed row. The whole log stays in the event log.
CONTACTS_KEPT = 20
CONTACT_FIELDS = ("contact_id", "at", "kind", "note", "by", "by_name", "station_id")
_DOSE_ID, _GIVEN_AT, _VOIDED = 0, 1, 8
_BY_GIVEN_AT = operator.itemgetter(_GIVEN_AT)

# A ``doses`` row's sealed document is a list of these fields in this order: the state's
# fields with the patient's id in place of the dose's (the row's key, which the seal is bound
# to). Rows written before (until schema 4) hold a mapping of the state's fields and
# ``patient_id``; both are read (:func:`dose_row`).
DOSE_ROW_FIELDS = ("patient_id", *STATE_DOSE_FIELDS[1:])

Document = dict[str, Any]


# The clear column that names each projection row (and that its sealed document is bound to).
PROJECTION_KEYS = {
    "patients": "patient_id",
    "prescriptions": "prescription_id",
    "patient_state": "patient_key",
    "observations": "observation_id",
    "doses": "dose_id",
    "visits": "visit_id",
    "patient_photos": "patient_key",
}


def _aad(table: str, row_id: str) -> str:
    return f"{table}|sealed|{row_id}"


def encode_document(document: Document | list[Any]) -> bytes:
    """Compact JSON of a projection document, with orjson: the state is rewritten on every dose.

    Integers beyond 64 bits raise ``TypeError`` (orjson would read them back as floats);
    projection documents hold amounts as decimal strings and only small counts as integers.
    """
    return orjson.dumps(document, option=orjson.OPT_NON_STR_KEYS)


def decode_document(data: bytes) -> Document:
    """Read what :func:`encode_document` (or an older version's ``json.dumps``) wrote."""
    try:
        result: Document = orjson.loads(data)
    except orjson.JSONDecodeError:  # what orjson refuses and json reads (NaN, say)
        result = json.loads(data)
    return result


class StateCache:
    """The per-patient states one session last sealed, so the next dose need not open them.

    An entry is used only while its row holds exactly the bytes it was sealed to (every seal
    has a random nonce, so no other write gives the same bytes): a rolled-back transaction, a
    rebuild, a pulled event or any other writer makes it miss, and the row is opened as usual.
    A taken entry leaves the cache, so a state being changed is never shared. It also keeps the
    patients' keyed ids. It lives with the session (the data key's lifetime) and holds at most
    ``limit`` patients (a state of 25 recent doses takes about 16 kB of memory).
    """

    def __init__(self, limit: int = 512) -> None:
        self._limit = limit
        self._states: dict[str, tuple[bytes, Document]] = {}
        self.patient_keys: dict[str, str] = {}

    def take(self, key: str, sealed: bytes) -> Document | None:
        """The state sealed to exactly ``sealed`` under ``key``, removed from the cache."""
        entry = self._states.pop(key, None)
        return entry[1] if entry is not None and entry[0] == sealed else None

    def keep(self, key: str, sealed: bytes, state: Document) -> None:
        """Remember the state just sealed to ``sealed`` (the caller must not change it after)."""
        self._states[key] = (sealed, state)
        if len(self._states) > self._limit:
            del self._states[next(iter(self._states))]

    def patient_key(self, data_key: DataKey, patient_id: str) -> str:
        """The patient's keyed id (a blind index: the same for the same key and patient)."""
        key = self.patient_keys.get(patient_id)
        if key is None:
            if len(self.patient_keys) >= self._limit:
                self.patient_keys.clear()
            key = self.patient_keys[patient_id] = data_key.blind_index("patient", patient_id)
        return key


class Projections(StationQueries):
    """Reads and writes the sealed projection rows; batches per-patient state until flushed.

    The connection stays inside the store: callers ask named reads (here, in ``queries`` and
    on ``ledger``), each of which does its own blind index and decryption.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        data_key: DataKey,
        station_id: str | None = None,
        cache: StateCache | None = None,
    ) -> None:
        self._connection = connection
        self.data_key = data_key
        self.ledger = LedgerProjection(connection, data_key, station_id)
        self._cache = cache
        self._patient_keys: dict[str, str] = cache.patient_keys if cache is not None else {}
        self._states: dict[str, Document] = {}
        self._dirty: set[str] = set()

    # -- sealed rows --------------------------------------------------------------------------

    def _seal_row(self, table: str, row_id: str, document: Document | list[Any]) -> bytes:
        """Encrypt a projection document for one row (compact JSON: nothing hashes it)."""
        return self.data_key.seal(encode_document(document), _aad(table, row_id))

    def _open_row(self, table: str, row_id: str, sealed: bytes) -> Document:
        """Decrypt a projection row's document."""
        return decode_document(self.data_key.open(bytes(sealed), _aad(table, row_id)))

    def apply(self, event_type: str, payload: Document) -> None:
        """Update the projections for one event (unknown types change nothing)."""
        handler = _HANDLERS.get(event_type)
        if handler is not None:
            handler(self, payload)
        self.ledger.apply(event_type, payload)

    def patient_key(self, patient_id: str) -> str:
        """The keyed id a patient's own rows are stored under (the clear id never is)."""
        if self._cache is not None:
            return self._cache.patient_key(self.data_key, patient_id)
        key = self._patient_keys.get(patient_id)
        if key is None:
            key = self._patient_keys[patient_id] = self.data_key.blind_index("patient", patient_id)
        return key

    def flush(self) -> None:
        """Write every per-patient state changed since the last flush."""
        for patient_id in sorted(self._dirty):
            key = self.patient_key(patient_id)
            state = self._states[patient_id]
            sealed = self._seal_row("patient_state", key, state)
            # UPDATE in place leaves the primary-key index alone (REPLACE would rewrite it).
            updated = self._connection.execute(
                "UPDATE patient_state SET sealed = ? WHERE patient_key = ?", (sealed, key)
            ).rowcount
            if not updated:
                self._connection.execute(
                    "INSERT INTO patient_state (patient_key, sealed) VALUES (?, ?)", (key, sealed)
                )
            if self._cache is not None:  # handed over: a later change loads it (back) first
                del self._states[patient_id]
                self._cache.keep(key, sealed, state)
        self._dirty.clear()

    def patient(self, patient_id: str) -> Document | None:
        """One patient of the roster, decrypted, or None."""
        row = self._connection.execute(
            "SELECT sealed FROM patients WHERE patient_id = ?", (patient_id,)
        ).fetchone()
        return self._open_row("patients", patient_id, row[0]) if row else None

    def patients(self) -> list[Document]:
        """Every patient of the roster, decrypted."""
        rows = self._connection.execute("SELECT patient_id, sealed FROM patients").fetchall()
        return [self._open_row("patients", row[0], row[1]) for row in rows]

    def patient_by_clinic_id(self, clinic_id: str) -> Document | None:
        """The patient with this clinic number (through its blind index), or None."""
        index = self.data_key.blind_index("clinic_id", clinic_id)
        row = self._connection.execute(
            "SELECT patient_id, sealed FROM patients WHERE clinic_index = ?", (index,)
        ).fetchone()
        return self._open_row("patients", row[0], row[1]) if row else None

    def patients_by_name(self, family_name: str, birth_date: date) -> list[Document]:
        """Patients with this family name and birth date (through their blind index)."""
        name_key = name_birth_key(family_name, birth_date.isoformat())
        index = self.data_key.blind_index("name_birth", name_key)
        rows = self._connection.execute(
            "SELECT patient_id, sealed FROM patients WHERE name_index = ?", (index,)
        ).fetchall()
        return [self._open_row("patients", row[0], row[1]) for row in rows]

    def patient_photo(self, patient_id: str) -> Document | None:
        """The newest identification photo recorded for a patient (``patient.photo_set``)."""
        key = self.patient_key(patient_id)
        row = self._connection.execute(
            "SELECT sealed FROM patient_photos WHERE patient_key = ?", (key,)
        ).fetchone()
        return self._open_row("patient_photos", key, row[0]) if row else None

    def _photo_set(self, payload: Document) -> None:
        # The newest photo wins, whatever order events arrive in (a pulled older one waits).
        document = {key: value for key, value in payload.items() if key != "salt"}
        held = self.patient_photo(str(document["patient_id"]))
        if held is not None and _photo_order(held) > _photo_order(document):
            return
        key = self.patient_key(str(document["patient_id"]))
        self._connection.execute(
            "INSERT OR REPLACE INTO patient_photos (patient_key, sealed) VALUES (?, ?)",
            (key, self._seal_row("patient_photos", key, document)),
        )

    def prescriptions_of(self, patient_id: str) -> list[Document]:
        """Every prescription of one patient, decrypted."""
        rows = self._connection.execute(
            "SELECT prescription_id, sealed FROM prescriptions WHERE patient_key = ?",
            (self.patient_key(patient_id),),
        ).fetchall()
        return [self._open_row("prescriptions", row[0], row[1]) for row in rows]

    def state(self, patient_id: str) -> Document:
        """The per-patient state (recent doses, open observation, last assessment).

        ``state["doses"]`` holds lists in :data:`STATE_DOSE_FIELDS` order, oldest first.
        """
        state = self._states.get(patient_id)
        if state is None:
            key = self.patient_key(patient_id)
            row = self._connection.execute(
                "SELECT sealed FROM patient_state WHERE patient_key = ?", (key,)
            ).fetchone()
            if row is None:
                state = empty_state()
            else:
                state = self._cache.take(key, row[0]) if self._cache is not None else None
                if state is None:
                    state = upgraded_state(self._open_row("patient_state", key, row[0]))
            self._states[patient_id] = state
        return state

    def _touch(self, patient_id: str) -> Document:
        self._dirty.add(patient_id)
        return self.state(patient_id)

    # -- handlers -----------------------------------------------------------------------------

    def _patient_registered(self, payload: Document) -> None:
        patient_id = payload["patient_id"]
        document = {key: value for key, value in payload.items() if key != "salt"}
        birth_date = str(document.get("birth_date", ""))
        self._connection.execute(
            "INSERT OR REPLACE INTO patients (patient_id, clinic_index, name_index, home_station,"
            " sealed) VALUES (?,?,?,?,?)",
            (
                patient_id,
                self.data_key.blind_index("clinic_id", str(document["clinic_id"])),
                self.data_key.blind_index(
                    "name_birth", name_birth_key(str(document["family_name"]), birth_date)
                ),
                document.get("home_station"),
                self._seal_row("patients", patient_id, document),
            ),
        )

    def _prescription_issued(self, payload: Document) -> None:
        prescription_id = payload["prescription_id"]
        held = self._prescription_row(prescription_id)
        if held is not None and held.get("order_versions"):
            return  # a signed order changes only by a newer signed version (issue 16)
        document = {key: value for key, value in payload.items() if key != "salt"}
        self._connection.execute(
            "INSERT OR REPLACE INTO prescriptions (prescription_id, patient_key, sealed)"
            " VALUES (?,?,?)",
            (
                prescription_id,
                self.patient_key(payload["patient_id"]),
                self._seal_row("prescriptions", prescription_id, document),
            ),
        )

    def _prescription_row(self, prescription_id: str) -> Document | None:
        row = self._connection.execute(
            "SELECT sealed FROM prescriptions WHERE prescription_id = ?", (prescription_id,)
        ).fetchone()
        return self._open_row("prescriptions", prescription_id, row[0]) if row else None

    def _order_signed(self, payload: Document) -> None:
        """A prescriber's signed order version: the newest version is the prescription in force.

        The row keeps every version's order document (``order_versions``, oldest first); a
        version already held is not replaced (the first one recorded or merged stays).
        """
        signed = order_from_document(dict(payload["order"]))
        held = self._prescription_row(signed.order_id)
        versions: list[Document] = list(held.get("order_versions") or ()) if held else []
        if any(int(item["version"]) == signed.version for item in versions):
            return
        versions.append(dict(payload["order"]))
        versions.sort(key=lambda item: int(item["version"]))
        document = prescription_document(order_from_document(versions[-1]))
        document["stop_dose"] = held.get("stop_dose") if held else None
        document["order_versions"] = versions
        self._connection.execute(
            "INSERT OR REPLACE INTO prescriptions (prescription_id, patient_key, sealed)"
            " VALUES (?,?,?)",
            (
                signed.order_id,
                self.patient_key(signed.patient_id),
                self._seal_row("prescriptions", signed.order_id, document),
            ),
        )

    def _prescription_stop(self, payload: Document) -> None:
        prescription_id = payload["prescription_id"]
        row = self._connection.execute(
            "SELECT sealed FROM prescriptions WHERE prescription_id = ?", (prescription_id,)
        ).fetchone()
        if row is None:
            return
        document = self._open_row("prescriptions", prescription_id, row[0])
        document["stop_dose"] = payload.get("stop_dose")
        self._connection.execute(
            "UPDATE prescriptions SET sealed = ? WHERE prescription_id = ?",
            (self._seal_row("prescriptions", prescription_id, document), prescription_id),
        )

    def _dose_administered(self, payload: Document) -> None:
        patient_id, dose_id = payload["patient_id"], payload["dose_id"]
        item = [payload.get(key) for key in STATE_DOSE_FIELDS]
        item[_VOIDED] = bool(item[_VOIDED])
        item[_GIVEN_AT] = utc_text(str(item[_GIVEN_AT]))
        inserted = self._connection.execute(
            "INSERT OR IGNORE INTO doses (dose_id, sealed) VALUES (?,?)",
            (dose_id, self._seal_row("doses", dose_id, [patient_id, *item[1:]])),
        ).rowcount
        if not inserted:
            return
        state = self._touch(patient_id)
        if any(existing[_DOSE_ID] == item[_DOSE_ID] for existing in state["doses"]):
            return
        state["doses"].append(item)
        state["doses"].sort(key=_BY_GIVEN_AT)
        given_at = item[_GIVEN_AT]
        if state["last_dose_at"] is None or given_at > state["last_dose_at"]:
            state["last_dose_at"] = given_at
        if state["first_dose_at"] is None or given_at < state["first_dose_at"]:
            state["first_dose_at"] = given_at
        state["dose_count"] += 1
        state["doses"] = kept_recent(state["doses"])
        self._visit_dosed(payload)

    def _observation_started(self, payload: Document) -> None:
        observation_id = payload["observation_id"]
        document = {key: value for key, value in payload.items() if key != "salt"}
        document.update(notes=[], closed_at=None)
        state = self._touch(payload["patient_id"])
        earlier_id = state.get("open_observation_id")
        if earlier_id and earlier_id != observation_id:
            # One observation per patient (induction day 1: a dose while the last is running).
            # The new one continues it: the earlier one's notes come along, and it ends no
            # sooner than the earlier one would have, so the board and the rules see one.
            earlier = self._load_observation(earlier_id)
            if earlier is not None and earlier.get("closed_at") is None:
                document["notes"] = list(earlier.get("notes", []))
                document["continues"] = earlier_id
                if str(earlier.get("ends_at", "")) and datetime.fromisoformat(
                    earlier["ends_at"]
                ) > datetime.fromisoformat(document["ends_at"]):
                    document["ends_at"] = earlier["ends_at"]
                earlier["closed_at"] = payload["started_at"]
                earlier["discharge"] = None
                earlier["continued_by"] = observation_id
                self._save_observation(earlier_id, earlier, False)
        self._connection.execute(
            "INSERT OR REPLACE INTO observations (observation_id, open, sealed) VALUES (?,1,?)",
            (
                observation_id,
                self._seal_row("observations", observation_id, document),
            ),
        )
        state["open_observation_id"] = observation_id

    def open_observations(self) -> list[Document]:
        """Every observation still running at this station (one per patient at most)."""
        rows = self._connection.execute(
            "SELECT observation_id, sealed FROM observations WHERE open = 1"
        ).fetchall()
        return [self._open_row("observations", row[0], row[1]) for row in rows]

    def observation(self, observation_id: str) -> Document | None:
        """One observation (open or closed), or None."""
        return self._load_observation(observation_id)

    def _load_observation(self, observation_id: str) -> Document | None:
        row = self._connection.execute(
            "SELECT sealed FROM observations WHERE observation_id = ?", (observation_id,)
        ).fetchone()
        return self._open_row("observations", observation_id, row[0]) if row else None

    def _save_observation(self, observation_id: str, document: Document, is_open: bool) -> None:
        self._connection.execute(
            "UPDATE observations SET open = ?, sealed = ? WHERE observation_id = ?",
            (
                int(is_open),
                self._seal_row("observations", observation_id, document),
                observation_id,
            ),
        )

    def _observation_noted(self, payload: Document) -> None:
        document = self._load_observation(payload["observation_id"])
        if document is None:
            return
        document["notes"].append({key: value for key, value in payload.items() if key != "salt"})
        self._save_observation(payload["observation_id"], document, document["closed_at"] is None)

    def _observation_closed(self, payload: Document) -> None:
        document = self._load_observation(payload["observation_id"])
        if document is None:
            return
        document["closed_at"] = payload["closed_at"]
        document["discharge"] = payload.get("discharge")
        self._save_observation(payload["observation_id"], document, False)
        state = self._touch(document["patient_id"])
        if state.get("open_observation_id") == payload["observation_id"]:
            state["open_observation_id"] = None

    def _assessment_recorded(self, payload: Document) -> None:
        state = self._touch(payload["patient_id"])
        state["last_assessment"] = {
            key: value for key, value in payload.items() if key not in {"salt", "notes"}
        }
        self._visit_assessed(payload)

    def _record_voided(self, payload: Document) -> None:
        if payload.get("target_kind") != "dose":
            return
        dose_id = payload["target_id"]
        row = self._connection.execute(
            "SELECT sealed FROM doses WHERE dose_id = ?", (dose_id,)
        ).fetchone()
        if row is None:
            return
        dose = dose_row(decode_document(self.data_key.open(bytes(row[0]), _aad("doses", dose_id))))
        if dose["voided"]:
            return
        origin = payload.get("origin_station_id") or payload.get("station_id")
        if (
            origin is not None
            and origin != dose["station_id"]
            and payload.get("authority") != "clinic_lead"
        ):
            return  # another station may not undo this station's dose (a clinic lead may)
        dose["voided"] = True
        self._connection.execute(
            "UPDATE doses SET sealed = ? WHERE dose_id = ?",
            (self._seal_row("doses", dose_id, [dose[key] for key in DOSE_ROW_FIELDS]), dose_id),
        )
        for item in self._touch(dose["patient_id"])["doses"]:
            if item[_DOSE_ID] == dose_id:
                item[_VOIDED] = True

    def _stop_set(self, payload: Document) -> None:
        state = self._touch(payload["patient_id"])
        flag_id = str(payload["flag_id"])
        if flag_id in state["lifted_flags"]:
            return  # lifted already (the lift arrived first from another station)
        state["stop_flags"][flag_id] = {
            "flag_id": flag_id,
            "reason": payload.get("reason") or "",
            "set_by": payload.get("by"),
            "set_by_name": payload.get("by_name"),
            "set_at": payload.get("at"),
            "station_id": payload.get("station_id"),
        }

    def _stop_lifted(self, payload: Document) -> None:
        state = self._touch(payload["patient_id"])
        flag_id = str(payload["flag_id"])
        state["stop_flags"].pop(flag_id, None)
        if flag_id not in state["lifted_flags"]:
            state["lifted_flags"].append(flag_id)

    def _break_reviewed(self, payload: Document) -> None:
        state = self._touch(payload["patient_id"])
        at = str(payload.get("at") or "")
        if at and at not in state["break_reviews"]:
            state["break_reviews"].append(at)
            state["break_reviews"].sort()

    def _dose_time_corrected(self, payload: Document) -> None:
        """A clinic lead's correction of a dose stamped by a wrong clock (the dose counts then)."""
        dose_id = payload["dose_id"]
        row = self._connection.execute(
            "SELECT sealed FROM doses WHERE dose_id = ?", (dose_id,)
        ).fetchone()
        if row is None:
            return
        dose = dose_row(decode_document(self.data_key.open(bytes(row[0]), _aad("doses", dose_id))))
        corrected = utc_text(str(payload["given_at"]))
        dose["given_at"] = corrected
        self._connection.execute(
            "UPDATE doses SET sealed = ? WHERE dose_id = ?",
            (self._seal_row("doses", dose_id, [dose[key] for key in DOSE_ROW_FIELDS]), dose_id),
        )
        state = self._touch(dose["patient_id"])
        for item in state["doses"]:
            if item[_DOSE_ID] == dose_id:
                item[_GIVEN_AT] = corrected
        state["doses"].sort(key=_BY_GIVEN_AT)
        state["last_dose_at"] = max((item[_GIVEN_AT] for item in state["doses"]), default=None)

    def contacts(self, patient_id: str) -> list[Document]:
        """The patient's latest contact log entries (see ``CONTACTS_KEPT``), oldest first."""
        return list(self.state(patient_id).get("contacts") or ())

    def _contact_logged(self, payload: Document) -> None:
        """A call, visit or message to a patient who stayed away (this station's or pulled)."""
        contact_id = str(payload.get("contact_id") or "")
        if not contact_id or not payload.get("at"):
            return
        contacts = self._touch(payload["patient_id"]).setdefault("contacts", [])
        if any(item.get("contact_id") == contact_id for item in contacts):
            return
        contacts.append({key: payload.get(key) for key in CONTACT_FIELDS})
        contacts.sort(key=lambda item: (utc_text(str(item["at"])), str(item["contact_id"])))
        del contacts[:-CONTACTS_KEPT]

    # -- visits (this station's own, never pulled) --------------------------------------------

    def visit(self, visit_id: str) -> Document | None:
        """One visit's progress as the station recorded it, or None."""
        row = self._connection.execute(
            "SELECT sealed FROM visits WHERE visit_id = ?", (visit_id,)
        ).fetchone()
        return self._open_row("visits", visit_id, row[0]) if row else None

    def open_visits(self) -> list[Document]:
        """Every visit not yet ended (a dose recorded, or ended without one)."""
        rows = self._connection.execute(
            "SELECT visit_id, sealed FROM visits WHERE open = 1"
        ).fetchall()
        return [self._open_row("visits", row[0], row[1]) for row in rows]

    def _save_visit(self, document: Document) -> None:
        visit_id = str(document["visit_id"])
        is_open = int(document.get("dose_id") is None and document.get("ended") is None)
        self._connection.execute(
            "INSERT OR REPLACE INTO visits (visit_id, open, sealed) VALUES (?,?,?)",
            (visit_id, is_open, self._seal_row("visits", visit_id, document)),
        )

    def _change_visit(self, payload: Document, change: Callable[[Document], None]) -> None:
        visit_id = payload.get("visit_id")
        if not visit_id:
            return
        document = self.visit(str(visit_id))
        if document is None:
            return
        change(document)
        self._save_visit(document)

    def _visit_identified(self, payload: Document) -> None:
        if not payload.get("visit_id"):
            return
        signatures = payload.get("signatures") or []
        witness = signatures[0].get("user_id") if signatures else None
        self._save_visit(
            {
                "visit_id": payload["visit_id"],
                "patient_id": payload["patient_id"],
                "started_at": payload.get("at"),
                "by": payload.get("by"),
                "identification": {
                    "method": payload.get("method"),
                    "by": payload.get("by"),
                    "witness_id": witness,
                    "card_serial": payload.get("card_serial"),
                },
                "assessment": None,
                "decision": None,
                "weighing": None,
                "labels": {"weighing_id": None, "printed": 0, "failed": 0, "waived": None},
                "redos": [],
                "dose_id": None,
                "ended": None,
            }
        )

    def _visit_assessed(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["assessment"] = {
                "assessment_id": payload.get("assessment_id"),
                "sedation_score": payload.get("sedation_score"),
                "breath_alcohol_permille": payload.get("breath_alcohol_permille"),
                "recorded_at": payload.get("recorded_at"),
                "by": payload.get("by"),
            }

        self._change_visit(payload, change)

    def _visit_decided(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["decision"] = {
                "drug": payload.get("drug"),
                "mg": payload.get("proposed_mg"),
                "outcome": payload.get("outcome"),
                "session": payload.get("session"),
                "at": payload.get("at"),
            }
            # A new decision means a new dose: what was weighed and labelled for another is gone.
            document["weighing"] = None
            document["labels"] = {"weighing_id": None, "printed": 0, "failed": 0, "waived": None}
            document["override"] = None  # an approval and the warnings read were of the last one
            document["accepted"] = None

        self._change_visit(payload, change)

    def _visit_weighed(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["weighing"] = {
                key: value for key, value in payload.items() if key not in {"salt", "visit_id"}
            }
            document["labels"] = {
                "weighing_id": payload.get("weighing_id"),
                "printed": 0,
                "failed": 0,
                "waived": None,
            }

        self._change_visit(payload, change)

    def _visit_redone(self, payload: Document) -> None:
        def change(document: Document) -> None:
            measured = (payload.get("weighing") or {}).get("measured_g")
            reason = str(payload.get("reason") or "")
            document["redos"].append(f"{reason} ({measured} g)" if measured else reason)

        self._change_visit(payload, change)

    def _visit_labelled(self, payload: Document) -> None:
        def change(document: Document) -> None:
            labels = document["labels"]
            if labels.get("weighing_id") != payload.get("weighing_id"):
                return  # a label of a syringe weighed before the one now accepted
            if payload.get("printed"):
                labels["printed"] += 1
            else:
                labels["failed"] += 1

        self._change_visit(payload, change)

    def _visit_label_waived(self, payload: Document) -> None:
        def change(document: Document) -> None:
            labels = document["labels"]
            if labels.get("weighing_id") == payload.get("weighing_id"):
                labels["waived"] = {
                    "reason": payload.get("reason"),
                    "signatures": payload.get("signatures", []),
                }

        self._change_visit(payload, change)

    def _visit_dosed(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["dose_id"] = payload.get("dose_id")

        self._change_visit(payload, change)

    def _visit_ended(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["ended"] = {"reason": payload.get("reason"), "at": payload.get("at")}

        self._change_visit(payload, change)

    def _visit_handed_over(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["holder"] = payload.get("by")

        self._change_visit(payload, change)

    def _visit_override_approved(self, payload: Document) -> None:
        def change(document: Document) -> None:
            signatures = payload.get("signatures") or [{}]
            document["override"] = {
                "reason": payload.get("reason"),
                "approver": payload.get("approver"),
                "approver_name": signatures[0].get("printed_name"),
                "at": payload.get("at"),
            }

        self._change_visit(payload, change)

    def _visit_decision_accepted(self, payload: Document) -> None:
        def change(document: Document) -> None:
            document["accepted"] = {
                "acknowledgement": payload.get("acknowledgement") or "",
                "at": payload.get("at"),
            }

        self._change_visit(payload, change)


# Handlers by event type, as plain functions: bound methods kept on each instance would
# make a reference cycle per transaction for the garbage collector to find.
_HANDLERS: dict[str, Callable[[Projections, Document], None]] = {
    "patient.registered": Projections._patient_registered,
    "patient.updated": Projections._patient_registered,
    "patient.photo_set": Projections._photo_set,
    "prescription.issued": Projections._prescription_issued,
    "prescription.stop_set": Projections._prescription_stop,
    "prescription.stop_lifted": Projections._prescription_stop,
    "order.signed": Projections._order_signed,
    "dose.administered": Projections._dose_administered,
    "observation.started": Projections._observation_started,
    "observation.closed": Projections._observation_closed,
    "observation.noted": Projections._observation_noted,
    "adverse_event.recorded": Projections._observation_noted,
    "record.voided": Projections._record_voided,
    "assessment.recorded": Projections._assessment_recorded,
    "stop_dose.set": Projections._stop_set,
    "stop_dose.lifted": Projections._stop_lifted,
    "patient.break_reviewed": Projections._break_reviewed,
    "dose.time_corrected": Projections._dose_time_corrected,
    "patient.contact_logged": Projections._contact_logged,
    "identity.verified": Projections._visit_identified,
    "decision.made": Projections._visit_decided,
    "weighing.accepted": Projections._visit_weighed,
    "weighing.redone": Projections._visit_redone,
    "label.printed": Projections._visit_labelled,
    "label.waived": Projections._visit_label_waived,
    "visit.ended": Projections._visit_ended,
    "visit.handed_over": Projections._visit_handed_over,
    "override.approved": Projections._visit_override_approved,
    "decision.accepted": Projections._visit_decision_accepted,
}


def empty_state() -> Document:
    """The state of a patient with no recorded history."""
    return {
        "v": STATE_VERSION,
        "doses": [],
        "last_dose_at": None,
        "first_dose_at": None,
        "dose_count": 0,
        "open_observation_id": None,
        "last_assessment": None,
        "stop_flags": {},
        "lifted_flags": [],
        "break_reviews": [],
    }


def upgraded_state(document: Document) -> Document:
    """Bring a stored state to :data:`STATE_VERSION`.

    Version 1 kept each dose as a mapping; version 2 had no stop flags or break reviews.
    """
    if document.get("v") == STATE_VERSION:
        return document
    if document.get("v", 1) < 2:
        document["doses"] = [
            [item.get(key, False if key == "voided" else None) for key in STATE_DOSE_FIELDS]
            for item in document["doses"]
        ]
    document.setdefault("stop_flags", {})
    document.setdefault("lifted_flags", [])
    document.setdefault("break_reviews", [])
    document["v"] = STATE_VERSION
    return document


def _photo_order(document: Document) -> tuple[str, str]:
    """When a photo was set (as UTC text) and its id: the newer photo of a patient wins."""
    try:
        moment = utc_text(str(document.get("set_at", "")))
    except ValueError:
        moment = ""
    return (moment, str(document.get("photo_id", "")))


def utc_text(moment: str) -> str:
    """An aware ISO time as UTC text: such texts sort in time order, whatever offset was written."""
    parsed = datetime.fromisoformat(moment)
    if parsed.tzinfo is None:
        return moment
    return parsed.astimezone(UTC).isoformat()


def kept_recent(doses: list[list[Any]]) -> list[list[Any]]:
    """The recent doses a patient state keeps (sorted by time; see ``RECENT_DOSES_KEPT``)."""
    if len(doses) <= RECENT_DOSES_KEPT:
        return doses
    newest = datetime.fromisoformat(doses[-1][_GIVEN_AT])
    horizon = (newest - timedelta(days=RECENT_WINDOW_DAYS)).isoformat()
    within = [item for item in doses if item[_GIVEN_AT] >= horizon]
    return within if len(within) >= RECENT_DOSES_KEPT else doses[-RECENT_DOSES_KEPT:]


def dose_row(document: Document | list[Any]) -> Document:
    """A ``doses`` row's document as a mapping of :data:`DOSE_ROW_FIELDS` (either version)."""
    if isinstance(document, list):
        return dict(zip(DOSE_ROW_FIELDS, document, strict=True))
    return {key: document.get(key, False if key == "voided" else None) for key in DOSE_ROW_FIELDS}


def state_dose(item: list[Any]) -> Document:
    """One recent dose of a patient state as a mapping (for readers that want names)."""
    return dict(zip(STATE_DOSE_FIELDS, item, strict=True))


def name_birth_key(family_name: str, birth_date: str) -> str:
    """The value the name-and-birth-date blind index is computed over."""
    return f"{family_name}|{birth_date}"


PROJECTION_TABLES = (
    "patients",
    "prescriptions",
    "patient_state",
    "observations",
    "doses",
    "visits",
    "patient_photos",
)
