"""The controlled-drug ledger: mg in containers, movements, corrections, blind counts, register.

Accounting is by mass of substance, in mg, at the resolution of :class:`Milligrams` (0.01 mg):

* a **stock** container is one received pack lot (ampoules of powder), created by a receipt;
* a **solution** container is a solution batch made by reconstitution: mg leave stock
  containers and enter the solution, so the substance's balance does not change;
* doses, failed injections, residue, waste and destruction take mg out of one container;
* a count adjustment (after a signed discrepancy) and a correction move the book balance by a
  signed amount; a correction is a new dated entry that points at the entry it corrects and
  is shown as a note against it — nothing is ever changed or deleted.

No movement takes a container below zero: :meth:`Ledger.apply` refuses it. Only facts that
already happened elsewhere (a dose given at the counter) may be recorded with ``force=True``;
then the container is marked overdrawn, which a count must resolve.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from station.domain.errors import DomainError
from station.domain.quantities import (
    DECIMAL_CONTEXT,
    Concentration,
    Density,
    Grams,
    Milligrams,
    Millilitres,
    dose_in_mass,
    to_decimal,
)

MG_STEP = Milligrams.resolution
# Solutions up to 250 mg/mL are compatible with 0.9 % saline (Diaphin information, domain.md).
MAX_CONCENTRATION = Concentration(250)
# An aqueous solution weighs about 1 g/mL; outside this band the density weighing went wrong.
DENSITY_BAND = (Density("0.9000"), Density("1.5000"))


class LedgerRefused(DomainError):
    """A movement the ledger will not record; the message says why, in plain words."""


class ContainerKind(StrEnum):
    """Where drug is held: a received pack lot (ampoules) or a solution batch."""

    STOCK = "stock"
    SOLUTION = "solution"


class MovementKind(StrEnum):
    """What a ledger entry records."""

    RECEIPT = "receipt"
    RECONSTITUTION = "reconstitution"
    DOSE = "dose"
    FAILED_INJECTION = "failed_injection"
    RESIDUE = "residue"
    WASTE = "waste"
    DESTRUCTION = "destruction"
    COUNT_ADJUSTMENT = "count_adjustment"
    CORRECTION = "correction"


# Kinds that take drug out of one container.
OUTGOING_KINDS = frozenset(
    {
        MovementKind.DOSE,
        MovementKind.FAILED_INJECTION,
        MovementKind.RESIDUE,
        MovementKind.WASTE,
        MovementKind.DESTRUCTION,
    }
)
# Kinds whose entry needs a second person's signature.
WITNESSED_KINDS = frozenset({MovementKind.RECONSTITUTION, MovementKind.DESTRUCTION})
# Kinds that use drug (an expired container may not be used; it may still be destroyed).
_USES = frozenset({MovementKind.RECONSTITUTION, MovementKind.DOSE})
# Kinds that need a reason in words.
REASONED_KINDS = frozenset(
    {
        MovementKind.WASTE,
        MovementKind.DESTRUCTION,
        MovementKind.COUNT_ADJUSTMENT,
        MovementKind.CORRECTION,
    }
)
# Kinds that only come from a solution batch.
FROM_SOLUTION_KINDS = frozenset(
    {MovementKind.DOSE, MovementKind.FAILED_INJECTION, MovementKind.RESIDUE}
)


def mg_amount(value: Decimal | int | str, what: str = "an amount") -> Decimal:
    """Return a signed mg amount at the ledger's resolution; refuse finer values."""
    number = to_decimal(value, what)
    rounded = number.quantize(MG_STEP, ROUND_HALF_EVEN, DECIMAL_CONTEXT)
    if number != rounded:
        raise LedgerRefused(f"{what} must be given to 0.01 mg")
    return rounded


def centi_mg(amount: Decimal) -> int:
    """An mg amount as an integer count of 0.01 mg (exact sums in SQL)."""
    return int(mg_amount(amount) * 100)


def from_centi_mg(count: int) -> Decimal:
    """The mg amount of an integer count of 0.01 mg."""
    return (Decimal(count) / 100).quantize(MG_STEP)


@dataclass(frozen=True)
class Container:
    """A place that holds drug: a stock lot or a solution batch, with what identifies it."""

    container_id: str
    kind: ContainerKind
    substance: str
    label: str
    expires_at: datetime | None = None
    concentration: Concentration | None = None
    density: Density | None = None

    def __post_init__(self) -> None:
        if not self.container_id or not self.substance or not self.label.strip():
            raise LedgerRefused("a container needs an id, a substance and a label")
        if self.kind is ContainerKind.SOLUTION and (
            self.concentration is None or self.density is None
        ):
            raise LedgerRefused("a solution batch needs its concentration and density")

    def expired(self, at: datetime) -> bool:
        """True when the container's expiry has passed at ``at``."""
        return self.expires_at is not None and at >= self.expires_at

    def mg_in_mass(self, mass: Grams) -> Milligrams:
        """The mg of substance in a weighed mass of this solution."""
        if self.concentration is None or self.density is None:
            raise LedgerRefused(f"{self.label} is not a solution: it cannot be weighed out")
        return dose_in_mass(mass, self.concentration, self.density)


