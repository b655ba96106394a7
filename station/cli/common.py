"""Helpers every command shares: opening the profile, signing in, and clear error exits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from station.cli import resolve_data_dir
from station.store.database import StoreError
from station.store.store import Session, Store


def as_user_options(function: click.decorators.FC) -> click.decorators.FC:
    """Add ``--user`` and ``--password`` (prompted when missing; env HAT_USER / HAT_PASSWORD)."""
    function = click.option(
        "--password",
        envvar="HAT_PASSWORD",
        prompt=True,
        hide_input=True,
        help="Password of --user (prompted when not given; env HAT_PASSWORD).",
    )(function)
    return click.option(
        "--user", "username", envvar="HAT_USER", prompt=True, help="Your user name (env HAT_USER)."
    )(function)


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
    """Show a store or service refusal as one line instead of a traceback."""
    try:
        yield
    except StoreError as error:
        raise click.ClickException(str(error)) from error
