"""What every technician page is given: the services, who is signed in, the devices."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.services.accounts import Session
from station.services.enrollment import EnrollmentService
from station.services.settings import SettingsService
from station.services.technician import TechnicianService
from station.ui.device_bridge import DeviceBridges
from station.ui.preferences import Preferences
from station.ui.tasks import Submit


@dataclass
class TechnicianContext:
    """The technician's services for one signed-in session (rebuilt at each sign-in)."""

    technician: TechnicianService
    settings: SettingsService
    enrollment: EnrollmentService
    session: Session
    submit: Submit
    devices: DeviceBridges
    preferences: Preferences
    data_dir: Path
    """The station's folder (the window's preferences and the diagnostics bundles live there)."""
    station_name: str
    """The station's name (printed on the test label)."""
