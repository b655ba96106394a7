"""The demo's sync around its day: its own server, a second simulated station, a double dose."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.demo.profile import demo_password, ensure_demo_solution_batch
from station.demo.server import DemoServer, enroll_if_needed, server_folder
from station.domain.decision import Outcome
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.counter import CounterService
from station.services.errors import ServiceError
from station.services.preparation import expected_mass
from station.services.sync_service import StationSync
from station.store.crypto import KdfParams
from station.store.store import Session, Store

if TYPE_CHECKING:
    from sync.server.service import SyncService as CentralServer

OTHER_STATION_NAME = "Demo counter 2 (simulated)"
# Demo-only passwords of the simulated second station (fictional, printed by the demo).
OTHER_ADMIN_PASSWORD = "demo-other-admin-pass"  # noqa: S105
OTHER_NURSE_PASSWORD = "demo-other-nurse-pass"  # noqa: S105
OTHER_TECH_PASSWORD = "demo-other-tech-pass"  # noqa: S105


@dataclass
class DemoSyncSummary:
    """What the demo synced, for people and for the --json output."""

    server_url: str
    own_server: bool
    enrolled_now: bool = False
    pushed: int = 0
    pulled: int = 0
    other_station_id: str | None = None
    other_station_pushed: int = 0
    incidents_raised: int = 0
    open_incidents: list[dict[str, Any]] = field(default_factory=list)
    online: bool = False
    last_error: str | None = None
    notices: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The summary as a JSON-ready mapping."""
        return dict(self.__dict__)


def other_station_folder(data_dir: Path) -> Path:
    """The second simulated station's data folder (encrypted like any station's)."""
    return data_dir.with_name(data_dir.name + "-station-2")


def _sync(store: Store, session: Session) -> StationSync:
    service = StationSync(store, session, timeout_s=10.0)
    try:
        service.sync_now()
    finally:
        service.stop()
    return service


class SecondStation:
    """A second counter that works offline for a while, then syncs (the demo's double dose)."""

    def __init__(self, data_dir: Path, station_id: str, *, kdf: KdfParams) -> None:
        """Open the station's folder, or create it (``kdf`` for its fictional accounts)."""
        self.created = not Store.exists(data_dir)
        if self.created:
            store, admin, _code = Store.create(
                data_dir,
                OTHER_STATION_NAME,
                "admin",
                "Demo Admin 2",
                OTHER_ADMIN_PASSWORD,
                kdf=kdf,
                station_id=station_id,
            )
            store.add_user(
                admin,
                "nurse",
                "Nils Demo (nurse, 2)",
                frozenset({Role.NURSE}),
                OTHER_NURSE_PASSWORD,
            )
            store.add_user(
                admin,
                "technician",
                "Tim Demo (technician, 2)",
                frozenset({Role.TECHNICIAN}),
                OTHER_TECH_PASSWORD,
            )
            # A pharmacist and a second nurse, so that this counter draws from a real batch.
            for username, display, role in (
                ("pharmacist", "Pelle Demo (pharmacist, 2)", Role.PHARMACIST),
                ("witness", "Vera Demo (nurse, 2)", Role.NURSE),
            ):
                store.add_user(admin, username, display, frozenset({role}), demo_password(username))
            self.store = store
        else:
            self.store = Store.open(data_dir)
        self.nurse = self.store.unlock("nurse", OTHER_NURSE_PASSWORD)

    def enroll(self, url: str, code: str | None, central: CentralServer | None) -> None:
        """Enroll once (or follow the demo server to its new port)."""
        technician = self.store.unlock("technician", OTHER_TECH_PASSWORD)
        enroll_if_needed(self.store, technician, url, code, central)

    def sync(self) -> StationSync:
        """One sync round."""
        return _sync(self.store, self.nurse)

    def dose_offline(self, patient_id: str, at: datetime, settings: RuleSettings) -> bool:
        """Dose a patient without asking the server (this station is offline); True if given."""
        counter = CounterService(self.store, settings, clock=lambda: at)
        if patient_id not in {patient.patient_id for patient in counter.roster(self.nurse)}:
            return False
        ensure_demo_solution_batch(self.store, settings, clock=lambda: at)
        witness = self.store.confirm_witness("witness", demo_password("witness"), self.nurse.user)
        visit = counter.identify_manually(
            self.nurse, patient_id, "Demo: card reader of this counter is out", witness
        )
        visit = counter.assess(self.nurse, visit, 0, Decimal("0.0"), "Demo assessment.")
        prescription = counter.overview(self.nurse, patient_id).prescriptions[0]
        visit = counter.decide(self.nurse, visit, prescription.drug, prescription.max_per_session)
        decision = visit.decision
        if decision is None or decision.outcome not in (Outcome.ALLOW, Outcome.ALLOW_WITH_WARNING):
            counter.end_visit(self.nurse, visit, "Demo: not dosed.", why="dose_not_allowed")
            return False
        batch = counter.solution_batches(self.nurse, prescription.drug)[0]
        target = expected_mass(prescription.max_per_session, batch)
        counter.accept_weighing(self.nurse, visit, batch.lot, target, "demo: exact fill")
        counter.record_label(self.nurse, visit, printed=True)
        try:
            counter.administer(
                self.nurse,
                visit,
                booth="Booth 9",
                acknowledgement="Demo: warning read." if decision.comment_required else "",
            )
        except ServiceError:
            return False
        return True

    def close(self) -> None:
        """Close the data folder."""
        self.store.close()


