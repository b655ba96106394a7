"""What every ``dosing-server`` command shares: the database option, opening the service, output."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any, NoReturn

import click
import platformdirs
from sqlalchemy import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)

from sync.server.db import UnsafeDatabaseFiles
from sync.server.errors import SyncServerError
from sync.server.keys import SigningKeyError
from sync.server.service import SyncService

DB_HELP = "Database URL (sqlite:///FILE or postgresql+psycopg://...) or a SQLite file path."


def default_db_url() -> str:
    """Return the embedded default: one SQLite file in the per-user data folder."""
    folder = Path(platformdirs.user_data_dir("hat-dosing-server", appauthor=False))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


def db_url(value: str | None) -> str:
    """Turn ``--db`` (a URL, a file path or nothing) into a SQLAlchemy URL."""
    if not value:
        return default_db_url()
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).resolve()}"


def _no_password_on_the_command_line(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> str | None:
    """Refuse a ``--db`` URL with a password typed on the command line (``ps`` shows it)."""
    source = context.get_parameter_source(parameter.name or "")
    if value and "://" in value and source is click.core.ParameterSource.COMMANDLINE:
        try:
            password = make_url(value).password
        except ArgumentError:
            return value  # _service says what is wrong with it
        if password:
            click.echo(
                f"error: --db {shown_url(value)}: a password on the command line shows in the "
                "process list and the shell's history; put the URL in HAT_SERVER_DB, or the "
                "password in PostgreSQL's password file (~/.pgpass)",
                err=True,
            )
            raise SystemExit(2)
    return value


db_option = click.option(
    "--db",
    "db",
    envvar="HAT_SERVER_DB",
    default=None,
    callback=_no_password_on_the_command_line,
    help=DB_HELP + " A URL with a password goes in HAT_SERVER_DB, never on the command line.",
)


SUPPORTED_BACKENDS = ("sqlite", "postgresql")
SUPPORTED_URLS = "sqlite:///PATH (or a file path) or postgresql://USER@HOST/DATABASE"


def _not_understood(url: str, why: str) -> NoReturn:
    click.echo(
        f"error: --db is not a database URL this server understands ({why}): give {SUPPORTED_URLS}",
        err=True,
    )
    raise SystemExit(2)


def open_service(db: str | None, **kwargs: Any) -> SyncService:
    """Open the server database, or stop with one clear line (never a traceback)."""
    url = db_url(db)
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        _not_understood(url, "it cannot be read as a URL")
    if backend not in SUPPORTED_BACKENDS:
        _not_understood(url, f"{backend} is not supported, only SQLite and PostgreSQL")
    try:
        return SyncService(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        _not_understood(url, str(error))
    except ImportError as error:
        _not_understood(url, f"its database driver is not installed: {error.name or error}")
    except (OperationalError, InterfaceError) as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        click.echo(f"error: cannot open the database {shown_url(url)}: {reason}", err=True)
        raise SystemExit(2) from None
    except (SigningKeyError, UnsafeDatabaseFiles) as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(2) from None
    except DatabaseError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        click.echo(f"error: database {shown_url(url)} is not usable: {reason}", err=True)
        raise SystemExit(2) from None


def shown_url(url: str) -> str:
    """Return the URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def fail(error: SyncServerError) -> None:
    click.echo(f"error: {error.message}", err=True)
    raise SystemExit(1)


def finite(value: Any) -> Any:
    """``value`` with every infinite or NaN number as null (JSON has no word for them)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite(item) for item in value]
    return value


def json_text(value: Any, **kwargs: Any) -> str:
    """Strict JSON for ``--json`` output: never ``Infinity`` or ``NaN``, which parsers refuse."""
    return json.dumps(finite(value), allow_nan=False, **kwargs)


class SayWarnings(logging.Handler):
    """Show what the database module says (e.g. permissions tightened) on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def say_warnings() -> None:
    logger = logging.getLogger("sync.server.db")
    if not any(isinstance(handler, SayWarnings) for handler in logger.handlers):
        logger.addHandler(SayWarnings(logging.WARNING))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def main() -> None:
    """Central sync server for HAT dosing stations.

    Every command takes --db (or the HAT_SERVER_DB environment variable); without it the
    server uses one SQLite file in this user's data folder.
    """
    say_warnings()
