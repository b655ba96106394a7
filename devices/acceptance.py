"""When a weight may be accepted as a dose weight: stable readings, confirmed, with a reason if not.

Pure rules, no I/O. Feed every reading to :class:`WeightConfirmation`; it answers with a
:class:`AcceptanceDecision` that either carries the accepted reading or says, with a code
and one plain sentence, why nothing is accepted yet.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from devices.readings import ScaleReading, WeightStatus


class RefusalReason(enum.Enum):
    """Why a reading is not (yet) an accepted dose weight."""

    DYNAMIC = "dynamic"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    DEVICE_ERROR = "device-error"
    WRONG_UNIT = "wrong-unit"
    NO_VALUE = "no-value"
    VALUE_CHANGED = "value-changed"
    CONFIRMING = "confirming"
    OUT_OF_ORDER = "out-of-order"


REASON_SENTENCES = {
    RefusalReason.DYNAMIC: "The balance reports the weight as still moving.",
    RefusalReason.OVERLOAD: "The load is above the balance's range.",
    RefusalReason.UNDERLOAD: "The balance reads below its range; check the pan and zero.",
    RefusalReason.DEVICE_ERROR: "The balance reported an error instead of a weight.",
    RefusalReason.WRONG_UNIT: "The balance sends a unit other than the one expected.",
    RefusalReason.NO_VALUE: "The frame carries no weight value.",
    RefusalReason.VALUE_CHANGED: "The stable weight changed; confirmation starts again.",
    RefusalReason.CONFIRMING: "The weight is stable; waiting for it to be confirmed.",
    RefusalReason.OUT_OF_ORDER: "A reading arrived older than the previous one.",
}


@dataclass(frozen=True)
class AcceptancePolicy:
    """How a stable weight is confirmed.

    A reading is accepted once ``confirmations`` consecutive stable readings with the same
    value and the expected unit have arrived *and* at least ``minimum_window_s`` seconds lie
    between the first and the last of them. Either rule can be relaxed: ``confirmations=1``
    or ``minimum_window_s=0``.
    """

    expected_unit: str = "g"
    confirmations: int = 3
    minimum_window_s: float = 0.0
    tolerance: Decimal = field(default_factory=lambda: Decimal(0))

    def __post_init__(self) -> None:
        """Refuse a policy that could accept a single unconfirmed frame by accident."""
        if self.confirmations < 1:
            raise ValueError("confirmations must be at least 1")
        if self.minimum_window_s < 0:
            raise ValueError("minimum_window_s must not be negative")
        if self.tolerance < 0:
            raise ValueError("tolerance must not be negative")


@dataclass(frozen=True)
class AcceptanceDecision:
    """The answer to one reading: accepted (with the reading) or refused with a reason."""

    accepted: ScaleReading | None
    reason: RefusalReason | None
    confirmed_count: int
    first_stable_at: float | None
    decided_at: float | None = None

    @property
    def is_accepted(self) -> bool:
        """True when this reading completed the confirmation."""
        return self.accepted is not None

    @property
    def sentence(self) -> str:
        """One plain sentence for the person at the counter."""
        if self.reason is None:
            return "The weight is stable and confirmed."
        return REASON_SENTENCES[self.reason]


def refusal_for(reading: ScaleReading, expected_unit: str) -> RefusalReason | None:
    """Why this single reading can never count towards acceptance, or ``None`` if it can."""
    if reading.status is WeightStatus.OVERLOAD:
        return RefusalReason.OVERLOAD
    if reading.status is WeightStatus.UNDERLOAD:
        return RefusalReason.UNDERLOAD
    if reading.status is WeightStatus.ERROR:
        return RefusalReason.DEVICE_ERROR
    if reading.status is WeightStatus.DYNAMIC:
        return RefusalReason.DYNAMIC
    if reading.value is None:
        return RefusalReason.NO_VALUE
    if reading.unit != expected_unit:
        return RefusalReason.WRONG_UNIT
    return None


class WeightConfirmation:
    """Running confirmation over a stream of readings (not thread-safe; one owner)."""

    def __init__(self, policy: AcceptancePolicy | None = None) -> None:
        """Start with nothing confirmed."""
        self.policy = policy if policy is not None else AcceptancePolicy()
        self._run: list[ScaleReading] = []
        self._last_received_at: float | None = None

    def reset(self) -> None:
        """Forget the readings confirmed so far (e.g. after a new syringe is placed)."""
        self._run.clear()

    def offer(self, reading: ScaleReading) -> AcceptanceDecision:
        """Consider one more reading and decide."""
        if self._last_received_at is not None and reading.received_at < self._last_received_at:
            self._run.clear()
            return AcceptanceDecision(None, RefusalReason.OUT_OF_ORDER, 0, None)
        self._last_received_at = reading.received_at
        refusal = refusal_for(reading, self.policy.expected_unit)
        if refusal is not None:
            self._run.clear()
            return AcceptanceDecision(None, refusal, 0, None)
        assert reading.value is not None  # refusal_for guarantees a value
        waiting_reason = RefusalReason.CONFIRMING
        if self._run:
            first_value = self._run[0].value
            assert first_value is not None
            if abs(reading.value - first_value) > self.policy.tolerance:
                self._run.clear()
                waiting_reason = RefusalReason.VALUE_CHANGED
        self._run.append(reading)
        first_at = self._run[0].received_at
        enough_readings = len(self._run) >= self.policy.confirmations
        long_enough = reading.received_at - first_at >= self.policy.minimum_window_s
        if enough_readings and long_enough:
            return AcceptanceDecision(reading, None, len(self._run), first_at)
        return AcceptanceDecision(None, waiting_reason, len(self._run), first_at)


def accept_from(
    readings: list[ScaleReading], policy: AcceptancePolicy | None = None
) -> AcceptanceDecision:
    """Run a whole sequence through a fresh confirmation; the first acceptance wins."""
    confirmation = WeightConfirmation(policy)
    decision = AcceptanceDecision(None, RefusalReason.NO_VALUE, 0, None)
    for reading in readings:
        decision = confirmation.offer(reading)
        if decision.is_accepted:
            return decision
    return decision