def _double_dose_candidate(
    store: Store, session: Session, other_station_id: str, clinic_date: str
) -> tuple[str, datetime] | None:
    """A patient of the other station whom this station dosed in the morning of the demo day."""
    counter = CounterService(store)
    for patient in counter.roster(session):
        if patient.home_station != other_station_id:
            continue
        for dose in counter.overview(session, patient.patient_id).recent_doses:
            if str(dose.session) == f"{clinic_date}/morning" and not dose.voided:
                return patient.patient_id, dose.given_at
    return None


class DemoSync:
    """The demo's sync around its clinic day: before it, roster out; after it, the day's doses.

    With its own server, a second station (the home station of every fifth demo patient)
    pulls the roster before the day, then "offline" doses one of its patients whom this station
    also dosed that morning, and syncs: the server flags the suspected double dose, and both
    stations pull the incident.
    """

    def __init__(
        self,
        data_dir: Path,
        other_station_id: str,
        server_url: str | None = None,
        code: str | None = None,
        *,
        kdf: KdfParams,
    ) -> None:
        """Sync ``data_dir``'s station; ``kdf`` is for the second station's fictional accounts."""
        self.data_dir = data_dir
        self.other_station_id = other_station_id
        self._server_url = server_url
        self._code = code
        self._kdf = kdf
        self._server: DemoServer | None = None
        self._other: SecondStation | None = None
        self.summary: DemoSyncSummary | None = None

    def before_day(self, store: Store, technician: Session, nurse: Session) -> None:
        """Start the server (unless one was given), enroll, push the roster, sync station 2."""
        if self._server_url is None:
            self._server = DemoServer(server_folder(self.data_dir) / "server.db").start()
        url = self._server.url if self._server is not None else str(self._server_url)
        central = self._server.central if self._server is not None else None
        self.summary = DemoSyncSummary(server_url=url, own_server=central is not None)
        self.summary.enrolled_now = enroll_if_needed(store, technician, url, self._code, central)
        self._add(_sync(store, nurse))
        if central is not None:
            self._other = SecondStation(
                other_station_folder(self.data_dir), self.other_station_id, kdf=self._kdf
            )
            self._other.enroll(url, None, central)
            self._other.sync()
            self.summary.other_station_id = self.other_station_id

    def after_day(self, store: Store, nurse: Session, clinic_date: str) -> DemoSyncSummary:
        """Station 2 doses offline, everyone syncs; return what was synced."""
        summary = self.summary
        assert summary is not None, "before_day first"
        if self._other is not None:
            candidate = _double_dose_candidate(store, nurse, self.other_station_id, clinic_date)
            if candidate is not None:
                patient_id, given_at = candidate
                self._other.dose_offline(
                    patient_id, given_at + timedelta(minutes=7), RuleSettings()
                )
        last = self._add(_sync(store, nurse))
        if self._other is not None:
            summary.other_station_pushed = self._other.sync().overview().totals.pushed
            last = self._add(_sync(store, nurse))
        status = last.overview()
        summary.online = status.status.online
        summary.last_error = status.status.last_error
        if status.last_report is not None:
            summary.notices = list(status.last_report.notices)
        roster = {p.patient_id: p.clinic_id for p in CounterService(store).roster(nurse)}
        open_incidents = [item for item in last.incidents() if item.get("status") == "open"]
        summary.open_incidents = [
            {
                "kind": item.get("kind"),
                "session": item.get("session"),
                "clinic_id": roster.get(str(item.get("patient_id")), "?"),
                "stations": sorted({str(dose.get("station_id")) for dose in _doses_of(item)}),
            }
            for item in open_incidents
        ]
        return summary

    def _add(self, service: StationSync) -> StationSync:
        assert self.summary is not None
        totals = service.overview().totals
        self.summary.pushed += totals.pushed
        self.summary.pulled += totals.pulled
        self.summary.incidents_raised += len(totals.incidents_raised)
        return service

    def close(self) -> None:
        """Close station 2 and stop the demo's server."""
        if self._other is not None:
            self._other.close()
            self._other = None
        if self._server is not None:
            self._server.stop()
            self._server = None


def _doses_of(incident: dict[str, Any]) -> list[dict[str, Any]]:
    doses = incident.get("doses")
    return [dose for dose in doses if isinstance(dose, dict)] if isinstance(doses, list) else []
