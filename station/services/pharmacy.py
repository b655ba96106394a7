"""The pharmacist's ledger: receive packs, reconstitute, move and destroy stock, count, register."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from devices.protocols.scanner import PackCode, parse_pack_code
from devices.readings import ProtocolError, Scan
from station.domain.errors import DomainError
from station.domain.ledger import (
    Container,
    ContainerKind,
    CorrectionNote,
    CountedLine,
    LedgerRefused,
    Leg,
    Movement,
    MovementKind,
    Reconciliation,
    RegisterLine,
    build_register,
    check_receivable,
    reconcile,
    reconstitute,
    stock_series,
)
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.roles import Role
from station.services.access import require_role
from station.services.errors import ServiceEdge, ServiceError, as_service_error
from station.services.preparation import SolutionBatch
from station.services.register_layout import RegisterSummary
from station.services.signatures import second_person, signature
from station.store.accounts import User
from station.store.store import Session, Store

Clock = Callable[[], datetime]

_STOCK_ROLES = (Role.PHARMACIST,)
_REGISTER_ROLES = (Role.PHARMACIST, Role.CLINIC_LEAD)
_SIGN_OFF_ROLES = (Role.PHARMACIST, Role.CLINIC_LEAD)
_WITNESS_ROLES = frozenset({Role.PHARMACIST, Role.CLINIC_LEAD, Role.NURSE})
_MANUAL_KINDS = frozenset(
    {
        MovementKind.WASTE,
        MovementKind.RESIDUE,
        MovementKind.FAILED_INJECTION,
        MovementKind.DESTRUCTION,
    }
)
REGISTER_COLUMNS = (
    "entry",
    "date",
    "time",
    "kind",
    "container",
    "change_mg",
    "balance_mg",
    "by",
    "witness",
    "reason",
    "notes",
)


@dataclass(frozen=True)
class Product:
    """A pack the pharmacy receives: which substance, how many ampoules of how many mg."""

    product_id: str
    substance: str
    name: str
    mg_per_unit: Milligrams
    units_per_pack: int

    @property
    def mg_per_pack(self) -> Milligrams:
        """The mg in one full pack."""
        return self.mg_per_unit.scaled(self.units_per_pack)


@dataclass(frozen=True)
class ContainerBalance:
    """A stock lot or solution batch and its book balance, for the pharmacist's overview."""

    container: Container
    balance: Decimal


@dataclass(frozen=True)
class CountSheet:
    """What the counter is asked to count. It carries no expected values: the count is blind."""

    count_id: str
    containers: tuple[Container, ...]


@dataclass(frozen=True)
class CountOutcome:
    """A count's result, shown only after the counted values were recorded."""

    count_id: str
    reconciliation: Reconciliation


@dataclass(frozen=True)
class RegisterRow:
    """One printed register row: the line, who signed it (printed names) and its reason."""

    line: RegisterLine
    by: str
    witness: str
    reason: str
    container_label: str
    forced: bool


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a register is built.

    A year's register is some hundred thousand small objects with no reference cycles; the
    collector would walk them over and over as they pile up (three to five times the work).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_CENTI = Decimal("0.01")


def _mg_text(value: Decimal, signed: bool = False) -> str:
    """An mg amount as text with two decimals (a leading + for increases when ``signed``)."""
    if value.as_tuple().exponent != -2:
        value = value.quantize(_CENTI)
    text = str(value)
    return "+" + text if signed and value >= 0 else text


