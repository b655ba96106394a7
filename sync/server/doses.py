"""Booking pushed doses in one batch: dose rows, leases, double-dose and daily-maximum incidents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    bindparam,
    delete,
    insert,
    literal_column,
    select,
    tuple_,
)

from sync.server import schema as t
from sync.wire.chain import parse_json_object
from sync.wire.compact import EventRow

DOSE_EVENT = "dose.administered"

# Raise (or update) an incident: (connection, kind, patient_id, session or day, dose rows) to the
# new incident's id, or None when an open one of the same kind and key was updated.
RaiseIncident = Callable[[Connection, str, str, str, Sequence[Any]], str | None]

# Bound parameters per statement: under SQLite's historic limit of 999 (PostgreSQL takes 65,535).
MAX_PARAMETERS = 999

_INSERT_DOSES = insert(t.doses)
_DELETE_LEASES = delete(t.leases).where(
    t.leases.c.patient_id == bindparam("lease_patient"),
    t.leases.c.session == bindparam("lease_session"),
)


def _insertion_order(connection: Connection) -> ColumnElement[Any]:
    """The doses table's physical order, which the per-dose queries returned rows in.

    Those queries read rows through an index or a table scan, both in rowid (SQLite) or heap
    (PostgreSQL) order; a batch reads them the same way to raise incidents with the same rows.
    """
    return literal_column("ctid" if connection.dialect.name == "postgresql" else "doses.rowid")


def _doses_by_key(
    connection: Connection, columns: Sequence[Any], keys: Sequence[tuple[str, ...]], *, sort: bool
) -> dict[tuple[str, ...], list[Any]]:
    """The dose rows whose ``columns`` hold one of ``keys``, grouped by key.

    In a group, rows come in insertion order, or by ``given_at`` then insertion order with
    ``sort`` (a stable sort, as ``ORDER BY given_at`` gave per dose).
    """
    order = _insertion_order(connection)
    statement: Select[Any] = select(t.doses).where(
        tuple_(*columns).in_(bindparam("keys", expanding=True))
    )
    statement = statement.order_by(t.doses.c.given_at, order) if sort else statement.order_by(order)
    grouped: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for chunk in _chunks(keys, MAX_PARAMETERS // len(columns)):
        for row in connection.execute(statement, {"keys": chunk}):
            grouped[tuple(getattr(row, column.name) for column in columns)].append(row)
    return grouped


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _distinct(items: Sequence[Hashable]) -> list[Any]:
    return list(dict.fromkeys(items))


@dataclass(frozen=True)
class _Dose:
    index: int
    row: dict[str, str]

    @property
    def session_key(self) -> tuple[str, str]:
        return self.row["patient_id"], self.row["session"]

    @property
    def day_key(self) -> tuple[str, str, str]:
        return self.row["patient_id"], self.row["day"], self.row["drug"]


def _dose_of(index: int, station_id: str, event: EventRow) -> _Dose | None:
    payload = parse_json_object(event.payload)
    patient_id = str(payload.get("patient_id", ""))
    session = str(payload.get("session", ""))
    if not patient_id or not session:
        return None
    return _Dose(
        index,
        {
            "event_uuid": event.uuid,
            "dose_id": str(payload.get("dose_id", event.uuid)),
            "patient_id": patient_id,
            "session": session,
            "day": session.split("/", 1)[0][:10],
            "station_id": station_id,
            "drug": str(payload.get("drug", "")),
            "mg": str(payload.get("mg", "0")),
            "given_at": str(payload.get("given_at", "")),
        },
    )


def _daily_maxima(
    connection: Connection, patient_drugs: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[Decimal]]:
    """Each (patient, drug)'s readable daily maxima over all its prescriptions."""
    statement = select(
        t.prescriptions.c.patient_id, t.prescriptions.c.drug, t.prescriptions.c.daily_max_mg
    ).where(
        tuple_(t.prescriptions.c.patient_id, t.prescriptions.c.drug).in_(
            bindparam("keys", expanding=True)
        )
    )
    limits: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for chunk in _chunks(patient_drugs, MAX_PARAMETERS // 2):
        for row in connection.execute(statement, {"keys": chunk}):
            limit = readable_mg(row.daily_max_mg)
            if limit is not None:
                limits[(row.patient_id, row.drug)].append(limit)
    return limits


def readable_mg(value: object) -> Decimal | None:
    """An amount or maximum as a finite Decimal; None for one that cannot be read.

    "NaN" and "Infinity" count as unreadable: comparing a NaN total would raise and leave
    the station's push refused for good.
    """
    try:
        amount = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        return None
    return amount if amount.is_finite() else None


def _total_mg(rows: Sequence[Any]) -> Decimal:
    return sum((mg for row in rows if (mg := readable_mg(row.mg)) is not None), Decimal(0))


def book_doses(
    connection: Connection,
    station_id: str,
    dose_events: Sequence[EventRow],
    raise_incident: RaiseIncident,
) -> list[str]:
    """Store the doses of ``dose_events``, end their leases and raise their incidents.

    Gives the rows and incidents that booking the events one by one gave (each dose seeing
    only the doses stored before it), with a few statements per batch instead of five per dose.
    Return the ids of the incidents raised new, in order.
    """
    doses = [
        dose
        for index, event in enumerate(dose_events)
        if (dose := _dose_of(index, station_id, event)) is not None
    ]
    if not doses:
        return []
    connection.execute(_INSERT_DOSES, [dose.row for dose in doses])
    session_keys = _distinct([dose.session_key for dose in doses])
    connection.execute(
        _DELETE_LEASES,
        [{"lease_patient": patient, "lease_session": session} for patient, session in session_keys],
    )
    same_session = _doses_by_key(
        connection, (t.doses.c.patient_id, t.doses.c.session), session_keys, sort=True
    )
    maxima = _daily_maxima(
        connection, _distinct([(dose.row["patient_id"], dose.row["drug"]) for dose in doses])
    )
    day_keys = _distinct(
        [dose.day_key for dose in doses if maxima.get((dose.row["patient_id"], dose.row["drug"]))]
    )
    same_day = (
        _doses_by_key(
            connection, (t.doses.c.patient_id, t.doses.c.day, t.doses.c.drug), day_keys, sort=False
        )
        if day_keys
        else {}
    )
    booked_at = {dose.row["event_uuid"]: dose.index for dose in doses}

    def stored_by(index: int, rows: Sequence[Any]) -> list[Any]:
        """The rows already stored when the dose at ``index`` was booked on its own."""
        return [row for row in rows if booked_at.get(row.event_uuid, -1) <= index]

    raised: list[str] = []
    for dose in doses:
        patient_id, session = dose.session_key
        seen = stored_by(dose.index, same_session[dose.session_key])
        if len({row.dose_id for row in seen}) > 1:
            incident = raise_incident(
                connection, "suspected_double_dose", patient_id, session, seen
            )
            if incident:
                raised.append(incident)
        limits = maxima.get((patient_id, dose.row["drug"]))
        if not limits:
            continue
        day_rows = stored_by(dose.index, same_day[dose.day_key])
        if _total_mg(day_rows) > max(limits):
            incident = raise_incident(
                connection, "daily_maximum_exceeded", patient_id, dose.row["day"], day_rows
            )
            if incident:
                raised.append(incident)
    return raised
