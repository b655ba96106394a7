"""The guided tour: the real window, offscreen, through one visit on the demo's simulators."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from station.demo.environment import DemoEnvironment
from station.demo.profile import demo_kdf, demo_password
from station.domain.patients import Patient
from station.domain.settings import RuleSettings
from station.services.clock import StationClock
from station.services.preparation import expected_mass
from station.services.station import StationServices
from station.ui.device_bridge import DeviceBridges, DeviceState
from station.ui.i18n import Translations
from station.ui.main_window import CounterScreen, StationParts, StationWindow
from station.ui.preferences import Preferences
from station.ui.tasks import BackgroundTasks
from station.ui.visit.flow import VisitView

_log = logging.getLogger("station.ui.tour")

STEP_TIMEOUT_S = 20.0
MORE_UNDER_OBSERVATION = ("HAT-0006", "HAT-0007", "HAT-0008")
"""Dosed through the counter service after the tour's visit: four patients on the board."""


class TourFailed(RuntimeError):
    """A step of the tour did not reach the state it waits for."""


class MorningClock:
    """Real time shifted so that the tour starts at 08:15 in the clinic (a dosing session)."""

    def __init__(self, settings: RuleSettings) -> None:
        """Compute the shift from now."""
        zone = settings.zone
        today = datetime.now(zone).date()
        self.offset = datetime.combine(today, clock_time(8, 15), zone) - datetime.now(UTC)

    def __call__(self) -> datetime:
        """The tour's time."""
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        """Move the tour's time on (an observation's minutes pass in a moment)."""
        self.offset += timedelta(**delta)


def wait_until(what: str, predicate: Callable[[], bool], timeout_s: float = STEP_TIMEOUT_S) -> None:
    """Run the event loop until ``predicate`` holds; :class:`TourFailed` naming ``what`` if not."""
    if predicate():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise TourFailed(f"the tour waited in vain for: {what}")


