"""Projection of the pharmacy and technician events: stock ledger, counts, settings, calibrations.

What is clear and what is sealed (decided for issue 7):

* Clear: products, containers (lot, batch, serial, expiry, concentration, density, balance),
  ledger amounts, kinds, times and staff ids, counts, station settings and calibrations. None of
  these names or points at a patient, and the register must be summed fast in SQL.
* Sealed (row-bound AES-GCM like the other projections): each entry's details — its reason
  text (free text may name someone), the dose id it came from (which leads to a patient) and
  the weighing and signatures. A dose row therefore says "100 mg left solution batch X at
  08:12, by nurse N" and nothing that links it to a patient.
* A dose's movement id is a keyed hash of the dose id (:func:`dose_movement_id`), not the dose
  id itself: the ``doses`` projection names the dose id in clear, so a clear id here would
  join the two (schema 3 replaced the ``dose:<dose id>`` ids of earlier versions).
* A voided dose record gives its stock back: a correction against each of its entries with
  the opposite change (the dose's entries themselves never change).

Amounts are integers of 0.01 mg (``*_cmg``) so that sums are exact in SQL.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import orjson

from station.domain.ledger import (
    Container,
    ContainerKind,
    Ledger,
    Leg,
    Movement,
    MovementKind,
    centi_mg,
    from_centi_mg,
)
from station.domain.prescriptions import Drug
from station.domain.quantities import Concentration, Density, Grams, Milligrams
from station.store.crypto import DataKey

Document = dict[str, Any]

LEDGER_TABLES = (
    "ledger_products",
    "ledger_containers",
    "ledger_entries",
    "ledger_counts",
    "station_settings",
    "calibrations",
)

_CONTAINER_COLUMNS = "container_id, kind, substance, label, expires_at, concentration, density"


# Movement ids schema 2 gave to a dose's entries; corrections recorded then still name them.
_LEGACY_DOSE_PREFIXES = {"dose:": "ledger.dose", "failed:": "ledger.failed_injection"}


def dose_movement_id(data_key: DataKey, dose_id: str, failed: bool = False) -> str:
    """The ledger id of a dose's given part (or its failed rest); opaque without the key."""
    return data_key.blind_index("ledger.failed_injection" if failed else "ledger.dose", dose_id)


def void_movement_id(data_key: DataKey, movement_id: str) -> str:
    """The ledger id of the correction that gives a voided dose entry's stock back."""
    return data_key.blind_index("ledger.void", movement_id)


def _stored_is_newer(stored: str, incoming: str) -> bool:
    """True when the stored change is newer than the incoming one (aware ISO times)."""
    try:
        return datetime.fromisoformat(stored) > datetime.fromisoformat(incoming)
    except (ValueError, TypeError):
        return False


def _signer(payload: Document) -> str:
    signatures = payload.get("signatures") or [{}]
    return str(signatures[0].get("user_id") or payload.get("by") or "unknown")


def _aad(movement_id: str) -> str:
    return f"ledger_entries|sealed|{movement_id}"


def container_from_row(row: tuple[Any, ...]) -> Container:
    """A domain container from a ``ledger_containers`` row (see ``_CONTAINER_COLUMNS``)."""
    return _container(tuple(row[:7]))


@functools.lru_cache(maxsize=256)
def _container(columns: tuple[Any, ...]) -> Container:
    """Parse a container's columns (none of them ever changes: every dose reads its batch's)."""
    container_id, kind, substance, label, expires_at, concentration, density = columns
    return Container(
        container_id=container_id,
        kind=ContainerKind(kind),
        substance=substance,
        label=label,
        expires_at=datetime.fromisoformat(expires_at) if expires_at else None,
        concentration=Concentration(concentration) if concentration else None,
        density=Density(density) if density else None,
    )


def substance_of(drug: str) -> str:
    """The substance a dose's drug is counted by (an unknown drug name is its own substance)."""
    try:
        return Drug(drug).substance.value
    except ValueError:
        return drug


@dataclass(frozen=True)
class EntryRow:
    """One ledger movement as stored (legs gathered), with its sealed details not yet opened."""

    movement: Movement
    forced: bool
    sealed: bytes | None


@dataclass(frozen=True)
class CatalogueProduct:
    """A pack type in the catalogue, as the pharmacist defined it."""

    product_id: str
    substance: str
    name: str
    mg_per_unit: Milligrams
    units_per_pack: int


