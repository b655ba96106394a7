"""The station's main window: login, the counter (visit and observation board), lock and switch."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from devices.protocols.scanner import WedgeConfig
from station.ui.errors import known_errors
from station.ui.login import LoginScreen
from station.ui.messages import describe
from station.ui.station_language import StationLanguage, may_choose_language
from station.ui.status_bar import StationStatusBar, watch_scale_check
from station.ui.wedge import WedgeListener

# Only what the login screen needs is imported with this module: the window is on screen
# before the services and the counter's screens are loaded (in the background).
if TYPE_CHECKING:
    from devices.readings import Scan
    from station.domain.patients import Patient
    from station.domain.rules import SyncState
    from station.domain.sessions import SessionKey
    from station.services.accounts import Session
    from station.services.clock import StationClock
    from station.services.counter import CounterService
    from station.services.observation import BoardReader
    from station.services.station import StationServices
    from station.services.sync_service import StationSync, SyncOverview
    from station.ui.device_bridge import DeviceBridges
    from station.ui.i18n import Translations
    from station.ui.lead.intake_dialog import IntakeDialog
    from station.ui.lead.patient_actions import PatientActionsDialog
    from station.ui.lead.rules_dialog import ClinicRulesDialog
    from station.ui.locked_board import LockedObservationBoard
    from station.ui.pharmacy.workspace import PharmacyWorkspace
    from station.ui.preferences import Preferences
    from station.ui.prescriber.workspace import PrescriberWorkspace, PrescriberWorkspaceDialog
    from station.ui.settings_dialog import SettingsChoice, SettingsDialog
    from station.ui.simulator_panel import DemoSupport, SimulatorPanel
    from station.ui.tasks import BackgroundTasks, Submit
    from station.ui.technician.workspace import TechnicianWorkspace

_log = logging.getLogger("station.ui.window")

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


@dataclass
class StationParts:
    """What the composition root hands the window (built in ``station.app``)."""

    services: StationServices
    """The one door to the station: every service, on the station's one clock."""
    preferences: Preferences
    tasks: BackgroundTasks
    devices: DeviceBridges
    demo: DemoSupport | None = None
    translations: Translations | None = None

    @property
    def counter(self) -> CounterService:
        """The counter's service (the visit, the board, the rules)."""
        return self.services.counter

    @property
    def clock(self) -> StationClock:
        """The station's clock; sync tells it the server's time."""
        return self.services.clock

    @property
    def station_name(self) -> str:
        """The station's name (read with the store, so the window does not touch the disk)."""
        return self.services.station_name


class InactivityWatcher(QObject):
    """Restarts a timer on every key press, click or mouse move anywhere in the application."""

    timed_out = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        """Create the timer (stopped); :meth:`arm` starts it."""
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timed_out)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        """Change the timeout (0 = never lock)."""
        self.seconds = seconds
        self.timer.setInterval(max(seconds, 1) * 1000)

    def arm(self) -> None:
        """Start counting (after a sign-in)."""
        if self.seconds > 0:
            self.timer.start()

    def disarm(self) -> None:
        """Stop counting (while locked)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Any input restarts the countdown."""
        if event.type() in _ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


SYNC_POLL_MS = 5000