@dataclass(frozen=True)
class Leg:
    """One container's change in one movement: positive in, negative out (mg)."""

    container_id: str
    change: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "change", mg_amount(self.change, "a ledger change"))


@dataclass(frozen=True)
class Movement:
    """One ledger entry: what happened, when, who (and who witnessed), and its legs."""

    movement_id: str
    kind: MovementKind
    substance: str
    at: datetime
    legs: tuple[Leg, ...]
    by: str
    witness: str | None = None
    reason: str = ""
    corrects: str | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise LedgerRefused("a ledger entry's time must carry its time zone")
        if not self.by:
            raise LedgerRefused("a ledger entry needs the person who made it")
        if self.kind in WITNESSED_KINDS:
            if not self.witness:
                raise LedgerRefused(f"a {self.kind.value} needs a witness")
            if self.witness == self.by:
                raise LedgerRefused("the witness must be a second person")
        if self.kind in REASONED_KINDS and not self.reason.strip():
            raise LedgerRefused(f"a {self.kind.value.replace('_', ' ')} needs a reason")
        if (self.kind is MovementKind.CORRECTION) != (self.corrects is not None):
            raise LedgerRefused("a correction (and only a correction) names the entry it corrects")
        self._check_shape()

    def _check_shape(self) -> None:
        changes = [leg.change for leg in self.legs]
        ins = [change for change in changes if change > 0]
        outs = [change for change in changes if change < 0]
        if any(change == 0 for change in changes):
            raise LedgerRefused("a ledger change of 0 mg records nothing")
        if len({leg.container_id for leg in self.legs}) != len(self.legs):
            raise LedgerRefused("a container appears twice in one entry")
        kind = self.kind
        if kind is MovementKind.RECEIPT and (len(ins) != 1 or outs):
            raise LedgerRefused("a receipt adds to exactly one stock lot")
        if kind is MovementKind.RECONSTITUTION and (len(ins) != 1 or not outs or sum(changes) != 0):
            raise LedgerRefused(
                "a reconstitution moves the same mg out of stock lots into one solution batch"
            )
        if kind in OUTGOING_KINDS and (len(outs) != 1 or ins):
            raise LedgerRefused(f"a {kind.value.replace('_', ' ')} takes mg out of one container")
        if kind is MovementKind.COUNT_ADJUSTMENT and len(changes) != 1:
            raise LedgerRefused("a count adjustment changes one container")
        if kind is MovementKind.CORRECTION and len(changes) > 1:
            raise LedgerRefused("a correction changes at most one container")

    @property
    def change(self) -> Decimal:
        """The movement's effect on the substance's balance (0 for a reconstitution)."""
        if len(self.legs) == 1:
            return self.legs[0].change
        return sum((leg.change for leg in self.legs), Decimal(0))

    def change_for(self, container_id: str) -> Decimal:
        """Return the change to one container (0 when it does not touch it)."""
        return sum(
            (leg.change for leg in self.legs if leg.container_id == container_id), Decimal(0)
        )


