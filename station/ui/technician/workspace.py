"""The technician's workspace: devices, station settings, enrollment and diagnostics, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from devices.readings import Scan
from station.domain.roles import Role
from station.services.accounts import Session
from station.services.errors import PermissionDenied
from station.services.station import StationServices
from station.services.technician import TechnicianService
from station.ui.device_bridge import DeviceBridges
from station.ui.preferences import Preferences
from station.ui.tasks import Submit
from station.ui.technician.context import TechnicianContext
from station.ui.technician.diagnostics_page import DiagnosticsPage
from station.ui.technician.enrollment_page import EnrollmentPage
from station.ui.technician.ports import PortsPanel
from station.ui.technician.printer_checks import PrinterChecks
from station.ui.technician.scale_checks import ScaleChecks
from station.ui.technician.scanner_checks import ScannerChecks
from station.ui.technician.settings_page import SettingsPage

TECHNICIAN_ROLES = frozenset({Role.TECHNICIAN, Role.ADMINISTRATOR})


def may_open_technician(session: Session) -> bool:
    """Whether the signed-in person may use the technician's workspace."""
    return any(session.user.has(role) for role in TECHNICIAN_ROLES)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class TechnicianWorkspace(QWidget):
    """Device setup and checks, station settings, enrollment and the diagnostics bundle.

    It shows no patient data: nothing here reads the roster, visits or doses (a test walks
    the widget tree to make sure). Built for a technician or administrator only.
    """

    def __init__(
        self,
        services: StationServices,
        session: Session,
        submit: Submit,
        devices: DeviceBridges,
        preferences: Preferences,
        technician: TechnicianService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the tabs and read the settings and the enrollment in the background.

        ``technician`` stands in for the station's technician service (a test's own clock).
        """
        if not may_open_technician(session):
            raise PermissionDenied(
                "The technician's workspace is for technicians only.",
                code="access.technicians_only",
            )
        super().__init__(parent)
        self.setAccessibleName(self.tr("Technician"))
        self.context = TechnicianContext(
            technician or services.technician,
            services.settings,
            services.enrollment,
            session,
            submit,
            devices,
            preferences,
            services.data_dir,
            services.station_name,
        )
        self.heading = QLabel(self.tr("Technician — {name}").format(name=session.user.display_name))
        self.heading.setObjectName("heading")
        self.heading.setAccessibleName(self.tr("Technician"))
        self.ports = PortsPanel(self.context)
        self.scale = ScaleChecks(self.context)
        self.printer = PrinterChecks(self.context)
        self.scanner = ScannerChecks(devices.scanner)
        devices_page = QWidget()
        devices_layout = QVBoxLayout(devices_page)
        for panel in (self.ports, self.scale, self.printer, self.scanner):
            devices_layout.addWidget(panel)
        self.settings = SettingsPage(self.context)
        self.enrollment = EnrollmentPage(self.context)
        self.diagnostics = DiagnosticsPage(self.context, self.traffic_lines)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Technician tasks"))
        self.tabs.addTab(_scrolled(devices_page), self.tr("&1 Devices"))
        self.tabs.addTab(_scrolled(self.settings), self.tr("&2 Station settings"))
        self.tabs.addTab(self.enrollment, self.tr("&3 Central server"))
        self.tabs.addTab(self.diagnostics, self.tr("&4 Diagnostics"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.settings.refresh()
        self.enrollment.refresh()

    def in_progress(self) -> bool:
        """Whether a raw monitor is running (rebuilding the screen would stop it)."""
        monitors = (self.printer.raw_monitor, self.scanner.raw_monitor)
        return self.scale.monitoring or any(m is not None and m.monitoring for m in monitors)

    def traffic_lines(self) -> dict[str, list[str]]:
        """What each device's raw monitor captured, by device (for the diagnostics bundle)."""
        scanner = self.scanner.raw_monitor
        return {
            "scale": self.scale.traffic_lines(),
            "printer": self.printer.raw_monitor.traffic_lines(),
            "scanner": scanner.traffic_lines() if scanner is not None else [],
        }

    def handle_scan(self, scan: Scan) -> None:
        """A scan is shown in the scanner test."""
        self.scanner.show_scan(scan)

    def shut(self) -> None:
        """Detach the raw monitor and stop helper threads before the workspace goes."""
        self.scale.shut()
        self.printer.shut()
        self.scanner.shut()
