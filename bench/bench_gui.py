"""The window: card scan to patient panel, cold start, memory with a year of data, GUI stalls.

Five figures, each beside a baseline measured in the same run:

- card scan to patient panel shown, with 10,000 patients on the roster, against verifying
  the card's signature alone (the scan enters where the serial and keyboard scanners hand
  it to the window, so the scanner's wire time is not counted);
- cold start to the login screen (``dosing-station --demo`` on an existing demo profile, in
  a fresh process) against a bare PySide6 window in a fresh process; target ≤ 2.5×; and,
  for information, the time until the profile is open and a sign-in is checked at once;
- resident memory of the running application, signed in, with a year of doses on the
  roster, beside the bare PySide6 window's;
- the longest stall of the GUI thread (a 5 ms heartbeat's largest gap) during a full visit
  on the simulators (wire times, scale settling, a slower printer), beside the same
  heartbeat with the window idle; target < 50 ms.

The window runs offscreen (``QT_QPA_PLATFORM=offscreen``); profiles use the cheap test key
derivation, since signing in is not what is measured here.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.core import Figure, ratio_figure, reported_figure, target_figure
from bench.shared import LEAD, PASSWORD, SharedBuilds, Year

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HAT_INSECURE_TEST_KDF"] = "1"

ROOT = Path(__file__).resolve().parent.parent
EMPTY_SYRINGE = Decimal("11.80")


def _bench_dir() -> Path:
    """A folder on the real disk (not tmpfs), so fsync costs what it costs on a station."""
    root = Path(__file__).resolve().parent / "results"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(dir=root, prefix="gui-"))


# -- profiles ------------------------------------------------------------------------------------


def _demo_profile(data_dir: Path, patients: int, dose_days: int = 0) -> None:
    """A demo profile (its staff and first patients), grown to ``patients`` through the store.

    Extra patients and a history of two doses a day for ``dose_days`` days are appended in
    large transactions (``record_many``), the way a synced roster arrives, not visit by visit.
    """
    from station.demo.profile import create_demo_profile, demo_password, trust_demo_cards
    from station.domain.patients import Patient
    from station.domain.prescriptions import Drug, Phase, Prescription
    from station.domain.quantities import Milligrams
    from station.services.codec import patient_payload, prescription_payload
    from station.store.crypto import TEST_KDF

    first = min(patients, 12)
    store = create_demo_profile(data_dir, first, kdf=TEST_KDF)
    trust_demo_cards(store)  # as the demo does when it creates its profile
    lead = store.unlock("lead", demo_password("lead"))
    chooser = random.Random(17)
    today = datetime.now(UTC).date()
    valid_from = today - timedelta(days=dose_days + 1)
    patient_ids: list[str] = []
    batch: list[tuple[str, dict[str, Any]]] = []
    for number in range(first + 1, patients + 1):
        patient_id = str(uuid.UUID(int=chooser.getrandbits(128), version=4))
        patient_ids.append(patient_id)
        batch.append(
            (
                "patient.registered",
                patient_payload(
                    Patient(
                        patient_id=patient_id,
                        clinic_id=f"HAT-{number:05d}",
                        given_name="Bench",
                        family_name=f"Fiktiv{number}",
                        birth_date=date(1960 + number % 35, 1 + number % 12, 1 + number % 28),
                        photo_ref=f"demo-photo-{number:05d}",
                        home_station=store.station_id,
                    )
                ),
            )
        )
        batch.append(
            (
                "prescription.issued",
                prescription_payload(
                    Prescription(
                        prescription_id=str(uuid.uuid4()),
                        patient_id=patient_id,
                        drug=Drug.DIACETYLMORPHINE_IV,
                        max_per_session=Milligrams(150),
                        max_per_day=Milligrams(300),
                        sessions_per_day=2,
                        valid_from=valid_from,
                        valid_until=None,
                        phase=Phase.MAINTENANCE,
                        prescriber=lead.user.display_name,
                    )
                ),
            )
        )
        if len(batch) >= 2000:
            store.record_many(lead, batch)
            batch = []
    if batch:
        store.record_many(lead, batch)
    start = datetime.now(UTC) - timedelta(days=dose_days)
    for day in range(dose_days):
        doses: list[tuple[str, dict[str, Any]]] = []
        for patient_id in patient_ids:
            for hour in (8, 17):
                given_at = (
                    start + timedelta(days=day, hours=hour, minutes=chooser.randrange(60))
                ).isoformat()
                doses.append(
                    (
                        "dose.administered",
                        {
                            "dose_id": str(uuid.uuid4()),
                            "patient_id": patient_id,
                            "drug": Drug.DIACETYLMORPHINE_IV.value,
                            "mg": str(100 + chooser.randrange(50)),
                            "given_at": given_at,
                            "session": f"{given_at[:10]}/{'morning' if hour == 8 else 'evening'}",
                            "station_id": store.station_id,
                            "outcome": "full",
                        },
                    )
                )
        store.record_many(lead, doses)
    store.close()


# -- driving the window in this process ----------------------------------------------------------


class _MorningClock:
    """Real time, shifted so that the clinic's morning session is open (doses are allowed)."""

    def __init__(self, zone: Any) -> None:
        today = datetime.now(zone).date()
        self.offset = datetime.combine(today, clock_time(8, 15), zone) - datetime.now(zone)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, minutes: float) -> None:
        self.offset += timedelta(minutes=minutes)


