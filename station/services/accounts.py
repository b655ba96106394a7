"""Staff accounts: sign-in, witnesses, and administration (add, list, disable, re-password)."""

from __future__ import annotations

from station.domain.roles import Role
from station.services.access import require_role
from station.services.errors import PermissionDenied, ServiceEdge
from station.store.accounts import User
from station.store.store import Session, Store

__all__ = ["AccountsService", "Session", "StaffAdministration", "User"]


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

    def lift_lockout(self, session: Session, username: str) -> bool:
        """Lift a lockout after wrong passwords (administrators; recorded as user.unlocked).

        Returns whether the account was locked.
        """
        require_role(session, Role.ADMINISTRATOR)
        return self.store.clear_lockout(session, username.strip().lower())

    def set_password(self, session: Session, username: str, new_password: str) -> None:
        """Change one's own password, or (administrators) anyone's."""
        if session.user.username != username.strip().lower():
            require_role(session, Role.ADMINISTRATOR)
        self.store.set_password(session, username, new_password)


class AccountsService(StaffAdministration):
    """Who is at the station: sign-ins, second persons, and the staff accounts.

    :class:`Session` and :class:`User` reach the window from here (it never holds the store).
    """

    def unlock(self, username: str, password: str) -> Session:
        """Sign a person in with their own name and password (slow: a key derivation)."""
        return self.store.unlock(username, password)

    def confirm_witness(self, username: str, password: str, signer: User) -> User:
        """Check a second person's own credentials (never the signer's own)."""
        return self.store.confirm_witness(username, password, signer)

    def user(self, user_id: str) -> User | None:
        """One account by its id, as it is now (None when there is none)."""
        return self.store.user(user_id)
