"""Enrollment with the central server for the window: bind, read back, change the CA file."""

from __future__ import annotations

from dataclasses import dataclass

from station.services.errors import ServiceEdge, ServiceError
from station.services.sync_link import (
    CaFileProblem,
    certificate_problem,
    change_server_ca,
    enroll,
    kept_ca_path,
    server_binding,
    server_ca_file,
)
from station.store.store import Session, Store
from sync.client.errors import ServerUnreachable, SyncError, SyncRejected
from sync.client.replica import ServerBinding

__all__ = ["NOT_ENROLLED", "Enrollment", "EnrollmentService", "ServerBinding"]

NOT_ENROLLED = "The station was not enrolled."


@dataclass(frozen=True)
class Enrollment:
    """The server a station is bound to, and the clinic CA file its certificate is checked with."""

    binding: ServerBinding
    ca_file: str | None
    """The kept CA file's absolute path; None when the system's CAs check the certificate."""


class EnrollmentService(ServiceEdge):
    """The station's binding to a central server, as the technician's screen changes it.

    ``ca_field`` names where a person gives the clinic CA file (the sentences point to it).
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def read(self) -> Enrollment | None:
        """The station's enrollment, or None when it works offline (reads the store)."""
        binding = server_binding(self._store)
        return None if binding is None else Enrollment(binding, server_ca_file(self._store))

    def enroll(
        self, session: Session, url: str, code: str, ca_file: str | None, ca_field: str
    ) -> Enrollment:
        """Enroll, turning each failure into one clear sentence (nothing recorded on a failure).

        ``ca_file`` is the clinic's own CA bundle (PEM) for an https server, None for the
        system's. Returns what the station kept.
        """
        store = self._store
        try:
            binding = enroll(store, session, url, code, ca_file=ca_file)
        except CaFileProblem as error:
            raise CaFileProblem(
                f"{error} {NOT_ENROLLED}", code="enrollment.ca_file_problem", detail=str(error)
            ) from error
        except SyncError as error:
            problem = certificate_problem(
                error, kept_ca_path(ca_file) if ca_file else None, ca_field
            )
            if problem is not None:
                raise ServiceError(
                    f"{problem} {NOT_ENROLLED}",
                    code="enrollment.certificate_problem",
                    detail=problem,
                ) from error
            if isinstance(error, ServerUnreachable):
                raise ServiceError(
                    f"Cannot reach the server at {url}: check the address and the network. "
                    f"{NOT_ENROLLED}",
                    code="enrollment.server_unreachable",
                    url=url,
                ) from error
            if isinstance(error, SyncRejected):
                if error.code == "bad_enrollment_code":
                    raise ServiceError(
                        "The enrollment code was not accepted (unknown, expired or already "
                        "used): ask the server's administrator for a new one.",
                        code="enrollment.code_not_accepted",
                    ) from error
                raise ServiceError(
                    f"The server refused the enrollment: {error}",
                    code="enrollment.refused",
                    detail=str(error),
                ) from error
            raise ServiceError(
                f"Enrollment failed: {error}", code="enrollment.failed", detail=str(error)
            ) from error
        return Enrollment(binding, server_ca_file(store))

    def change_ca(self, session: Session, ca_file: str | None, ca_field: str) -> Enrollment:
        """Check the server with another CA file (None: the system CAs) and keep it."""
        change_server_ca(self._store, session, ca_file, ca_option=ca_field)
        enrollment = self.read()
        assert enrollment is not None  # change_server_ca refuses a station that is not enrolled
        return enrollment