def _wait_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop until ``predicate`` holds (checked every millisecond)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)

    def check() -> None:
        if predicate() or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError("the window did not get there in time")


def _quiet_offscreen_notes() -> None:
    """Drop the offscreen platform's harmless note about size hints; pass the rest on."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"Qt {kind.name}: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


class _Station:
    """A demo profile on simulators with its window open and a nurse signed in."""

    def __init__(self, data_dir: Path, patients: int, printer_delay_s: float = 0.0) -> None:
        from PySide6.QtWidgets import QApplication

        from station.demo.environment import DemoEnvironment
        from station.demo.profile import demo_password
        from station.domain.settings import RuleSettings
        from station.services.clock import StationClock
        from station.services.station import StationServices
        from station.store.crypto import TEST_KDF
        from station.ui.device_bridge import DeviceBridges, DeviceState
        from station.ui.main_window import StationParts, StationWindow
        from station.ui.preferences import Preferences
        from station.ui.tasks import BackgroundTasks

        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication([])
        _quiet_offscreen_notes()
        self.demo = DemoEnvironment(data_dir, patients, kdf=TEST_KDF)
        if printer_delay_s:
            self.demo.printer_sim.print_time_s = printer_delay_s
        self.demo.start()
        store = self.demo.open_store()
        self.store = store
        settings = RuleSettings()
        self.demo.ensure_solution_batch()
        self.clock = _MorningClock(settings.zone)
        clock = self.clock
        services = StationServices(
            store, StationClock(wall=lambda: clock().timestamp()), rule_settings=settings
        )
        self.parts = StationParts(
            services=services,
            preferences=Preferences(lock_after_s=0).changed(**self.demo.device_settings()),
            tasks=BackgroundTasks(),
            devices=DeviceBridges(),
            demo=self.demo,
        )
        self.window = StationWindow(self.parts)
        self.window.resize(1400, 950)
        self.window.show()
        _wait_until(
            lambda: all(bridge.state is DeviceState.READY for bridge in self.parts.devices.all())
        )
        self.window.login.username.setText("nurse")
        self.window.login.password.setText(demo_password("nurse"))
        self.window.login.sign_in.click()
        _wait_until(lambda: self.window.counter_screen is not None)
        self.nurse = store.unlock("nurse", demo_password("nurse"))
        self.roster = {
            patient.clinic_id: patient for patient in self.parts.counter.roster(self.nurse)
        }

    @property
    def screen(self) -> Any:
        """The counter screen (the station is signed in)."""
        assert self.window.counter_screen is not None
        return self.window.counter_screen

    def close(self) -> None:
        """Close the window, the devices, the store and the simulators."""
        self.window.close()
        self.parts.devices.close()
        self.parts.tasks.shutdown(wait=True)
        self.parts.services.close()
        self.demo.stop()
        self.window.deleteLater()
        self.app.processEvents()


# -- (a) card scan to patient panel --------------------------------------------------------------


def _scan_figure(folder: Path, quick: bool) -> Figure:
    from devices.readings import Scan
    from station.services.cards import trusted_card_keys
    from sync.wire.cards import verify_card

    patients = 1_000 if quick else 10_000
    scans = 10 if quick else 30
    data_dir = folder / "roster"
    started = time.perf_counter()
    _demo_profile(data_dir, patients)
    build_s = time.perf_counter() - started
    station = _Station(data_dir, patients)
    try:
        visit = station.screen.visit
        chooser = random.Random(9)
        cards = dict(station.demo.cards)
        chosen = chooser.sample(sorted(cards), scans + 2)
        keys = trusted_card_keys(station.store)
        samples, verify_samples = [], []
        for index, clinic_id in enumerate(chosen):
            text = cards[clinic_id]
            began = time.perf_counter()
            station.window.handle_scan(Scan(text=text, symbology="]Q1"))

            def shown(cid: str = clinic_id) -> bool:
                on_panel = bool(visit.panel.clinic_id.text() == cid)
                return on_panel and bool(visit.identify.confirm_box.isVisible())

            _wait_until(shown)
            if index >= 2:  # the first two warm caches and fonts
                samples.append(time.perf_counter() - began)
            visit.identify.reject_button.click()
            _wait_until(lambda: visit.step_name == "Identify" and not visit.identify.busy)
            for _ in range(5):  # the baseline, beside each scan: the same card's signature
                began = time.perf_counter()
                verify_card(text, keys, frozenset())
                verify_samples.append(time.perf_counter() - began)
    finally:
        station.close()
    value = statistics.median(samples) * 1000
    baseline = statistics.median(verify_samples) * 1000
    return target_figure(
        f"card scan to patient panel shown ({patients:,} patients)",
        value,
        "ms",
        baseline,
        "<= 200 ms (feels immediate)",
        lambda v: v <= 200,
        note=(
            f"median of {len(samples)} scans, max {max(samples) * 1000:.0f} ms; baseline = "
            "verifying the card's signature alone, 5 times after each scan; includes the "
            f"identity record (fsync); roster built in {build_s:.0f} s"
        ),
    )


# -- (b) cold start and (c) memory, each in a fresh process ----------------------------------------

_BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QWidget, QVBoxLayout

    app = QApplication(sys.argv[:1])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("bare window"))
    window.resize(1400, 950)
    window.show()

    def shown():
        rss = next(l for l in open("/proc/self/status") if l.startswith("VmRSS"))
        print("READY", int(rss.split()[1]), flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    """
)

