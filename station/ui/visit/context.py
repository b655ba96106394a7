"""What every step of the visit works with: services, the signed-in session, devices, the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from devices.protocols.zpl import Label
from station.services.counter import CounterService, Override, PatientOverview, Visit
from station.services.preparation import SolutionBatch, WeighedDose
from station.store.store import Session, Store
from station.ui.device_bridge import DeviceBridges
from station.ui.tasks import Submit


@dataclass
class VisitServices:
    """The parts a visit needs; built once per signed-in session."""

    store: Store
    counter: CounterService
    submit: Submit
    session: Session
    devices: DeviceBridges
    batches: Callable[[], list[SolutionBatch]]
    booths: int = 6

    def now(self) -> datetime:
        """The counter's clock (the one the record uses)."""
        return self.counter.clock()


@dataclass
class VisitState:
    """How far the current patient's visit has got (nothing here is written to disk)."""

    visit: Visit | None = None
    overview: PatientOverview | None = None
    override: Override | None = None
    acknowledgement: str = ""
    batch: SolutionBatch | None = None
    weighed: WeighedDose | None = None
    redo_reasons: list[str] = field(default_factory=list)
    label: Label | None = None
    label_prints: int = 0
    label_failures: int = 0

    def reset(self) -> None:
        """Forget the visit (the next patient starts from nothing)."""
        self.__dict__.update(VisitState().__dict__)

    def weighing_record(self) -> dict[str, str]:
        """The weighing as stored with the dose: measurement, redos with reasons, label prints."""
        assert self.weighed is not None and self.batch is not None
        record = self.weighed.record()
        record["batch_lot"] = self.batch.lot
        record["batch_id"] = self.batch.lot  # the ledger deducts the dose's mg from this batch
        record["concentration"] = str(self.batch.concentration)
        record["density"] = str(self.batch.density)
        record["labels_printed"] = str(self.label_prints)
        if self.redo_reasons:
            record["redone"] = " | ".join(self.redo_reasons)
        return record
