"""The demo's sync: a central server of its own on loopback, and a second simulated station."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.domain.roles import Role
from station.domain.rules import Outcome
from station.domain.settings import RuleSettings
from station.services.counter import CounterService
from station.services.errors import ServiceError
from station.services.sync_link import META_BINDING, enroll, server_binding
from station.services.sync_service import StationSync
from station.store import files
from station.store.crypto import kdf_from_environment
from station.store.store import Session, Store

if TYPE_CHECKING:
    from sync.server.service import SyncService as CentralServer

OTHER_STATION_NAME = "Demo counter 2 (simulated)"
# Demo-only passwords of the simulated second station (fictional, printed by the demo).
OTHER_ADMIN_PASSWORD = "demo-other-admin-pass"  # noqa: S105
OTHER_NURSE_PASSWORD = "demo-other-nurse-pass"  # noqa: S105
OTHER_TECH_PASSWORD = "demo-other-tech-pass"  # noqa: S105
_START_TIMEOUT_S = 30.0


class DemoServer:
    """The real central server (FastAPI under uvicorn) in a thread on 127.0.0.1, a free port."""

    def __init__(self, database: Path) -> None:
        # The server's modules (FastAPI, SQLAlchemy, uvicorn) load only when a demo serves:
        # they take about a second to import.
        import uvicorn

        from station.services.demo import DEMO_CLINIC_ID
        from sync.server.app import create_app
        from sync.server.service import SyncService as CentralServer

        files.private_folder(database.parent)
        # The demo clinic's own server: demo cards name the same clinic before the demo
        # station enrolls and after (the id is kept by a server database made before).
        self.central = CentralServer(f"sqlite:///{database}", clinic_id=DEMO_CLINIC_ID)
        # Its database, WAL and signing key: owner-only, like the station's own folder.
        files.tighten(
            database.parent, own_file=lambda name: name.startswith(database.name), own_folders=()
        )
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        self._server = uvicorn.Server(
            uvicorn.Config(create_app(self.central), log_level="warning", lifespan="off")
        )
        server = self._server
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[listener]), name="demo-server", daemon=True
        )

    def start(self) -> DemoServer:
        """Serve, and return once the server accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise ServiceError("The demo's central server did not start.")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and close the database."""
        self._server.should_exit = True
        self._thread.join(_START_TIMEOUT_S)
        self.central.close()


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


def server_folder(data_dir: Path) -> Path:
    """Where the demo's own server keeps its database: beside the station's folder, not in it.

    The central server holds what stations push in clear (it is another machine in a clinic);
    the station's own folder must stay unreadable without a user's credentials.
    """
    return data_dir.with_name(data_dir.name + "-server")


def other_station_folder(data_dir: Path) -> Path:
    """The second simulated station's data folder (encrypted like any station's)."""
    return data_dir.with_name(data_dir.name + "-station-2")


def point_at(store: Store, url: str, central: CentralServer) -> None:
    """Follow the demo's own server to its new port (same server key, so same server)."""
    binding = server_binding(store)
    if binding is None or binding.url == url:
        return
    if binding.server_public_key != central.server_public_key:
        raise ServiceError(
            "The demo station is enrolled with another server; use a new demo folder."
        )
    store.set_meta(META_BINDING, json.dumps(replace(binding, url=url).__dict__, sort_keys=True))


def _enroll_if_needed(
    store: Store, technician: Session, url: str, code: str | None, central: CentralServer | None
) -> bool:
    if server_binding(store) is not None:
        if central is not None:
            point_at(store, url, central)
        return False
    if code is None:
        if central is None:
            raise ServiceError("Give the enrollment code of that server (HAT_ENROLL_CODE).")
        code = central.new_enrollment_code()
    enroll(store, technician, url, code)
    return True


def _sync(store: Store, session: Session) -> StationSync:
    service = StationSync(store, session, timeout_s=10.0)
    try:
        service.sync_now()
    finally:
        service.stop()
    return service


def start_demo_server(store: Store, data_dir: Path) -> DemoServer:
    """Start the demo's own central server and enroll the demo station with it (once).

    Slow (the server's modules load, then it starts): call it off the GUI thread. The station
    follows the server to its new port on every start; stop the server when the demo closes.
    """
    from station.services.demo import demo_password

    server = DemoServer(server_folder(data_dir) / "server.db").start()
    try:
        technician = store.unlock("technician", demo_password("technician"))
        _enroll_if_needed(store, technician, server.url, None, server.central)
    except BaseException:
        server.stop()
        raise
    return server


class SecondStation:
    """A second counter that works offline for a while, then syncs (the demo's double dose)."""

    def __init__(self, data_dir: Path, station_id: str) -> None:
        self.created = not Store.exists(data_dir)
        if self.created:
            store, admin, _code = Store.create(
                data_dir,
                OTHER_STATION_NAME,
                "admin",
                "Demo Admin 2",
                OTHER_ADMIN_PASSWORD,
                kdf=kdf_from_environment(calibrate=False),  # fictional accounts: fixed defaults
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
            from station.services.demo import demo_password

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
        _enroll_if_needed(self.store, technician, url, code, central)

    def sync(self) -> StationSync:
        """One sync round."""
        return _sync(self.store, self.nurse)

    def dose_offline(self, patient_id: str, at: datetime, settings: RuleSettings) -> bool:
        """Dose a patient without asking the server (this station is offline); True if given."""
        counter = CounterService(self.store, settings, clock=lambda: at)
        if patient_id not in {patient.patient_id for patient in counter.roster(self.nurse)}:
            return False
        from station.services.demo import demo_password, ensure_demo_solution_batch
        from station.services.preparation import expected_mass

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
    ) -> None:
        self.data_dir = data_dir
        self.other_station_id = other_station_id
        self._server_url = server_url
        self._code = code
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
        self.summary.enrolled_now = _enroll_if_needed(store, technician, url, self._code, central)
        self._add(_sync(store, nurse))
        if central is not None:
            self._other = SecondStation(other_station_folder(self.data_dir), self.other_station_id)
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
