"""Role checks, enforced in the services so that no screen can bypass them."""

from __future__ import annotations

from station.domain.roles import Role
from station.services.errors import PermissionDenied
from station.store.store import Session


def require_role(session: Session, *allowed: Role) -> None:
    """Refuse unless the signed-in user holds one of ``allowed``."""
    if not any(session.user.has(role) for role in allowed):
        names = " or ".join(role.value.replace("_", " ") for role in allowed)
        raise PermissionDenied(
            f"This needs the role {names}; {session.user.username} lacks it.",
            code="access.role_required",
            roles=names,
            username=session.user.username,
        )