@dataclass
class Ledger:
    """The book: containers, their balances, and every entry in the order it was made."""

    containers: dict[str, Container] = field(default_factory=dict)
    balances: dict[str, Decimal] = field(default_factory=dict)
    substance_balances: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    entries: list[Movement] = field(default_factory=list)
    overdrawn: set[str] = field(default_factory=set)
    _ids: set[str] = field(default_factory=set)

    def add_container(self, container: Container) -> None:
        """Open a container (empty); the same id twice is refused."""
        if container.container_id in self.containers:
            raise LedgerRefused(f"{container.label} is already in the ledger")
        self.containers[container.container_id] = container
        self.balances[container.container_id] = Decimal(0)

    def container(self, container_id: str) -> Container:
        """Return a container or refuse with a clear message."""
        found = self.containers.get(container_id)
        if found is None:
            raise LedgerRefused("no such stock lot or solution batch in the ledger")
        return found

    def balance(self, container_id: str) -> Decimal:
        """The container's book balance in mg (negative only when a forced fact overdrew it)."""
        self.container(container_id)
        return self.balances[container_id]

    def substance_balance(self, substance: str) -> Decimal:
        """The substance's book balance over every container, in mg."""
        return self.substance_balances[substance]

    def mark_recorded(self, movement_id: str) -> None:
        """Note an entry recorded elsewhere (so a correction may point at it)."""
        self._ids.add(movement_id)

    def check(self, movement: Movement, *, force: bool = False) -> list[str]:
        """Refuse a movement that breaks a rule; return warnings for forced facts."""
        if movement.movement_id in self._ids:
            raise LedgerRefused("this ledger entry is already recorded")
        warnings: list[str] = []
        for leg in movement.legs:
            container = self.container(leg.container_id)
            if container.substance != movement.substance:
                raise LedgerRefused(f"{container.label} holds another substance")
            self._check_kind(movement, container, leg)
            if (
                leg.change < 0
                and movement.kind in _USES
                and container.expired(movement.at)
                and container.expires_at is not None
            ):
                message = f"{container.label} expired at {container.expires_at:%Y-%m-%d %H:%M}"
                if not force:
                    raise LedgerRefused(message + "; it cannot be used")
                warnings.append(message)
            after = self.balances[leg.container_id] + leg.change
            if after < 0:
                short = f"{container.label} holds {self.balances[leg.container_id]} mg"
                message = f"{short}; {-leg.change} mg cannot be taken out"
                if not force:
                    raise LedgerRefused(message)
                warnings.append(message)
        if movement.kind is MovementKind.CORRECTION:
            corrected = movement.corrects
            if corrected not in self._ids:
                raise LedgerRefused("a correction must point at an entry already in the ledger")
        return warnings

    @staticmethod
    def _check_kind(movement: Movement, container: Container, leg: Leg) -> None:
        kind = movement.kind
        if kind is MovementKind.RECEIPT and container.kind is not ContainerKind.STOCK:
            raise LedgerRefused("stock is received into a stock lot")
        if kind is MovementKind.RECONSTITUTION:
            wanted = ContainerKind.SOLUTION if leg.change > 0 else ContainerKind.STOCK
            if container.kind is not wanted:
                raise LedgerRefused("a reconstitution takes from stock lots into a solution batch")
        if kind in FROM_SOLUTION_KINDS and container.kind is not ContainerKind.SOLUTION:
            raise LedgerRefused(f"a {kind.value.replace('_', ' ')} comes from a solution batch")

    def apply(self, movement: Movement, *, force: bool = False) -> list[str]:
        """Check and record a movement; return warnings (only when ``force`` let it through)."""
        warnings = self.check(movement, force=force)
        for leg in movement.legs:
            self.balances[leg.container_id] += leg.change
            if self.balances[leg.container_id] < 0:
                self.overdrawn.add(leg.container_id)
            else:
                self.overdrawn.discard(leg.container_id)
        self.substance_balances[movement.substance] += movement.change
        self.entries.append(movement)
        self._ids.add(movement.movement_id)
        return warnings


# -- receiving and reconstituting -------------------------------------------------------------


def check_receivable(expires_on: date | None, today: date) -> None:
    """Refuse a pack without an expiry date or whose expiry date has passed."""
    if expires_on is None:
        raise LedgerRefused("the pack code carries no expiry date; it cannot be received")
    if expires_on < today:
        raise LedgerRefused(f"this batch expired on {expires_on.isoformat()}; it is refused")


@dataclass(frozen=True)
class SolutionFacts:
    """What a reconstitution makes: mg, final volume, concentration and measured density."""

    mg: Milligrams
    volume: Millilitres
    concentration: Concentration
    density: Density


def reconstitute(
    sources_mg: Sequence[Milligrams],
    final_volume: Millilitres,
    sample_volume: Millilitres,
    sample_mass: Grams,
) -> SolutionFacts:
    """Work out a solution batch: mg ÷ mL gives the concentration; a weighed sample the density.

    The density is measured by weighing a known volume of the finished solution on the scale.
    """
    if not sources_mg or not all(sources_mg):
        raise LedgerRefused("a reconstitution needs at least one ampoule with drug in it")
    if not final_volume or not sample_volume or not sample_mass:
        raise LedgerRefused("the volume, the sample volume and its mass must be positive")
    if sample_volume > final_volume:
        raise LedgerRefused("the weighed sample cannot be larger than the solution")
    total = sum(sources_mg, Milligrams.zero())
    concentration = Concentration(DECIMAL_CONTEXT.divide(total.value, final_volume.value)).rounded()
    if concentration > MAX_CONCENTRATION:
        raise LedgerRefused(
            f"{concentration} is above {MAX_CONCENTRATION}: add more diluent before use"
        )
    density = Density(DECIMAL_CONTEXT.divide(sample_mass.value, sample_volume.value)).rounded()
    low, high = DENSITY_BAND
    if not low <= density <= high:
        raise LedgerRefused(
            f"a measured density of {density} is not plausible for a solution; weigh again"
        )
    return SolutionFacts(total, final_volume, concentration, density)


# -- counts -----------------------------------------------------------------------------------