@dataclass(frozen=True)
class RecordedCount:
    """A count as recorded: its status, who counted, its lines (expected and counted mg)."""

    count_id: str
    status: str
    counted_by: str
    lines: tuple[Document, ...]
    tolerance_mg: Decimal


class LedgerProjection:
    """Applies pharmacy and technician events to their tables, in the caller's transaction."""

    def __init__(
        self, connection: sqlite3.Connection, data_key: DataKey, station_id: str | None = None
    ) -> None:
        self._connection = connection
        self.data_key = data_key
        self._station_id = station_id or None

    @property
    def station_id(self) -> str:
        """Return the id of this station: the ledger is kept per premises."""
        if self._station_id is None:
            row = self._connection.execute(
                "SELECT value FROM meta WHERE key = 'station_id'"
            ).fetchone()
            self._station_id = str(row[0]) if row else ""
        return self._station_id

    def apply(self, event_type: str, payload: Document) -> None:
        """Update the tables for one event (other types change nothing).

        Stock, counts, settings and calibrations belong to the station that recorded them:
        events pulled from other stations (their doses included) leave this ledger alone.
        """
        handler = _HANDLERS.get(event_type)
        if handler is None:
            return
        origin = payload.get("station_id")
        shared = event_type == "product.defined" or (
            event_type == "settings.changed" and payload.get("scope") == "clinic"
        )
        if not shared and origin is not None and origin != self.station_id:
            return
        handler(self, payload)

    # -- sealing ------------------------------------------------------------------------------

    def seal_details(self, movement_id: str, details: Document) -> bytes:
        """Encrypt an entry's details (compact JSON, keys sorted), bound to its movement id."""
        plaintext = orjson.dumps(details, option=orjson.OPT_SORT_KEYS)
        return self.data_key.seal(plaintext, _aad(movement_id))

    def open_details(self, movement_id: str, sealed: bytes) -> Document:
        """Decrypt an entry's details."""
        result: Document = json.loads(self.data_key.open(bytes(sealed), _aad(movement_id)))
        return result

    # -- reading ------------------------------------------------------------------------------

    def container(self, container_id: str) -> Container | None:
        """One container, or None."""
        row = self._connection.execute(
            f"SELECT {_CONTAINER_COLUMNS} FROM ledger_containers WHERE container_id = ?",  # noqa: S608
            (container_id,),
        ).fetchone()
        return container_from_row(row) if row else None

    def balance(self, container_id: str) -> Decimal | None:
        """A container's balance in mg, or None when there is no such container."""
        row = self._connection.execute(
            "SELECT balance_cmg FROM ledger_containers WHERE container_id = ?", (container_id,)
        ).fetchone()
        return from_centi_mg(int(row[0])) if row else None

    def solutions_in_stock(self) -> list[Container]:
        """Every solution batch that still holds some drug (expired ones too)."""
        rows = self._connection.execute(
            f"SELECT {_CONTAINER_COLUMNS} FROM ledger_containers"  # noqa: S608
            " WHERE kind = 'solution' AND balance_cmg > 0"
        ).fetchall()
        return [container_from_row(row) for row in rows]

    def ledger_for(self, container_ids: Iterable[str]) -> Ledger:
        """A domain ledger holding these containers at their current balances (for checks)."""
        ledger = Ledger()
        for container_id in sorted(set(container_ids)):
            row = self._connection.execute(
                f"SELECT {_CONTAINER_COLUMNS}, balance_cmg FROM ledger_containers"  # noqa: S608
                " WHERE container_id = ?",
                (container_id,),
            ).fetchone()
            if row is None:
                continue
            ledger.add_container(container_from_row(row))
            ledger.balances[container_id] = from_centi_mg(int(row[7]))
        return ledger

    def movement_exists(self, movement_id: str) -> bool:
        """True when an entry with this id is in the ledger."""
        row = self._connection.execute(
            "SELECT 1 FROM ledger_entries WHERE movement_id = ? LIMIT 1", (movement_id,)
        ).fetchone()
        return row is not None

    def entry_substance(self, movement_id: str) -> str | None:
        """The substance of the entry with this id (None when there is no such entry)."""
        row = self._connection.execute(
            "SELECT substance FROM ledger_entries WHERE movement_id = ? LIMIT 1", (movement_id,)
        ).fetchone()
        return str(row[0]) if row is not None else None

    def product(self, product_id: str) -> CatalogueProduct | None:
        """The catalogue's pack type with this GTIN, PPN or PZN, or None."""
        row = self._connection.execute(
            "SELECT product_id, substance, name, mg_per_unit, units_per_pack"
            " FROM ledger_products WHERE product_id = ?",
            (product_id,),
        ).fetchone()
        if row is None:
            return None
        return CatalogueProduct(row[0], row[1], row[2], Milligrams(row[3]), int(row[4]))

    def serial_received(self, product_id: str, serial: str) -> bool:
        """True when a pack of this product with this serial number was received before."""
        row = self._connection.execute(
            "SELECT 1 FROM ledger_containers WHERE product_id = ? AND serial = ?",
            (product_id, serial),
        ).fetchone()
        return row is not None

    def solution_batch_count(self) -> int:
        """How many solution batches this station's ledger holds (used up and expired too)."""
        row = self._connection.execute(
            "SELECT COUNT(*) FROM ledger_containers WHERE kind = 'solution'"
        ).fetchone()
        return int(row[0])

    def container_balances(self, substance: str | None = None) -> list[tuple[Container, Decimal]]:
        """Every container (of one substance when given) with its balance in mg, oldest first."""
        query = f"SELECT {_CONTAINER_COLUMNS}, balance_cmg FROM ledger_containers"  # noqa: S608
        parameters: tuple[str, ...] = ()
        if substance is not None:
            query += " WHERE substance = ?"
            parameters = (substance,)
        rows = self._connection.execute(query + " ORDER BY created_at", parameters).fetchall()
        return [(container_from_row(row), Decimal(int(row[7])) / 100) for row in rows]

    def container_labels(self) -> dict[str, str]:
        """Every container's label by its id (the register names containers by label)."""
        rows = self._connection.execute("SELECT container_id, label FROM ledger_containers")
        return {str(container_id): str(label) for container_id, label in rows}

    def substance_balance(self, substance: str) -> Decimal:
        """A substance's book balance in mg: the sum of every entry (in SQL, exact)."""
        row = self._connection.execute(
            "SELECT COALESCE(SUM(change_cmg), 0) FROM ledger_entries WHERE substance = ?",
            (substance,),
        ).fetchone()
        return (Decimal(int(row[0])) / 100).quantize(Decimal("0.01"))

    def open_discrepancies(self) -> list[str]:
        """Counts whose discrepancy is not signed off yet, oldest first."""
        rows = self._connection.execute(
            "SELECT count_id FROM ledger_counts WHERE status = 'discrepancy' ORDER BY at"
        ).fetchall()
        return [str(row[0]) for row in rows]

    def count(self, count_id: str) -> RecordedCount | None:
        """One recorded count with its lines, or None."""
        row = self._connection.execute(
            "SELECT status, by_user, lines, tolerance_mg FROM ledger_counts WHERE count_id = ?",
            (count_id,),
        ).fetchone()
        if row is None:
            return None
        status, counted_by, lines, tolerance = row
        return RecordedCount(
            count_id, str(status), str(counted_by), tuple(json.loads(lines)), Decimal(tolerance)
        )

    def entries(self, substance: str | None = None) -> list[EntryRow]:
        """Every movement (of one substance when given) in the order it was recorded.

        Rows were checked when they were recorded, so they are rebuilt here without being
        validated again: a year's register is 200,000 of them.
        """
        query = (
            "SELECT movement_id, kind, substance, container_id, change_cmg, at, by_user,"
            " witness, corrects, forced, reason_sealed FROM ledger_entries"
        )
        parameters: tuple[str, ...] = ()
        if substance is not None:
            query += " WHERE substance = ?"
            parameters = (substance,)
        query += " ORDER BY entry"
        kinds = {kind.value: kind for kind in MovementKind}
        parse_time = datetime.fromisoformat
        result: list[EntryRow] = []
        previous: Movement | None = None
        for (
            movement_id,
            kind,
            row_substance,
            container_id,
            change_cmg,
            at,
            by_user,
            witness,
            corrects,
            forced,
            reason_sealed,
        ) in self._connection.execute(query, parameters):
            leg = None
            if container_id is not None:
                leg = Leg.__new__(Leg)
                leg.__dict__.update(
                    container_id=container_id, change=Decimal(change_cmg).scaleb(-2)
                )
            if previous is not None and previous.movement_id == movement_id:
                if leg is not None:
                    previous.__dict__["legs"] = (*previous.legs, leg)
                continue
            movement = Movement.__new__(Movement)
            movement.__dict__.update(
                movement_id=movement_id,
                kind=kinds[kind],
                substance=row_substance,
                at=parse_time(at),
                legs=(leg,) if leg is not None else (),
                by=by_user,
                witness=witness,
                reason="",
                corrects=corrects,
            )
            result.append(EntryRow(movement, bool(forced), reason_sealed))
            previous = movement
        return result

    # -- writing helpers ----------------------------------------------------------------------

    def _insert_movement(
        self,
        movement_id: str,
        kind: MovementKind,
        substance: str,
        at: str,
        by: str,
        legs: list[tuple[str | None, Decimal]],
        *,
        witness: str | None = None,
        corrects: str | None = None,
        forced: bool = False,
        details: Document | None = None,
        reason: str = "",
    ) -> None:
        sealed = self.seal_details(movement_id, details) if details else None
        reason_sealed = (
            self.data_key.seal(reason.encode(), _aad(movement_id) + "|reason") if reason else None
        )
        for number, (container_id, change) in enumerate(legs or [(None, Decimal(0))]):
            change_cmg = centi_mg(change)
            # The first leg's (movement_id, 0) is unique: a movement recorded before stops here.
            inserted = self._connection.execute(
                "INSERT OR IGNORE INTO ledger_entries (movement_id, leg, kind, substance,"
                " container_id, change_cmg, at, by_user, witness, corrects, forced, sealed,"
                " reason_sealed)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    movement_id,
                    number,
                    kind.value,
                    substance,
                    container_id,
                    change_cmg,
                    at,
                    by,
                    witness,
                    corrects,
                    int(forced),
                    sealed if number == 0 else None,
                    reason_sealed if number == 0 else None,
                ),
            ).rowcount
            if not inserted:
                return
            if container_id is not None:
                self._connection.execute(
                    "UPDATE ledger_containers SET balance_cmg = balance_cmg + ?"
                    " WHERE container_id = ?",
                    (change_cmg, container_id),
                )

    def open_reason(self, movement_id: str, sealed: bytes | None) -> str:
        """Decrypt an entry's reason text ('' when it has none)."""
        if sealed is None:
            return ""
        return self.data_key.open(bytes(sealed), _aad(movement_id) + "|reason").decode()

    # -- handlers -----------------------------------------------------------------------------

    def _product_defined(self, payload: Document) -> None:
        self._connection.execute(
            "INSERT OR REPLACE INTO ledger_products (product_id, substance, name, mg_per_unit,"
            " units_per_pack) VALUES (?,?,?,?,?)",
            (
                payload["product_id"],
                payload["substance"],
                payload["name"],
                payload["mg_per_unit"],
                int(payload["units_per_pack"]),
            ),
        )

    def _stock_received(self, payload: Document) -> None:
        container_id = payload["receipt_id"]
        self._connection.execute(
            "INSERT OR IGNORE INTO ledger_containers (container_id, kind, substance, label,"
            " product_id, batch, serial, expires_at, units, mg_per_unit, created_at, created_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                container_id,
                ContainerKind.STOCK.value,
                payload["substance"],
                payload["label"],
                payload["product_id"],
                payload.get("batch"),
                payload.get("serial"),
                payload.get("expires_at"),
                payload.get("units"),
                payload.get("mg_per_unit"),
                payload["received_at"],
                payload["by"],
            ),
        )
        self._insert_movement(
            container_id,
            MovementKind.RECEIPT,
            payload["substance"],
            payload["received_at"],
            payload["by"],
            [(container_id, Decimal(payload["mg"]))],
            details={"signatures": payload.get("signatures", []), "source": payload.get("source")},
        )

    def _batch_reconstituted(self, payload: Document) -> None:
        batch_id = payload["batch_id"]
        self._connection.execute(
            "INSERT OR IGNORE INTO ledger_containers (container_id, kind, substance, label,"
            " expires_at, concentration, density, volume_ml, created_at, created_by, witness)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                batch_id,
                ContainerKind.SOLUTION.value,
                payload["substance"],
                payload["label"],
                payload["expires_at"],
                payload["concentration"],
                payload["density"],
                payload["volume_ml"],
                payload["prepared_at"],
                payload["by"],
                payload["witness"],
            ),
        )
        legs: list[tuple[str | None, Decimal]] = [
            (source["container_id"], -Decimal(source["mg"])) for source in payload["sources"]
        ]
        legs.append((batch_id, Decimal(payload["mg"])))
        self._insert_movement(
            batch_id,
            MovementKind.RECONSTITUTION,
            payload["substance"],
            payload["prepared_at"],
            payload["by"],
            legs,
            witness=payload["witness"],
            details={
                "signatures": payload.get("signatures", []),
                "sample_volume_ml": payload.get("sample_volume_ml"),
                "sample_mass_g": payload.get("sample_mass_g"),
            },
        )

    def _stock_moved(self, payload: Document) -> None:
        self._insert_movement(
            payload["movement_id"],
            MovementKind(payload["kind"]),
            payload["substance"],
            payload["at"],
            payload["by"],
            [(payload["container_id"], -Decimal(payload["mg"]))],
            witness=payload.get("witness"),
            details={
                "signatures": payload.get("signatures", []),
                "weighed_g": payload.get("weighed_g"),
            },
            reason=payload.get("reason", ""),
        )

    def _dose_administered(self, payload: Document) -> None:
        """Every dose deducts from its batch the mg in its weighed mass (a fact: never refused).

        A dose without a known batch still leaves the substance's balance, on no batch; a dose
        that overdraws or comes from an expired batch is marked forced, for the next count.
        """
        weighing = payload.get("weighing") or {}
        batch_id = weighing.get("batch_id") or payload.get("batch_id")
        row = (
            self._connection.execute(
                f"SELECT {_CONTAINER_COLUMNS}, balance_cmg FROM ledger_containers"  # noqa: S608
                " WHERE container_id = ?",
                (batch_id,),
            ).fetchone()
            if batch_id
            else None
        )
        container = container_from_row(row) if row else None
        prepared = Milligrams(payload["mg"])
        if container is not None and weighing.get("measured_g"):
            prepared = container.mg_in_mass(Grams(weighing["measured_g"]))
        substance = container.substance if container else substance_of(str(payload["drug"]))
        given = prepared
        outcome = payload.get("outcome") or "full"
        if outcome != "full" and payload.get("given_mg") is not None:
            given = min(Milligrams(payload["given_mg"]), prepared)
        target = container.container_id if container else None
        forced = target is None
        if container is not None:
            balance = int(row[7]) if row else 0
            expired = container.expired(datetime.fromisoformat(payload["given_at"]))
            forced = balance < centi_mg(prepared.value) or expired
        details = {"dose_id": payload["dose_id"], "weighing": weighing, "outcome": outcome}
        movement_id = dose_movement_id(self.data_key, payload["dose_id"])
        if given:
            self._insert_movement(
                movement_id,
                MovementKind.DOSE,
                substance,
                payload["given_at"],
                _signer(payload),
                [(target, -given.value)],
                forced=forced,
                details=details,
            )
        rest = prepared.remaining_after(given) if given is not prepared else None
        if rest:
            self._insert_movement(
                dose_movement_id(self.data_key, payload["dose_id"], failed=True),
                MovementKind.FAILED_INJECTION,
                substance,
                payload["given_at"],
                _signer(payload),
                [(target, -rest.value)],
                forced=forced,
                details=details,
                reason=f"{outcome} injection: not given",
            )

    def _record_voided(self, payload: Document) -> None:
        """A voided dose record returns what its entries took: one correction per entry."""
        if payload.get("target_kind") != "dose":
            return
        for failed in (False, True):
            movement_id = dose_movement_id(self.data_key, payload["target_id"], failed)
            legs = self._connection.execute(
                "SELECT substance, container_id, change_cmg, at FROM ledger_entries"
                " WHERE movement_id = ? ORDER BY leg",
                (movement_id,),
            ).fetchall()
            if not legs:
                continue
            substance, _, _, dose_at = legs[0]
            self._insert_movement(
                void_movement_id(self.data_key, movement_id),
                MovementKind.CORRECTION,
                substance,
                str(payload.get("at") or payload.get("voided_at") or dose_at),
                _signer(payload),
                [(container, -from_centi_mg(int(change))) for _, container, change, _ in legs],
                corrects=movement_id,
                details={"voided": True, "signatures": payload.get("signatures", [])},
                reason="dose record voided: its stock is given back",
            )

    def _count_recorded(self, payload: Document) -> None:
        self._connection.execute(
            "INSERT OR IGNORE INTO ledger_counts (count_id, at, by_user, status, lines,"
            " tolerance_mg) VALUES (?,?,?,?,?,?)",
            (
                payload["count_id"],
                payload["at"],
                payload["by"],
                payload["status"],
                json.dumps(payload["lines"], sort_keys=True),
                payload["tolerance_mg"],
            ),
        )

    def _count_signed(self, payload: Document) -> None:
        count_id = payload["count_id"]
        self._connection.execute(
            "UPDATE ledger_counts SET status = 'signed', signed_by = ?, signed_at = ?"
            " WHERE count_id = ?",
            (payload["by"], payload["at"], count_id),
        )
        for adjustment in payload["adjustments"]:
            container = self.container(adjustment["container_id"])
            if container is None:
                continue
            self._insert_movement(
                f"count:{count_id}:{container.container_id}",
                MovementKind.COUNT_ADJUSTMENT,
                container.substance,
                payload["at"],
                payload["by"],
                [(container.container_id, Decimal(adjustment["change_mg"]))],
                details={"count_id": count_id, "signatures": payload.get("signatures", [])},
                reason=payload["reason"],
            )

    def _legacy_id(self, movement_id: str) -> str:
        """The current id of an entry a schema-2 correction named as ``dose:``/``failed:``."""
        for prefix, kind in _LEGACY_DOSE_PREFIXES.items():
            if movement_id.startswith(prefix):
                return self.data_key.blind_index(kind, movement_id[len(prefix) :])
        return movement_id

    def _corrected(self, payload: Document) -> None:
        change = Decimal(payload.get("change_mg") or 0)
        legs: list[tuple[str | None, Decimal]] = (
            [(payload["container_id"], change)] if change and payload.get("container_id") else []
        )
        self._insert_movement(
            payload["correction_id"],
            MovementKind.CORRECTION,
            payload["substance"],
            payload["at"],
            payload["by"],
            legs,
            corrects=self._legacy_id(payload["corrects"]),
            details={"signatures": payload.get("signatures", [])},
            reason=payload["note"],
        )

    def _setting_changed(self, payload: Document) -> None:
        # The latest change wins, whichever station's arrives last (the clinic's rules are
        # shared; each station applies every lead's change in time order).
        row = self._connection.execute(
            "SELECT changed_at FROM station_settings WHERE key = ?", (payload["key"],)
        ).fetchone()
        if row is not None and _stored_is_newer(str(row[0]), str(payload["at"])):
            return
        self._connection.execute(
            "INSERT OR REPLACE INTO station_settings (key, value, changed_at, by_user)"
            " VALUES (?,?,?,?)",
            (payload["key"], json.dumps(payload["value"]), payload["at"], payload["by"]),
        )

    def _calibration_recorded(self, payload: Document) -> None:
        self._connection.execute(
            "INSERT OR IGNORE INTO calibrations (calibration_id, device_serial, device_kind, at,"
            " passed, certified_g, measured_g, tolerance_g, by_user, interval_days)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                payload["calibration_id"],
                payload["device_serial"],
                payload.get("device_kind"),
                payload["at"],
                int(bool(payload["passed"])),
                payload["certified_g"],
                payload["measured_g"],
                payload["tolerance_g"],
                payload["by"],
                int(payload["interval_days"]),
            ),
        )


# Handlers by event type, as plain functions: bound methods kept on each instance would
# make a reference cycle per transaction for the garbage collector to find.
_HANDLERS: dict[str, Callable[[LedgerProjection, Document], None]] = {
    "product.defined": LedgerProjection._product_defined,
    "stock.received": LedgerProjection._stock_received,
    "batch.reconstituted": LedgerProjection._batch_reconstituted,
    "stock.moved": LedgerProjection._stock_moved,
    "dose.administered": LedgerProjection._dose_administered,
    "count.recorded": LedgerProjection._count_recorded,
    "count.discrepancy_signed": LedgerProjection._count_signed,
    "record.voided": LedgerProjection._record_voided,
    "ledger.corrected": LedgerProjection._corrected,
    "settings.changed": LedgerProjection._setting_changed,
    "calibration.recorded": LedgerProjection._calibration_recorded,
}