_STATION = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import os

    mode, data_dir, user, demo = sys.argv[1:5]
    password = os.environ.get("BENCH_SIGN_IN_PASSWORD", "")
    app = QApplication(sys.argv[:1])
    state = {"signed_in": False}

    def rss_kib():
        line = next(l for l in open("/proc/self/status") if l.startswith("VmRSS"))
        return int(line.split()[1])

    def poll():
        from station.ui.main_window import StationWindow

        windows = [
            w for w in app.topLevelWidgets() if isinstance(w, StationWindow) and w.isVisible()
        ]
        if not windows:
            return
        window = windows[0]
        if mode == "login":
            if window.pages.currentWidget() is window.login and window.login.isVisible():
                print("READY", rss_kib(), flush=True)
                app.quit()
            return
        if mode == "profile":  # the folder is open: a sign-in is checked at once
            if window.attached and window.login.accounts is not None:
                print("READY", rss_kib(), flush=True)
                app.quit()
            return
        if not state["signed_in"]:
            window.login.username.setText(user)
            window.login.password.setText(password)
            window.login.sign_in.click()
            state["signed_in"] = True
            return
        screen = window.counter_screen
        if screen is None or screen.board._loading:
            return
        if "at" not in state:
            import time
            state["at"] = time.monotonic()
            return
        import time
        if time.monotonic() - state["at"] > 2.0:  # let the board and the devices settle
            print("READY", rss_kib(), flush=True)
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(5)
    sys.argv = ["dosing-station", *(["--demo"] if demo == "demo" else []), "--data-dir", data_dir]
    from station.app import main

    try:
        main()
    except SystemExit:
        pass
    """
)


READY_TIMEOUT_S = 120.0
"""How long a fresh process may take to show the screen a figure waits for."""


def _run_ready(script: str, *arguments: str, password: str = "") -> tuple[float, int]:
    """Start a fresh Python on ``script``; return seconds until it printed READY, and its RSS.

    ``password`` (fictional) reaches the script in its environment, never on its command line.
    """
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        BENCH_SIGN_IN_PASSWORD=password,
    )
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
        cwd=ROOT,
    )
    assert process.stdout is not None
    seconds, rss = float("nan"), 0
    # A process that never gets ready is stopped (the figure is then not measured, never hung).
    watchdog = threading.Timer(READY_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith("READY"):
                seconds = time.perf_counter() - began
                rss = int(line.split()[1])
                break
        process.wait(timeout=READY_TIMEOUT_S)
    finally:
        watchdog.cancel()
    if rss == 0:
        raise RuntimeError(
            f"the process did not get ready within {READY_TIMEOUT_S:.0f} s "
            f"(exit {process.returncode})"
        )
    return seconds, rss


def _memory_figure(year: Year, bare_mib: float) -> Figure:
    """Resident memory of ``dosing-station`` signed in on the run's shared year of doses."""
    _seconds, station_rss = _run_ready(
        _STATION, "session", str(year.data_dir), LEAD, "plain", password=PASSWORD
    )
    value = station_rss / 1024
    return target_figure(
        f"memory of the signed-in application, {year.days} days of doses",
        value,
        "MiB",
        bare_mib,
        "<= 300 MiB",
        lambda v: v <= 300,
        note=(
            f"RSS of dosing-station (no demo, no simulators: the devices unset) 2 s after the "
            f"counter screen showed, signed in as a nurse; {year.describe()}; baseline = RSS "
            "of the bare PySide6 window"
        ),
    )