class SyncLink(QObject):
    """The station's sync for one signed-in person: started and stopped off the GUI thread.

    Until the station is enrolled with a central server it only says "offline"; once enrolled,
    the counter's rules ask the server for the (patient, session) lease and cards are checked
    against the server's pinned key.
    """

    status_changed = Signal(str, str)
    """(short state, one line with the details) for the status bar."""
    _round_done = Signal()
    """Emitted by the sync thread after each round (no arguments: see ``BackgroundTasks``)."""

    def __init__(
        self, parts: StationParts, session: Session, parent: QObject | None = None
    ) -> None:
        """Open the sync service in the background."""
        super().__init__(parent)
        self.parts = parts
        self.sync: StationSync | None = None
        self._closed = False
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._round_done.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        services = parts.services
        ca_option = self.tr('the technician\'s "Central server" tab, "Clinic CA file (PEM)"')

        def open_sync() -> StationSync:
            return services.open_sync(
                session, on_status=lambda _overview: self._after_round(), ca_option=ca_option
            )

        parts.tasks.submit(
            open_sync,
            self._on_opened,
            known_errors(self._on_failed),
        )

    def _on_opened(self, sync: StationSync) -> None:
        if self._closed:
            self.parts.tasks.submit(sync.stop, lambda _none: None, known_errors(self._on_failed))
            return
        self.sync = sync
        if not sync.enrolled:
            self.status_changed.emit(
                self.tr("offline"),
                self.tr("Not enrolled with a central server: this station works alone."),
            )
            return
        probe = sync.sync_probe()
        if probe is not None:
            self.parts.counter.sync_probe = probe
        self.parts.tasks.submit(sync.start, lambda _none: None, known_errors(self._on_failed))
        self.timer.start()
        self.poll()

    def _after_round(self) -> None:
        """Called on the sync thread after each round: show the new status soon."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the window went away while the round ran
            self._round_done.emit()

    def request_sync(self) -> None:
        """Ask for a round now (after a dose): returns at once, the sync thread does the work."""
        sync = self.sync
        if sync is not None and sync.enrolled and not self._closed:
            sync.request_sync()

    @property
    def enrolled(self) -> bool:
        """True once the sync service is open and the station is bound to a server."""
        return self.sync is not None and self.sync.enrolled

    def poll(self) -> None:
        """Read the sync status in the background and show it."""
        sync = self.sync
        if sync is None or self._polling or self._closed:
            return
        self._polling = True
        self.parts.tasks.submit(sync.overview, self._on_overview, known_errors(self._on_failed))

    def _on_overview(self, overview: SyncOverview) -> None:
        self._polling = False
        if self._closed:
            return
        status = overview.status
        if status.online:
            state = self.tr("online")
        elif status.offline_since is not None:
            zone = self.parts.counter.settings.zone
            state = self.tr("offline since {time}").format(
                time=f"{status.offline_since.astimezone(zone):%H:%M}"
            )
        else:
            state = self.tr("offline")
        state += self.tr(", {n} queued").format(n=status.queued_events)
        if status.last_success is not None:
            zone = self.parts.counter.settings.zone
            state += self.tr(", last sync {time}").format(
                time=f"{status.last_success.astimezone(zone):%H:%M:%S}"
            )
        self.status_changed.emit(state, overview.summary())

    def _on_failed(self, error: BaseException) -> None:
        self._polling = False
        self.status_changed.emit(self.tr("offline"), describe(error))

    def close(self) -> None:
        """Stop syncing (in the background) and go back to the offline rules."""
        self._closed = True
        self.timer.stop()
        self.parts.counter.sync_probe = _offline_probe
        sync, self.sync = self.sync, None
        if sync is not None:
            self.parts.tasks.submit(sync.stop, lambda _none: None, known_errors(self._on_failed))


def _offline_probe(_patient: Patient, _session: SessionKey) -> SyncState:
    from station.domain.rules import SyncState

    return SyncState.OFFLINE


class CounterScreen(QWidget):
    """The visit and the observation board for one signed-in person (rebuilt at each sign-in)."""

    def __init__(
        self,
        parts: StationParts,
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        """Build the visit and the board for ``session``."""
        from station.ui.observation_board import ObservationBoard
        from station.ui.visit.context import VisitServices
        from station.ui.visit.flow import VisitView

        super().__init__(parent)
        services = VisitServices(
            accounts=parts.services.accounts,
            station_id=parts.services.station_id,
            counter=parts.counter,
            submit=parts.tasks.submit,
            session=session,
            devices=parts.devices,
            booths=parts.preferences.booths,
            prescribing=parts.services.prescribing,
            intake=parts.services.intake,
        )
        self.visit = VisitView(services)
        self.board = ObservationBoard(
            parts.counter,
            session,
            parts.tasks.submit,
            accounts=parts.services.accounts,
            intake=parts.services.intake,
        )
        self.board.setAccessibleName(self.tr("Observation board"))
        from station.ui.visit.queue_view import beside_board, queue_beside

        # The counter's queue (issue 16) beside the board, below the visit.
        self.queue = queue_beside(self.visit, parts.services, session, parts.tasks.submit)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.visit)
        splitter.addWidget(beside_board(self.board, self.queue))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Neither part can be dragged away; the board keeps a whole card in view (it asks
        # for that height) and the visit above it scrolls.
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        from station.ui.counter_split import CounterSplit

        self.split = CounterSplit(splitter, self.board, self.queue, self)
        """The divider: the visit gets an empty board's room; a card's height comes back."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.visit.dose_recorded.connect(lambda _dose: self.board.refresh())

    def shut(self) -> None:
        """Stop timers and the live weight before the screen is thrown away.

        A visit in progress is not ended: the record keeps it, and it goes on after the next
        sign-in (its nurse) or after a recorded handover (another).
        """
        self.visit.shut()
        self.queue.stop()
        self.board.set_session(None)
        self.board.tick_timer.stop()
        self.board.reload_timer.stop()


