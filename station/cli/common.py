"""Helpers every command shares: opening the profile, signing in, and clear error exits."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from station.cli import resolve_data_dir
from station.services.errors import ServiceError
from station.store.database import StoreError
from station.store.store import Session, Store

F = TypeVar("F", bound=Callable[..., Any])


def secret(envvar: str, prompt: str, *, confirm: bool = False) -> str:
    """A password or code: from ``envvar`` when set, else asked for with hidden input.

    Never an option: what is on a command line shows in ``ps`` and in the shell's history.
    """
    value = os.environ.get(envvar)
    if value:
        return value
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


def as_user_options(function: F) -> F:
    """Add ``--user`` (prompted; env HAT_USER) and pass ``password`` (env HAT_PASSWORD, or asked).

    There is no ``--password`` option: the password is read from the environment or asked for
    with hidden input when the command starts.
    """

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["password"] = secret("HAT_PASSWORD", "Password")
        return function(*args, **kwargs)

    return click.option(  # type: ignore[return-value]
        "--user", "username", envvar="HAT_USER", prompt=True, help="Your user name (env HAT_USER)."
    )(wrapper)


@contextmanager
def opened_store(data_dir: Path | None) -> Iterator[Store]:
    """Open the profile, turning store errors into one clear line and exit status 2."""
    try:
        store = Store.open(resolve_data_dir(data_dir))
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    try:
        yield store
    finally:
        store.close()


@contextmanager
def signed_in(
    data_dir: Path | None, username: str, password: str
) -> Iterator[tuple[Store, Session]]:
    """Open the profile and sign the user in."""
    with opened_store(data_dir) as store:
        try:
            session = store.unlock(username, password)
        except StoreError as error:
            raise click.ClickException(str(error)) from error
        yield store, session


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Show a store or service refusal as one line (its English sentence), not a traceback."""
    try:
        yield
    except (StoreError, ServiceError) as error:
        raise click.ClickException(str(error)) from error