class Tour:
    """One scripted run through the window, saving a PNG after each step."""

    def __init__(
        self,
        tour_dir: Path,
        data_dir: Path,
        patients: int,
        *,
        test_kdf: bool = False,
        size: tuple[int, int] = (1366, 768),
        simulators: bool = True,
    ) -> None:
        """Open a fresh demo profile and its window (offscreen when so configured).

        ``test_kdf``: the profile's fictional accounts get the cheap test derivation;
        ``simulators``: False closes the demo's simulator panel (a clinic's station has none).
        """
        self.tour_dir = tour_dir
        self.tour_dir.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self.demo = DemoEnvironment(data_dir, max(patients, 8), kdf=demo_kdf(test_kdf))
        self.demo.start()
        store = self.demo.open_store()
        self.demo.ensure_solution_batch()  # the counter draws from the register's batch
        self.clock = MorningClock(RuleSettings())
        clock = self.clock
        services = StationServices(
            store, StationClock(wall=lambda: clock().timestamp()), rule_settings=RuleSettings()
        )
        # English as the application installs it: its plurals ("4 patients", not "patient(s)").
        app = QCoreApplication.instance()
        assert app is not None
        self.translations = Translations(app)
        self.translations.switch("en")
        self.parts = StationParts(
            services=services,
            preferences=Preferences(lock_after_s=0).changed(**self.demo.device_settings()),
            tasks=BackgroundTasks(),
            devices=DeviceBridges(),
            demo=self.demo,
            translations=self.translations,
        )
        self.window = StationWindow(self.parts)
        self.window.resize(*size)  # a clinic's screen (1366x768 unless asked otherwise)
        self.window.show()
        self.simulators = simulators
        if not simulators:
            self.window.simulators_dock.close()

    # -- helpers -------------------------------------------------------------------------------

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """Save the window (or a dialog) as ``NN-name.png``."""
        QApplication.processEvents()
        path = self.tour_dir / f"{len(self.saved) + 1:02d}-{name}.png"
        if not (widget or self.window).grab().save(str(path)):
            raise TourFailed(f"could not save {path}")
        self.saved.append(path)

    @property
    def screen(self) -> CounterScreen:
        """The counter screen (the station is signed in)."""
        screen = self.window.counter_screen
        if screen is None:
            raise TourFailed("the station is locked")
        return screen

    @property
    def visit(self) -> VisitView:
        """The visit view."""
        return self.screen.visit

    def patient(self, clinic_id: str) -> Patient:
        """A demo patient by clinic id."""
        nurse = self.parts.services.accounts.unlock("nurse", demo_password("nurse"))
        return next(p for p in self.parts.counter.roster(nurse) if p.clinic_id == clinic_id)

    def sign_in(self, username: str) -> None:
        """Type the demo user's name and password, and sign in."""
        login = self.window.login
        login.username.setText(username)
        login.password.setText(demo_password(username))
        login.sign_in.click()
        wait_until("sign-in", lambda: self.window.counter_screen is not None)

    def identify(self, patient: Patient) -> None:
        """Scan the patient's card on the simulated scanner and wait for the panel."""
        self.demo.scan_card(patient)
        wait_until("the patient panel", self.visit.identify.confirm_box.isVisible)

    def check_rules(self, sedation: int = 0) -> None:
        """Assess and ask the rules."""
        assess = self.visit.assess
        assess.sedation.setCurrentIndex(sedation + 1)  # item 0 asks for a choice
        assess.decision_box.hide()
        assess.check_button.click()
        wait_until("the rules' decision", assess.decision_box.isVisible)

    def tare_and_fill(self, factor: Decimal = Decimal(1)) -> None:
        """Tare the empty syringe, then place the filled one."""
        prepare, sim = self.visit.prepare, self.demo.scale_sim
        empty = self.demo.empty_syringe_g()
        sim.place_mass(empty).result(5)
        wait_until("a stable empty syringe", lambda: prepare.stability.text() == "STABLE")
        wait_until("the tare button", prepare.tare_button.isEnabled)
        prepare.tare_button.click()
        wait_until("the tare", lambda: prepare.tared)
        state = self.visit.state
        assert state.visit is not None and state.visit.proposed is not None
        assert state.batch is not None
        net = expected_mass(state.visit.proposed.mg, state.batch).value * factor
        sim.place_mass(empty + net.quantize(Decimal("0.01"))).result(5)

    def accept(self) -> None:
        """Press Accept and wait for the scale's answer."""
        prepare = self.visit.prepare
        prepare.accept_button.click()
        wait_until("the weighing", lambda: not prepare.weighing)

    def print_and_administer(self) -> None:
        """Print the label and record the administration."""
        label = self.visit.label
        label.print_button.click()
        wait_until("the printed label", lambda: self.visit.state.label_prints > 0)
        wait_until("the print recorded", label.continue_button.isEnabled)
        wait_until("the preview", lambda: not label.preview.pixmap().isNull())
        self.shot("label")
        label.continue_button.click()
        self.shot("administer")
        self.visit.administer.record_button.click()
        wait_until("the recorded dose", lambda: self.visit.step_name == "Observe")

    # -- the tour ------------------------------------------------------------------------------

    def run(self) -> list[Path]:
        """One visit from login to discharge, then an override and a device fault."""
        wait_until(
            "the simulated devices",
            lambda: all(b.state is DeviceState.READY for b in self.parts.devices.all()),
        )
        self.shot("login")
        self.sign_in("nurse")
        self.identify(self.patient("HAT-0002"))
        self.shot("identify")
        self.visit.identify.confirm_button.click()
        self.check_rules()
        self.shot("assess")
        self.visit.assess.continue_button.click()
        self.tare_and_fill(Decimal("1.06"))
        self.accept()
        self.shot("prepare-out-of-tolerance")
        self.visit.prepare.redo_button.click()
        self.tare_and_fill()
        self.accept()
        if self.visit.state.weighed is None:
            raise TourFailed("the weight was not accepted")
        self.shot("prepare")
        self.visit.prepare.continue_button.click()
        self.print_and_administer()
        board = self.screen.board
        wait_until("the observation board", lambda: len(board.cards) == 1)
        self.shot("observe")
        (observation_id,) = board.cards
        others = self.dose_more(MORE_UNDER_OBSERVATION)
        self.board_picture()
        self.clock.advance(minutes=21)  # the observations' time is up
        board.refresh()
        wait_until("the time up", lambda: "Booth 1" in board.banner.text())
        dialog = board.open_discharge(observation_id)
        dialog.note_edit.setText("Alert, walking steadily (demo).")
        self.shot("discharge-dialog", dialog)
        dialog.accept()
        wait_until("the discharge", lambda: observation_id not in board.cards)
        nurse = self.parts.services.accounts.unlock("nurse", demo_password("nurse"))
        for other in others:  # the time is up: discharged without a second person
            self.parts.counter.observations.discharge(nurse, other, "Alert (demo).")
        board.refresh()
        wait_until("an empty board", lambda: not board.cards)
        self.visit.done.next_button.click()
        self.shot("discharged")
        self.counter_day_pictures()

        # An override: the patient's home station is another one, and this station is offline.
        self.identify(self.patient("HAT-0005"))
        self.visit.identify.confirm_button.click()
        self.check_rules()
        assess = self.visit.assess
        assess.override_reason.setText("Known patient, home station offline (demo)")
        assess.override_button.click()
        witness = assess.dialog
        if witness is None:
            raise TourFailed("the witness dialog did not open")
        witness.username.setText("witness")
        witness.password.setText(demo_password("witness"))
        self.shot("override-witness", witness)
        witness.confirm_button.click()
        wait_until("the approval", assess.continue_button.isEnabled)
        self.shot("override-approved")
        assess.continue_button.click()

        # A device fault: the scale's cable is pulled while preparing, then put back.
        self.tare_and_fill()
        self.demo.scale_sim.pull_cable()
        scale = self.parts.devices.scale
        wait_until("the scale fault", lambda: scale.state is DeviceState.FAULT)
        self.shot("device-fault")
        self.demo.scale_sim.put_back_cable()
        wait_until("the scale back", lambda: scale.state is DeviceState.READY)
        self.tare_and_fill()
        self.accept()
        self.shot("device-recovered")
        self.visit.end_visit("other", "The tour ends here.")
        self.window.lock("Locked (tour).")
        self.shot("locked")
        self.prescriber_pictures()
        self.pharmacy_pictures()
        self.technician_pictures()
        return self.saved

    def dose_more(self, clinic_ids: tuple[str, ...]) -> list[str]:
        """Dose these patients through the counter service, a minute apart (booths 2, 3, …).

        The card, a calm assessment, the prescribed dose weighed exactly from the register's
        batch, a printed label: what the tour's visit does in the window. Their observation ids.
        """
        counter = self.parts.counter
        nurse = self.parts.services.accounts.unlock("nurse", demo_password("nurse"))
        observations = []
        for booth, clinic_id in enumerate(clinic_ids, start=2):
            self.clock.advance(minutes=1)
            patient = self.patient(clinic_id)
            visit = counter.identify_by_card(nurse, self.demo.card_text(patient))
            visit = counter.assess(nurse, visit, 0, Decimal("0.0"), "Calm (demo).")
            prescription = counter.overview(nurse, patient.patient_id).prescriptions[0]
            visit = counter.decide(nurse, visit, prescription.drug, prescription.max_per_session)
            batch = counter.solution_batches(nurse, prescription.drug)[0]
            mass = expected_mass(prescription.max_per_session, batch)
            if not counter.accept_weighing(nurse, visit, batch.lot, mass, b"S S demo").accepted:
                raise TourFailed(f"the weighing for {clinic_id} was not accepted")
            counter.record_label(nurse, visit, printed=True)
            decision = visit.decision
            concerns = decision is not None and bool(decision.concerns)
            dose = counter.administer(
                nurse,
                visit,
                acknowledgement="Read (demo)." if concerns else "",
                booth=f"Booth {booth}",
            )
            observations.append(dose.observation_id)
        return observations

    def board_picture(self) -> None:
        """Four patients under observation, every card whole (the divider dragged, put back).

        The simulator panel is closed for it (as at a clinic): beside it, the board is one
        card wide.
        """
        board, splitter = self.screen.board, self.screen.splitter
        board.refresh()
        wait_until("four on the board", lambda: len(board.cards) == 4)
        self.shot("observe-four")  # the counter as it is: the board's first row in view
        dock = self.window.simulators_dock
        before = splitter.sizes()
        dock.close()
        QApplication.processEvents()
        splitter.setSizes([0, sum(before)])  # the visit keeps its minimum

        def every_card_whole() -> bool:
            QApplication.processEvents()
            viewport = board.scroll_area.viewport()
            return all(
                viewport.rect().contains(QRect(card.mapTo(viewport, QPoint(0, 0)), card.size()))
                for card in board.cards.values()
            )

        wait_until("every card whole on the board", every_card_whole, timeout_s=5)
        self.shot("board-four")
        splitter.setSizes(before)
        if self.simulators:
            dock.show()

    def workspace_pictures(self, username: str) -> QWidget:
        """Sign in as ``username`` (a pharmacist or a technician): their workspace."""
        self.window.lock("Locked (tour).")
        login = self.window.login
        login.username.setText(username)
        login.password.setText(demo_password(username))
        login.sign_in.click()
        wait_until(f"the {username}'s workspace", lambda: self.window.workspace is not None)
        workspace = self.window.workspace
        assert workspace is not None
        return workspace

    def pharmacy_pictures(self) -> None:
        """The register with its running balance, and a blind count half entered."""
        from station.ui.pharmacy.workspace import PharmacyWorkspace

        workspace = self.workspace_pictures("pharmacist")
        if not isinstance(workspace, PharmacyWorkspace):
            raise TourFailed("the pharmacist did not get the pharmacy")
        register = workspace.register
        workspace.tabs.setCurrentWidget(register)
        wait_until("the register's entries", lambda: register.model.rowCount() > 0)
        wait_until("a balance", lambda: any(register.balances_shown()))
        self.shot("pharmacy-register")
        count = workspace.count
        workspace.tabs.setCurrentWidget(count)
        count.start_button.click()
        wait_until(
            "the count sheet", lambda: count.sheet is not None and count.table.rowCount() > 0
        )
        count.enter_count(0, "1")
        self.shot("pharmacy-count")
        self.window.lock("Locked (tour).")

    def technician_pictures(self) -> None:
        """The devices page at the scale's reference-weight check, and the station settings."""
        from station.ui.technician.workspace import TechnicianWorkspace

        workspace = self.workspace_pictures("technician")
        if not isinstance(workspace, TechnicianWorkspace):
            raise TourFailed("the technician did not get their workspace")
        scale = workspace.scale
        scale.identify_button.click()
        wait_until("the scale identified", lambda: "Not identified" not in scale.identity.text())
        scale.read_button.click()
        wait_until("a test reading", lambda: bool(scale.reading.text()))
        holder = workspace.tabs.currentWidget()
        from PySide6.QtWidgets import QScrollArea

        if isinstance(holder, QScrollArea):  # the reference-weight check and its state
            holder.ensureWidgetVisible(scale.calibration, 0, 12)
        self.shot("technician-scale-check")
        settings = workspace.settings
        workspace.tabs.setCurrentIndex(1)
        wait_until("the station settings", lambda: bool(settings.editors))
        self.shot("technician-settings")
        self.window.lock("Locked (tour).")

    def counter_day_pictures(self) -> None:
        """The counter's queue (one patient not yet due, one called) and the absent patients."""
        queue = self.screen.queue
        arrivals = (
            ("HAT-0003", False),
            ("HAT-0002", True),
            ("HAT-0004", True),
            ("HAT-0001", False),
        )
        for number, (clinic_id, by_card) in enumerate(arrivals, start=1):
            patient = self.patient(clinic_id)
            queue.check_in_field.setText(
                self.demo.card_text(patient) if by_card else patient.clinic_id
            )
            queue.check_in()
            wait_until("the check-in", lambda n=number: queue.model.rowCount() == n)  # type: ignore[misc]
            self.clock.advance(minutes=3)
        queue.refresh()
        wait_until("the queue's minutes", lambda: queue.model.entries[0].minutes_waited >= 9)
        queue.call_button.click()
        wait_until("the call", lambda: any(e.called_at for e in queue.model.entries))
        # The nurse drags the dividers for a longer, wider queue (put back after the picture).
        splitters = (self.screen.splitter, queue.parentWidget())
        before = [splitter.sizes() for splitter in splitters if isinstance(splitter, QSplitter)]
        for splitter, room in zip(splitters, (420, 470), strict=True):
            if isinstance(splitter, QSplitter):
                total = sum(splitter.sizes())
                splitter.setSizes([total - room, room])
        self.shot("queue")
        for splitter, sizes in zip(splitters, before, strict=False):
            if isinstance(splitter, QSplitter):
                splitter.setSizes(sizes)
        self.window.open_absent_patients()
        dialog = self.window.absent_dialog
        if dialog is None:
            raise TourFailed("the absent patients did not open")
        from station.ui.visit.absent import AbsentDialog

        assert isinstance(dialog, AbsentDialog)
        dialog.resize(1000, 620)
        wait_until("the absent patients", lambda: dialog.model.rowCount() > 0)
        dialog.table.selectRow(0)
        dialog.kind.setCurrentIndex(2)  # message left
        dialog.note.setText("Voicemail: asked to come in or call back (demo).")
        dialog.log_contact()
        wait_until("the contact log", lambda: dialog.contacts.count() == 1)
        wait_until(
            "the last contact in the list",
            lambda: dialog.model.patients[0].last_contact is not None,
        )
        self.shot("absent-patients", dialog)
        dialog.reject()

    def prescriber_pictures(self) -> None:
        """The prescriber's workspace, a taper plan's dated steps, a new order filled and signed."""
        from station.domain.orders import OrderAction
        from station.ui.prescriber.context import day_text
        from station.ui.prescriber.workspace import PrescriberWorkspace

        login = self.window.login
        login.username.setText("doctor")
        login.password.setText(demo_password("doctor"))
        login.sign_in.click()
        wait_until("the prescriber's workspace", lambda: self.window.workspace is not None)
        workspace = self.window.workspace
        if not isinstance(workspace, PrescriberWorkspace):
            raise TourFailed("the prescriber did not get their workspace")
        wait_until("the prescriber's lists", lambda: workspace.overview is not None)
        self.shot("prescriber-workspace")
        model = workspace.active_model
        brought_over = {key for key, order in workspace.orders.items() if not order.signed_by}
        unsigned = [  # a patient whose prescription came from before the signed orders
            row for row in range(model.rowCount()) if model.key(row) in brought_over
        ]
        if not unsigned:
            raise TourFailed("every demo patient has a signed order already")
        workspace.active_view.selectRow(unsigned[0])
        dialog = workspace.open_order(OrderAction.NEW)
        if dialog is None:
            raise TourFailed("the order dialog did not open")
        day = dialog.context.today()
        dialog.drug.setCurrentIndex(2)  # diacetylmorphine IM
        for field, text in (
            (dialog.max_per_session, "100"),
            (dialog.max_per_day, "200"),
            (dialog.sessions_per_day, "2"),
            (dialog.valid_until, day_text(day + timedelta(days=60))),
            (dialog.review_on, day_text(day + timedelta(days=28))),
            (dialog.counter_note, "New: IM from today; ask about sleep (demo)."),
        ):
            field.setText(text)
        dialog.phase.setCurrentIndex(2)  # titration
        plan = dialog.plan
        plan.kind.setCurrentIndex(2)  # a taper first, for its own picture
        for field, text in (
            (plan.start_mg, "200"),
            (plan.step_percent, "10"),
            (plan.every_days, "7"),
            (plan.target_mg, "100"),
        ):
            field.setText(text)
        self.shot("plan-editor-taper", plan)
        plan.clear_fields()
        plan.kind.setCurrentIndex(1)  # the order's own plan: a titration
        for field, text in (
            (plan.start_mg, "100"),
            (plan.step_mg, "20"),
            (plan.every_days, "2"),
            (plan.target_mg, "200"),
        ):
            field.setText(text)
        self.shot("order-dialog", dialog)
        dialog.password.setText(demo_password("doctor"))
        dialog.sign_button.click()
        wait_until("the signed order", lambda: dialog.result_order is not None)
        self.shot("order-signed", dialog)
        dialog.reject()
        wait_until("the list with the new order", lambda: not workspace.loading)
        self.window.lock("Locked (tour).")

    def close(self) -> None:
        """Close the window, devices, store and simulators."""
        self.window.close()
        self.parts.devices.close()
        self.parts.tasks.shutdown(wait=True)
        self.parts.services.close()
        self.demo.stop()
        self.translations.uninstall()


def run_tour(
    tour_dir: Path,
    patients: int = 12,
    *,
    test_kdf: bool = False,
    size: tuple[int, int] = (1366, 768),
    simulators: bool = True,
) -> int:
    """Drive the window through a visit, a screenshot per step in ``tour_dir``; 0 when done.

    ``test_kdf``: the tour's fresh demo profile gets the cheap test derivation (tests only);
    ``simulators``: False closes the demo's simulator panel (pictures as at a clinic).
    """
    with tempfile.TemporaryDirectory(prefix="hat-tour-") as data:
        tour = Tour(
            tour_dir,
            Path(data) / "demo",
            patients,
            test_kdf=test_kdf,
            size=size,
            simulators=simulators,
        )
        try:
            saved = tour.run()
        except TourFailed as failure:
            print(f"Tour stopped: {failure}")
            return 1
        finally:
            tour.close()
    for path in saved:
        print(path)
    print(f"Tour done: {len(saved)} screenshots in {tour_dir}")
    return 0
