"""What every step of the visit works with: services, the signed-in session, devices, the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from devices.protocols.zpl import Label
from station.services.accounts import AccountsService, Session
from station.services.counter import (
    CounterService,
    Override,
    PatientOverview,
    Visit,
    WeighingResult,
)
from station.services.intake import IntakeService
from station.services.preparation import SolutionBatch, WeighedDose
from station.services.prescribing import PrescribingService
from station.ui.device_bridge import DeviceBridges
from station.ui.tasks import Submit


@dataclass
class VisitServices:
    """The parts a visit needs; built once per signed-in session."""

    accounts: AccountsService
    """Sign-ins of second persons (witnesses)."""
    station_id: str
    counter: CounterService
    submit: Submit
    session: Session
    devices: DeviceBridges
    booths: int = 6
    prescribing: PrescribingService | None = None
    """The prescriber's orders: the panel shows their notice for the counter (when given)."""
    intake: IntakeService | None = None
    """The patients' photos: the panel shows the recorded photo (when given)."""

    def now(self) -> datetime:
        """The counter's clock (the one the record uses)."""
        return self.counter.clock()


@dataclass
class VisitState:
    """What the screens show of the current visit; the record is the service's.

    The service keeps the visit (identification, assessment, decision, the accepted weighing
    and the label prints) in the store and checks every step against it; nothing here decides.
    """

    visit: Visit | None = None
    overview: PatientOverview | None = None
    override: Override | None = None
    acknowledgement: str = ""
    batch: SolutionBatch | None = None
    weighed: WeighedDose | None = None
    accepted: WeighingResult | None = None
    """The service's answer for the syringe it kept (None: none kept yet)."""
    redo_reasons: list[str] = field(default_factory=list)
    label: Label | None = None
    label_prints: int = 0
    label_failures: int = 0

    def reset(self) -> None:
        """Forget the visit (the next patient starts from nothing)."""
        self.__dict__.update(VisitState().__dict__)
