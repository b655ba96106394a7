"""What every technician page is given: the store, services, who is signed in, the devices."""

from __future__ import annotations

from dataclasses import dataclass

from station.services.settings import SettingsService
from station.services.technician import TechnicianService
from station.store.store import Session, Store
from station.ui.device_bridge import DeviceBridges
from station.ui.preferences import Preferences
from station.ui.tasks import Submit


@dataclass
class TechnicianContext:
    """The technician's services for one signed-in session (rebuilt at each sign-in)."""

    store: Store
    technician: TechnicianService
    settings: SettingsService
    session: Session
    submit: Submit
    devices: DeviceBridges
    preferences: Preferences