def _start_figures(folder: Path, quick: bool, shared: SharedBuilds) -> list[Figure]:
    data_dir = folder / "demo"
    _demo_profile(data_dir, 12)
    runs = 3 if quick else 5
    bare_times, station_times, bare_rss, profile_times = [], [], [], []
    _run_ready(_BARE)  # warm the disk cache for both, as on a station that booted before
    _run_ready(_STATION, "login", str(data_dir), "nurse", "demo")
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        seconds, rss = _run_ready(_BARE)
        bare_times.append(seconds)
        bare_rss.append(rss)
        station_times.append(_run_ready(_STATION, "login", str(data_dir), "nurse", "demo")[0])
        profile_times.append(_run_ready(_STATION, "profile", str(data_dir), "nurse", "demo")[0])
    bare_ms = statistics.median(bare_times) * 1000
    start = ratio_figure(
        "cold start to the login screen vs a bare PySide6 window",
        statistics.median(station_times) * 1000,
        bare_ms,
        "ms",
        2.5,
        f"median of {runs} fresh processes each (7 until the full run had to fit in 8 "
        "minutes), interleaved; dosing-station --demo on an "
        "existing demo profile; the login screen takes typing at once, the profile opens "
        "in the background",
    )
    profile_ms = statistics.median(profile_times) * 1000
    profile = reported_figure(
        "cold start until a sign-in is checked at once (profile open, simulators on)",
        profile_ms,
        bare_ms,
        "ms",
        f"median of {runs} fresh processes, interleaved with the two above; baseline = the bare "
        "PySide6 window; a sign-in asked earlier waits for it",
    )
    memory = _memory_figure(shared.year(quick), statistics.median(bare_rss) / 1024)
    return [start, profile, memory]


# -- (d) the GUI thread's longest stall during a visit --------------------------------------------