class PharmacyService(ServiceEdge):
    """Use cases of the pharmacist, over the store's event log and the ledger projection."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        zone: ZoneInfo | None = None,
        count_tolerance: Milligrams | None = None,
    ) -> None:
        self.store = store
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.zone = zone or ZoneInfo("Europe/Copenhagen")
        self.count_tolerance = count_tolerance or Milligrams("0.5")

    # -- helpers ------------------------------------------------------------------------------

    def _check_witness(self, session: Session, witness: User | None, what: str) -> User:
        """The witness's account as it is now: signed here moments ago, active, allowed."""
        if witness is None:
            raise ServiceError(
                f"A {what} needs a witness who signs with their own password.",
                code="pharmacy.witness_missing",
                what=what,
            )
        return second_person(self.store, session, witness, tuple(sorted(_WITNESS_ROLES)), what)

    def _record_movement(
        self, session: Session, movement: Movement, event_type: str, payload: dict[str, Any]
    ) -> None:
        """Check the movement against current balances and record it, in one transaction."""
        with self.store.transaction():
            with self.store.reading(session) as projections:
                ledger_view = projections.ledger
                ledger = ledger_view.ledger_for(leg.container_id for leg in movement.legs)
                if movement.corrects is not None:
                    if not ledger_view.movement_exists(movement.corrects):
                        raise ServiceError(
                            "The entry to correct is not in the register.",
                            code="pharmacy.correction_target_unknown",
                        )
                    ledger.mark_recorded(movement.corrects)
                try:
                    ledger.check(movement)
                except LedgerRefused as refusal:
                    raise as_service_error(refusal) from refusal
            self.store.record(session, event_type, payload)

    def _movement(self, **fields: Any) -> Movement:
        try:
            return Movement(**fields)
        except DomainError as error:
            raise as_service_error(error) from error

    # -- products and receipts ----------------------------------------------------------------

    def define_product(self, session: Session, product: Product) -> None:
        """Add a pack type to the catalogue (its GTIN, PPN or PZN is the product id)."""
        require_role(session, *_STOCK_ROLES)
        if product.units_per_pack < 1 or not product.mg_per_unit:
            raise ServiceError(
                "A product needs at least one ampoule of more than 0 mg.",
                code="pharmacy.product_empty",
            )
        self.store.record(
            session,
            "product.defined",
            {
                "product_id": product.product_id,
                "substance": product.substance,
                "name": product.name,
                "mg_per_unit": str(product.mg_per_unit.value),
                "units_per_pack": product.units_per_pack,
                "at": self.clock().isoformat(),
                "by": session.user.user_id,
            },
        )

    def product(self, session: Session, pack: PackCode) -> Product:
        """The catalogue entry for a scanned pack (by GTIN, PPN or PZN)."""
        keys = [key for key in (pack.gtin, pack.ppn, pack.pzn) if key]
        with self.store.reading(session) as projections:
            for key in keys:
                found = projections.ledger.product(key)
                if found is not None:
                    return Product(
                        found.product_id,
                        found.substance,
                        found.name,
                        found.mg_per_unit,
                        found.units_per_pack,
                    )
        raise ServiceError(
            "This pack's product is not in the catalogue; define it before receiving.",
            code="pharmacy.product_unknown",
        )

    @staticmethod
    def read_pack(scan: Scan) -> PackCode:
        """Parse a scanned pack code (GS1 DataMatrix or IFA); refuse anything else clearly."""
        try:
            pack = parse_pack_code(scan)
        except ProtocolError as error:
            raise ServiceError(
                f"The pack code cannot be read: {error}",
                code="pharmacy.pack_code_unreadable",
                detail=str(error),
            ) from error
        if pack is None:
            raise ServiceError(
                "This is not a medicine pack code (GS1 DataMatrix or IFA).",
                code="pharmacy.not_a_pack_code",
            )
        return pack

    def receive_scan(self, session: Session, scan: Scan, units: int | None = None) -> str:
        """Receive a pack from its scanned code; return the new stock lot's id."""
        require_role(session, *_STOCK_ROLES)
        return self.receive_pack(session, self.read_pack(scan), units)

    def receive_pack(self, session: Session, pack: PackCode, units: int | None = None) -> str:
        """Receive one pack: a serial seen before and an expired batch are refused."""
        require_role(session, *_STOCK_ROLES)
        product = self.product(session, pack)
        now = self.clock()
        try:
            check_receivable(pack.expiry, now.astimezone(self.zone).date())
        except LedgerRefused as refusal:
            raise as_service_error(refusal) from refusal
        if not pack.serial:
            raise ServiceError(
                "The pack code carries no serial number; it cannot be received.",
                code="pharmacy.pack_without_serial",
            )
        if not pack.batch:
            raise ServiceError(
                "The pack code carries no batch number; it cannot be received.",
                code="pharmacy.pack_without_batch",
            )
        count = product.units_per_pack if units is None else units
        if not 1 <= count <= product.units_per_pack:
            raise ServiceError(
                f"A pack holds 1 to {product.units_per_pack} ampoules.",
                code="pharmacy.pack_units_invalid",
                units=product.units_per_pack,
            )
        assert pack.expiry is not None
        receipt_id = str(uuid.uuid4())
        mg = product.mg_per_unit.scaled(count)
        payload: dict[str, Any] = {
            "receipt_id": receipt_id,
            "station_id": self.store.station_id,
            "substance": product.substance,
            "product_id": product.product_id,
            "label": f"{product.name} lot {pack.batch} #{pack.serial}",
            "source": pack.source,
            "batch": pack.batch,
            "serial": pack.serial,
            "expiry": pack.expiry.isoformat(),
            "expires_at": _end_of_day(pack.expiry, self.zone).isoformat(),
            "units": count,
            "mg_per_unit": str(product.mg_per_unit.value),
            "mg": str(mg.value),
            "received_at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [signature(session.user, "received", dict(payload), now)]
        with self.store.transaction():
            with self.store.reading(session) as projections:
                seen = projections.ledger.serial_received(product.product_id, pack.serial)
            if seen:
                raise ServiceError(
                    "This pack's serial number was received before; it is refused "
                    "(a copied or re-used code).",
                    code="pharmacy.pack_serial_received_before",
                )
            self.store.record(session, "stock.received", payload)
        return receipt_id

    # -- reconstitution -----------------------------------------------------------------------

    def reconstitute(
        self,
        session: Session,
        witness: User | None,
        sources: Sequence[tuple[str, Milligrams]],
        final_volume: Millilitres,
        sample_volume: Millilitres,
        sample_mass: Grams,
        shelf_life: timedelta,
    ) -> str:
        """Make a solution batch from ampoules; preparer and witness sign. Return its id."""
        require_role(session, *_STOCK_ROLES)
        witness = self._check_witness(session, witness, "reconstitution")
        if shelf_life <= timedelta(0):
            raise ServiceError(
                "A solution batch needs a shelf life after reconstitution.",
                code="pharmacy.shelf_life_missing",
            )
        try:
            facts = reconstitute(
                [mg for _, mg in sources], final_volume, sample_volume, sample_mass
            )
        except DomainError as refusal:  # a ledger refusal, or a quantity that cannot be
            raise ServiceError(
                f"The batch was not made: {refusal}.",
                code="pharmacy.batch_not_made",
                detail=str(refusal),
            ) from refusal
        now = self.clock()
        with self.store.reading(session) as projections:
            ledger_view = projections.ledger
            substances = {
                container.substance
                for container_id, _ in sources
                if (container := ledger_view.container(container_id)) is not None
            }
            number = ledger_view.solution_batch_count()
        if len(substances) != 1:
            raise ServiceError(
                "Reconstitute from known stock lots of one substance.",
                code="pharmacy.reconstitution_sources_invalid",
            )
        substance = substances.pop()
        batch_id = f"SB-{now.astimezone(self.zone):%y%m%d}-{number + 1:03d}"
        movement = self._movement(
            movement_id=batch_id,
            kind=MovementKind.RECONSTITUTION,
            substance=substance,
            at=now,
            legs=(
                *(Leg(container_id, -mg.value) for container_id, mg in sources),
                Leg(batch_id, facts.mg.value),
            ),
            by=session.user.user_id,
            witness=witness.user_id,
        )
        payload: dict[str, Any] = {
            "batch_id": batch_id,
            "station_id": self.store.station_id,
            "substance": substance,
            "label": batch_id,
            "sources": [
                {"container_id": container_id, "mg": str(mg.value)} for container_id, mg in sources
            ],
            "mg": str(facts.mg.value),
            "volume_ml": str(facts.volume.value),
            "concentration": str(facts.concentration.value),
            "density": str(facts.density.value),
            "sample_volume_ml": str(sample_volume.value),
            "sample_mass_g": str(sample_mass.value),
            "prepared_at": now.isoformat(),
            "expires_at": (now + shelf_life).isoformat(),
            "by": session.user.user_id,
            "witness": witness.user_id,
        }
        payload["signatures"] = [
            signature(session.user, "prepared", dict(payload), now),
            signature(witness, "witnessed preparation", dict(payload), now),
        ]
        with self.store.transaction():
            with self.store.reading(session) as projections:
                ledger = projections.ledger.ledger_for(c for c, _ in sources)
                ledger.add_container(
                    Container(
                        batch_id,
                        ContainerKind.SOLUTION,
                        substance,
                        batch_id,
                        now + shelf_life,
                        facts.concentration,
                        facts.density,
                    )
                )
                try:
                    ledger.check(movement)
                except LedgerRefused as refusal:
                    raise as_service_error(refusal) from refusal
            self.store.record(session, "batch.reconstituted", payload)
        return batch_id

    def solution_batch(self, session: Session, batch_id: str) -> SolutionBatch:
        """A solution batch as the counter draws from it (concentration, density, expiry)."""
        require_role(session, Role.NURSE, Role.CLINIC_LEAD, Role.PHARMACIST)
        with self.store.reading(session) as projections:
            container = projections.ledger.container(batch_id)
        if container is None or container.kind is not ContainerKind.SOLUTION:
            raise ServiceError("There is no such solution batch.", code="pharmacy.batch_unknown")
        assert container.concentration and container.density and container.expires_at
        return SolutionBatch(
            container.container_id,
            container.concentration,
            container.density,
            container.expires_at,
        )

    def active_solution_batches(self, session: Session) -> list[SolutionBatch]:
        """The solution batches a nurse may draw from now: not expired, not used up.

        Soonest expiry first. Readable by the counter's roles; no stock totals are shown.
        """
        require_role(session, Role.NURSE, Role.CLINIC_LEAD, Role.PHARMACIST)
        now = self.clock()
        with self.store.reading(session) as projections:
            containers = projections.ledger.solutions_in_stock()
        batches = [
            SolutionBatch(
                container.container_id,
                container.concentration,
                container.density,
                container.expires_at,
            )
            for container in containers
            if container.expires_at and container.concentration and container.density
        ]
        return sorted(
            (batch for batch in batches if batch.expires_at > now),
            key=lambda batch: (batch.expires_at, batch.lot),
        )

    # -- movements out ------------------------------------------------------------------------

    def remove(
        self,
        session: Session,
        kind: MovementKind,
        container_id: str,
        *,
        mg: Milligrams | None = None,
        weighed: Grams | None = None,
        reason: str = "",
        witness: User | None = None,
    ) -> str:
        """Record residue, waste, a failed injection's remainder or a destruction.

        Give the mg, or the net weighed mass of a solution (its mg then follow from the batch's
        concentration and density). A destruction needs a witness.
        """
        require_role(session, *_STOCK_ROLES)
        if kind not in _MANUAL_KINDS:
            raise ServiceError(
                "Only residue, waste, failed injections and destruction go here.",
                code="pharmacy.movement_kind_invalid",
            )
        if kind is MovementKind.DESTRUCTION:
            witness = self._check_witness(session, witness, "destruction")
        elif witness is not None:
            witness = self._check_witness(session, witness, "movement")
        with self.store.reading(session) as projections:
            container = projections.ledger.container(container_id)
        if container is None:
            raise ServiceError(
                "There is no such stock lot or solution batch.", code="pharmacy.container_unknown"
            )
        if (mg is None) == (weighed is None):
            raise ServiceError(
                "Give either the mg or the weighed mass, not both.",
                code="pharmacy.amount_ambiguous",
            )
        amount = mg if mg is not None else container.mg_in_mass(weighed)  # type: ignore[arg-type]
        if not amount:
            raise ServiceError(
                "Nothing to record: the amount is 0 mg.", code="pharmacy.amount_zero"
            )
        now = self.clock()
        movement_id = str(uuid.uuid4())
        movement = self._movement(
            movement_id=movement_id,
            kind=kind,
            substance=container.substance,
            at=now,
            legs=(Leg(container_id, -amount.value),),
            by=session.user.user_id,
            witness=witness.user_id if witness else None,
            reason=reason,
        )
        payload: dict[str, Any] = {
            "movement_id": movement_id,
            "station_id": self.store.station_id,
            "kind": kind.value,
            "substance": container.substance,
            "container_id": container_id,
            "mg": str(amount.value),
            "weighed_g": str(weighed.value) if weighed is not None else None,
            "reason": reason,
            "at": now.isoformat(),
            "by": session.user.user_id,
            "witness": witness.user_id if witness else None,
        }
        signatures = [signature(session.user, f"recorded {kind.value}", dict(payload), now)]
        if witness is not None:
            signatures.append(signature(witness, f"witnessed {kind.value}", dict(payload), now))
        payload["signatures"] = signatures
        self._record_movement(session, movement, "stock.moved", payload)
        return movement_id

    # -- corrections --------------------------------------------------------------------------

    def correct(
        self,
        session: Session,
        corrects: str,
        note: str,
        *,
        container_id: str | None = None,
        change: Decimal | None = None,
    ) -> str:
        """Add a dated correction against an entry (the entry itself never changes).

        With ``container_id`` and a signed ``change`` in mg the correction also moves the book
        balance; without them it is a note only.
        """
        require_role(session, *_STOCK_ROLES)
        with self.store.reading(session) as projections:
            substance = projections.ledger.entry_substance(corrects)
        if substance is None:
            raise ServiceError(
                "The entry to correct is not in the register.",
                code="pharmacy.correction_target_unknown",
            )
        now = self.clock()
        correction_id = str(uuid.uuid4())
        legs = (Leg(container_id, change),) if container_id and change else ()
        movement = self._movement(
            movement_id=correction_id,
            kind=MovementKind.CORRECTION,
            substance=substance,
            at=now,
            legs=legs,
            by=session.user.user_id,
            reason=note,
            corrects=corrects,
        )
        payload: dict[str, Any] = {
            "correction_id": correction_id,
            "station_id": self.store.station_id,
            "corrects": corrects,
            "substance": substance,
            "container_id": container_id if legs else None,
            "change_mg": str(legs[0].change) if legs else None,
            "note": note,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [signature(session.user, "corrected", dict(payload), now)]
        self._record_movement(session, movement, "ledger.corrected", payload)
        return correction_id

    # -- counts -------------------------------------------------------------------------------

    def start_count(self, session: Session, substance: str | None = None) -> CountSheet:
        """Begin a blind count: the containers to count, without their book balances."""
        require_role(session, *_STOCK_ROLES)
        balances = self.balances(session, substance)
        now = self.clock()
        # Everything that holds drug on the books, and open solutions (a book balance of 0 in a
        # bottle that still holds liquid is exactly what a count must find).
        containers = tuple(
            item.container
            for item in balances
            if item.balance != 0
            or (item.container.kind is ContainerKind.SOLUTION and not item.container.expired(now))
        )
        return CountSheet(str(uuid.uuid4()), containers)

    def submit_count(
        self, session: Session, sheet: CountSheet, counted: Iterable[CountedLine]
    ) -> CountOutcome:
        """Record what was counted; only now are the expected values compared and shown."""
        require_role(session, *_STOCK_ROLES)
        lines = list(counted)
        allowed = {container.container_id for container in sheet.containers}
        if {line.container_id for line in lines} - allowed:
            raise ServiceError(
                "A counted container is not on this count sheet.",
                code="pharmacy.count_container_unknown",
            )
        missing = allowed - {line.container_id for line in lines}
        if missing:
            raise ServiceError(
                f"{len(missing)} container(s) on the sheet were not counted.",
                code="pharmacy.count_incomplete",
                missing=len(missing),
            )
        now = self.clock()
        with self.store.transaction():
            expected = {
                item.container.container_id: item.balance
                for item in self.balances(session)
                if item.container.container_id in allowed
            }
            try:
                result = reconcile(lines, expected, self.count_tolerance)
            except LedgerRefused as refusal:
                raise as_service_error(refusal) from refusal
            self.store.record(
                session,
                "count.recorded",
                {
                    "count_id": sheet.count_id,
                    "station_id": self.store.station_id,
                    "at": now.isoformat(),
                    "by": session.user.user_id,
                    "status": "clean" if result.clean else "discrepancy",
                    "tolerance_mg": str(self.count_tolerance.value),
                    "lines": [
                        {
                            "container_id": line.container_id,
                            "expected_mg": str(line.expected),
                            "counted_mg": str(line.counted.value),
                            "method": line.method.value,
                            "detail": line.detail,
                        }
                        for line in result.lines
                    ],
                },
            )
        return CountOutcome(sheet.count_id, result)

    def open_discrepancies(self, session: Session) -> list[str]:
        """Counts whose discrepancy still waits for a reason and a sign-off."""
        require_role(session, *_SIGN_OFF_ROLES)
        with self.store.reading(session) as projections:
            return projections.ledger.open_discrepancies()

    def sign_discrepancy(self, session: Session, count_id: str, reason: str) -> None:
        """Explain and sign off a count's discrepancy; the book is adjusted to what was counted.

        The sign-off is a second person's: the one who counted cannot sign it off.
        """
        require_role(session, *_SIGN_OFF_ROLES)
        if not reason.strip():
            raise ServiceError(
                "Give the reason for the discrepancy.", code="pharmacy.discrepancy_reason_missing"
            )
        with self.store.transaction():
            with self.store.reading(session) as projections:
                count = projections.ledger.count(count_id)
            if count is None:
                raise ServiceError("There is no such count.", code="pharmacy.count_unknown")
            counted_by = count.counted_by
            if count.status != "discrepancy":
                raise ServiceError(
                    "This count has no open discrepancy.", code="pharmacy.count_without_discrepancy"
                )
            if counted_by == session.user.user_id:
                raise ServiceError(
                    "The person who counted cannot sign off their own count.",
                    code="pharmacy.count_signed_by_counter",
                )
            adjustments = []
            for line in count.lines:
                difference = Decimal(line["counted_mg"]) - Decimal(line["expected_mg"])
                if abs(difference) > count.tolerance_mg and difference != 0:
                    adjustments.append(
                        {"container_id": line["container_id"], "change_mg": str(difference)}
                    )
            now = self.clock()
            payload: dict[str, Any] = {
                "count_id": count_id,
                "station_id": self.store.station_id,
                "reason": reason,
                "counted_by": counted_by,
                "adjustments": adjustments,
                "at": now.isoformat(),
                "by": session.user.user_id,
            }
            payload["signatures"] = [
                signature(session.user, "signed off count discrepancy", dict(payload), now)
            ]
            self.store.record(session, "count.discrepancy_signed", payload)

    # -- reading ------------------------------------------------------------------------------

    def balances(self, session: Session, substance: str | None = None) -> list[ContainerBalance]:
        """Every container with its book balance (pharmacist and clinic lead)."""
        require_role(session, *_REGISTER_ROLES)
        with self.store.reading(session) as projections:
            rows = projections.ledger.container_balances(substance)
        return [ContainerBalance(container, balance) for container, balance in rows]

    def substance_balance(self, session: Session, substance: str) -> Decimal:
        """The substance's book balance: the sum of every entry (in SQL, exact)."""
        require_role(session, *_REGISTER_ROLES)
        with self.store.reading(session) as projections:
            return projections.ledger.substance_balance(substance)

    def register(
        self, session: Session, substance: str, container_id: str | None = None
    ) -> list[RegisterRow]:
        """The register of a substance (or one container) in time order with running balance."""
        require_role(session, *_REGISTER_ROLES)
        with _collector_paused():
            return self._register(session, substance, container_id)

    def _register(
        self, session: Session, substance: str, container_id: str | None
    ) -> list[RegisterRow]:
        with self.store.reading(session) as projections:
            ledger_view = projections.ledger
            entries = ledger_view.entries(substance)
            names = {user.user_id: user.display_name for user in self.store.users()}
            labels = ledger_view.container_labels()
            reasons = {
                entry.movement.movement_id: ledger_view.open_reason(
                    entry.movement.movement_id, entry.sealed
                )
                for entry in entries
                if entry.sealed is not None
            }
        forced = {entry.movement.movement_id for entry in entries if entry.forced}
        lines = build_register([entry.movement for entry in entries], substance, container_id)
        rows = []
        for line in lines:
            movement = line.movement
            legs = movement.legs
            if len(legs) == 1:
                container_label = labels.get(legs[0].container_id, legs[0].container_id)
            elif legs:
                container_label = " → ".join(labels.get(leg.container_id, "") for leg in legs)
            else:
                container_label = "(no batch)"
            if line.notes:
                notes = tuple(
                    CorrectionNote(
                        note.movement_id,
                        note.at,
                        names.get(note.by, note.by),
                        reasons.get(note.movement_id, note.text),
                        note.change,
                    )
                    for note in line.notes
                )
                line = RegisterLine(movement, line.change, line.balance, notes)  # noqa: PLW2901
            rows.append(
                RegisterRow(
                    line,
                    names.get(movement.by, movement.by),
                    names.get(movement.witness, movement.witness) if movement.witness else "",
                    reasons.get(movement.movement_id, ""),
                    container_label,
                    movement.movement_id in forced,
                )
            )
        return rows

    def series(
        self, session: Session, substance: str, container_id: str | None = None
    ) -> list[tuple[datetime, Decimal]]:
        """Stock over time for a chart: the running balance after each entry."""
        return stock_series([row.line for row in self.register(session, substance, container_id)])

    # -- export -------------------------------------------------------------------------------

    def register_table(
        self, rows: Sequence[RegisterRow], zone: ZoneInfo | None = None
    ) -> list[list[str]]:
        """The register as rows of text (the CSV and PDF columns), times in the clinic's zone."""
        table = []
        zone = zone or self.zone
        kinds = {kind: kind.value.replace("_", " ") for kind in MovementKind}
        for number, row in enumerate(rows, start=1):
            line = row.line
            local = line.movement.at.astimezone(zone).isoformat()
            notes = (
                "; ".join(
                    f"{note.at.astimezone(zone):%Y-%m-%d %H:%M} {note.by}: {note.text}"
                    f" ({_mg_text(note.change, signed=True)} mg)"
                    for note in line.notes
                )
                if line.notes
                else ""
            )
            kind = kinds[line.movement.kind]
            table.append(
                [
                    str(number),
                    local[:10],
                    local[11:16],
                    kind + " (forced)" if row.forced else kind,
                    row.container_label,
                    _mg_text(line.change, signed=True),
                    _mg_text(line.balance),
                    row.by,
                    row.witness,
                    row.reason,
                    notes,
                ]
            )
        return table

    def clinic_zone(self, session: Session) -> ZoneInfo:
        """The clinic's zone as the clinic lead set it now (for times people read)."""
        from station.services.clinic_time import clinic_zone

        return clinic_zone(self.store, session)

    def register_summary(
        self, rows: Sequence[RegisterRow], substance: str, zone: ZoneInfo, one_container: bool
    ) -> RegisterSummary:
        """The period (clinic dates), the opening and closing balance and the entries."""
        from station.services.register_layout import summarise

        return summarise(
            (
                (row.line.movement.at.astimezone(zone).date(), row.line.change, row.line.balance)
                for row in rows
            ),
            substance,
            self.store.station_name,
            zone.key,
            rows[0].container_label if rows and one_container else "",
        )

    def export_csv(
        self, session: Session, substance: str, target: Path, container_id: str | None = None
    ) -> int:
        """Write the register as CSV for the clinic's spreadsheet; return the number of entries.

        UTF-8 with a BOM, the separators of the station's language (``;`` and a decimal comma
        where the language writes 1,5), no symbols, dates and times in clinic time.
        """
        from station.services.register_csv import write_register_csv
        from station.services.settings import SettingsService

        rows = self.register(session, substance, container_id)
        zone = self.clinic_zone(session)
        language = str(SettingsService(self.store).value(session, "language"))
        with _collector_paused():
            write_register_csv(target, REGISTER_COLUMNS, self.register_table(rows, zone), language)
        return len(rows)

    def export_pdf(
        self, session: Session, substance: str, target: Path, container_id: str | None = None
    ) -> int:
        """Render the register as a PDF locally (fpdf2); return the number of entries.

        The first page says the period and the opening and closing balance; every page says
        "page x of y" and when it was printed, in clinic time; the last has the signature lines.
        """
        from station.services.clinic_time import clinic_time
        from station.services.register_pdf import render_register_pdf

        rows = self.register(session, substance, container_id)
        zone = self.clinic_zone(session)
        title = f"Controlled-drug register: {substance} — {self.store.station_name}"
        summary = self.register_summary(rows, substance, zone, bool(container_id))
        with _collector_paused():
            table = self.register_table(rows, zone)
        render_register_pdf(
            title,
            REGISTER_COLUMNS,
            table,
            target,
            summary=summary,
            printed=clinic_time(self.clock(), zone),
        )
        return len(rows)


def _end_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first moment after a pack's expiry date, in the clinic's zone."""
    return datetime.combine(day + timedelta(days=1), time(0), zone)


__all__ = [
    "ContainerBalance",
    "CountOutcome",
    "CountSheet",
    "PharmacyService",
    "Product",
    "RegisterRow",
]