class CountMethod(StrEnum):
    """How a container was counted."""

    AMPOULES = "ampoules"
    WEIGHED = "weighed"
    MG = "mg"


@dataclass(frozen=True)
class CountedLine:
    """What the counter found in one container (they did not see the book balance first)."""

    container_id: str
    counted: Milligrams
    method: CountMethod
    detail: str = ""


def counted_ampoules(container_id: str, ampoules: int, mg_per_ampoule: Milligrams) -> CountedLine:
    """A count of closed ampoules: number × mg per ampoule."""
    if ampoules < 0:
        raise LedgerRefused("a count of ampoules cannot be negative")
    return CountedLine(
        container_id,
        mg_per_ampoule.scaled(ampoules),
        CountMethod.AMPOULES,
        f"{ampoules} × {mg_per_ampoule}",
    )


def counted_by_weight(container: Container, net_mass: Grams) -> CountedLine:
    """A count of an open solution by weighing what is really there (net of the vessel)."""
    return CountedLine(
        container.container_id,
        container.mg_in_mass(net_mass),
        CountMethod.WEIGHED,
        f"{net_mass} net",
    )


@dataclass(frozen=True)
class CountDifference:
    """Expected against counted for one container."""

    container_id: str
    expected: Decimal
    counted: Milligrams
    method: CountMethod
    detail: str

    @property
    def difference(self) -> Decimal:
        """Counted minus expected, in mg (negative: drug is missing)."""
        return self.counted.value - self.expected


@dataclass(frozen=True)
class Reconciliation:
    """A count's result: every line, and which lines differ by more than the tolerance."""

    lines: tuple[CountDifference, ...]
    tolerance: Milligrams

    @property
    def discrepancies(self) -> tuple[CountDifference, ...]:
        """Lines whose difference is larger than the tolerance."""
        return tuple(line for line in self.lines if abs(line.difference) > self.tolerance.value)

    @property
    def clean(self) -> bool:
        """True when every line matches within the tolerance."""
        return not self.discrepancies


def reconcile(
    counted: Iterable[CountedLine],
    expected: Mapping[str, Decimal],
    tolerance: Milligrams,
) -> Reconciliation:
    """Compare a blind count with the book; each container is counted once."""
    lines: list[CountDifference] = []
    seen: set[str] = set()
    for line in counted:
        if line.container_id in seen:
            raise LedgerRefused("a container is counted twice in one count")
        if line.container_id not in expected:
            raise LedgerRefused("a counted container is not in the ledger")
        seen.add(line.container_id)
        lines.append(
            CountDifference(
                line.container_id,
                expected[line.container_id],
                line.counted,
                line.method,
                line.detail,
            )
        )
    return Reconciliation(tuple(lines), tolerance)


def adjustments_for(reconciliation: Reconciliation) -> list[Leg]:
    """The legs that bring the book to what was counted, for every discrepancy."""
    return [
        Leg(line.container_id, line.difference)
        for line in reconciliation.discrepancies
        if line.difference != 0
    ]


# -- the register -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CorrectionNote:
    """A dated note shown against the entry a correction points at."""

    movement_id: str
    at: datetime
    by: str
    text: str
    change: Decimal


@dataclass(frozen=True)
class RegisterLine:
    """One row of the register: the entry, its change, the running balance and its notes."""

    movement: Movement
    change: Decimal
    balance: Decimal
    notes: tuple[CorrectionNote, ...] = ()


def build_register(
    movements: Iterable[Movement],
    substance: str,
    container_id: str | None = None,
) -> list[RegisterLine]:
    """The register of one substance (or of one container), in the order entries were made.

    Each line carries the running balance after it; a correction is its own line and also a
    dated note against the entry it corrects.
    """
    selected: list[Movement] = []
    included: set[str] = set()
    for movement in movements:
        if movement.substance != substance:
            continue
        if container_id is not None:
            touches = any(leg.container_id == container_id for leg in movement.legs)
            if not touches and movement.corrects not in included:
                continue
        selected.append(movement)
        included.add(movement.movement_id)
    notes: dict[str, list[CorrectionNote]] = defaultdict(list)
    for movement in selected:
        if movement.corrects is not None:
            notes[movement.corrects].append(
                CorrectionNote(
                    movement.movement_id, movement.at, movement.by, movement.reason, movement.change
                )
            )
    lines: list[RegisterLine] = []
    balance = Decimal(0)
    for movement in selected:
        change = movement.change if container_id is None else movement.change_for(container_id)
        balance += change
        lines.append(
            RegisterLine(movement, change, balance, tuple(notes.get(movement.movement_id, ())))
        )
    return lines


def stock_series(lines: Sequence[RegisterLine]) -> list[tuple[datetime, Decimal]]:
    """The balance over time from a register (for a chart): one point per entry."""
    return [(line.movement.at, line.balance) for line in lines]