class StationWindow(QMainWindow):
    """Login and lock, the counter screen, the status bar and the scanners."""

    locked = Signal()
    """The screen is locked: no patient data is on it any more."""
    unlocked = Signal(object)
    """Someone signed in (their :class:`Session`)."""

    parts: StationParts
    """Set by :meth:`attach` (at once when the window is built with its parts)."""

    def __init__(
        self,
        parts: StationParts | None = None,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
        demo: bool = False,
    ) -> None:
        """Build the window, locked; devices are opened at once (in the background).

        Without ``parts`` the window opens before the station's folder does: the login screen
        is shown at once (``submit`` runs its work) and :meth:`attach` completes the window.
        """
        super().__init__(parent)
        self.session: Session | None = None
        self.counter_screen: CounterScreen | None = None
        self.workspace: PharmacyWorkspace | TechnicianWorkspace | PrescriberWorkspace | None = None
        self.sync_link: SyncLink | None = None
        self.attached = False
        self._retranslate_queued = False
        self._language_after_visit = False
        self._demo = demo or (parts is not None and parts.demo is not None)
        self._set_title("")
        self.setAccessibleName(self.tr("Dosing station"))
        self.status = StationStatusBar(None, self)
        self.setStatusBar(self.status)
        if submit is None:
            assert parts is not None, "a window needs its parts or a submit to start with"
            submit = parts.tasks.submit
        self._submit = submit
        self.login = LoginScreen(None, submit, "")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.setCentralWidget(self.pages)
        self.login.unlocked.connect(self._on_unlocked)
        self.locked_board: LockedObservationBoard | None = None
        """The observation board on the locked screen (booth, clinic id, countdown, alarms)."""
        self._board_reader: BoardReader | None = None

        self.inactivity = InactivityWatcher(0, self)
        self.inactivity.timed_out.connect(self._on_inactive)
        QApplication.instance().installEventFilter(self.inactivity)  # type: ignore[union-attr]
        self.wedge = WedgeListener(WedgeConfig(), self)
        self.wedge.scanned.connect(self.handle_scan)
        self.wedge.install()
        self._build_actions()
        self.lock(self.tr("Sign in to start."))
        if parts is not None:
            self.attach(parts)

    def _set_title(self, name: str) -> None:
        title = (
            self.tr("Dosing station — {name}").format(name=name)
            if name
            else self.tr("Dosing station")
        )
        if self._demo:
            title += self.tr(" (DEMO: fictional data)")
        self.setWindowTitle(title)

    def attach(self, parts: StationParts) -> None:
        """The station's folder is open: settings, devices, sign-in (and a sign-in asked early)."""
        self.parts = parts
        self.language = StationLanguage(parts, self)
        self.language.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.attached = True
        self._demo = parts.demo is not None
        name = parts.station_name or parts.services.station_id
        self._set_title(name)
        self.status.follow(parts.devices)
        if parts.preferences.window_geometry:  # as the station left it (if it still fits)
            from station.ui.geometry import restore_geometry

            restore_geometry(self, parts.preferences.window_geometry)
        self.inactivity.set_seconds(parts.preferences.lock_after_s)
        self.wedge.config = WedgeConfig(max_gap_s=parts.preferences.wedge_max_gap_ms / 1000)
        parts.devices.scanner.scanned.connect(self.handle_scan)
        self.settings_action.setEnabled(True)
        if parts.demo is not None:
            self._add_simulators(parts.demo)
            self.login.show_demo_users(parts.demo.credentials())
        self._open_devices()
        self.login.set_accounts(parts.services.accounts, name)

    # -- actions -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        # No Alt key of its own: each screen's keys are theirs; Alt alone opens the menu.
        menu = self.menuBar().addMenu(self.tr("Station"))
        self.station_menu = menu
        self.lock_action = QAction(self.tr("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(self.tr("Locked.")))
        self.switch_action = QAction(self.tr("&Switch user"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+U"))
        self.switch_action.triggered.connect(self.switch_user)
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setEnabled(False)  # until the station's folder is open
        menu.addAction(self.lock_action)
        menu.addAction(self.switch_action)
        menu.addAction(self.settings_action)
        self.settings_dialog: SettingsDialog | None = None
        self.simulators: SimulatorPanel | None = None
        self._build_patient_actions(menu)

    def _build_patient_actions(self, menu: QMenu) -> None:
        """The clinic lead's patient screen, and voiding a dose; usable only while signed in."""
        self.lead_action = QAction(self.tr("Clinic lead: patient &flags…"), self)
        self.lead_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.lead_action.triggered.connect(self.open_patient_actions)
        self.void_action = QAction(self.tr("&Void a dose entered in error…"), self)
        self.void_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.void_action.triggered.connect(self.open_patient_actions)
        self.rules_action = QAction(self.tr("Clinic &rules…"), self)
        self.rules_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.rules_action.triggered.connect(self.open_clinic_rules)
        self.prescriber_action = QAction(self.tr("&Prescriber's workspace…"), self)
        self.prescriber_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.prescriber_action.triggered.connect(self.open_prescriber_workspace)
        self.intake_action = QAction(self.tr("Register a &new patient…"), self)
        self.intake_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.intake_action.triggered.connect(self.open_intake)
        self.incidents_action = QAction(self.tr("&Incidents…"), self)
        self.incidents_action.triggered.connect(self.open_incidents)
        self.card_action = QAction(self.tr("Issue &card…"), self)
        self.card_action.triggered.connect(self.open_card_issue)
        self.absent_action = QAction(self.tr("&Absent patients…"), self)
        self.absent_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.absent_action.triggered.connect(self.open_absent_patients)
        actions = (
            self.lead_action,
            self.void_action,
            self.rules_action,
            self.prescriber_action,
            self.intake_action,
            self.incidents_action,
            self.card_action,
            self.absent_action,
        )
        for action in actions:
            action.setEnabled(False)
            menu.addAction(action)
        self.patient_actions: PatientActionsDialog | None = None
        self.prescriber_dialog: PrescriberWorkspaceDialog | None = None
        self.rules_dialog: ClinicRulesDialog | None = None
        self.intake_dialog: IntakeDialog | None = None
        self.absent_dialog: QDialog | None = None
        self.unlocked.connect(self._enable_patient_actions)
        self.locked.connect(lambda: self._enable_patient_actions(None))

    def _enable_patient_actions(self, session: Session | None) -> None:
        """A clinic lead gets the patient screen; a nurse or a lead may void a dose."""
        from station.domain.roles import Role

        roles = session.user.roles if session is not None else frozenset()
        # Stop-dose flags: a clinic lead's or a prescriber's (the counter service checks).
        self.lead_action.setEnabled(bool(roles & {Role.CLINIC_LEAD, Role.PRESCRIBER}))
        self.rules_action.setEnabled(Role.CLINIC_LEAD in roles)
        self.void_action.setEnabled(bool(roles & {Role.NURSE, Role.CLINIC_LEAD}))
        # A prescriber who also doses works at the counter: their orders open from the menu.
        self.prescriber_action.setEnabled(Role.PRESCRIBER in roles and self.workspace is None)
        self.intake_action.setEnabled(
            bool(roles & {Role.PRESCRIBER, Role.CLINIC_LEAD, Role.ADMINISTRATOR})
        )
        self.incidents_action.setEnabled(Role.CLINIC_LEAD in roles)
        self.absent_action.setEnabled(bool(roles & {Role.NURSE, Role.CLINIC_LEAD}))
        self.card_action.setEnabled(
            bool(roles & {Role.PRESCRIBER, Role.CLINIC_LEAD, Role.ADMINISTRATOR})
        )
        if session is None:
            self.patient_actions = None  # rejected and deleted with the other dialogs
            self.prescriber_dialog = None
            self.intake_dialog = None
            self.absent_dialog = None

    def open_absent_patients(self) -> None:
        """Open the absent patients for a nurse or clinic lead (window-modal; closed on lock)."""
        from station.ui.visit.absent import open_absent

        if self.session is not None and self.attached:
            keys = [self.lock_action, self.switch_action]  # Ctrl+L there too
            self.absent_dialog = open_absent(self.parts, self.session, self, keys)

    def open_patient_actions(self) -> None:
        """Open the patient screen for whoever is signed in (window-modal; closed on lock)."""
        from station.ui.lead.context import LeadContext
        from station.ui.lead.patient_actions import PatientActionsDialog

        if self.session is None or not self.attached:
            return
        parts = self.parts
        context = LeadContext(
            parts.services.accounts, parts.counter, self.session, parts.tasks.submit
        )
        self.patient_actions = PatientActionsDialog(context, self)
        self.patient_actions.addActions([self.lock_action, self.switch_action])  # Ctrl+L there too
        self.patient_actions.open()

    def open_intake(self) -> None:
        """Register a new patient, with their photo (window-modal; closed on lock)."""
        from station.ui.lead.intake_dialog import IntakeDialog

        if self.session is None or not self.attached:
            return
        parts = self.parts
        self.intake_dialog = IntakeDialog(
            parts.services.intake,
            self.session,
            parts.tasks.submit,
            parts.services.station_id,
            self,
        )
        self.intake_dialog.addActions([self.lock_action, self.switch_action])
        self.intake_dialog.open()

    def open_prescriber_workspace(self) -> None:
        """The prescriber's workspace in a window-modal dialog (for a prescriber at the counter)."""
        from station.ui.prescriber.workspace import PrescriberWorkspaceDialog

        if self.session is None or not self.attached:
            return
        parts = self.parts
        self.prescriber_dialog = PrescriberWorkspaceDialog(
            parts.services, self.session, parts.tasks.submit, self
        )
        self.prescriber_dialog.addActions([self.lock_action, self.switch_action])
        self.prescriber_dialog.open()

    def open_incidents(self) -> None:
        """The server's incidents, for the clinic lead to review (window-modal; closed on lock)."""
        from station.ui.lead.incidents import open_incidents

        if self.session is not None and self.attached:
            services = self.parts.services
            self.incidents_dialog = open_incidents(
                self,
                services.incidents,
                self.session,
                self.parts.tasks.submit,
                zone=services.counter.settings.zone,
                request_sync=self._request_sync,
                actions=[self.lock_action, self.switch_action],
            )

    def open_card_issue(self) -> None:
        """Issue a patient's card through the server and print it (window-modal; closed on lock)."""
        from station.ui.lead.card_issue import open_card_issue

        if self.session is not None and self.attached:
            self.card_dialog = open_card_issue(
                self,
                self.parts.services.cards,
                self.session,
                self.parts.tasks.submit,
                actions=[self.lock_action, self.switch_action],
            )

    def open_clinic_rules(self) -> None:
        """Open the clinic's rule settings for the clinic lead signed in (window-modal)."""
        from station.ui.lead.rules_dialog import ClinicRulesDialog, RulesContext

        if self.session is None or not self.attached:
            return
        parts = self.parts
        context = RulesContext(parts.services.settings, self.session, parts.tasks.submit)
        self.rules_dialog = ClinicRulesDialog(context, self)
        self.rules_dialog.page.settings_saved.connect(self.language.settings_saved)
        self.rules_dialog.addActions([self.lock_action, self.switch_action])
        self.rules_dialog.open()

    def _add_simulators(self, demo: DemoSupport) -> None:
        from station.ui.simulator_panel import DemoCard, SimulatorPanel

        cards = [
            DemoCard(self.tr("Card {clinic_id}").format(clinic_id=c), t) for c, t in demo.cards
        ]
        self.simulators = SimulatorPanel(demo.scale_sim, demo.printer_sim, demo.scanner_sim, cards)
        empty = demo.empty_syringe_g()
        self.simulators.suggest_masses(
            [(self.tr("empty syringe"), empty)]
            + [
                (self.tr("filled, {mg} mg").format(mg=mg), empty + grams)
                for mg, grams in demo.filled_masses()
            ]
        )
        dock = QDockWidget(self.tr("Demo: simulated devices"), self)
        dock.setObjectName("simulators")
        dock.setAccessibleName(self.tr("Demo: simulated devices"))
        from station.ui.widgets import VerticalScrollArea

        scroll = VerticalScrollArea()  # on a short screen the panel scrolls, the window fits
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.simulators)
        dock.setWidget(scroll)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        width = self.simulators.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        self.simulators_dock = dock
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("Show the &device simulators"))
        self.station_menu.addAction(toggle)  # closed, it comes back from here

    def open_settings(self) -> None:
        """Language (the station setting) and automatic lock (saved in the data folder)."""
        from station.ui.settings_dialog import SettingsChoice, SettingsDialog

        preferences = self.parts.preferences
        self.settings_dialog = SettingsDialog(
            self.language.translations,
            SettingsChoice(preferences.language, preferences.lock_after_s),
            self.parts.counter.settings,
            self,
            may_change_language=may_choose_language(self.session),
        )
        self.settings_dialog.settings_chosen.connect(self._on_settings_chosen)
        self.settings_dialog.open()

    def _on_settings_chosen(self, choice: SettingsChoice) -> None:
        self.inactivity.set_seconds(choice.lock_after_s)
        if self.session is not None:
            self.inactivity.arm()
        self.language.keep(lock_after_s=choice.lock_after_s)
        self.language.choose(self.session, choice.language)  # recorded as the station setting

    def _open_devices(self) -> None:
        preferences, devices = self.parts.preferences, self.parts.devices
        devices.scale.connect_to(
            preferences.scale_url, preferences.scale_protocol, preferences.line("scale")
        )
        devices.printer.connect_to(preferences.printer_url, preferences.line("printer"))
        devices.scanner.connect_to(preferences.scanner_url, preferences.line("scanner"))

    # -- locking -------------------------------------------------------------------------------

    def lock(self, reason: str = "", username: str = "") -> None:
        """Hide all patient data: the counter screen is destroyed (not covered); login is shown."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        screen, self.counter_screen = self.counter_screen, None
        if screen is not None:
            screen.shut()
            self.pages.removeWidget(screen)
            screen.hide()
            screen.setParent(None)
            screen.deleteLater()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.shut()
            self.pages.removeWidget(workspace)
            workspace.hide()
            workspace.setParent(None)
            workspace.deleteLater()
        self.session = None
        link, self.sync_link = self.sync_link, None
        if link is not None:
            link.close()
            link.deleteLater()
        self.inactivity.disarm()
        self.wedge.enabled = False  # nothing to identify while locked; typing stays typing
        self.status.set_user(None)
        self.lock_action.setEnabled(False)
        self.switch_action.setEnabled(False)
        self.pages.setCurrentWidget(self.login)
        self.login.prepare(reason, username)
        self._show_locked_board()
        self.locked.emit()

    def switch_user(self) -> None:
        """Lock and ask the next person to sign in."""
        self.lock(self.tr("Switch user: the next person signs in."))

    def _on_inactive(self) -> None:
        minutes = max(1, round(self.inactivity.seconds / 60))
        self.lock(self.tr("Locked after {minutes} min without use.").format(minutes=minutes))

    def _show_locked_board(self) -> None:
        """Keep the board counting and alarming on the locked screen, without any name.

        It reads through the reader the last nurse or clinic lead's session made (see
        :meth:`ObservationService.locked_board_reader`): clinic ids, booths and times only,
        nothing it can write. Before anyone who may dose has signed in there is none.
        """
        self._drop_locked_board()
        reader = self._board_reader
        if reader is None or not self.attached:
            return
        from station.ui.locked_board import LockedObservationBoard

        parts = self.parts
        self.locked_board = LockedObservationBoard(reader, parts.tasks.submit, parts.counter.clock)
        self.login.show_board(self.locked_board)

    def _drop_locked_board(self) -> None:
        board, self.locked_board = self.locked_board, None
        if board is not None:
            board.stop()
            self.login.show_board(None)
            board.hide()
            board.setParent(None)
            board.deleteLater()

    def _on_unlocked(self, session: Session) -> None:
        self._drop_locked_board()
        self.session = session
        self._start_sync(session)
        self.language.follow(session)  # the station setting's language, if one was recorded
        counter = self.parts.counter
        # The clinic's rules as saved now (their time zone for the screens' times, say): the
        # decisions read them again themselves.
        self.parts.tasks.submit(
            lambda: counter.rule_settings(session),
            lambda _rules: None,
            known_errors(lambda error: self.status.showMessage(describe(error))),
        )
        self.workspace = self._role_workspace(session)
        if self.workspace is None:
            self.counter_screen = self._new_counter_screen(session)
            self._board_reader = self.parts.counter.observations.locked_board_reader(session)
        screen = self.workspace or self.counter_screen
        assert screen is not None
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.status.set_user(session.user.display_name)
        self.lock_action.setEnabled(True)
        self.switch_action.setEnabled(True)
        self.inactivity.arm()
        self.wedge.enabled = True
        if self.counter_screen is not None:
            self.counter_screen.visit.identify.scan_hint.setFocus()
            self.counter_screen.visit.keeper.look()  # a visit kept over the lock goes on
        self._warn_if_record_changed(session)
        self.unlocked.emit(session)

    def _warn_if_record_changed(self, session: Session) -> None:
        """The seal found the record changed outside the program: say so (and offer repair)."""
        from station.ui.integrity_dialog import IntegrityDialog

        problem = self.parts.services.integrity_problem()
        if problem is None:
            return
        self.status.showMessage(problem)
        self.integrity_dialog = IntegrityDialog(
            self.parts.services,
            session,
            problem,
            self.parts.tasks.submit,
            self.status.clearMessage,
            self,
        )
        self.integrity_dialog.open()

    def _start_sync(self, session: Session) -> None:
        self.sync_link = SyncLink(self.parts, session, self)
        self.sync_link.status_changed.connect(self.status.set_sync)

    def restart_sync(self, *, settings_changed: bool = False) -> None:
        """Sync for whoever is in with the station's enrollment as it is now.

        Called when the demo's server is up (only when not syncing yet), and with
        ``settings_changed`` after a technician enrolled the station or changed its CA file:
        the running sync was opened with the old settings, so it is replaced.
        """
        link, session = self.sync_link, self.session
        if session is None or (link is not None and link.enrolled and not settings_changed):
            return
        if link is not None:
            link.close()
            link.deleteLater()
        self._start_sync(session)

    def demo_server_failed(self, error: BaseException) -> None:
        """The demo's own central server did not start: the demo works offline."""
        self.status.set_sync(
            self.tr("offline"),
            self.tr("The demo's central server did not start: {error}").format(error=error),
        )

    def _new_counter_screen(self, session: Session) -> CounterScreen:
        screen = CounterScreen(self.parts, session)
        watch_scale_check(self.status, self.parts.counter, session, self.parts.tasks.submit)
        screen.visit.dose_recorded.connect(lambda _dose: self._request_sync())
        screen.visit.visit_ended.connect(lambda: self._on_visit_ended(screen))
        return screen

    def _on_visit_ended(self, screen: CounterScreen) -> None:
        """A language chosen during the visit is applied now that it ended."""
        if self._language_after_visit and screen is self.counter_screen:
            self._language_after_visit = False
            QTimer.singleShot(0, self, self._retranslate)

    def _request_sync(self) -> None:
        if self.sync_link is not None:
            self.sync_link.request_sync()

    def _role_workspace(
        self, session: Session
    ) -> PharmacyWorkspace | TechnicianWorkspace | PrescriberWorkspace | None:
        """The workspace of a pharmacist, technician or prescriber; None: the counter.

        A prescriber who also doses works at the counter and opens the orders from the menu.
        """
        from station.domain.roles import Role
        from station.ui.pharmacy.workspace import PharmacyWorkspace, may_open_pharmacy
        from station.ui.prescriber.workspace import PrescriberWorkspace, may_open_prescriber
        from station.ui.technician.workspace import TechnicianWorkspace, may_open_technician

        if session.user.roles & {Role.NURSE, Role.CLINIC_LEAD}:
            return None
        parts = self.parts
        if may_open_prescriber(session):
            return PrescriberWorkspace(parts.services, session, parts.tasks.submit)
        if may_open_pharmacy(session):
            return PharmacyWorkspace(
                parts.services, session, parts.tasks.submit, parts.devices.scale
            )
        if may_open_technician(session):
            technician = TechnicianWorkspace(
                parts.services, session, parts.tasks.submit, parts.devices, parts.preferences
            )
            technician.settings.settings_saved.connect(self.language.settings_saved)
            enrollment = technician.enrollment
            enrollment.enrolled.connect(lambda _binding: self.restart_sync(settings_changed=True))
            enrollment.server_ca_changed.connect(
                lambda _path: self.restart_sync(settings_changed=True)
            )
            return technician
        return None

    # -- scans ---------------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> None:
        """A scan from the serial scanner or the keyboard goes to identification."""
        if self.workspace is not None:  # a pack code to receive, or the scanner test
            self.inactivity.arm()
            self.workspace.handle_scan(scan)
            return
        if self.counter_screen is None:
            self.login.message.show_message(self.tr("Sign in first, then scan the card."))
            return
        self.inactivity.arm()
        if self.counter_screen.queue.takes_scan(scan):  # a check-in at the counter's queue
            return
        self.counter_screen.visit.handle_scan(scan)

    # -- closing -------------------------------------------------------------------------------

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """After a language switch, build the login and an idle counter screen again."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_queued:
            self._retranslate_queued = True
            QTimer.singleShot(0, self, self._retranslate)  # dropped if the window is gone
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._retranslate_queued = False
        self.lock_action.setText(self.tr("&Lock screen"))
        self.switch_action.setText(self.tr("&Switch user"))
        self.settings_action.setText(self.tr("S&ettings…"))
        if not self.login.busy:  # a sign-in being checked keeps its words until it is done
            self._rebuild_login()
        self.status.set_user(self.session.user.display_name if self.session else None)
        workspace = self.workspace
        if workspace is not None and self.session is not None and not workspace.in_progress():
            rebuilt_workspace = self._role_workspace(self.session)  # a half-done task keeps
            if rebuilt_workspace is not None:  # its words until it is done
                workspace.shut()
                self.pages.addWidget(rebuilt_workspace)
                self.pages.setCurrentWidget(rebuilt_workspace)
                self.pages.removeWidget(workspace)
                workspace.deleteLater()
                self.workspace = rebuilt_workspace
        screen, session = self.counter_screen, self.session
        if screen is None or session is None:
            return
        if screen.visit.state.visit is not None:  # a visit in progress keeps its words
            self._language_after_visit = True
            message = self.tr("The new language is used when this visit ends.")
            screen.visit.message.show_message(message, "info")
            self.status.showMessage(message, 15000)
            return
        self._language_after_visit = False
        rebuilt = self._new_counter_screen(session)
        screen.shut()
        self.pages.addWidget(rebuilt)
        self.pages.setCurrentWidget(rebuilt)
        self.pages.removeWidget(screen)
        screen.deleteLater()
        self.counter_screen = rebuilt

    def _rebuild_login(self) -> None:
        old = self.login
        showing = self.pages.currentWidget() is old
        if self.attached:
            self.login = LoginScreen(
                self.parts.services.accounts,
                self._submit,
                self.parts.station_name or self.parts.services.station_id,
                self.parts.demo.credentials() if self.parts.demo is not None else None,
            )
        else:
            self.login = LoginScreen(None, self._submit, "")
        self.login.unlocked.connect(self._on_unlocked)
        self.pages.insertWidget(0, self.login)
        if self.locked_board is not None:
            self.login.show_board(self.locked_board)
        if showing:
            self.pages.setCurrentWidget(self.login)
            self.login.prepare(old.reason.text(), old.username.text())
        self.pages.removeWidget(old)
        old.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Lock (no patient data left on screen) and stop listening to the keyboard."""
        self._board_reader = None  # closing: no board left behind on the login page
        if self.attached:
            from station.ui.geometry import remember_geometry

            remember_geometry(self, self.parts.services.data_dir, self.parts.tasks.submit)
        self.lock()
        self.wedge.uninstall()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.inactivity)
        super().closeEvent(event)
