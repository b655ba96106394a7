"""What the clinic lead's screens work with: the counter service, who is signed in, a patient."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from station.services.accounts import AccountsService, Session
from station.services.counter import CounterService, PatientOverview
from station.ui.tasks import Submit


@dataclass
class LeadContext:
    """The services for one signed-in person (the screen is rebuilt at each sign-in)."""

    accounts: AccountsService
    counter: CounterService
    session: Session
    submit: Submit


@dataclass(frozen=True)
class PatientRecord:
    """One patient as the screen shows them: the service's overview, in the clinic's time zone."""

    overview: PatientOverview
    zone: tzinfo
    names: dict[str, str]
    """Display names of the staff who set the patient's flags (user id -> name), where known."""

    def local(self, moment: datetime) -> datetime:
        """A moment on the clinic's wall clock."""
        return moment.astimezone(self.zone)


def load_record(context: LeadContext, patient_id: str) -> PatientRecord:
    """Read one patient's overview and the names of who set their flags (off the GUI thread)."""
    overview = context.counter.overview(context.session, patient_id)
    zone = context.counter.rule_settings(context.session).zone
    names: dict[str, str] = {}
    for _flag_id, flag in overview.stop_flags:
        user = context.accounts.user(flag.set_by) if flag.set_by else None
        if user is not None:
            names[flag.set_by] = user.display_name
    return PatientRecord(overview, zone, names)
