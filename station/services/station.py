"""The one door from the window to the station: every service, built once, on one clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from station.domain.settings import RuleSettings
from station.services.absence import AbsenceService
from station.services.accounts import AccountsService, Session, User
from station.services.audit import repair_record
from station.services.cards import CardService
from station.services.clock import StationClock
from station.services.counter import CounterService
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceEdge
from station.services.incidents import IncidentService
from station.services.intake import IntakeService
from station.services.pharmacy import PharmacyService
from station.services.prescribing import PrescribingService
from station.services.queue import QueueService
from station.services.settings import SettingsService
from station.services.technician import TechnicianService
from station.store.store import Store

if TYPE_CHECKING:
    from station.services.sync_service import StationSync, SyncOverview

__all__ = ["Session", "StationServices", "User"]


class StationServices(ServiceEdge):
    """What the window works with: the station's services over one store and one clock.

    Built once by the composition root (``station.app``). The clock stamps the records, runs
    the rules and dates the pharmacy, the technician's checks and the settings alike; the
    window reaches the store only through the services' methods (the services check), and
    a store error leaves them as a :class:`ServiceError` with its code.
    """

    def __init__(
        self,
        store: Store,
        clock: StationClock,
        *,
        rule_settings: RuleSettings | None = None,
        station_name: str | None = None,
    ) -> None:
        """Build every service on ``store`` and ``clock`` (events are stamped by it too).

        ``station_name`` is the name read with the store (None: read it now, from the disk).
        """
        self._store = store
        self.clock = clock
        store.use_clock(clock.time)
        now = clock.now
        self.station_id = store.station_id
        self.station_name = station_name or store.station_name
        self.data_dir: Path = store.data_dir
        self.accounts = AccountsService(store)
        self.cards = CardService(store)
        self.counter = CounterService(store, rule_settings, clock=now, clock_skew=clock.skew)
        self.settings = SettingsService(store, now)
        self.technician = TechnicianService(store, clock=now)
        self.enrollment = EnrollmentService(store)
        self.queue = QueueService(store, now, self.counter.rule_settings)
        self.absence = AbsenceService(store, now, self.counter.rule_settings)
        self.incidents = IncidentService(store, now)
        self.prescribing = PrescribingService(store, now, rule_settings)
        self.intake = IntakeService(store, now, zone=lambda: self.counter.settings.zone)
        self._pharmacy = PharmacyService(store, clock=now, zone=self.counter.settings.zone)

    @property
    def pharmacy(self) -> PharmacyService:
        """The pharmacy's service, its days counted in the clinic's zone as last read."""
        self._pharmacy.zone = self.counter.settings.zone
        return self._pharmacy

    def integrity_problem(self) -> str | None:
        """What the seal found changed outside the program, in one sentence (None: nothing)."""
        return self._store.integrity_problem()

    def repair_record(self, session: Session) -> list[str]:
        """Rebuild the record from the verified chain (administrators only); what was set back."""
        return repair_record(self._store, session)

    def open_sync(
        self,
        session: Session,
        *,
        on_status: Callable[[SyncOverview], None] | None = None,
        ca_option: str | None = None,
    ) -> StationSync:
        """Open the station's sync for ``session`` on the station's clock (not started yet)."""
        from station.services.sync_service import StationSync

        if ca_option is None:
            return StationSync(self._store, session, on_status=on_status, clock=self.clock)
        return StationSync(
            self._store, session, on_status=on_status, ca_option=ca_option, clock=self.clock
        )

    def close(self) -> None:
        """Close the store (after the last write finished)."""
        self._store.close()