class _Heartbeat:
    """A 5 ms timer on the GUI thread; the largest gap between its beats is the longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        """Start counting from now."""
        self.last, self.longest = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        """Stop; return the longest gap in seconds."""
        self.timer.stop()
        return self.longest


def _full_visit(station: _Station, clinic_id: str) -> None:
    """Card, assessment, tare, fill, accept, label, administer, observation, discharge."""
    from station.services.preparation import expected_mass

    screen = station.screen
    visit = screen.visit
    station.demo.scan_card(station.roster[clinic_id])  # through the serial scanner's wire
    _wait_until(visit.identify.confirm_box.isVisible)
    visit.identify.confirm_button.click()
    visit.assess.sedation.setCurrentIndex(1)  # 0: alert (item 0 asks for a choice)
    visit.assess.decision_box.hide()
    visit.assess.check_button.click()
    _wait_until(visit.assess.decision_box.isVisible)
    visit.assess.continue_button.click()
    prepare = visit.prepare
    station.demo.scale_sim.place_mass(EMPTY_SYRINGE)
    _wait_until(lambda: prepare.tare_button.isEnabled() and prepare.stability.text() == "STABLE")
    prepare.tare_button.click()
    _wait_until(lambda: prepare.tared)
    state = visit.state
    net = expected_mass(state.visit.proposed.mg, state.batch).value
    station.demo.scale_sim.place_mass(EMPTY_SYRINGE + net.quantize(Decimal("0.01")))
    _wait_until(lambda: prepare.stability.text() == "STABLE")
    prepare.accept_button.click()
    _wait_until(lambda: not prepare.weighing)
    if visit.state.weighed is None:
        raise RuntimeError("the weight was not accepted: " + prepare.message.text())
    prepare.continue_button.click()
    visit.label.print_button.click()
    _wait_until(lambda: not visit.label.printing and visit.label.continue_button.isEnabled())
    visit.label.continue_button.click()
    visit.administer.record_button.click()
    _wait_until(lambda: visit.step_name == "Observe")
    board = screen.board
    board.refresh()
    _wait_until(lambda: len(board.cards) == 1 and not board._loading)
    [observation_id] = list(board.cards)
    station.clock.advance(minutes=21)  # the observation's time is up
    dialog = board.open_discharge(observation_id)
    dialog.accept()
    _wait_until(lambda: not board.cards and not board._loading)


def _idle_for(seconds: float) -> None:
    """Let the event loop run, doing nothing else, for ``seconds``."""
    until = time.perf_counter() + seconds
    _wait_until(lambda: time.perf_counter() > until)


def _stall_figure(folder: Path, quick: bool) -> Figure:
    data_dir = folder / "visit"
    _demo_profile(data_dir, 12)
    station = _Station(data_dir, 12, printer_delay_s=0.5)
    visits = ["HAT-0002"] if quick else ["HAT-0002", "HAT-0004", "HAT-0007", "HAT-0008"]
    heartbeat = _Heartbeat()
    stalls, idles, durations = [], [], []
    try:
        for clinic_id in visits:
            heartbeat.start()
            began = time.perf_counter()
            _full_visit(station, clinic_id)
            duration = time.perf_counter() - began
            stalls.append(heartbeat.stop())
            durations.append(duration)
            station.screen.visit.end_visit()
            heartbeat.start()  # the same window, idle, for as long as the visit took
            _idle_for(duration)
            idles.append(heartbeat.stop())
    finally:
        station.close()
    value = max(stalls) * 1000
    baseline = max(idles) * 1000
    return target_figure(
        "longest GUI-thread stall during a full visit",
        value,
        "ms",
        baseline,
        "< 50 ms",
        lambda v: v < 50,
        note=(
            f"5 ms heartbeat, {len(visits)} visits of ~{statistics.median(durations):.1f} s "
            "(card over the serial wire, scale settling, 0.5 s print); baseline = the same "
            "heartbeat with the window idle"
        ),
    )


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Measure the four window figures (their profiles removed afterwards)."""
    folder = _bench_dir()
    try:
        figures = [_scan_figure(folder, quick)]
        figures += _start_figures(folder, quick, shared)
        figures.append(_stall_figure(folder, quick))
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)
