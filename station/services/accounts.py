"""Staff administration: add, list, disable and re-password accounts, with role checks."""

from __future__ import annotations

from station.domain.roles import Role
from station.services.access import require_role
from station.services.errors import PermissionDenied, ServiceEdge
from station.store.accounts import User
from station.store.store import Session, Store


class StaffAdministration(ServiceEdge):
    """What an administrator does with staff accounts."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        session: Session,
        username: str,
        display_name: str,
        roles: frozenset[Role],
        password: str,
    ) -> User:
        """Create an account (administrators only)."""
        require_role(session, Role.ADMINISTRATOR)
        return self.store.add_user(session, username, display_name, roles, password)

    def list(self) -> list[User]:
        """Every account; user names, printed names and roles only."""
        return self.store.users()

    def disable(self, session: Session, username: str) -> User:
        """Disable an account; its key wrap is removed so its password no longer unlocks."""
        require_role(session, Role.ADMINISTRATOR)
        if session.user.username == username.strip().lower():
            raise PermissionDenied(
                "An administrator cannot disable their own account.",
                code="accounts.cannot_disable_self",
            )
        return self.store.set_user_disabled(session, username, True)

    def set_password(self, session: Session, username: str, new_password: str) -> None:
        """Change one's own password, or (administrators) anyone's."""
        if session.user.username != username.strip().lower():
            require_role(session, Role.ADMINISTRATOR)
        self.store.set_password(session, username, new_password)
