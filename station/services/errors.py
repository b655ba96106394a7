"""Errors the services raise for people: a stable code, plain parameters, an English fallback."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar

from station.domain.decision import Reason
from station.domain.errors import DomainError, QuantityError, SettingsError
from station.domain.ledger import LedgerRefused
from station.store.accounts import AccountDisabled, AccountLocked, WrongCredentials
from station.store.database import DiskFull, SchemaTooNew, StoreError, StoreNotFound
from station.store.sealing import IntegrityFailure

ParamValue = str | int | Decimal | datetime | date
"""What a parameter may hold: plain values the UI formats, never patient data."""


class ServiceError(Exception):
    """A refusal or failure meant to be shown to the person at the station.

    ``code`` names the sentence (``"counter.weighing_outside_tolerance"``) and ``params`` its
    values; the UI turns both into a sentence in the station's language. ``str(error)`` stays
    the English sentence, for the command line and as the fallback of an unknown code.
    """

    def __init__(self, message: str, *, code: str, **params: ParamValue) -> None:
        super().__init__(message)
        self.code = code
        self.params: Mapping[str, ParamValue] = MappingProxyType(dict(params))

    @property
    def message(self) -> str:
        """The English sentence (the fallback text)."""
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.code, dict(self.params)))


def _rebuild(
    kind: type[ServiceError], message: str, code: str, params: dict[str, ParamValue]
) -> ServiceError:
    error = kind.__new__(kind)
    ServiceError.__init__(error, message, code=code, **params)
    return error


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow this action."""


class DoseRefused(ServiceError):
    """A dose the rules refuse as it is recorded; ``rules_reasons`` are the rules' own.

    The window says each reason in the station's language from its code and values (the
    ``reasons`` parameter keeps the English sentences as the fallback), its moments in
    ``zone``, the clinic's time zone.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        rules_reasons: tuple[Reason, ...],
        zone: tzinfo,
        **params: ParamValue,
    ) -> None:
        super().__init__(message, code=code, **params)
        self.rules_reasons = rules_reasons
        self.zone = zone

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_refusal,
            (self.message, self.code, dict(self.params), self.rules_reasons, self.zone),
        )


def _rebuild_refusal(
    message: str,
    code: str,
    params: dict[str, ParamValue],
    rules_reasons: tuple[Reason, ...],
    zone: tzinfo,
) -> DoseRefused:
    return DoseRefused(message, code=code, rules_reasons=rules_reasons, zone=zone, **params)


_STORE_CODES: tuple[tuple[type[Exception], str], ...] = (
    (WrongCredentials, "store.wrong_password"),
    (AccountLocked, "store.account_locked"),
    (AccountDisabled, "store.account_disabled"),
    (IntegrityFailure, "store.integrity"),
    (DiskFull, "store.disk_full"),
    (StoreNotFound, "store.not_found"),
    (SchemaTooNew, "store.schema_too_new"),
    (StoreError, "store.refused"),
    (LedgerRefused, "domain.ledger_refused"),
    (QuantityError, "domain.quantity"),
    (SettingsError, "domain.settings"),
    (DomainError, "domain.refused"),
)
"""The code of each store and domain error a service lets out, most specific first."""

STORE_ERROR_CODES = tuple(code for _kind, code in _STORE_CODES)
"""Every code :func:`as_service_error` gives (the UI's catalogue knows each)."""


def as_service_error(error: StoreError | DomainError) -> ServiceError:
    """The store's or the domain's error as a :class:`ServiceError`, its cause kept.

    The specific kinds (a wrong password, a changed file, a full disk) get a code of their
    own; any other store or domain refusal keeps its English sentence as ``detail``.
    """
    code = next(code for kind, code in _STORE_CODES if isinstance(error, kind))
    wrapped = ServiceError(str(error), code=code, detail=str(error))
    wrapped.__cause__ = error
    return wrapped


def service_error_of(error: BaseException) -> ServiceError | None:
    """``error`` as a ServiceError when it is one, or a store or domain error; else None.

    For the window, which says a refusal by its code and never imports the store.
    """
    if isinstance(error, ServiceError):
        return error
    if isinstance(error, StoreError | DomainError):
        return as_service_error(error)
    return None


P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=type)


def at_service_edge(function: Callable[P, R]) -> Callable[P, R]:
    """Let no store or domain error out of ``function``: each leaves as a ServiceError."""

    @functools.wraps(function)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except (StoreError, DomainError) as error:
            raise as_service_error(error) from error

    guarded.__service_edge__ = True  # type: ignore[attr-defined]
    return guarded


def service_edge(cls: C) -> C:
    """Put every public method of ``cls`` (its own, static ones too) at the service edge.

    The services are where the store's and the domain's errors become codes the UI can
    say in the station's language; a caller then needs to know only :class:`ServiceError`.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_"):
            continue
        if isinstance(member, staticmethod):
            setattr(cls, name, staticmethod(at_service_edge(member.__func__)))
        elif isinstance(member, classmethod):
            setattr(cls, name, classmethod(at_service_edge(member.__func__)))
        elif inspect.isfunction(member) and not getattr(member, "__service_edge__", False):
            if inspect.isgeneratorfunction(member):
                continue  # an iterator's errors leave while it is read, not at the call
            setattr(cls, name, at_service_edge(member))
    return cls


class ServiceEdge:
    """Base of the service classes: each public method a subclass defines is at the edge.

    A subclass's methods let no :class:`StoreError` or :class:`DomainError` out: each leaves
    as a :class:`ServiceError` with a code (see :func:`service_edge`), its cause kept.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        service_edge(cls)
