"""Electronic signatures, and the second person who signs beside the one at the station."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from station.domain.roles import Role
from station.services.errors import ServiceError
from station.store.accounts import User
from station.store.database import StoreError
from station.store.store import Session, Store
from sync.wire.chain import payload_hash

DOSING_ROLES = (Role.NURSE, Role.CLINIC_LEAD)
"""Who may dose, identify a patient, or witness either."""

PATIENT_READERS = (*DOSING_ROLES, Role.PRESCRIBER)
"""Who may look patients up and read their state (the roster, the panel): also the prescriber,
who doses nobody but sets and lifts their stop-dose flags."""


def signature(user: User, meaning: str, subject: dict[str, Any], at: datetime) -> dict[str, Any]:
    """An electronic signature: printed name, time, meaning, bound to the signed content's hash."""
    return {
        "user_id": user.user_id,
        "printed_name": user.display_name,
        "meaning": meaning,
        "signed_at": at.isoformat(),
        "subject_hash": payload_hash(subject),
    }


def role_names(roles: tuple[Role, ...] | frozenset[Role]) -> str:
    """'nurse or clinic lead'."""
    return " or ".join(sorted(role.value.replace("_", " ") for role in roles))


def second_person(
    store: Store, session: Session, person: User | None, roles: tuple[Role, ...], what: str
) -> User:
    """The account of the second person who signs ``what``, checked now, or ``ServiceError``.

    They must have given their own password at this station moments ago (not an account
    object a caller made up), be someone other than the signed-in person, be active now (an
    account disabled since does not count), and hold one of ``roles`` now.
    """
    if person is None:
        raise ServiceError(
            f"A second person must sign: {what}.",
            code="signatures.second_person_missing",
            what=what,
        )
    try:
        current = store.confirmed_person(person)
    except StoreError as error:
        raise ServiceError(
            str(error), code="signatures.second_person_refused", detail=str(error)
        ) from error
    if current.user_id == session.user.user_id:
        raise ServiceError(
            "The second person must be someone else than the one signed in.",
            code="signatures.second_person_is_signer",
        )
    if not any(current.has(role) for role in roles):
        raise ServiceError(
            f"{current.display_name} cannot sign this ({what}): it needs a {role_names(roles)}.",
            code="signatures.second_person_lacks_role",
            person=current.display_name,
            what=what,
            roles=role_names(roles),
        )
    return current
