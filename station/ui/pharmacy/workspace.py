"""The pharmacist's workspace: receive, reconstitute, movements, counts and register, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from devices.readings import Scan
from station.domain.roles import Role
from station.services.accounts import Session
from station.services.errors import PermissionDenied
from station.services.station import StationServices
from station.ui.device_bridge import ScaleBridge
from station.ui.pharmacy.context import PharmacyContext
from station.ui.pharmacy.count import CountPage
from station.ui.pharmacy.movements import MovementsPage
from station.ui.pharmacy.receive import ReceivePage
from station.ui.pharmacy.reconstitute import ReconstitutePage
from station.ui.pharmacy.register import RegisterPage
from station.ui.tasks import Submit
from station.ui.widgets import ScrollingTabs

PHARMACY_ROLES = frozenset({Role.PHARMACIST})


def may_open_pharmacy(session: Session) -> bool:
    """Whether the signed-in person may use the pharmacy workspace (pharmacists only)."""
    return any(session.user.has(role) for role in PHARMACY_ROLES)


class PharmacyWorkspace(QWidget):
    """Everything the pharmacist does at the station, one tab per task.

    Built for one signed-in pharmacist; anyone else gets :class:`PermissionDenied` (and the
    pharmacy service refuses them too, whatever a screen does). A scan goes to receiving.
    """

    def __init__(
        self,
        services: StationServices,
        session: Session,
        submit: Submit,
        scale: ScaleBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the tabs and load their data in the background."""
        if not may_open_pharmacy(session):
            raise PermissionDenied(
                "The pharmacy workspace is for pharmacists only.", code="access.pharmacists_only"
            )
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pharmacy"))
        self.context = PharmacyContext(
            services.accounts,
            services.pharmacy,
            session,
            submit,
            scale,
            services.station_name,
        )
        self.heading = QLabel(self.tr("Pharmacy — {name}").format(name=session.user.display_name))
        self.heading.setObjectName("heading")
        self.heading.setAccessibleName(self.tr("Pharmacy"))
        self.receive = ReceivePage(self.context)
        self.reconstitute = ReconstitutePage(self.context)
        self.movements = MovementsPage(self.context)
        self.count = CountPage(self.context)
        self.register = RegisterPage(self.context)
        self.tabs = ScrollingTabs()  # each page scrolls on a short screen
        self.tabs.setAccessibleName(self.tr("Pharmacy tasks"))
        self.tabs.add_page(self.receive, self.tr("&1 Receive"))
        self.tabs.add_page(self.reconstitute, self.tr("&2 Reconstitute"))
        self.tabs.add_page(self.movements, self.tr("&3 Waste and destruction"))
        self.tabs.add_page(self.count, self.tr("&4 Count"))
        self.tabs.add_page(self.register, self.tr("&5 Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.receive.received.connect(lambda _lot: self.refresh())
        self.reconstitute.reconstituted.connect(lambda _batch: self.refresh())
        self.movements.recorded.connect(lambda _movement: self.refresh())
        self.count.counted.connect(lambda _outcome: self.register.refresh())
        self.refresh()
        self.count.refresh()

    def refresh(self) -> None:
        """Reload the lists that follow the stock (lots, batches, register)."""
        self.reconstitute.refresh()
        self.movements.refresh()
        self.register.refresh()

    def in_progress(self) -> bool:
        """Whether a task is half done (a count being entered, a pack read but not received)."""
        return self.count.sheet is not None or self.receive.pack is not None

    def handle_scan(self, scan: Scan) -> None:
        """A scanned pack code goes to receiving."""
        self.tabs.setCurrentWidget(self.receive)
        self.receive.handle_scan(scan)

    def shut(self) -> None:
        """Forget device answers that arrive after the workspace is gone."""
        self.reconstitute.shut()
