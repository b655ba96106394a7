"""The demo's environment for the window: its profile, simulators, cards and local server."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from devices.sim.base import unique_name
from devices.sim.printer import SimulatedPrinter
from devices.sim.scale import SimulatedScale
from devices.sim.scanner import SimulatedScanner
from station.demo.profile import (
    EMPTY_SYRINGE,
    create_demo_profile,
    demo_card_text,
    demo_credentials,
    demo_password,
    ensure_demo_solution_batch,
    trust_demo_cards,
)
from station.domain.patients import Patient
from station.domain.quantities import Concentration, Density, Milligrams
from station.services.counter import CounterService
from station.services.preparation import SolutionBatch, expected_mass
from station.store.crypto import KdfParams
from station.store.store import Store

if TYPE_CHECKING:
    from station.demo.server import DemoServer


class DemoEnvironment:
    """Everything demo mode adds: simulators on ``sim://`` ports and a card issuer.

    The demo's card issuer is trusted through the card service, as a technician would trust
    one (a real station trusts its central server's key from the enrolment).
    """

    def __init__(self, data_dir: Path, patients: int = 12, *, kdf: KdfParams) -> None:
        """Name the simulators; :meth:`open_store` opens the profile, :meth:`start` the sims.

        ``kdf`` is for a new profile's fictional accounts (``DEMO_KDF``, or a test's cheaper one).
        """
        self.data_dir = data_dir
        self.patients = patients
        self.kdf = kdf
        self.scale_sim = SimulatedScale(
            unique_name("demo-scale"), update_period_s=1 / 20, settle_time_s=0.25, seed=5
        )
        self.printer_sim = SimulatedPrinter(unique_name("demo-printer"), print_time_s=0.2)
        self.scanner_sim = SimulatedScanner(unique_name("demo-scanner"))
        self.created = False
        self._patients: list[Patient] = []
        self.store: Store | None = None
        self.server: DemoServer | None = None
        """The demo's own central server, once :meth:`start_server` has run."""

    def open_store(self) -> Store:
        """Create the demo profile when missing (slow: one key derivation per user), or open it."""
        self.created = not Store.exists(self.data_dir)
        if self.created:
            store = create_demo_profile(self.data_dir, self.patients, kdf=self.kdf)
        else:
            store = Store.open(self.data_dir)
        self.store = store
        trust_demo_cards(store)
        nurse = store.unlock("nurse", demo_password("nurse"))
        self._patients = CounterService(store).roster(nurse)
        return store

    @property
    def cards(self) -> list[tuple[str, str]]:
        """(clinic id, card text) of every demo patient, for the simulator panel."""
        return [(patient.clinic_id, self.card_text(patient)) for patient in self._patients]

    def start(self) -> None:
        """Start the simulated scale (with an empty syringe's place ready), printer and scanner."""
        for sim in (self.scale_sim, self.printer_sim, self.scanner_sim):
            sim.start()

    def device_settings(self) -> dict[str, str]:
        """The window's device settings for the simulators' ports (``Preferences.changed``)."""
        return {
            "scale_url": self.scale_sim.url,
            "scale_protocol": "mt-sics",
            "printer_url": self.printer_sim.url,
            "scanner_url": self.scanner_sim.url,
        }

    def card_text(self, patient: Patient) -> str:
        """The signed text on this demo patient's card (what the scanner reads)."""
        if self.store is None:
            raise RuntimeError("open the demo store first")
        return demo_card_text(self.store, patient)

    def scan_card(self, patient: Patient) -> None:
        """Have the simulated serial scanner read this patient's card."""
        self.scanner_sim.scan(self.card_text(patient), "]Q1")

    @staticmethod
    def empty_syringe_g() -> Decimal:
        """The demo's empty syringe mass in g."""
        return EMPTY_SYRINGE

    def filled_masses(self) -> list[tuple[str, Decimal]]:
        """Net masses (g) of a few usual doses in the demo's batch recipe, for quick buttons."""
        batch = SolutionBatch(
            "demo recipe", Concentration(100), Density("1.0180"), datetime.now(UTC)
        )
        return [
            (str(mg), expected_mass(Milligrams(mg), batch).value.quantize(Decimal("0.01")))
            for mg in (15, 100, 120, 160)
        ]

    @staticmethod
    def credentials() -> list[dict[str, object]]:
        """Demo users and passwords (the login screen shows them in demo mode only)."""
        return demo_credentials()

    def ensure_solution_batch(self) -> str | None:
        """Have the demo pharmacist reconstitute a batch when none is usable; its id if new.

        The demo window's counter draws from it (the application calls this when it opens
        the demo; tests of the pharmacy's own screens start from an empty pharmacy).
        """
        if self.store is None:
            raise RuntimeError("open the demo store first")
        return ensure_demo_solution_batch(self.store)

    def start_server(self) -> str:
        """Start the demo's local central server and enroll with it (slow: off the GUI thread).

        Returns the server's address. The window's sync then runs against it as against a
        clinic's server: online, queued events, last sync.
        """
        from station.demo.server import start_demo_server

        if self.store is None:
            raise RuntimeError("open the demo store first")
        if self.server is None:
            self.server = start_demo_server(self.store, self.data_dir)
        return self.server.url

    def stop(self) -> None:
        """Stop the simulators and the demo's server."""
        for sim in (self.scale_sim, self.printer_sim, self.scanner_sim):
            sim.stop()
        server, self.server = self.server, None
        if server is not None:
            server.stop()
